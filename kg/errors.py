"""Exceptions of the kg library.

The CLI maps them to one-line messages and exit codes (see design.md §8):
``KgError`` subclasses carry a ``location`` (``file:line`` or an IRI) that the
message starts with, and an ``exit_code``.
"""

from __future__ import annotations

from dataclasses import dataclass

EXIT_OK = 0
EXIT_NONCONFORMING = 1
EXIT_USAGE = 2


class KgError(Exception):
    """Base class: a problem the user can fix, reported in one line."""

    exit_code = EXIT_USAGE

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        self.message = message
        self.path = path
        self.line = line
        super().__init__(self.__str__())

    @property
    def location(self) -> str:
        if self.path is None:
            return ""
        return f"{self.path}:{self.line}" if self.line else str(self.path)

    def __str__(self) -> str:
        loc = self.location
        return f"{loc}: {self.message}" if loc else self.message


class LoadError(KgError):
    """A file cannot be read at all (missing, not text, not YAML/RDF)."""


class SourceError(KgError):
    """An importer cannot read a source page (empty, binary, broken, unrecognized)."""


def internal_error(exc: Exception, path: str | None = None) -> SourceError:
    """A reader's own bug (``exc``) as the one-line error that names what it failed on, unless ``KG_DEBUG`` is set
    (then ``exc`` is raised again, with where it happened)."""
    import os

    if os.environ.get("KG_DEBUG"):
        raise exc
    return SourceError(f"internal error while reading this (a bug in kg, not in the page: please report it; "
                       f"KG_DEBUG=1 shows where): {type(exc).__name__}: {exc}".splitlines()[0], path=path)


class IncompleteRead(KgError):
    """Some of the input could not be read (an unreadable file, a symlink loop, a file that is not a
    profile): nothing is built from a partial read. One line per skipped entry."""

    exit_code = EXIT_NONCONFORMING

    def __init__(self, skipped: list[tuple[str, str]]):
        self.skipped = skipped
        path, why = skipped[0]
        super().__init__(f"{why}; not read", path=path)

    def __str__(self) -> str:
        return "\n".join(f"{path}: {why}; not read" for path, why in self.skipped)


class UsageError(KgError):
    """Bad arguments: unknown person, unknown query, bad parameter."""


@dataclass
class Problem:
    """One problem found in a profile file, with the YAML line it comes from."""

    path: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        loc = f"{self.path}:{self.line}" if self.line else self.path
        return f"{loc}: {self.field}: {self.message}" if self.field else f"{loc}: {self.message}"


class ProfileError(KgError):
    """A profile file does not conform to the model; holds every problem found."""

    exit_code = EXIT_NONCONFORMING

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        first = problems[0]
        super().__init__(
            f"{first.field}: {first.message}" if first.field else first.message,
            path=first.path,
            line=first.line,
        )

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)
