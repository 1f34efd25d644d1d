from enum import StrEnum


class JobRunJobConfigurationSnapshotWebhookSinkConfigurationType(StrEnum):
    WEBHOOK = "webhook"

    def __str__(self) -> str:
        return str(self.value)
