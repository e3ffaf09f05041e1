"""The data a JavaScript or TypeScript module writes out: its object and array literals as plain values.

Takes a module's text (``export const pubs: Publication[] = [{ title: '...', authors: [...] }]``, ``export default
[...]``, ``module.exports = {...}``, ``const paper = {...} satisfies Paper``); gives its bindings, each the plain
Python value its literal writes (dicts, lists, strings, numbers, booleans, None), with the lines of every key of
every object, so that a record read from it says ``file:line`` as a YAML record does. The module is parsed by
tree-sitter's TypeScript grammar (its TSX variant for ``.tsx``, ``.jsx``, ``.js`` and ``.mjs``, which may hold
JSX); nothing is run. Strings of every quote kind are decoded (escapes, ``\\u2019``), a template literal is read
when its ``${...}`` parts are constants of the module, ``'a' + 'b'`` is joined; type annotations, ``as``,
``as const``, ``satisfies`` and ``!`` are looked through; a name refers to the module's own constant (``export
default paper``, ``[paperA, paperB]``, ``...base``) and a value the module computes or imports is left out. Where
the text does not parse (a quote left open) the grammar reads on; the lines of those places are kept
(:attr:`Module.errors`) for the record reader to report.
"""

from __future__ import annotations

import html as _html
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Collection

_UNKNOWN = object()
"""What a value the module computes, imports or calls is: left out of the object or array holding it."""
_WRAPPERS = {"as_expression", "satisfies_expression", "non_null_expression", "parenthesized_expression",
             "type_assertion"}
"""Expressions whose value is the one they wrap (a type assertion, ``as const``, ``x!``, ``(x)``)."""
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}
_PARSERS: dict[bool, object] = {}
_BARE_AMPERSAND = re.compile(r"(?<!&)&(?![&=]|#?\w+;)")
"""An ``&`` that begins no character reference, as JSX writes it in a text (``Public & Land-Grant``) or an
attribute (``href="/award?id=7&all=1"``) and React renders it, which the TSX grammar cannot read."""
_JSX_NODES = ("jsx_element", "jsx_self_closing_element")
"""A JSX element's nodes (``<a href="...">talk</a>``, ``<br />``); a fragment (``<>...</>``) is a ``jsx_element``."""
_AMPERSAND = "\ue026"
"""What a bare ``&`` is read as when the module is parsed again (a private-use character, one of no text)."""


@dataclass
class Binding:
    """A name the module gives a value (``const pubs = [...]``; ``default`` for ``export default``; the target
    of ``module.exports = ...``), the value, its line and whether it is declared at the module's top level."""

    name: str
    value: object
    line: int
    top: bool = True


@dataclass
class Module:
    """A module's bindings in source order and, for each object literal read, the lines of its keys."""

    bindings: list[Binding] = field(default_factory=list)
    spans: dict[int, dict[str, tuple[int, int]]] = field(default_factory=dict)
    errors: list[int] = field(default_factory=list)
    """The lines where the module does not parse (a quote left open, a comma missing): the grammar reads on past
    each, and what it reads there may be cut short ("title: 'Moss isn't dry'" gives "Moss isn")."""

    def data_lines(self) -> set[int]:
        """The lines of the module's objects' keys and values; the others are code (imports, declarations, types,
        closing brackets, comments between keys)."""
        return {n for spans in self.spans.values() for first, last in spans.values() for n in range(first, last + 1)}

    def spans_of(self, value: dict) -> dict[str, tuple[int, int]]:
        """The first and last line of each key of an object the module writes (empty for another value)."""
        return dict(self.spans.get(id(value), {}))


def _parser(tsx: bool):
    if tsx not in _PARSERS:
        import tree_sitter
        import tree_sitter_typescript

        grammar = tree_sitter_typescript.language_tsx() if tsx else tree_sitter_typescript.language_typescript()
        _PARSERS[tsx] = tree_sitter.Parser(tree_sitter.Language(grammar))
    return _PARSERS[tsx]


_BANNER = re.compile(r"\s*/\*(.*?)\*/", re.S)
_LIBRARY_BANNER = re.compile(r"(?i)@license|@preserve|(?=.*(?:copyright|licen[cs]ed?\b))(?=.*\bv?\d+\.\d+\.\d+\b)", re.S)


def _library_text(text: str) -> bool:
    """Whether a module's text is a library copied into the site, not its data: over 200 KB and opening with a
    library's banner (a licence and a release number, ``/*! jQuery JavaScript Library v3.4.1 ... Copyright``, viz.js's
    "Viz.js 1.8.2 ... Licensed under MIT license", or ``@license``), or over 1 MB and minified (lines of more than
    1,000 characters on average). A site's own list is still read, written a record a line or all on one line (a
    JSON.stringify of its works), under its own notice ("Copyright 2024 X. Content licensed under CC BY 4.0").

    >>> _library_text("/* Tidelib 1.2.0. Copyright 2020 X. Licensed under MIT */\\n" + "var a = 1;\\n" * 30_000)
    True
    >>> _library_text("/* Copyright 2024 X. Licensed under CC BY 4.0 */\\n" + "  {title: 'A', year: 2020},\\n" * 30_000)
    False
    """
    if len(text) < 200_000:
        return False
    if len(text) > 1_000_000 and len(text) > 1000 * (text.count("\n") + 1):
        return True
    banner = _BANNER.match(text[:4000])
    return bool(banner and _LIBRARY_BANNER.search(banner.group(1)))


@lru_cache(maxsize=2)
def _parse(text: str, tsx: bool):
    """The syntax tree of a module's text (``tsx``: it may hold JSX), that of an empty module for a library copied
    into the site (:func:`_library_text`: viz.js, 2 MB in each of a blogdown site's three ``libs/`` folders, took 2-3
    CPU s a parse); the last two kept, as a module's values and its imports are read apart."""
    if _library_text(text):
        text = ""
    tree = _parser(tsx).parse(text.encode("utf-8", "surrogatepass"))
    if tsx and tree.root_node.has_error and _BARE_AMPERSAND.search(text):
        # ("Public & Land-Grant" in a JSX text, as React reads it: the grammar takes "&" for a reference and loses
        # the element; read again with each bare "&" set aside, given back in the texts read)
        again = _parser(tsx).parse(_BARE_AMPERSAND.sub(_AMPERSAND, text).encode("utf-8", "surrogatepass"))
        if not again.root_node.has_error:
            return again
    return tree


def _unescape(text: str) -> str:
    """A JavaScript escape sequence's character(s) (``\\u2019``, ``\\u{1F600}``, ``\\x41``, ``\\'``)."""
    body = text[1:]
    if not body or body[0] in "\r\n\u2028\u2029":
        return ""  # a line continuation
    if body[0] == "u":
        code = body[2:-1] if body.startswith("u{") else body[1:5]
        try:
            return chr(int(code, 16))
        except ValueError:
            return body
    if body[0] == "x":
        try:
            return chr(int(body[1:3], 16))
        except ValueError:
            return body
    return _ESCAPES.get(body[0], body[0]) if len(body) == 1 or body[0] != "0" else body


def _sole(node):
    """The one expression a ``{...}``, ``${...}`` or argument list holds, its comments aside; None for none or more."""
    inner = [c for c in node.named_children if c.type != "comment"]
    return inner[0] if len(inner) == 1 else None


def _sole_value(node, value_of) -> object:
    """The value of the one expression ``node`` holds (:func:`_sole`); unknown for none or more."""
    inner = _sole(node)
    return value_of(inner) if inner is not None else _UNKNOWN


def _string(node, value_of) -> object:
    """A string or template literal's text; unknown for a template whose ``${}`` part is not a constant."""
    parts: list[str] = []
    for child in node.named_children:
        if child.type == "string_fragment":
            parts.append(child.text.decode("utf-8", "replace").replace(_AMPERSAND, "&"))
        elif child.type == "escape_sequence":
            parts.append(_unescape(child.text.decode("utf-8", "replace")))
        elif child.type == "template_substitution":
            value = _sole_value(child, value_of)
            if isinstance(value, bool) or not isinstance(value, (str, int, float)):
                return _UNKNOWN
            parts.append(str(value))
    text = "".join(parts)
    try:
        return text.encode("utf-16", "surrogatepass").decode("utf-16")  # ("\ud83d\ude00": one character)
    except UnicodeError:
        return text


def _jsx_text(text: str) -> str:
    """A run of JSX text as React renders it: a line break and the spaces around it are dropped and the lines
    left are joined by a space (``Gave a\n   talk`` is "Gave a talk"); a run on one line stays as written."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    kept = [line.strip() if 0 < k < len(lines) - 1 else line.rstrip() if k == 0 else line.lstrip()
            for k, line in enumerate(lines)]
    return " ".join(line for line in kept if line.strip())


def _jsx(node, value_of) -> object:
    """A JSX element or fragment (``<>Gave a <a href="https://x.org">talk</a>{" "}at X</>``) as the HTML it
    renders: text, character references and constant ``{...}`` parts as written, an HTML tag with its constant
    attributes; a component's tag (``<Link>``, ``<Foo.Bar>``) is left out and its children kept, and a part the
    module computes (``{name}``) is left out."""
    parts: list[str] = []
    opening = node if node.type == "jsx_self_closing_element" else \
        next((c for c in node.named_children if c.type == "jsx_opening_element"), None)
    html = opening is not None and _html_tag(opening)
    if html:
        name = opening.child_by_field_name("name").text.decode("utf-8", "replace")
        attrs = []
        for attr in opening.named_children:
            if attr.type != "jsx_attribute" or len(attr.named_children) != 2:
                continue
            key, val = attr.named_children
            value = _sole_value(val, value_of) if val.type == "jsx_expression" else value_of(val)
            if isinstance(value, str):
                attrs.append(f' {key.text.decode("utf-8", "replace")}="{_html.escape(value)}"')
        parts.append(f"<{name}{''.join(attrs)}{' /' if node.type == 'jsx_self_closing_element' else ''}>")
    if node.type == "jsx_self_closing_element":
        return "".join(parts)
    for child in node.named_children:
        if child.type == "jsx_text":
            parts.append(_jsx_text(child.text.decode("utf-8", "replace").replace(_AMPERSAND, "&")))
        elif child.type == "html_character_reference":
            parts.append(child.text.decode("utf-8", "replace"))
        elif child.type in _JSX_NODES:
            value = value_of(child)
            parts.append(value if isinstance(value, str) else "")
        elif child.type == "jsx_expression":
            value = _sole_value(child, value_of)
            if isinstance(value, (str, int, float)) and not isinstance(value, bool):
                parts.append(str(value))
    if html:
        parts.append(f"</{name}>")
    return "".join(parts)


def _number(text: str) -> object:
    text = text.replace("_", "").rstrip("n")
    try:
        if re.fullmatch(r"0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+", text):
            return int(text, 0)
        value = float(text)
    except ValueError:
        return _UNKNOWN
    return int(value) if value.is_integer() and re.fullmatch(r"\d+", text) else value


def _key(node, value_of) -> str | None:
    if node.type in ("property_identifier", "number"):
        return node.text.decode("utf-8", "replace")
    if node.type == "string":
        value = _string(node, value_of)
        return value if isinstance(value, str) else None
    if node.type == "computed_property_name":
        inner = node.named_children
        value = value_of(inner[0]) if len(inner) == 1 else _UNKNOWN
        return value if isinstance(value, str) else None
    return None


Importer = Callable[[str, str], object]
"""What a module's ``import`` gives: (the module named, the name it exports, ``default`` or ``*``) -> the value,
None when it cannot be read (a package, a file outside the site, a computed value)."""


def _imports(root) -> dict[str, tuple[str, str]]:
    """A module's imported names: local name -> (the module named, the name it exports; ``default`` for a
    default import, ``*`` for a namespace). Type-only imports are left out."""
    out: dict[str, tuple[str, str]] = {}
    for stmt in root.named_children:
        if stmt.type != "import_statement":
            continue
        source = stmt.child_by_field_name("source")
        clause = next((c for c in stmt.named_children if c.type == "import_clause"), None)
        if source is None or clause is None or stmt.children[1].type == "type":
            continue
        where = "".join(c.text.decode("utf-8", "replace") for c in source.named_children)
        for part in clause.named_children:
            if part.type == "identifier":
                out[part.text.decode("utf-8", "replace")] = (where, "default")
            elif part.type == "namespace_import":
                names = [c for c in part.named_children if c.type == "identifier"]
                if names:
                    out[names[-1].text.decode("utf-8", "replace")] = (where, "*")
            elif part.type == "named_imports":
                for spec in part.named_children:
                    if spec.type != "import_specifier" or spec.children[0].type == "type":
                        continue
                    names = [c.text.decode("utf-8", "replace") for c in spec.named_children
                             if c.type in ("identifier", "string")]
                    if names:
                        out[names[-1]] = (where, names[0])
    return out


def _error_lines(root, limit: int = 20) -> list[int]:
    """The first lines of the places a syntax tree says its text does not parse (an ``ERROR`` node, a token the
    grammar took as missing), in order, at most ``limit``."""
    if not root.has_error:
        return []
    lines: set[int] = set()
    stack = [root]
    while stack and len(lines) < limit:
        node = stack.pop()
        if node.type == "ERROR" or node.is_missing:
            lines.add(node.start_point[0] + 1)
        elif node.has_error:
            stack.extend(node.children)
    return sorted(lines)


def read_module(text: str, tsx: bool = False, importer: Importer | None = None) -> Module:
    """The bindings of a JavaScript or TypeScript module and the values their literals write (see the module's
    docstring); ``tsx``: the module may hold JSX (``.tsx``, ``.jsx``, ``.js``).

    >>> m = read_module("export const pubs: Pub[] = [{ title: 'A', year: 2020 }] as const;")
    >>> [(b.name, b.value) for b in m.bindings], m.spans_of(m.bindings[0].value[0])
    ([('pubs', [{'title': 'A', 'year': 2020}])], {'title': (1, 1), 'year': (1, 1)})
    """
    tree = _parse(text, tsx)
    module = Module(errors=_error_lines(tree.root_node))
    declared: dict[str, object] = {}  # name -> the node of its value (the top-level declaration first)
    found: list[tuple[str, object, bool]] = []

    def collect(node, depth: int) -> None:
        stack = [(node, depth)]
        while stack:
            n, d = stack.pop()
            kind = n.type
            if kind == "variable_declarator":
                name, value = n.child_by_field_name("name"), n.child_by_field_name("value")
                if name is not None and value is not None and name.type == "identifier":
                    key = name.text.decode("utf-8", "replace")
                    top = d <= 3  # (program > export > lexical_declaration > declarator)
                    if key not in declared or top and not found_top(key):
                        declared[key] = value
                    found.append((key, value, top))
            elif kind == "export_statement":
                value = n.child_by_field_name("value")
                if value is not None:
                    found.append(("default", value, True))
            elif kind == "assignment_expression":
                left, right = n.child_by_field_name("left"), n.child_by_field_name("right")
                if left is not None and right is not None and right.type in ("object", "array") \
                        and left.type in ("member_expression", "identifier"):
                    found.append((left.text.decode("utf-8", "replace"), right, d <= 2))
            stack.extend((c, d + 1) for c in reversed(n.named_children))

    def found_top(key: str) -> bool:
        return any(k == key and top for k, _v, top in found)

    collect(tree.root_node, 0)
    imported = _imports(tree.root_node) if importer is not None else {}
    memo: dict[int, object] = {}
    busy: set[int] = set()

    def value_of(node) -> object:
        ident = node.id
        if ident in memo:
            return memo[ident]
        if ident in busy:
            return _UNKNOWN  # (a name defined by itself)
        busy.add(ident)
        try:
            value = evaluate(node)
        finally:
            busy.discard(ident)
        memo[ident] = value
        return value

    def name_value(name: str) -> object:
        """A name's value: the module's own constant, else what it imports (``import { Ana } from "./people"``)."""
        target = declared.get(name)
        if target is not None:
            return value_of(target)
        if name in imported:
            if name not in imports_read:
                value = importer(*imported[name])
                imports_read[name] = _UNKNOWN if value is None else value
            return imports_read[name]
        return _UNKNOWN

    imports_read: dict[str, object] = {}

    def evaluate(node) -> object:
        kind = node.type
        if kind in ("string", "template_string"):
            return _string(node, value_of)
        if kind in _JSX_NODES:
            return _jsx(node, value_of)
        if kind == "number":
            return _number(node.text.decode("ascii", "replace"))
        if kind in ("true", "false"):
            return kind == "true"
        if kind in ("null", "undefined"):
            return None
        if kind in _WRAPPERS:
            inner = [c for c in node.named_children if c.type not in ("comment", "type_arguments") and
                     not c.type.endswith("type") and c.type not in ("type_identifier", "generic_type", "const")]
            return value_of(inner[0]) if inner else _UNKNOWN
        if kind == "unary_expression":
            op, arg = node.child_by_field_name("operator"), node.child_by_field_name("argument")
            value = value_of(arg) if arg is not None else _UNKNOWN
            if op is not None and op.type in ("-", "+") and isinstance(value, (int, float)) \
                    and not isinstance(value, bool):
                return -value if op.type == "-" else value
            return _UNKNOWN
        if kind == "binary_expression":
            op = node.child_by_field_name("operator")
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            if op is None or op.type != "+" or left is None or right is None:
                return _UNKNOWN
            a, b = value_of(left), value_of(right)
            if isinstance(a, str) and isinstance(b, (str, int, float)) and not isinstance(b, bool) \
                    or isinstance(b, str) and isinstance(a, (int, float)) and not isinstance(a, bool):
                return f"{a}{b}"
            return _UNKNOWN
        if kind == "identifier":
            return name_value(node.text.decode("utf-8", "replace"))
        if kind == "call_expression":
            # a configuration's wrapper (Astro's and Vite's "defineConfig({...})", Nuxt's "defineNuxtConfig"):
            # the object it is given, as written; any other call computes its value
            fn, args = node.child_by_field_name("function"), node.child_by_field_name("arguments")
            given = [c for c in args.named_children if c.type != "comment"] if args is not None else []
            if fn is not None and fn.type == "identifier" and re.fullmatch(r"define\w*Config", fn.text.decode(
                    "utf-8", "replace")) and len(given) == 1 and given[0].type == "object":
                return value_of(given[0])
            return _UNKNOWN
        if kind == "member_expression":
            obj, prop = node.child_by_field_name("object"), node.child_by_field_name("property")
            base = value_of(obj) if obj is not None else _UNKNOWN
            name = prop.text.decode("utf-8", "replace") if prop is not None else None
            return base.get(name, _UNKNOWN) if isinstance(base, dict) and name else _UNKNOWN
        if kind == "array":
            items: list = []
            for child in node.named_children:
                if child.type == "comment":
                    continue
                if child.type == "spread_element":
                    inner = child.named_children
                    value = value_of(inner[0]) if inner else _UNKNOWN
                    if isinstance(value, list):
                        items.extend(value)
                    continue
                value = value_of(child)
                if value is not _UNKNOWN:
                    items.append(value)
            return items
        if kind == "object":
            out: dict = {}
            spans: dict[str, tuple[int, int]] = {}
            for child in node.named_children:
                span = (child.start_point[0] + 1, child.end_point[0] + 1)
                if child.type == "pair":
                    key_node, val_node = child.child_by_field_name("key"), child.child_by_field_name("value")
                    key = _key(key_node, value_of) if key_node is not None else None
                    value = value_of(val_node) if val_node is not None else _UNKNOWN
                elif child.type == "shorthand_property_identifier":
                    key = child.text.decode("utf-8", "replace")
                    value = name_value(key)
                elif child.type == "spread_element":
                    inner = child.named_children
                    value = value_of(inner[0]) if inner else _UNKNOWN
                    if isinstance(value, dict):
                        for k, v in value.items():
                            out[k] = v
                            spans[k] = module.spans.get(id(value), {}).get(k, span)
                    continue
                else:
                    continue  # a method, a getter: code
                if key is None or value is _UNKNOWN:
                    continue
                out[key] = value
                spans[key] = span
            module.spans[id(out)] = spans
            return out
        return _UNKNOWN

    for name, node, top in found:
        value = value_of(node)
        if value is not _UNKNOWN:
            module.bindings.append(Binding(name, value, node.start_point[0] + 1, top))
    return module


JS_SUFFIXES = (".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs", ".mts")
"""The suffixes of a JavaScript or TypeScript module (a site's configuration, a data file, a page's module), the
one list every reader of such files asks; an import of one may also name a JSON file."""
SCRIPTED_SUFFIXES = (".svelte", ".vue")
"""The suffixes of a single-file component (Svelte's, Vue's): markup beside a ``<script>`` block that is a module of
its own, which may hold the page's list itself ("const publications = [{title: ...}]" in
src/routes/publications/+page.svelte); read as that module by :func:`script_module_text`."""
_SCRIPT_BLOCK = re.compile(r"(<script\b[^>]*>)(.*?)</script\s*>", re.I | re.S)


def script_module_text(text: str) -> str:
    r"""A single-file component's ``<script>`` blocks as one module, line for line: every other line (its markup,
    its styles) left blank, so that a key's line is the component's.

    >>> script_module_text('<script>\nconst a = [{t: 1}];\n</script>\n<p>{a}</p>')
    '\nconst a = [{t: 1}];\n\n'
    """
    out, end = [], 0
    for m in _SCRIPT_BLOCK.finditer(text):
        out.append("\n" * text.count("\n", end, m.start(2)))
        out.append(m.group(2))
        end = m.end(2)
    out.append("\n" * text.count("\n", end))
    return "".join(out)


def scripted_markup(text: str) -> str:
    """A single-file component's markup, line for line: its ``<script>`` and ``<style>`` blocks blanked (their
    line breaks kept); its ``{expressions}`` stay, for :func:`~.files.component_text` to take out."""
    return re.sub(r"<(script|style)\b[^>]*>.*?</\1\s*>", lambda m: "\n" * m.group(0).count("\n"), text,
                  flags=re.I | re.S)


_SUFFIXES = (*JS_SUFFIXES, ".json")
_READING: set[str] = set()
"""The modules being read (a module that imports itself, two that import each other)."""


def _module_file(folder: Path, where: str) -> Path | None:
    """The file an import names (``./people``, ``../data/journals.ts``, ``$lib/data/people``, ``@/data/people``),
    from the folder of the module that imports it; None for a package, a file not there or one that is not a module
    or JSON data (``import portrait from './assets/me.png'``: a 2 MB picture parsed as TypeScript took 6 CPU s)."""
    if where.startswith("."):
        base = folder / where
    elif where.startswith(("$lib/", "@/", "~/")):
        anchor = "lib" if where.startswith("$lib/") else "src"
        top = next((d for d in (folder, *folder.parents) if d.name == anchor), None)
        if top is None:
            return None
        base = top / where.split("/", 1)[1]
    else:
        return None
    for path in (base, *(base.with_name(base.name + s) for s in _SUFFIXES), *(base / f"index{s}" for s in _SUFFIXES)):
        if path.suffix.lower() in _SUFFIXES and path.is_file():
            return path
    return None


def _tsx(display: str) -> bool:
    """Whether a module of this path may hold JSX (``.js``, ``.jsx``, ``.tsx``, ``.mjs``), not TypeScript's types that
    look like it (``.ts``, ``.mts``, ``.cts``): the grammar it is parsed with."""
    return not display.lower().endswith((".ts", ".mts", ".cts"))


def imported_files(text: str, display: str) -> set[Path]:
    """The site's files a module imports (``import data from './news.json'``: that file), read off its syntax tree
    (a commented-out or type-only import names none), each as the importing module finds it."""
    folder = Path(display).parent
    tree = _parse(text, _tsx(display))  # (positionally, as read_module asks: one cache key)
    return {path for where, _name in _imports(tree.root_node).values()
            if (path := _module_file(folder, where)) is not None}


def _import_value(folder: Path, where: str, name: str) -> object:
    """The value a module imports: the binding ``name`` (``default``; ``*`` all of them by name) of the module
    or JSON file ``where`` names, read as the importing one is; None when it cannot be read."""
    import json

    from .files import file_text  # (files reads this module's suffixes when it loads)

    path = _module_file(folder, where)
    if path is None or str(path) in _READING or len(_READING) > 8:
        return None
    if (text := file_text(path, 3_000_000)) is None:
        return None
    if path.suffix.lower() == ".json":
        try:
            value = json.loads(text)
        except ValueError:
            return None
        return value if name in ("default", "*") else value.get(name) if isinstance(value, dict) else None
    _READING.add(str(path))
    try:
        module = module_of(text, str(path))
    finally:
        _READING.discard(str(path))
    tops = [b for b in module.bindings if b.top]
    if name == "*":
        return {b.name: b.value for b in tops}
    return next((b.value for b in tops if b.name == name), None)


@lru_cache(maxsize=64)
def module_of(text: str, display: str) -> Module:
    """The module of a file's text (``display``: its path), its grammar by the file's suffix (``.tsx``, ``.jsx``,
    ``.js``, ``.mjs``, ``.cjs`` may hold JSX; ``.ts``, ``.mts`` hold types that look like JSX: ``<Paper>x``), the
    names it imports from the site's other modules and JSON files read there."""
    folder = Path(display).parent
    return read_module(text, tsx=_tsx(display),
                       importer=lambda where, name: _import_value(folder, where, name))


def js_records(module: Module, nested: bool = False, bound: bool = True, stand_in: Binding | None = None,
               admitted: Collection[str] = ()) -> list[tuple[dict, dict[str, tuple[int, int]], tuple[str, ...]]]:
    """The records of a module as :func:`~.records.yaml_records` gives a YAML file's: the objects of its arrays
    (``export const pubs = [{...}]``, ``cv = {education: [{...}]}``, an object of objects keyed by id), and an object
    the module binds that is a record itself (``export const paper = {title: ...}``), each with its keys' lines and
    the keys leading to it, the binding's name first (``("cv", "education")``). An object is taken once however
    many names refer to it; a record's own arrays (``citedBy: [{title, url}]``, ``links: [...]``) hold no
    records. ``nested``: a group's records too (``[{year: 2021, papers: [...]}]``), each given the group's plain
    values it lacks. ``bound``: an object the module binds as a whole is a record too (else only the objects of
    its arrays are: a site's settings object has a title and an author too). A binding named as a stand-in for the
    site's data (:data:`STAND_IN_NAME`) holds none but those ``admitted`` (the fallbacks the site reader found to be
    the owner's only copy of a list, :func:`~.record_files.stand_ins`); ``stand_in``: one of those, whose records
    alone are given (:func:`stand_in_bindings`)."""
    from .records import lower_keys, record_title_key

    out: list[tuple[dict, dict[str, tuple[int, int]], tuple[str, ...]]] = []
    seen: set[int] = set()

    def record(data: dict) -> bool:
        return record_title_key(lower_keys(data), data) is not None or any(str(k).lower() == "title" for k in data)

    def take(items: list, keys: tuple[str, ...], inherited: dict) -> None:
        for item in items:
            if not isinstance(item, dict) or id(item) in seen:
                continue
            seen.add(id(item))
            data, spans = dict(item), module.spans_of(item)
            for key, (value, span) in inherited.items():
                if key not in data:
                    data[key], spans[key] = value, span
            out.append((data, spans, keys))
            if not nested or len(keys) > 4 or record(item):
                continue
            group = {k: (v, spans[k]) for k, v in item.items()
                     if isinstance(v, (str, int, float)) and not isinstance(v, bool) and k in spans}
            for key, value in item.items():
                if isinstance(value, list) and any(isinstance(x, dict) for x in value):
                    take(value, (*keys, str(key)), {**inherited, **group})

    def walk(value: object, keys: tuple[str, ...], depth: int) -> None:
        if isinstance(value, list):
            take(value, keys, {})
        elif isinstance(value, dict) and id(value) not in seen and depth < 4:
            if record(value):
                if bound or depth:
                    take([value], keys, {})
            elif len(value) >= 2 and all(isinstance(v, dict) for v in value.values()):
                take(list(value.values()), keys, {})  # records keyed by an id
            else:
                for key, item in value.items():
                    walk(item, (*keys, str(key)), depth + 1)

    for binding in [stand_in] if stand_in is not None else _own_bindings(module, admitted):
        walk(binding.value, (binding.name,), 0)
    return out


def _own_bindings(module: Module, admitted: Collection[str] = ()) -> list[Binding]:
    """A module's bindings but those named as a stand-in for the site's data (:data:`STAND_IN_NAME`) and not
    ``admitted``."""
    return [b for b in module.bindings if not STAND_IN_NAME.match(b.name) or b.name in admitted]


def stand_in_bindings(module: Module) -> list[tuple[Binding, list[dict]]]:
    """The bindings of a module that :func:`js_records` leaves out as stand-ins for the site's data
    (:data:`STAND_IN_NAME`) and that hold records (``const fallbackPublications = {"2026": [{title: ...}]}``), each
    with its records (read once, for the site's reader to judge): what the site's reader says it did not read, each
    once.

    >>> m = read_module("const fallbackPubs = [{title: 'A'}];\\nconst mockLabel = 'x';\\nconst pubs = [{title: 'B'}]")
    >>> [(b.name, b.line, len(records)) for b, records in stand_in_bindings(m)]
    [('fallbackPubs', 1, 1)]
    """
    return [(b, records) for b in module.bindings if STAND_IN_NAME.match(b.name)
            and (records := [d for d, _s, _k in js_records(module, nested=True, stand_in=b)])]


_STAND_IN_WORDS = "fallback|placeholder|dummy|mock"
"""The words a binding's name opens with that say it stands in for the site's data (:data:`STAND_IN_NAME`,
:data:`STAND_IN_PREFIX`)."""

STAND_IN_NAME = re.compile(rf"(?:{_STAND_IN_WORDS})(?:[A-Z_\d]|$)|(?:{_STAND_IN_WORDS.upper()})_")
"""A binding named as a stand-in for the site's data (``fallbackPublications``, shown only when the page cannot
fetch its ``publications.json``; a template's ``MOCK_NEWS``): read only when the site reader admits it
(:data:`INVENTED_NAME`; a module holding no others is the site's code, as one holding no data is). (Not ``demo*``:
``demoVideos`` is the owner's demos, a kind of work.)"""

STAND_IN_PREFIX = re.compile(rf"(?i)^_*(?:{_STAND_IN_WORDS})_*")
"""The stand-in word a binding's name opens with (``fallbackPublications``, ``FALLBACK_EDUCATION``): what is left
after it names the list it stands in for."""

INVENTED_NAME = re.compile(r"(?:placeholder|dummy|mock)(?:[A-Z_\d]|$)|(?:PLACEHOLDER|DUMMY|MOCK)_")
"""A stand-in binding (:data:`STAND_IN_NAME`) whose name says its records are made up, never read: real modules'
``mockPublications`` are a test's or a mock-up's invented rows ("Your Name" among a paper's authors, a made-up
professor's papers, "todo: remove mock functionality"), none the owner's. A ``fallback*`` binding is what the page
shows when it cannot fetch its data, and on a site that keeps its data in a database or an API it is often the
owner's only copy in the repository (a React site's ``fallbackPublications``, ``fallbackEducation``): the site
reader sets it aside only when the site has another source of that list or its records are a template's samples
(:func:`~.record_files.stand_ins`)."""


def js_record(module: Module) -> tuple[dict, dict[str, tuple[int, int]]] | None:
    """The one object a module is about (``export const paper: Publication = {...}; export default paper``): its
    default export when that is an object, else its one top-level object; None when it binds none or several
    (a template file's two examples), or an array."""
    default = next((b.value for b in module.bindings if b.name == "default" and b.top), None)
    if isinstance(default, dict):
        return dict(default), module.spans_of(default)
    if default is not None:
        return None
    tops = {id(b.value): b.value for b in module.bindings if b.top and isinstance(b.value, (dict, list))}
    values = list(tops.values())
    if len(values) != 1 or not isinstance(values[0], dict):
        return None
    return dict(values[0]), module.spans_of(values[0])


_SITE_CONSTANT = re.compile(r"SITE_([A-Z][A-Z0-9]*)")
"""A module's constant holding one setting of its site (``SITE_TITLE``, ``SITE_URL``, ``SITE_AUTHOR``): the setting's
key in lower case."""
_CONFIG_WRAPPERS = ("siteMetadata", "customFields", "site_config", "siteConfig", "config", "SITE", "site")
"""The objects a configuration module keeps its site's settings in (Gatsby's ``siteMetadata``, Docusaurus'
``customFields``, a data module's ``export const SITE = {...}``): their keys read as the configuration's own."""

_NAME_KEYS = ("name", "fullName", "full_name", "englishName", "english_name", "author_name", "authorName", "author")
"""(Looked up whatever their case: ``FULL_NAME``, ``AUTHOR``.)"""
"""The keys of an object about a person that give their name (astro-academia's ``profile.fullName``)."""


def config_data(module: Module) -> tuple[dict, dict[str, tuple[int, int]]]:
    """A JavaScript or TypeScript configuration module (``gatsby-config.js``, ``docusaurus.config.js``,
    ``astro.config.mjs``, ``src/config.ts``, ``src/settings.ts``, ``data/site.js`` ...) as the mapping a YAML
    site configuration is, with its keys' lines: its default export's (``module.exports``, ``export default``)
    keys and its named objects (``export const social = {...}``) at the top, the keys of the objects it keeps its
    settings in (:data:`_CONFIG_WRAPPERS`) too, and the object about its owner (``export const profile =
    {fullName: ..., title: ...}``, ``author: {name: ...}``) as ``author``, its name under ``name``.

    >>> m = read_module("export const profile = {fullName: 'Ana Ruiz', title: 'Hydrologist'}; export const x = 1")
    >>> config_data(m)[0]["author"]
    {'fullName': 'Ana Ruiz', 'title': 'Hydrologist', 'name': 'Ana Ruiz'}
    """
    data: dict = {}
    spans: dict[str, tuple[int, int]] = {}

    def put(values: dict, where: dict[str, tuple[int, int]], line: int) -> None:
        for key, value in values.items():
            if key not in data:
                data[key], spans[key] = value, where.get(key, (line, line))

    tops = [b for b in module.bindings if b.top]
    for b in tops:
        if isinstance(b.value, dict) and (b.name == "default" or b.name.startswith(("module.exports", "exports"))):
            put(b.value, module.spans_of(b.value), b.line)
    for b in tops:
        if b.name != "default" and not b.name.startswith(("module.", "exports")):
            put({b.name: b.value}, {}, b.line)
    for key in _CONFIG_WRAPPERS:
        if isinstance(data.get(key), dict):
            put(data[key], module.spans_of(data[key]), spans[key][0])
    for b in tops:
        # the settings written as constants of their own, the "SITE" object flattened (the Astro blog starter's
        # "export const SITE_TITLE = 'Ana Ruiz'", "SITE_URL", "SITE_AUTHOR"): its keys, as "SITE.title" gives them
        setting = _SITE_CONSTANT.fullmatch(b.name)
        if setting:
            put({setting.group(1).lower(): b.value}, {}, b.line)
    return owner_as_author(data, spans)


def owner_as_author(data: dict, spans: dict[str, tuple[int, int]]) -> tuple[dict, dict[str, tuple[int, int]]]:
    """A site's settings (a configuration module's, :func:`config_data`, or a data file of settings) with the
    object about its owner (``profile = {fullName: ..., title: ...}``, ``identity: {name: ...}``, ``author: {name:
    ...}``) as ``author``, its name under ``name``; else its own constants (``FULL_NAME = '...'``) when they name
    someone. Settings naming nobody are returned as they are.

    >>> settings = {"identity": {"name": "Ana Ruiz", "role": "Hydrologist"}, "seo": {"title": "x"}}
    >>> owner_as_author(settings, {})[0]["author"]
    {'name': 'Ana Ruiz', 'role': 'Hydrologist'}
    """
    from .owner import person_title

    def named(value: object) -> str | None:
        if not isinstance(value, dict):
            return None
        lowered = {str(k).lower(): v for k, v in value.items()}
        for key in _NAME_KEYS:
            text = lowered.get(key.lower())
            if isinstance(text, dict):  # ({name: "..."}; {first: "Ana", last: "Ruiz"})
                parts = [text.get(k) for k in ("first", "firstName", "given", "last", "lastName", "family")]
                text = text.get("name") or " ".join(p for p in parts if isinstance(p, str))
            if isinstance(text, str) and person_title(text):
                return person_title(text)
        return None

    author = data.get("author")
    if not (isinstance(author, str) and person_title(author) or named(author)):
        # the object about the owner ("export const profile = {fullName: ...}", "AUTHOR = {name: ...}"), else the
        # module's own constants ("export const FULL_NAME = '...'; export const GITHUB = '...'")
        owner = next(((k, v) for k, v in data.items() if named(v)), None) or (("", data) if named(data) else None)
        if owner is not None:
            data = {**data, "author": {**owner[1], "name": named(owner[1])}}
            spans = {**spans, "author": spans.get(owner[0], (1, 1))}
    elif isinstance(author, dict) and not isinstance(author.get("name"), str):
        data = {**data, "author": {**author, "name": named(author)}}
    return data, spans


__all__ = ["Binding", "Module", "config_data", "js_record", "js_records", "module_of", "read_module",
           "stand_in_bindings", "INVENTED_NAME", "STAND_IN_NAME", "STAND_IN_PREFIX"]


def rendered_markup(text: str) -> str | None:
    """The HTML a React component module's JSX writes, line for line where the module writes it (so that a page
    reader's lines are the module's): its HTML tags, texts and constant ``{" "}`` parts as written; the code
    around them, a ``{...}`` part it computes or a comment, an attribute it computes, a fragment's ``<>`` and a
    component's tag (``<Links />``, ``<Link to={x}>``) are blanked; None for a module that writes no JSX."""
    tree = _parse(text, True)
    source = tree.root_node.text
    out = bytearray(b if b == 10 else 32 for b in source)  # (every line kept, its code blanked)
    keep: list[tuple[int, int]] = []  # the byte ranges of the markup written as is
    put: list[tuple[int, bytes]] = []  # a constant part's text, at its place

    def markup(node) -> None:
        if node.type == "jsx_text" or node.type == "html_character_reference":
            keep.append((node.start_byte, node.end_byte))
        elif node.type == "jsx_expression":
            inner = _sole(node)
            if inner is not None and inner.type == "string":
                value = _string(inner, lambda _n: _UNKNOWN)
                if isinstance(value, str) and "\n" not in value:
                    put.append((node.start_byte, value.encode("utf-8")[:node.end_byte - node.start_byte]))
            elif inner is not None and inner.type in _JSX_NODES + ("parenthesized_expression",):
                markup(inner)
        elif node.type == "jsx_self_closing_element":
            if _html_tag(node):
                tag(node)
        elif node.type in ("jsx_element", "parenthesized_expression"):
            for child in node.named_children:
                if child.type in ("jsx_opening_element", "jsx_closing_element"):
                    if _html_tag(child):
                        tag(child)
                else:
                    markup(child)

    def tag(node) -> None:
        keep.append((node.start_byte, node.end_byte))
        for attr in node.named_children:
            if attr.type == "jsx_attribute" and any(c.type == "jsx_expression" for c in attr.named_children):
                out_blank.append((attr.start_byte, attr.end_byte))
            elif attr.type == "jsx_attribute" and attr.named_children and attr.named_children[0].text == b"className":
                # (the "class" React writes for "className", padded to its length: "class    =" is HTML too)
                put.append((attr.named_children[0].start_byte, b"class    "))

    out_blank: list[tuple[int, int]] = []
    stack = [tree.root_node]
    found = False
    while stack:
        node = stack.pop()
        if node.type in _JSX_NODES:
            found = True
            markup(node)
            continue
        stack.extend(node.named_children)
    if not found:
        return None
    for first, last in keep:
        out[first:last] = source[first:last]
    for first, last in out_blank:
        out[first:last] = bytes(b if b == 10 else 32 for b in source[first:last])
    for at, value in put:
        out[at:at + len(value)] = value
    return out.decode("utf-8", "replace").replace(_AMPERSAND, "&")


def _html_tag(node) -> bool:
    """Whether a JSX tag is an HTML element's (``<a>``, ``<p>``), not a component's (``<Links>``) nor a fragment's."""
    name = node.child_by_field_name("name")
    return name is not None and name.type == "identifier" and name.text.decode("utf-8", "replace")[:1].islower()
