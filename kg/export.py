"""Outputs: RDF serializations, the compact JSON-LD with kg's bundled context, and the
embeddable ProfilePage snippet.

Serialization goes through pyoxigraph (fast), on triples sorted first, so the same
input gives byte-identical files. The JSON-LD is written here from the triples with
the bundled context (``kg/context.jsonld``) inlined, so it expands offline.
"""

from __future__ import annotations

import json
import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, cached_property, partial
from itertools import compress, islice
from json.encoder import encode_basestring
from pathlib import Path

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad, RdfFormat, Triple
from pyoxigraph import serialize as ox_serialize

from .errors import LoadError, UsageError
from .files import write_parts
from .graph import CanonicalQuads, spliced_lines
from .vocab import PREFIXES, RDF_TYPE, SCHEMA, XSD_STRING

FORMATS = {
    "turtle": (RdfFormat.TURTLE, "ttl"),
    "json-ld": (None, "jsonld"),
    "nt": (RdfFormat.N_TRIPLES, "nt"),
    "xml": (RdfFormat.RDF_XML, "rdf"),
    "trig": (RdfFormat.TRIG, "trig"),
    "nquads": (RdfFormat.N_QUADS, "nq"),
}
QUAD_FORMATS = ("trig", "nquads")



def _sort_key(t) -> tuple:
    return (t.subject.value, t.predicate.value, str(t.object), str(getattr(t, "graph_name", "")))


def serialize(build, fmt: str, person: str | None = None) -> bytes:
    """The build (or one person's part of it) in a format of :data:`FORMATS`."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    canonical = person is None and isinstance(build.quads, CanonicalQuads)
    if canonical:
        return _serialize_canonical(build, fmt)
    if person is not None:
        triples = person_triples(build, person)
        quads = person_quads(build, triples) if fmt in QUAD_FORMATS else []
    else:
        triples = build.triples
        quads = build.quads
    if fmt == "json-ld":
        return jsonld(triples)
    rdf_format = FORMATS[fmt][0]
    if fmt in QUAD_FORMATS:
        data = sorted(quads, key=lambda q: ("" if q.graph_name == DefaultGraph() else q.graph_name.value,
                                            _sort_key(q)))
        return ox_serialize(data, format=rdf_format, prefixes=PREFIXES if fmt == "trig" else None)
    data = sorted(triples, key=_sort_key)
    if fmt == "nt":
        # lines sorted as bytes (UTF-8 sorts like code points); split on "\n" only: str.splitlines()
        # also splits at U+2028 and U+0085, which N-Triples leaves unescaped inside literals
        lines = sorted(set(ox_serialize(data, format=rdf_format).split(b"\n")) - {b""})
        return b"\n".join(lines) + b"\n" if lines else b"\n"
    return ox_serialize(data, format=rdf_format, prefixes=PREFIXES if fmt in ("turtle", "xml") else None)


# one subject's lines in a row of N-Triples: the subject (up to the first space; neither an IRI nor a blank node
# label holds a space or a newline) and the rest of each line
_SUBJECT_LINES = re.compile(rb"([^ \n]+) [^\n]*\n(?:\1 [^\n]*\n)*")


def _ntriples_parts(quads: CanonicalQuads, size: int = 1 << 20) -> Iterator[bytes]:
    """graph.nt's text in parts of about ``size`` bytes (an empty graph: one empty line). The canonical text is
    N-Triples as Oxigraph writes it, one line per distinct triple: only the order differs (lines sorted as
    bytes; UTF-8 sorts like code points). Sorted by subject blocks, not a bytes object per line (at 5M
    triples those put 1.1 GiB on the build's peak): the runs of lines of one subject (one regular-expression
    match each; the canonical text holds each subject's lines in one run) sorted by their subject, then each
    subject's lines sorted. A line's subject is followed by a space, which sorts before every byte of a
    subject, so lines sort by their subject first. A text that is not such lines throughout is sorted a line
    at a time. Split on "\\n" only: str.splitlines() also splits at U+2028 and U+0085, which N-Triples
    leaves unescaped in literals."""
    text = quads.default_text()
    blocks, at = [], 0
    for m in _SUBJECT_LINES.finditer(text):
        if m.start() != at:
            break
        blocks.append((m.group(1), at, at := m.end()))
    if at != len(text):  # not N-Triples lines throughout (a line with no space, no newline at the end)
        lines = text.split(b"\n")
        if lines[-1] == b"":
            lines.pop()  # the empty string after the last newline
        lines.sort()
        for k in range(0, len(lines), 50_000):
            yield b"\n".join(lines[k:k + 50_000]) + b"\n"
        if not lines:
            yield b"\n"
        return
    if not blocks:
        yield b"\n"
        return
    blocks.sort()
    parts: list[bytes] = []
    held = 0
    k = 0
    while k < len(blocks):
        subject, start, end = blocks[k]
        lines = text[start:end - 1].split(b"\n")
        k += 1
        while k < len(blocks) and blocks[k][0] == subject:  # a subject in two runs (not in the canonical order)
            lines += text[blocks[k][1]:blocks[k][2] - 1].split(b"\n")
            k += 1
        lines.sort()
        part = b"\n".join(lines) + b"\n"
        parts.append(part)
        held += len(part)
        if held >= size:
            yield b"".join(parts)
            parts.clear()
            held = 0
    if parts:
        yield b"".join(parts)


def _serialize_canonical(build, fmt: str, output: str | None = None) -> bytes | None:
    """The whole build from its canonical text (kg.graph.CanonicalQuads): Oxigraph parses it as it
    serializes, already sorted and without duplicates; no Quad objects are kept. ``output``: a file
    path to write to instead of returning the bytes (Oxigraph streams into it: no copy of the text)."""
    quads: CanonicalQuads = build.quads
    if fmt == "json-ld":
        from .embed import _index  # the strings of the default graph, shared with the snippets

        chunks = _jsonld_chunks(_index(build).out)
        if output is None:
            return b"".join(chunks)
        with open(output, "wb") as f:
            for chunk in chunks:
                f.write(chunk)
        return None
    rdf_format = FORMATS[fmt][0]
    if fmt in QUAD_FORMATS:
        # the default graph first, then each named graph once, its quads sorted
        data = quads.iter_in_graph_order()
        if data is None:
            data = sorted(quads, key=lambda q: ("" if q.graph_name == DefaultGraph() else q.graph_name.value,
                                                _sort_key(q)))
        return _serialized(data, output, rdf_format, PREFIXES if fmt == "trig" else None)
    if fmt == "nt":
        if output is None:
            return b"".join(_ntriples_parts(quads))
        return write_parts(output, _ntriples_parts(quads))
    data = quads.iter_default()
    return _serialized(data, output, rdf_format, PREFIXES if fmt in ("turtle", "xml") else None)


def _serialized(data, output: str | None, rdf_format, prefixes) -> bytes | None:
    """Oxigraph's serialization of ``data``: its bytes, or written to the file ``output``."""
    if output is None:
        return ox_serialize(data, format=rdf_format, prefixes=prefixes)
    with open(output, "wb") as f:
        ox_serialize(data, f, format=rdf_format, prefixes=prefixes)
    return None


class _Sink:
    """A binary output for Oxigraph's serializers (which write 8 KB at a time): the bytes go to each of
    ``files``. ``skip``: bytes the next writes begin with that are left out (checked: a :class:`_Unexpected`
    error if they are not what was written)."""

    def __init__(self, files: tuple):
        self.files = files
        self.skip, self.held, self.written = b"", b"", 0

    def write(self, data) -> int:
        n = len(data)
        if self.skip:
            self.held += bytes(data)
            if len(self.held) < len(self.skip):
                return n
            if not self.held.startswith(self.skip):
                raise _Unexpected
            data, self.skip, self.held = self.held[len(self.skip):], b"", b""
        for f in self.files:
            f.write(data)
        self.written += len(data)
        return n

    def flush(self) -> None:
        pass

    def finish(self) -> None:
        if self.skip and self.held:
            raise _Unexpected  # the serializer stopped inside the bytes to leave out


class _Unexpected(Exception):
    """Oxigraph wrote something other than what kg's writer expected of it (then the file is written in full)."""


def _write_turtle_and_trig(build, ttl_path: str, trig_path: str, index: bool = False) -> None:
    """graph.ttl and graph.trig of canonical quads, the default graph parsed and serialized once: Oxigraph writes
    TriG as the Turtle of the default graph followed by one "<graph> {...}" section per named graph, in the
    order of their names (what :func:`turtle_trig_spliced` relies on too; tests/test_export.py compares both
    with the full writers), so the Turtle's bytes go to both files and graph.trig goes on with the named graphs
    serialized on their own, less the @prefix lines they begin with; a TriG that cannot be put together so is
    written in full. ``index``: the snippets' index of the default graph (kg.embed) made from the quads the
    Turtle parses, not from a parse of its own (what a cold build's JSON-LD and snippets read next)."""
    quads: CanonicalQuads = build.quads
    named = quads.iter_named_in_order()
    default = quads.iter_default()
    if index:
        from .embed import indexing

        default = indexing(build, default)
    with open(ttl_path, "wb") as ttl, open(trig_path, "wb") as trig:
        sink = _Sink((ttl, trig) if named is not None else (ttl,))
        ox_serialize(default, sink, format=RdfFormat.TURTLE, prefixes=PREFIXES)
        if named is not None:
            # an empty default graph is written as no bytes at all (no @prefix lines): the named graphs' TriG whole
            sink.files, sink.skip = (trig,), _rdf_head() if sink.written else b""
            try:
                ox_serialize(named, sink, format=RdfFormat.TRIG, prefixes=PREFIXES)
                sink.finish()
                return
            except _Unexpected:
                pass
    _serialize_canonical(build, "trig", trig_path)


# --- JSON-LD ------------------------------------------------------------------------


@cache
def context() -> dict:
    """kg's bundled JSON-LD context (prefixes and terms for what kg emits)."""
    from .resources import context_file

    return json.loads(context_file().read_text(encoding="utf-8"))["@context"]


@cache
def _term_index() -> dict[str, list[tuple[str, dict]]]:
    """Full property IRI -> [(term, definition)] from the context."""
    ctx = context()
    prefixes = {k: v for k, v in ctx.items() if isinstance(v, str) and v.endswith(("/", "#"))}

    def expand(curie: str) -> str:
        if ":" in curie and not curie.startswith("http"):
            p, _, local = curie.partition(":")
            if p in prefixes:
                return prefixes[p] + local
        return curie

    out: dict[str, list[tuple[str, dict]]] = {}
    for term, definition in ctx.items():
        if term.startswith("@") or term in prefixes:
            continue
        d = {"@id": definition} if isinstance(definition, str) else dict(definition)
        d["@id"] = expand(d["@id"])
        if "@type" in d and d["@type"] != "@id":
            d["@type"] = expand(d["@type"])
        out.setdefault(d["@id"], []).append((term, d))
    return out


def _curie(value: str) -> str:
    for prefix, ns in PREFIXES.items():
        if value.startswith(ns) and "/" not in value[len(ns):] and "#" not in value[len(ns):]:
            return f"{prefix}:{value[len(ns):]}"
    return value


def _compact_value(pred: str, obj) -> tuple[str, object]:
    """(key, JSON value) for one object of predicate ``pred``, using a context term when it fits."""
    for term, d in _term_index().get(pred, []):
        coerce = d.get("@type")
        if isinstance(obj, NamedNode) and coerce == "@id":
            return term, obj.value
        if isinstance(obj, Literal) and not obj.language:
            if coerce is None and obj.datatype.value == XSD_STRING:
                return term, obj.value
            if coerce == obj.datatype.value:
                return term, obj.value
        if isinstance(obj, Literal) and obj.language and coerce is None and d.get("@language") is None:
            return term, {"@value": obj.value, "@language": obj.language}
    key = _curie(pred)
    if isinstance(obj, NamedNode):
        return key, {"@id": obj.value}
    if obj.language:
        return key, {"@value": obj.value, "@language": obj.language}
    if obj.datatype.value == XSD_STRING:
        return key, {"@value": obj.value}
    return key, {"@value": obj.value, "@type": _curie(obj.datatype.value)}


def jsonld(triples: list[Triple], presorted: bool = False) -> bytes:
    """Compact, flattened JSON-LD with the bundled context inlined: one object per subject."""
    out: dict[str, list[tuple]] = {}
    for t in triples if presorted else sorted(triples, key=_sort_key):
        obj = t.object
        out.setdefault(t.subject.value, []).append(
            (t.predicate.value, obj.value, None if isinstance(obj, NamedNode) else obj))
    return _jsonld_of_index(out)


def _jsonld_of_index(out: dict[str, list[tuple]]) -> bytes:
    """The JSON-LD of statements grouped by subject (subject -> [(predicate, value, Literal or None)]): what
    :func:`jsonld` groups from triples, and what :class:`kg.embed._Index` already holds for a whole build."""
    return b"".join(_jsonld_chunks(out))


def _jsonld_chunks(out: dict[str, list[tuple]]):
    """The text of json.dumps({"@context": ..., "@graph": [...]}, indent=1) in parts, one node at a time:
    each node's dicts are made when it is written and freed after (JSON strings hold no raw newline, so a
    nested value is its own text with every newline indented further)."""
    compact = _compactor()
    yield _jsonld_head()
    if not out:
        yield b"[]"
    for i, subject in enumerate(sorted(out)):
        yield ((",\n  " if i else "[\n  ") + _jsonld_node(compact, subject, out[subject])).encode("utf-8")
    if out:
        yield b"\n ]"
    yield b"\n}\n"


def _jsonld_head() -> bytes:
    return ('{\n "@context": ' + dump_json(context(), indent=1).replace("\n", "\n ") + ',\n "@graph": ').encode("utf-8")


def _jsonld_node(compact, subject: str, statements: list[tuple]) -> str:
    """One node of the JSON-LD's @graph, as indented there: it depends on the subject's own statements
    (subject -> [(predicate, value, Literal or None)]) only, so a rebuild can reuse the others' text."""
    types: list[str] = []
    node: dict[str, list] = {}
    for pred, ov, lit in statements:
        if pred == RDF_TYPE:
            types.append(_curie(ov))
            continue
        key, value = compact(pred, lit, ov)
        values = node.get(key)
        if values is None:
            node[key] = [value]
        else:
            values.append(value)
    obj: dict = {"@id": subject}
    if types:
        obj["@type"] = types[0] if len(types) == 1 else types
    for key in sorted(node):
        values = node[key]
        obj[key] = values[0] if len(values) == 1 else values
    return dump_json(obj, indent=1).replace("\n", "\n  ")


_NODE_START = b'\n  {\n   "@id": "'
"""How each node of the JSON-LD's @graph begins (nested objects are indented further)."""


def jsonld_spliced(old: bytes, subjects: dict[str, list[tuple]]) -> list | None:
    """The build's JSON-LD as the previous build's file ``old`` with the nodes of the ``subjects`` that
    changed replaced (subject -> its statements now; an empty list: the subject is gone), as parts to
    write in order; None when ``old`` is not a file :func:`_jsonld_chunks` wrote with this context."""
    head = _jsonld_head() + b"["
    tail = b"\n ]\n}\n"
    if not old.startswith(head + _NODE_START) or not old.endswith(tail):
        return None
    end = len(old) - len(tail)
    # the body is units "\n  {node}" joined by ","; a unit starts with _NODE_START (nested objects
    # are indented further and JSON strings hold no raw newline), in the order of their @id
    units = _Blocks(old, _NODE_START, 0, len(head), end + 1, end)  # (past the last: where one would start)
    view = memoryview(old)

    def node_id(at: int) -> bytes:
        begin = at + len(_NODE_START)
        return old[begin:old.index(b'"', begin)]

    compact = _compactor()
    runs: list = []  # runs of whole units (joined by "," when written)
    i = units.first  # the next unit of the old file not yet passed
    for subject in sorted(subjects):
        key = encode_basestring(subject)[1:-1].encode("utf-8")
        j = units.first_from(key, node_id, i)
        if j > i:
            runs.append(view[i:j - 1])  # the units from i to j, without the "," after them
        i = j
        if j < units.past and node_id(j) == key:
            i = units.after(j)  # the subject's old node: replaced or dropped
        if subjects[subject]:
            runs.append(("\n  " + _jsonld_node(compact, subject, subjects[subject])).encode("utf-8"))
    if i < units.past:
        runs.append(view[i:end])
    if not runs:
        return None  # an empty graph: written in full
    parts: list = [head]
    for n, run in enumerate(runs):
        if n:
            parts.append(b",")
        parts.append(run)
    parts.append(tail)
    return parts


class _Blocks:
    """The blocks of a previous output file, each starting where ``sep`` occurs (``shift`` bytes into it), in
    the order of their keys: a Turtle subject's block after a newline, a JSON-LD node's unit at its opening
    newline. A rebuild finds the few changed subjects' blocks by bisecting the file's bytes, not by listing
    every block's start first (at 1M triples about 150,000 finds in each of graph.ttl and graph.jsonld at every
    rebuild). ``first``: where the first block starts; ``past``: where a block after the last would start;
    ``end``: where the blocks' text ends."""

    def __init__(self, data, sep: bytes, shift: int, first: int, past: int, end: int) -> None:
        self.data, self.sep, self.shift = data, sep, shift
        self.first, self.past, self.end = first, past, end

    def after(self, at: int) -> int:
        """Where the block after the one starting at ``at`` starts (:attr:`past` after the last)."""
        found = self.data.find(self.sep, at - self.shift + 1, self.end)
        return self.past if found < 0 else found + self.shift

    @classmethod
    def lines(cls, text: bytes) -> "_Blocks":
        """The lines of canonical N-Quads text as blocks (keyed by :func:`_iri_at`)."""
        return cls(text, b"\n", 1, 0, len(text), len(text))

    def first_from(self, key: bytes, key_at, lo: int, hi: int | None = None) -> int:
        """Where the first block from ``lo`` (a block's start, every block before it keyed less than ``key``)
        whose key (``key_at(start)``) is ``key`` or after it starts; :attr:`past` if none. ``hi``: a block's
        start known to have every block from it on keyed not less than ``key`` (default :attr:`past`)."""
        data, sep, shift = self.data, self.sep, self.shift
        if hi is None:
            hi = self.past  # block starts: keys before lo are < key, from hi on >= key
        while lo < hi:
            mid = (lo + hi) // 2
            found = data.rfind(sep, max(lo - shift, 0), mid - shift + len(sep))  # the block holding mid
            start = lo if found < 0 else found + shift
            if key_at(start) < key:
                lo = self.after(start)
            else:
                hi = start
        return lo


def _compactor():
    """:func:`_compact_value` with its choice of term and form remembered per (predicate, kind of object)."""
    forms: dict[tuple, tuple[str, str]] = {}

    def compact(pred: str, obj, text: str | None = None) -> tuple[str, object]:
        """``text``: ``obj.value`` when the caller has it already; ``obj`` None: the IRI ``text``."""
        if obj is None or isinstance(obj, NamedNode):
            kind = (pred, None, None)
        else:
            kind = (pred, obj.datatype.value, obj.language)
        form = forms.get(kind)
        if form is None:
            key, value = _compact_value(pred, NamedNode(text) if obj is None else obj)
            if isinstance(value, str):
                form = (key, "plain")
            elif "@id" in value:
                form = (key, "id")
            elif "@language" in value:
                form = (key, "lang")
            elif "@type" in value:
                form = (key, "typed", value["@type"])
            else:
                form = (key, "value")
            forms[kind] = form
            return key, value
        key, how = form[0], form[1]
        if text is None:
            text = obj.value
        if how == "plain":
            return key, text
        if how == "id":
            return key, {"@id": text}
        if how == "lang":
            return key, {"@value": text, "@language": obj.language}
        if how == "typed":
            return key, {"@value": text, "@type": form[2]}
        return key, {"@value": text}

    return compact


def dump_json(obj, indent: int, memo: dict | None = None) -> str:
    """``json.dumps(obj, ensure_ascii=False, indent=indent)``, byte for byte, several times faster.

    The standard library's C encoder is only used without ``indent``; with it, every value goes
    through the pure-Python encoder's generators. This writes the same text with one list of
    parts. Types it does not handle itself (floats, other keys) go to :func:`json.dumps`.

    ``memo``: the text of each dict two levels down (a ProfilePage's works and its owner's nodes) is kept
    there by the dict, which it keeps alive, and written from it where the same dict comes again: the
    snippets made together share the frames of joint works (kg.embed.embed_object), about four snippets
    each at 1M triples. One memo serves one ``indent``, and its dicts must not change while it is used.
    """
    parts: list[str] = []
    step = " " * indent
    try:
        _dump(obj, parts, "\n", step, memo, "\n" + step * 2)
    except _Unhandled:
        return json.dumps(obj, ensure_ascii=False, indent=indent)
    return "".join(parts)


class _Unhandled(Exception):
    pass


def _dump(obj, out: list[str], nl: str, step: str, memo: dict | None = None, shared: str = "") -> None:
    """``obj``'s JSON text appended to ``out`` (``nl``: a newline and the indentation ``obj`` is at). The
    common cases first, tested by exact type (str, dict; a list, any list or tuple); anything else by the general
    tests below."""
    kind = type(obj)
    if kind is str:
        out.append(encode_basestring(obj))
        return
    if kind is dict:
        if not obj:
            out.append("{}")
            return
        if memo is not None and nl == shared:
            got = memo.get(id(obj))
            if got is not None:
                out.append(got[1])
                return
            start = len(out)
        inner = nl + step
        sep = "{" + inner
        for key, value in obj.items():
            if type(key) is not str:
                raise _Unhandled
            if type(value) is str:
                out.append(f"{sep}{encode_basestring(key)}: {encode_basestring(value)}")
            else:
                out.append(f"{sep}{encode_basestring(key)}: ")
                _dump(value, out, inner, step, memo, shared)
            sep = "," + inner
        out.append(nl + "}")
        if memo is not None and nl == shared:
            text = "".join(out[start:])
            del out[start:]
            out.append(text)
            memo[id(obj)] = (obj, text)
        return
    if kind is list or isinstance(obj, (list, tuple)):
        if not obj:
            out.append("[]")
            return
        inner = nl + step
        sep = "[" + inner
        for value in obj:
            if type(value) is str:
                out.append(sep + encode_basestring(value))
            else:
                out.append(sep)
                _dump(value, out, inner, step, memo, shared)
            sep = "," + inner
        out.append(nl + "]")
        return
    if isinstance(obj, str):
        out.append(encode_basestring(obj))
    elif isinstance(obj, dict):
        if not obj:
            out.append("{}")
            return
        inner = nl + step
        sep = "{" + inner
        for key, value in obj.items():
            if not isinstance(key, str):
                raise _Unhandled
            out.append(sep)
            out.append(encode_basestring(key))
            out.append(": ")
            _dump(value, out, inner, step, memo, shared)
            sep = "," + inner
        out.append(nl + "}")
    elif obj is True:
        out.append("true")
    elif obj is False:
        out.append("false")
    elif obj is None:
        out.append("null")
    elif isinstance(obj, int):
        out.append(int.__repr__(obj))
    elif isinstance(obj, float) and obj == obj and obj not in (float("inf"), float("-inf")):
        out.append(float.__repr__(obj))
    else:
        raise _Unhandled


# --- a rebuild: the previous build's outputs with what changed replaced -------------------------


def subject_lines(text: bytes, subject: bytes, samples: SubjectSamples | None = None) -> list[bytes]:
    """The lines of ``subject`` (``b"<IRI>"``) in canonical N-Quads text (kg.graph.CanonicalQuads: sorted by
    subject IRI, so one run of lines), found by bisecting the text (no split of every line); ``samples``, the
    text's :class:`SubjectSamples`, bound the bisection."""
    head = subject + b" "  # an IRI holds no space or ">": only its lines start so
    if samples is not None:
        return samples.lines(head)
    lo = _first_line_from(text, subject[1:-1])
    out = []
    while text.startswith(head, lo):
        end = text.find(b"\n", lo)
        out.append(text[lo:end])
        lo = end + 1
    return out


@cache
def _rdf_head() -> bytes:
    """The @prefix lines Oxigraph starts Turtle and TriG with (every prefix of kg.graph.PREFIXES)."""
    one = ox_serialize([Triple(NamedNode("urn:x"), NamedNode("urn:y"), NamedNode("urn:z"))],
                       format=RdfFormat.TURTLE, prefixes=PREFIXES)
    at = 0
    while one.startswith(b"@prefix", at):
        at = one.index(b"\n", at) + 1
    return one[:at]


def turtle_trig_spliced(old_ttl: bytes, old_trig: bytes, text: bytes, changed: dict[str, list],
                        named: list[tuple[str, bytes]], changed_graphs: set[str]) -> tuple[list, list] | None:
    """graph.ttl and graph.trig as the previous build's files with what changed replaced, as parts to
    write in order; None when that cannot be done (then they are written in full).

    Oxigraph writes Turtle from sorted statements as the prefixes, then one block per subject that
    depends on that subject's statements only (its first line starts with the subject, the others with
    a tab), and TriG as the same Turtle followed by one "<graph> {...}" section per named graph, in the
    order of their names (tests/test_export_rebuild.py checks both against the full writers). ``text``:
    the build's canonical default graph; ``changed``: subject -> its quads now (empty: gone);
    ``named``: the build's (graph, canonical text) pairs, a text maybe a function giving it (read only if the
    previous TriG has no section of that graph); ``changed_graphs``: those not as before."""
    from pyoxigraph import parse

    head = _rdf_head()
    if not old_ttl.startswith(head + b"<") or not old_trig.startswith(old_ttl):  # (no copy of the Turtle)
        return None
    # a subject in a prefix's namespace would be written as a prefixed name: its block would not start
    # with "<", and the blocks could not be told apart by their first character
    for ns in PREFIXES.values():
        key = ns.encode("utf-8")
        if any(s.startswith(ns) for s in changed) or _first_subject_from(text, key).startswith(key):
            return None
    blocks = _Blocks(old_ttl, b"\n<", 1, len(head), len(old_ttl), len(old_ttl))
    view = memoryview(old_ttl)
    subject_at = partial(_iri_at, old_ttl)

    runs: list = [head]
    i = blocks.first
    for subject in sorted(changed):
        key = subject.encode("utf-8")
        j = blocks.first_from(key, subject_at, i)
        if j > i:
            runs.append(view[i:j])
        i = j
        if j < blocks.past and subject_at(j) == key:
            i = blocks.after(j)
        if changed[subject]:
            block = ox_serialize(changed[subject], format=RdfFormat.TURTLE, prefixes=PREFIXES)
            if not block.startswith(head):
                return None
            runs.append(block[len(head):])
    if i < blocks.past:
        runs.append(view[i:len(old_ttl)])
    # the named graphs' sections of the previous TriG, by graph name
    sections: dict[str, memoryview] = {}
    tview = memoryview(old_trig)
    at = len(old_ttl)
    while at < len(old_trig):
        if not old_trig.startswith(b"<", at):
            return None
        name_end = old_trig.find(b"> {\n", at)
        end = old_trig.find(b"\n}\n", at)
        if name_end < 0 or end < 0:
            return None
        sections[old_trig[at + 1:name_end].decode("utf-8")] = tview[at:end + 3]
        at = end + 3
    trig = list(runs)
    for g, graph_text in sorted(named, key=lambda x: x[0]):
        if g not in changed_graphs and g in sections:
            trig.append(sections[g])
            continue
        if callable(graph_text):  # not read yet (kg.graph.CanonicalQuads.named_parts)
            graph_text = graph_text()
        if graph_text:
            block = ox_serialize(parse(graph_text, format=RdfFormat.N_QUADS), format=RdfFormat.TRIG, prefixes=PREFIXES)
            if not block.startswith(head):
                return None
            trig.append(block[len(head):])
    return runs, trig


def _iri_at(data: bytes, at: int) -> bytes:
    """The IRI of the ``<IRI>`` starting at ``at`` (a line's subject in N-Quads, a block's in Turtle)."""
    return data[at + 1:data.index(b">", at)]


def _first_line_from(text: bytes, key: bytes, lo: int = 0, hi: int | None = None) -> int:
    """Where the first line of canonical text (sorted by subject IRI) whose subject's IRI is ``key`` or after it
    starts (``len(text)`` if none), found by bisecting the text (no split of every line). ``lo`` and ``hi``: line
    starts known to have every subject before ``lo`` less than ``key`` and every one from ``hi`` on not less
    (:class:`SubjectSamples`)."""
    return _Blocks.lines(text).first_from(key, partial(_iri_at, text), lo, hi)


class SubjectSamples:
    """The subject of one line of canonical text every :data:`STEP` bytes, with where that line starts: a key is
    looked up by bisecting these (in C) and then only the lines between two samples, not the whole text. A
    rebuild that frames a few snippets again reads some thousands of subjects from the merged graph's text
    (at 1M triples 184 MB: 4,415 bisections of about 27 steps each, 299,239 finds); sampling it is one pass of
    about 11,000 finds."""

    STEP = 1 << 14

    def __init__(self, text: bytes, step: int = STEP) -> None:
        self.text = text
        keys: list[bytes] = []
        starts: list[int] = []
        n, at = len(text), step
        while at < n:
            start = text.find(b"\n", at) + 1
            if start <= 0 or start >= n:
                break
            keys.append(text[start + 1:text.find(b">", start)])
            starts.append(start)
            at = start + step
        self.keys, self.starts = keys, starts

    def lines(self, head: bytes) -> list[bytes]:
        """The lines starting with ``head`` (``b"<IRI> "``: one subject's, one run of them), found between two
        samples by ``find`` and ``rfind`` in C, without a bisection in Python or a step per line (a coauthor of
        the bench's corpus has some 70 lines)."""
        text, keys, starts = self.text, self.keys, self.starts
        key = head[1:-2]
        k = bisect_left(keys, key)  # the first line is after the sample before k (less) and at most at k's
        lo = starts[k - 1] if k else 0
        hi = starts[k] if k < len(starts) else len(text)
        if lo == 0 and text.startswith(head):
            first = 0
        else:
            # (a subject's line starts with it right after a newline; a line holds no other raw newline)
            at = text.find(b"\n" + head, max(lo - 1, 0), hi + len(head))
            if at < 0:
                return []
            first = at + 1
        k = bisect_right(keys, key, k)  # the run ends before the first sample after it
        past = starts[k] if k < len(starts) else len(text)
        last = text.rfind(b"\n" + head, first, past)
        last = first if last < 0 else last + 1
        return text[first:text.find(b"\n", last)].split(b"\n")

    def first_line(self, key: bytes) -> int:
        """:func:`_first_line_from` of the text and ``key``: the first sample not less than ``key`` and the one
        before it bound the bisection."""
        k = bisect_left(self.keys, key)
        lo = self.starts[k - 1] if k else 0
        hi = self.starts[k] if k < len(self.starts) else len(self.text)
        return _first_line_from(self.text, key, lo, hi)


def _first_subject_from(text: bytes, key: bytes) -> bytes:
    """The IRI of the first subject of canonical text at or after ``key`` (b"" if none)."""
    lo = _first_line_from(text, key)
    return text[lo + 1:text.find(b">", lo)] if lo < len(text) else b""


def _statements(lines: list[bytes]) -> list[tuple]:
    """(predicate, object value, object Literal or None for an IRI) of N-Triples lines, in their order
    (what kg.embed._Index holds per subject)."""
    from pyoxigraph import parse

    if not lines:
        return []
    return [(q.predicate.value, q.object.value, None if type(q.object) is NamedNode else q.object)
            for q in parse(b"\n".join(lines) + b"\n", format=RdfFormat.N_TRIPLES)]


class _Lazy:
    """key -> what :meth:`_read` finds of it in canonical text, read when asked and kept."""

    def __init__(self, text: bytes):
        self.text, self.got = text, {}

    def get(self, key: str, default=None):
        got = self.got.get(key)
        if got is None:
            got = self.got[key] = self._read(key)
        return got if got else default


class _LazyOut(_Lazy):
    """subject -> statements of canonical text (a subject's lines found by bisection); with ``predicates`` (the
    N-Triples starts of the predicates kept: ``b"<ns"`` for a namespace, ``b"<iri> "`` for one), only the
    statements of those, the other lines not parsed."""

    def __init__(self, text: bytes, predicates: tuple[bytes, ...] | None = None):
        super().__init__(text)
        self.predicates = predicates

    @cached_property
    def samples(self) -> SubjectSamples:
        return SubjectSamples(self.text)

    def _read(self, subject: str) -> list[tuple]:
        head = b"<" + subject.encode("utf-8") + b">"
        lines = subject_lines(self.text, head, self.samples)
        if self.predicates is not None:
            at, keep = len(head) + 1, self.predicates
            lines = [line for line in lines if line.startswith(keep, at)]
        return _statements(lines)

    def read_together(self, subjects) -> None:
        """Read the ``subjects`` not read yet at once (a work's authorship nodes, whose lines follow one another
        in the text): one bisection for a run of them and one parse, not one of each per subject."""
        text, keep = self.text, self.predicates
        todo = sorted({s.encode("utf-8") for s in subjects if s not in self.got})
        if not todo:
            return
        lines: list[bytes] = []
        counts: list[int] = []
        at = -1
        for s in todo:
            head = b"<" + s + b"> "
            if at < 0 or not text.startswith(head, at):
                at = self.samples.first_line(s)
            n = len(lines)
            while text.startswith(head, at):
                end = text.find(b"\n", at)
                line = text[at:end]
                if keep is None or line.startswith(keep, len(head)):
                    lines.append(line)
                at = end + 1
            counts.append(len(lines) - n)
        statements = iter(_statements(lines))  # one parse for them all, then each subject's run of them
        for s, n in zip(todo, counts):
            self.got[s.decode("utf-8")] = list(islice(statements, n))


class _LazyInto(_Lazy):
    """object IRI -> [(predicate, subject)] of canonical text (one scan of the text)."""

    def _read(self, obj: str) -> list[tuple]:
        text, tail, lines = self.text, b" <" + obj.encode("utf-8") + b"> .\n", []
        at = text.find(tail)
        while at >= 0:  # a line ending so has the IRI as its object (literals end in '"', a tag or a type)
            start = text.rfind(b"\n", 0, at) + 1
            lines.append(text[start:at + len(tail) - 1])
            at = text.find(tail, at + 1)
        return [(p, s) for s, p in _subject_predicates(lines)]


def _subject_predicates(lines: list[bytes]):
    from pyoxigraph import parse

    if not lines:
        return []
    return [(q.subject.value, q.predicate.value) for q in parse(b"\n".join(lines) + b"\n", format=RdfFormat.N_TRIPLES)]


def text_index(build, snippets: bool = False):
    """An index of the default graph for kg.embed with the interface of its own, reading only the subjects
    asked for from the canonical text: what a rebuild that frames a few snippets needs. ``snippets``: of each
    subject only the statements a snippet reads (kg.embed.READ_NAMESPACES, READ_PREDICATES)."""
    from .embed import READ_NAMESPACES, READ_PREDICATES, _Index

    idx = _Index([])
    text = build.quads.default_text()
    keep = None
    if snippets:
        keep = tuple(b"<" + ns.encode("utf-8") for ns in READ_NAMESPACES) + tuple(
            b"<" + p.encode("utf-8") + b"> " for p in READ_PREDICATES)
    idx.out, idx.into = _LazyOut(text, keep), _LazyInto(text)
    return idx


def snippet_deps(idx, page: dict, owner: str, memo: dict) -> tuple[frozenset, frozenset]:
    """What a snippet was read from: (the IRIs any of whose statements it may have read, the IRIs of which it
    read only :data:`NAME_READS`). The first: every IRI in it (framed nodes, links out whose types were
    looked up), the authorship nodes of its works (author order), the pages about its owner (dateModified).
    The second: the people framed in it other than its owner (kg.embed.OTHER_PERSON: their types, name and
    links only). A snippet none of whose IRIs has a changed statement it reads, and whose owner is the
    object of no changed statement, is the same. ``memo``: per frame (shared between snippets), by id."""
    from .vocab import KG

    KG_AUTHORSHIP = KG + "authorship"

    def deps(value, top: bool = False) -> tuple[frozenset, frozenset]:
        got = memo.get((id(value), top))
        if got is not None:
            return got[1], got[2]
        acc: set[str] = set()
        people: set[str] = set()
        items = value.values() if isinstance(value, dict) else value
        for v in items:
            if isinstance(v, str):
                if ":" in v:
                    acc.add(v)
            else:
                full, limited = deps(v)
                acc |= full
                people |= limited
        if isinstance(value, dict) and isinstance(value.get("@id"), str):
            kind = value.get("@type")
            if not top and (kind == "Person" or (isinstance(kind, list) and "Person" in kind)):
                # a person below the page's own frames (mainEntity, mentions) is framed with OTHER_PERSON:
                # what the frame holds is what it read of them (their types, name, sameAs and url)
                acc.discard(value["@id"])
                people.add(value["@id"])
            if "author" in value:
                acc.update(ov for p, ov, lit in idx.out.get(value["@id"], ()) if p == KG_AUTHORSHIP)
        frozen = frozenset(acc), frozenset(people)
        memo[(id(value), top)] = (value, *frozen)  # the frame kept alive: its id is not reused meanwhile
        return frozen

    about = idx.subjects(SCHEMA + "about", owner)
    full, people = set(), set()
    for key, value in page.items():
        # the owner and their works are framed whole (kg.embed.embed_object), whatever their types
        for one in (value if key == "mentions" else [value]):
            got = deps(one, top=key in ("mainEntity", "mentions")) if not isinstance(one, str) else \
                (frozenset((one,)) if ":" in one else frozenset(), frozenset())
            full |= got[0]
            people |= got[1]
    full |= {owner, *about}
    return full, people - full


NAME_READS = frozenset((RDF_TYPE, SCHEMA + "name", SCHEMA + "sameAs",
                        SCHEMA + "url"))
"""The statements a snippet reads of a person other than its owner (kg.embed.OTHER_PERSON, and the types)."""


def _digest(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


# --- one person's part of the graph -----------------------------------------------------


def person_triples(build, slug: str) -> list[Triple]:
    """The person, their works with authorships and venues, their own nodes, and the
    names of the people they are linked to."""
    from .embed import owner_iri

    node = build.corpus.people[owner_iri(build, slug)]
    by_subject: dict[str, list[Triple]] = {}
    for t in build.triples:
        by_subject.setdefault(t.subject.value, []).append(t)
    persons = {iri for iri in build.corpus.people}
    seeds = [node.iri] + [w.iri for w in build.corpus.works.values() if node.iri in w.authors]
    seeds += [s.iri for i, s in enumerate(build.corpus.sources) if i in node.owner_of]
    keep: list[Triple] = []
    seen: set[str] = set()
    stack = list(seeds)
    while stack:
        subject = stack.pop()
        if subject in seen:
            continue
        seen.add(subject)
        for t in by_subject.get(subject, []):
            keep.append(t)
            o = t.object
            if isinstance(o, NamedNode) and o.value in by_subject and o.value not in seen:
                if o.value in persons and o.value != node.iri:
                    seen.add(o.value)
                    keep.extend(x for x in by_subject[o.value] if x.predicate.value in (
                        RDF_TYPE, SCHEMA + "name"))
                elif o.value not in persons:
                    stack.append(o.value)
    return sorted(set(keep), key=_sort_key)


def person_quads(build, triples: list[Triple]) -> list[Quad]:
    """A person's part of the graph as quads: the merged statements in the default graph,
    and in each source page's named graph those of them that page said (its provenance)."""
    keep = {(t.subject, t.predicate, t.object) for t in triples}  # Triples or default-graph Quads alike
    out = [Quad(t.subject, t.predicate, t.object, DefaultGraph()) for t in triples]
    out += [q for q in build.quads if q.graph_name != DefaultGraph() and (q.subject, q.predicate, q.object) in keep]
    return out


# --- the embeddable snippet --------------------------------------------------------------


def embed_object(build, slug: str) -> dict:
    """The schema.org ProfilePage of a profile owner, read off the graph (see :mod:`kg.embed`)."""
    from .embed import embed_object as framed

    return framed(build, slug)


def html_safe_json(obj, memo: dict | None = None) -> str:
    """JSON that cannot end a <script> element or open an HTML comment: ``<``, ``>``, ``&``
    and the JavaScript line separators are escaped as \\uXXXX (the JSON value is unchanged).
    ``memo``: shared by the snippets made together (:func:`dump_json`)."""
    text = dump_json(obj, indent=2, memo=memo)
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def embed(build, slug: str, memo: dict | None = None, texts: dict | None = None) -> str:
    """The ``<script type="application/ld+json">`` element a researcher pastes into their homepage
    (``memo``: shared by snippets made together, see :func:`kg.embed.embed_object`; ``texts``: the JSON text
    of the frames they share, see :func:`dump_json`)."""
    from .embed import embed_object as framed

    return _script(framed(build, slug, memo=memo), texts)


def _script(page: dict, texts: dict | None = None) -> str:
    return f'<script type="application/ld+json">\n{html_safe_json(page, texts)}\n</script>\n'


# --- kg build outputs ------------------------------------------------------------------------


BUILD_MARKERS = ("merge-report.json", "graph.nt", "graph.ttl")
"""Files by which an existing folder is recognised as an earlier build that kg may replace."""


def is_build_folder(folder: Path) -> bool:
    """True for an empty folder or one an earlier ``kg build`` wrote (so replacing it loses nothing of the user's)."""
    try:
        names = {p.name for p in Path(folder).iterdir()}
    except OSError:
        return False
    return not names or any(m in names for m in BUILD_MARKERS)


def snippet_file_name(slug: str) -> str:
    """``<slug>.html``, shortened (with a hash, so it stays unique) where a file system would refuse it."""
    import hashlib

    if len(slug.encode("utf-8")) <= 200:
        return f"{slug}.html"
    return f"{slug[:160]}-{hashlib.sha1(slug.encode('utf-8')).hexdigest()[:12]}.html"


def write_outputs(build, out: Path, report: dict | None = None, extra=None, previous=None, first=None) -> list[Path]:
    """Write graph.ttl, graph.nt, graph.jsonld, graph.trig, merge-report.json and one
    embed snippet per profile owner into ``out``, as a set: they are written into a fresh
    folder beside ``out`` that then replaces it whole (kg.files.atomic_folder), so a reader
    sees the old build or the new one, never a mix, and a failed build leaves the old one.
    Snippets of people no longer in the data go with the old folder. ``first(folder)`` and ``extra(folder)``
    write more of the build into the fresh folder, before the files and after them (before the swap), and
    return the names they wrote: ``kg build`` starts its graph store first (the files leave some hundred MiB
    in the process that the store's bulk load came on top of: the peak of a 1M build; a store loaded in full is
    written by a child process beside the files) and writes its cache last (it records the files' sizes and
    times), once the store is done.

    ``previous``: the build cache (kg.cache.BuildCache). When it can say how the merged graph differs from
    the previous build's and vouch for that build's files, the JSON-LD is that file with the changed
    subjects' nodes replaced, and a snippet none of whose IRIs changed is the previous one (the same bytes
    a full write makes: tests/test_cache.py); it is also told what each snippet was read from."""
    from .files import atomic_folder

    out = Path(out)
    names = []
    with atomic_folder(out, replaceable=is_build_folder) as tmp:
        def put(name: str, data) -> None:
            """``data``: the bytes or text of the file, a previous build's file kept (:class:`_Kept`), or a function
            that writes the file at the path it is given."""
            path = tmp / name
            try:
                path.parent.mkdir(exist_ok=True)
                if callable(data):
                    data(str(path))
                elif isinstance(data, _Kept):
                    _link_or_write(data, path)
                else:
                    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
            except OSError as exc:
                raise LoadError(f"cannot write {name}: {exc.strerror or exc}", path=str(out)) from None
            names.append(name)

        if first is not None:
            # before the rest, not beside it in this process: with Oxigraph's bulk loader running on a thread
            # next to the JSON-LD and the snippets, `kg build` of 1M triples peaked at 3.5 GiB (kg build's
            # store is loaded by a child process it starts here: kg.store.start_store)
            names.extend(first(tmp))
        canonical = isinstance(build.quads, CanonicalQuads)
        diff = previous.default_diff(build) if previous is not None and canonical else None
        changed: dict[str, list[tuple]] = {}
        rdf = None
        if diff is not None:
            quads = {s[1:-1].decode("utf-8"): _quads_of(diff.blocks.get(s, [])) for s in diff.subjects}
            changed = {s: [(q.predicate.value, q.object.value, None if type(q.object) is NamedNode else q.object)
                           for q in qs] for s, qs in quads.items()}
            rdf = _spliced_rdf(previous, build, quads)
            del quads
        trig_written: list = []

        def turtle_and_trig(path: str) -> None:
            # the JSON-LD and the snippets of a build without a diff read the index of the whole default graph
            _write_turtle_and_trig(build, path, str(tmp / "graph.trig"), index=diff is None)
            trig_written.append(True)

        spliced = False
        for fmt, name in (("turtle", "graph.ttl"), ("trig", "graph.trig"), ("nt", "graph.nt"),
                          ("json-ld", "graph.jsonld")):
            if not canonical:
                put(name, serialize(build, fmt))
            elif fmt in ("turtle", "trig") and rdf is not None:
                put(name, lambda path, parts=rdf[fmt == "trig"]: write_parts(path, parts))
                if fmt == "trig":
                    rdf = None  # the previous Turtle and TriG (at 1M triples about 0.4 GB) not held any longer
            elif fmt == "nt":
                parts = _spliced_ntriples(previous, diff) if diff is not None else None
                if parts is not None:  # the previous graph.nt with the lines that changed taken out and put in
                    put(name, lambda path, parts=parts: write_parts(path, parts))
                else:
                    put(name, lambda path: write_parts(path, _ntriples_parts(build.quads)))
                parts = None
            elif fmt == "json-ld" and diff is not None and (parts := _spliced_jsonld(previous, changed)):
                put(name, lambda path, parts=parts: write_parts(path, parts))
                parts = None  # the previous JSON-LD: freed before the snippets
                spliced = True
            elif fmt == "turtle":
                put(name, turtle_and_trig)  # graph.trig written with it: both begin with the default graph's Turtle
            elif fmt == "trig" and trig_written:
                put(name, lambda path: None)  # written with graph.ttl
            else:
                # written as made: neither the file's text nor the default graph's Quads are held whole
                put(name, lambda path, fmt=fmt: _serialize_canonical(build, fmt, path))
        if report is not None:
            put("merge-report.json", _report_text(report, previous))
        _write_snippets(build, put, previous, diff, changed, spliced)
        build.__dict__.pop("_embed_index", None)  # the strings of the whole graph: rebuilt if asked again
        if isinstance(build.quads, CanonicalQuads):
            build.quads.forget_parsed()  # the default graph's Quads: parsed again from the text if asked
        from .memory import release_freed

        release_freed()
        if extra is not None:
            names.extend(extra(tmp))
    return [out / n for n in names]


def _quads_of(lines: list[bytes]) -> list:
    from pyoxigraph import parse

    return list(parse(b"\n".join(lines) + b"\n", format=RdfFormat.N_TRIPLES)) if lines else []


def _spliced_rdf(previous, build, quads: dict[str, list]) -> tuple[list, list] | None:
    graphs = previous.changed_graphs(build)
    if graphs is None:
        return None
    old_ttl = previous.previous_output("graph.ttl")
    old_trig = previous.previous_output("graph.trig") if old_ttl is not None else None
    if old_trig is None:
        return None
    named = build.quads.named_parts(graphs[0])  # the unchanged graphs' sections come from the previous TriG
    return turtle_trig_spliced(old_ttl, old_trig, build.quads.default_text(), quads, named, graphs[0])


def report_digest(report: dict) -> str:
    """A digest of the merge report's JSON: the compact text (the C encoder, about a third of the time of the
    indented text) determines the indented one, so the same digest is the same file. The text is hashed in
    parts (:func:`_compact_parts`), never held whole: at 2M triples of the bench's corpus it is 190 MB."""
    import hashlib

    digest = hashlib.sha256()
    for part in _compact_parts(report):
        digest.update(part.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _compact_parts(obj, levels: int = 2, batch: int = 10_000):
    """The text of ``json.dumps(obj, ensure_ascii=False)`` in parts: a dict with string keys or a list
    ``levels`` down (or less) is written around its values, a list's values ``batch`` at a time with the C
    encoder (a list's text is its values' texts joined by ", "), anything else whole."""
    kind = type(obj)
    if levels and obj and (kind is list or (kind is dict and all(type(k) is str for k in obj))):
        if kind is dict:
            sep = "{"
            for key, value in obj.items():
                yield f"{sep}{encode_basestring(key)}: "
                yield from _compact_parts(value, levels - 1, batch)
                sep = ", "
            yield "}"
        else:
            for i in range(0, len(obj), batch):
                yield ("[" if i == 0 else ", ") + json.dumps(obj[i:i + batch], ensure_ascii=False)[1:-1]
            yield "]"
        return
    yield json.dumps(obj, ensure_ascii=False)


def write_json(f, obj, indent: int, levels: int = 2, flush_at: int = 1 << 16) -> None:
    """Write ``dump_json(obj, indent)`` (that is ``json.dumps(obj, ensure_ascii=False, indent=indent)``) and a
    newline to the binary file ``f``, UTF-8, a part at a time: a dict with string keys or a list ``levels``
    down (or less) is written around its values, each value made by :func:`_dump`, and the text made so far
    goes to the file every ``flush_at`` parts. The merge report of the bench's 2M corpus (979k near misses, one
    per two people of a name before round 23) was 257 MB of text: made whole, then encoded, it put 0.9 GiB on
    the build's peak."""
    parts: list[str] = []
    step = " " * indent

    def flush() -> None:
        f.write("".join(parts).encode("utf-8"))
        parts.clear()

    def walk(value, nl: str, levels: int) -> None:
        kind = type(value)
        if levels and value and (kind is list or (kind is dict and all(type(k) is str for k in value))):
            inner = nl + step
            if kind is dict:
                sep = "{" + inner
                for key, item in value.items():
                    parts.append(f"{sep}{encode_basestring(key)}: ")
                    walk(item, inner, levels - 1)
                    sep = "," + inner
                parts.append(nl + "}")
            else:
                sep = "[" + inner
                for item in value:
                    parts.append(sep)
                    walk(item, inner, levels - 1)
                    sep = "," + inner
                parts.append(nl + "]")
            return
        start = len(parts)
        try:
            _dump(value, parts, nl, step)
        except _Unhandled:  # as dump_json: the standard library's text (a nested value's, indented further)
            del parts[start:]
            parts.append(json.dumps(value, ensure_ascii=False, indent=indent).replace("\n", nl))
        if len(parts) >= flush_at:
            flush()

    walk(obj, "\n", levels)
    parts.append("\n")
    flush()


def _report_text(report: dict, previous):
    """merge-report.json: with the build cache (``previous``), the previous build's file when its report was the
    same (most edits of a page change no join, conflict or near miss), else the report written as it is made
    (:func:`write_json`: the text is never held whole)."""
    def write(path: str) -> None:
        with open(path, "wb") as f:
            write_json(f, report, indent=2)

    if previous is None:
        return write
    digest = report_digest(report)
    previous.record_report(digest)
    old = previous.previous_report(digest)
    return _Kept(old) if old is not None else write


def _spliced_ntriples(previous, diff) -> list | None:
    """graph.nt as parts: the previous build's file (checked to be what that build wrote) with ``diff``'s removed
    lines taken out and its added lines put in where they sort (graph.nt is sorted as bytes), instead of sorting
    every line again and writing them one by one; None when the previous file is not there or does not add up."""
    old = previous.previous_output("graph.nt")
    if not old or not old.endswith(b"\n") or old == b"\n":
        return None  # none, or the empty graph's file (one empty line)
    return ntriples_spliced(old, diff.removed, diff.added)


def ntriples_spliced(old: bytes, removed, added) -> list | None:
    """The lines of ``old`` (N-Triples lines sorted as bytes, each ending in a newline) less ``removed``, plus
    ``added`` (lines without their newline), as parts to write in order; None if a line to take out is not
    there, or one to put in already is."""
    parts = spliced_lines(old, removed, added)
    return parts if parts is not None and any(len(p) for p in parts) else None  # (all taken out: written whole)


def _spliced_jsonld(previous, changed: dict[str, list[tuple]]) -> list | None:
    old = previous.previous_output("graph.jsonld")
    return None if old is None else jsonld_spliced(old, changed)


@dataclass(frozen=True)
class _Kept:
    """A previous build's output file, checked to be what that build wrote (kg.cache.BuildCache.previous_file),
    that the new build holds as it is: hard-linked into the new folder rather than read and written again (at
    1M triples the snippets a change does not reach are 175 MB)."""

    path: Path


def _link_or_write(kept: _Kept, path: Path) -> None:
    """``path`` as a hard link to the kept file (the old build folder is replaced whole and never written in
    place, so the two stay one file's bytes); its bytes copied where a link is refused."""
    import os
    import shutil

    try:
        os.link(kept.path, path)
    except OSError:
        shutil.copyfile(kept.path, path)


class SnippetTable:
    """What each snippet was read from (:func:`snippet_deps`), as the build cache keeps it from one build to the
    next: the IRIs numbered once, in a list only added to (each build adds the IRIs it has not numbered yet), and
    each snippet's two sets as an array of those numbers, in bytes. A rebuild that keeps a snippet keeps
    its entry's bytes as they are: it neither makes its sets nor pickles them again (at 1M triples 454 snippets
    read 1.2M IRIs: the table as sets of strings was 0.24 CPU s to unpickle and 0.27 to pickle at every
    rebuild). The numbers are made afresh once the list is twice what they were last made for (IRIs no snippet
    reads any longer are then left out).

    A table read back (a rebuild's) makes no map of every IRI to its number (at 1M triples 177k IRIs, 0.09 CPU s):
    the numbers of the few IRIs it is asked about, and of those the snippets framed again read, are found in one
    pass over the list each (:meth:`numbers_of`); a table begun empty (a cold build) keeps the map as it numbers.

    ``entries``: snippet file -> (its SHA-256, its owner's IRI, the numbers of the IRIs it read, those of the
    people of which it read only names and links)."""

    def __init__(self, iris: list[str] | None = None, fresh: int = 0, entries: dict | None = None) -> None:
        # the map of every IRI to its number: kept by a table begun empty as it numbers (or shared, see following)
        self._numbers: dict[str, int] | None = {} if iris is None else None
        self.iris = iris if iris is not None else []  # (not copied: the list of a table read no more, see following)
        self.fresh = fresh or len(self.iris)
        self.entries: dict[str, tuple | None] = dict(entries or {})
        self._pending: list[tuple] = []  # (name, sha256, owner, full, names) put and not numbered yet

    @classmethod
    def read(cls, stored) -> SnippetTable | None:
        """The table the cache kept (:meth:`stored`), or None for anything else."""
        if not (isinstance(stored, tuple) and len(stored) == 3 and isinstance(stored[0], list)
                and type(stored[1]) is int and isinstance(stored[2], dict)):
            return None
        entries = {name: e for name, e in stored[2].items() if isinstance(e, tuple) and len(e) == 4
                   and type(e[2]) is bytes and type(e[3]) is bytes}
        return cls(stored[0], stored[1], entries)

    def stored(self) -> tuple:
        self._number_pending()
        if not self.fresh:  # a table begun empty (a cold build): every IRI it numbered, an entry read
            self.fresh = len(self.iris)
        if len(self.iris) > 2 * max(self.fresh, 1000):
            self._renumber()
        return self.iris, self.fresh, self.entries

    def following(self) -> SnippetTable:
        """A table without entries numbering IRIs as this one does (its IRIs, and its map of them when it has
        one, shared: this one is read no more than its entries are)."""
        self._number_pending()
        new = SnippetTable(self.iris, self.fresh)
        new._numbers = self._numbers
        return new

    def numbers_of(self, iris) -> dict[str, int]:
        """IRI -> number for those of ``iris`` the table has numbered: from the map when the table has one,
        else from one pass over its list (the tests in C: 10 ms for 177k IRIs)."""
        if self._numbers is not None:
            numbers = self._numbers
            return {i: numbers[i] for i in iris if i in numbers}
        wanted = iris if isinstance(iris, (set, frozenset)) else set(iris)
        if not wanted:
            return {}
        listed = self.iris
        return {listed[n]: n for n in compress(range(len(listed)), map(wanted.__contains__, listed))}

    def numbered(self, iris) -> set[int]:
        """The numbers of those of ``iris`` the table has numbered (an IRI it has not, no snippet read)."""
        return set(self.numbers_of(iris).values())

    def put(self, name: str, sha256: str, owner: str, full: frozenset, names: frozenset) -> None:
        if self._numbers is not None:
            self.entries[name] = (sha256, owner, self._numbered_bytes(full, self._numbers),
                                  self._numbered_bytes(names, self._numbers))
            return
        self.entries[name] = None  # (its place in the entries kept: numbered with the others put, at once)
        self._pending.append((name, sha256, owner, full, names))

    def _number_pending(self) -> None:
        """The entries put since the table was read back numbered: the IRIs they read looked up in one pass."""
        if not self._pending:
            return
        numbers = self.numbers_of(frozenset().union(*(p[k] for p in self._pending for k in (3, 4))))
        for name, sha256, owner, full, names in self._pending:
            self.entries[name] = (sha256, owner, self._numbered_bytes(full, numbers),
                                  self._numbered_bytes(names, numbers))
        self._pending = []

    def _numbered_bytes(self, iris: frozenset, numbers: dict[str, int]) -> bytes:
        """The numbers of ``iris`` as bytes, numbering those ``numbers`` (the table's map, or what it found of
        them) does not hold (the lookups in C; a loop in Python only over a set holding IRIs not numbered yet)."""
        seq = list(iris)
        got = list(map(numbers.get, seq))
        if None in got:
            for k, n in enumerate(got):
                if n is None:  # (``iris`` is a set: an IRI numbered here is not met again in this call)
                    got[k] = numbers[seq[k]] = len(self.iris)
                    self.iris.append(seq[k])
        return _numbers_bytes(got)

    def _renumber(self) -> None:
        used = sorted(set().union(*(_numbers_of(e[k]) for e in self.entries.values() for k in (2, 3))))
        again = dict(zip(used, range(len(used))))
        self.entries = {name: (e[0], e[1], _numbers_bytes(map(again.__getitem__, _numbers_of(e[2]))),
                               _numbers_bytes(map(again.__getitem__, _numbers_of(e[3]))))
                        for name, e in self.entries.items()}
        self.iris = [self.iris[i] for i in used]
        self.fresh, self._numbers = len(self.iris), None


def _numbers_bytes(numbers) -> bytes:
    return array("I", numbers).tobytes()


def _numbers_of(data: bytes) -> array:
    got = array("I")
    got.frombytes(data)
    return got


def _write_snippets(build, put, previous, diff, changed: dict, spliced: bool) -> None:
    """One snippet per profile owner; with ``previous`` (the build cache), what each was read from is
    recorded, and a snippet the changes in ``diff`` cannot reach is the previous build's file."""
    from .embed import _index

    owners = sorted(build.corpus.owners(), key=lambda n: n.iri)
    old = previous.previous_snippets() if previous is not None and diff is not None else None
    old = SnippetTable.read(old) if old is not None else None
    objects: set[str] = set()
    touched: dict[str, set[str]] = {}  # changed subject -> the predicates of its changed statements
    if old is not None:
        from pyoxigraph import parse

        lines = b"\n".join((*diff.removed, *diff.added))
        for q in parse(lines + b"\n", format=RdfFormat.N_TRIPLES) if lines else ():
            if type(q.object) is NamedNode:
                objects.add(q.object.value)
            touched.setdefault(q.subject.value, set()).add(q.predicate.value)
        changed_numbers = old.numbered(changed)
        # the changed subjects whose names or links changed: a snippet that framed them as other people read those
        renamed = old.numbered(s for s, preds in touched.items() if not preds.isdisjoint(NAME_READS))

    decided: dict[str, tuple | None] = {}  # owner -> entry or None (the snippets counted before framing are checked once, not again)

    def reusable(node, name: str):
        if node.iri in decided:
            return decided[node.iri]
        entry = old.entries.get(name) if old is not None else None
        if entry is None or entry[1] != node.iri or node.iri in objects \
                or not changed_numbers.isdisjoint(_numbers_of(entry[2])) \
                or renamed and not renamed.isdisjoint(_numbers_of(entry[3])):
            entry = None
        decided[node.iri] = entry  # (at 1M triples reading the 454 entries' numbers is 0.06 CPU s)
        return entry

    if old is not None and spliced:
        again = sum(reusable(n, snippet_file_name(n.iri.rstrip("/").rsplit("/", 1)[-1])) is None for n in owners)
        if again * 10 <= len(owners):
            # few snippets to frame again: they read only the subjects they reach, not an index of the whole
            # graph (each subject costs about 0.1 ms this way: at 100k triples 29 of 45 snippets framed again
            # took 1.7 s against 0.8 s for the whole index)
            build.__dict__["_embed_index"] = text_index(build, snippets=True)
    kept = old.following() if old is not None else SnippetTable()
    memo: dict = {}  # frames shared by the snippets (a coauthor, a joint work): made once
    texts: dict = {}  # and their JSON text: written once
    deps_memo: dict = {}
    for node in owners:
        slug = node.iri.rstrip("/").rsplit("/", 1)[-1]
        name = snippet_file_name(slug)
        entry = reusable(node, name)
        if entry is not None:
            kept_file = previous.previous_file(f"embed/{name}", entry[0])
            if kept_file is not None:
                put(f"embed/{name}", _Kept(kept_file))
                kept.entries[name] = entry
                continue
        text = embed(build, slug, memo=memo, texts=texts).encode("utf-8")
        put(f"embed/{name}", text)
        if previous is not None:
            from .embed import embed_object as framed

            page = framed(build, slug, memo=memo)  # the frames just made, from the memo
            kept.put(name, _digest(text), node.iri, *snippet_deps(_index(build), page, node.iri, deps_memo))
    del memo, texts, deps_memo
    if previous is not None:
        previous.record_snippets(kept.stored())
