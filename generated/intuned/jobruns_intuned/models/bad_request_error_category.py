from enum import StrEnum


class BadRequestErrorCategory(StrEnum):
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
