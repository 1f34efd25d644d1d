from enum import StrEnum


class GetJobLogsQueryType(StrEnum):
    RANGE = "range"

    def __str__(self) -> str:
        return str(self.value)
