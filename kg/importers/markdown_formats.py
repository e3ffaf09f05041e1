"""Which markdown family a page is: the ``markdown`` and ``academicpages`` formats of the importer table.

Takes a :class:`~kg.importers.base.SourceDoc` and gives a confidence that it is a plain markdown homepage (a
GitHub-pages page, a profile README, markdown tables of papers) or a Jekyll academicpages / AcadHomepage
``about.md``. The families differ only in how they are recognised: both are read by the one page reader,
:func:`kg.importers.page.parse.parse_markdown_page` (markdown rendered on its source lines by
:mod:`kg.importers.document`, then read as a page), so ``--from markdown`` and ``--from academicpages`` give
the same profile.

>>> from pathlib import Path
>>> about = SourceDoc(Path("about.md"), "---\\npermalink: /\\nauthor_profile: true\\n---\\n\\nI am Ada.\\n")
>>> detect_academicpages(about), detect_markdown(about)
(0.95, 0.1)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import ImportOptions, Importer, SourceDoc
from .document import HEADING_LINE, closing_fence

if TYPE_CHECKING:
    from ..model import Profile

__all__ = ["IMPORTERS", "detect_academicpages", "detect_markdown"]


# --- academicpages / AcadHomepage about.md -----------------------------------------------------------

_ITEM_KEYS = re.compile(
    r"^\s*(collection|venue|paperurl|citation|date|draft|weight|widget|headless|publication_types|authors|"
    r"inline|related_posts|categories|tags|publishDate|bibtex|superuser|user_groups|organizations|"
    r"highlight_name)\s*:",
    re.M,
)


def detect_academicpages(doc: SourceDoc) -> float:
    """Confidence that ``doc`` is an academicpages/AcadHomepage about page.

    A front matter with the template's own keys (``author_profile``, ``redirect_from: /about/``,
    ``permalink: /``) is near certain; the AcadHomepage anchors (``<span class='anchor' id='about-me'>``) too.
    Front matter of a collection item (a ``_publications`` or ``_news`` file, a Hugo page: ``date``,
    ``venue``, ``draft`` ...) is not an about page. A page without front matter or such marks is left to
    the plain markdown format.
    """
    score = 0.0
    if doc.path.suffix.lower() not in ("", ".md", ".markdown", ".mkd", ".mdown"):
        return 0.0  # an about page is a markdown file (al-folio's papers.bib has front matter too)
    lines = doc.lines
    first = next((line.strip() for line in lines[:5] if line.strip()), "")
    if first == "---":
        start = next(i for i, line in enumerate(lines) if line.strip())
        end = closing_fence(lines, start, within=200)
        body = "\n".join(lines[start + 1 : end if end is not None else start + 40])
        if re.search(r"^\s*author_profile\s*:", body, re.M):
            score = 0.95
        elif _ITEM_KEYS.search(body):
            score = 0.05  # a publication, post or Hugo content file
        elif re.search(r"^\s*-\s*/about(/|\.html)?\s*$", body, re.M) or re.search(
            r"^\s*permalink\s*:\s*['\"]?/(about/?)?['\"]?\s*$", body, re.M
        ):
            score = 0.8 if re.search(r"^\s*layout\s*:\s*about\b", body, re.M) else 0.9  # al-folio: 0.8
        elif re.search(r"^\s*(layout|title|permalink)\s*:", body, re.M):
            score = 0.3
        elif body.strip():
            score = 0.2
    if re.search(r"<span\s+class=['\"]anchor['\"]\s+id=", doc.text):
        score = max(score, 0.85)
    elif "{{ site." in doc.text or "{% include" in doc.text or "{{site." in doc.text:
        score = max(score, 0.4)
    if score == 0.0 and re.search(r"^={3,}\s*$", doc.text, re.M) and re.search(
        r"^\s*(Selected\s+)?Publications\s*$", doc.text, re.M | re.I
    ):
        score = 0.15
    return score


# --- plain markdown homepages and profile READMEs ----------------------------------------------------

_OWN_FRONT_MATTER = {"title", "name", "author", "fullname", "email", "url", "homepage", "website", "description",
                     "bio", "layout", "lang", "nav_order", "published"}
"""Front-matter keys a plain markdown homepage may carry; any other key is a theme's (Hugo, al-folio)."""


def detect_markdown(doc: SourceDoc) -> float:
    """Confidence that ``doc`` is a plain markdown homepage or profile README: headings, links, tables,
    lists and bold text, more so with a publications heading or venue names; never a file of another
    kind (HTML, BibTeX, YAML ...) nor a page with a theme's front matter (the site importers read those)."""
    suffix = doc.path.suffix.lower()
    if suffix in (".yml", ".yaml", ".toml", ".json", ".bib", ".bibtex", ".html", ".htm", ".css", ".js", ".xml",
                  ".ttl", ".py", ".csv", ".tex"):
        return 0.0
    if suffix == ".jemdoc":
        return 0.9  # jemdoc markup, read as markdown (document.jemdoc_to_markdown)
    text = doc.text
    head = text.lstrip()[:3000]
    low = head.lower()
    if low.startswith(("<!doctype", "<html", "<?xml")) or "<body" in low[:2000]:
        return 0.0
    if re.match(r"\s*@\w+\s*[{(]", text):
        return 0.0
    lines = doc.lines
    if lines and lines[0].strip() == "---":
        end = closing_fence(lines, 0, within=200)
        if end is not None:
            keys = {m.group(1) for m in (re.match(r"^([A-Za-z_][\w-]*)\s*:", l) for l in lines[1:end]) if m}
            if keys & {"author_profile", "permalink", "redirect_from", "excerpt", "sidebar"}:
                return 0.1
            if keys - _OWN_FRONT_MATTER:  # a theme's page (Hugo, al-folio): the site importers read those
                return 0.15
    md_links = len(re.findall(r"\]\([^)\s]", text))
    headings = sum(1 for l in lines if HEADING_LINE.match(l)) + sum(
        1 for l in lines if re.match(r"^(=+|-{3,})\s*$", l)
    )
    tables = sum(1 for l in lines if re.match(r"^\s*\|.*\|\s*$", l))
    lists = sum(1 for l in lines if re.match(r"^\s*(?:[-*+]|\d+\.)\s+\S", l))
    bold = len(re.findall(r"\*\*[^*\n]+\*\*", text))
    html_struct = len(re.findall(r"<(?:td|tr|div|table|span|p)\b", text, re.I))
    if md_links + headings + tables + bold == 0:
        return 0.0
    score = 0.3
    if headings:
        score += 0.15
    if md_links >= 3:
        score += 0.1
    if tables >= 3 or lists >= 3:
        score += 0.05
    research = re.search(r"(?im)^(?:#{1,6}\s*|\|\s*|\*\*)?\s*(?:selected\s+|recent\s+)?(?:publications?|papers|"
                         r"preprints)\b", text)
    if research:
        score += 0.15
    if re.search(r"scholar\.google|arxiv\.org|\b(?:CVPR|ICCV|ECCV|NeurIPS|NIPS|ICML|ICLR|AAAI|IJCAI|ACL)\b", text):
        score += 0.1
    if html_struct > max(10, md_links):
        score -= 0.35
    score = max(0.0, min(score, 0.85))
    if doc.path.name.lower() in ("readme.md", "readme.markdown"):
        score = min(score, 0.5)  # a GitHub profile README: the github-readme importer (which calls us) comes first
    return score


def parse(doc: SourceDoc, options: ImportOptions) -> Profile:
    """Read a markdown page of either family into a profile (the one page reader; imported when used)."""
    from .page.parse import parse_markdown_page

    return parse_markdown_page(doc, options)


IMPORTERS = {
    name: Importer(name=name, detect=detect, parse=parse)
    for name, detect in (("markdown", detect_markdown), ("academicpages", detect_academicpages))
}
"""The two formats' entries; their descriptions are the importer table's (:data:`kg.formats.IMPORTERS`)."""
