from enum import StrEnum


class NotFoundErrorCode(StrEnum):
    NOT_FOUND = "not-found"

    def __str__(self) -> str:
        return str(self.value)
