"""One page of a site: which section it is, and how the page reader reads it.

Takes a page file; gives the section its file name, title or first heading names (publications, students,
news, awards ...), a markdown page as its site renders it (its ``title:`` as heading), its profile from the
page reader (:mod:`kg.importers.page.parse`, imported when used) or a part saying why the reader refused it; a
BibTeX file a page shows, as a part of publications (:func:`bibtex_part`).
"""

from __future__ import annotations

import html as _html
import re
from pathlib import Path

from ...errors import SourceError
from ...model import Person, Profile, Unparsed
from ..base import ImportOptions, SourceDoc
from ..common import section_kind
from ..document import front_matter_or_none
from .assemble import Part
from .fields import as_text, md_text
from .files import doc_or_none


MAX_LINKED_PAGES = 20


UNLINKED_KINDS = ("publications", "students", "news", "awards")
"""What an unlinked page of the site must be about to be read (its name, title or first heading says so)."""
CV_NAMES = ("cv", "resume", "vita", "curriculum-vitae", "curriculum_vitae")
"""What a site calls the owner's CV page (``cv.md``, ``CV.htm``): read for the person only."""


def name_kind(path: Path) -> str | None:
    """The section a page's file name names: ``publications.html``, ``papers_full.html``, ``papersfull.html``
    (a section word at either end of a run-together name), ``People/index.html``."""
    stem = path.stem if path.stem.lower() not in ("index", "default") else path.parent.name
    words = re.sub(r"[_\-.]+", " ", stem).strip()
    kind = section_kind(words)
    if kind is None and " " not in words and len(words) > 6:
        for cut in range(4, len(words) - 2):
            kind = section_kind(words[:cut]) if len(words) - cut <= 5 else None
            kind = kind or (section_kind(words[cut:]) if cut <= 5 else None)
            if kind:
                break
    return kind


def content_kind(doc: SourceDoc) -> str | None:
    """The section a page's ``<title>`` (a piece of it) or first ``<h1>``/``<h2>`` names."""
    head = doc.text[:30000]
    texts: list[str] = []
    m = re.search(r"<title[^>]*>(.*?)</title>", head, re.I | re.S)
    if m:
        texts += re.split(r"\s[|\-–—:·]\s|\|", _html.unescape(re.sub(r"<[^>]+>", "", m.group(1))))
    texts += [_html.unescape(re.sub(r"<[^>]+>", "", h)) for h in re.findall(r"<h[12][^>]*>(.*?)</h[12]>", head,
                                                                             re.I | re.S)[:2]]
    for t in texts:
        kind = section_kind(" ".join(t.split()))
        if kind:
            return kind
    return None


def read_page(doc: SourceDoc, kind: str, owner: str | None, base_url: str | None = None,
              section: str | None = None) -> Profile:
    """One page of a site through the page reader (the only place this module calls it, besides the
    academicpages about page): ``kind`` is "html" or "markdown" (markdown, ``.qmd``, a README; ``section``: the
    section it is from its first line, when its title does not say); ``base_url`` resolves relative links."""
    from ..page.parse import parse_html, parse_markdown_page

    if kind == "html":
        return parse_html(doc, ImportOptions(owner=owner), base_url=base_url)
    return parse_markdown_page(doc, ImportOptions(owner=owner, base_url=base_url), section=section)


def read_view(doc: SourceDoc, lines: list[str], owner: str) -> Profile | None:
    """Text a site keeps in data (a record's prose, a list of whole citations) read by the one page reader as a
    small markdown page of ``lines``, shown under ``doc``'s name; None when the reader finds no page in it."""
    from ..page.parse import parse_markdown_page

    view = SourceDoc(doc.path, "\n".join(lines), display=doc.display)
    try:
        return parse_markdown_page(view, ImportOptions(owner=owner))
    except SourceError:
        return None


def prose_person(doc: SourceDoc, name: str, paragraphs: list[str], items: list[str] = (),
                 items_heading: str = "Education") -> Person:
    """What prose of a data record or front matter says of its person (``bio:``, ``position:``, ``education1:``),
    read by the one page reader (:func:`read_view`): the name as heading, the paragraphs, the items as a list
    under ``items_heading``."""
    lines = [f"# {name}", ""]
    for text in paragraphs:
        if text and text.strip():
            lines += [" ".join(text.split()), ""]
    items = [" ".join(t.split()) for t in items if t and t.strip()]
    if items:
        lines += [f"## {items_heading}", "", *(f"- {t}" for t in items), ""]
    page = read_view(doc, lines, name)
    person = page.person if page is not None else Person(name=name)
    person.name = name
    for aff in person.affiliations:
        if aff.name.startswith("the ") and len(aff.name) > 8:
            aff.name = aff.name[4:]  # "at the University of Lakeside": the article is the sentence's, not the name's
    return person


def merge_prose(person: Person, read: Person) -> None:
    """Fill ``person`` with what :func:`prose_person` read and it lacks: job, affiliations, education,
    advisors, interests."""
    person.job_title = person.job_title or read.job_title
    if not person.affiliations:
        person.affiliations = list(read.affiliations)
    if not person.education:
        person.education = list(read.education)
    person.advisors += [a for a in read.advisors if a not in person.advisors]
    if not person.interests:
        person.interests = list(read.interests)
    for alt in read.alternate_names:
        if alt not in person.alternate_names:
            person.alternate_names.append(alt)


def unread_part(rel: str, doc: SourceDoc, kind: str, err: SourceError, checksum: str | None = None) -> Part:
    """A page the page reader refused: its lines are not data, one note says why."""
    part = Part(rel, doc, kind, checksum=checksum)
    part.extra_unparsed.append(Unparsed(line=err.line or 1, text=f"page not read: {err.message}", file=rel))
    doc.ignore(1, len(doc.lines))
    return part


_MDX_CODE = re.compile(r"^\s*(?:import\s.+\sfrom\s|import\s+['\"]|export\s)")


_JSX_ELEMENT = re.compile(r"<[A-Z][\w.]*(?:\s[^<>]*)?/>")
"""A React component written inline in MDX (``<LabFlask size="1em" />``): an icon or widget, no text."""


_RST_ADORNMENT = re.compile(r"""^([=\-#~^*+"'`:.])\1{2,}\s*$""")
_RST_FIELD = re.compile(r"^:([A-Za-z][\w-]*):(?:\s+(.*))?$")
_RST_DIRECTIVE = re.compile(r"^(\s*)\.\.\s+(?:[\w:-]+::|_[^:]+:|\|[^|]+\|)?")
_RST_LINK = re.compile(r"`([^`<>]+?)\s*<([^<>`\s]+)>`__?")
_RST_ROLE = re.compile(r":[\w:-]+:`([^`]+)`")
_RST_BARE_URL = re.compile(r"""(?<![(<\["'=`/\w])(https?://[^\s<>`"')\]]+[^\s<>`"')\].,;:])""")
_RST_GRID_BORDER = re.compile(r"^\s*\+(?:[-=]+\+)+\s*$")


def rst_view(doc: SourceDoc) -> SourceDoc:
    """A reStructuredText page (Pelican, Sphinx) as the markdown reader should see it, line for line: section
    titles (a line over an underline of one punctuation mark) as headings, levels in the order their marks
    first appear; the document's field list (``:save_as: index.html``, ``:author:``), comments and directive
    lines blanked, the blocks under directives (``.. table::``) dedented; ```text <url>`_`` links and
    ``:role:`text``` as markdown; a grid table's borders blanked and each row a line of its cells."""
    lines = doc.text.split("\n")
    out = list(lines)
    blank: set[int] = set()
    levels: list[str] = []
    title_seen = False
    i = 0
    while i < len(lines):
        line = lines[i]
        text = line.strip()
        under = lines[i + 1] if i + 1 < len(lines) else ""
        m = _RST_ADORNMENT.match(under)
        if text and m and not _RST_ADORNMENT.match(line) and len(under.rstrip()) >= len(text) and not line[:1].isspace():
            over = i > 0 and _RST_ADORNMENT.match(lines[i - 1]) is not None and lines[i - 1].strip()[:1] == m.group(1)
            key = m.group(1) + ("o" if over else "")
            if key not in levels:
                levels.append(key)
            out[i] = "#" * min(levels.index(key) + 1, 6) + " " + text
            out[i + 1] = ""
            blank.add(i + 1)
            if over:
                out[i - 1] = ""
                blank.add(i - 1)
            title_seen = True
            i += 2
            continue
        if _RST_FIELD.match(line) and (not title_seen or all(not x.strip() or _RST_FIELD.match(x) or x.startswith("#")
                                                              for x in out[:i])):
            out[i] = ""  # the document's metadata, not its text
            blank.add(i)
            i += 1
            continue
        d = _RST_DIRECTIVE.match(line)
        if d and line.lstrip().startswith(".. "):
            out[i] = ""
            blank.add(i)
            indent = len(d.group(1))
            j = i + 1
            block: list[int] = []
            while j < len(lines) and (not lines[j].strip() or len(lines[j]) - len(lines[j].lstrip()) > indent):
                block.append(j)
                j += 1
            while block and not lines[block[-1]].strip():
                block.pop()
            body = [k for k in block if lines[k].strip()]
            cut = min((len(lines[k]) - len(lines[k].lstrip()) for k in body), default=0)
            options = True  # the directive's options (":width: 50%"): the block's first non-blank lines
            for k in block:
                options = options and (not lines[k].strip() or re.match(r"^\s*:[\w-]+:", lines[k]) is not None)
                if options and lines[k].strip():
                    out[k] = ""
                    blank.add(k)
                else:
                    out[k] = lines[k][cut:]
            i = j
            continue
        i += 1
    for n, line in enumerate(out):
        if n in blank:
            continue
        if _RST_GRID_BORDER.match(line):
            out[n] = ""
            blank.add(n)
            continue
        row = re.match(r"^\s*\|(.*)\|\s*$", line)
        if row:
            cells = [c.strip() for c in row.group(1).split("|")]
            cells = [c for c in cells if c and not c.startswith(".. ")]
            out[n] = " | ".join(cells)
            line = out[n]
            if not cells:
                blank.add(n)
                continue
        line = _RST_BARE_URL.sub(r"<\1>", line)  # a standalone address is a link in reST
        line = _RST_LINK.sub(lambda m: f"[{m.group(1)}]({m.group(2)})", line)
        line = _RST_ROLE.sub(r"\1", line).replace("``", "`")
        out[n] = line
    view = SourceDoc(path=doc.path, text="\n".join(out), display=doc.display)
    for n in blank:
        view.ignore(n + 1)
    return view


def _page_view(doc: SourceDoc) -> SourceDoc:
    """A content page as the markdown reader should see it: an MDX page's ``import``/``export`` lines blanked
    and its self-closing components taken out (they are code, not text), a reStructuredText page as markdown
    (:func:`rst_view`); line numbers kept."""
    if doc.path.suffix.lower() == ".rst":
        return rst_view(doc)
    if not doc.path.suffix.lower() == ".mdx":
        return doc
    lines = doc.text.split("\n")
    blanked = [n for n, line in enumerate(lines, start=1) if _MDX_CODE.match(line)]
    lines = [_JSX_ELEMENT.sub("", line) for line in lines]
    for n in blanked:
        lines[n - 1] = ""
    view = SourceDoc(path=doc.path, text="\n".join(lines), display=doc.display)
    for n in blanked:
        view.ignore(n)
    return view


def markdown_part(root: Path, page: Path, owner: str | None, base: str | None) -> Part:
    """A markdown page of the site (markdown, MDX, R Markdown, a notebook's markdown cells ...) read by the page
    reader as its site renders it (:func:`titled_view`: its ``title:`` as heading, else the list kg reads that
    its name, title or first heading names; an MDX page's code left out), its relative links the site's
    (``base``). An empty or unreadable page, or one the reader refuses, is a part that says why (no profile):
    one such page is reported in ``unparsed`` and the rest of the site is still read."""
    from .files import raw_checksum, read_or_blank

    rel = (page.relative_to(root) if page.is_relative_to(root) else page.relative_to(root.resolve())).as_posix()
    source, bad = read_or_blank(root, page)
    if bad is not None:
        return unread_part(rel, source, "markdown", bad, raw_checksum(page))
    section = md_page_kind(page, source)
    doc, _title = titled_view(_page_view(source), fallback=section.capitalize() if section in UNLINKED_KINDS else None)
    try:
        return Part(rel, doc, "markdown", profile=read_page(doc, "markdown", owner, base), checksum=source.checksum)
    except SourceError as err:
        return unread_part(rel, doc, "markdown", err, source.checksum)


def html_part(rel: str, doc: SourceDoc, bad: SourceError | None, owner: str | None, base: str | None,
              checksum: str | None = None) -> Part:
    """An HTML page of the site (``doc``, from :func:`~.files.read_or_blank`) read by the page reader, or a part
    that says why it was not (``bad``: it could not be read as text; or the reader refused it): one such page is
    reported in ``unparsed`` and the rest of the site is still read."""
    if bad is not None:
        return unread_part(rel, doc, "html", bad, checksum)
    try:
        return Part(rel, doc, "html", profile=read_page(doc, "html", owner, base))
    except SourceError as err:
        return unread_part(rel, doc, "html", err)


def bibtex_part(root: Path, path: Path, owner: str | None, cited: set[str] | None = None,
                pdf_base: str | None = None) -> Part:
    """A BibTeX file of the site that a page shows (named by its front matter's ``bibliography:``, a Sphinx
    ``bibliography`` directive, a script that draws it), read as a part of publications: only the entries whose
    keys are ``cited`` when given; ``pdf_base`` the address its relative file names (``pdf = "a.pdf"``) are
    published under. An empty or unreadable file is a part that says why."""
    from ..bibtex import read_bibtex
    from .files import raw_checksum, read_or_blank

    rel = path.resolve().relative_to(root.resolve()).as_posix()
    doc, bad = read_or_blank(root, path)
    if bad is not None:
        return unread_part(rel, doc, "bibtex", bad, raw_checksum(path))
    result = read_bibtex(doc.text, owner, doc=doc, file=rel, cited=cited, pdf_base=pdf_base)
    doc.sections[1] = "publications"
    return Part(rel, doc, "bibtex", publications=result.publications)


def titled_view(doc: SourceDoc, fallback: str | None = None) -> tuple[SourceDoc, str | None]:
    """A markdown page as its site renders it: the front matter blanked and its ``title:`` shown as the
    page's heading on the title's own line (line numbers kept), so a page titled "Publications" reads as
    that section. A page with an empty title is headed by ``fallback`` (the section its file name says) on
    its first fence line. Returns the view and the title."""
    fm = front_matter_or_none(doc)
    if fm is None:
        return doc, None
    title = md_text(as_text(fm.data.get("title")) or "") or None
    if not fm.fence_lines:
        return doc, title
    lines = doc.text.split("\n")
    first, last = fm.fence_lines
    for n in range(first, last + 1):
        lines[n - 1] = ""
    if title and "title" in fm.spans:
        lines[fm.spans["title"][0] - 1] = f"# {title}"
        # the layout's "{{ page.title }}" shows the same title
        lines = [re.sub(r"\{\{-?\s*page\.title\s*-?\}\}", title, line) for line in lines]
    elif fallback:
        lines[first - 1] = f"# {fallback}"
    view = SourceDoc(path=doc.path, text="\n".join(lines), display=doc.display)
    return view, title


_KRAMDOWN_ATTRS = re.compile(r"\{:[^{}\n]*\}")


def front_prose_view(doc: SourceDoc) -> SourceDoc | None:
    """A splash page (minimal-mistakes' ``layout: splash``) whose text is in its front matter: the header's
    ``excerpt`` and the ``intro`` blocks' excerpts, shown as paragraphs on their keys' lines (line numbers kept,
    the rest of the front matter blanked, kramdown's ``{:target="_blank"}`` left out); None when the page's body
    has prose of its own or the front matter holds none."""
    fm = front_matter_or_none(doc)
    if fm is None:
        return None
    if not isinstance(fm.data, dict) or not fm.fence_lines:
        return None
    lines = doc.text.split("\n")
    body = [ln for ln in lines[fm.body_start - 1:] if not re.match(r"\s*(?:\{[{%]|<)", ln)]
    if re.search(r"[^\W\d_]{3,}(?:\s+[^\W\d_]+){3,}", "\n".join(body)):
        return None  # the page's own text
    texts: list[tuple[int, str]] = []
    header = fm.data.get("header") if isinstance(fm.data.get("header"), dict) else {}
    for key, value in (("excerpt", fm.data.get("excerpt")), ("header", header.get("excerpt"))):
        if as_text(value) and key in fm.spans:
            texts.append((fm.spans[key][0], as_text(value)))
    intro = fm.data.get("intro")
    if isinstance(intro, list) and "intro" in fm.spans:
        prose = [as_text(i.get("excerpt")) for i in intro if isinstance(i, dict) and as_text(i.get("excerpt"))]
        if prose:
            texts.append((fm.spans["intro"][0], " ".join(prose)))
    if not texts:
        return None
    first, last = fm.fence_lines[0], fm.body_start - 1
    for n in range(first, last + 1):
        lines[n - 1] = ""
    for n, text in texts:
        text = _KRAMDOWN_ATTRS.sub("", re.sub(r",?\s*<br\s*/?>\s*", ", ", text))
        lines[n - 1] = " ".join(text.split())
    return SourceDoc(path=doc.path, text="\n".join(lines), display=doc.display)


def html_page_kind(path: Path) -> str | None:
    """The section an HTML page is about: by its file name, else its ``<title>`` or first heading (the page is
    read only then; None when it cannot be)."""
    kind = name_kind(path)
    if kind is None:
        doc = doc_or_none(path)
        kind = content_kind(doc) if doc is not None else None
    return kind


def md_page_kind(path: Path, doc: SourceDoc | None) -> str | None:
    """The section a markdown page is about: by its file name, else its ``title:``, else its first heading."""
    kind = name_kind(path)
    if kind is None and doc is not None:
        _view, title = titled_view(doc)
        kind = section_kind(title) if title else None
        if kind is None:
            # (after the front matter: a TOML front matter's "# Awards." is a comment, no heading)
            fm = front_matter_or_none(doc)
            body = "\n".join(doc.text.split("\n")[fm.body_start - 1:]) if fm is not None else doc.text
            m = re.search(r"^#{1,2}\s+(.+)$", body, re.M)
            kind = section_kind(m.group(1)) if m and "{" not in m.group(1) else None
    return kind
