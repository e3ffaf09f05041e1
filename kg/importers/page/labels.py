"""Link labels: which anchors are labels (``[PDF]``, ``Code``, ``Slides``) rather than content.

Takes an anchor element; gives its label text and whether it is a link label.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

from ..common import lazy_compile, IMAGE_EXTENSIONS, arxiv_id, fold, identifier_from_url, on_host, valid_doi
from .source import classes_of, itertext, norm
from .memo import label_kind, url_kind
from .runs import paper_badge


LABEL_WORDS = {
    "link", "url", "html", "web", "abs", "abstract", "acm", "ieee", "springer", "official", "publisher", "proceedings",
    "cvf", "pmlr", "media", "press", "news", "full text", "preprint", "pre print", "cite", "citation", "bib", "ref", "dl",
    "paper link", "online", "here", "more", "details", "pdf version", "springerlink", "elsevier", "ieeexplore",
    "hal", "researchgate", "acl anthology", "open access", "supp", "suppl", "supplementary", "appendix",
    "model", "models", "weights", "colab", "notebook", "huggingface", "hugging face", "pretrained models",
    "press coverage", "award", "talk", "tldr", "bibtex", "website", "homepage", "github", "paper", "code",
    "anthology", "acl", "dblp", "semantic scholar", "scholar", "talk video", "ieee xplore", "acm dl", "pubmed",
    "thesis", "dissertation", "report", "tech report", "technical report", "extended version", "full version",
    "supporting info", "supporting information", "supplemental material", "supplementary material",
    "supplementary information", "supplemental", "erratum", "errata",
    "find here", "find it here", "read here", "read it here", "available here", "media coverage", "news coverage",
    # a call to follow the link ("Title <em>[Read more]</em>"): a button's words, as "more" and "details" are
    "read more", "learn more", "see more", "more info", "more information", "more details",
    # the links economists' and social scientists' lists give a paper
    "draft", "latest draft", "latest version", "working paper", "manuscript", "ungated", "ungated version",
    "current draft", "current version", "pre publication", "prepublication", "published version", "accepted version",
    "online appendix", "replication files", "replication package", "replication code",
    # the links life-science lists give a paper (PubMed's abstract, the journal's materials, its counts)
    "supplementary materials", "supp materials", "altmetric", "altmetric stats", "citations",
    "google scholar citations", "pmc", "pubmed central", "europe pmc", "medline",
    # a book's or a chapter's links: where to buy or borrow it; a paper's replication materials
    "amazon", "google books", "worldcat", "replication", "replication data", "replication materials",
    # where the work's code and data are deposited for good (a Zenodo or Figshare DOI beside the repository)
    "archive",
}


def label_text(label: str) -> bool:
    """Whether a link's text is a label (``PDF``, ``Link``, ``Journal version``, ``Download the draft``) rather than
    a name: a short name linked to a DOI or an arXiv page names where the work appeared (``PNAS``, ``arXiv``)."""
    low = fold(_COUNT.sub("", label))
    return low in LABEL_WORDS or bool(PUBLISHER_LINK.search(low) or _DOWNLOAD_LINK.fullmatch(low)) \
        or label_kind(label) not in (None, "arxiv")


def link_text(anchor) -> str:
    """A link's words as the page shows them, white space folded (a ``<br>`` is a space, a script no words); ""
    for a link drawn as a picture or an icon alone. Every reader of a link's words reads them here.

    >>> import lxml.html
    >>> link_text(lxml.html.fragment_fromstring('<a href="p.pdf">[<b>PDF</b>]<br>draft</a>'))
    '[ PDF ] draft'
    """
    texts = _LINK_TEXTS.get()
    if texts is None:
        return norm(" ".join(itertext(anchor)))
    text = texts.get(anchor)
    if text is None:
        text = texts[anchor] = norm(" ".join(itertext(anchor)))
    return text


_LINK_TEXTS: ContextVar[dict | None] = ContextVar("link_texts", default=None)
"""The words of each link read while a page's readers run (:func:`link_texts_kept`), by element."""


@contextmanager
def link_texts_kept():
    """Each link's words read once while a page's readers run (:func:`~.parse._read_page`): the readers ask a
    link's words about six times (its label, whether it is one, the bar it stands in, the entry's text), and the
    tree does not change while they read it (its last change is :meth:`~.reader.Reader.precompute`'s, before)."""
    token = _LINK_TEXTS.set({})
    try:
        yield
    finally:
        _LINK_TEXTS.reset(token)


def label_of(anchor) -> str:
    """A link's label: its text unbracketed, or for a link drawn as a picture alone its picture's
    (:func:`pictured_label`), or for a paper's badge link the paper's title (:func:`runs.paper_badge`)."""
    text = link_text(anchor).strip("[]()【】 ")
    if text or not len(anchor):
        return text
    paper = paper_badge(anchor)
    return paper[1] if paper else pictured_label(anchor) or ""


_ICON_CLASS = lazy_compile(r"^(?:ai|fa|fas|far|bi)-(?:file-)?(pdf|ieee|acm|doi|hal|arxiv|springer|elsevier|osf|zenodo|"
                         r"figshare)(?:-o)?$")
"""An icon font's glyph of a paper's link ("ai-ieee", "fa-file-pdf", Academicons' and Font Awesome's names; "ai-osf",
the paper's materials on the Open Science Framework)."""
_ICON_GLYPH = re.compile(r"^(?:ai|fa|fas|far|fab|bi|cc)-(file-)?([a-z]+(?:-[a-z]+)*?)(?:-o)?$")
"""Any glyph of an icon font ("fa-money", "ai-dryad", "cc-cc", "fa-github"): the word it is named by, whatever it
draws (:data:`_ICON_CLASS` the glyphs of a paper's own links)."""
_ICON_STYLES = frozenset(("lg", "fw", "sm", "xs", "li", "ul", "spin", "pulse", "border", "inverse", "stack",
                          "solid", "regular", "brands", "light", "thin", "duotone", "pull-left", "pull-right",
                          "flip-horizontal", "flip-vertical", "xl", "2xs", "sharp", "beat", "fade", "beat-fade",
                          "bounce", "flip", "shake", "spin-reverse", "rotate-by", "swap-opacity"))
"""Icon-font classes that size or style a glyph ("fa-lg", "fa-fw", Font Awesome 6's "fa-xl", "fa-beat"), no glyph's
name."""
_PERSON_GLYPHS = frozenset(("home", "user", "user-circle", "id-card",
                            "house", "circle-user", "user-large", "address-card", "house-user"))
"""Glyphs that draw a person or their home ("fa-home" after a coauthor's name, Font Awesome 6's "fa-house"): a link
to someone, no paper's."""
_ICON_FILE = lazy_compile(r"(?i)^(?:(?:icon|logo)[_\-]?(pdf|arxiv|doi)|(pdf|arxiv|doi)[_\-](?:icon|logo))(?:[_\-][a-z]+)?"
                        rf"\.(?:{IMAGE_EXTENSIONS})$")
"""An icon's file named for a paper's link and called an icon: "pdf_icon_red.png", "icon-pdf.gif", "arxiv-logo.svg"
(a bare "pdf.gif" before each paper of a list is the entry's own picture, read with the entry as before)."""
_ICON_KINDS = frozenset(("pdf", "doi", "arxiv"))
"""The kinds of a paper's link an icon's file is named for (:data:`_ICON_FILE`), spelled as :func:`_icon_label` does."""


def _icon_label(word: str) -> str:
    """The label an icon names by a word of its class or file ("pdf", "ai-ieee", "arxiv-logo"): the word in
    capitals, "arXiv" as arXiv writes it."""
    return "arXiv" if word.lower() == "arxiv" else word.upper()


_ICON_PX = 32
"""The largest width and height an image drawn as a link's icon is given (``<img width="20" height="20">``)."""
_LINK_ICON_WORDS = frozenset(("link", "links", "paperclip", "clip", "chain", "external", "globe"))
"""An icon's file named for a link of no kind of its own ("paperclip.svg", "external-link.png"): a link."""


def _drawn_as_icon(anchor, img) -> bool:
    """Whether an image alone in a link is drawn as an icon: the link's or the image's class says so
    ("social-icon"), or the image is given an icon's size (both its width and height at most ``_ICON_PX``)."""
    if any("icon" in c for c in classes_of(anchor) + classes_of(img)):
        return True
    sizes = [re.fullmatch(r"\s*(\d+)\s*(?:px)?\s*", img.get(k) or "") for k in ("width", "height")]
    return all(m is not None and int(m.group(1)) <= _ICON_PX for m in sizes)


def _icon_file_label(anchor, img) -> str | None:
    """The label an icon's file names, for an image drawn as an icon (:func:`_drawn_as_icon`): the first word of
    its file's name that names a link's kind ("pdf-outline-24.svg" -> PDF, "code-brackets.svg" -> Code,
    "clip-paperclip.svg" -> Link); else None."""
    if not _drawn_as_icon(anchor, img):
        return None
    stem = (img.get("src") or "").rsplit("/", 1)[-1].rsplit(".", 1)[0]
    for word in re.split(r"[\W_]+", stem.lower()):
        kind = label_kind(word) if word else None
        if kind is not None:
            return _icon_label(word) if word in _ICON_KINDS else word.capitalize()
        if word in _LINK_ICON_WORDS:
            return "Link"
    return None


def _glyph_page(href: str) -> bool:
    """Whether a glyph's link leads to a page of a site, not its front page: an address with a path
    ("https://x.org/p/a"), or a relative one other than the page itself ("data/a.zip", not "", "/", "#top" nor
    "index.html")."""
    if re.match(r"(?i)^(?:[a-z][a-z0-9+.-]*:)?//", href):
        return bool(re.search(r"//[^/]+/+[^/#?\s]", href)) and not re.search(r"//[^/]+/+index\.html?$", href, re.I)
    return not re.match(r"(?i)^(?:[a-z][a-z0-9+.-]*:|/?$|#|(?:\./)?index\.html?$)", href)


def pictured_label(anchor) -> str | None:
    """The label of a link drawn as a picture alone: an image whose alt text is a link's label ("<a><img
    alt="HAL"></a>"), or an icon font's glyph of one ("<a><i class="ai ai-ieee"></i></a>"); else None."""
    if link_text(anchor):
        return None
    img = next((i for i in anchor.iter("img") if (i.get("alt") or "").strip()), None)
    alt = " ".join(img.get("alt").split()) if img is not None else ""
    if alt and len(alt) <= 20 and label_text(alt):
        return alt
    href = (anchor.get("href") or "").strip()
    for el in anchor.iter("i", "span"):
        classes = classes_of(el)
        if "fa-stack-2x" in classes:
            continue  # the disc a stacked glyph is drawn on ("fa-circle fa-stack-2x" under "fa-github fa-stack-1x")
        for c in classes:
            m = _ICON_GLYPH.match(c)
            if not m or m.group(2) in _ICON_STYLES:
                continue
            if _ICON_CLASS.match(c):
                return _icon_label(m.group(2))
            if m.group(2) not in _PERSON_GLYPHS and _glyph_page(href) and identifier_from_url(href) is None:
                # "<a href=...><i class="fa fa-money"></i></a>" after a paper: a link drawn by a glyph kg has no kind
                # for is a link still, labelled by the glyph's name ("Github": code; "Money": of no kind; "fa-file-
                # lines": a file); not one to a site's front page ("Acme Labs, Oslo <a href=https://acme.example/><i
                # class=fa-link>"), where the line names the place it leads to, nor to a person (a coauthor's
                # "fa-twitter" profile or "fa-home" page after their name)
                name = m.group(2).replace("-", " ").capitalize()
                return "File" if m.group(1) and label_kind(name) is None else name
    for img in anchor.iter("img"):
        # "<a href="pubs/a.pdf"><img src="images/pdf_icon_red.png" alt=""></a>": an icon whose file is named for
        # what the link leads to
        m = _ICON_FILE.search((img.get("src") or "").rsplit("/", 1)[-1])
        if m:
            word = m.group(1) or m.group(2)
            return _icon_label(word)
    imgs = list(anchor.iter("img"))
    # '<a class="social-icon" href="p.pdf"><img width="20" src="icons/pdf-line.svg"></a>': an icon named for its link
    return _icon_file_label(anchor, imgs[0]) if len(imgs) == 1 else None


_COMPOUND = re.compile(r"\w+(?:-\w+)+")
"""A compound written with hyphens ("Data-Free", "Video-Text"): one word, whatever words it joins."""


def named_by_host(label: str, url: str) -> bool:
    """Whether a link is named by the site it leads to: its text is the address's host, or the end of it, "www."
    aside ("[phytologia.org](https://www.phytologia.org/uploads/x.pdf)", "[ncbi.nlm.nih.gov](https://pmc.ncbi.nlm.
    nih.gov/articles/PMC1/)"): a paper's link labelled by where it is, no title.

    >>> named_by_host("ncbi.nlm.nih.gov", "https://pmc.ncbi.nlm.nih.gov/a/1"), named_by_host("nih.gov", "https://x.org/")
    (True, False)
    >>> named_by_host("Phytologia.org", "https://www.phytologia.org/a.pdf"), named_by_host("gov", "https://a.gov/")
    (True, False)
    """
    low = label.strip().lower().removeprefix("www.").rstrip("/")
    if not re.fullmatch(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+", low):
        return False
    return on_host(address_host(url), low)


def address_host(url: str) -> str:
    """The host a link's address names, in lower case, without its scheme, port or path (a target written without
    its scheme, "www.x.org/a", names its host too).

    >>> address_host("HTTPS://Pmc.ncbi.nlm.nih.gov:443/a/1"), address_host("www.x.org/a")
    ('pmc.ncbi.nlm.nih.gov', 'www.x.org')
    """
    return re.sub(r"^[a-z][a-z0-9+.-]*://", "", url.strip().lower()).split("/", 1)[0].split(":", 1)[0]


def is_label_anchor(anchor) -> bool:
    written = link_text(anchor)  # the anchor's text read once: its label is it unbracketed
    label = written.strip("[]()【】 ")
    cls = classes_of(anchor)
    if cls and any(c.startswith("btn") or c in ("button", "badge", "abstract", "bibtex", "bib", "z-depth-0") for c in cls):
        return len(label.split()) <= 5
    if not label:
        return paper_badge(anchor) is None  # (a paper's badge: its alt text is the paper's title)
    # "[Current draft (September 2025)]", "[Pre-publication (April 2023)]": a label dated in brackets
    label = _DATED.sub("", label) or label
    if len(label.split()) > 4 or _quoted(anchor, written):
        return False
    href = anchor.get("href") or ""
    low = fold(_COUNT.sub("", label))  # "google scholar citations (12)": a label with a count
    if low in LABEL_WORDS or PUBLISHER_LINK.search(low) or _DOWNLOAD_LINK.fullmatch(low):
        return True
    if label_kind(label) is not None and (len(label.split()) < 3 or label_kind(_COMPOUND.sub(" ", label)) is not None):
        # (not "Data-Free Model Extraction", "Video-Text Retrieval at Scale": a label word inside a compound of a
        # few words in a row is a short title's, no link's kind)
        return True
    ident = arxiv_id(href) if "arxiv" in href else None
    if ident and ident in label and len(label.split()) <= 3:
        return True  # "[2405.01234 [hep-lat]](https://arxiv.org/abs/2405.01234)": a link named by its own id
    if named_by_host(_ON_SITE.sub("", label), href):
        # "[phytologia.org](https://www.phytologia.org/x.pdf)": a link named by its own site ("On dataanalyst.eu",
        # German "Auf DataAnalyst.eu": where the work is read)
        return True
    if valid_doi(label):
        return True  # "[DOI: 10.1/x](https://doi.org/10.1/x)", "[doi:10.1/x](publisher's page)": a link named by a DOI
    if written.startswith("[") and written.endswith("]") and len(label.split()) <= 2 and not label.isdigit() \
            and re.search(r"[^\W\d_]", label):
        return True  # "[ScienceDirect]", "[TRID]": a label the page writes in brackets, like a button
    return url_kind(href) is not None and len(label.split()) <= 2 and len(label) <= 12


_OPEN_QUOTE = ("\"", "'", "“", "‘")
_CLOSE_QUOTE = ("\"", "'", "”", "’")
_STOP_CLOSE_QUOTE = tuple(c + q for c in ",." for q in _CLOSE_QUOTE)  # ('<a>Title</a>,"': the stop before the mark)


def _quoted(anchor, written: str) -> bool:
    """Whether the page sets the link's text in quotation marks ('<a>The mix evaluation dataset</a>,' or
    "<a>A speech corpus"</a>), as it sets a title: no label, whatever word it ends with."""
    if not written.startswith(_OPEN_QUOTE):
        prev = anchor.getprevious()
        parent = anchor.getparent()
        before = ((prev.tail if prev is not None else parent.text if parent is not None else "") or "").rstrip()
        if not before.endswith(_OPEN_QUOTE):
            return False  # (no opening mark: the text after the link is not read; most links have none)
    after = (anchor.tail or "").lstrip()
    closed = written.endswith(_CLOSE_QUOTE) or after.startswith(_CLOSE_QUOTE) or after.startswith(_STOP_CLOSE_QUOTE)
    return closed and len(written.strip("\"'“”‘’ ")) > 0


def bar_labels(runs, labels: set) -> set:
    """The links of a bar of labels (``abstract | full text | pdf | supp. materials | altmetric stats``): links
    set one after another with only separators between them, where two at least read as labels already, are
    all labels, whatever words the page names the others with; the anchors found so.

    A bar is three links or more, each two set apart by a mark ("|", "·", ","); a link of more than four words stays
    what it reads as (a title)."""
    found: set = set()
    bar: list = []
    between = ""  # what stands between the bar's last link and the next one

    def close() -> None:
        if len(bar) >= 3 and sum(a in labels for a in bar) >= 2:
            found.update(a for a in bar if a not in labels and len(label_of(a).split()) <= 4)
        bar.clear()

    for r in runs:
        if r.anchor is not None:
            if bar and r.anchor is not bar[-1] and not between.strip():
                close()  # ("[Code] [Slides] [A demo on X]": links set side by side with spaces only are no bar)
            if r.anchor not in bar:
                bar.append(r.anchor)
            between = ""
        elif separators_only(r.text):
            between += r.text
        else:
            close()
            between = ""
    close()
    return found


_ON_SITE = re.compile(r"(?i)^(?:on|at|auf|bei|sur|en|em|su)\s+(?=\S+\.[a-z]{2,}$)")
"""The word a link's text opens with before the site it names ("on phytologia.org", "auf dataanalyst.eu")."""
_DATED = re.compile(r"\s*\((?:[A-Za-z]{3,9}\.?\s+)?(?:19|20)\d\d\)?$")
_COUNT = re.compile(r"\s*\(\d+\)?$")
_DOWNLOAD_LINK = re.compile(r"download(?:\s+[\w\-]+){0,3}|(?:read|find|view|available)(?:\s+it)?\s+(?:on|at|in|from)"
                            r"(?:\s+[\w\-]+){1,2}\s+here")
"""A link labelled as what it lets one download ("Download pre-publication draft") or where to read the work ("Read
on bioRxiv here", as "Read here" is), no title."""
SEPARATORS = re.compile(r"^[\s\[\]()|/·•,;:.\-–—&]*$")


@lru_cache(maxsize=1 << 14)
def separators_only(text: str) -> bool:
    """Whether a text holds nothing but spaces, brackets and separators (``" | "``, ``"], ["``); memoised: it is asked
    of every run between an entry's links and of every line left over, and a page writes the same few again and
    again."""
    return SEPARATORS.match(text) is not None
# "IEEE Xplore Link", "Entropy link", "Journal version", "Link to paper": a label naming where the paper is
PUBLISHER_LINK = re.compile(r"^(?:[\w.&\-]+\s+){0,3}(?:link|version|online)$|^link to\b")


_LABEL_TAGS = frozenset(("strong", "b", "em", "i", "span", "label"))
"""The elements a page sets a link's label in before it ("<b>Code:</b> <a>...</a>")."""
_LEAD_LABEL = re.compile(r"(?:^|[\s\[(|,;])([A-Za-z][A-Za-z ]{0,20}?)\s*:\s*$")


OWN_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")
"""A link's text that is its address written out, no label (``https://...``, ``www.lab.org/~lee``): to fullmatch."""


def lead_label(anchor) -> str:
    """The label a page writes just before a link that has no text of its own (``Code: <a><img
    src=badge.svg></a>``, a badge image as the link) or only its own address (``URL: <a>https://...</a>``, as a
    list made from BibTeX writes it), when it is a link label; else empty."""
    own = link_text(anchor).strip("[]()【】 ")
    if own and not OWN_ADDRESS.fullmatch(own):
        return ""
    prev = anchor.getprevious()
    parent = anchor.getparent()
    text = (prev.tail if prev is not None else parent.text if parent is not None else "") or ""
    if prev is not None and not text.strip() and prev.tag in _LABEL_TAGS:
        text = " ".join(itertext(prev))  # "<strong>Archive:</strong> <a><img alt=DOI></a>": the label set in bold
    m = _LEAD_LABEL.search(text[-40:])
    label = m.group(1).strip() if m else ""
    return label if label and (label_kind(label) is not None or fold(label) in LABEL_WORDS) else ""
