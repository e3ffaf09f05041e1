"""One page of a site: which section it is, and how the page reader reads it.

Takes a page file; gives the section its file name, title or first heading names (publications, students,
news, awards ...), a markdown page as its site renders it (its ``title:`` as heading), its profile from the
page reader (:mod:`kg.importers.page.parse`, imported when used) or a part saying why the reader refused it; a
BibTeX file a page shows, as a part of publications (:func:`bibtex_part`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

from ...errors import SourceError, internal_error
from ...model import Person, Profile, Unparsed
from ..base import ImportOptions, SourceDoc
from ..common import lazy_compile, IMAGE_EXTENSIONS, DOCTORATE, PELICAN_PATH, TITLE_SEPARATOR, fold, is_student_role, markup_text, section_kind
from ..document import (HEADING_LINE, FrontMatter, blank_template_html, front_matter_or_none, front_matter_span,
                        links_over_lines, placed_links)
from .assemble import Part
from .fields import as_text, md_text, plain_text, translation_name
from .files import doc_or_none, load_yaml_file, raw_checksum, read_or_blank, rel_path


MAX_LINKED_PAGES = 20


UNLINKED_KINDS = ("publications", "students", "news", "awards")
"""What an unlinked page of the site must be about to be read (its name, title or first heading says so)."""
CV_NAMES = ("cv", "resume", "vita", "vitae", "curriculum-vitae", "curriculum_vitae", "curriculo", "lebenslauf")
"""What a site calls the owner's CV page (``cv.md``, ``CV.htm``; in German ``lebenslauf.html``, in Spanish or
Portuguese ``curriculo.md``): read for the person only. Not ``curriculum.html``: in English a course programme's
page (its degrees and office e-mail no one's), whatever it means in Italian."""
_PI_PAGE = re.compile(r"(?i)(?:the\s+|our\s+)?(?:pi|principal\s+investigator|lab\s+director)")
"""A lab site's page of its head by its file name (``PI.html``, ``principal-investigator.md``): the owner's about page
(the site is the lab's, its owner the head)."""


def cv_page(rel: str) -> bool:
    """Whether a page of the site is the owner's CV by its name or its folder's (``cv.md``, ``cv/index.md``, Hugo's
    section page ``cv/_index.md``).

    >>> cv_page("cv.md"), cv_page("content/en/cv/_index.md"), cv_page("vita/index.html"), cv_page("cv/talks.md")
    (True, True, True, False)

    An Astro content collection's entry is the page of its collection's folder, a language's folder or name apart
    (``src/content/cv/en/main.md``, ``src/content/cv/en.md``):

    >>> cv_page("src/content/cv/en/main.md"), cv_page("src/content/cv/en.md"), cv_page("src/content/cv/ml.md")
    (True, True, False)
    """
    stem, *folders = reversed(rel.lower().rsplit(".", 1)[0].split("/"))
    if folders and folders[0] not in CV_NAMES and translation_name(folders[0]):
        folders = folders[1:]  # ("cv/en/main.md": the English entry of the "cv" collection)
    return stem in CV_NAMES or (stem in ("index", "_index", "main") or translation_name(stem)) and bool(folders) \
        and folders[0] in CV_NAMES


def _stem_words(path: Path) -> str:
    """A page's file name as words (``index.md`` by its folder's): "RecentPublicationsByDate.html" as "Recent
    Publications By Date", "the-pi.md" as "the pi"."""
    stem = path.stem if path.stem.lower() not in ("index", "_index", "default") else path.parent.name
    # ("RecentPublicationsByDate.html", "SelectedPapers.htm": words run together in capitals are words)
    return re.sub(r"[_\-.]+|(?<=[a-z])(?=[A-Z][a-z])", " ", stem).strip()


def another_pi_page(rel: str, doc: SourceDoc | None, owner: str | None) -> bool:
    """Whether a page of the site (``rel``) is a lab's PI page (``PI.html``, :data:`_PI_PAGE`) headed by a name
    other than the owner's (a student's site with a page on their advisor, "# Jane Roe" over her degrees): that
    page is about another person, its degrees and links not the owner's."""
    from .assemble import headed_by_another

    return bool(owner) and doc is not None and _PI_PAGE.fullmatch(_stem_words(PurePosixPath(rel))) is not None \
        and headed_by_another(doc, Person(name=owner))


def pi_page_of_another(rel: str, part: Part, owner: str | None) -> Part:
    """``part`` (a page of the site, ``rel``) with no particulars of a person when :func:`another_pi_page` (its
    works, if any, are judged as any page's)."""
    if part.profile is not None and another_pi_page(rel, part.doc, owner):
        part.profile.person = Person(name=owner)
    return part


def name_kind(path: Path) -> str | None:
    """The section a page's file name names: ``publications.html``, ``papers_full.html``, ``papersfull.html``
    (a section word at either end of a run-together name), ``RecentPublicationsByDate.html`` (words run together in
    capitals), ``People/index.html``, Hugo's section page
    ``research/_index.md``."""
    words = _stem_words(path)
    kind = section_kind(words)
    if kind is None and " " not in words and re.fullmatch(r"[a-z]{4,}(?:us|me)", words, re.I):
        # "contactus.htm", "aboutus.html", "aboutme.md": "Contact Us", "About Us", "About Me" run together
        kind = section_kind(f"{words[:-2]} {words[-2:]}")
    if kind is None and _PI_PAGE.fullmatch(words):
        kind = "bio"  # "PI.html", "the-pi.md": the lab head's page
    if kind is None and " " not in words and len(words) > 6:
        for cut in range(4, len(words) - 2):
            kind = section_kind(words[:cut]) if len(words) - cut <= 5 else None
            kind = kind or (section_kind(words[cut:]) if cut <= 5 else None)
            if kind:
                break
    return kind


def title_pieces(html_text: str) -> list[str]:
    """The pieces of the ``<title>`` in the first 30,000 characters of an HTML page (``<title>Jane Roe |
    Papers</title>`` -> ``["Jane Roe", "Papers"]``), markup and entities gone; none without a title."""
    m = re.search(r"<title[^>]*>(.*?)</title>", html_text[:30000], re.I | re.S)
    return TITLE_SEPARATOR.split(markup_text(m.group(1))) if m else []


def content_kind(doc: SourceDoc) -> str | None:
    """The section a page's ``<title>`` (a piece of it) or first ``<h1>``/``<h2>`` names."""
    head = doc.text[:30000]
    texts = title_pieces(head)
    texts += [markup_text(h) for h in re.findall(r"<h[12][^>]*>(.*?)</h[12]>", head,
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
        span = front_matter_span(doc.text) if doc.text.startswith("---") else None
        if span:
            # a generator's HTML source (front matter, Liquid): its settings and what its loops print (the data
            # files', read where the data is) are no text of the page; the page read without them, its lines
            # marked on the page's doc
            text, blanked = blank_template_html(doc.text, base_url, span)
            view = line_view(doc, text.split("\n"), [n - 1 for n in blanked])
            profile = parse_html(view, ImportOptions(owner=owner), base_url=base_url)
            doc.used |= view.used
            doc.ignored |= view.ignored
            return profile
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


def prose_person(doc: SourceDoc, name: str, paragraphs: list[str], items: list[str] = ()) -> Person:
    """What prose of a data record or front matter says of its person (``bio:``, ``position:``, ``education1:``),
    read by the one page reader (:func:`read_view`): the name as heading, the paragraphs, the items as a list
    under "Education"."""
    lines = [f"# {name}", ""]
    for text in paragraphs:
        if text and text.strip():
            lines += [" ".join(text.split()), ""]
    items = [" ".join(t.split()) for t in items if t and t.strip()]
    if items:
        lines += ["## Education", "", *(f"- {t}" for t in items), ""]
    page = read_view(doc, lines, name)
    person = page.person if page is not None else Person(name=name)
    person.name = name
    for aff in person.affiliations:
        if aff.name.startswith("the ") and len(aff.name) > 8:
            aff.name = aff.name[4:]  # "at the University of Lakeside": the article is the sentence's, not the name's
    return person


def _outdated_student_role(person: Person, read: Person) -> bool:
    """Whether the role a page's settings give (``role: Ph.D. Student``) is a student's whose doctorate the prose
    says was earned, the prose stating a position that is no student's ("I am a Lead Engineer at X. Previously,
    I earned my Ph.D. ..."): the settings were left behind, the prose is the newer."""
    return bool(person.job_title and read.job_title and is_student_role(person.job_title)
                and not is_student_role(read.job_title) and read.affiliations
                and any(e.degree and DOCTORATE.search(e.degree) for e in read.education))


def merge_prose(person: Person, read: Person) -> None:
    """Fill ``person`` with what :func:`prose_person` read and it lacks: job, affiliations, education,
    advisors, interests, the address the prose gives ("Email: ann [at] uni [dot] edu", a sidebar's bio) (and the
    prose's position over a student's role it tells was left behind)."""
    from ..page.person import add_advisors  # (loaded with the prose reader that read ``read``)

    if _outdated_student_role(person, read):
        person.job_title = read.job_title
        for aff in person.affiliations:
            aff.current = False
        person.affiliations = [*read.affiliations, *(a for a in person.affiliations
                                                     if all(fold(a.name) != fold(r.name) for r in read.affiliations))]
    person.job_title = person.job_title or read.job_title
    person.email = person.email or read.email
    if not person.affiliations:
        person.affiliations = list(read.affiliations)
    if not person.education:
        person.education = list(read.education)
    add_advisors(person.advisors, read.advisors)
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


def unread_file(root: Path, path: Path, kind: str, err: SourceError) -> list[Part]:
    """The :func:`unread_part` of a site's file its reader refused (``err``), the file read again as text to say so:
    none when it cannot be read at all. The one way every site reader keeps a refused file in its account."""
    doc = doc_or_none(path)
    return [] if doc is None else [unread_part(rel_path(root, path), doc, kind, err)]


def read_part(rel: str, doc: SourceDoc, kind: str, read: Callable[[], Part], checksum: str | None = None) -> Part:
    """The part ``read`` makes of one file of a site, or one that says why there is none: the reader refused the
    file, or failed on it (a bug in kg: the rest of the site is still read, and the file's note says so)."""
    try:
        return read()
    except SourceError as err:
        return unread_part(rel, doc, kind, err, checksum)
    except Exception as exc:  # noqa: BLE001 - one file's bug costs that file, not the site
        return unread_part(rel, doc, kind, internal_error(exc), checksum)


_MDX_CODE = re.compile(r"^\s*(?:import\s.+\sfrom\s|import\s+['\"]|export\s)")


_JSX_ELEMENT = re.compile(r"<[A-Z][\w.]*(?:\s[^<>]*)?/>")
"""A React component written inline in MDX (``<LabFlask size="1em" />``): an icon or widget, no text."""


_RST_ADORNMENT = re.compile(r"""^([=\-#~^*+"'`:.])\1{2,}\s*$""")
_RST_FIELD = re.compile(r"^:([A-Za-z][\w-]*):(?:\s+(.*))?$")
_RST_DIRECTIVE = re.compile(r"^(\s*)\.\.\s+(?:[\w:-]+::|_[^:]+:|\|[^|]+\|)?")
_RST_LINK = re.compile(r"`([^`<>]+?)\s*<([^<>`\s]+)>`__?")
_RST_ROLE = re.compile(r":[\w:-]+:`([^`]+)`")
BARE_ADDRESS = re.compile(r"""(?<![(<\["'=`/\w])(https?://[^\s<>`"')\]]+[^\s<>`"')\].,;:])""")
"""An address written out in a page's text, not a link's target nor a link's own text (not after "(", "<", "[", a
quote or "="), its closing punctuation left out: what reST and GitHub's markdown make a link of."""
_RST_GRID_BORDER = re.compile(r"^\s*\+(?:[-=]+\+)+\s*$")


_RST_SUBST_DEF = re.compile(r"^\.\.\s+\|([^|]+)\|\s+(image|replace|unicode|raw)::\s*(.*?)\s*$")
_RST_NAMED_TARGET = re.compile(r"^\.\.\s+_(`[^`]+`|[^:`][^:]*?):\s*(\S+)\s*$")
_RST_ANON_TARGET = re.compile(r"^(?:__|\.\.\s+__:)\s+(\S+)\s*$")
_RST_REFERENCE = lazy_compile(r"`([^`<>]+?)`(__?)(?![\w`])|(?<![\w`/])([A-Za-z][\w.-]*\w)(__?)(?![\w`])")
_RST_SUBST_REF = re.compile(r"\|([^|\s][^|]*?)\|(__?)?(?!\w)")
"""A substitution reference (``|name|``); ``|name|_`` is also a link to the named target ``name``, ``|name|__`` to
the next anonymous target."""
_RST_SUBST_OR_ANONYMOUS = re.compile(_RST_SUBST_REF.pattern + r"|`([^`<>]+?)`(__)(?![\w`])")
"""A substitution reference or an anonymous reference (```text`__``), which take anonymous targets in turn."""
_RST_AUTO_ENUM = re.compile(r"^(\s*)#([.)])(\s+)")
_RST_META = re.compile(r"^\.\.\s+[a-z_]+:(?:\s|$)")
_RST_META_TITLE = re.compile(r"^\.\.\s+title:\s+(\S.*?)\s*$")
"""Nikola's metadata, comments over a page's text (``.. title: Group``, ``.. slug: group``, ``.. date: ...``)."""


def line_view(doc: SourceDoc, lines: list[str], ignored: Iterable[int] = ()) -> SourceDoc:
    """``doc`` as a reader should see it, its lines rewritten one for one (``lines``: line ``k`` of the view is
    line ``k`` of the page, so locations stay exact), the lines in ``ignored`` (counted from 0) no text of the
    page. The one end of every converter here (reST, Org, MDX, a front matter's title)."""
    view = SourceDoc(path=doc.path, text="\n".join(lines), display=doc.display)
    for n in ignored:
        view.ignore(n + 1)
    return view


def autolinked_view(doc: SourceDoc) -> SourceDoc:
    """A markdown page as GitHub shows it (GFM's autolinks), line for line: an address written out in its text
    (``- LinkedIn: https://www.linkedin.com/in/jdoe``) as a link; fenced code, code spans and an address right
    after an HTML tag (an anchor's own text) left as written. ``doc`` itself when it writes no such address.

    >>> autolinked_view(SourceDoc(Path("README.md"), "- Scholar: https://x.org/a. `https://y.org`\\n")).text
    '- Scholar: <https://x.org/a>. `https://y.org`\\n'
    """
    if "://" not in doc.text:
        return doc
    lines = doc.text.split("\n")
    fence = None
    for n, line in enumerate(lines):
        opening = re.match(r"^\s{0,3}(`{3,}|~{3,})", line)
        if fence is not None or opening:
            if fence is None:
                fence = opening.group(1)
            elif line.strip().startswith(fence[0] * len(fence)) and not line.strip().strip(fence[0]):
                fence = None
            continue
        if "://" in line:
            pieces = line.split("`")
            # (between backticks: code; right after a tag's ">": an anchor's text, already a link)
            lines[n] = "`".join(p if k % 2 else BARE_ADDRESS.sub(
                lambda m: m.group(0) if m.string[:m.start()].endswith(">") else f"<{m.group(1)}>", p)
                for k, p in enumerate(pieces))
    text = "\n".join(lines)
    return doc if text == doc.text else line_view(doc, text.split("\n"))


def _rst_key(name: str) -> str:
    return " ".join(name.strip("`").split()).casefold()


def _rst_targets(lines: list[str]) -> tuple[dict[str, str], list[str], dict[str, tuple[str, str]], set[int]]:
    """What a reST page's explicit markup defines for its text: its named hyperlink targets (``.. _water: URL``),
    its anonymous targets in order (``__ URL``, ``.. __: URL``), its substitutions, each its text and the label a
    ``|name|_`` link to its target shows (``.. |orcid| image:: x.png`` with ``:target: URL`` a link labelled by its
    ``:alt:``, else no text and labelled by its ``:alt:`` or the image's file name, ``x``; ``.. |x| replace:: text``
    the text; ``.. |br| raw:: html`` the HTML of its block, ``<br />``), and the lines of the anonymous targets (no
    text of the page)."""
    named: dict[str, str] = {}
    anonymous: list[str] = []
    subst: dict[str, tuple[str, str]] = {}
    lines_used: set[int] = set()
    for i, line in enumerate(lines):
        m = _RST_ANON_TARGET.match(line)
        if m:
            anonymous.append(m.group(1))
            lines_used.add(i)
            continue
        m = _RST_NAMED_TARGET.match(line)
        url = PELICAN_PATH.sub("", m.group(2)) if m else ""
        if m and re.match(r"(?:https?|mailto|ftp):|[\w./-]+$", url):
            named.setdefault(_rst_key(m.group(1)), url)
            continue
        m = _RST_SUBST_DEF.match(line)
        if not m:
            continue
        name, kind, arg = m.group(1), m.group(2), m.group(3)
        options: dict[str, str] = {}
        j = i + 1
        for nxt in lines[i + 1:]:
            o = re.match(r"^\s+:([\w-]+):\s*(.*?)\s*$", nxt)
            if not o:
                break
            options[o.group(1).lower()] = o.group(2)
            j += 1
        if kind == "image":
            target = options.get("target", "")
            label = options.get("alt") or name
            shown = f"[{label}]({target})" if target and not target.endswith("_") else ""
            icon = options.get("alt") or PurePosixPath(arg).stem or name
            subst[_rst_key(name)] = shown, icon
        elif kind == "raw":
            # the directive's indented block is its content, passed to the HTML as written
            block = []
            while j < len(lines) and (not lines[j].strip() or lines[j][:1].isspace()):
                block.append(lines[j].strip())
                j += 1
            html = " ".join(x for x in block if x) if arg.strip().lower() == "html" else ""
            subst[_rst_key(name)] = html, html
        else:
            subst[_rst_key(name)] = arg, arg
    return named, anonymous, subst, lines_used


def rst_view(doc: SourceDoc) -> SourceDoc:
    """A reStructuredText page (Pelican, Sphinx) as the markdown reader should see it, line for line: section
    titles (a line over an underline of one punctuation mark) as headings, levels in the order their marks
    first appear; the document's field list (``:save_as: index.html``, ``:author:``), comments and directive
    lines blanked, the blocks under directives (``.. table::``) dedented; ```text <url>`_`` links and
    ``:role:`text``` as markdown; a grid table's borders blanked and each row a line of its cells."""
    # (spaces closing a line are nothing to reST; to markdown two of them break the line)
    lines = [line.rstrip() for line in doc.text.split("\n")]
    out = list(lines)
    named, anonymous, subst, blank = _rst_targets(lines)
    for n in blank:
        out[n] = ""
    levels: list[str] = []
    title_seen = False
    shift = 0  # the levels below a title the metadata gives
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
            out[i] = "#" * min(levels.index(key) + 1 + shift, 6) + " " + text
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
        meta = _RST_META_TITLE.match(line)
        if meta and not title_seen and all(not x.strip() for x in out[:i]):
            # Nikola's metadata comments (".. title: Group" / ".. slug: group" over the text): the title is the
            # page's heading, the document's sections one level below it
            out[i] = "# " + meta.group(1)
            shift, title_seen = 1, True
            while i + 1 < len(lines) and _RST_META.match(lines[i + 1]):
                i += 1
                out[i] = ""
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
            cited = _rst_record(lines, body)
            if cited is not None:
                out[i] = cited
                blank.discard(i)
                for k in block:
                    out[k] = ""
                    blank.add(k)
                i = j
                continue
            if _RST_SUBST_DEF.match(line):
                # a substitution's definition (".. |br| raw:: html" over "<br />"): shown where it is used
                for k in block:
                    out[k] = ""
                    blank.add(k)
                i = j
                continue
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
    _dedent_quotes(out, blank)
    _links_over_lines(out, blank)
    for n, line in enumerate(out):
        if n in blank:
            continue
        if subst and "|" in line:  # (before a grid table's row is cut into cells at its bars)
            line = _RST_SUBST_OR_ANONYMOUS.sub(lambda m: _rst_substitution(m, subst, named, anonymous)
                                               if m.group(1) is not None else _rst_reference(m, named, anonymous),
                                               line)  # (one pass: anonymous targets are taken in page order)
            out[n] = line
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
        if "\\ " in line:
            line = _RST_ESCAPED_SPACE.sub("", line)  # "`link <url>`__\ ]": an escaped space is nothing in reST
        line = BARE_ADDRESS.sub(r"<\1>", line)  # a standalone address is a link in reST
        line = _RST_LINK.sub(lambda m: f"[{m.group(1)}]({m.group(2)})", line)
        if "_" in line and (named or anonymous):
            line = _RST_REFERENCE.sub(lambda m: _rst_reference(m, named, anonymous), line)
        line = _RST_AUTO_ENUM.sub(r"\g<1>1.\3", line)  # an auto-numbered item ("#. Title"): markdown numbers it
        line = _RST_ROLE.sub(r"\1", line).replace("``", "`")
        out[n] = line
    return line_view(doc, out, blank)


_RST_ESCAPED_SPACE = re.compile(r"(?<!\\)\\ ")
"""A backslash before a space, which reST removes with the space ("`link <url>`__\\ ]": the link and the bracket
written together)."""


_RST_LINK_OVER_LINES = re.compile(r"`([^`<>]+?)(\s*)<([^<>`\s]+)>`__?", re.S)


def _links_over_lines(out: list[str], skip: set[int]) -> None:
    """```A title broken`` / ``over two lines <https://x.org/a.pdf>`__``: reST reads a paragraph as one text, so a
    link's text and address may run over lines; it is markdown's link, which may too, each line kept where it
    was (the text's line breaks inside the link)."""
    n = 0
    while n < len(out):
        if n in skip or "`" not in out[n] or out[n].count("`") % 2 == 0:
            n += 1
            continue
        last = next((k for k in range(n + 1, min(n + 6, len(out))) if k not in skip and "`" in out[k]), None)
        if last is None:
            n += 1
            continue
        text = "\n".join(out[n:last + 1])
        new = _RST_LINK_OVER_LINES.sub(lambda m: f"[{m.group(1)}{m.group(2)}]({m.group(3)})"
                                       if "\n" in m.group(0) else m.group(0), text)
        if new != text and new.count("\n") == text.count("\n"):
            out[n:last + 1] = new.split("\n")
        # (the last line may open the next link: "](https://x.org) at the `University of" / "<https://y.org>`__.")
        n = last


_RST_ITEM = lazy_compile(r"^\s*(?:[-*+•]|#[.)]|\(?\w{1,3}[.)])\s+\S")


def _dedent_quotes(out: list[str], skip: set[int]) -> None:
    """A reST block quote (lines indented under an unindented paragraph, not a list item's, a literal block's
    ``::`` nor a directive's) as the paragraphs it is: markdown would read four spaces as code."""
    prev_indent, prev_item, prev_literal = 0, False, False
    quote: int | None = None
    for n, line in enumerate(out):
        if not line.strip() or n in skip:
            continue
        indent = len(line) - len(line.lstrip())
        if quote is not None and indent >= quote:
            out[n] = line[quote:]
            continue
        quote = None
        if indent > prev_indent and not prev_item and not prev_literal and n and not out[n - 1].strip():
            quote = indent
            out[n] = line[indent:]
            continue
        prev_indent, prev_item, prev_literal = indent, bool(_RST_ITEM.match(line)), line.rstrip().endswith("::")


_RECORD_VENUE = ("journal", "proc", "proceedings", "booktitle", "venue", "conference", "school", "institution",
                 "publisher")
_RECORD_AUTHORS = ("author", "authors")
_RECORD_SKIP = {"title", "year", "date", "address", "location", "volume", "number", "issue", "pages",
                "note", "type", "month", "key", "id", "class", "name"} | set(_RECORD_VENUE) | set(_RECORD_AUTHORS)


# --- AsciiDoc ----------------------------------------------------------------------------------------------------

_ADOC_HEADING = re.compile(r"^(={1,6})\s+(\S.*?)(?:\s+=+)?\s*$")
_ADOC_ATTRIBUTE = re.compile(r"^:!?([\w-]+)!?:(?:\s+(.*?))?\s*$")
_ADOC_ITEM = re.compile(r"^\s*(\*{1,5}|\.{1,5}|-)\s+(?=\S)")
_ADOC_BLOCK_ATTRS = re.compile(r"^\[[^\]]*\]\s*$")
_ADOC_DELIMITER = re.compile(r"^(-{4,}|\.{4,}|={4,}|\*{4,}|_{4,}|\+{4,}|/{4,}|\|={3,})\s*$")
_ADOC_RAW = ("-", ".")  # listing and literal blocks: code, shown as written, no text of the page's own
_ADOC_LINK = lazy_compile(r"(?:\blink:|(?<![\w/\[(<]))((?:https?|ftp|mailto):[^\s\[\]]*|(?<=link:)[^\s\[\]]+)\[([^\]]*)\]")
_ADOC_BOLD = re.compile(r"(?<![\w*\\])\*(?=[^\s*])([^*\n]*?[^\s*\\])\*(?![\w*])")
_ADOC_INCLUDE = re.compile(r"^include::([^\[\s]+)\[[^\]]*\]\s*$")


def adoc_view(doc: SourceDoc) -> SourceDoc:
    """An AsciiDoc page (``index.adoc``, ``publications.adoc``: a site built with asciidoc or Asciidoctor) as the
    markdown reader should see it, line for line, as the HTML back-end shows it: ``==`` section titles as headings
    (``=`` the document's title), list items (``*``, ``**``, ``-``, ``.``; indented or not) as markdown's,
    ``link:url[label]`` and ``https://url[label]`` as links (a label may run over lines), constrained ``*bold*``
    as markdown's, ``'''`` as a rule, a line's closing `` +`` as a line break, ``{name}`` filled in from the page's
    ``:name: value`` entries and ``include::x.adoc[]`` as the include the site readers follow (``{{< include x.adoc
    >}}``). What it does not show, attribute entries, comments (``//``, ``////`` blocks), block attributes
    (``[source]``, ``[[anchor]]``) and block delimiters, is blanked and ignored, and so are listing and literal
    blocks (code).

    >>> adoc_view(SourceDoc(Path("a.adoc"), "== Papers\\n* A. Lee. link:a.pdf[A Title]. *2020*.")).text
    '## Papers\\n- A. Lee. [A Title](a.pdf). **2020**.'
    """
    lines = [line.rstrip() for line in doc.text.split("\n")]
    attrs: dict[str, str] = {}
    out: list[str] = []
    blank: list[int] = []
    block: str | None = None  # the delimiter of the block the line is in
    prose = False  # the line before is a paragraph's (AsciiDoc starts a list only after an empty line or an item)
    listed = False  # the line before is a list item's

    def hide(n: int) -> None:
        out.append("")
        blank.append(n)

    for n, line in enumerate(lines):
        delimiter = _ADOC_DELIMITER.match(line)
        if block is not None:
            if line == block:
                block = None
                hide(n)
            elif block[0] in (*_ADOC_RAW, "/"):
                hide(n)  # (code, or a comment block)
            else:
                out.append(line)  # (a passthrough block's HTML, a quote's or an example's text: shown)
            continue
        if delimiter:
            block = line if line[0] not in "|" else None
            prose = listed = False
            hide(n)
            continue
        attribute = _ADOC_ATTRIBUTE.match(line)
        if attribute:
            attrs[attribute.group(1).lower()] = attribute.group(2) or ""
            hide(n)
            continue
        if line.startswith("//") and not line.startswith("///") or _ADOC_BLOCK_ATTRS.match(line) \
                or line.strip() == "<<<":
            hide(n)
            continue
        include = _ADOC_INCLUDE.match(line)
        if include:
            out.append("{{< include " + include.group(1) + " >}}")
            continue
        if line.strip() in ("'''", "---", "***", "- - -", "* * *"):
            out.append("* * *")
            prose = listed = False
            continue
        heading = _ADOC_HEADING.match(line)
        if heading:
            out.append("#" * len(heading.group(1)) + " " + heading.group(2))
            prose = listed = False
            continue
        item = _ADOC_ITEM.match(line)
        if item and prose:
            # "... Chapter 61 (pp. 664\n- 666). IGI Global.": a marker inside a paragraph is its text (a list needs an
            # empty line before it), kept from markdown's list by its escape
            line, item = ("\\" if item.group(1)[0] in "*-" else "") + line.lstrip(), None
        if not line.strip():
            prose = listed = False
        elif item:
            prose, listed = False, True
        elif not listed:
            prose = True  # (a line after an item's, no empty line between, goes on with the item's text)
        if item:
            mark = item.group(1)
            depth = len(mark) - 1 if mark != "-" else 0
            line = "  " * depth + ("1. " if mark[0] == "." else "- ") + line[item.end():]
        elif line[:1].isspace() and out and out[-1].lstrip()[:2] in ("- ", "1."):
            line = line.lstrip()  # (an item's text over lines, indented under it)
        if line.endswith(" +"):
            line = line[:-2] + "\\"  # (a hard line break)
        line = re.sub(r"\{([\w-]+)\}", lambda m: attrs.get(m.group(1).lower(), m.group(0)), line)
        out.append(_ADOC_BOLD.sub(r"**\1**", line))
    text = _ADOC_LINK.sub(lambda m: f"[{m.group(2) or m.group(1)}]({m.group(1).removeprefix('link:')})",
                          "\n".join(out))
    return line_view(doc, text.split("\n"), blank)


def _rst_record(lines: list[str], body: list[int]) -> str | None:
    """A directive of a site's own whose whole block is a field list naming a work (``.. reference::`` over
    ``:author:``, ``:year:``, ``:title:``, ``:proc:``, ``:doi:``, ..., a field's value running on over more
    indented lines) as the one citation line a template renders it to: ``Authors (Year). Title. *Venue*,
    place, volume(number), pages.`` and a link per address field (``:doi:`` a DOI's address, Pelican's
    ``{static}/x.pdf`` the site's ``/x.pdf``); None for any other directive (an image's ``:width:``)."""
    fields: dict[str, str] = {}
    key = None
    base = None
    for k in body:
        line = lines[k]
        indent = len(line) - len(line.lstrip())
        o = re.match(r"^\s*:([\w-]+):(?:\s+(.*))?$", line)
        if o and (base is None or indent <= base):
            base = indent
            key = o.group(1).lower()
            if key in fields:
                return None
            fields[key] = (o.group(2) or "").strip()
        elif key is not None and base is not None and indent > base:
            fields[key] = (fields[key] + " " + line.strip()).strip()
        else:
            return None
    title = fields.get("title", "")
    if not title or not any(fields.get(a) for a in _RECORD_AUTHORS + ("year", "date") + _RECORD_VENUE):
        return None
    authors = next((fields[a] for a in _RECORD_AUTHORS if fields.get(a)), "")
    year = fields.get("year") or fields.get("date") or ""
    venue = next((fields[v] for v in _RECORD_VENUE if fields.get(v)), "")
    parts = [p for p in (fields.get("address") or fields.get("location"), fields.get("volume")
                         and fields["volume"] + (f"({fields['number']})" if fields.get("number") else ""),
                         fields.get("pages")) if p]
    text = (authors + (f" ({year})." if year else ".")).strip() + " " + title.rstrip(".") + "."
    if venue:
        text += " " + ". ".join(x.rstrip(".") for x in [f"*{venue}*"] + ([", ".join(parts)] if parts else [])) + "."
    for name, value in fields.items():
        if name in _RECORD_SKIP or not value or " " in value:
            continue
        value = PELICAN_PATH.sub("", value)
        if name == "doi" and not re.match(r"https?://", value):
            value = "https://doi.org/" + value
        if re.match(r"(?:https?://|/)\S+$", value):
            text += f" [{name}]({value})"
    return " ".join(text.split())


def _rst_substitution(m: re.Match, subst: dict[str, tuple[str, str]], named: dict[str, str],
                      anonymous: list[str]) -> str:
    """A substitution reference as its text; ``|name|_`` as a markdown link to the target ``name`` labelled as
    :func:`_rst_targets` says (``|paper|_`` with ``.. |paper| image:: pdf.png`` and ``.. _paper: URL``: a link
    "pdf" to URL), ``|name|__`` to the next anonymous target (taken from ``anonymous``); as written when nothing
    defines it."""
    key = _rst_key(m.group(1))
    if key not in subst:
        return m.group(0)
    text, label = subst[key]
    if m.group(2) == "__":
        return f"[{label}]({anonymous.pop(0)})" if anonymous else text
    target = named.get(key) if m.group(2) else None
    return f"[{label}]({target})" if target else text


def _rst_reference(m: re.Match, named: dict[str, str], anonymous: list[str]) -> str:
    """A hyperlink reference as a markdown link: ```text`_`` / ``word_`` to its named target, ```text`__`` to
    the next anonymous target (taken from ``anonymous`` in page order); as written when it has none."""
    text, marks = (m.group(1), m.group(2)) if m.group(1) is not None else (m.group(3), m.group(4))
    if marks == "__":
        return f"[{text}]({anonymous.pop(0)})" if anonymous else m.group(0)
    target = named.get(_rst_key(text))
    return f"[{text}]({target})" if target else m.group(0)


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
    return line_view(doc, lines, [n - 1 for n in blanked])


def markdown_part(root: Path, page: Path, owner: str | None, base: str | None,
                  source: SourceDoc | None = None) -> Part:
    """A markdown page of the site (markdown, MDX, R Markdown, a notebook's markdown cells ...) read by the page
    reader as its site renders it (:func:`titled_view`: its ``title:`` as heading, else the list kg reads that
    its name, title or first heading names; an MDX page's code left out), its relative links the site's
    (``base``). ``source``: the page's markdown when another file holds it as rendered (Quarto's frozen
    execution of its code cells, :func:`~.markdown_site.frozen_view`), the part that file's. An empty or
    unreadable page, or one the reader refuses, is a part that says why (no profile): one such page is reported
    in ``unparsed`` and the rest of the site is still read."""
    from .files import raw_checksum, read_or_blank

    page = source.path if source is not None else page
    rel = (page.relative_to(root) if page.is_relative_to(root) else page.relative_to(root.resolve())).as_posix()
    source, bad = (source, None) if source is not None else read_or_blank(root, page)
    if bad is not None:
        return unread_part(rel, source, "markdown", bad, raw_checksum(page))
    section = md_page_kind(page, source)
    doc = blocks_view(source) or \
        titled_view(_page_view(source), fallback=section.capitalize() if section in UNLINKED_KINDS else None)[0]
    # (a page its name says lists works, "_pages/epi-research.md", under a title naming no section, "Research in
    # environmental epidemiology": that list from its first line, as a page titled "Publications" is)
    listed = section if section in UNLINKED_KINDS else None
    return pi_page_of_another(rel, read_part(rel, doc, "markdown", lambda: Part(
        rel, doc, "markdown", checksum=source.checksum, profile=read_page(doc, "markdown", owner, base, listed)),
        source.checksum), owner)


def html_part(rel: str, doc: SourceDoc, bad: SourceError | None, owner: str | None, base: str | None,
              checksum: str | None = None) -> Part:
    """An HTML page of the site (``doc``, from :func:`~.files.read_or_blank`) read by the page reader, or a part
    that says why it was not (``bad``: it could not be read as text; or the reader refused it): one such page is
    reported in ``unparsed`` and the rest of the site is still read."""
    if bad is not None:
        return unread_part(rel, doc, "html", bad, checksum)
    return pi_page_of_another(rel, read_part(rel, doc, "html", lambda: Part(
        rel, doc, "html", profile=read_page(doc, "html", owner, base))), owner)


def html_file_part(root: Path, path: Path, owner: str | None, base: str | None) -> Part:
    """An HTML page of the site read from its file by :func:`html_part`; one kg could not read as text is a part
    that says why, with the checksum of its bytes."""
    doc, bad = read_or_blank(root, path)
    return html_part(rel_path(root, path), doc, bad, owner, base, raw_checksum(path) if bad else None)


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

    def read() -> Part:
        result = read_bibtex(doc.text, owner, doc=doc, file=rel, cited=cited, pdf_base=pdf_base)
        doc.sections[1] = "publications"
        _keyed_links(path, doc, result.publications)
        return Part(rel, doc, "bibtex", publications=result.publications, extra_unparsed=unshown_entries(result, rel))

    return read_part(rel, doc, "bibtex", read, raw_checksum(path))


def unshown_entries(result, rel: str) -> list[Unparsed]:
    """The notes of a BibTeX file's entries its page does not show (:attr:`~..bibtex.BibResult.unshown`), at their
    lines: the entries are not read, and not lost in silence."""
    return [Unparsed(line=line, text=text, file=rel, section="skipped") for line, text in result.unshown]


_ENTRY_KEY = re.compile(r"^[ \t]*@\s*\w+\s*[{(]\s*([^,\s]+)\s*,", re.M)
_KEYED_LINK_FIELDS = ("link", "url", "paper", "pdf", "code", "slides", "video", "poster", "data", "preprint",
                      "arxiv", "html", "website", "project")


def _keyed_links(path: Path, doc: SourceDoc, pubs: list) -> None:
    """A data file beside a BibTeX file that a site's script joins to it by the entries' keys
    (``publications_extra.yml``: ``wahn2018performance: {link: https://...}``): each entry's links from its key's
    fields (a file whose keys are not most of the BibTeX file's is no such file)."""
    # (the line of each entry by bisection: counting the newlines before each was quadratic, half a minute for a
    # BibTeX file of 12k entries)
    keys = {doc.line_of(m.start()): m.group(1) for m in _ENTRY_KEY.finditer(doc.text)}
    if len(keys) < 2:
        return
    for other in sorted(path.parent.iterdir()):
        if other.suffix.lower() not in (".yml", ".yaml") or not other.is_file() or other.stat().st_size > 2_000_000:
            continue
        try:
            data, _spans = load_yaml_file(SourceDoc.read(other))
        except SourceError:
            continue  # (unreadable, not YAML, no mapping)
        if sum(k in data for k in keys.values()) * 2 < len(keys):
            continue
        for pub in pubs:
            extra = data.get(keys.get(pub.line or 0))
            if not isinstance(extra, dict):
                continue
            for field in _KEYED_LINK_FIELDS:
                url = as_text(extra.get(field))
                if url and re.match(r"https?://\S+$", url.strip()) and url.strip() not in pub.links.values():
                    pub.links.setdefault(field, url.strip())


def titled_view(doc: SourceDoc, fallback: str | None = None) -> tuple[SourceDoc, str | None]:
    """A markdown page as its site renders it: the front matter blanked and its ``title:`` shown as the
    page's heading on the title's own line (line numbers kept), so a page titled "Publications" reads as
    that section. A page with an empty title is headed by ``fallback`` (the section its file name says) on
    its first fence line. Returns the view and the title."""
    fm = front_matter_or_none(doc)
    if fm is None:
        return doc, None
    title = plain_text(fm.data.get("title"))
    if not fm.fence_lines:
        return doc, title
    lines = doc.text.split("\n")
    first, last = fm.fence_lines
    for n in range(first, last + 1):
        lines[n - 1] = ""
    if title and "title" in fm.spans:
        lines[fm.spans["title"][0] - 1] = f"# {title}"
        # the layout's "{{ page.title }}" shows the same title
        # (a function, so a backslash in a title, as in "\phi", stays as it is)
        lines = [_PAGE_TITLE_TAG.sub(lambda _m: title, line) for line in lines]
    elif fallback:
        lines[first - 1] = f"# {fallback}"
    return line_view(doc, lines), title


_PAGE_TITLE_TAG = re.compile(r"\{\{-?\s*page\.title\s*-?\}\}")
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
    return line_view(doc, lines)


def front_matter_view(doc: SourceDoc, fm: FrontMatter | None = ...) -> SourceDoc | None:  # type: ignore[assignment]
    """A page's front matter as a YAML file of its own (its fences and the page's body blanked, line numbers
    kept): the lists a page keeps there for its own Liquid loops (``papers:`` / ``{% for p in page.papers %}``)
    read as a data file's; None for a page with no front matter."""
    fm = front_matter_or_none(doc) if fm is ... else fm  # (a caller that read it already passes it)
    if fm is None or not isinstance(fm.data, dict) or len(fm.fence_lines) < 2 \
            or doc.lines[fm.fence_lines[0] - 1].strip() != "---":
        return None
    lines = doc.text.split("\n")
    inside = range(fm.fence_lines[0] + 1, fm.fence_lines[-1])
    return line_view(doc, [line if n in inside else "" for n, line in enumerate(lines, start=1)])


TEXT_BLOCKS = ("custom", "markdown", "blank", "text")
"""The Hugo blocks and widgets (Hugo Blox ``block: markdown``, Wowchemy ``widget = "custom"``) whose text is the
page's own, not a list the theme fills from a collection."""


def blocks_view(doc: SourceDoc, fm: FrontMatter | None = ...) -> SourceDoc | None:  # type: ignore[assignment]
    """A Hugo Blox landing page whose sections are blocks of its YAML front matter: the text of each text block
    (:data:`TEXT_BLOCKS`) titled as a section kg reads (``title: Publications`` over ``text: |`` and the
    citations written by hand), shown on its own lines under its title as a heading, line numbers kept and the
    rest of the front matter blanked; None when the page has no such block.

    >>> v = blocks_view(SourceDoc(Path("_index.md"), "---\\nsections:\\n  - block: markdown\\n    content:\\n"
    ...     "      title: News\\n      text: |\\n        **May 2024**: a talk.\\n---\\n"))
    >>> v.lines[4:7]
    ['## News', '', '**May 2024**: a talk.']
    """
    if not re.search(r"(?m)^sections\s*:", doc.text):
        return None  # (no front matter is parsed for a page that names no sections: most pages)
    fm = front_matter_or_none(doc) if fm is ... else fm  # (a caller that read it already passes it)
    if fm is None or not fm.fence_lines or not isinstance(fm.data.get("sections"), list) or \
            doc.lines[fm.fence_lines[0] - 1].strip() != "---":
        return None
    first, last = fm.fence_lines
    lines = doc.text.split("\n")
    shown: list[tuple[int, list[str]]] = []
    for i, block in enumerate(fm.data["sections"]):
        content = block.get("content") if isinstance(block, dict) else None
        kind, title, text = (block.get("block"), *(content.get(k) for k in ("title", "text"))) \
            if isinstance(content, dict) else (None, None, None)
        at = [fm.items.get(f"sections.{i}.content.{k}") for k in ("title", "text")]
        if not (isinstance(kind, str) and kind.lower() in TEXT_BLOCKS and isinstance(title, str)
                and isinstance(text, str) and text.strip() and all(at)):
            continue
        heading = md_text(title)
        if section_kind(heading) not in UNLINKED_KINDS:
            continue
        body = text.rstrip("\n").split("\n")
        # a block scalar's text ("text: |") starts on the line after its key's; the text's lines are the page's (fewer
        # when folded)
        after = re.match(r"[^:]*:\s*(\S?)", doc.lines[at[1][0] - 1])
        block_style = after is not None and after.group(1) in ("|", ">")
        start = at[1][0] + (0 if after is not None and after.group(1) and not block_style else 1)
        if start + len(body) - 1 > last - 1:
            continue
        # the heading on the title's line when it comes first, else on the "text: |" line (a block may write its
        # keys in any order: the heading must stand above its text)
        above = at[0][0]
        if above >= start:
            if not block_style:
                continue
            above = start - 1
        shown += [(above, [f"## {heading}"]), (start, body)]
    if not shown:
        return None
    for n in range(first, last + 1):
        lines[n - 1] = ""
    for n, texts in shown:
        lines[n - 1:n - 1 + len(texts)] = texts
    return line_view(doc, lines)


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
            m = next((m for m in HEADING_LINE.finditer(body) if len(m.group(1)) <= 2), None)
            kind = section_kind(m.group(2)) if m and "{" not in m.group(2) else None
    return kind


_ORG_HEADING = re.compile(r"^(\*+)\s+(.*?)\s*$")
_ORG_TAGS = re.compile(r"\s+(:(?:[\w@#%]+:)+)\s*$")
_ORG_KEYWORD = re.compile(r"^\s*#\+(\w+)(?:\[[^\]]*\])?:\s?(.*)$")
_ORG_BLOCK = re.compile(r"^\s*#\+begin_(\w+)\s*(\S*)", re.I)
_ORG_DRAWER = re.compile(r"^\s*:([\w-]+):\s*$")
_ORG_PLANNING = re.compile(r"^\s*(?:SCHEDULED|DEADLINE|CLOSED):")
_ORG_LINK = re.compile(r"\[\[(?!\[)((?:[^\]\\]|\\.)+)\](?:\[((?:[^\]]|\](?!\]))+)\])?\]")
_ORG_MACRO = re.compile(r"\{\{\{([\w-]+)(?:\((.*?)\))?\}\}\}")
_ORG_SNIPPET = re.compile(r"@@([\w-]+):(.*?)@@")
_ORG_EMPHASIS = re.compile(r"(?<![^\s\-({'\"])([*/=~])(?=[^\s*/=~])(.+?)(?<=\S)\1(?=[\s\-.,;:!?')}\[\"\\]|$)")
_ORG_ENTITIES = {"nbsp": " ", "ndash": "–", "mdash": "—", "hellip": "…", "amp": "&", "shy": "", "-": "",
                 "laquo": "«", "raquo": "»", "eacute": "é", "egrave": "è", "ouml": "ö", "uuml": "ü", "auml": "ä"}
_ORG_TEXT_KEYS = ("title", "subtitle")
"""The keywords whose value is shown on the page (ox-html: the title heading, the subtitle under it)."""


def _org_target(target: str) -> str | None:
    """Where an Org link goes, as markdown's link destination: the web, a mail address, a file of the site (its
    ``file:`` prefix dropped), a DOI; None for a link inside the document (``#custom-id``, ``*Heading``) or of a
    link type the site defines (``[[sc:J. Fin.]]``, shown as its text)."""
    target = target.strip().replace("\\[", "[").replace("\\]", "]")
    if re.match(r"(?:https?|ftp|mailto):", target, re.I):
        return target.replace(" ", "%20")
    if target.lower().startswith("doi:"):
        return "https://doi.org/" + target[4:].strip()
    if target.lower().startswith("file:"):
        target = target[5:].split("::")[0]
    elif re.match(r"[\w-]+:", target) or target.startswith(("#", "*")) or target.startswith("id:"):
        return None
    return target.replace(" ", "%20") if target else None


_ORG_IMAGE = lazy_compile(rf"(?i)(?:file:)?\S+\.(?:{IMAGE_EXTENSIONS})")
"""An Org link's target that is a picture's file ("file:img/me.png", "figs/plot.svg"): shown inline when unlabelled."""


def _org_inline(text: str, macros: dict[str, str]) -> str:
    """One line of Org text as markdown: links, macros, export snippets, emphasis, entities."""
    def macro(m: re.Match) -> str:
        body = macros.get(m.group(1).lower())
        if body is None:
            return ""
        args = [a.strip() for a in re.split(r"(?<!\\),", m.group(2) or "")]
        return re.sub(r"\$(\d)", lambda a: args[int(a.group(1)) - 1] if 0 < int(a.group(1)) <= len(args) else "", body)

    for _ in range(3):  # a macro's text may hold another macro
        if "{{{" not in text:
            break
        text = _ORG_MACRO.sub(macro, text)
    text = _ORG_SNIPPET.sub(lambda m: m.group(2) if m.group(1).lower() in ("html", "md", "markdown") else "", text)
    pieces: list[str] = []

    def link(m: re.Match) -> str:
        target, label = m.group(1), m.group(2)
        dest = _org_target(target)
        shown = label if label is not None else re.sub(r"^(?:file:|[\w-]+:(?!//))", "", target)
        if _ORG_IMAGE.fullmatch(target) and label is None:
            pieces.append("")  # an inline image
        elif dest is None:
            pieces.append(_org_emphasis(shown) if label is not None else f"*{shown}*")
        elif label is None and re.match(r"https?://|mailto:", dest):
            pieces.append(f"<{dest}>")
        else:
            pieces.append(f"[{_org_emphasis(shown)}]({dest})")
        return f"\x00{len(pieces) - 1}\x00"

    text = _ORG_LINK.sub(link, text)
    # (a bare address is an autolink, not one an HTML attribute holds: '<a href="https://...">', a macro's
    # expansion)
    text = re.sub(r"(?<![\w/])(?<!=)(?<!=\")(?<!=')(https?://[^\s<>\"'\x00]+[^\s<>\"'\x00.,;:)\]])",
                  lambda m: pieces.append(f"<{m.group(1)}>") or f"\x00{len(pieces) - 1}\x00", text)
    text = _org_emphasis(text)
    text = re.sub(r"\\([a-zA-Z]+|-)(?:\{\})?", lambda m: _ORG_ENTITIES.get(m.group(1), m.group(0)), text)
    text = re.sub(r"\[fn:[\w-]*\]", "", text)  # a footnote's mark
    text = re.sub(r"<<<?([^<>\n]+?)>>>?", r"\1", text)  # a target, a radio target
    text = re.sub(r"[<\[](\d{4}-\d\d-\d\d)(?: [A-Za-z]{2,3}\.?)?(?: \d\d?:\d\d)?[>\]]", r"\1", text)  # a timestamp
    return re.sub("\x00(\\d+)\x00", lambda m: pieces[int(m.group(1))], text)


def _org_emphasis(text: str) -> str:
    return _ORG_EMPHASIS.sub(lambda m: {"*": f"**{m.group(2)}**", "/": f"*{m.group(2)}*"}.get(
        m.group(1), f"`{m.group(2)}`"), text)


def org_view(doc: SourceDoc, minlevel: int | None = None) -> SourceDoc:
    """An Org-mode page (``index.org``, ``publications.org``: a site published with ox-html or Pandoc) as the
    markdown reader should see it, line for line, as ox-html renders it: ``#+TITLE:`` as the page's heading and
    each ``*`` heading one level below it; list items (``-``, ``+``, ``1)``, indented ``*``) as markdown's;
    ``[[url][label]]`` links, ``*bold*``, ``/italic/``, ``=code=``; a table's rows as pipe rows, its rule under the
    first row as markdown's; the lines of a ``#+BEGIN_EXPORT html`` block (``#+HTML:``, ``@@html:...@@``) as
    inline HTML; macros (``{{{name(arg)}}}``) expanded by the file's ``#+MACRO:`` lines. What ox-html does not
    show, and source code blocks, are blanked and ignored: a subtree tagged ``:noexport:`` (or a tag ``#+EXCLUDE_TAGS:`` names) or headed
    ``COMMENT``, drawers (``:PROPERTIES:`` ... ``:END:``), other keywords, comments, other back-ends' blocks.
    A file ``#+INCLUDE:`` pulls in is shown as the include Quarto writes (``{{< include x.org >}}``), which the
    site readers follow (:func:`~.markdown_site.page_includes`), with its ``:minlevel``: ``minlevel`` is the level
    its top headings take where it is included (``#+INCLUDE: papers.org :minlevel 3``: its ``*`` headings are
    ``***`` ones).

    >>> org_view(SourceDoc(Path("a.org"), "#+TITLE: Ann Lee\\n* Papers\\n- /A Title/ [[https://x.org][pdf]]")).text
    '# Ann Lee\\n## Papers\\n- *A Title* [pdf](https://x.org)'
    """
    lines, spans = links_over_lines(doc.text.split("\n"), _ORG_OPEN_LINK, _ORG_LINK_CLOSE, _org_target)
    macros = {"date": "", "time": "", "modification-time": "", "input-file": "", "n": ""}
    exclude = {"noexport"}
    for line in lines:
        m = _ORG_KEYWORD.match(line)
        if not m:
            continue
        key, value = m.group(1).lower(), m.group(2).strip()
        if key == "macro" and value:
            name, _, body = value.partition(" ")
            macros[name.lower()] = body.strip()
        elif key in ("title", "author", "email"):
            macros[key] = value
        elif key == "exclude_tags":
            exclude = set(value.split()) or exclude
    out: list[str] = []
    blank: set[int] = set()
    top = min((len(m.group(1)) for m in map(_ORG_HEADING.match, lines) if m), default=1)
    shift = minlevel - top if minlevel else 0
    hidden_level = 0  # the level of the heading whose subtree is not exported (0: none)
    block: tuple[str, str] | None = None  # (kind, back-end) of the block the line is in
    drawer = False
    table_row = 0  # rows of the current table seen so far

    def hide(n: int) -> None:
        """A line ox-html does not show: blank in the view, and ignored."""
        out.append("")
        blank.add(n)

    for n, line in enumerate(lines):
        stripped = line.strip()
        heading = _ORG_HEADING.match(line) if block is None else None
        if heading:
            drawer = False
            level = len(heading.group(1))
            if hidden_level and level > hidden_level:
                hide(n)
                continue
            hidden_level = 0
            text = heading.group(2)
            tags = _ORG_TAGS.search(text)
            tag_set = set(tags.group(1).strip(":").split(":")) if tags else set()
            text = text[:tags.start()] if tags else text
            if tag_set & exclude or re.match(r"COMMENT\b", text):
                hidden_level = level
                hide(n)
                continue
            text = re.sub(r"^(?:TODO|DONE)\s+|^\[#[A-Z]\]\s+|\s*\[\d*(?:/\d*|%)\]", "", text)
            out.append("#" * min(level + shift + 1, 6) + " " + _org_inline(text, macros))  # (ox-html: "*" is an <h2>)
            table_row = 0
            continue
        if hidden_level:
            hide(n)
            continue
        if block is not None:
            end = re.match(r"^\s*#\+end_(\w+)", line, re.I)
            if end and end.group(1).lower() == block[0]:
                out.append("```" if block[0] == "example" else "")
                if block[0] != "example":
                    blank.add(n)
                block = None
                continue
            kind, backend = block
            if kind == "example":
                out.append(line)
            elif kind == "src":  # (code the page shows: no text about anyone, an address in a command no one's)
                hide(n)
            elif kind in ("export", "html") and (backend == "html" or kind == "html"):
                out.append(line)  # raw HTML, as the page shows it
            elif kind in ("export", "comment", "latex"):
                hide(n)
            elif kind == "quote":
                out.append("> " + _org_inline(stripped, macros) if stripped else ">")
            else:
                out.append(_org_inline(line, macros))
            continue
        if drawer:
            drawer = not re.match(r"^\s*:END:\s*$", line, re.I)
            hide(n)
            continue
        b = _ORG_BLOCK.match(line)
        if b:
            block = (b.group(1).lower(), b.group(2).lower())
            out.append("```" if block[0] == "example" else "")
            if block[0] != "example":
                blank.add(n)
            continue
        k = _ORG_KEYWORD.match(line)
        if k:
            key, value = k.group(1).lower(), k.group(2).strip()
            if key in _ORG_TEXT_KEYS and value:
                out.append(("# " if key == "title" else "") + _org_inline(value, macros))
            elif key == "html" and value:
                out.append(value)
                blank.discard(n)
            elif key == "include" and value:
                target = re.match(r"\"([^\"]+)\"|(\S+)", value)
                name = (target.group(1) or target.group(2)) if target else ""
                level = re.search(r":minlevel\s+(\d)", value)
                if name.lower().endswith((".org", ".md")) and not re.search(r"\ssrc\b|\sexample\b", value):
                    out.append("{{< include " + name + (f" :minlevel {level.group(1)}" if level else "") + " >}}")
                else:
                    hide(n)
            else:
                hide(n)
            continue
        if re.match(r"^\s*#(?:\s|$)", line) or _ORG_PLANNING.match(line):
            hide(n)
            continue
        if _ORG_DRAWER.match(line) and stripped.upper() != ":END:":
            drawer = True
            hide(n)
            continue
        if stripped.startswith("|"):
            if re.match(r"^\|[-+]+\|?$", stripped.replace(" ", "")):
                cells = max(1, stripped.count("+") + 1)
                out.append("|" + " --- |" * cells if table_row == 1 else "")
                if table_row != 1:
                    blank.add(n)
            else:
                out.append(_org_inline(line, macros))
            table_row += 1
            continue
        table_row = 0
        if re.match(r"^\s*-{5,}\s*$", line):
            out.append("***")
            continue
        if re.match(r"^\s*:(?:\s|$)", line):
            out.append("    " + stripped[1:].strip())  # a fixed-width line, shown as written
            continue
        item = re.match(r"^(\s*)([-+]|\s\*|\d+[.)]|[A-Za-z][.)])\s+(?:\[[ X-]\]\s+)?(.*)$", line)
        if item and (item.group(2) != " *" or item.group(1)):
            rest = item.group(3)
            term = re.match(r"^(.*?)\s+::(?:\s+(.*))?$", rest)
            if term:  # a description list's "term :: text"
                rest = f"**{term.group(1)}**: {term.group(2) or ''}".rstrip()
            marker = "1." if item.group(2)[0].isdigit() else "-"
            out.append(item.group(1) + marker + " " + _org_inline(rest, macros))
            continue
        out.append(_org_inline(line, macros))
    text = placed_links("\n".join(out), spans)
    return line_view(doc, text.split("\n"), blank)


_ORG_OPEN_LINK = re.compile(r"\[\[(?!\[)([^\[\]]+)\]\[([^\[\]]*)$")
_ORG_LINK_CLOSE = re.compile(r"([^\[\]]*?)\]\]")
