"""Profile files: YAML in ``data/``, one per researcher source, loaded with line numbers.

Loading reports every problem as ``path:line: field.path: message`` (the line is
the YAML line of the offending value, or of its nearest parent that has one),
never as a pydantic dump.

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "x.yaml"
>>> _ = p.write_text("person:\\n  name: Ada\\npublications:\\n  - title: ''\\n")
>>> try:
...     load_profile(p)
... except ProfileError as e:
...     print(str(e).replace(str(p), "x.yaml"))
x.yaml:4: publications[0].title: String should have at least 1 character
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import ValidationError

from .errors import LoadError, Problem, ProfileError
from .files import write_atomic
from .model import Profile

PROFILE_SUFFIXES = (".yaml", ".yml")
DECISIONS_FILE = "decisions.yaml"
"""In a data folder, the pinned identity decisions (kg.identity.Decisions), not a profile."""

# libyaml's C loader when PyYAML has it (10x faster), else the pure-Python one
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class LoadedProfile:
    """A profile with the file it came from and the YAML line of every field path."""

    profile: Profile
    path: Path
    lines: dict[tuple, int] = field(default_factory=dict)

    def line_of(self, loc: tuple) -> int | None:
        """The line of a field path such as ``("publications", 3, "title")``, or of its nearest parent."""
        loc = tuple(loc)
        while loc:
            if loc in self.lines:
                return self.lines[loc]
            loc = loc[:-1]
        return 1

    @property
    def stem(self) -> str:
        return self.path.stem


def _line_map(node: yaml.Node, loc: tuple = (), out: dict | None = None) -> dict[tuple, int]:
    out = {} if out is None else out
    out.setdefault(loc, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            k = key.value if isinstance(key, yaml.ScalarNode) else str(key.start_mark.line)
            out[loc + (k,)] = key.start_mark.line + 1
            _line_map(value, loc + (k,), out)
            out[loc + (k,)] = key.start_mark.line + 1 if not isinstance(value, yaml.ScalarNode) else value.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _line_map(item, loc + (i,), out)
    return out


def _dotted(loc: tuple) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def parse_profile(text: str, path: Path) -> LoadedProfile:
    """Parse and validate profile YAML text; raise ProfileError listing every problem."""
    name = str(path)
    try:
        node = yaml.compose(text, Loader=_Loader)
        data = _Loader(text).construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise LoadError(f"not valid YAML: {problem}", path=name, line=mark.line + 1 if mark else None) from None
    if not isinstance(data, dict):
        raise ProfileError([Problem(name, 1, "", "a profile must be a YAML mapping with a 'person' key")])
    lines = _line_map(node) if node is not None else {}
    try:
        profile = Profile.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and ("[" in p or p.startswith("function-"))))
            msg = err["msg"].removeprefix("Value error, ")
            if err["type"] == "extra_forbidden":
                msg = "unknown field"
            line = LoadedProfile(None, path, lines).line_of(loc)  # type: ignore[arg-type]
            problems.append(Problem(name, line, _dotted(loc), msg))
        problems.sort(key=lambda p: (p.line or 0, p.field))
        raise ProfileError(problems) from None
    return LoadedProfile(profile=profile, path=path, lines=lines)


def load_profile(path: Path) -> LoadedProfile:
    """Read one profile file."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise LoadError("no such file", path=str(path)) from None
    except IsADirectoryError:
        raise LoadError("is a folder, not a profile file", path=str(path)) from None
    except OSError as exc:
        raise LoadError(f"cannot read: {exc.strerror}", path=str(path)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LoadError(f"not UTF-8 text (byte {exc.start})", path=str(path),
                        line=raw[: exc.start].count(b"\n") + 1) from None
    return parse_profile(text, path)


def profile_files(paths: list[Path]) -> list[Path]:
    """Expand folders into their profile files (sorted); missing paths are load errors."""
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out.extend(sorted(f for f in p.iterdir()
                              if f.suffix in PROFILE_SUFFIXES and f.is_file() and f.name != DECISIONS_FILE))
        elif p.exists():
            out.append(p)
        else:
            raise LoadError("no such file or folder", path=str(p))
    return out


PARALLEL_BYTES = 4 * 1024 * 1024
"""Profile folders at least this large are read by two worker processes (files are independent)
when a core is idle."""


def load_profiles(paths: list[Path], workers: int | None = None) -> list[LoadedProfile]:
    """Load every profile under ``paths``; raise one ProfileError holding the problems of all files.

    Large folders are parsed by two worker processes when a core is idle (``workers`` overrides);
    results come back in file order, so the outcome is the same as reading them one by one.
    """
    files = profile_files(paths)
    if workers is None:
        workers = 2 if _idle_core() and len(files) >= 8 and sum(f.stat().st_size for f in files) >= PARALLEL_BYTES \
            else 1
    loaded, problems = [], []
    for got in _load_each(files, workers):
        if isinstance(got, LoadedProfile):
            loaded.append(got)
        else:
            problems.extend(got)
    if problems:
        raise ProfileError(problems)
    return loaded


def _idle_core() -> bool:
    """Two cores and at most one busy: on a machine already full, a second process only adds the
    cost of pickling profiles back (measured at 1M triples: 37% more CPU, no wall time saved)."""
    cores = os.cpu_count() or 1
    return cores >= 2 and os.getloadavg()[0] <= cores - 1


def _load_each(files: list[Path], workers: int):
    """Each file's LoadedProfile or list of problems, in file order; a load error is raised where met."""
    if workers <= 1:
        results = map(_load_or_problems, files)
    else:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))
        results = pool.map(_load_or_problems, files, chunksize=max(1, len(files) // (8 * workers)))
    try:
        for got in results:
            if isinstance(got, tuple):
                kind, message, path, line = got
                raise kind(message, path=path, line=line)
            yield got
    finally:
        if workers > 1:
            pool.shutdown(cancel_futures=True)


def _load_or_problems(f: Path):
    # a load error travels as its fields: exceptions with keyword arguments do not survive pickling
    try:
        return load_profile(f)
    except ProfileError as exc:
        return exc.problems
    except LoadError as exc:
        return (type(exc), exc.message, exc.path, exc.line)


def dump_profile(profile: Profile) -> str:
    """The YAML text of a profile: model field order, defaults left out, Unicode kept."""
    data = profile.model_dump(mode="json", exclude_defaults=True)
    return yaml.dump(data, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), sort_keys=False,
                     allow_unicode=True, width=120)


def write_profile(profile: Profile, path: Path) -> None:
    write_atomic(path, dump_profile(profile))


def save_profile(profile: Profile, out_dir: Path, force: bool = False) -> tuple[Path, str]:
    """Write an imported profile into ``out_dir`` as ``<slug>.yaml`` without ever overwriting silently.

    The file of the same source (same source file name) is replaced only with ``force``;
    a new source for a person who already has a file goes beside it (``<slug>-2.yaml``).
    Returns the path written and a one-line message saying what happened.
    """
    from .errors import UsageError

    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"{out_dir}: not a folder")
    slug = profile.slug
    candidates = sorted(out_dir.glob(f"{slug}.yaml")) + sorted(
        (p for p in out_dir.glob(f"{slug}-*.yaml") if p.stem[len(slug) + 1:].isdigit()),
        key=lambda p: int(p.stem[len(slug) + 1:]))
    src_file = profile.source.file if profile.source else None
    for existing in candidates:
        try:
            other = load_profile(existing).profile
        except Exception:  # noqa: BLE001 - an unreadable file is never "the same source"
            other = None
        if other is not None and other.source is not None and src_file and other.source.file == src_file:
            if not force:
                raise UsageError(f"{existing}: already holds {src_file}; use --force to replace it")
            write_profile(profile, existing)
            return existing, f"replaced {existing} (--force)"
    if not candidates:
        path = out_dir / f"{slug}.yaml"
    else:
        n = 2
        while (out_dir / f"{slug}-{n}.yaml").exists():
            n += 1
        path = out_dir / f"{slug}-{n}.yaml"
    write_profile(profile, path)
    if candidates:
        return path, f"wrote {path} (a new source for {profile.person.name}, beside {candidates[0].name})"
    return path, f"wrote {path}"
