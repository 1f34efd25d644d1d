from enum import StrEnum


class JobRunJobConfigurationSnapshotS3SinkConfigurationType(StrEnum):
    S3 = "s3"

    def __str__(self) -> str:
        return str(self.value)
