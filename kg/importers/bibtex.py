"""BibTeX files -> publications, read with bibtexparser v2.

:func:`read_bibtex` is the reusable part: site importers (al-folio's
``_bibliography/papers.bib``, Hugo's ``cite.bib``) call it on their own files.

How an entry becomes a :class:`~kg.model.Publication`:

* ``title``: braces removed, LaTeX accents and math decoded (``{G}r\\"obner`` -> ``Gröbner``).
* ``author``: split on ``and`` (brace-aware, bibtexparser's ``SeparateCoAuthors`` and
  ``SplitNameParts``), each name written first-name-first (``"Müller, Jörg"`` -> ``"Jörg Müller"``);
  ``and others`` -> ``authors_truncated``.
* ``year``, ``month`` (``mar``, ``March``, ``3``) and biblatex ``date`` -> ``year`` and ``date``.
* ``booktitle``/``journal``/``school``/``institution``/``howpublished`` -> ``venue_full``; the short form
  comes from al-folio's ``abbr``, biblatex ``shortjournal``/``shortbooktitle``, a trailing
  ``(CVPR)``, a venue that is itself an acronym, or a few well-known venue names.
* ``doi``, ``eprint`` (arXiv), al-folio ``arxiv``; ``url``/``pdf``/``code``/``html``/``website``/
  ``slides``/``poster``/``video``/``supp``/``blog``/``fulltext``/``link`` -> ``links`` (relative al-folio file names are
  made absolute with ``pdf_base`` when given, else left out and their lines stay unparsed).
* ``abstract``, ``keywords``, ``pages``, ``volume``; ``note``, ``award``/``award_name``,
  ``additional_info`` -> ``notes``.
* Fields the model has no slot for and that are bookkeeping (``publisher``, ``address``,
  ``isbn``, ``timestamp``, ``biburl``, al-folio display switches such as ``bibtex_show``,
  ``preview``, ``selected``, ...) are ignored; any other field stays in ``unparsed``.

The owner is ``--owner`` when given, else the most frequent author. Each publication
gets the line its ``@type{key,`` starts on. Entries bibtexparser cannot parse are
left as unparsed lines (with their line numbers); a file without a single entry is a
:class:`~kg.errors.SourceError`.
"""

from __future__ import annotations

import datetime as _dt
import html as _html
import logging
import re
import unicodedata
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Collection, Iterator, Mapping
from urllib.parse import urljoin

from ..errors import SourceError
from ..model import Author, Education, Link, Person, Profile, Publication
from .base import ImportOptions, Importer, SourceDoc
from .common import (
    lazy_compile, markup_text, role_list_marks, ROLE_LIST_KEY, ARXIV_KEYS, BOOK_VENUE_KEYS, CODE_FENCE,
    DEMO_AUTHOR, TEX_STYLE_COMMANDS, STAR_LEGEND, WORK_TYPE, WORKSHOP, CONF_WORDS, MARK_CLASS, MARK_SYMBOLS,
    MONTHS, highlights, kind_taken, read_stars, split_authors, NOTE_WORDS, address_kind, link_kind, doi_written,
    fold, arxiv_cited, arxiv_id, arxiv_ref, doi_of, find_year, mark_owner, name_key, note_unplaced,
    only_link_label, placeholder_text, repair_url, same_name, strip_marks, initial_form, owner_variant,
    venue_type, without_arxiv_cited, has_cjk,
)

ENTRY_TYPES = (
    "article", "inproceedings", "conference", "proceedings", "book", "inbook", "incollection", "booklet",
    "manual", "mastersthesis", "phdthesis", "thesis", "techreport", "report", "misc", "unpublished",
    "online", "electronic", "patent", "software", "dataset",
)
_WHOLE_VOLUMES = ("book", "proceedings", "collection", "mvbook", "mvproceedings", "mvcollection")
"""Entry types of a whole volume, authored or edited: they name no journal nor book they are in."""
_ENTRY_START = re.compile(r"^\s*@\s*(" + "|".join(ENTRY_TYPES) + r")\s*[{(]", re.I)
_ANY_BLOCK = re.compile(r"^\s*@\s*(\w+)\s*[{(]", re.I)
_TITLE_NOTE = re.compile(r"\s*\((?P<n>[^()]{3,60})\)\s*$")
"""A bracketed note closing a title field ("... in Crowdsourcing (Best Paper Award)"): read with NOTE_WORDS."""

IGNORED_FIELDS = frozenset(
    """publisher address organization editor isbn issn timestamp biburl bibsource file owner added-at
    interhash intrahash language langid lang urldate series number issue edition location copyright
    eprinttype archiveprefix primaryclass bibtex_show preview selected dimensions altmetric
    google_scholar_id inspirehep_id pmid pmcid mrnumber zbl month_numeric type key crossref
    annote annotation address_ publisher_ eid articleno numpages acmid collection adsurl adsnote shorttitle
    date-added date-modified""".split()
)
"""Fields read past on purpose: bibliographic bookkeeping and site display switches."""

_STANDARD_FIELDS = frozenset("author title year month note pages volume number journal booktitle url doi".split())
"""BibTeX's own fields, which a template names "OPT<field>" while they are unfilled."""
VENUE_FIELDS = ("booktitle", "journal", "journaltitle", "school", "institution", "howpublished")
_TYPE_BADGE = lazy_compile(r"(?i)theses|conference|workshop|misc|other|"
                         # the degree a thesis earned ("M.Sc.", "PhD"), a piece written for the public ("Outreach")
                         r"(?:b|m)\.?\s?sc\.?|ph\.?\s?d\.?|outreach")
"""al-folio badges naming no venue that :data:`~.common.WORK_TYPE` (the kinds of work) does not name."""
_ARXIV_CLASS = lazy_compile(r"(?:astro-ph|cond-mat|gr-qc|hep-(?:ex|lat|ph|th)|math-ph|nucl-(?:ex|th)|quant-ph|nlin|physics|"
                          r"math|cs|q-bio|q-fin|stat|eess|econ)(?:\.[A-Za-z][A-Za-z-]{1,20})?")
"""An arXiv subject class as arXiv writes it: "hep-th", "cond-mat.stat-mech", "physics.bio-ph", "cs.LG"."""
SHORT_VENUE_FIELDS = ("abbr", "shortjournal", "shortbooktitle", "journalabbreviation", "venue_short")
_OWN_BUTTONS = ("fulltext", "link")
"""Link fields of a site's own template ("fulltext", "link" buttons), read by the kind of their address."""
LINK_FIELDS = {
    "url": None, "pdf": "pdf", "code": "code", "html": "paper", "website": "project", "project": "project",
    "slides": "slides", "poster": "poster", "video": "video", "supp": "supplement",
    "supplementary": "supplement", "blog": "blog", "demo": "demo", "data": "data", "dataset": "data",
    "openreview": "openreview", "talk": "talk", "preprint": None, **dict.fromkeys(_OWN_BUTTONS),
}
NOTE_FIELDS = ("note", "award", "award_name", "additional_info")

# well-known venues written in full in BibTeX files -> the short form pages use
_KNOWN_VENUES: list[tuple[re.Pattern[str], str]] = [
    (lazy_compile(p, re.I), short)
    for p, short in [
        (r"computer vision and pattern recognition", "CVPR"),
        (r"international conference on computer vision\b", "ICCV"),
        (r"european conference on computer vision", "ECCV"),
        (r"neural information processing systems", "NeurIPS"),
        (r"international conference on machine learning\b", "ICML"),
        (r"international conference on learning representations", "ICLR"),
        (r"aaai conference on artificial intelligence", "AAAI"),
        (r"international joint conference on artificial intelligence", "IJCAI"),
        (r"pattern analysis and machine intelligence", "T-PAMI"),
        (r"international journal of computer vision", "IJCV"),
        (r"transactions on image processing", "TIP"),
        (r"neural networks and learning systems", "TNNLS"),
        (r"british machine vision conference", "BMVC"),
        (r"winter conference on applications of computer vision", "WACV"),
        (r"association for computational linguistics", "ACL"),
        (r"empirical methods in natural language processing", "EMNLP"),
        (r"knowledge discovery and data mining", "KDD"),
        (r"acm (international )?conference on multimedia\b|acm multimedia", "ACM MM"),
        # DBLP's abbreviated journal names
        (r"trans\.? pattern anal\.? mach\.? intell", "T-PAMI"),
        (r"int\.? j\.? comput\.? vis", "IJCV"),
        (r"trans\.? image process", "TIP"),
        (r"trans\.? neural netw(orks)?\.? learn", "TNNLS"),
    ]
]

_AAS_JOURNALS = {
    macro: (short, full) for macro, short, full in (
        ("aj", "AJ", "The Astronomical Journal"), ("actaa", "AcA", "Acta Astronomica"),
        ("araa", "ARA&A", "Annual Review of Astronomy and Astrophysics"), ("apj", "ApJ", "The Astrophysical Journal"),
        ("apjl", "ApJL", "The Astrophysical Journal Letters"),
        ("apjs", "ApJS", "The Astrophysical Journal Supplement Series"), ("ao", "Appl. Opt.", "Applied Optics"),
        ("apss", "Ap&SS", "Astrophysics and Space Science"), ("aap", "A&A", "Astronomy and Astrophysics"),
        ("aapr", "A&ARv", "Astronomy and Astrophysics Review"),
        ("aaps", "A&AS", "Astronomy and Astrophysics Supplement Series"),
        ("baas", "BAAS", "Bulletin of the American Astronomical Society"),
        ("jcap", "JCAP", "Journal of Cosmology and Astroparticle Physics"),
        ("jrasc", "JRASC", "Journal of the Royal Astronomical Society of Canada"),
        ("memras", "MmRAS", "Memoirs of the Royal Astronomical Society"),
        ("mnras", "MNRAS", "Monthly Notices of the Royal Astronomical Society"), ("na", "NewA", "New Astronomy"),
        ("nar", "NewAR", "New Astronomy Reviews"), ("pasa", "PASA", "Publications of the Astronomical Society of Australia"),
        ("pasp", "PASP", "Publications of the Astronomical Society of the Pacific"),
        ("pasj", "PASJ", "Publications of the Astronomical Society of Japan"),
        ("qjras", "QJRAS", "Quarterly Journal of the Royal Astronomical Society"),
        ("rmxaa", "RMxAA", "Revista Mexicana de Astronomía y Astrofísica"), ("solphys", "SoPh", "Solar Physics"),
        ("ssr", "SSRv", "Space Science Reviews"), ("nat", "Nature", "Nature"), ("icarus", "Icarus", "Icarus"),
        ("pra", "PRA", "Physical Review A"), ("prb", "PRB", "Physical Review B"), ("prc", "PRC", "Physical Review C"),
        ("prd", "PRD", "Physical Review D"), ("pre", "PRE", "Physical Review E"),
        ("prl", "PRL", "Physical Review Letters"), ("physrep", "Phys. Rep.", "Physics Reports"),
        ("grl", "GeoRL", "Geophysical Research Letters"), ("jgr", "JGR", "Journal of Geophysical Research"),
        ("procspie", "Proc. SPIE", "Proceedings of the SPIE"), ("planss", "P&SS", "Planetary and Space Science"),
        ("gca", "GeCoA", "Geochimica et Cosmochimica Acta"), ("jcp", "JChPh", "The Journal of Chemical Physics"),
        ("memsai", "MmSAI", "Memorie della Società Astronomica Italiana"), ("aplett", "ApL", "Astrophysics Letters"),
        ("skytel", "S&T", "Sky and Telescope"), ("iaucirc", "IAUC", "IAU Circulars"),
        ("psj", "PSJ", "The Planetary Science Journal"), ("azh", "AZh", "Astronomicheskii Zhurnal"),
        ("sovast", "SvA", "Soviet Astronomy"), ("caa", "ChA&A", "Chinese Astronomy and Astrophysics"),
        ("cjaa", "ChJA&A", "Chinese Journal of Astronomy and Astrophysics"),
        ("jqsrt", "JQSRT", "Journal of Quantitative Spectroscopy and Radiative Transfer"),
        ("nphysa", "NuPhA", "Nuclear Physics A"), ("physscr", "PhyS", "Physica Scripta"),
        ("zap", "ZA", "Zeitschrift für Astrophysik"),
        ("bain", "BAN", "Bulletin of the Astronomical Institutes of the Netherlands"),
    )
}
"""The journal macros of the AAS (``aas_macros.sty``) that NASA ADS writes in every exported entry
(``journal = {\\mnras}``), each the short name astronomers' pages show and the journal's name."""
_AAS_MACRO = re.compile(r"\s*\{?\s*\\([a-z]+)\s*\}?\s*")
"""A field that is one macro and nothing else (``{\\apj}``)."""


@dataclass
class BibResult:
    """What :func:`read_bibtex` found in one BibTeX text."""

    publications: list[Publication]
    owner: str | None = None
    failed: list[tuple[int, str]] = field(default_factory=list)
    """(1-based line, reason) of every block bibtexparser could not parse."""
    entries: int = 0
    education: list[Education] = field(default_factory=list)
    """The owner's degrees their own theses state (``@phdthesis`` with a ``school``)."""
    unshown: list[tuple[int, str]] = field(default_factory=list)
    """(1-based line, note) of each entry the page does not show (``cited``, ``types``, ``left_out``): not read,
    and said (the reader's caller reports each note), not dropped in silence."""


# --- LaTeX decoding -----------------------------------------------------------------------

_decoder = None


def _latex_decoder():
    global _decoder
    if _decoder is None:
        import pylatexenc.latex2text as l2t
        from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec

        db = l2t.get_default_latex_context_db()
        db.add_context_category("kg-bibtex", prepend=True, macros=[MacroTextSpec("url", simplify_repl="%s")])
        _decoder = LatexNodes2Text(latex_context=db, keep_braced_groups=False, math_mode="text")
    return _decoder


ACCENTS = {"'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304",
            ".": "\u0307", "c": "\u0327", "v": "\u030c", "u": "\u0306", "H": "\u030b", "r": "\u030a",
            "k": "\u0328"}
_LETTERS = {"i": "ı", "j": "ȷ", "ss": "ß", "o": "ø", "O": "Ø", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ",
            "l": "ł", "L": "Ł", "aa": "å", "AA": "Å"}
_ACCENT_RX = lazy_compile(r"\\(['`^\"~=.]|[cvuHrk](?=[\s{]))\s*(?:\{\s*(\\?[A-Za-z]+)\s*\}|(\\?[A-Za-z]))")
_LETTER_RX = re.compile(r"\\(ss|ae|AE|oe|OE|aa|AA|[ijoOlL])(?![A-Za-z])\s*(?:\{\})?")
_ESCAPE_RX = re.compile(r"\\([&%_$#{}])")


_SYMBOLS = {
    **{g: chr(0x3B1 + i) for i, g in enumerate(
        "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho "
        "varsigma sigma tau upsilon phi chi psi omega".split())},
    **{g: chr(0x391 + i) for i, g in enumerate(
        "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho "
        "_ Sigma Tau Upsilon Phi Chi Psi Omega".split()) if g != "_"},
    "varepsilon": "ε", "vartheta": "ϑ", "varphi": "φ", "ell": "ℓ", "times": "×", "cdot": "·", "sim": "~",
    "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥", "neq": "≠", "pm": "±", "infty": "∞", "approx": "≈",
    "rightarrow": "→", "to": "→", "leftarrow": "←", "ldots": "…", "dots": "…", "cdots": "⋯", "circ": "∘",
    "partial": "∂", "nabla": "∇", "sqrt": "√", "log": "log", "in": "∈", "mid": "|",
    "textendash": "–", "textemdash": "—", "LaTeX": "LaTeX", "TeX": "TeX",
}
_TEXT_MACROS = lazy_compile(
    r"\\(?:emph|textbf|textit|texttt|textsc|textrm|textsf|textup|textnormal|mathrm|mathbf|mathit|mathcal|"
    r"mathbb|mathsf|mathtt|boldsymbol|bm|mbox|text|url|operatorname|uppercase|MakeUppercase|underline)\s*\{([^{}]*)\}")
_HREF = re.compile(r"\\href\s*\{[^{}]*\}\s*\{([^{}]*)\}")
_DROP = lazy_compile(r"\\(?:cite[pt]?|citep|citet|ref|eqref|label|footnote)\s*(?:\[[^\]]*\])?\s*\{[^{}]*\}")
_SYMBOL_RX = re.compile(r"\\([A-Za-z]+)(?![A-Za-z])\s?")
_SPACING = re.compile(r"\\[,;:! ]|\\\\")


def _fast_latex(text: str) -> str | None:
    """The common cases (accents, escapes, text macros, simple math, braces) without
    pylatexenc, which is slow; None when the text needs the real LaTeX reader."""

    def accent(m: re.Match) -> str:
        base = m.group(2) or m.group(3)
        if base.startswith("\\"):
            base = _LETTERS.get(base[1:], "")
            if not base:
                return m.group(0)
            base = {"ı": "i", "ȷ": "j"}.get(base, base)
        return unicodedata.normalize("NFC", base[0] + ACCENTS[m.group(1)]) + base[1:]

    text = _DROP.sub("", text)
    for _ in range(3):  # nested \emph{\textbf{x}}
        new = _HREF.sub(r"\1", _TEXT_MACROS.sub(r"\1", text))
        if new == text:
            break
        text = new
    text = _ACCENT_RX.sub(accent, text)
    text = _LETTER_RX.sub(lambda m: _LETTERS[m.group(1)], text)
    text = _ESCAPE_RX.sub(lambda m: "\x00" + m.group(1) + "\x00", text)
    text = _SPACING.sub(" ", text)
    if "$" in text.replace("\x00$\x00", ""):
        text = re.sub(r"(?<!\x00)\$", "", text)  # math delimiters; their content is read like text
    text = _SYMBOL_RX.sub(lambda m: _SYMBOLS.get(m.group(1), m.group(0)), text)
    if "\\" in text:
        return None
    text = text.replace("{", "").replace("}", "")
    text = re.sub(r"\x00(.)\x00", r"\1", text)
    return text.replace("~", "\u00a0")


@lru_cache(maxsize=4096)
def decode_latex(text: str) -> str:
    """LaTeX text -> plain Unicode text, braces removed, whitespace collapsed.

    >>> decode_latex(r"{G}r\\"obner Bases: {\\'E}tude \\& {$\\alpha$}-nets")
    'Gröbner Bases: Étude & α-nets'
    >>> decode_latex(r"Luc{\\'\\i}a Hern\\'{a}ndez, J{\\"o}rg, {\\ss} 100\\%")
    'Lucía Hernández, Jörg, ß 100%'
    """
    if text is None:
        return ""
    text = str(text)
    if re.search(r"[\\{}$~%]", text):
        fast = _fast_latex(text)
        if fast is not None:
            text = fast
        else:
            try:
                text = _latex_decoder().latex_to_text(re.sub(r"(?<!\\)%", r"\\%", text))
            except Exception:  # pylatexenc gives up on broken LaTeX: keep the text, just unbraced
                text = text.replace("{", "").replace("}", "").replace("\\", "")
    text = text.replace("---", "—").replace("--", "–").replace("``", "“").replace("''", "”")
    return " ".join(text.replace("\u00a0", " ").split())


def _plain(text: str) -> str:
    """A URL or identifier field: braces and LaTeX escapes removed, nothing else decoded."""
    text = str(text).strip()
    text = re.sub(r"\\url\s*\{([^{}]*)\}", r"\1", text)
    text = text.replace("{", "").replace("}", "")
    text = re.sub(r"\\([_%&#$~])", r"\1", text)
    return text.strip()


# --- bibtexparser set-up --------------------------------------------------------------------


def _parse_stack():
    import bibtexparser.middlewares as mw
    from bibtexparser.middlewares.middleware import LibraryMiddleware

    def middleware(key: str, change, context=lambda library: library):
        """A bibtexparser step that changes each entry of the library by ``change``, given what ``context`` reads
        off the whole library (its name in the library's metadata: ``key``)."""

        class Step(LibraryMiddleware):
            @classmethod
            def metadata_key(cls) -> str:
                return key

            def transform(self, library):
                known = context(library)
                for entry in library.entries:
                    change(entry, known)
                return library

        Step.__doc__ = change.__doc__
        return Step()

    def lower_keys(entry, _library) -> None:
        """``Author = {...}``, ``Title = {...}``: BibTeX field names are case-insensitive (BibDesk writes them
        capitalised); the name middlewares below look for ``author`` only."""
        for f in entry.fields:
            if f.key != f.key.lower():
                f.key = f.key.lower()

    def doubled_and(entry, _library) -> None:
        """``author = {Lee, Ann and and Roe, Bo}``: "and" typed twice is one separator (split as it stands, the
        second "and" became a word of the next name: "Bo and Roe")."""
        for key in ("author", "editor"):
            f = entry.fields_dict.get(key)
            if f is not None and isinstance(f.value, str) and _DOUBLED_AND.search(f.value):
                f.value = _DOUBLED_AND.sub(" and ", f.value)

    def resolve_concatenation(entry, strings: dict[str, str]) -> None:
        """``booktitle = cvpr # " Workshops"``: join the pieces, resolving @string keys."""
        for f in entry.fields:
            if isinstance(f.value, str) and "#" in f.value and f.value[:1] not in "{\"":
                joined = _concatenate(f.value, strings)
                if joined is not None:
                    f.value = "{" + joined + "}"

    def braced_author_list(entry, _library) -> None:
        """``author = "{A. Lee and B. Roe}"``: a whole list in one more pair of braces, which to BibTeX is one
        name, is the people the page shows (a corporate name has no "and", no "et al." and no comma list of
        full names); ``{X Collaboration (including A. Lee)}`` is the collaboration, the bracket saying the
        owner is one of it (kept as ``kg_included``)."""
        f = entry.fields_dict.get("author")
        m = re.fullmatch(r"\s*\{([^{}]+)\}\s*", f.value) if f is not None and isinstance(f.value, str) else None
        if not m:
            return
        inner = " ".join(m.group(1).split())
        group = _INCLUDING.fullmatch(inner)
        if group:
            f.value = "{" + group.group("g") + "}"
            entry.kg_included = group.group("n")
            return
        if re.search(r"\s+and\s+", inner):
            f.value = inner
        else:
            # "{Z. Lind, M. B. Roe, et al.}": full names between commas
            f.value = _comma_names(inner, 2) or f.value

    def html_author_list(entry, _library) -> None:
        """``author = {Ann Lee, <strong> Bo Roe </strong>, <a href="...">Cy Fox</a>}``: a site's own list of full
        names between commas, no "and", in the HTML it renders them with (three names at least when no markup
        says so: "van Dyk, Ann Marie" is one name): the people, a name set in bold kept as the site's highlight
        of its owner."""
        f = entry.fields_dict.get("author")
        if f is None or not isinstance(f.value, str) or _AND.search(f.value) or "{" in f.value:
            return
        markup = bool(re.search(r"</?[A-Za-z][^<>]*>", f.value))
        names = _comma_names(_no_markup(f.value), 2 if markup else 3)
        if names is not None:
            bold = [t for b in highlights(f.value) if (t := _no_markup(b).strip(" ,"))]
            f.value = names
            if bold:
                entry.kg_highlighted = [*getattr(entry, "kg_highlighted", ()), *bold]

    def cjk_comma_list(entry, _library) -> None:
        """``author = {王小明，李华，张伟}``: names in Chinese or Japanese between the full-width comma or the
        enumeration comma (、) and no "and", which to BibTeX is one name: each piece between the commas a
        person, when each is a name of its own script, short, with no Latin word in it (its marks kept after it,
        read as any name's)."""
        f = entry.fields_dict.get("author")
        value = f.value if f is not None and isinstance(f.value, str) else ""
        if not re.search(r"[，、]", value) or _AND.search(value) or "{" in value:
            return
        pieces = [p.strip() for p in re.split(r"[，、,]", value) if p.strip()]
        if len(pieces) >= 2 and all(has_cjk(p) and len(p) <= 12 and not re.search(r"[A-Za-z]{2}", p) for p in pieces):
            f.value = " and ".join(pieces)

    def serial_comma_list(entry, _library) -> None:
        """``author = {Yao Chen, Wenwu Yu, Ann Lee, and Bo Roe}``: the list a citation writes (full names between
        commas, "and" before the last), copied into a BibTeX field, which to BibTeX is two names; read as the
        people it lists when a comma closes the names before the one "and" or three of them stand before it
        (a ``Family, Given`` name has one comma and no serial one: "van Dyk, Ann Marie and Bo Roe" stays)."""
        f = entry.fields_dict.get("author")
        if f is None or not isinstance(f.value, str) or "{" in f.value or len(_AND.findall(f.value)) != 1:
            return
        head, tail = _AND.split(" ".join(f.value.split()))[::2]
        names = _comma_names(head, 2 if head.endswith(",") else 3)
        if names is not None and len(tail.split()) >= 2 and "," not in tail:
            f.value = f"{names} and {tail}"

    def apa_author_list(entry, _library) -> None:
        """``author = {Kim, H., Kwak, S., Baek, E. C., & Chey, J.}``: an APA list copied into a BibTeX field (no
        "and"; commas part the names and each name's initials alike, "&" before the last), which to BibTeX is one
        name: the people the name splitter reads from it, "Family, I." pairs two or more, in the list or in a
        piece between its "and"s ("Smith, J., Doe, B., and Roe, C."; "Kim, H.-J., Park, S.-Y., & Smith, J." and
        "{\\"O}zt{\\"u}rk, S., Smith, J., & Doe, B." too, as the family-first reader reads them)."""
        from .page.citation import uninvert_authors

        f = entry.fields_dict.get("author")
        value = f.value if f is not None and isinstance(f.value, str) else ""
        if _PROTECTED_GROUP.search(value):
            return  # ("{World Health Organization}, Roe, A.": a braced group is one name whole, no list of pairs)
        # the accents as the one LaTeX reader reads them ('\v{S}imunovi\'{c}, A.', '{\"O}zt{\"u}rk, S.') and APA's
        # "\&" as "&"
        value = decode_latex(value) if "\\" in value or "{" in value else value
        if value.count(",") < 2 or not any(
                len(_APA_PAIR.findall(p)) >= 2 or " and " in (uninvert_authors(p) or "") for p in _AND.split(value)[::2]):
            return
        split = split_authors(value)
        names = [a.name for a in split.authors]
        if len(names) >= 2 and all(len(n.split()) >= 2 for n in names):  # (each name whole: no initial left over)
            # (names the list leaves out, "et al." or APA's ". . .", are BibTeX's "and others")
            f.value = " and ".join(names) + (" and others" if split.truncated else "")

    def highlighted_names(entry, _library) -> None:
        """``author = {Wang, Kai and \\textbf{Zhu, W.}}``: a name set in bold (italics, underlined) whole, read
        without its macro (the name splitter would take ``\\t`` for an accent), and kept as the highlight a site
        gives its owner (:func:`_highlighted_names`)."""
        f = entry.fields_dict.get("author")
        if f is not None and isinstance(f.value, str) and "\\" in f.value:
            f.value, entry.kg_highlighted = _highlighted_names(f.value)

    return [
        middleware("kg_lower_keys", lower_keys),
        mw.ResolveStringReferencesMiddleware(),
        middleware("kg_concatenation", resolve_concatenation,
                   lambda library: {k.lower(): s.value for k, s in library.strings_dict.items()}),
        mw.RemoveEnclosingMiddleware(),
        middleware("kg_doubled_and", doubled_and),
        middleware("kg_braced_authors", braced_author_list),
        middleware("kg_highlighted", highlighted_names),
        middleware("kg_html_authors", html_author_list),
        middleware("kg_cjk_comma", cjk_comma_list),
        middleware("kg_serial_comma", serial_comma_list),
        middleware("kg_apa_authors", apa_author_list),
        mw.SeparateCoAuthors(),
        mw.SplitNameParts(),
    ]


_INCLUDING = lazy_compile(r"(?P<g>[^()]*?\b(?:[Cc]ollaboration|[Cc]onsortium|[Tt]eam|[Gg]roup|[Nn]etwork))\s*"
                        r"\((?:including|incl\.|with)\s+(?P<n>[^()]+)\)")
"""``DUNE-like Collaboration (including A. Lee)``: a group author and the member the page names in it."""
_WHOLE_NAME = lazy_compile(rf"^\s*(?:\\(?:{TEX_STYLE_COMMANDS})\s*\{{(?P<a>[^{{}}]+)\}}|"
                         r"\{\s*\\(?:bf|it|em|bfseries|itshape|sc)\b\s*(?P<b>[^{}]+)\})\s*$")
_AND = re.compile(r"(\s+and\s+)", re.I)
_PROTECTED_GROUP = re.compile(r"(?<!\\[A-Za-z'\"`^~=.])\{(?!\\)")
"""A braced group in an author field that no accent opens (``{World Health Organization}``, not ``{\\"O}`` nor
``\\v{S}``): BibTeX's protected name, read whole."""
_APA_PAIR = lazy_compile(r"[^\W\d_][\w'’-]*,\s*(?:[A-Z]\.\s*)+(?=,|&|$)")
"""A name written ``Family, I. I.`` in a comma list (APA's), its initials closed by the next comma or the "&"."""
_DOUBLED_AND = re.compile(r"\s+and(?:\s+and)+\s+", re.I)


def _highlighted_names(value: str) -> tuple[str, list[str]]:
    """An author field with the formatting macros around whole names taken off, and those names (a site's
    highlight of its owner).

    >>> _highlighted_names(r"Wang, Kai and \\textbf{Zhu, W.} and {\\it Roe, Jo}")
    ('Wang, Kai and Zhu, W. and Roe, Jo', ['Zhu, W.', 'Roe, Jo'])
    >>> _highlighted_names(r"Wang, Kai and \\textbf{Zhu}, \\textbf{Wei}")
    ('Wang, Kai and Zhu, Wei', ['Zhu, Wei'])
    """
    pieces, depth, start = [], 0, 0
    for i, ch in enumerate(value):
        depth += (ch == "{") - (ch == "}")
        m = _AND.match(value, i) if depth == 0 and ch.isspace() and i >= start else None
        if m:
            pieces += [value[start:i], m.group(1)]
            start = m.end()
    pieces.append(value[start:])
    marked = []
    for n in range(0, len(pieces), 2):
        m = _WHOLE_NAME.match(pieces[n])
        # ("\\textbf{Zhu}, \\textbf{Wei}": the family name and the given names each set in bold, the comma between)
        halves = [_WHOLE_NAME.match(h) for h in pieces[n].split(",")] if m is None and "," in pieces[n] else []
        if m:
            pieces[n] = " ".join((m.group("a") or m.group("b")).split())
            marked.append(pieces[n])
        elif halves and all(halves):
            pieces[n] = ", ".join(" ".join((h.group("a") or h.group("b")).split()) for h in halves)
            marked.append(pieces[n])
    return "".join(pieces), marked


def _two_whole_names(all_kept: list[list[tuple]], all_names: list[list[str]]) -> None:
    """``author = {Ann Lee, Bo Roe}``: two whole names a comma parts, no "and" (a catalog's or Zotero's record),
    which to BibTeX is one name written family name first ("Bo Roe Ann Lee"); read as the two people when the
    file names one of them, as written, among the authors of its other entries ("Roe, Bo and ..."). A name such as
    ``Silz Carson, Ann Marie`` stays one: its halves are no one the file lists. (In place, for each entry.)"""
    from bibtexparser.middlewares.names import NameParts

    known: Counter[str] | None = None
    for k, kept in enumerate(all_kept):
        parts = kept[0][0] if len(kept) == 1 else None
        if not isinstance(parts, NameParts) or parts.von or parts.jr or not (2 <= len(parts.last) <= 3) \
                or not (2 <= len(parts.first) <= 3):
            continue
        halves = [" ".join(decode_latex(w) for w in ws) for ws in (parts.last, parts.first)]
        if known is None:  # (built once, for the files that have such an entry)
            known = Counter(fold(n) for names in all_names for n in names)
        # (the name read as one, listed by no other entry)
        if any(known[fold(h)] for h in halves) and known[fold(all_names[k][0])] <= 1:
            pieces = [NameParts(first=ws[:-1], von=[], last=ws[-1:], jr=[]) for ws in (parts.last, parts.first)]
            all_kept[k] = [(p, h) for p, h in zip(pieces, halves)]
            all_names[k] = halves


def _comma_names(text: str, least: int) -> str | None:
    """``Z. Lind, M. B. Roe, et al.`` (full names between commas, ``least`` of them at least, each of two words
    or more) as BibTeX's ``Z. Lind and M. B. Roe and others``; None when ``text`` is no such list."""
    # (a list closed by its own punctuation: "..., Cy Fox,", "..., <b>Cy Fox</b>.")
    inner = re.sub(r"\s*,$|\s+\.$|(?<=[^\W\d_]{3})\.$", "", " ".join(text.split()))
    chunks = [c.strip() for c in re.split(r",\s*", re.sub(r",?\s*\bet\.?\s*al\.?$", "", inner))]
    if len(chunks) < least or not all(len(c.split()) >= 2 for c in chunks):
        return None
    return " and ".join(chunks) + (" and others" if re.search(r"\bet\.?\s*al\.?$", inner) else "")


def _strip_enclosing(piece: str) -> str:
    piece = piece.strip()
    if len(piece) >= 2 and ((piece[0] == "{" and piece[-1] == "}") or (piece[0] == '"' and piece[-1] == '"')):
        return piece[1:-1]
    return piece


def _concatenate(value: str, strings: dict[str, str]) -> str | None:
    pieces, depth, quote, buf = [], 0, False, []
    for ch in value:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif ch == '"' and depth == 0:
            quote = not quote
        if ch == "#" and depth == 0 and not quote:
            pieces.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    pieces.append("".join(buf))
    if len(pieces) < 2:
        return None
    out = []
    for piece in pieces:
        p = piece.strip()
        if not p:
            return None
        if p[0] in "{\"":
            out.append(_strip_enclosing(p))
        elif p.isdigit():
            out.append(p)
        elif re.fullmatch(r"[A-Za-z][\w:\-.]*", p):
            out.append(_strip_enclosing(strings.get(p.lower(), p)))
        else:
            return None
    return "".join(out)


@contextmanager
def _quiet() -> Iterator[None]:
    """bibtexparser logs every failed block as a warning; kg reports them as unparsed lines."""
    logger = logging.getLogger("bibtexparser")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


# --- the reader --------------------------------------------------------------------------------


def _title_link(field: str) -> tuple[str, str] | None:
    """A title field that is one HTML link (``<a href="/pdf/a.pdf">Tide <i>Maps</i></a>``), read by the HTML parser
    every page is read with (:func:`~.page.source.parse_tree`): the link's inner markup, for the title reader, and
    its address (entities decoded); None for any other field."""
    field = field.strip()
    if field[:2].lower() != "<a" or field[-4:].lower() != "</a>":
        return None
    from lxml import etree
    from .page.source import parse_tree

    body = parse_tree(field)[0].find("body")
    link = body[0] if body is not None and len(body) == 1 and not (body.text or "").strip() else None
    if link is None or link.tag != "a" or (link.tail or "").strip() or link.find(".//a") is not None:
        return None
    inner = _html.escape(link.text or "", quote=False) + "".join(etree.tostring(x, encoding="unicode") for x in link)
    return (inner, link.get("href").strip()) if link.get("href", "").strip() and inner.strip() else None


def _field_href(field: str) -> str | None:
    """The address of a link field written as HTML (``url = {doi:<a href="https://doi.org/10.1/x">10.1/x</a>}``, a
    group's publication database exporting the link its page shows): the one address its links point at, read by the
    HTML parser every page is read with; None for a field with no link or links to two addresses."""
    if "<a" not in field.lower():
        return None
    from .page.source import parse_tree

    hrefs = {a.get("href", "").strip() for a in parse_tree(field)[0].iter("a")}
    hrefs.discard("")
    return _html.unescape(hrefs.pop()) if len(hrefs) == 1 else None


def _no_markup(text: str) -> str:
    """A field without the HTML a site writes into it for its own rendering (``Lee<nobr><em>*</em></nobr>``,
    ``Arch. <br>Biochem.``): its text, spaced as shown."""
    if "<" not in text:
        return text
    text = re.sub(r"<br\s*/?>", " ", text, flags=re.I)
    return " ".join(markup_text(text).split())


def _name(parts) -> str:
    return _no_markup(_name_of(parts))


def _name_of(parts) -> str:
    from bibtexparser.middlewares.names import NameParts

    if isinstance(parts, NameParts):
        first = " ".join(decode_latex(p) for p in parts.first)
        von = " ".join(decode_latex(p) for p in parts.von)
        last = " ".join(decode_latex(p) for p in parts.last)
        jr = " ".join(decode_latex(p) for p in parts.jr)
        if jr and _GENERATION.fullmatch(first) and not _GENERATION.fullmatch(jr):
            # "Straßburger, Lukas, Jr." (the suffix written last, against BibTeX's "Last, Jr, First")
            first, jr = jr, first
        name = " ".join(x for x in (first, von, last) if x)
        return f"{name} {jr}".strip() if jr else name
    text = decode_latex(str(parts))
    if text.count(",") == 1 and "," in str(parts):
        family, given = (t.strip() for t in text.split(","))
        text = f"{given} {family}".strip()
    return text


_GENERATION = re.compile(r"(?:Jr|Sr|Jnr|Snr)\.?|I{2,3}|IV|V|VI|2nd|3rd|4th", re.I)


def _is_others(parts) -> bool:
    from bibtexparser.middlewares.names import NameParts

    if isinstance(parts, NameParts):
        return not parts.first and not parts.von and not parts.jr and parts.last == ["others"]
    return str(parts).strip().lower() == "others"


def _names(value) -> list:
    """The author field as name parts, also for entries whose names bibtexparser refused."""
    from bibtexparser.middlewares.names import parse_single_name_into_parts, split_multiple_persons_names

    if isinstance(value, str):  # an entry the middlewares did not reach (a failed block's entry)
        value = split_multiple_persons_names(_strip_enclosing(value))
    out = []
    for item in value:
        said = item if isinstance(item, str) else " ".join([*item.first, *item.von, *item.last, *item.jr])
        if said.rstrip().endswith((":", "：")):
            # "... and Wurdack, Kenneth J. and With contributions by: and Ambite, Serrana and ...": a label in the
            # list, no one's name; the people after it contributed to the work, they did not write it
            break
        if not isinstance(item, str) and item.jr and re.fullmatch(r"et\.?\s*al\.?", " ".join(item.first or [])):
            # "Chen, Qingyu, et al." ("Last, Jr, First" to BibTeX): the last name, then the list cut short
            item = " ".join([*item.jr, *item.von, *item.last])
            out += [*_names([item]), "others"]
            continue
        cut = re.search(r",?\s*\bet\.?\s*al\.?\s*$", item) if isinstance(item, str) else None
        if cut and item[:cut.start()].strip():
            # (the same, in an entry the middlewares did not reach)
            out += [*_names([item[:cut.start()]]), "others"]
            continue
        if isinstance(item, str):
            try:
                item = parse_single_name_into_parts(item, strict=True)
            except Exception:
                # more commas than BibTeX allows: "Last, First, rest" read as "First Last rest"
                pieces = [p.strip() for p in item.split(",") if p.strip()]
                item = " ".join([pieces[1], pieces[0], *pieces[2:]]) if len(pieces) > 1 else item
        out.append(item)
    return out


_GLUED_MARK = lazy_compile(rf"(?<=\s)({MARK_CLASS}+)(?=[^\W\d_])|(?<=[^\W\d_])({MARK_CLASS}+)(?=\s)")
"""A mark glued to the front of a name's later word (the family name a star opened before BibTeX turned it), or
to the end of one of its earlier words (the given name a star closed: "Agarwal, Navneet*" is "Navneet* Agarwal")."""


def bibtex_names(text: str) -> list[str]:
    """The people of a BibTeX-style author string (``Sato, Yuko and Michael Wahman``), given name first;
    ``&`` separates people as ``and`` does (``Yuko Sato & Staffan I. Lindberg``).

    >>> bibtex_names("Sato, Yuko and Michael Wahman & Ann Lee")
    ['Yuko Sato', 'Michael Wahman', 'Ann Lee']
    """
    return [n for n in (_name(p) for p in _names(re.sub(r"\s+&\s+", " and ", text))) if n]


def month_number(text: str) -> int | None:
    """A month as its number: "mar", "March", "3", "03" -> 3; None for anything else."""
    text = decode_latex(text).strip().strip(".").lower()
    if text.isdigit() and 1 <= int(text) <= 12:
        return int(text)
    return MONTHS.get(text[:3]) if text[:3] in MONTHS else MONTHS.get(text)


def _short_venue(full: str) -> str | None:
    m = re.search(r"\(([A-Z][\w\-&/' ]{1,15})\)\s*$", full)
    if m:
        return m.group(1).strip()
    if re.fullmatch(r"[A-Z][A-Za-z\-&/']*[A-Z][\w\-&/']*( [A-Z][\w\-&/']+)?", full.strip()) and len(full) <= 15:
        return full.strip()
    if WORKSHOP.search(full):
        return None
    for rx, short in _KNOWN_VENUES:
        if rx.search(full):
            return short
    return None


def _abbreviates(short: str, full: str) -> bool:
    """Whether al-folio's badge ``short`` can be a short form of the venue ``full``: its letters are the venue's,
    in order ("NeurIPS", "TPAMI"), or it shares a word with it ("EMNLP Findings"), or it is one acronym ("MLJ" for
    "Mach. Learn."). A badge that is none of these ("ADHD@Work" over "Neurodiversity", "Job Tenure" over "Open
    Science Framework") is the site's tag for the paper's topic, not where it appeared.

    >>> _abbreviates("ICML", "International Conference on Machine Learning"), _abbreviates("Sleep@Home", "Somnology")
    (True, False)
    """
    a, b = fold_venue(short), fold_venue(full)
    rest = iter(b.replace(" ", ""))
    if all(c in rest for c in a.replace(" ", "")):
        return True
    if set(w for w in a.split() if len(w) >= 3) & set(b.split()):
        return True
    starts = {w[0] for w in b.split()}
    pieces = re.findall(r"[^\W_]+\.?", short)
    # (not "ADHD@Work" over "International Conference on ADHD": a plain word no word of the venue opens, written
    # whole, no abbreviation's stop, "Annu. of AAG", makes the badge a topic's tag, "ADHD at work")
    plain = any(len(p) >= 4 and not p.endswith(".") and sum(c.isupper() for c in p) <= 1
                and not any(w.startswith(fold_venue(p)) for w in b.split()) for p in pieces)
    for piece in pieces if len(pieces) >= 2 and not plain else ():
        # "TrustLog-CIKM" over "1st Workshop on Trustworthy Learning on Graphs": a badge joining the workshop's
        # short name to its host conference's; the part that abbreviates the venue (its letters the venue's, in
        # order, from a word's start, written as a short name is: two capitals or more) is enough (not "Gene
        # Editing" over "Genome Biology": words of the paper's topic)
        rest = iter(b.replace(" ", ""))
        folded = fold_venue(piece).replace(" ", "")
        if len(folded) >= 3 and sum(c.isupper() for c in piece) >= 2 and folded[0] in starts \
                and all(c in rest for c in folded):
            return True
    return bool(re.fullmatch(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*\d*", short.strip()))


def fold_venue(text: str) -> str:
    """Lower case, punctuation as spaces: how two spellings of a venue name are compared."""
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def entry_venue_type(entry_type: str, venue_text: str = "") -> str | None:
    """The venue type of a work by its BibTeX entry type (``phdthesis``, ``inproceedings``) and the venue it
    names (``venue_text``: an arXiv venue is a preprint's, a workshop's proceedings a workshop's): the BibTeX
    reader's, and a site record's whose ``type`` is an entry type. None where neither says.

    >>> entry_venue_type("phdthesis"), entry_venue_type("inproceedings", "Workshop on Rivers"), entry_venue_type("misc")
    ('thesis', 'workshop', None)
    """
    t = entry_type.lower()
    if venue_text and re.search(r"\b(arxiv|corr|preprint)\b", venue_text, re.I):
        return "preprint"
    if t in ("inproceedings", "conference", "proceedings"):
        return "workshop" if WORKSHOP.search(venue_text or "") else "conference"
    if t == "article":
        return "journal"
    if t in ("phdthesis", "mastersthesis", "thesis"):
        return "thesis"
    if t in ("book", "inbook", "incollection", "booklet"):
        return "book"
    if t in ("techreport", "report", "unpublished"):
        return "preprint"
    return venue_type(venue_text or "") or None


def _entry_year(entry) -> int | None:
    """The year of a BibTeX entry, the publication's: the year its ``year`` field writes, else its ``date``'s
    (``2021-05``, ``2021/05/13``), else None (``year = {in press}``)."""
    fields = {f.key.lower(): f.value for f in entry.fields}
    written = {k: v.strip() for k, v in fields.items() if k in ("year", "date") and isinstance(v, str) and v.strip()}
    year = find_year(decode_latex(written["year"])) if "year" in written else None
    if year is None and "year" in written and (old := re.fullmatch(r"\{?\s*(1[5-9]\d\d)\s*\}?", written["year"])):
        year = int(old.group(1))  # 'year = {1935}': a year field's year, however long ago (find_year reads prose)
    date = re.match(r"(\d{4})", _plain(written["date"])) if "date" in written else None
    return year or (int(date.group(1)) if date else None)


def read_bibtex(
    text: str,
    owner: str | None = None,
    *,
    doc: SourceDoc | None = None,
    pdf_base: str | None = None,
    file: str | None = None,
    aliases: tuple[str, ...] | list[str] = (),
    cited: Collection[str] | None = None,
    left_out: Collection[tuple[str, str]] = (),
    types: Collection[str] | None = None,
    years: Collection[int] | None = None,
    mark_fields: Mapping[str, str] | None = None,
) -> BibResult:
    """Read BibTeX ``text``: publications, the owner, the blocks that failed.

    ``owner``: the owner's name (``is_self``); None -> the most frequent author.
    ``doc``: when given, the document whose text ``text`` is: its lines
    are marked used/ignored, so that what could not be read shows in ``doc.unparsed()``.
    ``pdf_base``: base URL that relative file names in ``pdf``/``slides``/... fields live under
    (al-folio: ``<site url>/assets/pdf/``). ``file``: set on each publication.
    ``aliases``: other spellings of the owner's name (``D. Alvarez``) that also mark ``is_self``.
    ``cited``: when given, only the entries of these keys are read (a page's bibliography shows the works it
    cites, Pandoc's ``nocite`` included); the others are no part of the page.
    ``left_out``: (field, value) pairs whose entries are no works (jekyll-scholar's ``--query @*[group=patents]``
    under a heading "Patents"): those entries are not read. ``types``: when given, only entries of these types
    (lower case, ``article``) are read: the page shows no other (its query names the types it shows); ``years``
    likewise, for the years its query names (``@*[year=2021]``): an entry of another year (:func:`_entry_year`), or
    of none, is not read and its lines are left unparsed; when no entry has one of the years, all are read.
    ``mark_fields``: the fields the site's bib layout marks an author by, each with its mark
    (``{"author_equal_contribution": "equal_contribution"}``): an author whose family name the field holds has it;
    None when no layout is known: then a field naming a role (:data:`~.common.ROLE_LIST_KEY`,
    ``corresponding_authors = {Roe, Ann and Lee, Bo}``) marks the authors it names.

    >>> pubs = read_bibtex('''@inproceedings{k, title={{ODConv}: Omni-Dimensional Dynamic Convolution},
    ...   author={Li, Chao and Zhou, Aojun and Yao, Anbang}, booktitle={ICLR}, year={2022}}''', owner="Anbang Yao").publications
    >>> p = pubs[0]
    >>> p.title, [a.name for a in p.authors], p.venue, p.year, [a.is_self for a in p.authors]
    ('ODConv: Omni-Dimensional Dynamic Convolution', ['Chao Li', 'Aojun Zhou', 'Anbang Yao'], 'ICLR', 2022, [False, False, True])
    """
    import bibtexparser

    with _quiet():
        library = bibtexparser.parse_string(text, parse_stack=_parse_stack())

    def mark(kind: str, first0: int, last0: int) -> None:
        if doc is None:
            return
        first, last = first0 + 1, last0 + 1
        (doc.use if kind == "use" else doc.ignore)(first, last)

    from bibtexparser.model import (
        DuplicateBlockKeyBlock,
        DuplicateFieldKeyBlock,
        Entry,
        ExplicitComment,
        ImplicitComment,
        MiddlewareErrorBlock,
        ParsingFailedBlock,
        Preamble,
        String,
    )

    entries: list[Entry] = []
    failed: list[tuple[int, str]] = []
    unshown_notes: list[tuple[int, str]] = []
    again: list[int] = []  # the places in ``entries`` of papers the parser set apart under a key used before
    skip: dict[str, set[str]] = {}  # ``left_out`` by field, both sides compared case-blind
    for key, value in left_out:
        skip.setdefault(key.lower(), set()).add(value.lower())
    def unshown(entry: Entry) -> bool:
        """An entry the page does not show: not cited, of a type its query leaves out, or ``left_out``."""
        return cited is not None and entry.key not in cited or types is not None and (
            entry.entry_type or "").lower() not in types or bool(skip) and any(
            f.key.lower() in skip and _plain(str(f.value)).lower() in skip[f.key.lower()] for f in entry.fields)

    for block in library.blocks:
        start = block.start_line or 0
        end = start + max(0, (block.raw or "").rstrip().count("\n"))
        if isinstance(block, (ImplicitComment, ExplicitComment, Preamble, String)):
            mark("ignore", start, end)
        elif isinstance(block, Entry) and unshown(block) or isinstance(getattr(block, "ignore_error_block", None),
                                                                       Entry) and unshown(block.ignore_error_block):
            # (an entry with a field written twice, which the parser sets apart, as well)
            mark("ignore", start, end)
            left = block if isinstance(block, Entry) else block.ignore_error_block
            # ("@presentation{...}" beside a publications page that queries "@article": a talk the site lists on
            # another page, no work; said with its title, as the site assembler says a work it leaves out)
            title = left.fields_dict.get("title")
            title = " ".join(_plain(str(title.value)).split()) if title is not None else left.key
            unshown_notes.append((start + 1, f"not shown by the page that lists the file's works: "
                                             f"@{(left.entry_type or '').lower()} {title}"))
        elif isinstance(block, Entry):
            entries.append(block)
        elif isinstance(block, (DuplicateFieldKeyBlock, MiddlewareErrorBlock)) and isinstance(
            block.ignore_error_block, Entry
        ):
            entries.append(block.ignore_error_block)
        elif isinstance(block, DuplicateBlockKeyBlock) and isinstance(block.ignore_error_block, Entry) and not \
                _one_title(_title_of(block.ignore_error_block), _title_of(block.previous_block)):
            # two papers under one key: both are papers (the key is a label); the parser set the second apart
            # before its steps ran, so it is read through them below
            again.append(len(entries))
            entries.append(block.ignore_error_block)
        elif isinstance(block, DuplicateBlockKeyBlock):
            mark("ignore", start, end)  # the paper of the key's first entry again: read there
        elif isinstance(block, ParsingFailedBlock):
            reason = getattr(block.error, "abort_reason", None) or str(block.error) or type(block.error).__name__
            failed.append((start + 1, " ".join(str(reason).split())))

    if again:
        # (the same steps over them, with the file's @string definitions: quotes taken off '"Sci Data"', names
        # split, LaTeX read)
        from bibtexparser import Library

        # a key set apart twice (three papers under it) would clash again in one library, which drops the second
        # and shifts every later paper onto its neighbour's place: each round holds a key once (its n-th paper set
        # apart is read in round n)
        rounds: list[list[int]] = []
        seen: Counter[str] = Counter()
        for i in again:
            n = seen[entries[i].key]
            seen[entries[i].key] += 1
            if n == len(rounds):
                rounds.append([])
            rounds[n].append(i)
        for places in rounds:
            apart = Library([*library.strings, *(entries[i] for i in places)], fail_on_duplicate_key=False)
            for step in _parse_stack():
                apart = step.transform(apart)
            # each paper's block in its place (the steps keep the blocks' order): one a step refused (a name the
            # splitter cannot read) is its error block, read as the file's first reading reads it, not dropped from
            # the entries (which moved every later paper of the round onto its neighbour's place)
            for i, block in zip(places, apart.blocks[len(library.strings):]):
                if isinstance(block, MiddlewareErrorBlock):
                    block = block.ignore_error_block
                if isinstance(block, Entry):
                    entries[i] = block
    entries = _resolve_crossrefs(entries, mark)
    if years is not None:
        # the years the page shows: an entry of another year, or of none ("in press"), is on no page; its lines,
        # unread, are listed as unparsed (the owner's newest papers when the page's list was not brought up to
        # date). A list no entry's year is in (the template's "years: [1956, 1905]" left over) filters nothing.
        shown_years = [_entry_year(entry) in years for entry in entries]
        if any(shown_years):
            entries = [entry for entry, shown in zip(entries, shown_years) if shown]
    for entry in entries:
        _editors_as_authors(entry)
    # the owner: given, or the most frequent author
    all_names: list[list[str]] = []
    all_kept: list[list[tuple]] = []  # each name with its parts, for the family names the layout's marks test
    for entry in entries:
        f = entry.fields_dict.get("author")
        kept = [(p, n) for p in _names(f.value) if (n := _name(p)) and n.lower() != "others"] if f is not None else []
        all_kept.append(kept)
        all_names.append([n for _p, n in kept])
    _two_whole_names(all_kept, all_names)
    # the names the file sets in bold or underlined (``\\textbf{Zhu, W.}``): the site's highlight of its owner
    highlighted = [names for e in entries for h in getattr(e, "kg_highlighted", ()) if (names := bibtex_names(h))]
    if owner is None and highlighted:
        owner = most_frequent_author(highlighted) or highlighted[0][0]
    elif owner is None:
        # al-folio's sample entries (Albert Einstein's) left beside the owner's own papers: their author is the
        # theme's, not the file's owner
        own = [names for names in all_names if not any(DEMO_AUTHOR.match(strip_marks(n, {})[0]) for n in names)]
        owner = most_frequent_author(own if any(own) else all_names)
        # the owner's name as the file's other entries write it with initials ("{Thomson}, A.~J.~M." beside
        # "{Thomson}, Alec", as ADS exports each paper's byline): theirs too
        aliases = (*aliases, *_initials_of(owner, all_names)) if owner else aliases

    pubs: list[Publication] = []
    education: list[Education] = []
    for entry, names, kept in zip(entries, all_names, all_kept):
        plain = [strip_marks(n, {})[0] for n in names]
        if plain and not (owner and placeholder_text(owner)) and (
                all(placeholder_text(n) for n in plain)
                or any(DEMO_AUTHOR.match(n) for n in plain) and not (owner and any(same_name(n, owner) for n in plain))):
            # al-folio's sample entries left in the owner's file (Albert Einstein's papers, with his coauthors or not;
            # "John Smith and Jane Doe"): the theme's, no work of the owner's (their lines stay unread, listed as
            # unparsed)
            continue
        pub = _entry_to_publication(entry, kept, owner, mark, pdf_base, tuple(aliases), mark_fields)
        if pub is None:
            continue
        marked = {n for h in getattr(entry, "kg_highlighted", ()) for n in bibtex_names(h)}
        if len(marked) == 1 and not any(a.is_self for a in pub.authors):
            # the owner written as the entry's one highlight, in a form the owner's name does not match
            for a in pub.authors:
                if a.name in marked:
                    a.is_self = True
                    break
        pub.line = (entry.start_line or 0) + 1
        pub.file = file
        pubs.append(pub)
        school = entry.fields_dict.get("school")
        if entry.entry_type.lower() in ("phdthesis", "mastersthesis") and school is not None \
                and isinstance(school.value, str) and len(pub.authors) == 1 and pub.authors[0].is_self:
            # the owner's own thesis: the degree, where and when
            inst = _no_markup(decode_latex(_strip_enclosing(school.value))).strip(" .,")
            if inst:
                education.append(Education(degree="PhD" if entry.entry_type.lower() == "phdthesis" else "Master",
                                           institution=inst, year=pub.year))
    return BibResult(publications=pubs, owner=owner, failed=failed, entries=len(entries), education=education,
                     unshown=unshown_notes)


_INHERITED = ("year", "date", "publisher", "address", "location", "series", "edition")
"""The fields an entry takes from the volume its ``crossref`` names when it has none of its own (BibLaTeX's
inheritance, the volume's ``title`` becoming the part's ``booktitle``)."""


def _resolve_crossrefs(entries: list, mark: Callable[[str, int, int], None]) -> list:
    """``@InCollection{ch, crossref = {vol}, ...}`` beside ``@Collection{vol, title = {...}, editor = ...}``: each
    part takes what it lacks from the volume it names (its ``booktitle`` the volume's ``title``, its year, its
    publisher), and a volume that others name and that no one authored (the proceedings or the handbook, edited)
    is their container, no work of its own: it is not listed (its lines read)."""
    from bibtexparser.model import Field

    by_key = {e.key: e for e in entries}
    parents: set[str] = set()
    for entry in entries:
        ref = entry.fields_dict.get("crossref")
        parent = by_key.get(_plain(str(ref.value)).strip()) if ref is not None else None
        if parent is None or parent is entry:
            continue
        parents.add(parent.key)
        own = entry.fields_dict
        title = parent.fields_dict.get("title")
        if "booktitle" not in own and title is not None:
            entry.set_field(Field("booktitle", title.value))
        for key in _INHERITED:
            if key not in own and key in parent.fields_dict:
                entry.set_field(Field(key, parent.fields_dict[key].value))
    out = []
    for entry in entries:
        if entry.key in parents and "author" not in entry.fields_dict:
            start = entry.start_line or 0
            mark("use", start, start + max(0, (entry.raw or "").rstrip().count("\n")))
            continue
        out.append(entry)
    return out


def _editors_as_authors(entry) -> None:
    """``@book{k, editor = {Lee, Ann and Roe, Bo}, title = ...}``: a volume no one authored, whose editors are the
    people its citation names first ("Lee, A., & Roe, B. (Eds.)" in APA, the name list jekyll-scholar renders), read
    as its authors; a volume other entries name as their ``crossref`` is left out before this. Only a whole volume:
    a chapter's editors are its book's (``@incollection{k, editor = ..., booktitle = ...}``), and an entry whose
    authors stand under ``authors`` keeps its editors out of them."""
    own = entry.fields_dict
    if entry.entry_type.lower() in _WHOLE_VOLUMES and not {"author", "authors"} & own.keys() and "editor" in own:
        own["editor"].key = "author"


_FENCE_CAPTION = re.compile(r"^\s*[*_]*[^\W\d_][^:@{}]{0,40}:[*_]*\s*$")
"""A short line ending in a colon right above a fenced entry ("Recommended BibTeX entry:", "**Cite as:**")."""
_ENTRY_ANYWHERE = lazy_compile(r"@\s*(?:" + "|".join(ENTRY_TYPES) + r")\s*[{(]", re.I)


def embedded_entry(text: str, owner: str | None = None, aliases: tuple[str, ...] | list[str] = ()
                   ) -> Publication | None:
    """The work of the one BibTeX entry a page shows in its body (a fenced code block, a ``<pre>``, a "BibTeX"
    box beside an item), read by :func:`read_bibtex` with the owner marked; None when ``text`` (its code fences
    aside) is not one whole entry.

    >>> p = embedded_entry("```bibtex\\n@article{k, title={Tide Maps}, author={Ruiz, Ana and Lee, Bo},\\n"
    ...                    "journal={Ocean Letters}, year={2019}}\\n```", owner="Bo Lee")
    >>> [a.name for a in p.authors], [a.is_self for a in p.authors], p.venue, p.year
    (['Ana Ruiz', 'Bo Lee'], [False, True], 'Ocean Letters', 2019)
    >>> embedded_entry("Cite as:\\n```\\n@misc{k, title={Tide Maps}, author={Lee, Bo}, year={2019}}\\n```").title
    'Tide Maps'
    >>> embedded_entry("BibTeX:\\n@misc{k, title={Tide Maps}, author={Lee, Bo}, year={2019}}").year
    2019
    >>> embedded_entry("We cite @article{k, ...} in prose.") is None
    True
    """
    lines = text.strip().split("\n")
    if len(lines) > 1 and (CODE_FENCE.match(lines[1]) or _ENTRY_START.match(lines[1])) \
            and _FENCE_CAPTION.match(lines[0]):
        lines = lines[1:]  # "Recommended BibTeX entry:" over the (fenced) entry: its caption, no part of it
    body = "\n".join(line for line in lines if not CODE_FENCE.match(line)).strip()
    body = body[1:-1].strip() if body[:1] == body[-1:] == "`" else body  # (inline code: "`@misc{...}`")
    if not _ENTRY_START.match(body) or len(_ENTRY_ANYWHERE.findall(body)) != 1 or body[-1:] not in ("}", ")"):
        return None
    result = read_bibtex(body, owner or "", aliases=aliases)  # ("": no owner guessed from one entry)
    return result.publications[0] if len(result.publications) == 1 else None


def _one_title(a: str, b: str) -> bool:
    """Two titles of one paper under one key: the same, or one the other's head before its subtitle
    (``"holibraille"`` and ``"holibraille: vibrotactile feedback"``, an entry copied again in short).

    >>> _one_title("tap maps", "tap maps: touch for all"), _one_title("tap maps", "tap mapping")
    (True, False)
    """
    short, long_ = sorted((a, b), key=len)
    rest = long_[len(short):].lstrip() if short and long_.startswith(short) else ""
    return a == b or rest[:1] in (":", "-", "—", "–")


def _title_of(block) -> str:
    f = block.fields_dict.get("title") if hasattr(block, "fields_dict") else None
    return " ".join(re.sub(r"[{}]", "", str(f.value)).lower().split()) if f is not None else ""


def _initials_of(owner: str, author_lists: list[list[str]]) -> list[str]:
    """The spellings in ``author_lists`` that write ``owner``'s given names as initials only, with the owner's
    family name and first initial (``"A. J. M. Thomson"`` for ``"Alec Thomson"``)."""
    seen = {n for names in author_lists for n in names}
    return sorted(n for n in seen if n != owner and owner_variant(n, owner, all_initials=True))


def most_frequent_author(author_lists: list[list[str]]) -> str | None:
    """The author on most entries (spellings grouped by :func:`name_key`); ties go to the
    one met first. None when nobody appears on two entries and there are several entries.

    A name written in full counts the entries that write it with initials only as well (one family name, one first
    initial: ``"A. J. M. Thomson"`` beside ``"Alec Thomson"``, the two ways an ADS export writes one byline); a name
    of other given names ("Ann Thomson") is another person's.

    >>> most_frequent_author([["B. Gaensler", "Alec Thomson"], ["B. Gaensler", "A. J. M. Thomson"],
    ...                       ["B. Gaensler", "A. J. M. Thomson"], ["Alec Thomson"], ["Alec Thomson"]])
    'Alec Thomson'
    """
    counts: Counter[str] = Counter()
    spelling: dict[str, Counter[str]] = {}
    order: dict[str, int] = {}
    entries: dict[str, set[int]] = {}  # the entries of each key
    initialled: dict[tuple[str, ...], list[tuple[str, int]]] = {}  # family -> (first initial, entry) of names
    #                                                                     written with initials only
    for i, names in enumerate(author_lists):
        for key, n in {name_key(n): n for n in names}.items():
            counts[key] += 1
            spelling.setdefault(key, Counter())[n] += 1
            order.setdefault(key, len(order))
            entries.setdefault(key, set()).add(i)
            form = initial_form(n)
            if form and form[2]:
                initialled.setdefault(form[1], []).append((form[0], i))
    if not counts:
        return None
    support = dict(counts)
    for key in counts:
        form = initial_form(next(iter(spelling[key])))
        if form and not form[2] and initialled:
            more = {i for k in range(1, len(form[1])) for first, i in initialled.get(form[1][k:], ())
                    if first == form[0]}
            support[key] = len(entries[key] | more)
    best = max(counts, key=lambda k: (support[k], -order[k]))
    if support[best] < 2 and len(author_lists) > 1:
        return None
    if support[best] < 2 and len(counts) > 1:
        return None
    return max(spelling[best], key=lambda n: (spelling[best][n], len(n)))


_REPEAT_FORM = re.compile(r'[{}"\s]+')
"""What two writings of one field value may differ by: braces, quotes, spacing."""

_FILE_PATH = re.compile(r"/|\.\w{2,5}$")
"""What a link field's relative path holds: a folder's slash ("assets/pdf/x") or a file's extension ("a.pdf")."""


def _entry_to_publication(entry, names: list[tuple], owner, mark, pdf_base, aliases,
                          mark_fields: Mapping[str, str] | None) -> Publication | None:
    """An entry as a publication; ``names``: its authors, each its parts and its name (not "others")."""
    from bibtexparser.middlewares.names import NameParts

    fields = entry.fields
    fd = {f.key.lower(): f for f in fields}
    start = entry.start_line or 0
    end = start + max(0, (entry.raw or "").rstrip().count("\n"))
    # line span of each field: from its start to the line before the next field
    starts = sorted({f.start_line for f in fields if f.start_line is not None})

    def span(f) -> tuple[int, int]:
        s = f.start_line if f.start_line is not None else start
        later = [x for x in starts if x > s]
        e = (later[0] - 1) if later else end
        return s, max(s, e)

    done: set[str] = set()  # the keys taken or skipped
    # a field written twice ("year = {2021}, year = {2021}", IRIS's export): the value read is one (the last); the
    # lines of the same value are read with it, another value ("url = {a}, url = {b}") stays reported as unread
    twice: dict[str, list] = {}
    for f in fields:
        twice.setdefault(f.key.lower(), []).append(f)

    def same_value(f) -> bool:  # ("year = {2023}, year = 2023": one value, braced or not)
        one, read = (_REPEAT_FORM.sub(" ", str(v.value)).strip() for v in (f, fd[f.key.lower()]))
        return one == read

    def take(key: str) -> None:
        if key in fd:
            done.add(key)
            for f in twice.get(key, [fd[key]]):
                if f is fd[key] or same_value(f):
                    mark("use", *span(f))

    def skip(key: str) -> None:
        if key in fd:
            done.add(key)
            for f in twice.get(key, [fd[key]]):
                mark("ignore", *span(f))

    def val(key: str) -> str | None:
        f = fd.get(key)
        if f is None or isinstance(f.value, (list, NameParts)):
            return None
        v = str(f.value).strip()
        return v or None

    title_raw = val("title")
    if not title_raw:
        return None  # no title: the entry's lines stay unparsed
    # 'title = {<a href="/pdf/a.pdf">Tide Maps</a>}': a title the site renders as a link to the paper; the link's
    # text is the title, its address the paper's link
    title_link = _title_link(title_raw)
    if title_link:
        title_raw = title_link[0]
    # "The <i>Trachylepis</i> of Angola": markup some sites put in a title for their own rendering is no part of it
    title = _html.unescape(re.sub(r"</?(?:i|em|b|strong|sub|sup|span|u)\b[^>]*>", "", decode_latex(title_raw)))
    title = title.strip().rstrip(".")
    note = _TITLE_NOTE.search(title)
    if note and NOTE_WORDS.search(note.group("n")) and len(note.group("n").split()) <= 6 and note.start() > 0:
        title = title[:note.start()].rstrip(" .")  # "Title (Best Paper Award)": a note on the paper glued to its title
    else:
        note = None
    if not title:
        return None
    # "@type{key," gives the type; the key may stand on a line of its own ("@inbook{\n\t11591_526411,", IRIS's export)
    first_field = min(starts, default=start)
    mark("use", start, first_field - 1 if first_field > start else start)
    take("title")
    pub = Publication(title=title)
    if note:
        pub.notes.append(" ".join(note.group("n").split()))

    # authors
    author_field = fd.get("author")
    if author_field is not None:
        raw_names = _names(author_field.value)
        truncated = any(_is_others(n) for n in raw_names)
        named = []
        for _p, n in names:
            # "Baldoni*, Pedro L.": a mark written into the family name is a mark, not part of the name; a star,
            # with no legend, means what where it stands says (common.read_stars)
            glued = _GLUED_MARK.search(n) if any(c in MARK_SYMBOLS for c in n) else None
            if glued:
                # "*Bove, Riley M." (BibTeX's "Riley M. *Bove"): a mark written before the family name is one too
                n = (n[:glued.start()] + n[glued.end():]).strip() + (glued.group(1) or glued.group(2))
            bare, marks = strip_marks(n, STAR_LEGEND) if n[-1:] in MARK_SYMBOLS or n[:1] in MARK_SYMBOLS \
                else (n, [])
            named.append((bare or n, marks))
        pub.authors = [Author(name=name, marks=marks) for name, marks in read_stars(named)]
        pub.authors_truncated = truncated
        families = [" ".join(p.last) if isinstance(p, NameParts) else n.split()[-1]
                    for p, n in names] if mark_fields else []
        for key, kind in (mark_fields or {}).items():
            # ("{% if entry.author_equal_contribution contains author.last %}*": Liquid's "contains" on the
            # field's text)
            if held := val(key):
                take(key)
                for a, family in zip(pub.authors, families):
                    if family and family in held and kind not in a.marks:
                        a.marks.append(kind)
        # "corresponding_authors = {Roe, Ann and Lee, Bo}", "cofirst_authors = {...}": a field of the site's own bib
        # layout listing the authors it marks, read by its name when the layout is not known (the site's files may
        # not include it); a known layout that draws no mark by it draws none
        if mark_fields is None:
            lists = {k: decode_latex(v) for k in fd if ROLE_LIST_KEY.fullmatch(k) and (v := val(k))}
            for key in role_list_marks(pub.authors, lists, val("author") or ""):
                take(key)
        if owner:
            mark_owner(pub.authors, owner, list(aliases))
            included = getattr(entry, "kg_included", None)
            if included and len(pub.authors) == 1 and not pub.authors[0].is_self \
                    and any(same_name(included, n) for n in [owner, *aliases]):
                pub.authors[0].is_self = True  # the owner's work as a member of the collaboration its one author
        take("author")

    # year and date
    year = _entry_year(entry)
    date = None
    if val("date"):
        # "2019-05-13", and "2019/05/13" (a reference manager's export writes RIS's date so, "Date = {2024/05/13}")
        m = re.match(r"(\d{4})(?:([-/])(\d{2})(?:\2(\d{2}))?)?", _plain(val("date")))
        if m:
            y, _sep, mo, d = m.groups()
            if mo and not 1 <= int(mo) <= 12:
                mo = d = None  # biblatex's seasons ("2006-24" is the winter of 2006) and slips: the year alone
            if d:
                try:
                    _dt.date(int(y), int(mo), int(d))
                except ValueError:
                    d = None  # "2019-02-30": the month is still meant
            date = "-".join(g for g in (y, mo, d) if g)  # (its year is _entry_year's when no year is written)
            take("date")
    if year:
        take("year")
        date, month_read = date_to_month(year, date, month_number(val("month")) if val("month") else None)
        if month_read:
            take("month")
        if date and int(date[:4]) != year:
            date = None
        if date:
            pub.date = date
        pub.year = year  # (a date gives a year too: there is no date without a year here)

    # venue
    def first_of(keys: tuple[str, ...]) -> str | None:
        """The first of the fields ``keys`` the entry has, decoded (and taken)."""
        for key in keys:
            if val(key):
                value = _no_markup(decode_latex(val(key)))
                if not value.strip():
                    continue  # ('journal = {\\psj}': a macro with no text; its line stays in the report unless read)
                take(key)
                return value
        return None

    # 'howpublished = {\url{https://x.org/guide.pdf}}' (BibTeX's way to cite a page on the web): where the work is,
    # an address, no venue
    published_at = repair_url(_plain(val("howpublished") or "")) if re.fullmatch(
        r"\s*(?:\\url\s*\{[^{}\s]+\}|https?://\S+)\s*", val("howpublished") or "") else None
    # 'journal = {\\mnras}': NASA ADS's journal macro, no text LaTeX knows without aas_macros
    aas_key, aas = next(((k, _AAS_JOURNALS[m.group(1)]) for k in ("journal", "journaltitle", "booktitle")
                         if (m := _AAS_MACRO.fullmatch(val(k) or "")) and m.group(1) in _AAS_JOURNALS), (None, None))
    venue_full = first_of(tuple(k for k in VENUE_FIELDS if k != "howpublished" or not published_at))
    if aas and not venue_full:
        venue_full = aas[1]
        take(aas_key)
    if venue_full is None and entry.entry_type.lower() in _WHOLE_VOLUMES:
        # "@book{..., publisher = {Peter Lang UK}}": a book appears in no journal nor proceedings; its series, else
        # its publisher, is where it came out (al-folio's sample book gives its publisher as its badge; a data
        # record's venue keys end in the same order); so does an edited volume ("@proceedings{..., editor = ...,
        # publisher = {Verlag X}}", biblatex's "@collection")
        venue_full = first_of(BOOK_VENUE_KEYS)
    short = first_of(SHORT_VENUE_FIELDS)
    if short and NOTE_WORDS.search(short) and not CONF_WORDS.search(short):
        # al-folio's badge used for a note ("Cover paper", "Oral", "Best Paper"): a note, not the venue
        pub.notes.append(short.strip())
        short = None
    elif short and (_ARXIV_CLASS.fullmatch(short.strip()) and ("-" in short or "." in short)
                    or fold_venue(short) == fold_venue(val("primaryclass") or "\0")):
        # al-folio's badge showing the paper's arXiv subject class ("hep-th", "cond-mat.stat-mech", "cs.LG", the
        # entry's primaryClass): its field of study, no venue (the journal, when the entry names one, is)
        short = None
    elif short and (_TYPE_BADGE.fullmatch(short.strip()) or WORK_TYPE.match(short.strip()) or only_link_label(short)):
        # al-folio's badge used for the kind of work ("Article", "Book", "Research Article", "Data Descriptor") or
        # for a link's label ("PDF"): no venue
        short = None
    elif short and venue_full and not _abbreviates(short, venue_full):
        short = None  # al-folio's badge used for the paper's topic ("ADHD@Work" over "journal = {Neurodiversity}")
    if venue_full:
        pub.arxiv = arxiv_cited(venue_full) or pub.arxiv
        short = short or (aas[0] if aas and venue_full == aas[1] else None) or _short_venue(venue_full)
        if short is None and re.match(r"^\s*(?:arxiv|corr)\b", venue_full, re.I):
            # "arXiv preprint arXiv:2402.01234", "CoRR": the preprint server is the venue
            short = "arXiv"
            rest = re.sub(r"\babs/\S+", " ", without_arxiv_cited(venue_full)).strip(" ,.;")
            venue_full = rest if fold_venue(rest) not in ("arxiv", "arxiv preprint", "arxiv e prints", "corr",
                                                          "preprint", "") else short
        if not short or short == venue_full.strip():
            pub.venue = venue_full.strip()  # no short form: the name as written (as parse_venue does)
        else:
            pub.venue = short
            pub.venue_full = re.sub(rf"\s*\({re.escape(short)}\)\s*$", "", venue_full).strip() or None
    elif short:
        pub.venue = short
    pub.venue_type = entry_venue_type(entry.entry_type, " ".join(filter(None, [venue_full, short])))
    ris = _RIS_TYPES.get((val("ty") or "").strip().lower())
    if ris and pub.venue_type in (None, ris):
        # "ty = {JOUR}" (Springer Nature's "Download citation" and BibDesk keep the RIS record's type tag): the kind
        # of work, read with the entry type's, or where that says none; a tag the entry's type contradicts is left
        pub.venue_type = ris
        take("ty")

    # identifiers
    if val("doi"):
        doi = _plain(val("doi"))
        doi = doi_of(doi) or doi
        try:
            pub.doi = doi
            take("doi")
        except ValueError:
            if aid := arxiv_ref(doi):
                pub.arxiv = aid  # 'doi = {arXiv:2307.09027}': the preprint's identifier, in the DOI's field
                take("doi")
    eprint = None  # 'eprint = {https://publisher.org/doi/pdf/10.1/x}': an address, read after the links below
    field_arxiv = None
    for key in ARXIV_KEYS:
        v = val(key)
        if not v:
            continue
        v = _plain(v)
        aid = arxiv_ref(v)
        if aid:
            field_arxiv = field_arxiv or aid
            take(key)
            if key == "eprint":
                take("archiveprefix")
                take("primaryclass")
        elif key == "eprint":
            eprint = repair_url(v)
    pub.arxiv = field_arxiv or pub.arxiv  # the entry's own field over an id its venue's text cites

    # links
    for key, kind in LINK_FIELDS.items():
        v = val(key)
        if not v:
            continue
        raw = _plain(v)
        raw = _field_href(raw) or raw
        if re.match(r"www\.[\w-]+\.[a-z]{2,}", raw, re.I):
            raw = "http://" + raw  # 'url = {www.springer.com/series/11237}': an address written without its scheme
        if "&" in raw and re.search(r"&(?:#\d+|#x[0-9a-f]+|amp);", raw, re.I):
            # 'url = {https://x.org/a.jsp?p=1\&\#38;q=2}' (copied from a page's HTML): the ampersands written as
            # character references are the address's own
            raw = _html.unescape(raw)
        url = repair_url(raw)
        if url is None:
            # (a file name saved on macOS writes its accents decomposed, "Adria" + U+0300: the letter it shows, as
            # the published address's own name writes it)
            raw = unicodedata.normalize("NFC", raw)
        # (a file's name may hold any character a file system allows: "20250707 B&B.pdf", "Title - Roe, Ada - 2022.pdf";
        # beyond word characters, '-', '.', '/', ' ' and '%' only in one name closed by its extension: "salt.pdf,
        # slides.pdf", "(coming soon)", "Available on request (email me)" are prose, no file)
        # a path names a folder or a file's extension: "coming soon", "TBA" are prose, no file (reported unparsed)
        if url is None and not re.match(r"^[a-z]+:", raw) and _FILE_PATH.search(raw) and (
                re.fullmatch(r"[\w\-./ %]+", raw) or re.fullmatch(r"[\w\-./ %&+(),'~]+\.\w{2,5}", raw)
                and not re.search(r"\.\w{2,5}[,;]\s", raw)):
            if not pdf_base:
                note_unplaced(raw)  # a file name no base places: --verbose lists its lines as a relative link's
            elif raw.startswith(("./", "../")):
                url = repair_url(urljoin(pdf_base, raw))  # "../pub/a.pdf": beside the folder the names live under
            else:
                url = repair_url(pdf_base.rstrip("/") + "/" + raw.lstrip("/"))
        if url is None:
            continue  # relative link without a base: the field's lines stay unparsed
        k = kind or ("openreview" if "openreview.net/" in url else address_kind(url))
        if k == "doi":
            if pub.doi and url != f"https://doi.org/{pub.doi}":
                k = key  # 'url = {http://dx.doi.org/...}' beside a doi field: the DOI button below renders the
                #          field; this address is the entry's own link, kept under the field's name
            pub.doi = pub.doi or doi_of(url)
        if k == "arxiv":
            pub.arxiv = pub.arxiv or arxiv_id(url)
        if k == "paper" and key == "html" and arxiv_id(url):
            pub.arxiv = pub.arxiv or arxiv_id(url)
            k = "arxiv"  # al-folio's HTML button pointing at the arXiv abstract: the arXiv link
        if k in pub.links and (key == "preprint" or kind is not None) and url not in pub.links.values() \
                and key not in pub.links:
            k = key  # a site's "preprint" button (al-folio) beside the published paper's, or its "html" button beside
            #          the entry's url (another address, both the paper's): kept under the field's name
        if k not in pub.links:
            pub.links[k] = url
        elif key in _OWN_BUTTONS and url not in pub.links.values():
            pub.more_links.append(Link(label=key, url=url))  # (a second address of a kind links holds)
        take(key)
    if published_at:
        if published_at not in pub.links.values():
            k = address_kind(published_at)
            if k not in pub.links:
                pub.links[k] = published_at
            else:
                pub.more_links.append(Link(label="howpublished", url=published_at))
        take("howpublished")
    if eprint and re.match(r"https?://", eprint):
        # 'eprint = {https://publisher.org/doi/pdf/10.1/x}' (publishers' and Crossref's exports): the address of
        # the paper's full text, not an arXiv id
        k = "pdf" if re.search(r"\.pdf$|/(?:e?pdf|[\w-]*-pdf)/", eprint, re.I) else address_kind(eprint)
        if k in pub.links and pub.links[k] != eprint:
            k = "other"
        if pub.links.setdefault(k, eprint) == eprint:
            take("eprint")
    if title_link:
        href = decode_latex(title_link[1]).strip()
        url = repair_url(href) or (repair_url(urljoin(pdf_base, href)) if pdf_base and href.startswith("/") else None)
        if url is None:
            note_unplaced(href)
        elif url not in pub.links.values():
            # (the link the site draws on the title is the paper's, over an address of the entry's own fields the
            # site does not show on it, kept beside it)
            if pub.links.get("paper") and all(x.url != pub.links["paper"] for x in pub.more_links):
                pub.more_links.append(Link(label="url", url=pub.links["paper"]))
            pub.links["paper"] = url
    if pub.arxiv and "arxiv" not in pub.links:
        pub.links["arxiv"] = f"https://arxiv.org/abs/{pub.arxiv}"
    if pub.doi and "doi" not in pub.links:
        pub.links["doi"] = f"https://doi.org/{pub.doi}"  # the DOI button al-folio and jekyll-scholar render

    # text fields
    if val("abstract"):
        pub.abstract = decode_latex(val("abstract"))
        take("abstract")
    if val("keywords"):
        pub.keywords = [k.strip() for k in re.split(r"[;,]", decode_latex(val("keywords"))) if k.strip()]
        take("keywords")
    if val("pages"):
        pub.pages = re.sub(r"\s*-+\s*", "-", _plain(val("pages")))
        take("pages")
    if val("volume"):
        pub.volume = _plain(val("volume"))
        take("volume")
    for key in NOTE_FIELDS:
        v = val(key)
        if not v:
            continue
        if key == "award" and v.lower() in ("true", "yes"):
            take(key)
            continue
        note = decode_latex(v)
        if key == "additional_info":
            # al-folio prints it right after the venue: ". Oral presentation" / ", Best paper"
            note = re.sub(r"^[\s.,;:]+", "", note).strip()
            note = note[:1].upper() + note[1:] if note[:1].islower() else note
        pub.arxiv = pub.arxiv or arxiv_cited(note)
        if note and not any(fold_venue(note) in fold_venue(n) or fold_venue(n) in fold_venue(note)
                            for n in pub.notes):
            pub.notes.append(note)
        elif note and key == "award_name":
            # al-folio: award_name is the badge of the award's text; keep the fuller of the two
            pub.notes = [note if fold_venue(n) in fold_venue(note) else n for n in pub.notes]
        take(key)

    for f in fields:
        key = f.key.lower()
        if key in IGNORED_FIELDS or key.startswith("bdsk-file-") or key.startswith("opt") and (
                key[3:] in IGNORED_FIELDS or key[3:] in fd or key[3:] in _STANDARD_FIELDS):
            # (BibDesk's "Bdsk-File-1": the local file's alias, an encoded blob; Emacs' bibtex-mode writes the
            # optional fields of its template as "OPTpages = {}" until they are filled in)
            skip(key)
        elif key not in done and not isinstance(f.value, (list, NameParts)):
            v = val(key)
            url = repair_url(_plain(v)) if v and re.fullmatch(r"https?://\S+", _plain(v).strip()) else None
            if v is None:
                skip(key)  # "month = {}": an empty field says nothing
            elif written_again(_no_markup(decode_latex(v)), pub):
                take(key)  # "journal1 = {J. Am. Chem. Soc.}", "year1 = {2024}": what kg read, under another key
            elif kind_taken(pub, decode_latex(v)):
                take(key)  # "group = {preprint}", "category = {Journal}", or the entry type's kind written again
            elif url:
                # "software = {https://github.com/x/y}", "pre-reg = {https://registry.org/trials/1}": a field of the
                # site's own holding one address, a link of the work's: in the slot of the kind its name says as a
                # link's label would ("software": code), else "other", when that slot is free (the address alone
                # does not name it: "presentation = {.../talk.pdf}" is no paper's pdf); a further one beside a link
                # of that kind in more_links under the field's name
                k = link_kind(f.key, "") or "other"
                if url in pub.links.values() or any(x.url == url for x in pub.more_links):
                    pass
                elif k not in pub.links:
                    pub.links[k] = url
                else:
                    pub.more_links.append(Link(label=f.key, url=url))
                take(key)
    # a closing "}" on a line of its own is decoration
    if doc_line_is_brace(entry.raw):
        mark("ignore", end, end)
    return pub


_RIS_TYPES = {"jour": "journal", "ejour": "journal", "conf": "conference", "cpaper": "conference",
              "thes": "thesis", "book": "book", "ebook": "book", "chap": "book", "echap": "book", "edbook": "book",
              "rprt": "preprint", "unpb": "preprint"}
"""RIS type tags (``TY  - JOUR``) as venue types: the kind of work a BibTeX export made from an RIS record keeps in
its ``ty`` field."""


def written_again(text: str, pub: Publication) -> bool:
    """Whether a field of a work's record that kg did not read (``text``: its value as plain text, the caller's
    markup taken off) holds what kg read from the record under other fields: its title or venue (``journal``
    beside a ``booktitle`` of the same name, a theme's ``summary: '*Cell Systems*'``), the venue abbreviated word
    by word (``journal1 = {J. Am. Chem. Soc.}``), its DOI (``m3 = {doi: 10.1/x}``), its year (``year1``) or its
    date (``da = {2024/05/13}``): a reference manager's export writes a record's fields twice so (BibDesk keeping
    RIS's tags beside BibTeX's), and a site's record shows its venue again on the work's card. The one test the
    BibTeX reader and the site's record reader (:func:`~.site.records.keys_written_again`) ask; a value kg did not
    take stays listed.

    >>> pub = Publication(title="Sand", venue="Journal of the American Chemical Society", year=2020, date="2020-05")
    >>> [written_again(v, pub) for v in ("J. Am. Chem. Soc.", "2020", "2020/05", "J. Phys. Chem.", "2021")]
    [True, True, True, False, False]
    """
    text = text.strip()
    if fold(text) and fold(text) in {fold(x) for x in (pub.title, pub.venue, pub.venue_full) if x}:
        return True
    if pub.doi and doi_written(text).lower() == pub.doi.lower():
        return True
    if pub.year and re.fullmatch(r"\d{4}", text) and int(text) == pub.year:
        return True
    dated = re.fullmatch(r"(\d{4})([-/])(\d{2})(?:\2(\d{2}))?", text)
    if pub.date and dated and "-".join(g for g in dated.group(1, 3, 4) if g) == str(pub.date):
        return True
    words = [w for w in re.split(r"[\s.]+", text) if w]
    return "." in text and len(words) >= 2 and any(_initial_words(words, fold_venue(v).split())
                                                   for v in (pub.venue, pub.venue_full) if v)


def date_to_month(year: int, date: str | None, month: int | None) -> tuple[str | None, bool]:
    """A work's date given the month a record names beside its year (``month = {aug}``, ``month: 8``), and
    whether that month is read: with no date, or a date of the year alone, the date to the month ("2024-08");
    with a date in that month, the date kept and the month read with it (``date = {2024/05/13}`` and ``month =
    {05}``: the date's month written again); a date in another month is kept and the month stays listed. The
    BibTeX reader's and the site's record reader's one rule.

    >>> date_to_month(2024, None, 8), date_to_month(2024, "2024-05-13", 5), date_to_month(2024, "2024-05-13", 6)
    (('2024-08', True), ('2024-05-13', True), ('2024-05-13', False))
    """
    if not month:
        return date, False
    if date is None or str(date) == str(year):
        return f"{year:04d}-{month:02d}", True
    return date, str(date)[:7] == f"{year:04d}-{month:02d}"


def _initial_words(short: list[str], full: list[str]) -> bool:
    """Whether each word of ``short`` begins the next word of ``full`` that is not a function word ("of", "the"),
    and they end together: "J. Phys. Chem. B" of "The Journal of Physical Chemistry B"."""
    from .page.scores import FUNCTION_WORDS  # (lazily: the page reader imports this module)

    full = [w for w in full if w not in FUNCTION_WORDS]
    return len(short) == len(full) and all(f.startswith(w.lower()) for w, f in zip(short, full))


def doc_line_is_brace(raw: str | None) -> bool:
    lines = (raw or "").rstrip().splitlines()
    return len(lines) > 1 and lines[-1].strip() in ("}", ")", "},")


# --- the file importer ---------------------------------------------------------------------


def detect(doc: SourceDoc) -> float:
    """High when the file starts with BibTeX entries (comments and @string allowed before)."""
    first = None
    entries = 0
    for line in doc.lines[:20000]:
        s = line.strip()
        if not s:
            continue
        if first is None and not s.startswith("%") and s != "---":  # al-folio files open with "---\n---"
            first = s
        if _ENTRY_START.match(s):
            entries += 1
    if not entries or first is None:
        return 0.0
    if _ANY_BLOCK.match(first):
        return 0.95 if doc.path.suffix.lower() in (".bib", ".bibtex") else 0.9
    if doc.path.suffix.lower() in (".bib", ".bibtex"):
        # a BibTeX file's text outside its entries is comment, "%" or not (BibDesk's header "%% Created for Ann\n at
        # 2018-12-18", the user's name holding a line break): its entries are what the file is
        return 0.9
    return 0.1


def parse(doc: SourceDoc, options: ImportOptions) -> Profile:
    doc.sections[1] = "publications"
    result = read_bibtex(doc.text, options.owner, doc=doc)
    if not result.publications:
        if result.failed:
            line, reason = result.failed[0]
            raise SourceError(f"no BibTeX entry could be read: {reason}", path=doc.display, line=line)
        raise SourceError("no BibTeX entries (expected @article{...}, @inproceedings{...}, ...)", path=doc.display)
    if not result.owner:
        raise SourceError(
            "cannot tell whose publications these are (no author appears twice): give the owner's name",
            path=doc.display,
        )
    profile = Profile(person=Person(name=result.owner), publications=result.publications)
    profile.unparsed = doc.unparsed()
    return profile


IMPORTER = Importer(name="bibtex", detect=detect, parse=parse)
