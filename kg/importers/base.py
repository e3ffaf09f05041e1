"""What every importer shares: the source document with its line bookkeeping, and the registry types.

An importer reads a :class:`SourceDoc` and returns a :class:`~kg.model.Profile`.
While it reads, it marks the lines it used (``doc.use``) and the lines that are
not data (``doc.ignore``: HTML comments, ``<style>`` blocks, template leftovers).
Whatever non-empty line is neither ends up in ``Profile.unparsed``: nothing is
lost silently.
"""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..errors import SourceError
from ..model import Profile, Unparsed

MAX_BYTES = 50 * 1024 * 1024


@dataclass
class SourceDoc:
    """One source file, decoded, with the lines importers have used or ignored."""

    path: Path
    text: str
    display: str = ""
    used: set[int] = field(default_factory=set)
    ignored: set[int] = field(default_factory=set)
    sections: dict[int, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.lines = self.text.splitlines()
        if not self.display:
            self.display = str(self.path)
        # offsets[i] is the character offset where line i+1 starts
        self.offsets = [0]
        for line in self.text.splitlines(keepends=True):
            self.offsets.append(self.offsets[-1] + len(line))

    @classmethod
    def read(cls, path: Path, display: str | None = None) -> SourceDoc:
        """Read a text file, refusing what is not text or is empty, with a one-line reason."""
        name = display or str(path)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise SourceError("no such file", path=name) from None
        except IsADirectoryError:
            raise SourceError("is a folder, not a file", path=name) from None
        except OSError as exc:
            raise SourceError(f"cannot read: {exc.strerror}", path=name) from None
        if len(data) > MAX_BYTES:
            raise SourceError(f"file is larger than {MAX_BYTES // (1024 * 1024)} MB", path=name)
        if not data.strip():
            raise SourceError("file is empty", path=name)
        if b"\x00" in data[:8192]:
            raise SourceError("not a text file (binary content)", path=name)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise SourceError(f"not UTF-8 text (byte {exc.start})", path=name, line=line) from None
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        return cls(path=path, text=text, display=name)

    @property
    def checksum(self) -> str:
        return "sha256:" + hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    # --- line bookkeeping ---------------------------------------------------------

    def line_of(self, offset: int) -> int:
        """1-based line number of a character offset."""
        return max(1, bisect.bisect_right(self.offsets, offset))

    def use(self, first: int, last: int | None = None) -> None:
        """Mark lines ``first..last`` (1-based, inclusive) as taken by some field."""
        self.used.update(range(first, (last or first) + 1))

    def ignore(self, first: int, last: int | None = None) -> None:
        """Mark lines as not data (comments, style/script blocks, template chrome)."""
        self.ignored.update(range(first, (last or first) + 1))

    def unparsed(self) -> list[Unparsed]:
        """Every non-empty line that was neither used nor ignored."""
        starts = sorted(self.sections)
        out = []
        for number, text in enumerate(self.lines, start=1):
            if number in self.used or number in self.ignored or not text.strip():
                continue
            k = bisect.bisect_right(starts, number)
            section = self.sections[starts[k - 1]] if k else None
            out.append(Unparsed(line=number, text=text.strip()[:500], section=section))
        return out


@dataclass(frozen=True)
class ImportOptions:
    owner: str | None = None
    """The owner's name when the user gives it (``--owner``); else the importer finds it."""
    base_url: str | None = None
    """Where the site is published (``--base-url``), for relative links, when the site itself does not say
    (``_config.yml`` url/baseurl, ``<base>``, ``<link rel=canonical>``, ``og:url``, Hugo ``baseURL`` win)."""


@dataclass(frozen=True)
class Importer:
    """One entry of the importer table.

    ``detect(doc)`` returns a confidence in [0, 1] that the document is of this
    format; ``parse(doc, options)`` returns the profile. Site importers work on a
    folder instead: ``detect_dir(path)`` and ``parse_dir(path, options)``.
    """

    name: str
    description: str
    parse: Callable[[SourceDoc, ImportOptions], Profile] | None = None
    detect: Callable[[SourceDoc], float] | None = None
    detect_dir: Callable[[Path], float] | None = None
    parse_dir: Callable[[Path, ImportOptions], Profile] | None = None
