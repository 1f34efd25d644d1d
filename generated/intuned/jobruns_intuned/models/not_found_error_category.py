from enum import StrEnum


class NotFoundErrorCategory(StrEnum):
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
