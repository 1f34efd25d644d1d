from enum import StrEnum


class UnauthorizedErrorCategory(StrEnum):
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
