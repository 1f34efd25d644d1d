from enum import StrEnum


class BadRequestErrorCode(StrEnum):
    BAD_REQUEST = "bad-request"

    def __str__(self) -> str:
        return str(self.value)
