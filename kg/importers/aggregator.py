"""Paper-aggregator profile dumps: the plain text a person gets by copying an author page
of a paper aggregator (a site that lists arXiv-style papers with categories and scores).

The layout, as the dump shows it::

    Anbang Yao                      <- the owner's name (line 1)
    CV                              <- the profile's main category code(s) -> person.interests
    h-index19                       <- metrics block: label and number glued together
    34papers
    5,290citations
    Novelty57%                      <- aggregator scores the model has no field for (left unparsed)
    AI Score60

    34 Papers                       <- heading of the paper list

    62.2CVApr 14Code                <- flag line: [score][category][date][Code]
    Title of the paper
                                    
    First Author, Second Author, Anbang Yao et al. · cambridge
                                    
    Abstract paragraph(s) ...

How each piece is read:

* flag line: optional score (``62.2``) -> note ``"aggregator score 62.2"``; category code(s)
  (``CV``, ``LG``, ``cs.CL``; ``CVLG`` is split into ``CV``, ``LG``) -> ``keywords``; the date
  (``Aug 15, 2023`` -> ``date`` ``2023-08-15`` and ``year``; ``Apr 14`` has no year, so ``date``
  and ``year`` stay null and the text is kept in ``date_text``: the year is not guessed); the
  ``Code`` flag -> note ``"code available"`` (and when the abstract gives a GitHub/GitLab URL,
  that URL becomes ``links["code"]``).
* authors line: names in order; ``et al.`` -> ``authors_truncated``; what follows `` · `` is a
  tag the aggregator shows next to the authors (an affiliation or source, e.g. ``cambridge``),
  not an author: it is kept as a note ``"tag: cambridge"``.
* everything after the authors up to the next flag line is the abstract (paragraphs joined
  with a blank line); a paper may have none.
* the owner is ``is_self`` only where his or her name is among the listed authors.
"""

from __future__ import annotations

import re

from ..errors import SourceError
from ..model import Metrics, Person, Profile, Publication
from .base import ImportOptions, Importer, SourceDoc
from .common import (lazy_compile, MONTH_ABBR, NAME_PARTICLES, has_cjk, mark_owner, paragraphs, parse_date, repair_url,
                     site_host, split_authors)

SOURCE_NAME = "paper aggregator"
"""``Metrics.source`` when the dump does not name the site it was copied from."""

_MONTH = rf"(?:{MONTH_ABBR})[a-z]{{0,6}}\.?"
_DATE = rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|{_MONTH}\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}"
_FLAGS = ("Code", "PDF", "Data", "Demo", "Video", "Project")
FLAG_LINE = lazy_compile(
    r"^(?P<score>\d{1,3}(?:\.\d+)?)?"
    r"(?P<cat>(?:[a-z][a-z\-]*\.)?[A-Z]{2,}(?:[,/ ]+(?:[a-z][a-z\-]*\.)?[A-Z]{2,})*)?"
    rf"\s*(?P<date>{_DATE})"
    rf"\s*(?P<flags>(?:{'|'.join(_FLAGS)})(?:\s*(?:{'|'.join(_FLAGS)}))*)?\s*$"
)
"""``62.2CVApr 14Code``, ``CVAug 15, 2023Code``, ``LGMar 3, 2021``, ``cs.CLJan 2, 2020``."""

_PAPERS_HEADING = re.compile(r"^\d[\d,]*\s+(papers|publications|works)\s*$", re.I)
_CATEGORY_LINE = lazy_compile(r"^(?:[a-z][a-z\-]*\.)?[A-Z]{2,}(?:\s*[,/·|]\s*(?:[a-z][a-z\-]*\.)?[A-Z]{2,})*$")
_NUM = r"(\d[\d,]*(?:\.\d+)?\s*[kKmM]?\+?)"
_METRICS = [
    ("h_index", re.compile(rf"^h-?\s?index\s*:?\s*{_NUM}$", re.I)),
    ("h_index", re.compile(rf"^{_NUM}\s*h-?\s?index$", re.I)),
    ("publications", re.compile(rf"^{_NUM}\s*(?:papers?|publications?|works)$", re.I)),
    ("publications", re.compile(rf"^(?:papers?|publications?|works)\s*:?\s*{_NUM}$", re.I)),
    ("citations", re.compile(rf"^{_NUM}\s*citations?$", re.I)),
    ("citations", re.compile(rf"^citations?\s*:?\s*{_NUM}$", re.I)),
]
_FOOTER = re.compile(r"^(load more|show more|see more|view all|next|previous|page \d+( of \d+)?)$", re.I)
_CODE_URL = re.compile(r"https?://(?:www\.)?(?:github\.com|gitlab\.com)/[^\s}{)\]>\"',;]+", re.I)


def _number(text: str) -> tuple[int, bool]:
    """``"5,290"`` -> (5290, False); ``"5.3k"`` -> (5300, True); ``"120+"`` -> (120, True)."""
    text = text.replace(" ", "")
    approx = text.endswith("+")
    text = text.rstrip("+")
    scale = 1
    if text[-1] in "kK":
        scale, text, approx = 1000, text[:-1], True
    elif text[-1] in "mM":
        scale, text, approx = 1_000_000, text[:-1], True
    return int(round(float(text.replace(",", "")) * scale)), approx


def _is_metric(line: str) -> tuple[str, int, bool] | None:
    for key, rx in _METRICS:
        m = rx.match(line)
        if m:
            value, approx = _number(m.group(1))
            return key, value, approx
    return None


def _categories(text: str | None) -> list[str]:
    """``"CV"`` -> ``["CV"]``; ``"CVLG"`` -> ``["CV", "LG"]``; ``"cs.CV, cs.LG"`` -> both."""
    if not text:
        return []
    out: list[str] = []
    for part in re.split(r"[,/·| ]+", text.strip()):
        if not part:
            continue
        if "." not in part and len(part) > 2 and len(part) % 2 == 0:
            out.extend(part[i : i + 2] for i in range(0, len(part), 2))
        else:
            out.append(part)
    return list(dict.fromkeys(out))


def _looks_like_authors(text: str) -> bool:
    """Whether a line is an author list (names separated by commas, maybe ``et al.``)."""
    text = text.split(" · ")[0].strip()
    if not text or len(text) > 1500:
        return False
    body = re.sub(r",?\s*(et\s*al\.?|and\s+others)\s*$", "", text, flags=re.I)
    if body != text and body:
        return True
    chunks = [c.strip() for c in re.split(r",|\band\b|&", body) if c.strip()]
    if not chunks:
        return False
    for chunk in chunks:
        if has_cjk(chunk):
            if len(chunk) > 8:
                return False
            continue
        words = chunk.split()
        if not 1 <= len(words) <= 5 or len(chunk) > 50:
            return False
        for w in words:
            if w.lower() in NAME_PARTICLES:
                continue
            if not (w[0].isupper() or w[0] in "'’") or w.endswith((":", ";", "?", "!")):
                return False
    # one "name" of one word is rather a heading or a word than an author list
    return len(chunks) > 1 or len(chunks[0].split()) >= 2


def detect(doc: SourceDoc) -> float:
    """Confident when the dump has flag lines (``CVAug 15, 2023Code``) and a metrics block."""
    lines = [line.strip() for line in doc.lines[:5000]]
    flags = 0
    for i, line in enumerate(lines):
        if FLAG_LINE.match(line) and i + 1 < len(lines) and lines[i + 1] and not lines[i + 1].startswith(("#", "<", "|")):
            flags += 1
    metrics = sum(1 for line in lines[:40] if _is_metric(line))
    if flags == 0:
        return 0.0
    if any(line.startswith(("<", "---", "#", "@")) for line in lines[:3] if line):
        return 0.1
    score = 0.5 + min(flags, 5) * 0.06 + min(metrics, 3) * 0.05
    return min(score, 0.95)


def parse(doc: SourceDoc, options: ImportOptions) -> Profile:
    lines = doc.lines
    flag_lines = [i + 1 for i, line in enumerate(lines) if FLAG_LINE.match(line.strip())]
    header_end = (flag_lines[0] - 1) if flag_lines else len(lines)

    # --- header: name, category codes, metrics, the papers heading -------------------------
    name = None
    alternate: list[str] = []
    interests: list[str] = []
    metrics: dict[str, int] = {}
    approximate = False
    source_name = SOURCE_NAME
    for n in range(1, header_end + 1):
        text = lines[n - 1].strip()
        if not text:
            continue
        metric = _is_metric(text)
        if metric and not _PAPERS_HEADING.match(text):
            key, value, approx = metric
            metrics.setdefault(key, value)
            approximate = approximate or approx
            doc.use(n)
            continue
        if _PAPERS_HEADING.match(text):
            if name is not None:
                doc.sections[n] = "publications"
                doc.ignore(n)
                continue
            key, value, approx = _is_metric(text) or ("publications", 0, False)
            metrics.setdefault(key, value)
            doc.use(n)
            continue
        if name is None:
            name, alternate = _read_name(text, doc, n)
            doc.use(n)
            continue
        if _CATEGORY_LINE.match(text) and len(text) <= 40:
            interests.extend(c for c in _categories(text) if c not in interests)
            doc.use(n)
            continue
        if re.match(r"^https?://\S+$", text):
            host = site_host(text)
            if host:
                source_name = host
                doc.use(n)
            continue
        # anything else in the header (aggregator scores such as Novelty, AI Score) stays unparsed
    if name is None:
        raise SourceError("no owner name on the first line of the aggregator dump", path=doc.display, line=1)
    if not flag_lines:
        raise SourceError(
            "no paper entries (expected lines like 'CVAug 15, 2023Code' before each title)", path=doc.display
        )

    person = Person(name=name, alternate_names=alternate, interests=interests)
    if metrics:
        person.metrics = Metrics(
            h_index=metrics.get("h_index"),
            citations=metrics.get("citations"),
            publications=metrics.get("publications"),
            source=source_name,
            approximate=approximate,
        )
    owner = options.owner or name

    # --- papers ---------------------------------------------------------------------------
    pubs: list[Publication] = []
    bounds = [*flag_lines, len(lines) + 1]
    for k, start in enumerate(flag_lines):
        end = bounds[k + 1] - 1
        pub = _read_paper(doc, start, end, owner, alternate)
        if pub is not None:
            pubs.append(pub)
    if not pubs:
        raise SourceError("no paper entries could be read", path=doc.display, line=flag_lines[0])
    profile = Profile(person=person, publications=pubs)
    profile.unparsed = doc.unparsed()
    return profile


def _read_name(text: str, doc: SourceDoc, n: int) -> tuple[str, list[str]]:
    """``"Anbang Yao"``; ``"Anbang Yao (姚安邦)"`` -> name and alternate names."""
    alternate: list[str] = []
    paren = re.findall(r"[（(]([^()（）]+)[)）]", text)
    base = re.sub(r"\s*[（(][^()（）]+[)）]\s*", " ", text).strip()
    for p in paren:
        alternate.append(p.strip())
    if has_cjk(base) and alternate and not has_cjk(alternate[0]):
        base, alternate = alternate[0], [base, *alternate[1:]]
    if not base or len(base) > 80:
        raise SourceError("the first line is not a name", path=doc.display, line=n)
    return base, alternate


def _read_paper(doc: SourceDoc, start: int, end: int, owner: str, alternate: list[str]) -> Publication | None:
    m = FLAG_LINE.match(doc.lines[start - 1].strip())
    assert m is not None
    paras = paragraphs(doc.lines, start + 1, end)
    if not paras:
        return None  # a flag line with nothing after it: left unparsed
    t_first, t_last, title = paras[0]
    doc.use(start)
    doc.use(t_first, t_last)
    pub = Publication(title=title, line=start)
    date_text = m.group("date")
    date = parse_date(date_text)
    if date:
        pub.date = date
    else:
        pub.date_text = date_text
    pub.keywords = _categories(m.group("cat"))
    if m.group("score"):
        pub.notes.append(f"aggregator score {m.group('score')}")
    flags = re.findall("|".join(_FLAGS), m.group("flags") or "")
    code = "Code" in flags
    if code:
        pub.notes.append("code available")
    for flag in flags:
        if flag != "Code":
            pub.notes.append(f"{flag.lower()} available")

    rest = paras[1:]
    if rest and _looks_like_authors(rest[0][2]):
        a_first, a_last, text = rest[0]
        parts = [p.strip() for p in text.split(" · ")]
        authors = split_authors(parts[0], legend={})
        pub.authors = authors.authors
        pub.authors_truncated = authors.truncated
        for tag in parts[1:]:
            if tag:
                pub.notes.append(f"tag: {tag}")
        mark_owner(pub.authors, owner, alternate)
        doc.use(a_first, a_last)
        rest = rest[1:]
    abstract: list[str] = []
    for first, last, text in rest:
        if _FOOTER.match(text):
            doc.ignore(first, last)
            continue
        abstract.append(text)
        doc.use(first, last)
    if abstract:
        pub.abstract = "\n\n".join(abstract)
        if code:
            for url in _CODE_URL.findall(pub.abstract):
                fixed = repair_url(url.rstrip(".").removesuffix(".git"))
                if fixed:
                    pub.links["code"] = fixed
                    break
    return pub


IMPORTER = Importer(
    name="aggregator",
    detect=detect,
    parse=parse,
)
