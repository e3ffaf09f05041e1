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
import pickle
import re
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

MAX_PROFILE_BYTES = 64 * 1024 * 1024
"""The largest profile file kg reads (about 150k publications); larger files are refused."""
MAX_DEPTH = 32
"""Profiles nest a few levels deep; deeper YAML is refused before it is walked."""
_FORBIDDEN_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Characters no RDF/XML (XML 1.0) output can hold, nor UTF-8 (lone surrogates): refused in profiles."""


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml's C loader when there (10x faster)
    """Safe loading, with dates left as text: the model checks them and reports ``file:line``
    (PyYAML's own date conversion fails with no location on an impossible date)."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
if None in _Loader.yaml_implicit_resolvers or _Loader.yaml_path_resolvers:  # what _resolve below leaves out
    raise ImportError("kg.profiles: this PyYAML has wildcard or path resolvers; kg's lean resolver cannot stand in")


def _checked_line(node, depth: int, seen: set[int], name: str) -> int:
    """The YAML line of ``node``; refuses a node met twice (an alias: alias bombs, recursive aliases) and
    nesting deeper than MAX_DEPTH, naming the line."""
    line = node.start_mark.line + 1
    if id(node) in seen:
        raise LoadError("YAML anchors and aliases (&name, *name) are not allowed in a profile", path=name, line=line)
    seen.add(id(node))
    if depth > MAX_DEPTH:
        raise LoadError(f"nested deeper than {MAX_DEPTH} levels; a profile is not that deep", path=name, line=line)
    return line


def _resolve(self, kind, value, implicit, _by_first=_Loader.yaml_implicit_resolvers, _scalar=yaml.ScalarNode,
             _sequence=yaml.SequenceNode):
    # PyYAML's BaseResolver.resolve without what profiles never have (path resolvers, wildcard implicit
    # resolvers): the same tags, at a fraction of the cost it had in loading a large profile
    if kind is _scalar:
        if implicit[0]:
            for tag, regexp in _by_first.get(value[:1], ()):
                if regexp.match(value):
                    return tag
        return "tag:yaml.org,2002:str"
    return "tag:yaml.org,2002:seq" if kind is _sequence else "tag:yaml.org,2002:map"


def _no_path_resolvers(self, *args) -> None:
    return None


_Loader.resolve = _resolve
_Loader.descend_resolver = _no_path_resolvers
_Loader.ascend_resolver = _no_path_resolvers


@dataclass
class LoadedProfile:
    """A profile with the file it came from and the YAML line of every field path."""

    profile: Profile
    path: Path
    lines: dict[tuple, int] = field(default_factory=dict)

    def line_of(self, loc: tuple) -> int:
        """The line of a field path such as ``("publications", 3, "title")``, or of its nearest parent (1: the file's
        first line when no parent has one)."""
        loc = tuple(loc)
        while loc:
            if loc in self.lines:
                return self.lines[loc]
            loc = loc[:-1]
        return 1

    @property
    def stem(self) -> str:
        return self.path.stem

    @property
    def rows(self):
        """What the merge (and the merged graph's unit keys) read of this page, as plain rows
        (:func:`kg.identity.page_rows`), worked out from :attr:`profile` once; a profile from the build cache
        brings them with it, so a rebuild reads an unchanged page's rows and never its models. (Worked out once:
        a model edited in place afterwards is not seen; assigning another :attr:`profile` is.)"""
        got = self.__dict__.get("_rows")
        if got is None:
            from .identity import page_rows

            got = self.__dict__["_rows"] = page_rows(self.profile)
        return got

    # Pickled (the build cache keeps every loaded profile) with its rows (:attr:`rows`) as they are, and its
    # model and line map as pickles of their own, read back when first used. The map has an entry per field path
    # (430,780 for the 454 profiles of 1M triples of the bench's corpus, 0.12-0.15 CPU s to unpickle) and only
    # validation's results ask for lines; the models are 125,508 pydantic objects there (0.5-0.6 CPU s) and a
    # rebuild reads those of the changed pages and of the few people and works a change reaches (the merge reads
    # the others' rows), so a rebuild leaves the unchanged profiles' models and maps unread.
    _LAZY = {"lines": "_lines_pickled", "profile": "_profile_pickled"}

    @property
    def person(self):
        """The page's owner (``profile.person``): of a profile from the build cache whose models are not read
        yet, read alone (a pickle of its own), without the rest of the models: the merge of an owner whose own
        page did not change (a coauthor of a changed page) reads only this."""
        d = self.__dict__
        if "profile" not in d and "_person_pickled" in d:
            d["_person"] = self._unpickle("person", d.pop("_person_pickled"))
        got = d.get("_person")
        return got if got is not None else self.profile.person

    def _unpickle(self, name: str, pickled: bytes):
        """One of the parts pickled apart (the models, the owner, the line map), read back. The build cache read
        the page's pickle whole, rows and all, but these parts only now, in the middle of a build: one that does
        not read back (a damaged cache file) is read again from the page's file, whose rows must be the cached
        ones (else the cache is of another page: a clear error, never a traceback or a graph of two versions)."""
        try:
            return pickle.loads(pickled)
        except Exception:  # noqa: BLE001 - any damage: the page is read again
            pass
        fresh = load_profile(self.path)
        if fresh.rows != self.rows:
            raise LoadError(f"the build cache's copy of {self.path.name} is damaged and the file changed since it was "
                            "read: build again (or delete the output folder's .cache)", path=str(self.path))
        return fresh.profile.person if name == "person" else getattr(fresh, name)

    def __setattr__(self, name: str, value) -> None:
        if name == "profile":  # another model: the rows and owner worked out from the one before are not its
            for stale in ("_rows", "_person", "_person_pickled", "_profile_pickled"):
                self.__dict__.pop(stale, None)
        object.__setattr__(self, name, value)

    def __getstate__(self) -> dict:
        self.rows  # noqa: B018 - worked out before pickling, so that the next build need not read the model
        state = dict(self.__dict__)
        person = state.pop("_person", None)
        if "profile" in state:
            person = state["profile"].person
        if person is not None:
            state["_person_pickled"] = pickle.dumps(person, protocol=pickle.HIGHEST_PROTOCOL)
        for name, pickled in self._LAZY.items():
            if name in state:
                state[pickled] = pickle.dumps(state.pop(name), protocol=pickle.HIGHEST_PROTOCOL)
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)

    def __getattr__(self, name: str):
        # (only for an attribute not set: the model or line map of a profile unpickled and not read yet)
        key = self._LAZY.get(name)
        pickled = self.__dict__.pop(key, None) if key is not None else None
        if pickled is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        got = self.__dict__[name] = self._unpickle(name, pickled)
        return got


def _line_map(root: yaml.Node, name: str) -> dict[tuple, int]:
    """The YAML line of every field path; refuses aliases (a shared node: alias bombs and
    recursive aliases) and nesting deeper than MAX_DEPTH, with the line where it happens."""
    out: dict[tuple, int] = {}
    seen: set[int] = set()
    stack = [(root, (), 0)]
    while stack:
        node, loc, depth = stack.pop()
        line = _checked_line(node, depth, seen, name)
        out.setdefault(loc, line)
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                k = key.value if isinstance(key, yaml.ScalarNode) else str(key.start_mark.line)
                out[loc + (k,)] = (key.start_mark.line if not isinstance(value, yaml.ScalarNode)
                                   else value.start_mark.line) + 1
                if not isinstance(key, yaml.ScalarNode):
                    stack.append((key, loc + ("?",), depth + 1))
                stack.append((value, loc + (k,), depth + 1))
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                stack.append((item, loc + (i,), depth + 1))
    return out


def _forbidden_characters(data, name: str, lines: dict[tuple, int]) -> list[Problem]:
    """Control characters and lone surrogates anywhere in the loaded data, each at its line."""
    problems = []
    stack = [(data, ())]
    while stack:
        value, loc = stack.pop()
        if isinstance(value, dict):
            for k, v in value.items():
                stack.append((k, loc))
                stack.append((v, loc + (k,)))
        elif isinstance(value, list):
            stack.extend((v, loc + (i,)) for i, v in enumerate(value))
        elif isinstance(value, str):
            m = _FORBIDDEN_CHARS.search(value)
            if m:
                line = LoadedProfile(None, Path(name), lines).line_of(loc)  # type: ignore[arg-type]
                problems.append(Problem(name, line, _dotted(loc),
                                        f"character U+{ord(m.group()):04X} is not allowed (a control character "
                                        "or lone surrogate cannot be published in RDF)"))
    return sorted(problems, key=lambda p: (p.line or 0, p.field))


def _dotted(loc: tuple) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


_MAP, _SEQ, _STR = "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:str"
_PLAIN_SCALARS = {"tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool",
                  "tag:yaml.org,2002:null"}


class _Unusual(Exception):
    """A node :func:`_construct` leaves to PyYAML's own constructor (a merge key, an explicit tag, ...)."""


def _construct(root: yaml.Node, name: str) -> tuple[object, dict[tuple, int]]:
    """The data and the line map (:func:`_line_map`) of a node tree in one walk, with the same checks
    (aliases, depth). PyYAML's constructor and a second walk for the lines took most of the time of a
    large profile (100k publications); anything but plain maps, sequences and core scalars raises
    :class:`_Unusual`, and the caller takes the two-walk path instead."""
    constructor = _Loader("")
    scalar = constructor.yaml_constructors
    out: dict[tuple, int] = {}
    seen: set[int] = set()
    holder: list = [None]
    stack = [(root, (), 0, holder, 0)]
    pop, push = stack.pop, stack.append
    ScalarNode, MappingNode = yaml.ScalarNode, yaml.MappingNode
    while stack:
        node, loc, depth, into, slot = pop()
        line = _checked_line(node, depth, seen, name)
        if loc not in out:
            out[loc] = line
        tag = node.tag
        if tag == _STR:
            into[slot] = node.value
        elif tag == _MAP:
            d: dict = {}
            into[slot] = d
            entries = []
            for key, value in node.value:
                k = key.value
                if type(key) is not ScalarNode or key.tag != _STR or k in d:
                    raise _Unusual  # (of two equal keys PyYAML keeps the last value and _line_map its lines)
                out[loc + (k,)] = (key.start_mark.line if type(value) is not ScalarNode
                                   else value.start_mark.line) + 1
                d[k] = None
                entries.append((value, loc + (k,), depth + 1, d, k))
            for entry in reversed(entries):
                push(entry)
        elif tag == _SEQ:
            items = node.value
            seq = [None] * len(items)
            into[slot] = seq
            for i in range(len(items) - 1, -1, -1):
                push((items[i], loc + (i,), depth + 1, seq, i))
        elif tag in _PLAIN_SCALARS and type(node) is ScalarNode:
            into[slot] = scalar[tag](constructor, node)
        else:
            raise _Unusual
    return holder[0], out


def parse_profile(text: str, path: Path) -> LoadedProfile:
    """Parse and validate profile YAML text; raise ProfileError listing every problem."""
    from .memory import collector_paused

    with collector_paused():
        return _parse_profile(text, path)


def _parse_profile(text: str, path: Path) -> LoadedProfile:
    name = str(path)
    try:
        node = yaml.compose(text, Loader=_Loader)
        try:
            data, lines = _construct(node, name) if node is not None else (None, {})
        except _Unusual:
            lines = _line_map(node, name)
            data = _Loader(text).construct_document(node)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise LoadError(f"not valid YAML: {problem}", path=name, line=mark.line + 1 if mark else None) from None
    except RecursionError:
        raise LoadError(f"not valid YAML: nested too deeply (more than {MAX_DEPTH} levels)", path=name) from None
    if not isinstance(data, dict):
        raise ProfileError([Problem(name, 1, "", "a profile must be a YAML mapping with a 'person' key")])
    # a forbidden character is in the text itself or written as an escape ("\x01"): without either, no
    # value can hold one, and the walk over every value is skipped
    if "\\" in text or _FORBIDDEN_CHARS.search(text):
        bad = _forbidden_characters(data, name, lines)
        if bad:
            raise ProfileError(bad)
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
    from .files import read_regular

    path = Path(path)
    raw = read_regular(path, MAX_PROFILE_BYTES)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LoadError(f"not UTF-8 text (byte {exc.start})", path=str(path),
                        line=raw[: exc.start].count(b"\n") + 1) from None
    return parse_profile(text, path)


QUIET_FILES = re.compile(r"^(\..*|README(\..*)?|LICEN[CS]E(\..*)?|kg\.toml)$", re.I)
"""Files a data folder may hold beside its profiles without being reported (hidden files, a README)."""


def _not_a_profile(f: Path) -> str | None:
    """Why a folder entry is not read as a profile, or None when it is a profile file."""
    import errno

    try:
        st = f.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop"
        if f.is_symlink():
            return "broken symbolic link"
        return f"cannot read: {exc.strerror or exc}"
    import stat as _stat

    if _stat.S_ISDIR(st.st_mode):
        return "a folder inside the data folder (profiles are read from the top level only)"
    if not _stat.S_ISREG(st.st_mode):
        return "not a regular file"
    if f.suffix not in PROFILE_SUFFIXES:
        return "not a profile file (.yaml or .yml)"
    if not os.access(f, os.R_OK):
        return "cannot read: Permission denied"
    return None


def profile_files(paths: list[Path]) -> list[Path]:
    """Expand folders into their profile files (sorted); missing paths are load errors.

    Nothing is skipped silently: an entry of a data folder that is not a readable profile
    (a stray file, a subfolder, a symbolic link loop) raises IncompleteRead (exit 1) naming
    every such entry; hidden files, a README, a LICENSE and ``kg.toml`` are left alone."""
    from .errors import IncompleteRead

    out: list[Path] = []
    skipped: list[tuple[str, str]] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            try:
                entries = sorted(p.iterdir())
            except OSError as exc:
                raise LoadError(f"cannot read the folder: {exc.strerror or exc}", path=str(p)) from None
            for f in entries:
                if f.name == DECISIONS_FILE or QUIET_FILES.match(f.name):
                    continue
                why = _not_a_profile(f)
                if why:
                    skipped.append((str(f), why))
                else:
                    out.append(f)
        elif p.exists() or p.is_symlink():
            out.append(p)
        else:
            raise LoadError("no such file or folder", path=str(p))
    if skipped:
        raise IncompleteRead(skipped)
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
