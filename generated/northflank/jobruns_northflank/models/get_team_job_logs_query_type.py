from enum import StrEnum


class GetTeamJobLogsQueryType(StrEnum):
    RANGE = "range"

    def __str__(self) -> str:
        return str(self.value)
