"""The one error the app raises for bad input."""

from __future__ import annotations

from dmtracker.domain.messages import translate


class ValidationError(ValueError):
    """Bad input: names the field and the reason. Nothing was written.

    ``errors`` holds every problem found (field, reason); ``field`` and ``reason`` are the first.
    """

    def __init__(self, field: str, reason: str, *, errors: list[tuple[str, str]] | None = None):
        self.field = field
        self.reason = reason
        self.errors: list[tuple[str, str]] = errors or [(field, reason)]
        super().__init__(f"{field}: {reason}")

    def __reduce__(self) -> tuple[object, ...]:  # pickling keeps the field and the Text reason
        return (type(self), (self.field, self.reason), self.__dict__.copy())

    @classmethod
    def from_errors(cls, errors: list[tuple[str, str]]) -> ValidationError:
        field, reason = errors[0]
        return cls(field, reason, errors=errors)

    def describe(self) -> str:
        """All problems, one per line."""
        return "\n".join(f"{field}: {reason}" for field, reason in self.errors)


class OneLineError(ValidationError):
    """A refusal said as one sentence of its own (a full disk, a diary in use, a folder that
    is a file): its text is the reason alone, without the ``field:`` prefix."""

    def __str__(self) -> str:
        return self.reason


class NotFoundError(LookupError):
    """A record asked for by id does not exist (or was deleted)."""

    def __init__(self, kind: str, record_id: int):
        self.kind = kind
        self.record_id = record_id
        super().__init__(
            translate("Validation", "{kind} {id} does not exist").format(kind=kind, id=record_id)
        )
