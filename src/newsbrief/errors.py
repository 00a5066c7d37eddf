"""All newsbrief errors, in one place.

Each error says what is wrong, where (file, line, field) and how to fix it,
and owns its exit code, so the CLI only has to print it (click's model).
"""

from __future__ import annotations

from dataclasses import dataclass


class NewsbriefError(Exception):
    """Base class: a problem the user can act on."""

    exit_code = 1

    def __init__(self, what: str, *, where: str | None = None, fix: str | None = None):
        self.what = what
        self.where = where
        self.fix = fix
        super().__init__(self.format())

    def format(self) -> str:
        head = f"{self.where}: {self.what}" if self.where else self.what
        return f"{head} ({self.fix})" if self.fix else head


class InputError(NewsbriefError):
    """One input item could not be read; the others are still processed."""

    exit_code = 2


class ConfigError(NewsbriefError):
    exit_code = 3


class StoreError(NewsbriefError):
    exit_code = 4


class StoreMissing(StoreError):
    """A query named a database file that does not exist (nothing is created)."""


class StoreLocked(StoreError):
    """Another process held the write lock longer than the busy timeout."""


class StoreFull(StoreError):
    """The disk holding the database is full."""


class StoreReadOnly(StoreError):
    """The database (or its folder) cannot be written."""


class ForeignDatabase(StoreError):
    """An SQLite file that belongs to another application: refused untouched."""


class AmbiguousId(ConfigError):
    """An id prefix that matches several stored records; the message lists them."""


class ModelError(NewsbriefError):
    exit_code = 5


@dataclass(frozen=True)
class InputFailure:
    """An input item that failed, passed along the pipeline instead of raising,
    so one bad item never stops the run."""

    where: str  # file path or URL, with ":LINE" for JSONL
    what: str
    fix: str

    @classmethod
    def from_error(cls, err: NewsbriefError, where: str) -> "InputFailure":
        return cls(where=err.where or where, what=err.what, fix=err.fix or "")

    def message(self) -> str:
        return f"{self.where}: {self.what}" + (f" ({self.fix})" if self.fix else "")
