from enum import StrEnum


class JobRunJobConfigurationSnapshotNotificationsType0ItemType0Type(StrEnum):
    WEBHOOK = "webhook"

    def __str__(self) -> str:
        return str(self.value)
