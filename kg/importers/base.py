"""What every importer shares: the source document with its line bookkeeping, and the registry types.

An importer reads a :class:`SourceDoc` and returns a :class:`~kg.model.Profile`.
While it reads, it marks the lines it used (``doc.use``) and the lines that are
not data (``doc.ignore``: HTML comments, ``<style>`` blocks, template leftovers).
Whatever non-empty line is neither ends up in ``Profile.unparsed``: nothing is
lost silently.
"""

from __future__ import annotations

import bisect
import codecs
import contextvars
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..errors import SourceError
from ..model import Profile, Unparsed

MAX_BYTES = 20 * 1024 * 1024
"""The largest source page kg imports (see the README's supported sizes)."""

READ_ONCE: contextvars.ContextVar[dict[tuple, object] | None] = contextvars.ContextVar("read_once", default=None)
"""While an import runs (:func:`kg.importers.import_path` sets it), the decoded text of each file it has read (by
``(path, name)``): a site's readers ask for the same page again (one page up to eleven times), and it is read and
decoded once; each asker still gets a :class:`SourceDoc` of its own (its used lines are its own). Likewise what
is made of them once: a site's configuration parsed (by ``("config", path)``: :func:`~.site.files.load_config`),
and the listing of a site's folder the records reader walks (by ``("walk", root)``:
:func:`~.site.record_files.site_files`)."""

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
SERVER_PAGE_SUFFIXES = (".php", ".php3", ".php4", ".php5", ".phtml", ".asp", ".aspx", ".jsp", ".jspx", ".cfm")
"""The files a web server runs before it sends what they print (``index.php``, ``default.aspx``): a page of the
site when what they hold, their server code set aside, is HTML (:func:`~.site.files.served_html`); a file of code
only is none. Decoded as HTML is (a ``<meta charset>``, Windows-1252 for a stray byte)."""
_DECLARED = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})"""
                       rb"""|<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})""", re.I)
_WHATWG = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252",
           "ascii": "cp1252", "iso8859-1": "cp1252", "l1": "cp1252",
           # the Chinese, Korean, Japanese and Thai labels a browser reads as the wider code page: a page saying
           # gb2312 holds GBK's characters too (a Word or FrontPage export's en dash), and one such byte had made the
           # whole page unreadable
           **dict.fromkeys(("gb2312", "gb_2312", "gb_2312-80", "csgb2312", "chinese", "iso-ir-58", "csiso58gb231280",
                            "gbk", "x-gbk", "cp936", "ms936", "windows-936"), "gb18030"),
           **dict.fromkeys(("euc-kr", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601", "korean",
                            "csksc56011987", "iso-ir-149", "windows-949"), "cp949"),
           **dict.fromkeys(("shift_jis", "shift-jis", "sjis", "x-sjis", "csshiftjis", "windows-31j"), "cp932"),
           **dict.fromkeys(("big5", "cn-big5", "csbig5", "x-x-big5"), "big5hkscs"),
           **dict.fromkeys(("iso-8859-9", "latin5", "l5", "iso8859-9"), "cp1254"),
           **dict.fromkeys(("tis-620", "iso-8859-11", "windows-874", "dos-874"), "cp874")}
"""The charset labels a browser decodes otherwise than Python's codec of the same name (the WHATWG Encoding
Standard's table): Latin-1 as Windows-1252, GB2312 as GB18030 (a superset of GBK), EUC-KR as code page 949,
Shift_JIS as code page 932, Big5 with the Hong Kong extension, Latin-5 as Windows-1254, TIS-620 as Windows-874. (A
label Python already decodes with the browser's codec, "windows-1252", "ms932", is not listed.)"""


_STRAY = re.compile("[\udc80-\udcff]")  # bytes utf-8 cannot decode, kept by surrogateescape


def _utf8_with_stray_cp1252(data: bytes) -> tuple[str, list[int]]:
    """UTF-8 text whose undecodable bytes are read as Windows-1252 (U+FFFD for its five unassigned bytes), and
    the lines holding them; one pass over the text."""
    text = data.decode("utf-8", errors="surrogateescape")
    lines: list[int] = []
    line, pos = 1, 0
    for m in _STRAY.finditer(text):
        line, pos = line + text.count("\n", pos, m.start()), m.start()
        if not lines or lines[-1] != line:
            lines.append(line)
    fixed = _STRAY.sub(lambda m: bytes([ord(m.group(0)) - 0xDC00]).decode("cp1252", errors="replace"), text)
    return fixed, lines


_C1 = re.compile("[\x80-\x84\x86-\x9f]")
"""C1 control characters: never text of their own; in a page they are Windows-1252 quotes and dashes an editor
stored as UTF-8 code points (U+0093 for “), which a reader reads as those characters (U+0085, NEL, is kept: it
is a line break to some tools, and kg's lines end at "\n" only)."""


def _c1_as_cp1252(m: re.Match) -> str:
    return bytes([ord(m.group(0))]).decode("cp1252", errors="replace").replace("\ufffd", "")


def decode_text(data: bytes, name: str, html: bool = False) -> tuple[str, list[int]]:
    """The text of a source file's bytes (a BOM's encoding, else UTF-8, else the declared charset) and the
    lines of bytes that were not valid in it.

    An HTML page that is UTF-8 (declared or not) but for a few bytes pasted from a Windows-1252 editor is
    read as a browser shows it, those bytes as Windows-1252, and their lines are returned; any other file
    that is not valid text is an error."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), []
            except UnicodeDecodeError as exc:
                raise SourceError(f"not valid {encoding.upper()} text (byte {exc.start})", path=name) from None
    if b"\x00" in data[:8192]:
        raise SourceError("not a text file (binary content)", path=name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    else:
        return (_C1.sub(_c1_as_cp1252, text) if _C1.search(text) else text), []
    m = _DECLARED.search(data[:8192])
    if m:
        declared = (m.group(1) or m.group(2)).decode("ascii").lower()
        encoding = _WHATWG.get(declared, declared)
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise SourceError(f"declares an unknown charset {declared!r}", path=name) from None
        if codecs.lookup(encoding).name not in ("utf-8", "utf-8-sig"):
            try:
                return data.decode(encoding), []
            except UnicodeDecodeError as exc:
                line = data[: exc.start].count(b"\n") + 1
                raise SourceError(f"not valid {declared} text as declared (byte {exc.start})", path=name,
                                  line=line) from None
    line = data[: utf8_error.start].count(b"\n") + 1
    if html:
        return _utf8_with_stray_cp1252(data)
    raise SourceError(f"not UTF-8 text (byte {utf8_error.start}) and no other charset declared", path=name,
                      line=line)


@dataclass
class SourceDoc:
    """One source file, decoded, with the lines importers have used or ignored."""

    path: Path
    text: str
    display: str = ""
    used: set[int] = field(default_factory=set)
    ignored: set[int] = field(default_factory=set)
    sections: dict[int, str] = field(default_factory=dict)
    odd_bytes: list[int] = field(default_factory=list)
    """Lines holding bytes that were not valid UTF-8 (an HTML page read as a browser reads it)."""

    def __post_init__(self) -> None:
        # lines end at "\n" only, as in editors: str.splitlines would also break at U+2028, U+0085, ...
        self.lines = self.text.split("\n")
        if self.lines and self.lines[-1] == "":
            self.lines.pop()
        if not self.display:
            self.display = str(self.path)
        # offsets[i] is the character offset where line i+1 starts
        self.offsets = [0]
        for line in self.lines:
            self.offsets.append(self.offsets[-1] + len(line) + 1)
        if self.offsets[-1] > len(self.text):
            self.offsets[-1] = len(self.text)

    @classmethod
    def read(cls, path: Path, display: str | None = None) -> SourceDoc:
        """Read a text file, refusing what is not text or is empty, with a one-line reason.

        Only regular files of at most MAX_BYTES are read (not devices or FIFOs). The text is
        UTF-8 (with or without a BOM), UTF-16/32 with a BOM (Word exports), or the charset a
        page declares (``<meta charset>``, an XML declaration) when it is not valid UTF-8;
        Latin-1 is read as Windows-1252, as browsers do. Control characters other than tab
        and newline are dropped (no RDF/XML output could hold them)."""
        from ..files import read_regular

        name = display or str(path)
        memo = READ_ONCE.get()
        if memo is not None and (path, name) in memo:
            text, odd = memo[path, name]
            return cls(path=path, text=text, display=name, odd_bytes=list(odd))
        data = read_regular(path, MAX_BYTES, name, error=SourceError)
        text, odd = decode_text(data, name, html=path.suffix.lower() in HTML_SUFFIXES + SERVER_PAGE_SUFFIXES)
        if not text.strip():
            raise SourceError("file is empty", path=name)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        text = _CONTROL.sub("", text)
        if memo is not None:
            memo[path, name] = (text, list(odd))
        return cls(path=path, text=text, display=name, odd_bytes=odd)

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
        """Every non-empty line that was neither used nor ignored, and the lines whose bytes were not
        valid UTF-8 (read as Windows-1252, as a browser would)."""
        starts = sorted(self.sections)
        out = []
        for number, text in enumerate(self.lines, start=1):
            if number in self.used or number in self.ignored or not text.strip():
                continue
            k = bisect.bisect_right(starts, number)
            section = self.sections[starts[k - 1]] if k else None
            out.append(Unparsed(line=number, text=text.strip()[:500], section=section))
        out += [Unparsed(line=n, text="bytes not valid UTF-8 on this line, read as Windows-1252", section="encoding")
                for n in self.odd_bytes]
        return sorted(out, key=lambda u: u.line)


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
    parse: Callable[[SourceDoc, ImportOptions], Profile] | None = None
    detect: Callable[[SourceDoc], float] | None = None
    detect_dir: Callable[[Path], float] | None = None
    parse_dir: Callable[[Path, ImportOptions], Profile] | None = None


MAX_YAML_DEPTH = 32


def compose_yaml(text: str, display: str, first_line: int = 1):
    """The YAML node tree of front matter or a site's config, checked: anchors and aliases (alias bombs,
    recursive aliases) and nesting deeper than :data:`MAX_YAML_DEPTH` are refused with a located
    :class:`SourceError` (``first_line`` is the file line of the text's first line); a syntax error stays
    ``yaml.YAMLError`` for the caller to locate. The same rules as profiles (``kg.profiles``). A text of
    several documents (a data file closed by a stray ``---``) is its first non-empty one, as Jekyll's and
    Hugo's YAML readers take it; the later ones are not parsed.

    A whole file (``first_line`` 1) is composed once an import (kept in :data:`READ_ONCE`, by its text and name):
    a site's data file is read by several readers, its records more than one way, each composing it again (a
    hand-written group site: 5 texts composed 14 times, a JSON file with a tab refused by the first composition
    each time). The tree is final when returned (readers build new values from it, construct_yaml with a fresh
    loader; none changes a node), so that import's readers share it; the next import composes its own, and
    nothing is kept after an import (a data file may be megabytes). A page's front matter is kept one level up
    (:func:`~.document.read_front_matter`, as data). An error is raised again each time.

    >>> compose_yaml("- a\\n---\\n- b\\n", "f.yml").value[0].value
    'a'
    """
    memo = READ_ONCE.get() if first_line == 1 else None
    key = ("yaml", display, text)
    if memo is not None and key in memo:
        return memo[key]
    node = _compose_mended(text, display, first_line)
    if memo is not None:
        memo[key] = node
    return node


def _compose_mended(text: str, display: str, first_line: int):
    """:func:`_compose_checked`, a text PyYAML refuses for a tab after a line's text composed again without it."""
    import yaml

    try:
        return _compose_checked(text, display, first_line)
    except yaml.scanner.ScannerError as exc:
        if "'\\t'" not in str(exc.problem) or "\t" not in text:
            raise
        if display.lower().endswith(".json"):
            # a JSON file indented with tabs: JSON writes a tab only between its tokens (a string holds "\\t"),
            # where it is a space
            return _compose_checked(text.replace("\t", " "), display, first_line)
        # a tab inside a line's text ("Problems for<TAB>AutoML"), which Ruby's and Go's YAML readers (Jekyll's,
        # Hugo's) take as a space and PyYAML refuses; a tab of indentation stays (an error either way)
        return _compose_checked(_INNER_TAB.sub(" ", text), display, first_line)


_INNER_TAB = re.compile(r"(?m)(?<=\S)[ \t]*\t")
"""A tab after a line's first text (not in its indentation)."""


def _yaml_loader(text: str):
    """PyYAML's safe loader over ``text``, taking an anchor defined twice (``en: &description ...`` then
    ``zh: &description ...`` in a site's config) as Ruby's and Go's YAML readers (Jekyll's, Hugo's) take it:
    the later definition holds for the aliases after it, instead of refusing the whole file."""
    import yaml

    class Loader(yaml.SafeLoader):
        def compose_node(self, parent, index):
            event = self.peek_event()
            if not isinstance(event, yaml.AliasEvent) and getattr(event, "anchor", None) is not None:
                self.anchors.pop(event.anchor, None)
            return super().compose_node(parent, index)

    return Loader(text)


_LIBYAML_UNLIKE = re.compile("[\t\x85\u2028\u2029\ufeff]")
"""What libyaml reads otherwise than PyYAML's pure-Python loader: a tab after a line's text (libyaml takes it as a
space, the pure loader refuses it: :func:`compose_yaml` says where), and the line breaks and byte-order mark that
shift its marks' lines or columns."""
_DOUBLE_QUOTED = re.compile(r'"(?:[^"\\\n]|\\.)*"')
"""A double-quoted YAML or JSON string (where a "?" is text to both readers)."""


_BRACKET = re.compile(r"[\[\]{}]")
_LINE_NESTING = re.compile(r"^( *)((?:[-?][ ]+)*)", re.M)
_LIBYAML_NESTING = 4 * MAX_YAML_DEPTH
"""How deep a text may nest, at most, for libyaml to read it: libyaml recurses in C, where older releases (0.2.5)
crash the process on a text nested a hundred thousand deep instead of refusing it; the pure-Python loader reports
it (:data:`MAX_YAML_DEPTH`)."""


def _nesting_bound(text: str) -> int:
    """An upper bound of how deep ``text`` nests: its brackets' depth (quoted ones counted too) and its deepest line's
    indentation and its leading "- " and "? " marks ("- - - x" nests three sequences on one line).

    >>> _nesting_bound("a:\\n  - [1, {b: 2}]\\n"), _nesting_bound("- - - x\\n")
    (5, 3)
    """
    depth = peak = 0
    for c in _BRACKET.findall(text):
        depth += 1 if c in "[{" else -1
        peak = max(peak, depth)
    lines = max((len(m.group(1)) + m.group(2).count(" ") for m in _LINE_NESTING.finditer(text)), default=0)
    return peak + lines


def _asked_in_flow(node, text: str) -> bool:
    """Whether a "?" outside double quotes stands inside one of the flow collections (``{...}``, ``[...]``) of the
    tree libyaml composed of ``text``: where the two loaders read it otherwise (:func:`_libyaml_node`). A "?" in
    block context ("url: https://x.org/?p=1" in a config that also has a "[a, b]" list) they read alike."""
    import yaml

    return any(isinstance(n, (yaml.MappingNode, yaml.SequenceNode)) and n.flow_style
               and "?" in _DOUBLE_QUOTED.sub("", text[n.start_mark.index:n.end_mark.index]) for n in _tree_nodes(node))


def _tree_nodes(node):
    """Each node of a composed YAML tree once (an alias's node is the node it names), a parent before its children;
    a node's children are looked at once the caller has had it. None yields nothing."""
    import yaml

    stack, seen = [node], set()
    while stack:
        n = stack.pop()
        if n is None or id(n) in seen:
            continue
        seen.add(id(n))
        yield n
        if isinstance(n, yaml.MappingNode):
            stack.extend(x for kv in n.value for x in kv)
        elif isinstance(n, yaml.SequenceNode):
            stack.extend(n.value)


def _libyaml_node(text: str):
    """The first non-empty document of ``text`` as libyaml (PyYAML's C reader, ten times faster: a site's data
    files of megabytes, its hundreds of front matters) composes it, its nodes' places those of the pure-Python
    loader; NotImplemented where the two could differ (no libyaml, a character of :data:`_LIBYAML_UNLIKE`), where
    the text may nest too deep for it (:func:`_nesting_bound`), or
    libyaml refuses the text, which the pure-Python loader then reads (its errors point at the line at fault,
    libyaml's at the end of input; it takes an anchor defined twice, libyaml refuses it).

    >>> node = _libyaml_node("a: [1,\\n 2]")
    >>> (node.end_mark.line, node.end_mark.column), _libyaml_node("a:\\tb")
    ((1, 3), NotImplemented)
    """
    import yaml

    if not getattr(yaml, "__with_libyaml__", False) or _LIBYAML_UNLIKE.search(text) \
            or _nesting_bound(text) > _LIBYAML_NESTING:
        return NotImplemented
    # ("{label: Done?, name: done}": libyaml reads the "?" as the plain value's, the pure-Python loader as a key's
    # mark, an error; a JSON file's "?" is in a quoted address)
    asked = "?" in text and "?" in (bare := _DOUBLE_QUOTED.sub("", text)) and ("{" in bare or "[" in bare)
    loader = yaml.CSafeLoader(text)
    try:
        node = _first_node(loader)
    except yaml.YAMLError:
        return NotImplemented
    finally:
        loader.dispose()
    if asked and _asked_in_flow(node, text):
        return NotImplemented
    if node is not None and not text.endswith("\n"):
        # a text with no final line break: libyaml ends the nodes that reach its end on the line after it, column 0
        # (the break it adds), the pure-Python loader after its last character
        end = yaml.Mark("<unicode string>", len(text), text.count("\n"), len(text) - text.rfind("\n") - 1, None, None)
        for n in _tree_nodes(node):
            if n.end_mark.index == len(text) and n.end_mark.line > end.line:
                n.end_mark = end
    return node


def _first_node(loader):
    """A loader's first document that is not empty (a data file opening with a lone ``---``), or None."""
    node = None
    while (node is None or node.tag == "tag:yaml.org,2002:null") and loader.check_node():
        node = loader.get_node()
    return node


def _compose_checked(text: str, display: str, first_line: int):
    import yaml

    node = _libyaml_node(text)
    if node is NotImplemented:
        loader = _yaml_loader(text)
        try:
            node = _first_node(loader)
        except RecursionError:
            raise SourceError(f"YAML nested deeper than {MAX_YAML_DEPTH} levels", path=display,
                              line=first_line) from None
        finally:
            loader.dispose()
    if node is None:
        return None
    seen: set[int] = set()
    stack = [(node, 0)]
    while stack:
        n, depth = stack.pop()
        line = first_line + n.start_mark.line
        if id(n) in seen and not isinstance(n, yaml.ScalarNode):
            # an alias of a single value (``name: &name "Jo Smith"`` then ``author: {name: *name}``, the
            # academicpages config) is that value once more; an alias of a list or a mapping is refused (an
            # alias bomb grows by them)
            raise SourceError("YAML anchors and aliases (&name, *name) are not read", path=display, line=line)
        seen.add(id(n))
        if depth > MAX_YAML_DEPTH:
            raise SourceError(f"YAML nested deeper than {MAX_YAML_DEPTH} levels", path=display, line=line)
        if isinstance(n, yaml.MappingNode):
            for i, (k, v) in enumerate(n.value):
                if not isinstance(k, yaml.ScalarNode):
                    # a key that is itself a mapping or a list: a template's "{{ site.data.talks | jsonify }}"
                    # read as YAML's flow mapping inside a flow mapping; kept as the text written, as a key
                    k = yaml.ScalarNode("tag:yaml.org,2002:str", text[k.start_mark.index:k.end_mark.index],
                                        k.start_mark, k.end_mark)
                    n.value[i] = (k, v)
                stack.append((k, depth + 1))
                stack.append((v, depth + 1))
        elif isinstance(n, yaml.SequenceNode):
            stack.extend((item, depth + 1) for item in n.value)
    return node


def _lenient_timestamp(loader, node):
    import yaml

    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:  # '2024-02-30': looks like a date but is none; the page's text, for the date parsers
        return loader.construct_scalar(node)


def _untagged(loader, node):
    """A value under a tag no safe loader knows (MkDocs' ``!!python/name:pkg.func``, ``!ENV [VAR, default]``):
    read as the plain value written, never resolved or run."""
    import yaml

    if isinstance(node, yaml.MappingNode):
        return loader.construct_mapping(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_scalar(node)


def construct_yaml(node):
    """The Python value of a node from :func:`compose_yaml`; a date-shaped value that is no calendar date
    (``2024-02-30``) stays the string written, as Jekyll keeps it, instead of failing the whole file.

    >>> construct_yaml(compose_yaml("date: 2024-02-30", "f.md"))
    {'date': '2024-02-30'}
    """
    import yaml

    if node is None:
        return None
    loader = yaml.SafeLoader("")
    loader.yaml_constructors = {**loader.yaml_constructors, "tag:yaml.org,2002:timestamp": _lenient_timestamp,
                                None: _untagged}
    return loader.construct_document(node)
