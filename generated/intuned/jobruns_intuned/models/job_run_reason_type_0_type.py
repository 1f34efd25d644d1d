from enum import StrEnum


class JobRunReasonType0Type(StrEnum):
    ANOTHER_JOB_RUN_ACTIVE = "another-job-run-active"
    AUTH_SESSION_INVALID_MID_JOB = "auth-session-invalid-mid-job"
    AUTH_SESSION_LOCKED = "auth-session-locked"
    AUTH_SESSION_NOT_FOUND = "auth-session-not-found"
    AUTH_SESSION_VALIDATE_DEPENDENCY_FAILED = "auth-session-validate-dependency-failed"
    INSUFFICIENT_RESOURCE_CREDITS = "insufficient-resource-credits"
    S3_SINK_ERROR = "s3-sink-error"
    TERMINATED = "terminated"
    USER_REQUEST = "user-request"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "JobRunReasonType0Type | None":
        """A value the spec does not list: a new pseudo-member for it (``is_known`` is False)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """Whether the spec lists this value."""
        return self._value_ in type(self)._value2member_map_
