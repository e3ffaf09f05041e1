"""The builder: blocks into a profile, section by section, and the owner resolved.

Takes a :class:`~.reader.Reader` that has walked its page; gives, through :class:`Builder`
(whose per-section and person readers are its base classes in :mod:`.readers` and :mod:`.bio`),
the owner's name, the sections of the blocks, and the person, publications, news, awards,
talks, students, service, education, interests and experience read from them
(``resolve_owner`` marks the owner in every author list).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter

from ...model import Affiliation, Author, Award, Education, Metrics, NewsItem, Publication, Service, Student, Talk, Teaching, Unparsed
from ..common import (lazy_compile, group_post, NOW_WORDS, NAME_CAPITALS, LEGEND_WORD, SUPERVISED_BY, markup_text, INSTITUTION_STRONG, ORG_RX, YEAR, AWARD_WORDS, JOB_WORDS, MARK_CLASS, MONTHS, STATUS_NOTE, THESIS_DEGREES, TITLE_SEPARATOR, figure_card,
                      find_emails, find_year, fold, has_cjk, identifier_from_url, link_kind, local_letters, name_slot,
                      read_legend, same_title, same_work, unpaired_families, valid_doi, ANY_YEAR, DOCTORATE, URL_SCHEME,
                      arxiv_ref, doi_of, singular_section_kind, url_parts)

from .source import BLOCK_TAGS, HEADING_TAGS, classes_of, is_chrome, itertext, norm, tag_of, text_nodes
from .memo import mark_owner, parse_venue, same_name
from .sections import LABEL_HEADING, heading_kind, year_heading, section_kind
from .scores import INITIALS_NAME, VENUE_WORDS, author_score, name_like, venue_score
from .runs import WORK_COLUMN, Block, column_hints, Seg, seg_lines, join_name_lines, menu_line as _menu_line, split_numbered_lines, split_source_lines, year_before_title
from .context import Ctx, NUMBERING, PubDraft, abs_url, sentences
from .citation import SOLE_INV_AUTHOR, leading_names, inverted_head, owner_among, uninvert_authors
from .marks import WITH_TAIL, WITH_VENUE, add_link, style_legend, with_names, styled_marks, with_coauthors, with_phrase
from .entry import (ABSTRACT_LABELS, FIELD_LABEL, FIELD_ROLES, LABELLED_ROW, PAPER_PARTS, QUOTED_LEAD, QUOTED_TITLE,
                    YEAR_CLOSES, fill_from_own_bibtex, labelled_date, read_entry)
from .labels import is_label_anchor, label_of, link_text, separators_only
from .venue import PROSE_START
from .person import (
    GREETING_WORDS,
    DATE_PREFIX,
    ANNOUNCEMENT,
    NEW_PIECE,
    FIRST_PERSON_BIO,
    FIRST_PERSON_CAREER,
    FIRST_PERSON_DEGREE,
    OWN_ADVISOR,
    PAST_PLACE,
    add_advisors,
    date_of,
    education_from,
    name_candidate,
    without_gloss,
)
from ..site.owner import top_author
from .person import advisors_in
from .readers import _RANGE_INSIDE, DURATION_ASIDE, DATED_ROLE_NAME, SectionReaders
from .bio import SELF_INTRO_LEAD, SITE_LABEL, PersonReader, link_profile_page
from .reader import Reader


_FIRST_PERSON = re.compile(r"\s*(?:I|I['’]m|I['’]ve|My)\s")
"""A sentence about the owner in their own words ("I am currently working at ...", "My work ...")."""
_SPEAKER_WORDS = frozenset({"i", "my", "we", "our", "me", "us"})
"""The words a sentence of the owner's opens with, no author's name ("My **current research** is ...")."""


# --- the profile builder ------------------------------------------------------------------------

_CREDIT_CUES = ("steal", "scrape", "jonbarron", "template", "theme", "design", "source code", "layout", "jemdoc",
                "bibtex2html", "powered")


def _template_credit(text: str) -> bool:
    low = text.lower()
    return any(c in low for c in _CREDIT_CUES) and bool(_TEMPLATE_CREDIT.search(text))


_TEMPLATE_CREDIT = lazy_compile(
    r"steal this website|do not scrape the html|jonbarron_website|"
    r"\b(?:website|page|site)\s+(?:template|design)\s+(?:is\s+)?(?:from|by|adapted from|courtesy of|borrowed from)\b|"
    r"\b(?:template|design|source code|layout)\s+(?:is\s+)?(?:from|by|adapted from|courtesy of|borrowed from|"
    r"based on)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:jon\s*barron|jemdoc|al-folio|academicpages|minimal mistakes|"
    r"wowchemy|hugo blox)|\b(?:generated|created|built)\s+(?:by|with)\s+(?:jemdoc|bibtex2html)\b|"
    # "This site is derived from the academicpages.github.io template", "this website is forked from the X theme":
    # the site is what was derived (a paper's "primer synthesis derived from the lagging-strand template", "built on
    # the unifying theme of ..." is no credit)
    r"\b(?:site|website|webpage|homepage|page|blog)\b[^.]{0,30}?\b(?:derived|adapted|forked|built)\s+(?:from|on)\s+"
    r"(?:the\s+)?[\w.\-]+(?:\s+[\w.\-]+)?\s+(?:template|theme)\b|"
    r"^(?:proudly\s+)?powered\s+by\s+(?:wordpress|jekyll|hugo|wowchemy|hugo blox|google sites)\W*$|"
    # "A Github Pages template for academic websites. This was forked (then detached) by A from the Minimal Mistakes
    # Jekyll Theme": academicpages' own README, kept under the owner's text in a fork
    r"\bforked\s+(?:\([^()]{0,30}\)\s+)?by\s+[^.]{1,60}?\s+from\s+(?:the\s+)?[^.]{1,60}?\b(?:template|theme)\b",
    re.I)




def _inside(el, box) -> bool:
    """Whether ``el`` is ``box`` or inside it."""
    return el is box or any(a is box for a in el.iterancestors())


def _page_href(href: str | None) -> bool:
    """Whether a link's address leads to a page, not a script's toggle ("#", "javascript:show('b1')", none)."""
    return bool(href) and not re.match(r"\s*(?:#|javascript:)", href, re.I)


def _links_away(heading) -> bool:
    """Whether a heading is one link to another page and nothing else (``## [Updates](https://site/updates/)``):
    its section is on that page, and whatever this page shows under it comes from elsewhere (a theme's include)."""
    if heading is None or tag_of(heading) not in HEADING_TAGS:
        return False
    links = [a for a in heading.iter("a") if _page_href(a.get("href")) and norm(" ".join(itertext(a)))]
    return len(links) == 1 and norm(" ".join(itertext(links[0]))) == norm(" ".join(itertext(heading)))


def _cited_without_authors(pub: Publication) -> bool:
    """A work read with no author line that is cited as a paper is: its venue with a volume or pages, or its
    coauthors named after its title ("(with A. Lee)"), the owner implied; or a venue that names a journal or a
    conference, or the paper's review ("Journal of X", "Conference Under Review": a paper box's badge, where a
    project's says "Project", "Patent Pending" or the event it was shown at)."""
    return bool(pub.venue and (pub.volume or pub.pages)) or bool(WITH_TAIL.search(pub.title or "")) or bool(
        pub.venue and VENUE_WORDS.search(pub.venue))


def _one_more_item(box) -> bool:
    """Whether a box its class calls folded ("card hidden-pub") is one more of the list's items, hidden until the
    reader clicks "View all": the element before it has its tag and shares a class with it that folds nothing."""
    prev = box.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()  # (a comment between them: "<!-- hidden publications -->")
    own = {c for c in classes_of(box) if not _FOLDED_CLASS.search(c)}
    return prev is not None and tag_of(prev) == tag_of(box) and bool(own & set(classes_of(prev)))


def _announcement(text: str) -> bool:
    """Whether a heading's text announces news of a person (:data:`ANNOUNCEMENT`), not of a group ("Welcome to the
    X Lab"), or a new piece on the work (:data:`NEW_PIECE`: "New article on the Roe Lab's research")."""
    return bool(ANNOUNCEMENT.match(text)) and not _GROUP_TITLE.search(text) or bool(NEW_PIECE.match(text))


def _announces(el) -> bool:
    """Whether a box opens with a heading that announces news of a person (:func:`_announcement`) over its text."""
    first = next((c for c in el if isinstance(c.tag, str)), None) if el is not None else None
    return first is not None and tag_of(first) in HEADING_TAGS and _announcement(norm(" ".join(itertext(first))))


def _menu_box(heading):
    """The box a heading titles when the box holds nothing but that heading and links (a sidebar's "Menu",
    "Other links"), else None: such a heading names a menu, not the content after the box."""
    box = heading.getparent()
    if box is None or tag_of(box) not in ("div", "nav", "aside", "td", "section") or box.getparent() is None:
        return None
    links = box.findall(".//a")
    if len(links) < 2:
        return None
    rest = norm(" ".join(itertext(box)))
    for piece in [norm(" ".join(itertext(heading)))] + [norm(" ".join(itertext(a))) for a in links]:
        rest = rest.replace(piece, " ", 1) if piece else rest
    return box if not re.sub(r"[\W_]+", "", rest) else None


_PAGE_CHROME = re.compile(r"(?i)^\s*(?:last\s+(?:modifi(?:ed|cation)|updated?|update|changed)|page\s+(?:last\s+)?"
                          r"(?:updated|modified)|updated\s+on|最后更新|更新于)\b")
_COPYRIGHT = re.compile(r"(?i)^\s*(?:copyright\b|©|\(c\)\s*(?:19|20)\d\d)")
_LANG_SWITCH = re.compile(r"(?i)\W*(?:切换至|切换到|switch\s+to)?\s*\[?\s*(?:中文主页|中文版|中文|english(?:\s+version)?|"
                          r"english\s+homepage|chinese(?:\s+version)?|chinese\s+homepage)\s*\]?\s*[。.]?\W*")
_NAV_LINK = lazy_compile(r"(?i)\W*(?:back(?:\s+to\s+(?:the\s+)?(?:top|home(?:\s*page)?|index|main\s+(?:page|site)|"
                       r"(?:web\s*)?site|previous\s+page))?|"
                       r"(?:to\s+)?top(?:\s+of\s+page)?|home(?:\s*page)?|return|go\s+back|zur[üu]ck|retour|volver|"
                       r"戻る|トップへ(?:戻る)?|ホームページへ(?:戻る)?|ホームへ(?:戻る)?|返回(?:首页|主页)?|回到(?:首页|主页|顶部))\W*")
"""A link that only takes the reader back ("BACK", "Back to top", "← Back to site", "ホームページへ") at the end of a
section (or in the header over a page's list)."""
_GREETING_ONLY = re.compile(rf"(?i)\W*(?:{GREETING_WORDS})(?:\s+(?:there|all|everyone|folks|world))?\W*")
"""A heading that only greets ("### Hi there 👋"): no data, no owner's name."""
_GROUP_TITLE = re.compile(r"(?i)\b(?:lab|labs|laboratory|group|team)\b")
"""Words of a page title that names a research group, not a person."""
_GROUP_TYPE = re.compile(r"journal|conference|preprint|workshop|thesis|book", re.I)
"""The venue type a group's label or its section's heading names ("Journal Articles", "Preprints"): the type of
each of its works."""
_CO_FIRST = re.compile(r"(?i)\b(?:co-?first|joint(?:ly)?\s+first|equal(?:ly)?\s+first)\s+authors?\b")
"""A note on a paper saying its owner shares the first authorship ("Co-first author")."""
_LEGEND_MARK = re.compile(MARK_CLASS)
"""What a legend of author marks holds: a word saying what a mark means, and a mark (``* equal contribution``)."""


_VENUE_KIND_HEADING = re.compile(r"^(?:journals?|conferences?|workshops?|(?:conference )?proceedings)$")
"""A heading that names a kind of venue: papers under Publications, the venues served under Service."""


_LINK_VERB = lazy_compile(r"(?i)(?:read|watch|listen(?:\s+to)?|view|see|download|get|access)\s+(?:the|this|it|our|my)\b")
"""A link labelled by what to do with it ("Read the article.", "Watch the interview (Spanish)."), not by a title."""
_PICTURED_LINK_WORDS = lazy_compile(r"(?i)^\W*(?:(?P<supp>(?:(?:technical|online|additional|web)\s+)*(?:supplement\w*|"
                                  r"appendix|appendices))|(?:expanded\s+)?(?:earlier|early|preprint)\s+"
                                  r"(?:(?:working\s+)?paper\s+)?version)\b")
"""The words beside a picture link that say what it is: a paper's supplement ("Supplemental Appendix", "Online
Supplement for ...", "Technical Appendix") or an earlier version of it ("Preprint Version", "Early working paper
version: ...")."""
_SERVICE_LABEL = lazy_compile(r"^(?:my\s+)?(?:id\s+)?(?:google\s+scholar|scholar|orcid|linked\s*in|dblp|github|twitter|x|"
                            r"researchgate|semantic\s+scholar)\b(?:\s+(?:profile|page|id))?[\s:\d\-x]*$")


_METRIC_LINE = re.compile(r"\s*(?P<l>[^\W\d][^:：\d]{1,40}?)\s*[:：]\s*(?P<n>~?\d[\d,.]*\s*[kK]?\+?)\s*")
"""A line or an item that is one figure and its label ("h-index: 25", "Google Scholar Citations: 3586")."""
_NOT_A_PAPER = lazy_compile(r"\b(?:U\.?\s?S\.?\s+|European\s+|international\s+)?patent(?:\s+application)?s?\s*(?:no\.?\s*|#\s*)?"
                          r"(?:[A-Z]{1,2}\s?)?\d[\d,/ ]{3,}|\[(?=[^\]]*\bsoftware\b)(?:[^\]\s]+\s+){2,}[^\]]*\]", re.I)
"""What an entry of a paper list says it is when it is no paper: a patent with its number, software described in
brackets ("[Mobile application software, iOS]"; a one-word "[Software]" is a paper's link)."""


_MENTION = r"[^\W_][\w+.’'-]*(?:\s+[\w+.’'-]+){0,3}\s*\(\s*[^()]{2,40}?[,\s]\s*(?:19|20)\d\d\s*\)"
_TOPIC_OF_MENTIONS = lazy_compile(r"[^:：]{2,60}[:：]\s*" + _MENTION + r"(?:\s*(?:,|;|\band\b)\s*" + _MENTION + r")*[\s.]*")
"""'Speech Generation: FastDiff (IJCAI, 2022), ProDiff (ACM-MM, 2022)': a topic, then works of it named by their short
names with venue and year (a summary over the list that gives them in full), no work of its own."""
_OWN_THESIS_SUPERVISED = re.compile(
    r"(?i)\bmy\s+(?:Ph\.?\s?D\.?|doctoral|D\.?\s?Phil\.?|master'?s)\s+(?:thesis|dissertation)\b[^.;]{0,80}?"
    r"\b(?:under the (?:(?:joint|co-?)\s*)?(?:supervision|guidance|direction) of|supervised by|advised by)\s")
"""A sentence of the owner's about their own thesis that names who supervised it ("my PhD thesis, written under the
supervision of A")."""


def _bold_topic(segs: list[Seg]) -> bool:
    """Whether an item opens with a bold label closed by a colon ("**Speech Generation**: ...")."""
    bold = False
    for r in segs[0].runs if segs else ():
        if ":" in r.text or "：" in r.text:
            before = re.split(r"[:：]", r.text, maxsplit=1)[0]
            return bold and not before.strip() or r.bold and bool(before.strip())
        if r.text.strip():
            if not r.bold:
                return False
            bold = True
    return False


_INSTITUTION_TITLE = lazy_compile(
    r"(?:the\s+)?(?:(?:[A-Z][\w.&'’-]*\s+){1,4}(?:University|College|Institute(?:\s+of\s+Technology)?)|"
    r"(?:University|College|Institute)\s+of\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})")
"""A title read that is only a university's name ("Harvard University", "University of Kent"): no work's title."""
_SENTENCE_WE = re.compile(r"(?:^|[.?!]\s+)(?:We|Our)\s+[a-z]")
"""A sentence opening with "We"/"Our" ("... in 2013. We find that ..."): an abstract's, never a venue's."""


def _quoted_bold(el) -> bool:
    """A paragraph that is only a bold quoted title (``<p><a name="x"></a><b>"Title"</b></p>``): a paper's title
    set as a heading, like ``<h4>"Title"</h4>``."""
    if tag_of(el) != "p":
        return False
    whole = " ".join("".join(itertext(el)).split())
    bold = " ".join(w for c in el.iter() if tag_of(c) in ("b", "strong") for w in "".join(itertext(c)).split())
    return bool(whole) and bold == whole and QUOTED_TITLE.fullmatch(whole) is not None


_VOLUME_PAGES = re.compile(r"\d+(?:\s*\(\d+\))?\s*:\s*\d+(?:\s*[-–]\s*\d+)?\.?$")
"""A venue line's volume and pages closing it ("12:40-52.", "88(3):201-9")."""
_CARD_HEADINGS = ("h4", "h5", "h6")
"""The small headings a card may set its paper's parts in ("<h5>Authors (2013)</h5><h4>Title.</h4><h5>Venue</h5>")."""


_VERSION_NOTE = re.compile(r"(?i)^(?P<t>.+?)[\s.,:;(\[–-]+(?P<v>(?:(?:extended|expanded|longer|full|earlier|early|"
                           r"online|working[- ]paper|preprint|draft)\s+)+version)[)\].]*$")
"""A title followed by the version of the work an entry gives ("Title. Extended Working Paper Version")."""


def _paper_part(b: Block, atoms: list) -> bool:
    """Whether a block goes on the paper block opened by a quoted title (``<h4>"Title"</h4>``): a paragraph, text
    and inline links standing between the paragraphs (``<p>..</p> <a href="s.pdf">slides</a></p><p>``), or the items of
    a list its last paragraph announces ("Various kinds of theory are equivalent:" over a ``<ul>``)."""
    if b.kind != "item":
        return False
    if b.el is not None:
        if tag_of(b.el) in PAPER_PARTS:
            return not _quoted_bold(b.el)
        if tag_of(b.el) != "li" or b.is_list_item is False or not atoms or atoms[-1][0] != "e":
            return False
        last = atoms[-1][1]
        return tag_of(last) == "li" and last.getparent() is b.el.getparent() \
            or tag_of(last) in ("p", "div") and norm(" ".join(itertext(last))).endswith(":")
    return bool(b.atoms) and all(a[0] == "t" or tag_of(a[1]) not in BLOCK_TAGS and tag_of(a[1]) not in HEADING_TAGS
                                 for a in b.atoms)


def _card_sibling(run: list[Block], el) -> bool:
    """Whether ``el`` stands beside the parts ``run`` already holds as a part of one card: their sibling, or in
    the one box (a quote, a ``<div>``) set right under the card's first part, a title heading, its other parts
    inside it ("#### Title" / "> A. Lee, B. Roe" / "> *Venue*, 2021": the body of the card quoted under its title)."""
    first, box = run[0].el, el.getparent()
    if box is first.getparent():
        return True
    return box is not None and tag_of(first) in HEADING_TAGS and tag_of(box) in ("blockquote", "div") \
        and box.getprevious() is first and all(x.el.getparent() is box for x in run[1:])


_OWN_POSITION_SENTENCE = re.compile(r"I\s+(?:(?:also|previously|currently|now)\s+)?(?:am|was|have\s+been|had\s+been|"
                                    r"work|worked|joined|lead|led|study|studied)\b")
"""A sentence opening with the owner saying what they are or do ("I have been a PhD student at X", "I work under
the supervision of Y"): a bio's, as an entry's title or venue."""


_ANNOUNCED = lazy_compile(r"(?i)\b(?:is|are|was|were|(?:has|have)\s+been|got|gets?)\s+(?:\w+\s+)?"
                        r"(?:accepted|awarded|published|released|presented|selected|nominated|transferr?ed)\b"
                        r"|\baccepted\s+(?:to|by|at|in|for)\b")
"""What became of a work, told by a news item ("is accepted to", "was successfully transferred to")."""


_YEAR_THEN_TITLE = re.compile(r"\s*\(?(?:19|20)\d\d[a-z]?\)?(?:\s*[.:,–-])?\s+[\"“‘']?[A-Z]")
"""A line that opens with a year and goes on to a capitalised title ("2022 Patterns of ...", "(2019). “Title"): one
entry of a CV's dated lines."""
_VENUE_TAG = re.compile(r"\s@\s*\S|\b[A-Za-z][\w&/-]{1,15}\s*['’]\d\d\b")
"""An item's own tag of the venue it appeared at: "Title @ Venue", "CVPR'23"."""
_FOLDED_CLASS = lazy_compile(r"collaps|toggle|accordion|(?:^|[-_])hidden(?:$|[-_])|noshow|expand|fold|disclos", re.I)
"""A container's class that says its content is folded away until the reader opens it."""
_HIDDEN_STYLE = re.compile(r"(?:^|;)\s*display\s*:\s*none\b", re.I)
"""A container's style attribute that hides it until a script shows it ('<div style="display:none" id=x>' under a
"[<a href="javascript:toggle('x')">bib</a>]" link): folded, as a class can say."""
_DISCLOSURE_TEXT = lazy_compile(r"^(?:(?:view|show|read|see|toggle|more|open)\s+)?(?:the\s+)?(?:description|details|more|"
                              r"tl;? ?dr|" + "|".join(fold(w) for w in ABSTRACT_LABELS)
                              + r")\b", re.I)
"""The label, folded, of the button or summary that opens a folded box ("View Description", "Show abstract",
"Resumo": an abstract's label in any language)."""
_YEAR_LEAD = re.compile(r"^\W*(?:19|20)\d\d\b")


_DATED_ENTRY = lazy_compile(rf"^\s*(?:19|20)\d\d(?:\s*[-–—/]\s*(?:(?:19|20)\d\d|(?:{NOW_WORDS})\b))?" + DURATION_ASIDE
                          + r"\s*[:|–—-]\s*\w", re.I)
"""A heading that opens with the year of what it names ("2023: Teaching Award", "2015–2016: Fellowship", "2022 (3
months): Research Assistant")."""
_ONE_AWARD_HEADING = lazy_compile(
    r"(?i)^(?=.*\b(?:award|prize|medal|scholarship|fellowship|grant|winner|champion|first place|honou?rable mention)\b)"
    r"(?=.*(?:\b(?:19|20)\d\d\b|\s[-–—|]\s|,\s|\b(?:at|for|from)\s)).{12,}")
"""A heading naming one award (its kind in the singular: "Awards" heads a group of them) and more than its kind:
a year, the giver or the reason after a dash, comma or "for" ("Grand Prize - Harbour Datathon 2025", "Best Demo
Award, CONF", "Research Award for Teaching Tools"); "Best Paper Award" alone may head a group of the papers."""
_LINKS_SUBHEADING = re.compile(r"\b(?:links|materials|resources|downloads)\b", re.I)
"""A sub-heading under an entry that holds its links ("Paper materials and links", "Resources")."""
_MATH_DOT = re.compile(r"\$?\\cdot\$?")
"""The dot of TeX math between links ("[PDF](..) $\\cdot$ [Code](..)") on a page whose theme renders math."""
_LINK_LINE_LEAD = lazy_compile(r"^\s*[\w'’ ]{1,30}:\s")
"""The lead of a line of links that names what they are ("Paper: [official](..) [ungated](..)")."""


_UNFINISHED_PAPERS = (r"(?:(?:works?|research|papers?|projects?)\s+)?in\s+progress(?:\s+(?:and|&)\s+under\s+review)?"
                      r"|working\s+papers?")
_UNFINISHED_HEADING = re.compile(rf"(?i)\s*(?:{_UNFINISHED_PAPERS}|ongoing\s+(?:work|research|projects?)|"
                                 r"current\s+(?:work|research))\s*")
"""A heading over the owner's unfinished works ("Work in progress", "Working papers", "Ongoing research")."""
_NOT_OUT_HEADING = re.compile(rf"(?i)\s*(?:{_UNFINISHED_PAPERS}|(?:(?:papers?|works?|manuscripts?|articles?)\s+)?"
                              r"(?:in\s+the\s+pipeline|in\s+preparation|under\s+review))\s*")
"""Of those, a heading over papers not out yet, which have no link ("Papers in the pipeline", "Working papers",
"Manuscripts in preparation"); not "Ongoing research" or "Current projects", over the owner's topics and projects as
often as over papers."""
_TENSE_HEADING = re.compile(r"(?i)current|present")
"""A heading that is only when a people page's members are there: "Current" (over them, before "Alumni"; "Current
members" is a students' heading by :func:`section_kind` already; "Now" is what the owner does now, no group)."""
_ROSTER_BY_TIME = re.compile(r"(?i)(?:current|present|previous|former|past)\s+(?P<post>\w.*)")
"""A heading that names a lab's people by when they are there and by a post in the plural (:func:`group_post`:
"Current researchers", "Previous researchers", "Former fellows"): on a page or under a section of the lab's people,
a group of them ("Researchers" alone may head staff, and names no section; "Current projects", "Past events" are
no people)."""
_THESIS_HEADING = lazy_compile(rf"(?i)\s*(?:my\s+)?(?:(?:{THESIS_DEGREES})\s+)?(?:thes[ie]s|dissertations?)\s*")
"""A heading over the owner's thesis or theses ("PhD Thesis", "Doctoral dissertation", "Dissertations", "Theses")."""
_INTERNSHIPS_HEADING = re.compile(r"(?i)\bintern(?:s|ships?)\b")
"""A heading naming internships ("B.Sc. Internships", "Summer interns")."""
_JOINING_WORDS = frozenset(("and", "the", "for", "from", "with", "into", "over", "under", "about", "between", "through",
                            "after", "before", "among", "upon", "onto", "within", "without", "versus"))


def _title_cased(text: str) -> bool:
    """A title in title case (its words of four letters or more capitalised, the short joining words apart): four
    words or more, no sentence's stop closing it ("The Shape of Gravel: Sediment in Braided Rivers")."""
    words = text.split()
    return len(words) >= 4 and not text.rstrip().endswith((".", "!", "?")) and all(
        w[:1].isupper() or w[:1].isdigit() or len(w) <= 3 or w.rstrip(",:;") in _JOINING_WORDS for w in words)


_QUOTED_ALONE = re.compile(r'\s*["“](?P<t>[^"“”]+)["”]\s*')
"""A paragraph that is a title in quotes and nothing else."""


_SELECTION_HEADING = re.compile(r"(?i)\b(?:selected|highlights?|featured|representative|key|recent|notable|major|"
                                r"top|chosen)\b")


_AMID_PROSE = re.compile(r"(?:^|(?<=\s))[a-z]+\s+[\"“]?$")
"""The end of the text before a title that sets it in a sentence: a lower-case word ("worked with the", 'covered
by "'; "hep-th" is an arXiv category, no word of a sentence)."""
_GOES_ON = re.compile(r"[\"”]?\s*(?!to\s+appear\b)([a-z]+)\b")
"""The text after a title going on in lower case ("team to identify ...", '" magazine')."""
_VENUE_LEADS = frozenset({"in", "appears", "at", "with", "by", "accepted", "submitted", "under", "forthcoming",
                          "preprint", "arxiv", "joint", "pp", "vol", "no", "pages"})
"""The lower-case words that open what follows a paper's title (its venue, its coauthors, its status)."""
_WORK_FIELD_LINE = lazy_compile(r"(?i)^\W*(?:links?|impact|keywords?|tl;?\s?dr|highlights?|media(?: coverage)?|press|"
                              r"resources?|materials?|follow[- ]?up(?: works?)?|related works?|see also|notes?|"
                              r"remarks?)\b[^:：.]{0,40}[:：]")
"""A line of a paper's card that opens with a label of what it says of the paper ("Links:", "Impact:", "Follow-up
work (X):"): more about the work above, no work of its own."""
_OWNER_SPEAKS = re.compile(r"\b(?:I|[Ww]e)\s+(?!(?:and|or|of|in|to|is|are)\b)[a-z]{2,}")
"""The owner speaking ("I also give", "we show"): prose, not a citation."""
_OWNERS = re.compile(r"\b(?:[Mm]y|[Oo]ur)\s+[a-z]{2,}")
"""The owner's own ("my articles", "our model"): in a long title, a sentence about the owner's list ("my PhD thesis"
after a title is a note on the work)."""

_IN_TEXT_CITE = lazy_compile(
    r"\((?:see\s+|e\.g\.,?\s+)?[A-Z][\w'’-]+(?:\s+et\s+al\.?,?|\s+(?:and|&)\s+[A-Z][\w'’-]+,?)\s+(?:19|20)\d\d[a-z]?\)"
    r"|\[-?@[\w:.\-/]+(?:\s*;\s*-?@[\w:.\-/]+)*\]")
"""An author-year citation in running text: "(Lee et al., 2021)", "(Lee and Roe, 2023)" (one name alone, "(ICLR
2025)", "(Dekker, 2005)", may be a venue or a publisher); or a pandoc citation by key, "[@LeeRoe:2023]"."""


_OTHER_WORKS = frozenset({"patents", "talks", "software", "press", "grants"})
"""What a publications list may file under a sub-heading of its own, beside its papers: the list goes on after it."""
_AWARDED_FOR = frozenset({"publications", "teaching", "service", "education"})
"""The kinds of a heading under "Awards" that say what its awards were given for ("Research", "Teaching")."""



_HANDLE_WORDS = frozenset((
    "github", "gitlab", "blog", "blogs", "site", "website", "web", "home", "homepage", "page", "pages", "lab", "labs",
    "dev", "io", "com", "org", "net", "official", "me", "profile", "portfolio", "personal", "academic", "research",
    "codes", "code", "the", "and", "world", "online", "hub"))
"""Words an address adds after a given name that are no family name ("sebastian-blog", "anna-lab")."""


def _family_from_handles(given: str, text: str) -> str | None:
    """The owner named by the given name alone ("Hi, I'm Sebastian"): the full name when the page's addresses
    (a domain, an account) all write that given name followed by one same family name ("sebastianraschka.com",
    "linkedin.com/in/sebastianraschka", "github.com/yaoyao-liu"), else None.

    >>> _family_from_handles("Yaoyao", "[x](https://github.com/yaoyao-liu) [y](https://yaoyao-liu.github.io)")
    'Yaoyao Liu'
    >>> _family_from_handles("Ann", "[x](https://ann-blog.example.org)") is None
    True
    >>> _family_from_handles("Tomasz", "tkbrzek@uni.example.org ... 1. **Title.** T. Brzek et al. Venue (2020).")
    'Tomasz Brzek'
    >>> _family_from_handles("Tomasz", "tkbrzek [at] uni [dot] example [dot] org ... T. Brzek and A. Lee, 2020.")
    'Tomasz Brzek'
    """
    g = re.escape(given.lower())
    found = {m.group(1).lower() for m in re.finditer(rf"(?i)(?:https?://|www\.|[/~@]){g}[-_]?([a-z]{{2,20}})(?![a-z0-9])",
                                                     text)}
    found = {f for f in found if f not in _HANDLE_WORDS}
    if len(found) == 1:
        return f"{given} {found.pop().capitalize()}"
    if found:
        return None
    # "hpsahasrabuddhe@lbl.gov" and "H. Sahasrabuddhe" among the page's authors: the owner's mail address writes
    # the given name's initial (and at most two more letters) before a family name the page writes after that
    # initial (the addresses as find_emails reads them, written out or obfuscated)
    locals_ = {local_letters(address) for address in find_emails(text)}
    written = {m.group(1) for m in re.finditer(
        rf"(?<![\w.]){re.escape(given[0].upper())}\.\s*(?:[A-Z]\.\s*)?([^\W\d_][\w'’\-]{{2,20}})(?![\w'’\-])", text)
        if m.group(1)[0].isupper()}
    family = {w for w in written for key in [re.sub(r"[^a-z]", "", fold(w))]
              if any(loc[:1] == fold(given[0]) and loc.endswith(key) and len(loc) - len(key) <= 3 for loc in locals_)}
    return f"{given} {family.pop()}" if len(family) == 1 else None


def _names_its_site(title: str, url: str) -> bool:
    """Whether a title is only the name of the site a link of its entry leads to ("Google Scholar" for
    scholar.google.com, "ResearchGate" for www.researchgate.net): where works are found, no work's title."""
    host = url_parts(url).hostname or ""
    words = re.findall(r"[^\W\d_]+", fold(title))
    parts = set(re.split(r"[.\-]", host))
    return bool(words) and (all(w in parts for w in words) or "".join(words) in parts)


def _without_abstract(g: list, abstract: str | None) -> str:
    """An entry's text without its abstract: what the entry says of itself, not what the paper says. A sole
    author's abstract speaks in the first person ("I study ... I develop ... I document ..."), which makes no
    paragraph about the owner of the entry that holds it.

    >>> from .runs import Run, Seg
    >>> g = [Seg([Run("Title of It", None, None)]), Seg([Run("Abstract. I study X. I find Y.", None, None)])]
    >>> _without_abstract(g, "I study X. I find Y."), _without_abstract(g, None)
    ('Title of It', 'Title of It Abstract. I study X. I find Y.')
    """
    said = fold(norm(abstract or ""))[:80]
    return " ".join(x.text for x in g if not (said and said in fold(norm(x.text))))


def _a_persons_link(anchor) -> bool:
    """A link labelled with a person's name ("Kang Hao Cheong" linking a coauthor's Scholar page), not with the site
    it leads to ("Google Scholar", "here"): a profile link of the owner's is the second kind."""
    label = label_of(anchor) or ""
    return bool(name_like(label)) and not SITE_LABEL.search(label)


_DANGLING_END = re.compile(r"(?i)\b(?:of|and|the|for|on|in|to|&)$")
"""A venue's last word that cannot end its name ("International Journal of"): the line was cut inside it."""


_POST_CLASS = re.compile(r"(?<![\w-])(?:h-?entry|post|blog-post)(?![\w-])", re.I)


def _folded_under_summary(el) -> bool:
    """Whether ``el`` is folded in a ``<details>`` below the ``<summary>`` that names its one entry ("<details>
    <summary>Invited talk "Title", Venue</summary><p>What it was about</p><p>Duration: 2 hours</p></details>"): the
    paragraphs say more about that entry, none is one of its own. (A disclosure holding a list, "<summary>Show all
    news</summary><ul>...", heads the list's entries: :mod:`.reader`.)

    >>> import lxml.html
    >>> box = lxml.html.fromstring('<details><summary>Talk "Gears"</summary><p>About gears</p></details>')
    >>> _folded_under_summary(box.find("p")), _folded_under_summary(box.find("summary"))
    (True, False)
    """
    for anc in el.iterancestors():
        if tag_of(anc) == "details":
            summary = anc.find("summary")
            return summary is not None and not _inside(el, summary) and bool(norm(" ".join(itertext(summary)))) \
                and not any(tag_of(c) in ("ul", "ol", "dl", "table") for c in anc.iter() if c is not anc)
    return False


def _blog_post_card(el) -> bool:
    """Whether an item is a blog's post as a built blog lists it ("All articles", "Recent posts"): an ``<article>``
    the item is or holds, its class the microformat's post (``hentry``, ``h-entry``, ``post``), with the time it was
    published (``<time>``). A paper's list item is no ``<article class="hentry">`` of a blog's index.

    >>> import lxml.html
    >>> _blog_post_card(lxml.html.fromstring('<li><article class="hentry"><h2>Notes</h2>'
    ...                                      '<time class="published" datetime="2024-01-02">2 Jan</time></article></li>'))
    True
    >>> _blog_post_card(lxml.html.fromstring('<li><article class="paper"><b>Title</b>, 2024</article></li>'))
    False
    """
    cards = [el] if tag_of(el) == "article" else [a for a in el.iter("article")][:1]
    return any(_POST_CLASS.search(card.get("class") or "") and next(card.iter("time"), None) is not None
               for card in cards)



def _after_prose(el) -> bool:
    """Whether a heading comes after a paragraph of the page's prose: it heads a section of the page ("## 加入我们"
    (join us) under the bio), not the page, and names no one."""
    return any(len(norm(p.text_content())) >= 40 for p in el.xpath("preceding::p"))


_STARTED_DOCTORATE = re.compile(r"(?i)\s*(?:(?:I|we)\s+(?:have\s+)?)?(?:started|began|begun|joined|commenced|enrolled)\b")
"""A news item that opens with the owner beginning something ("Started PhD at X", "I joined the PhD program ...")."""

class Builder(SectionReaders, PersonReader):
    def __init__(self, reader: Reader) -> None:
        self.r = reader
        self.doc = reader.doc
        self.person_name: str | None = None
        self.labels_read: set[str] = set()
        """The group labels (sub-headings) a reader read as an entry ("### 2019–2021: Postdoc, Hill University" over
        what was done there), not only as its group's name: no label lost (:meth:`list_unread_entry_headings`)."""
        self.alt_names: list[str] = []
        self.name_lines: set[int] = set()
        self.person = dict(job_title=None, email=None, homepage=None, image=None, description=None, location=None)
        self.affiliations: list[Affiliation] = []
        self.skipped: list[Unparsed] = list(reader.skipped)
        """What the page names that kg read and left out, and why ("no place's name: Worked with NOAA")."""
        self.identifiers: dict[str, str] = {}
        self.links: dict[str, str] = {}
        self.education: list[Education] = []
        self._listed_education = 0  # how many of self.education (at its head) an Education section listed
        self.advisors: list[str] = []
        self.interests: list[str] = []
        self.metrics: Metrics | None = None
        self.bio: list[str] = []
        self.pubs: list[PubDraft] = []
        self.news: list[NewsItem] = []
        self.awards: list[Award] = []
        self.students: list[Student] = []
        self._member_card: tuple[tuple, Student | None] | None = None  # see read_students
        self._owner_card: tuple | None = None  # the heading and group of the owner's own member card (read_students)
        self.service: list[Service] = []
        self.talks: list[Talk] = []
        self.teaching: list[Teaching] = []
        self._teaching_role: tuple[str | None, str] | None = None  # see read_teaching
        self._dd_taken: set = set()  # the <dd> lines a position's <dt> was read with (read_experience)
        self._member_headings: set = set()  # the sub-headings that each named one member (read_students)
        self._dd_address: set = set()  # the <dd> lines of that place's address under it
        self.legend: dict[str, str] | None = None
        self.ctx = Ctx()
        self._pending_dept: str | None = None
        self._last_aff_seg = None
        self._pending_span: tuple[int, int | None, int] | None = None  # see Bio._person_text (a timeline's years)
        self._prose_awards: list[Award] = []
        self.group_page = False
        """The page is titled by a group ("CORAL Lab @ University of Michigan"): its header is the group's."""
        """Awards the bio names in prose ("I won the X prize in 2019"): kept when the page has no awards list."""
        self._person_class: dict = {}  # element -> whether a class of it names contact icons (_personish)
        self._card = False
        """A lab page's card of its head was read (bio._head_card): the header lines after it are the head's."""
        self._interests_lead = None  # (heading, lines) of a "Topics I am interested in:" line over its list

    # --- name
    def find_name(self) -> None:
        r = self.r
        cands: list[tuple[str, list[str], set[int]]] = []
        owner = r.options.owner
        cands.extend(r.name_hints)
        body = r.root.find("body")
        if body is not None:
            for tag in ("h1", "name"):
                for el in body.iter(tag):
                    if any(is_chrome(a) for a in el.iterancestors()) or is_chrome(el):
                        continue
                    c = name_candidate(" ".join(itertext(el)), greeting=True)
                    if c:
                        lines = self._el_lines(el)
                        cands.append((c[0], c[1], lines))
                    break
        for key in ("author", "citation_author", "og:title", "twitter:title", "og:site_name", "dc.creator",
                    "profile:first_name"):
            v = r.meta_value(key)
            if v and key != "citation_author":
                c = name_candidate(v[0], inverted=key in ("author", "dc.creator"))
                if c:
                    cands.append((c[0], c[1], {v[1]} if v[1] else set()))
        if r.head_title:
            c = name_candidate(r.head_title[0], page_title=True)
            if c:
                cands.append((c[0], c[1], {r.head_title[1]} if r.head_title[1] else set()))
        if body is not None and cands and not any(has_cjk(c[0]) or c[1] for c in cands):
            # "## 李娜" under a front matter that names "Li Na": the first small heading in Chinese only
            for el in body.iter("h2", "h3"):
                text = norm(el.text_content())
                if section_kind(text) or _after_prose(el):
                    break
                if has_cjk(text) and not re.search(r"[A-Za-z]", text):
                    c = name_candidate(text)
                    if c:
                        cands.append((c[0], c[1], self._el_lines(el)))
                    break
        # Hugo/other: h2 in a profile block
        if body is not None and not cands:
            passed = False  # (a label in Chinese or Japanese passed by: a card's smaller heading may name the owner)
            for el in body.iter("h2", "h3", "h4"):
                if any(is_chrome(a) for a in el.iterancestors()) or el.tag == "h4" and not passed:
                    continue
                if section_kind(norm(el.text_content())) or _after_prose(el):
                    break
                c = name_candidate(" ".join(itertext(el)), greeting=True)
                if c:
                    cands.append((c[0], c[1], self._el_lines(el)))
                if c or not has_cjk(el.text_content()) or re.search(r"[A-Za-z]", el.text_content()):
                    # (only the first: "## Overview" then "## Simulation Gallery" names no one; a label in Chinese
                    # or Japanese that is no name, "导师" (supervisor) over the card "梁文静 教授", is passed by)
                    break
                passed = True
        if any(len(c[0].split()) == 1 for c in cands):
            # "Hi there, I'm Eugeni!" over a title "Eugeni Vidal Tortosa | PhD Student": a greeting's given name
            # alone yields to any fuller name the page gives
            cands = [c for c in cands if len(c[0].split()) > 1] + [c for c in cands if len(c[0].split()) == 1]
        chosen = None
        if owner:
            for c in cands:
                if same_name(c[0], owner) or any(same_name(a, owner) for a in c[1]):
                    chosen = c
                    break
            if chosen is None:
                chosen = (owner, [], set())
        elif cands:
            # prefer a candidate another source confirms
            for c in cands:
                if sum(same_name(c[0], d[0]) for d in cands) >= 2:
                    chosen = c
                    break
            chosen = chosen or cands[0]
        if chosen and not owner and len(chosen[0].split()) == 1:
            # "Hi, I'm Sebastian": the given name alone; the owner's own addresses may spell the family name out
            # ("sebastianraschka.com", "github.com/yaoyao-liu")
            fuller = _family_from_handles(chosen[0], r.doc.text)
            if fuller:
                chosen = (fuller, chosen[1], chosen[2])
        if chosen:
            self.person_name = chosen[0]
            self.alt_names = list(dict.fromkeys(chosen[1]))
            self.name_lines |= chosen[2]  # (the greeting "Hi, I'm Sebastian" read, its name made fuller)
            # every candidate that names the same person: its lines are used, other scripts kept
            for c in cands:
                if same_name(c[0], chosen[0]):
                    self.name_lines |= c[2]
                    for a in c[1]:
                        if a not in self.alt_names and a != self.person_name:
                            self.alt_names.append(a)
            if not has_cjk(self.person_name):
                # a heading in Chinese beside a Latin name from elsewhere (front matter, title): the same person
                cjk_only = [c for c in cands if has_cjk(c[0]) and not re.search(r"[A-Za-z]", c[0])]
                if len(cjk_only) == 1 and not self.alt_names:
                    self.alt_names.append(cjk_only[0][0])
                    self.name_lines |= cjk_only[0][2]
            self.r.use(self.name_lines)
            self.ctx.owner_names = [self.person_name, *self.alt_names]

    def _given_name(self, family: str, initial: str) -> str | None:
        """The owner found as "M. Lind" (or "Lind M") in every author list: the page's one fuller form of that
        name (a BibTeX block's "{Lind}, Maren", a line's "Maren Lind"), else None."""
        text = self.r.doc.text
        fam = re.escape(family)
        given: set[str] = set()
        # ("C.S. Hoskin, Central kernels of ...": the title after an author list, no given name; "Hoskin, Cai and
        # Ole Berg" is one)
        for m in re.finditer(rf"\{{?{fam}\}}?,\s*({initial}[a-z]+)\b(?!\s+(?!and\b|et\b)[a-z])|\b({initial}[a-z]+)\s+(?:[A-Z]\.\s+)?{fam}\b",
                             text):
            given.add(m.group(1) or m.group(2))
        if not given:
            # "My name is Alex and I'm a PhD student" over papers citing "Shypula A": the owner introducing
            # themselves by the given name alone
            for m in re.finditer(SELF_INTRO_LEAD + rf"({initial}[a-z]+)(?=[,.!]|\s+and\b)", text):
                given.add(m.group(1))
        if not given:
            # only the owner's profile addresses spell it out: ".../profile/Kata-Varga-Nagy", "/in/kata-varga-nagy-1a2b"
            for m in re.finditer(rf"(?i)/({initial}[a-z]+)[-_]{fam}(?=[-_/\s\"')?#]|$)", text):
                given.add(m.group(1).capitalize())
        return f"{given.pop()} {family}" if len(given) == 1 else None

    def _signature(self, family: str) -> str | None:
        """A page whose authors name the owner by family name only ("Scott, Terstege, Vu 2020") signs with the
        full name at its foot, not in a heading: "Dylan Terstege, PhD (Epp Lab, University of Calgary)", then
        a line or two about them. The first line that opens with a name of that family gives the owner's
        name (its degree and place are the owner's education) and the lines after it, to the next heading,
        are read as the owner's; None when no line is so signed."""
        blocks = self.r.blocks
        for k, b in enumerate(blocks):
            if b.kind != "item" or b.section not in (None, "publications", "bio", "contact"):
                continue
            segs, _gaps = self.r.segs(b)
            if not segs:
                continue
            text = segs[0].text
            head = re.split(r"\s*[,(]\s*", text, maxsplit=1)[0]
            c = name_candidate(head) if len(head.split()) <= 5 else None
            if not c or len(c[0].split()) < 2 or fold(c[0].split()[-1]) != fold(family) or len(text.split()) > 16:
                continue
            rest = text[len(head):].strip(" ,")
            ed = education_from(rest) if rest else None
            if ed is not None and ed.degree:
                self.add_education(ed)
            self.r.use(segs[0].lines)
            self.person_name = c[0]
            self.ctx.owner_names = [c[0], *self.alt_names]
            for s in segs[1:]:
                self.read_person(b, [s], None)
            for after in blocks[k + 1:]:
                if after.kind == "heading":
                    break
                if after.kind == "item":
                    segs, _gaps = self.r.segs(after)
                    if segs:
                        self.read_person(after, segs, None)
            return c[0]
        return None

    def _el_lines(self, el) -> set[int]:
        return self.r.el_lines(el)

    # --- sections
    def _merge_title_headings(self) -> None:
        """A paper's title set as a heading, its authors and venue in the paragraph below (and its abstract
        after that): one entry, not a section."""
        blocks = self.r.blocks
        out: list[Block] = []
        i = 0
        year_level = 0  # the level of the year heading ("## 2024") the blocks are under, 0 when none
        kind = self.r.initial_section  # the section the blocks are in, as far as the headings passed say
        while i < len(blocks):
            b = blocks[i]
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            text = b.text.rstrip(":：").strip() if b.kind == "heading" else ""
            if b.kind == "heading" and section_kind(text):
                kind = section_kind(text)
            if b.kind == "heading" and b.level and (year_level == 0 or b.level <= year_level):
                # ("## Submitted" groups papers as a year does: their entries need no year of their own)
                year_level = b.level if year_heading(text)[0] or STATUS_NOTE.fullmatch(text) else 0
            if b.el is not None and tag_of(b.el) in HEADING_TAGS and b.kind == "item":
                text = norm(" ".join(itertext(b.el)))  # a heading nested in a badly closed one ("<h2>..</h3>")
            if b.el is not None and (tag_of(b.el) in HEADING_TAGS and QUOTED_TITLE.fullmatch(text)
                                     or b.kind == "item" and _quoted_bold(b.el)) and nxt is not None \
                    and nxt.kind == "item" and (nxt.el is not None and tag_of(nxt.el) in PAPER_PARTS
                                                or nxt.el is None and _paper_part(nxt, [("e", b.el)])):
                # '<h4>"Title"</h4><p>(authors)</p><p>citation</p><p>links</p>...': a quoted heading is a paper's
                # title, and the paragraphs up to the next heading are its entry
                atoms = [("e", b.el)]
                j = i + 1
                while j < len(blocks) and _paper_part(blocks[j], atoms):
                    atoms += [("e", blocks[j].el)] if blocks[j].el is not None else blocks[j].atoms
                    j += 1
                if tag_of(b.el) not in HEADING_TAGS and not any(ANY_YEAR.search(" ".join(itertext(el)))
                                                               for _k, el in atoms[1:]):
                    # '**"Discover, Transform, Empower"**' over the lab's prose: a bold quoted motto whose
                    # paragraphs give no year is no paper (a paper's own paragraphs date it)
                    out.append(b)
                    i += 1
                    continue
                i = j
                out.append(Block(kind="item", atoms=atoms, is_list_item=True, paper=True))
                continue
            if (card := self._paper_parts(blocks, i, kind)) is not None:
                # '<p>Title</p><p>A. Lee, <b>Owner</b></p><p>2024 · Venue</p><p><a>PDF</a></p>' in one box (or the
                # authors first, then the title): one paper's parts set as sibling paragraphs, one entry
                out.append(Block(kind="item", atoms=[("e", x.el) for x in card], is_list_item=True, paper=True))
                i += len(card)
                continue
            if b.kind == "heading" and b.level >= 2 and self._citation_heading(text):
                # '<h3>[25] Roe, K., <b>Lind, A.</b> &amp; Poe, J. Title. Venue, 12, 1-9 (2026).</h3>' (a theme that
                # sets each paper as a heading, its tags and badges under it): one entry, no section
                out.append(Block(kind="item", atoms=[("e", b.el)] if b.el is not None else b.atoms,
                                 is_list_item=True, paper=True))
                i += 1
                continue
            if (rows := self._field_rows_under(b, blocks, i, text)) is not None:
                # '<h3>Title</h3><div><p><b>Author:</b> A</p><p><b>Advisors:</b> B</p></div><div><p><b>Institution:
                # </b> C</p>...': a title heading over boxes of labelled rows, the first an author row, is one entry
                out.append(Block(kind="item", atoms=[("e", b.el)] + [("e", r.el) for r in rows], is_list_item=True,
                                 title_level=b.level))
                i += 1 + len(rows)
                continue
            # "<h3>Title</h3><h5>A. Lee, <b>Owner</b><br><a>paper</a></h5>": the authors and links set as a smaller
            # heading under the title's (no year written: the heading's rank says which is the title)
            author_heading = (b.kind == "heading" and nxt is not None and nxt.kind == "item" and nxt.el is not None
                              and b.el is not None and tag_of(nxt.el) in HEADING_TAGS and tag_of(b.el) in HEADING_TAGS
                              and HEADING_TAGS[tag_of(nxt.el)] > HEADING_TAGS[tag_of(b.el)] and any(True for _ in nxt.el.iter("a"))
                              and author_score(norm(re.split(r"\n", " ".join(itertext(nxt.el)).strip())[0]),
                                                self.ctx.owner_names) >= 0.6)
            # a paper's title set as a small heading of five words or more ("#### Title of the paper" over its author
            # line): the reader takes it for an item, not a section's heading; among the works it is read as a title
            # heading is
            small_title = b.kind == "item" and kind == "publications" and b.el is not None \
                and tag_of(b.el) in HEADING_TAGS and HEADING_TAGS[tag_of(b.el)] >= 4 and len(text.split()) >= 5 \
                and nxt is not None and nxt.el is not None and tag_of(nxt.el) == "p" \
                and sum(1 for x in " ".join(itertext(nxt.el)).split("\n") if x.strip()) > 1
            # (its authors and venue on lines of one paragraph under it; a card of a paragraph per part is
            # _paper_parts')
            level = HEADING_TAGS[tag_of(b.el)] if small_title else b.level
            if ((b.kind == "heading" or small_title) and level >= 2 and b.el is not None and nxt is not None and (
                    nxt.kind == "item" and nxt.el is not None and tag_of(nxt.el) in ("p", "dl", "li") or author_heading)
                    and len(text.split()) >= (2 if year_level and year_level < level else 4)
                    and not section_kind(text) and not year_heading(text)[0]):
                # (a colon is no label here: "Stream learning: a survey" over an author line is a paper's title)
                segs, _ = self.r.segs(nxt)
                first = segs[0].text if segs else ""
                lines = [x for x in re.split(r"\n", " ".join(itertext(nxt.el))) if x.strip()]
                head = norm(lines[0]) if lines else first
                field = FIELD_LABEL.match(head)
                if field:  # "<dl><dt>Authors:</dt><dd>A, B & C</dd>...": the labelled author line
                    head = field.group("v").strip() or (norm(lines[1]) if len(lines) > 1 else "")
                # "with A. Lee and B. Roe, *Venue*" in the first item of a list under it: the coauthors (the owner
                # implied), which say it is a paper with or without a year
                with_line = WITH_VENUE.match(head)
                coauthors = with_line is not None and author_score(
                    re.split(r",\s", with_names(with_line))[0], self.ctx.owner_names) >= 0.3
                # "*Venue* - 2024" over the author line, in the same paragraph or the next one: the venue first
                venue_first = None
                after = blocks[i + 2] if i + 2 < len(blocks) else None
                if not field and tag_of(nxt.el) == "p" and len(head.split()) <= 12 \
                        and author_score(head, self.ctx.owner_names) < 0.6:
                    if len(lines) > 1:
                        venue_first = norm(lines[1])
                    elif after is not None and after.kind == "item" and after.el is not None and tag_of(after.el) == "p":
                        venue_first = norm(" ".join(itertext(after.el)))
                    if venue_first is not None and author_score(venue_first, self.ctx.owner_names) >= 0.6:
                        head = venue_first
                        venue_first = venue_first if len(lines) == 1 else None  # the next paragraph, taken too
                    else:
                        venue_first = None
                # (or the title heading links the paper's DOI: "### [Title](https://doi.org/...)" over its authors)
                doi_titled = any(re.match(r"https?://(?:dx\.)?doi\.org/10\.", a.get("href") or "", re.I)
                                 for a in b.el.iter("a"))
                dated = YEAR.search(" ".join(s.text for s in segs)) or year_level and year_level < level \
                    or author_heading or doi_titled
                # "A Lee, B Roe. AAAI, 2025.": the authors may share their line with the venue; under a year heading
                # ("## 2024 / ### Title / authors") the entry needs no year of its own
                if self._heads_citations(nxt, after) or self._titled_below(nxt, text):
                    # "## Survey Reports and Data Dashboards" over whole citations, each with its own title: the
                    # heading names the list, it is no paper's title; "### Reef growth in warm seas" over one
                    # citation that names its own title ("A, B. Title. *Venue* (2024)"): a topic over the paper
                    out.append(b)
                    i += 1
                    continue
                if kind == "publications" and self._venue_line_under(nxt, lines):
                    # "### Title" / "Working paper (with A. Roe, 2024)." / links / abstract, up to the next heading:
                    # among the works, a title heading over a dated line naming where it appeared, no author line
                    atoms = [("e", b.el)]
                    j = i + 1
                    while j < len(blocks) and blocks[j].kind == "item" and _paper_part(blocks[j], atoms):
                        atoms += [("e", blocks[j].el)] if blocks[j].el is not None else blocks[j].atoms
                        j += 1
                    out.append(Block(kind="item", atoms=atoms, is_list_item=True, title_level=level))
                    i = j
                    continue
                # (the author line a list of its own item alone under a DOI-linked title: "- A. Lee, B. Roe")
                lone_li = tag_of(nxt.el) == "li" and doi_titled and nxt.el.getparent() is not None \
                    and len([c for c in nxt.el.getparent() if tag_of(c) == "li"]) == 1
                # (among the works, one author alone on the line under the title, its venue and year on the next:
                # "#### Title" / "**ROE, Ana.**" / "*Journal of Sand, v. 15, 2023.*", a single-author paper)
                alone = kind == "publications" and len(lines) > 1 and not field and venue_first is None \
                    and YEAR.search(" ".join(lines[1:])) is not None
                if coauthors or (tag_of(nxt.el) != "li" or lone_li) and max(
                        author_score(head, self.ctx.owner_names), author_score((sentences(head) or [""])[0],
                        self.ctx.owner_names)) >= (0.3 if alone else 0.6) and dated:
                    atoms = [("e", b.el), ("e", nxt.el)]
                    if venue_first is not None:
                        atoms.append(("e", after.el))
                        i += 1
                    after = blocks[i + 2] if i + 2 < len(blocks) else None
                    short_links = True  # (one short line of the venue and the paper's links may come first)
                    while after is not None and after.kind == "item" and after.el is not None and tag_of(after.el) == (
                            "li" if tag_of(nxt.el) == "li" else "p"):
                        words = norm(" ".join(itertext(after.el))).split()
                        labelled = any(is_label_anchor(a) for a in after.el.iter("a"))
                        if author_score(" ".join(words[:12]), self.ctx.owner_names) >= 0.3:
                            break
                        if short_links and labelled and len(words) < 8:
                            # "*arXiv* | [Paper](...)" in a paragraph of its own under the author line: the venue
                            # and links of the paper (its abstract may follow)
                            atoms.append(("e", after.el))
                            i += 1
                            short_links = False
                            after = blocks[i + 2] if i + 2 < len(blocks) else None
                            continue
                        if len(words) >= 25 or labelled and len(words) >= 8:
                            # its abstract (a short one too when it ends with the paper's "[Paper](...)" link)
                            atoms.append(("e", after.el))
                            i += 1
                        break
                    out.append(Block(kind="item", atoms=atoms, is_list_item=True, title_level=level))
                    i += 2
                    continue
            if (fields := self._field_list_after(b, blocks, i)) is not None:
                # "[Title](/paper/x)" / "- Authors: A, *Owner*" / "- Venue: Conf, 2024." / "- [Paper](..)": a title
                # line over a list of the entry's labelled fields and links is one entry
                out.append(Block(kind="item", atoms=[("e", b.el)] + [("e", f.el) for f in fields], is_list_item=True))
                i += 1 + len(fields)
                continue
            out.append(b)
            i += 1
        self.r.blocks[:] = out

    def _paper_parts(self, blocks: list[Block], i: int, kind: str | None = None) -> list[Block] | None:
        """The sibling paragraphs from ``blocks[i]`` that are one paper's parts: a title (no year, no names) and an
        author list in either order, then a short line with a year (the venue), and a line of links after them; or,
        in a section of works, the author line closed by its year first ("Lee AB, Roe C. (2013)" / "Title." /
        "Cell 49:1-13.", APA's order). Parts set as small headings alternate ("<h5>authors</h5><h4>title</h4>
        <h5>venue</h5>") in a section of works (``kind``, the section the blocks are in)."""
        run = []
        for x in blocks[i:i + 4]:
            if x.el is None or tag_of(x.el) not in PAPER_PARTS and tag_of(x.el) not in _CARD_HEADINGS \
                    or x.kind != "item" and (x.kind != "heading" or tag_of(x.el) not in _CARD_HEADINGS
                                             or year_heading(x.text)[0] or section_kind(x.text.rstrip(":："))) \
                    or run and not _card_sibling(run, x.el):
                break
            run.append(x)
        if len(run) < 3:
            return None
        if len(run) == 4 and labelled_date(norm(" ".join(itertext(run[2].el)))) is not None:
            # "Title" / "A. Lee, Owner" / "Published: May 2, 2021" / "*Journal*, 2021, 12, 1-9": a labelled date
            # row in the card's third place, the dated venue line after it (the venue read from that line); when
            # the line after it is no venue ("[PDF] | [Code]", the next card's title), the date row is the card's
            # dated third line, as any other
            card = self._card_parts([*run[:2], run[3], run[2]], kind)
            if card is not None:
                return run
        return self._card_parts(run, kind)

    def _card_parts(self, run: list[Block], kind: str | None) -> list[Block] | None:
        """The parts of :meth:`_paper_parts`' ``run`` (3 or 4 blocks, the third the dated one) that are one paper's
        card: the first three, and the 4th when it is a line of links; None when they are no card."""
        tags = [tag_of(x.el) for x in run[:3]]
        if any(x.kind == "heading" for x in run[:3]) and (tags[0] != tags[2] or tags[1] == tags[0]
                                                          or kind != "publications"):
            # (a title heading over its two paragraphs is the next card's title, no venue; a heading after a card a
            # subsection's; heading-set talks or people are no paper)
            return None
        texts = [norm(" ".join(itertext(x.el))) for x in run[:3]]
        # the year on the dated third line, or closing an author line that comes first ("Lee AB, Roe C. (2013)" /
        # "Title." / "Cell 49:1-13.", the APA order); never in the title
        dated = YEAR_CLOSES.search(texts[0]) is not None
        if len(texts[2].split()) > 20 or ANY_YEAR.search(texts[1]) \
                or not (dated or ANY_YEAR.search(texts[2]) and not ANY_YEAR.search(texts[0])):
            return None  # (the cheap tests first)
        owners = self.ctx.owner_names
        names = [author_score(t, owners) >= 1 for t in texts[:2]]
        if dated and (names != [True, False] or _VOLUME_PAGES.search(texts[1])):
            return None  # (a title line with a volume and pages is the venue: the title stands above the authors)
        title = texts[1 - names.index(True)] if names.count(True) == 1 else ""
        if not 3 <= len(title.split()) <= 30 or author_score(title, owners) >= 0.6 or author_score(texts[2], owners) >= 0.6:
            return None
        # the 4th paragraph, its links ("PDF | Code"): every link a label, no other words (not the next card's
        # linked title or linked co-author)
        anchors = list(run[3].el.iter("a")) if len(run) == 4 else []
        rest = norm(" ".join(itertext(run[3].el))) if anchors else ""
        for a in anchors:
            rest = rest.replace(norm(link_text(a)), " ")
        links = bool(anchors) and all(is_label_anchor(a) for a in anchors) and separators_only(rest)
        return run if links else run[:3]

    def _venue_line_under(self, nxt: Block, lines: list[str]) -> bool:
        """Whether the paragraph under a title heading is its paper's venue line alone: one short dated line that
        names no author list ("arXiv preprint (2025).", "Published in *Journal* (with A. Roe, 2023).") and is no
        sentence of the owner's ("I joined X in 2020.")."""
        if tag_of(nxt.el) != "p" or len(lines) != 1:
            return False
        line = norm(lines[0])
        return len(line.split()) <= 30 and YEAR.search(line) is not None \
            and author_score(line, self.ctx.owner_names) < 0.6 and not _OWN_POSITION_SENTENCE.match(line) \
            and not re.match(r"(?:I|We|My|Our)\b", line) and not self._post_span(line)

    @staticmethod
    def _post_span(line: str) -> bool:
        """Whether a line holds the span of time of a post ("_Postdoctoral fellow in Dr. Lee's lab at X, November 2019
        - Present_" under a project's heading): months or an open end, no paper's venue and year. A bare span of
        years stays a venue's ("Annual Review of Tides, 2019-2020")."""
        span = _RANGE_INSIDE.search(line)
        return span is not None and re.search(r"[^\W\d_]", span.group()) is not None

    @staticmethod
    def _field_list_after(b: Block, blocks: list[Block], i: int) -> list[Block] | None:
        """The items of the list right under a paragraph ``b`` (``blocks[i]``) when that list holds an entry's
        labelled fields, its first item one ("- Authors: A and B", "- Venue: ..."), and the paragraph is a short
        line with no field label of its own (the entry's title): the list's items, else None."""
        if b.kind != "item" or b.el is None or tag_of(b.el) != "p" or i + 1 >= len(blocks):
            return None
        nxt = blocks[i + 1]
        if nxt.kind != "item" or nxt.el is None or tag_of(nxt.el) != "li" or nxt.el.getparent() is None \
                or nxt.el.getparent().getprevious() is not b.el:
            return None
        first = FIELD_LABEL.match(norm(" ".join(itertext(nxt.el))))
        title = norm(" ".join(itertext(b.el)))
        if first is None or FIELD_ROLES[fold(first.group("l"))] not in ("authors", "venue") \
                or not title or len(title.split()) > 40 or FIELD_LABEL.match(title):
            return None
        fields = []
        for blk in blocks[i + 1:]:
            if blk.kind != "item" or blk.el is None or blk.el.getparent() is not nxt.el.getparent():
                break
            fields.append(blk)
        return fields

    def _citation_heading(self, text: str) -> bool:
        """Whether a heading's text is a whole citation of the owner's: a list of names that names the owner opens
        it (family names first or not, after a number "[25]"), a title follows, a year closes it or its venue."""
        # ("Lind, A. , & Poe, J.": the space a closing tag left before the comma is none)
        text = re.sub(r"\s+(?=[,;])", "", re.sub(r"^\s*(?:\[\d{1,4}\]|\d{1,4}[.)])\s*", "", text))
        if len(text.split()) < 8 or not ANY_YEAR.search(text) or not self.ctx.owner_names:
            return False
        if (alone := SOLE_INV_AUTHOR.match(text)) is not None:
            # the owner alone, family name first, then the year ("Roe, K. (2015). Title. Venue."): a list of one name
            return owner_among(f"{alone.group(2).strip()} {alone.group(1)}", self.ctx) \
                and len(text[alone.end():].split()) >= 4
        inverted = inverted_head(text)
        head = (uninvert_authors(inverted[0]) or inverted[0], inverted[1]) if inverted else leading_names(text, self.ctx)
        # ("..., D. Lohse, and V. Sanjay": the last name after its comma and "and")
        return head is not None and owner_among(re.sub(r",\s*(?:and|&)\s+", ", ", head[0]), self.ctx) \
            and len(head[1].split()) >= 4

    def _field_rows_under(self, b: Block, blocks: list[Block], i: int, text: str) -> list[Block] | None:
        """The boxes right under a title heading ``b`` (``blocks[i]``) whose lines are each one labelled row
        ("Author: A", "Advisors: B", "Institution: C"), the first row an author's: those boxes, else None."""
        if b.kind != "heading" or b.el is None or not text or section_kind(text) or year_heading(text)[0] \
                or len(text.split()) < 3 and len(text) < 12:
            return None
        rows: list[Block] = []
        for blk in blocks[i + 1:]:
            if blk.kind != "item" or blk.el is None or tag_of(blk.el) not in ("div", "p", "dl"):
                break
            parts = [c for c in blk.el if tag_of(c) in ("p", "div", "dt", "dd", "li")] or [blk.el]
            lines = [x for x in (norm(" ".join(itertext(c))) for c in parts) if x]
            if not lines or not all(LABELLED_ROW.match(x) and len(x.split()) <= 20 for x in lines):
                break
            rows.append(blk)
        if not rows:
            return None
        parts = [c for c in rows[0].el if tag_of(c) in ("p", "div", "dt", "dd", "li")] or [rows[0].el]
        label = FIELD_LABEL.match(norm(" ".join(itertext(parts[0]))))
        return rows if label and FIELD_ROLES[fold(label.group("l"))] == "authors" else None

    _HEADED_ENTRIES = ("awards",)

    def _students_page(self) -> bool:
        """Whether the page's own name says it lists students (``students.html``, ``<title>Students</title>``)."""
        if self._students_page_memo is None:
            stem = self.r.doc.path.stem
            names = [re.sub(r"[_\-.]+", " ", stem).strip()] if stem.lower() not in ("index", "default") else []
            if self.r.head_title:
                names += [norm(x) for x in TITLE_SEPARATOR.split(self.r.head_title[0])]
            self._students_page_memo = any(n and len(n.split()) <= 3 and section_kind(n) == "students"
                                           and not re.search(r"(?i)\b(?:team|members?|people|group|lab)\b", n)
                                           for n in names)
        return self._students_page_memo

    _students_page_memo: bool | None = None

    def _people_page(self) -> bool:
        """Whether the page's file says it lists the lab's people (``people.html``, ``group.html``, ``members.md``)."""
        return section_kind(re.sub(r"[_\-.]+", " ", self.r.doc.path.stem).strip()) == "students"

    def _head_shot_member(self, b: Block, segs: list) -> bool:
        """Whether a block is a member's head-shot card on a page whose file names its people (``people.html``,
        ``members.html``): a photo and a person's name alone, not the owner's."""
        if len(segs) != 1 or not self.r.pictured(b) or not self._people_page():
            return False
        c = name_candidate(segs[0].text)
        return c is not None and fold(c[0]) == fold(norm(segs[0].text)) and len(c[0].split()) >= 2 and not any(
            same_name(c[0], n) for n in self.ctx.owner_names if n)

    def list_unread_entry_headings(self) -> None:
        """A dated sub-heading of a section ("### 2015–2016: Course on river ecology" under "Teaching", over where
        and for whom) names one entry, no group: set aside as a group's label, it was lost when no reader of the
        section took anything under it. Such a heading is listed (unparsed) then; one over lines a reader took
        stays a label (the readers read its words with them: a degree's "## 2010–2012: Master, Biology")."""
        blocks = self.r.blocks
        for at, lines, text in self._entry_headings:
            if text in self.labels_read:
                continue  # (read as the entry itself: "### 2019–2021: Postdoc, Hill University" is the position)
            under: set[int] = set()
            for blk in blocks[at + 1:]:
                if blk.kind == "heading":
                    break
                if blk.el is not None:
                    under |= self._el_lines(blk.el)
            if not under & self.doc.used:
                self.doc.ignored.difference_update(lines)

    def assign_sections(self) -> None:
        self._entry_headings: list[tuple[int, set[int], str]] = []
        self._merge_title_headings()
        current: str | None = self.r.initial_section
        level = 0 if current is None else 1
        group_year: int | None = None
        year_at = 0  # the level of the heading that gave group_year
        group_label: str | None = None
        seen_section = current is not None
        heading_text: str | None = None
        pub_level: int | None = None  # the level of the heading that opened the publications
        details = 0  # the level of a heading that was itself an entry (0: none): the blocks under it say more about it
        menu: tuple | None = None  # (the menu box an unknown heading opened, the section state before it)
        announced: tuple | None = None  # (the box of an announcing heading outside any section, the state before it)
        # the section a sub-section of another kind opened inside ("Publications" > "Patents"), and its level
        parent: tuple[str, int] | None = None
        # a section whose heading has nothing under it before a heading of no kind at its own level: the heading is
        # a title over the groups that follow at its level ("== Publications" / "== Robotics" / "== Vision"),
        # (the section and its level) while no heading of another kind comes
        titled: tuple[str, int] | None = None
        # whether the block before is the heading that opened the current section (the page's section from its
        # first line: the page's own title of no kind, "# Research in environmental epidemiology", is the title over it)
        opened = current is not None
        entry_at: tuple | None = None  # (section, its level, the level of a heading read as one of its entries)
        for at, b in enumerate(self.r.blocks):
            empty, opened = opened, False
            if announced is not None and (b.kind == "heading" or b.el is not None and not _inside(b.el, announced[0])):
                # past the box of an announcing heading: the page is where it was before it
                current, level, group_year, group_label = announced[1]
                announced = None
            if menu is not None and b.el is not None and not _inside(b.el, menu[0]):
                # past the box of a sidebar menu ("<div><h1>Menu</h1><a>Home</a>...</div>"): the list after it
                # is still in the section the page was in ("<h2>Publications</h2>" in its header)
                current, level, group_year, group_label = menu[1]
                menu = None
            if b.kind == "heading" and details and b.level > details and year_heading(b.text)[0]:
                # "*2026*" alone on its line under "### Grand Prize - Harbour Datathon": the date of that entry,
                # none of the section's year groups
                b.kind = "item"
            if b.kind == "heading":
                details = 0
                if parent is not None and b.level <= parent[1]:
                    parent = None
                if b.level > level and (current in self._HEADED_ENTRIES and not year_heading(b.text)[0]
                                        # ("## 2007 - 08": a year's group)
                                        and (_DATED_ENTRY.match(b.text) or _ONE_AWARD_HEADING.search(b.text)
                                             or entry_at == (current, level, b.level))
                                        or current == "students" and DATED_ROLE_NAME.match(b.text)):
                    # ("### 2019: Master student — Ida Lund" under "Student supervision": one student; a dated
                    # group heading, "### 2019-2023: PhD students", stays a heading over its list)
                    # "## 2023: Teaching Award" under "# Recognitions": the heading is one award (whatever its words
                    # say), the blocks under it (who gave it, what for) say more about it; so is "### Grand Prize -
                    # Harbour Datathon 2025" (one award named, and more than its kind), and so are the headings
                    # beside it at its level ("### Harbour Robotics Cup" after it: the section's entries are headings)
                    b.kind, b.section, b.group_year, b.group_label, b.heading = (
                        "item", current, group_year, group_label, heading_text)
                    details = b.level
                    if current in self._HEADED_ENTRIES:
                        entry_at = (current, level, b.level)
                    continue
                heading_text = b.text.rstrip(":：").strip() if section_kind(b.text.rstrip(":：").strip()) \
                    else heading_text
                lines = self._el_lines(b.el) if b.group_label not in ("list", "own") else self._own_lines(b.el)
                text = b.text.rstrip(":：").strip()
                # (a heading element's id is its anchor: a second witness of the section it opens)
                kind = heading_kind(text, b.el.get("id") if b.el is not None and tag_of(b.el) in HEADING_TAGS
                                    else None)
                if kind is None and seen_section and b.el is not None and tag_of(b.el) in HEADING_TAGS:
                    # "## Master's degree student" over cards, after the page's sections began: the people of that
                    # role (at the page's top, "## Ph.D. Student" is the owner's own post)
                    kind = singular_section_kind(text)
                    heading_text = text if kind else heading_text
                yearish, year = year_heading(text)
                first = min(lines) if lines else b.el.sourceline
                if self.person_name and (name_candidate(text) and same_name(name_candidate(text)[0], self.person_name)
                                         or b.level <= 2 and len(self.person_name.split()) >= 2
                                         and fold(text) == fold(self.person_name.split()[0])):
                    # (or "<h1>Bladimir</h1>" on Bladimir Padilla's page: the owner by their given name)
                    b.kind = "name"
                    self.r.use(lines)
                    if kind in ("publications", "talks") and current is None and not fold(text).startswith(fold(kind)[:4]) \
                            and not same_name(text, self.person_name):
                        # "Anselm Quiroga — Publications": the name and the page's section at once
                        current, level = kind, b.level
                        seen_section = True
                        if first:
                            self.doc.sections[first] = kind
                    continue
                if yearish and current is not None or current == "publications" and STATUS_NOTE.fullmatch(text):
                    # ("## Submitted" beside "## 2024": a group of the papers as a year is, of no year yet)
                    group_year, group_label, year_at = year, text, b.level
                    if any(len(markup_text(self.doc.lines[n - 1]).strip(" |*_#")) > len(text) + 8 for n in lines
                           if 0 < n <= len(self.doc.lines)):
                        # "| **2024** | Postdoc at Hill University |": a table row whose first cell, a year, reads
                        # as a heading; the line holds the row's entry too, which its reader takes or the report
                        # lists (marked here, the entry was lost)
                        continue
                    if year:
                        self.r.use(lines)
                    else:
                        self.r.ignore(lines)
                    continue
                leg = self._legend_in(text)
                if kind == "publications" and current == "service" and b.level > level \
                        and _VENUE_KIND_HEADING.match(fold(text)):
                    kind = None  # "Service" > "Journals": the journals served, a sub-heading of the service
                if kind == "publications" and current not in (None, "other", "publications") and b.level > level \
                        and STATUS_NOTE.fullmatch(text):
                    kind = None  # "Service" > "In review", "Grants" > "Submitted": a status of the section's own entries
                if kind == "publications" and current == "students" and b.level > level \
                        and _THESIS_HEADING.fullmatch(text):
                    kind = None  # "Supervision of theses" > "Master theses": the students' theses, a group of them
                if current == "awards" and b.level > level and kind in _AWARDED_FOR and b.el is not None \
                        and tag_of(b.el) in HEADING_TAGS and len(text.split()) <= 3 and not AWARD_WORDS.search(text):
                    # "Honors" > "Research", "Teaching", "Service" (a page "荣誉获奖" > "教育教学"): what the awards
                    # under it were given for, a group of the awards, no section of its own (a heading element: a
                    # bold "Courses" button after the awards opens the next part of the page; "Rigour & Relevance
                    # Research Award" is one award's heading)
                    kind = None
                if current == "contact" and b.level > level and kind is not None \
                        and not (kind == "publications" and section_kind(text, True) == kind):
                    # "Contact" > "For research activities": which address, a part of the contact; a sub-heading that
                    # is the publications' own name ("Contact" page > "## Publications") opens that section ("Contact"
                    # > "Students" over an office and an address is whom the address is for, no list of students)
                    kind = None
                if current is not None and current != "other" and b.level > level and kind is not None \
                        and _DATED_ENTRY.match(text):
                    # "Internships" > "* 2021: Research Assistant" over its place and duties: one dated entry of
                    # the section it is in, whatever its words name ("research"), no section of its own
                    kind = None
                if kind == "experience" and current == "students" and b.level > level \
                        and _INTERNSHIPS_HEADING.search(text):
                    # "Students" (or a page titled so, whose fragment this is) > "B.Sc. Internships": the internships
                    # of the owner's students, a group of them, not the owner's own posts
                    kind = None
                elif kind == "experience" and self._students_page():
                    # "B.Tech projects and internships" on students.html: the projects and internships the owner
                    # supervised, their students listed, not the owner's own posts
                    kind, heading_text = "students", text
                elif kind is None and current == "students" and b.level <= level and not yearish \
                        and len(text.split()) <= 4 and self._students_page():
                    # "Ph.D (On-going)", "JRF" after "M.Tech projects" on students.html: another group of them
                    kind, heading_text = "students", text
                elif kind is None and current == "students" and b.level <= level \
                        and (by_time := _ROSTER_BY_TIME.fullmatch(text.strip(" *_:："))) \
                        and group_post(by_time.group("post")):
                    # "# Current researchers", "# Previous researchers" after a page titled "The Team": the team's
                    # people now and before, two groups of the section the page is
                    kind, heading_text = "students", text
                elif kind is None and _TENSE_HEADING.fullmatch(text.strip(" *_:：")) and self._people_page():
                    # "## Current" and "## Alumni" on group.html (people.html, members.html): the lab's members now,
                    # a group of its people as "Alumni" is
                    kind, heading_text = "students", text
                if kind == "talks" and current == "publications" and b.level > level \
                        and re.fullmatch(r"(?i)posters?", text.strip(" *_:：")):
                    # "Publications" > "Posters:" over citations of them (authors, title, meeting): a group of the
                    # list, as "Workshop papers" is; a section "Posters" of its own stays talks
                    kind = None
                if kind == "publications" and current == "talks" and b.level > level and not self._heads_papers(at):
                    # "Presentations" > "Conference Sessions and Papers" over "Title," Meeting, dates, place: the
                    # papers read at meetings, a group of the talks; under it whole citations (authors, year, title,
                    # venue) would be the owner's papers, a section of their own
                    kind = None
                if kind == "software" and current == "publications" and b.level > level and self._heads_papers(at):
                    # "Publications" > "Software Development" over whole citations (authors, year, title, venue: the
                    # papers on the owner's software, a topic as the headings beside it are): a group of the list;
                    # a "Software" heading over packages (names, links) stays a section of its own
                    kind = None
                if kind and not (kind == current and b.level > level) and not (
                        current == "publications" and kind == "publications" and b.level >= level and seen_section and b.level > 1 and self._is_pub_subheading(text)):
                    if current == "publications" and b.level > level and kind in _OTHER_WORKS:
                        parent = (current, level)
                    current, level = kind, b.level
                    group_year, group_label = None, None
                    # ("away": a heading that links to its section's own page, "## [Updates](url)", whose section
                    # is on that page: below)
                    seen_section, opened, titled = True, "away" if _links_away(b.el) else True, None
                    if first:
                        self.doc.sections[first] = kind
                    self.r.ignore(lines)
                    if leg:
                        self.r.use(lines)
                    continue
                if kind or (current is not None and b.level > level) or (current is None and b.group_label == "list"):
                    # a sub-heading inside the current section (role, category)
                    group_label = text
                    if current in ("publications", "news", "awards") and year:
                        group_year, year_at = year, b.level
                    elif STATUS_NOTE.fullmatch(text):
                        group_year = None  # "## Submitted" after "## 2023": papers of no year yet
                    elif group_year is not None and b.level <= year_at:
                        # "### 2018" ... "## Preprints": a heading as high as the year's closes the year's group
                        # (one deeper, "### 2018" > "#### Journals", is a group inside it)
                        group_year = None
                    self.r.ignore(lines)
                    if current not in (None, "education") and b.level > level and _DATED_ENTRY.match(text) \
                            and len(_DATED_ENTRY.sub("", text).split()) >= 3:
                        # (the education reader reads a group's label as the degree: "## 2010–2012: Master,
                        # Biology — Hill University" over its month and town)
                        self._entry_headings.append((at, lines, text))  # (judged once the readers have read: below)
                    if leg:
                        self.r.use(lines)
                    continue
                if parent is not None and b.level > parent[1]:
                    # "Publications" > "Patents" > "Other": a heading of no kind after a sub-section of another
                    # kind is the parent section's again, a group of it
                    current, level = parent
                    parent = None
                    group_year, group_label = None, text
                    if first:
                        self.doc.sections[first] = current
                    self.r.ignore(lines)
                    continue
                if (current in (None, "other", "news") or b.level <= level) and kind is None and b.el is not None \
                        and b.el.getparent() is not None \
                        and tag_of(b.el) in HEADING_TAGS and _announcement(text):
                    # "<div><h2>Congratulations to Bo Chen!</h2><p>Winner of the 2020 X Prize.</p></div>" outside any
                    # section: one news item, the heading its headline, the text in its box its body
                    announced = (b.el.getparent(), (current, level, group_year, group_label))
                    b.kind, b.section, b.group_year, b.group_label, b.heading = "item", "news", None, None, text
                    current = "news"
                    heading_text = text
                    continue
                if kind is None and current not in (None, "other") and b.level == level \
                        and (empty and not (empty == "away" and re.search(r"[:：]\s*$", b.text))
                             or titled == (current, level)):
                    # "== Publications" with nothing under it, then "== Robotics": a group of the section ("##
                    # [Updates](url)" then "## Contact Info and Links:", a label over a part of the page of its own,
                    # is none; "## [Talks](url)" then "## Invited" is one)
                    titled = (current, level)
                    group_year, group_label = None, text
                    self.r.ignore(lines)
                    continue
                if current is None and _GREETING_ONLY.fullmatch(text):
                    self.r.ignore(lines)
                    continue
                box = _menu_box(b.el) if current != "other" else None
                if current is None and not seen_section and not LABEL_HEADING.match(text) and box is None:
                    b.kind = "item"  # an unknown heading in the page header (a tagline, a title)
                    b.section = None
                    if b.level == 1 and _GROUP_TITLE.search(text) and not name_candidate(text):
                        self.group_page = True
                    continue
                menu = (box, (current, level, group_year, group_label)) if box is not None else None
                current, level = "other", b.level
                group_year, group_label = None, None
                if first:
                    self.doc.sections[first] = text or "other"  # the heading names what kg did not read
                self.r.ignore(lines)
                continue
            if b.title_level and current != "publications" and level > b.title_level and pub_level is not None \
                    and pub_level < b.title_level:
                # "### Paper" / "##### Press" (links about it) / "### Next paper": a paper titled by a heading
                # above the sub-section it follows is back in the publications that hold it
                current, level = "publications", pub_level
                group_year, group_label = None, None
            if current == "publications":
                pub_level = level
            # a paper block (a quoted title heading with its paragraphs) is a publication under any heading
            b.promoted = b.paper_class and current in (None, "other")
            b.section = "publications" if (b.paper or b.promoted) and current in (None, "other") else current
            if current in (None, "other", "openings", "news") and _announces(b.el):
                # "<div><h2>Congratulations to Bo Chen!</h2><p>Winner of the 2020 X Prize.</p></div>", one block: a
                # news item of whatever the page was in
                b.section = "news"
            if details or b.el is not None and b.section not in ("publications", None) and _folded_under_summary(b.el):
                b.section = "details"  # (its lines stay unparsed under the entry's heading or summary)
            if b.el is not None and _blog_post_card(b.el):
                b.section = "posts"  # (a blog's post: kg has no field for posts; its lines stay unparsed)
            b.group_year = group_year
            b.group_label = group_label
            b.heading = heading_text
        self._dated_announcements()

    def _dated_announcements(self) -> None:
        """A list under a heading read as publications whose items each open with a month and a year and tell
        what became of a work ("06.2025 [Tides](..) is accepted to **IROS'2025**!", "Mar 2024: X was awarded ..."):
        news items (the heading, "Research Highlights", names their subject, not their kind). Three such items
        at least, four in five of the list's items."""
        lists: dict[object, list[Block]] = {}
        for b in self.r.blocks:
            if b.kind == "item" and b.section == "publications" and b.is_list_item and b.el is not None \
                    and tag_of(b.el) == "li":
                lists.setdefault(b.el.getparent(), []).append(b)
        for items in lists.values():
            dated: list[Block] = []
            undated = 0
            for b in items:
                text = norm(" ".join(itertext(b.el)))
                m = DATE_PREFIX.match(text)
                if m and "-" in (date_of(m.group("date"), b.group_year) or "") and _ANNOUNCED.search(text[m.end():]):
                    dated.append(b)
                else:
                    undated += 1
                    if 5 * undated > len(items):
                        break  # (more than one in five undated: no news list, whatever the items left say)
            if len(dated) >= 3 and 5 * len(dated) >= 4 * len(items):
                for b in dated:
                    b.section = "news"

    def _own_lines(self, el) -> set[int]:
        """The lines of ``el``'s own text, not of the blocks inside it; a list item's own text is all of it but its
        nested lists (a loose list wraps the text in a <p>: "<li><p>TA at X for:</p><ul>...</ul></li>")."""
        out = set()
        span = self.r.page.lines_of(el, "text")
        if span and (el.text or "").strip():
            out.update(range(span[0], span[1] + 1))
        skip = ("ul", "ol") if tag_of(el) == "li" else BLOCK_TAGS
        for c in el:
            if tag_of(c) in skip:
                if c.tail and c.tail.strip():
                    sp = self.r.page.lines_of(c, "tail")
                    if sp:
                        out.update(range(sp[0], sp[1] + 1))
                continue
            for node, where in text_nodes(c):
                sp = self.r.page.lines_of(node, where)
                if sp:
                    out.update(range(sp[0], sp[1] + 1))
            if c.tail and c.tail.strip():
                sp = self.r.page.lines_of(c, "tail")
                if sp:
                    out.update(range(sp[0], sp[1] + 1))
        return out

    @staticmethod
    def _is_pub_subheading(text: str) -> bool:
        return bool(re.search(r"journal|conference|preprint|workshop|thesis|book|patent|article|manuscript|"
                              r"peer|under review|in submission|technical|report|chapter|other", text, re.I))

    def _legend_in(self, text: str, over: bool = True) -> dict[str, str] | None:
        # the marks first: most lines have none, and looking for them is quicker than for the words
        if not _LEGEND_MARK.search(text):
            return None
        if not LEGEND_WORD.search(text):
            return None
        leg = read_legend(text)
        if leg:
            # (a legend read off a line that is more than one, an author line's, adds the symbols the page's own
            # legend leaves unsaid: it never says over it what they mean)
            self.legend = {**(self.legend or {}), **leg} if over else {**leg, **(self.legend or {})}
        return leg

    # --- legend anywhere (before reading publications)
    def find_legend(self) -> None:
        for b in self.r.blocks:
            if b.kind == "heading":
                self._legend_in(b.text)
                continue
            if b.section not in ("publications", None, "other"):
                continue
            segs, _ = self.r.segs(b)
            for s in segs:
                t = s.text
                if len(t) > 300:
                    continue
                style = style_legend(t) if "nderline" in t and len(t.split()) <= 20 else None
                if style:
                    self.ctx.style_marks.update(style)
                    s.legend = True
                    self.r.use(s.lines)
                    continue
                if "nderline" in t:
                    # "You can link to my books and papers. Coauthors who are my students are underlined.": the
                    # legend is one sentence of a longer note (the note stays the page's text)
                    style = next(filter(None, (style_legend(x) for x in sentences(t)
                                               if "nderline" in x and len(x.split()) <= 20)), None)
                    if style:
                        self.ctx.style_marks.update(style)
                if not (_LEGEND_MARK.search(t) and LEGEND_WORD.search(t)):
                    continue
                # "A*, B*, and C. (*Equal contribution)" is an author line that ends with its legend: it adds the
                # symbols the page's legend leaves unsaid; any other legend line says over it (the names are the
                # line's first sentence: "A, B\*. Student travel in ... 1 (2022)." scores as no names whole), but
                # not a paper's own bracketed note after names that score as none ("Lie J\*, Brekke O\*. ...
                # 2019;4:22-30. (\*equal contribution)"): its legend must stand outside the brackets
                rest = re.sub(r"\([^()]*\)", " ", t)
                author_line = any(author_score(x, self.ctx.owner_names) >= 1
                                  for x in (rest, re.split(r"(?<![A-Z])\.\s", rest, maxsplit=1)[0]))
                over = not author_line and bool(_LEGEND_MARK.search(rest) and LEGEND_WORD.search(rest))
                if (leg := self._legend_in(t, over=over)) and len(re.sub(MARK_CLASS, "", t).split()) <= 30:
                    # a line that is only a legend
                    if not re.search(r"\b(19|20)\d\d\b", t) and not author_line:
                        s.legend = True
                        self.r.use(s.lines)
                        self.legend = {**(self.legend or {}), **leg}
        self.ctx.legend = self.legend

    # --- readers per section
    def read(self) -> None:
        r = self.r
        # the sections whose items are read from (block, segments) alone
        readers = {"news": self.read_news, "awards": self.read_awards, "students": self.read_students,
                   "service": self.read_service, "education": self.read_education,
                   "interests": self.read_interests, "experience": self.read_experience,
                   "talks": self.read_talks, "teaching": self.read_teaching}
        last_pub: tuple[tuple, PubDraft] | None = None  # the entry the item before this one was, and its group
        last_segs: list[Seg] | None = None  # the segments of the item before, when it was one entry
        bare_pdf: dict[str | None, list[PubDraft]] = {}  # the titles alone linked to a PDF, by section heading
        section_items: Counter = Counter()  # the items of each publications section
        authorless: Counter = Counter()  # and those read as papers that name no authors (the owner implied)
        groups_seen: set[tuple] = set()  # the (heading, sub-heading) pairs of the publications' items read so far
        works_read: Counter = Counter()  # the items of each publications section read as works
        unread: dict[str | None, list[Block]] = {}  # and those read as none
        for b in r.blocks:
            if b.kind != "item":
                continue
            sec = b.section
            segs, gaps = r.segs(b)
            if sec != "publications" and segs:
                last_pub = None
            if not segs and not r.block_anchors(b) and not (sec in (None, "bio") and r.block_imgs(b)):
                continue
            if segs and len(segs) <= 4 and _template_credit(" ".join(s.text for s in segs)):
                r.ignore(b.lines)  # the template's credit line ("steal this website's source code")
                continue
            if len(segs) == 1 and _NAV_LINK.fullmatch(segs[0].text) and segs[0].anchors() \
                    and all(r.anchor is not None for r in segs[0].runs if r.text.strip()) \
                    and not any(URL_SCHEME.match(h) or h.startswith("//")
                                for h in ((a.get("href") or "").strip() for a in segs[0].anchors())):
                # "<p><a href="index.html">BACK</a></p>" after a section's list: the page's navigation (a link to a
                # page of the site itself), no item of it; a badge linking the owner's homepage elsewhere is theirs
                r.ignore(segs[0].lines)
                continue
            if segs and len(segs) <= 2 and (_PAGE_CHROME.match(segs[0].text) or _LANG_SWITCH.fullmatch(segs[0].text) or (
                    _PAGE_CHROME.match(segs[-1].text) or _COPYRIGHT.match(segs[-1].text))
                    and _menu_line(segs[0])):
                # (or the site's menu of links over "Copyright ... Last update on ...": the page's footer)
                for s in segs:
                    r.ignore(s.lines)  # "Last modified: ...", "切换至中文主页" / "[中文版]": about the page, not its owner
                continue
            if sec not in (None, "bio", "contact") and self._personish(b) or sec == "openings" and any(
                    "@" in s.text for s in segs):
                # (an openings notice lists no one: an address under it, with its e-mail, is the owner's contact)
                sec = "contact"
            said = _METRIC_LINE.fullmatch(segs[0].text) if segs and len(segs) == 1 and not self.pubs else None
            if segs and len(segs) == 2 and not self.pubs and (met := figure_card(segs[0].text, segs[1].text)) or (
                    said and (met := figure_card(said.group("n"), said.group("l")))):
                # "2,740" over "citations", "32" over "h-index": the owner's figures drawn as cards before any paper
                # (a paper's own count, after it, is not the owner's); so are "h-index: 25", "Citations: 3586" on a
                # line or an item of their own
                self.metrics = met if self.metrics is None else self.metrics.model_copy(update={
                    k: v for k, v in met.model_dump(exclude={"source", "approximate"}).items()
                    if v is not None and getattr(self.metrics, k) is None})
                self.metrics.source = self.metrics.source or "homepage"
                r.use(seg_lines(segs))
                continue
            if sec == "publications" and 1 <= len(segs) <= 3 and any(_OWN_THESIS_SUPERVISED.search(s.text)
                                                                      for s in segs):
                # "A digital version of my PhD thesis, written under the supervision of A, can be found here." under
                # "Other publications": a sentence of the owner's about their own thesis, no entry; it names their
                # advisor, as the bio's "My PhD ... under the supervision of A" does
                self.read_person(b, segs, "bio")
                continue
            if sec == "publications":
                before = len(self.pubs)
                under_links = last_pub is not None and last_pub[0][0] == b.heading \
                    and bool(_LINKS_SUBHEADING.search(b.group_label or ""))
                if last_pub is not None and (last_pub[0] == (b.heading, b.group_label) or under_links) \
                        and (isinstance(last_pub[1], PubDraft) and (self._links_after(b, segs, last_pub[1], under_links)
                                                                     or self._venue_cut_before(b, segs, last_pub[1]))
                             or self._folded_after(b, segs, last_pub[1])):
                    continue  # the links, the rest of the venue, or the folded description, of the entry before
                if last_pub is not None and last_pub[0] == (b.heading, b.group_label) and last_segs \
                        and isinstance(last_pub[1], PubDraft) and self._names_after(b, segs, last_segs, last_pub[1]):
                    last_pub = (last_pub[0], self.pubs[-1])
                    last_segs = None
                    continue  # the author line of the entry before, a paragraph of its own under its title
                if self._link_run(b, segs):
                    continue  # (its lines stay in unparsed)
                talks = len(self.talks)
                self.read_pubs(b, segs, gaps)
                if len(self.pubs) == before:
                    self._unfinished_title(b, segs, (b.heading, b.group_label) not in groups_seen)
                groups_seen.add((b.heading, b.group_label))
                section_items[b.heading] += self._labelled_abstract(b) is None  # (an item's abstract: no item)
                bare_pdf.setdefault(b.heading, []).extend(d for d in self.pubs[before:] if d.bare_pdf)
                authorless[b.heading] += any(not d.pub.authors for d in self.pubs[before:])
                last_pub = ((b.heading, b.group_label), self.pubs[-1]) if len(self.pubs) > before else \
                    ((b.heading, b.group_label), self.talks[-1]) if len(self.talks) > talks else None
                last_segs = segs if len(self.pubs) == before + 1 else None
                works_read[b.heading] += len(self.pubs) > before
                if len(self.pubs) == before and len(self.talks) == talks:
                    unread.setdefault(b.heading, []).append(b)
                if b.promoted and not any(d.pub.authors or _cited_without_authors(d.pub) for d in self.pubs[before:]):
                    # a paper box under "Projects" with no author line: a project, not a paper (its lines stay
                    # in unparsed); one cited with its journal's volume or pages, or naming its coauthors after its
                    # title ("Title, with A. Lee (J. Ice 14 (2006), pp. 1-8)"), is the owner's paper
                    for d in self.pubs[before:]:
                        self.doc.used.difference_update(n for n in d.lines if n)
                    del self.pubs[before:]
                if len(self.pubs) == before and len(segs) == 1 and any(
                        FIRST_PERSON_BIO.match(x) and JOB_WORDS.search(x) or PAST_PLACE.search(x)
                        and ORG_RX.search(x) for x in sentences(segs[0].text)):
                    # "I am an Associate Professor in ..." under a "Research" heading: the owner's bio
                    # (a position in it; a research statement alone stays where it is)
                    self.read_person(b, segs, "bio")
                elif len(self.pubs) == before and self.research_topics(b, segs):
                    pass  # "Research" over "Information theory, wireless communications.": the owner's interests
                elif len(self.pubs) == before:
                    # "For the complete list see my [Google Scholar](...) page.": the owner's profile links
                    self.read_person_links(b, segs)
            elif sec in ("interests", "grants") and self._cited_work(b, segs, gaps):
                # "## Research Interests" / "### Robust learning" / "> 1. A, **Owner**. Title. ICML, 2019.": papers;
                # so are whole citations under "Research projects" (a heading that names funded projects)
                pass
            elif sec == "experience" and not b.is_list_item and b.el is not None and tag_of(b.el) == "p" and segs \
                    and _FIRST_PERSON.match(norm(segs[0].text)) and len(" ".join(s.text for s in segs).split()) >= 12:
                # "## Career" over "I am currently working at X as a Y. Here I ...": a paragraph of the owner's own
                # prose under a CV heading, read as the bio is (no "position, place" line of a CV)
                held = self.person["job_title"]
                self.read_person(b, segs, "bio")
                now = next((a for a in self.affiliations if a.current and a.role and a.start_year
                            and a.end_year is None), None) if held is None else None
                if now is not None and self.person["job_title"]:
                    # "* 2020.10.~ Professor, X University" in the list above, then "I am a research scientist at
                    # Y, ..." under the same heading: the dated post still open outranks the undated prose
                    self.person["job_title"] = now.role
            elif sec in readers and (aside := self._labelled_aside(b, segs, sec)) is not None:
                # "<p><b>Journal Reviewer:</b> IEEE Trans. X, ...</p>" after the awards' list: a paragraph its label
                # files under another section (read there when kg reads that kind; its lines stay unparsed if not)
                if aside in readers:
                    readers[aside](b, segs)
            elif sec in readers:
                readers[sec](b, segs)
                if sec not in ("students", "news", "awards"):
                    self._service_links(b)
            elif sec is None and self._head_shot_member(b, segs):
                # "<img> Amy Zhu", a head-shot card over a name alone on a lab's people page before its sections: a
                # current member, as the cards under a "Members" heading are
                self.read_students(b, segs)
            elif sec in (None, "bio", "contact"):
                self.read_person(b, segs, sec)
            elif segs and any(FIRST_PERSON_DEGREE.match(x) for s in segs for x in sentences(s.text)):
                # "My PhD (at Leeds) was in algebra under the supervision of A. Goldie" under "Previous lives"
                self.read_person(b, segs, "bio")
            elif sec == "other" and not self.group_page and (ed := self.milestone_degree(b, segs)) is not None:
                # "## Background" over "| 2019-2021 | M.Sc. Geology, Hill University |": a table of the owner's
                # milestones under a heading kg does not name; a row whose cell names a degree is that degree
                self.add_education(ed)
                self.r.use(seg_lines(segs))
            elif not self.interests_lead_list(b, segs, sec):
                self.read_person_links(b, segs)
            said = " ".join(s.text for s in segs) if segs and sec not in ("students", "publications") else ""
            if OWN_ADVISOR.search(said):
                # "Follow my Ph.D. advisor, A, and my group's work" under "Research Interests": the owner's advisor,
                # said as theirs in a sentence of any section (what else the sentence says is read as before); only
                # that sentence ("... under the supervision of B" after it, of the lab's visitors, names no advisor
                # of the owner's)
                add_advisors(self.advisors, [n for x in sentences(said) if OWN_ADVISOR.search(x) for n in advisors_in(x)])
        self._bare_titles_among_works(unread, works_read, authorless)
        for heading, drafts in bare_pdf.items():
            if drafts and (authorless[heading] < 3 or 2 * authorless[heading] < section_items[heading]):
                # a PDF linked under "Miscellaneous links", beside links of other kinds: a document, no paper
                # (a list of reprints whose items name no authors, one linked title each, is the owner's papers)
                gone = {id(d) for d in drafts}
                for d in drafts:
                    self.doc.used.difference_update(n for n in d.lines if n)
                self.pubs = [d for d in self.pubs if id(d) not in gone]
        if not self.awards:
            self.awards.extend(self._prose_awards)
        for item in self.news if not self.advisors else ():
            if _STARTED_DOCTORATE.match(item.text) and DOCTORATE.search(item.text):
                # "Started PhD at X University (Supervisor: Prof. A Roe, Co-supervisor: Dr B Lee)": the news of the
                # owner's own doctorate begun names their advisors, where no education section does
                add_advisors(self.advisors, advisors_in(item.text))

    def _bare_titles_among_works(self, unread: dict[str | None, list[Block]], works_read: Counter,
                                 authorless: Counter) -> None:
        """The page's lists of works where three or more items name no authors (the owner implied: "[Title](doi)
        (2025). *Venue*"): its items written as a linked title and a year alone ("[Title](doi) (2012)", the venue
        not given) are works of that list too, as the venue-tagged titles' neighbours of that shape are
        (:meth:`_read_tagged_titles`); before, their lines stayed in unparsed. Also a page whose lists are works
        written as linked titles alone ("1. [Title](doi)"): five unread items or more, the works read otherwise no
        more than a third of them, and kept only when half or more of the items read as works."""
        # (the page's lists of works together: a list under each year's or kind's heading may be short)
        works, bare, blocks = sum(works_read.values()), sum(authorless.values()), [b for x in unread.values() for b in x]
        # ("**Resumo**: Neste trabalho ..." under each item: an abstract, the item's above it, no title)
        told = {id(b) for b in blocks if self._labelled_abstract(b) is not None}
        items = [b for b in blocks if id(b) not in told]
        # (or a list of works written as linked titles alone, "1. [Title](doi)", the owner implied: most of the
        # items of its sections are that shape, the few read otherwise no more than a third of them)
        whole_list = len(items) >= 5 and 3 * works <= len(items)
        # (or, under a heading of works that read none, items each a title linked to its DOI or arXiv page alone:
        # "- [Title](https://doi.org/10.1016/...)", the paper's own address saying it is one, however few)
        cited = not works and len(items) >= 2 and all(
            b.heading is not None and heading_kind(b.heading) == "publications" and self._linked_to_work(b)
            for b in items)
        whole_list = whole_list or cited
        if items and (works >= 5 and bare >= 3 and 3 * len(items) <= works or whole_list):
            before = len(self.pubs)
            self.ctx.bare_titles = True
            try:
                for blk in items:
                    segs, gaps = self.r.segs(blk)
                    if segs and not any(n in self.doc.used for n in blk.lines if n):
                        self.read_pubs(blk, segs, gaps, strict="bare")
            finally:
                self.ctx.bare_titles = False
            added = self.pubs[before:]
            if whole_list and not (works >= 5 and bare >= 3) and 2 * len(added) < len(items):
                self._drop_pubs(before)  # (a list of other links, most items no linked title: no works)
                return
            if len(added) >= 3:
                self._unlinked_titles(items)
                added = self.pubs[before:]
            for heading, x in unread.items():  # (works of a list of bare titles, as those read before them)
                authorless[heading] += sum(any(d.pub.line == self.r.L(b.line()) for d in added) for b in x)
            for blk in (b for b in blocks if id(b) in told):
                at = self.r.L(blk.line())
                d = max((d for d in self.pubs if (d.pub.line or 0) < at), key=lambda d: d.pub.line or 0, default=None)
                if d is not None and d.pub.abstract is None and d.group == blk.heading and not any(
                        (d.pub.line or 0) < self.r.L(b.line()) < at for b in items):
                    # (a paper under another heading: "## Research" then "**Summary**: My research ...", no abstract)
                    d.pub.abstract = self._labelled_abstract(blk)
                    d.lines.update(n for n in blk.lines if n)
                    self.r.use(blk.lines)
            del self.pubs[before:]
            for d in added:  # (each in its place in the page's order)
                at = next((i for i, x in enumerate(self.pubs) if (x.pub.line or 0) > (d.pub.line or 0)), len(self.pubs))
                self.pubs.insert(at, d)

    def _unlinked_titles(self, items: list[Block]) -> None:
        """In a list of the owner's works written as linked titles alone (:meth:`_bare_titles_among_works`), the
        items under a heading of papers not out yet (``_NOT_OUT_HEADING``: "### Papers in the Pipeline") that are a
        title alone with no link ("7. The Shape of Gravel: Sediment in Braided Rivers"): works not out yet, the
        owner's as the others are. A title in title case only (:func:`_title_cased`: four words or more, every word
        of four letters or more capitalised, no sentence's stop closing it): a sentence of the page's prose there is
        none."""
        self.ctx.bare_titles = self.ctx.bare_unlinked = True
        try:
            for blk in items:
                # (the nearest heading over the item names papers not out yet, which have no link: "### Papers in
                # the Pipeline", "## Working Papers"; not "## Publications" alone, where an unlinked line in title
                # case among the linked titles is a part's heading, "Part One: Towns Along the River", or a note,
                # "Complete List Available on Google Scholar"; nor "### Current Research" over the owner's topics)
                if not blk.is_list_item or not _NOT_OUT_HEADING.fullmatch(blk.group_label or blk.heading or "") \
                        or self.r.block_anchors(blk) or any(n in self.doc.used for n in blk.lines if n):
                    continue
                segs, gaps = self.r.segs(blk)
                if len(segs) == 1 and _title_cased(norm(segs[0].text)):
                    self.read_pubs(blk, segs, gaps, strict="bare")
        finally:
            self.ctx.bare_titles = self.ctx.bare_unlinked = False

    def _linked_to_work(self, b: Block) -> bool:
        """An item that is one linked title, its link a paper's DOI or arXiv address (``doi_of``/``arxiv_ref``):
        the link's words are the item's ("- [Title](https://doi.org/...)"; a caption ending "From: [Phys. Rev.
        E 99](doi)" is no such item)."""
        anchors = self.r.block_anchors(b)
        if len(anchors) != 1:
            return False
        href, label = anchors[0].get("href") or "", norm(" ".join(itertext(anchors[0])))
        text = norm(" ".join(s.text for s in self.r.segs(b)[0]))
        return bool(doi_of(href) or arxiv_ref(href)) and len(label.split()) >= 3 \
            and len(label) >= 0.9 * len(text.lstrip("-*•·0123456789.) ").strip())

    def _labelled_abstract(self, b: Block) -> str | None:
        """The words of a paragraph that opens with an abstract's label, in any language ("**Resumo**: Neste
        trabalho ..."), or None for any other: one with links ("**Résumé**: [PDF](cv.pdf)", "... [Slides](..)") or
        of fewer than eight words is no abstract (its links would be lost)."""
        segs = self.r.segs(b)[0]
        label = FIELD_LABEL.match(norm(" ".join(s.text for s in segs))) if segs else None
        if not label or FIELD_ROLES[fold(label.group("l"))] != "abstract" or self.r.block_anchors(b) \
                or len(label.group("v").split()) < 8:
            return None
        return label.group("v")

    def _cited_work(self, b: Block, segs: list[Seg], gaps: list[int]) -> bool:
        """Whether an item under a heading of the owner's interests (or a topic heading under it) is a whole
        citation, or a paragraph of them: authors, title and a venue or year (``read_pubs(strict=True)``), read as
        the owner's papers on that topic rather than as topics."""
        if not segs or not YEAR.search(" ".join(s.text for s in segs)):
            return False
        before = len(self.pubs)
        self.read_pubs(b, segs, gaps, strict=True)
        if len(self.pubs) == before:
            return False
        b.section = "publications"
        return True

    @staticmethod
    def _labelled_aside(b: Block, segs: list[Seg], sec: str) -> str | None:
        """The section a paragraph's bold label files it under when that is not the section it stands in
        ("**Funding (Past):** ARO grant ..." under "Honors, Awards & Grants": grants), or "" for a label under
        awards that names no award ("**Outreach:** ..."); None when the paragraph is the section's own item."""
        if b.is_list_item or len(segs) != 1:
            return None
        runs = [r for r in segs[0].runs if r.text.strip()]
        if len(runs) < 2 or not runs[0].bold or runs[0].anchor is not None:
            return None
        label = norm(runs[0].text)
        if not label.endswith(":") and not runs[1].text.lstrip().startswith(":"):
            return None
        label = label.strip(" :")
        if not re.search(r"[^\W\d_]{3}", label) or YEAR.search(label) or len(label.split()) > 5:
            return None
        kind = section_kind(label)
        if kind and kind != sec:
            return kind
        if kind is None and sec == "awards" and not AWARD_WORDS.search(label):
            return ""
        return None

    def _links_after(self, b: Block, segs: list[Seg], draft: PubDraft, under_links: bool = False,
                     toggles: tuple[str, ...] | None = None) -> bool:
        """A block of nothing but links right after an entry ('<p>"Title," in <i>Venue</i>, 2019.</p>
        <blockquote><a>Read the article.</a></blockquote>'): that entry's links, each by its label (the links of
        the block before, ``draft``). A link whose label is a title, or a line with a year, is none; but under
        the entry's own sub-heading of links (``under_links``: "Paper materials and links") every link of such a
        line is the entry's, whatever words name it ("Replication files: [code and data](..) · [issues](..)")."""
        if not segs:
            return False
        boxed = self._bibtex_box(b, segs, draft) if toggles is None else None
        if boxed is not None:
            # the entry's buttons over the box one of them unfolds, its own BibTeX entry ('<a>pdf</a> <label
            # for="b1">bibtex</label><input type="checkbox" id="b1"><div class="hidden"><pre>@inproceedings{...'):
            # the links read as the row's alone, the toggles' words as labels; the entry fills what it lacks
            segs, toggles, cited = boxed
            if segs and not self._links_after(b, segs, draft, under_links, toggles):
                # (a word beside the buttons, "<a>code</a> (integrated with VALE)": the box says whose they are)
                for a in self.r.block_anchors(b):
                    url = abs_url(a.get("href"), self.ctx) if is_label_anchor(a) and label_of(a) else None
                    if url and url not in draft.pub.links.values():
                        add_link(draft.pub, link_kind(label_of(a), url) or "other", url, self.ctx, label_of(a))
            fill_from_own_bibtex(draft.pub, cited)
            self.r.use(b.lines)
            return True
        text = " ".join(s.text for s in segs)
        for word in toggles or ():
            text = text.replace(word, " ", 1)
        every = self.r.block_anchors(b)
        if YEAR.search(text):
            # (most blocks after an entry are entries, dated; the digits of a DOI a link is named by are no date)
            for label in filter(valid_doi, map(label_of, every)):
                text = text.replace(label, " ", 1)
            if YEAR.search(text):
                return False
            text = " ".join(s.text for s in segs)
        said = _PICTURED_LINK_WORDS.match(text) if len(every) == 1 and not label_of(every[0]) else None
        if said and len(text.split()) <= 30:
            # "<a href=...><img src="download.gif"></a> <i>Supplemental Appendix</i>" after a rule under a paper: the
            # paper's supplement (or earlier version), the link a picture, its label the words beside it
            url = abs_url(every[0].get("href"), self.ctx)
            if not url:
                return False  # (a relative link: read once the site's address is known, listed till then)
            if url not in draft.pub.links.values():
                add_link(draft.pub, "supplement" if said["supp"] else "other", url, self.ctx, text)
            self.r.use(b.lines)
            return True
        anchors = [a for a in every if label_of(a) and label_of(a) not in (toggles or ())]
        if not anchors and toggles and separators_only(text):
            self.r.use(b.lines)  # (a row of the toggle alone: its box's entry is the whole of it)
            return True
        if not anchors or len(anchors) > 4:
            return False
        labels = [label_of(a) for a in anchors]

        def left(rest: str, lead_first: bool) -> str:
            rest = _LINK_LINE_LEAD.sub("", rest) if lead_first else rest
            for label in labels:
                rest = rest.replace(label, " ", 1)
            return rest if lead_first else _LINK_LINE_LEAD.sub("", rest)

        # the words the labels leave, their lead ("Paper: [official](..)") aside; a lead that is a label's own
        # first word ("[DOI: 10.1/x](..)") goes with the label
        plain = _MATH_DOT.sub(" ", text)
        if not any(separators_only(left(plain, first)) for first in (True, False)) or not under_links and not all(
                is_label_anchor(a) or _LINK_VERB.match(label) for a, label in zip(anchors, labels)):
            return False
        for a, label in zip(anchors, labels):
            url = abs_url(a.get("href"), self.ctx)
            if url and url not in draft.pub.links.values():
                add_link(draft.pub, link_kind(label, url) or "other", url, self.ctx, label)
        self.r.use(b.lines)
        return True

    def _bibtex_box(self, b: Block, segs: list[Seg], draft: PubDraft
                    ) -> tuple[list[Seg], tuple[str, ...], Publication] | None:
        """The folded box of a block that holds the entry's own BibTeX entry (:meth:`_links_after`): the block's
        segments outside it, the words of the toggles that open it (a ``<label>``, a ``<button>``, a link to no page
        "bibtex"), and the entry read by the one BibTeX reader; None when the block folds no such box, or the BibTeX
        entry is another work's."""
        el = b.el
        if el is None or not any("@" in s.text for s in segs):
            return None
        from ..bibtex import embedded_entry

        for box in el.iterdescendants():
            if not isinstance(box.tag, str) or not (any(_FOLDED_CLASS.search(c) for c in classes_of(box))
                                                    or _HIDDEN_STYLE.search(box.get("style") or "")):
                continue
            inside = norm(" ".join(itertext(box)))
            cited = embedded_entry("\n".join(itertext(box))) if "@" in inside else None
            if cited is None or not same_title(cited.title, draft.pub.title):
                continue
            kept = [s for s in segs if norm(s.text) not in inside]
            toggles = tuple(t for x in el.iterdescendants() if isinstance(x.tag, str) and (
                tag_of(x) in ("label", "button", "summary") or tag_of(x) == "a" and not _page_href(x.get("href")))
                            and not _inside(x, box) for t in [norm(" ".join(itertext(x)))] if t)
            return kept, toggles, cited
        return None

    def _names_after(self, b: Block, segs: list[Seg], before: list[Seg], draft: PubDraft) -> bool:
        """The author line of the entry before, set as a paragraph of its own under the paragraph of its title
        ('[Title](url) [Venue 2024]' / blank line / 'A. Lee, **Owner**, B. Roe' / blank line / '[Code](..)'): the
        entry is read again with that line (its authors, their marks and the owner's place). Taken only when that
        entry names no authors, this paragraph is one line of names with no year, and the owner is among them; or it
        is the coauthors' line, "with A. Lee and B. Roe", the owner implied."""
        if draft.pub.authors or draft is not (self.pubs[-1] if self.pubs else None) or len(segs) != 1 \
                or b.is_list_item:
            return False
        text = segs[0].text
        # ("with A. Lee and B. Roe" under a title alone: the coauthors, the owner implied)
        with_line = WITH_VENUE.match(text)
        if YEAR.search(text) or (author_score(re.split(r",\s", with_names(with_line))[0], self.ctx.owner_names) < 0.3
                                 if with_line else author_score(text, self.ctx.owner_names) < 1):
            return False
        if with_line:
            # its note, which names the coauthors when the owner's entries are filled in (marks.with_coauthors)
            draft.pub.notes.append(text)
            self.r.use(segs[0].lines)
            return True
        again = read_entry(join_name_lines(before + segs, self.ctx.owner_names), self.ctx, b.group_year, draft.pub.line)
        if again is None or not again.pub.authors or again.pub.title != draft.pub.title:
            return False
        owners = {fold(n) for n in self.ctx.owner_names}
        if not again.highlighted and not any(fold(a.name) in owners for a in again.pub.authors):
            return False  # (names under a title that are not the owner's co-authors: a list of people, say)
        again.pub.line = draft.pub.line
        again.group = draft.group
        self.pubs[-1] = again
        self.r.use(again.lines | segs[0].lines)
        return True

    def _unfinished_title(self, b: Block, segs: list[Seg], first_in_group: bool) -> None:
        """A small heading alone under a heading of unfinished works ("### Work in progress" / "#### Tides under
        thin ice", with no author line, venue or year of its own): the title of one of the owner's projects, a
        work with no more said of it (its authors, the owner, are filled in with the owner's other entries). So is
        a sub-heading there whose first item is no paper ("#### Tides" over "- An early version (2019) was ..."):
        the notes are about the work it names. So is a title alone in quotes there ('"Tides under thin ice"').
        Under a heading of the owner's thesis ("## PhD Thesis"), a title alone, linked or not, is that thesis."""
        thesis = any(_THESIS_HEADING.fullmatch(x or "") for x in (b.group_label, b.heading))
        if not thesis and not any(_UNFINISHED_HEADING.fullmatch(x or "") for x in (b.group_label, b.heading)):
            return
        anchors = self.r.block_anchors(b)
        url = None
        if thesis:
            if len(segs) != 1 or len(anchors) > 1 or anchors and label_of(anchors[0]) != segs[0].text.strip(" *_") \
                    or segs[0].legend:
                # (nor is "\* indicates equal contribution" closing the page's lists under its last heading, "##
                # Thesis": the marks' legend, read as such before the works)
                return
            if anchors and is_label_anchor(anchors[0]):
                # "[Download PDF](phd.pdf)" under the thesis's title and its abstract: that thesis's link, no title
                held = self._held("_thesis_at", b)
                url = abs_url(anchors[0].get("href"), self.ctx)
                if held is not None and url:
                    add_link(held.pub, link_kind(label_of(anchors[0]), url) or "paper", url, self.ctx,
                             label_of(anchors[0]))
                    self.r.use(set(segs[0].lines))
                return
            # "[*Disagreement, Concepts and Convergence*](http://hdl.handle.net/...)" alone under "## PhD Thesis"
            text, lines = segs[0].text.strip(" *_"), set(segs[0].lines)
            url = abs_url(anchors[0].get("href"), self.ctx) if anchors else None
        elif len(segs) == 1 and b.el is not None and tag_of(b.el) in HEADING_TAGS:
            text, lines = segs[0].text.strip(), set(segs[0].lines)
            if anchors:
                return
        elif len(segs) == 1 and _QUOTED_ALONE.fullmatch(segs[0].text) and not anchors:
            # '"The Independence of Political Theory"' alone in its paragraph: a project's title, quoted as a paper's
            text, lines = _QUOTED_ALONE.fullmatch(segs[0].text).group("t").strip(), set(segs[0].lines)
        elif not thesis and segs and not anchors and all(r.bold for r in segs[0].runs if r.text.strip()) \
                and segs[0].text.strip(" *_"):
            # "**Tides under Thin Ice.**" / "*Draft available upon request*": a title set in bold alone on its line
            # (what follows it, a note on the draft, is no author line: the entry read nothing more)
            text, lines = segs[0].text.strip(" *_").rstrip(" ."), set(segs[0].lines)
        elif first_in_group and b.group_label and not _UNFINISHED_HEADING.fullmatch(b.group_label) \
                and not STATUS_NOTE.fullmatch(b.group_label):
            text, lines = b.group_label.strip(), set()
        else:
            return
        if not 2 <= len(text.split()) <= 25 or YEAR.search(text) or PROSE_START.match(text) \
                or text.endswith((".", ":", "!", "?")) or section_kind(text):
            return
        pub = Publication(title=text, venue_type="thesis" if thesis else None)
        if url:
            add_link(pub, link_kind("", url) or "paper", url, self.ctx, text)
        pub.line = self.r.L(b.line())
        self.pubs.append(PubDraft(pub=pub, highlighted=[], lines=lines))
        self._hold("_thesis_at", b, self.pubs[-1] if thesis else None)
        self.r.use(lines)

    def _link_run(self, b: Block, segs: list[Seg]) -> bool:
        """A paragraph of nothing but links set one after another with dots or bars between them, three at least
        named by what they lead to rather than as a paper's buttons ("[Daily Tides](..) · [Harbour News](..) ·
        [Sea Blog](..)": the press or the citing pages listed under a paper): a run of other pages, no paper."""
        anchors = [a for a in self.r.block_anchors(b) if label_of(a)]
        if len(anchors) < 3 or not segs:
            return False
        rest = _MATH_DOT.sub(" ", " ".join(s.text for s in segs))
        for a in anchors:
            rest = rest.replace(label_of(a), " ", 1)
        return re.fullmatch(r"[\s·•|/()]*", rest) is not None and sum(not is_label_anchor(a) for a in anchors) >= 3

    def _venue_cut_before(self, b: Block, segs: list[Seg], draft: PubDraft) -> bool:
        """The rest of the entry before's venue, which a paragraph break cut after a word that cannot end it
        ('... by Formal Methods. International Journal of' / 'Multidisciplinary Studies, Tarn Press, vol. 5(2):
        155-166, 2021.'): read into that entry's venue, year, volume and pages, no work of its own. Taken only
        when the entry has no year yet, this paragraph is one line naming no one the page knows, and the venue
        read whole gives the year."""
        pub = draft.pub
        if pub.year is not None or not pub.venue or not _DANGLING_END.search(pub.venue) or len(segs) != 1:
            return False
        text = segs[0].text
        if not text[:1].isupper() or not YEAR.search(text) or author_score(text, self.ctx.owner_names) >= 1:
            return False
        v = parse_venue(f"{pub.venue} {text}")
        if v.year is None or not v.venue or not fold(v.venue).startswith(fold(pub.venue)):
            return False
        pub.venue, pub.venue_full, pub.year = v.venue, v.venue_full or pub.venue_full, v.year
        pub.venue_type = pub.venue_type or v.venue_type
        pub.volume, pub.pages = pub.volume or v.volume, pub.pages or v.pages
        draft.lines |= segs[0].lines
        self.r.use(b.lines)
        return True

    def _folded_after(self, b: Block, segs: list[Seg], draft: PubDraft | Talk) -> bool:
        """The paragraphs a disclosure box right after an entry folds away ('<p>citation</p><div><button>View
        Description</button><div class="collapsible_content"><p>We study ...</p></div></div>'): that entry's
        abstract, not a paper of its own. The box is told by its container's class (collapse, toggle, accordion,
        hidden, noshow ...) or the button or summary opening it ("View Description", "Show abstract"). A box that
        holds the entry's own BibTeX entry (a reference manager's export folds one under each work) fills what the
        entry lacks."""
        el = b.el if b.el is not None else (b.atoms[0][1].getparent() if b.atoms and b.atoms[0][0] == "e" else
                                             (b.atoms[0][1] if b.atoms else None))
        if el is None or not segs or _YEAR_LEAD.match(segs[0].text):
            return False
        folded = False
        for anc in itertools.islice(itertools.chain((el,), el.iterancestors()), 4):
            if tag_of(anc) in ("li", "body", "ul", "ol", "table"):
                break
            if any(_FOLDED_CLASS.search(c) for c in classes_of(anc)) or _HIDDEN_STYLE.search(anc.get("style") or "") \
                    or any(
                    tag_of(x) in ("button", "summary") and _DISCLOSURE_TEXT.match(fold(norm(" ".join(itertext(x)))))
                    for x in anc.iterchildren() if isinstance(x.tag, str)):
                folded = not _one_more_item(anc)
                break
        if not folded:
            return False
        if isinstance(draft, PubDraft) and any("@" in s.text for s in segs):
            from ..bibtex import embedded_entry

            cited = embedded_entry("\n".join(s.text for s in segs))
            if cited is not None:  # a BibTeX entry ("BibTeX:" over a <pre>): the work's own, or it stays listed
                if not same_title(cited.title, draft.pub.title):
                    return False
                fill_from_own_bibtex(draft.pub, cited)
                self.r.use(b.lines)
                return True
        text = " ".join(s.text for s in segs)
        if len(text.split()) < 12:
            return False
        label = FIELD_LABEL.match(text)
        if label and FIELD_ROLES[fold(label.group("l"))] == "abstract":
            text = label.group("v")  # "Abstract: We study ...": the box's label, no words of the abstract
        if isinstance(draft, Talk):
            draft.description = draft.description or norm(text)  # (a talk read from a mixed list: its summary)
        elif draft.pub.abstract is None:
            draft.pub.abstract = norm(text)
        self.r.use(b.lines)
        return True

    def _service_links(self, b: Block) -> None:
        """'<a href="https://orcid.org/...">ORCID 0000-...</a>, <a href="...">Google Scholar</a>' wherever the
        owner's page sets them: a profile link labelled by its service (not by a person's name) is the owner's."""
        for a in self.r.block_anchors(b):
            url = abs_url(a.get("href"), self.ctx)
            ident = identifier_from_url(url) if url else None
            label = fold(norm(" ".join(itertext(a))))
            if ident and _SERVICE_LABEL.match(label) and ident[0] not in self.identifiers:
                self.identifiers[ident[0]] = ident[1]
                if a.sourceline:
                    self.r.use([a.sourceline])

    _PERSON_CLASS = re.compile(r"^(social|social-icons|contact|contact-icons|contact-info|network-icon|author__urls|"
                               r"author-urls|social-links|profile-links|sociallinks|links-social)$")

    def _personish(self, b: Block) -> bool:
        """A block of contact icons or social links, wherever it sits on the page."""
        el = b.el if b.el is not None else (b.atoms[0][1].getparent() if b.atoms and b.atoms[0][0] == "e" else
                                             (b.atoms[0][1] if b.atoms else None))
        if el is None:
            return False
        # the element and its three nearest ancestors, each asked once per page (the items of a list share them)
        seen = self._person_class
        for anc in itertools.islice(itertools.chain((el,), el.iterancestors()), 4):
            found = seen.get(anc)
            if found is None:
                found = seen[anc] = any(self._PERSON_CLASS.match(c) for c in classes_of(anc))
            if found:
                return True
        return False

    def _groups(self, segs: list[Seg], gaps: list[int]) -> list[list[Seg]]:
        if not gaps:
            return [segs]
        out, start = [], 0
        for g in gaps:
            out.append(segs[start:g])
            start = g
        out.append(segs[start:])
        return [g for g in out if g]

    def _heads_citations(self, nxt: Block, after: Block | None) -> bool:
        """The paragraph under a heading and the one after it are whole citations (authors, year, title and venue
        each): the heading heads a list of works, since a paper titled by its heading writes no title below it."""
        def whole(blk: Block | None) -> bool:
            if blk is None or blk.kind != "item" or blk.el is None or tag_of(blk.el) != tag_of(nxt.el):
                return False
            segs, _ = self.r.segs(blk)
            return bool(segs) and self._whole_citation(segs[0])
        return whole(nxt) and whole(after)

    def _heads_papers(self, at: int) -> bool:
        """Most of the paragraphs under the heading ``self.r.blocks[at]`` (up to the next), two at least, each read as
        a whole paper however many lines it is written over (authors, a year, a venue and a title: "Roe, A.
        (2021).<br/><b>Title</b>.<br/> Venue 6 (62)."): the heading heads works."""
        under = list(itertools.takewhile(lambda x: x.kind != "heading", itertools.islice(self.r.blocks, at + 1, None)))

        def whole(blk: Block) -> bool:
            if blk.kind != "item" or blk.el is None or tag_of(blk.el) not in ("p", "li"):
                return False
            segs, _ = self.r.segs(blk)
            return bool(segs) and self._whole_paper(segs) is not None
        papers = sum(map(whole, under))
        return papers >= 2 and 2 * papers > len(under)

    def _titled_below(self, nxt: Block, heading: str) -> bool:
        """The paragraph under a heading reads alone as a whole paper (authors, a year, a venue and a title of three
        words or more, other than the heading's and no venue's nor person's name): the paper's title is written
        below, so the heading above it names its topic ("### Reef growth" over "A, B. Title. *Venue* (2024)"), not
        its title."""
        if nxt.el is None or tag_of(nxt.el) != "p":
            return False
        segs, _ = self.r.segs(nxt)
        if len(segs) != 1:
            return False
        d = self._whole_paper(segs)
        quoted = d is None and (lead := QUOTED_LEAD.match(segs[0].text)) is not None and lead.group("t")
        if quoted:
            # '"Title", with A. Lee. 2021. *Venue*': a line that opens with its own quoted title names no author
            # when the owner is implied (a page of the owner's papers); the quotes say the title is written below
            # (and that it is no venue, a year in it or not: '"Conflict in Afghanistan, 1979-2001", ...')
            d = read_entry(join_name_lines(segs, self.ctx.owner_names), self.ctx, None, None)
            if d is None or not d.pub.year or not d.pub.venue or len(d.pub.title.split()) < 3 \
                    or not same_title(d.pub.title, lead.group("t")):
                return False
        if d is None:
            return False
        return not same_title(d.pub.title, heading, cut=True) and (quoted or venue_score(d.pub.title) < 1) \
            and author_score(d.pub.title, self.ctx.owner_names) < 0.3  # (not a name the list's end left over)

    def _paper_paragraphs(self, b: Block, segs: list[Seg]) -> list[list[Seg]] | None:
        """A list item holding two paragraphs or more (``<li><b>2024</b><p>Title<br>names<br>venue</p><p>...</p>
        </li>``: a year's papers in one item), each of which reads alone as a paper with authors and a title of
        three words or more: a group per paragraph, what stands before the first one (the year) a group of its
        own; None otherwise."""
        if b.el is None or tag_of(b.el) != "li":
            return None
        kids = [c for c in b.el if isinstance(c.tag, str) and tag_of(c) in ("p", "div") and c.sourceline]
        starts = [k.sourceline for k in kids]
        if len(kids) < 2 or len(set(starts)) < len(starts) or any(not s.lines for s in segs):
            return None
        parts: list[list[Seg]] = [[] for _ in range(len(kids) + 1)]
        for s in segs:
            parts[bisect.bisect_right(starts, min(s.lines))].append(s)
        papers = [g for g in parts[1:] if g]
        if len(papers) < 2:
            return None
        for g in papers:
            draft = read_entry(join_name_lines(g, self.ctx.owner_names), self.ctx, b.group_year, None)
            if draft is None or not draft.pub.authors or len(draft.pub.title.split()) < 3:
                return None
        return [g for g in parts if g]

    def _whole_papers(self, group: list[Seg]) -> list[list[Seg]] | None:
        """A group of two lines or more of which each reads alone as a whole paper (authors, year, a title of three
        words or more and a venue): a group per line; None otherwise."""
        if len(group) < 2:
            return None
        for s in group:
            g = [s]
            if self.ctx.soft_lines:
                g = split_source_lines(g, self.ctx.owner_names, self.ctx.html_lines)
            if self._whole_paper(g) is None:
                return None
        return [[s] for s in group]

    def _whole_paper(self, g: list[Seg]) -> PubDraft | None:
        """The paper lines read alone as, when it is a whole one (authors, a year, a venue and a title of three words
        or more); else None."""
        d = read_entry(join_name_lines(g, self.ctx.owner_names), self.ctx, None, None)
        return d if d is not None and d.pub.authors and d.pub.year and d.pub.venue and len(d.pub.title.split()) >= 3 \
            else None

    def _whole_citation(self, seg: Seg) -> bool:
        """A line that is a citation on its own: authors, a year and at least a title and a venue."""
        text = seg.text
        if len(text) < 40 or find_year(text) is None:
            return False
        parts = sentences(NUMBERING.sub("", text, count=1))
        if len(parts) < 3:
            return False
        return author_score(parts[0], self.ctx.owner_names) >= 0.3 or uninvert_authors(
            re.sub(r"[\s(]*(?:19|20)\d\d[a-z]?\)?[.\s]*$", "", parts[0])) is not None

    def profile_link_lines(self) -> None:
        """A short line left unread in a section of works that only points to the owner's profile elsewhere
        ("Visit [Google Scholar](...) for our latest", "[ORCID](https://orcid.org/...)", "→ [Full List of
        Publications](https://www.researchgate.net/profile/...)"): the owner's identifier, not an unparsed line. A
        link labelled with a person's name (a coauthor's profile) is none of the owner's."""
        for blk in self.r.blocks:
            if blk.kind != "item" or blk.section not in ("publications", "talks") or blk.el is None:
                continue
            segs, _ = self.r.segs(blk)
            lines = seg_lines(segs)
            if not lines or lines & self.doc.used or sum(len(s.text.split()) for s in segs) > 20 \
                    or not all(s.anchors() for s in segs):
                continue  # (a line with no link of its own, "MSU email: x@y.edu" under the links, says more)
            anchors = self.r.block_anchors(blk)
            # (or to the owner's page on a site kg keeps no id for, named for the site: "[Mastodon](https://mas.to/@x)")
            if anchors and all(not _a_persons_link(a) and (identifier_from_url(url := abs_url(a.get("href"), self.ctx)
                                                                               or "")
                                                           or link_profile_page(url, a))
                               for a in anchors):
                for a in anchors:
                    self._person_anchor(a, only_ids=True)
                self.r.use(lines)

    def read_unknown_sections(self) -> None:
        """Papers among the items under headings kg has no word for (or under no heading), read after the named
        sections: the one fallback for them. Two readings, in turn:

        - whole citations (authors, title and a venue or year: ``read_pubs(strict=True)``), heading by heading
          (a year heading does not split a section). On a page whose papers were found under named headings,
          an unknown heading's items are papers when most of them so read, at least two ("International
          Conferences, Workshops", "国内会議"); on a page with no papers yet (one without headings), each item
          that so reads is one.
        - while the page still has none: titles written without authors, each tagged with where it appeared
          ("Title @ `CVPR'23` [code](...)", "Title (ICCV 2021) [paper]"). At least three list items so tagged
          make them, and the other list items of the same shape (a title and its links), the owner's papers
          (preprints, not yet placed).

        Items not taken stay unparsed under their heading's name."""
        named = bool(self.pubs)
        groups = self._unknown_heading_items(unheaded=not named)
        for group in groups:
            before = len(self.pubs)
            hits = []
            for blk in group:
                segs, gaps = self.r.segs(blk)
                n = len(self.pubs)
                self.read_pubs(blk, segs, gaps, strict=True)
                if len(self.pubs) > n:
                    hits.append(blk)
            if not named or (len(hits) >= 2 and 2 * len(hits) >= len(group)):
                if len(hits) >= 2 and 2 * len(hits) >= len(group):
                    # a list of papers: its other items that are a title tagged with its venue and linked, with
                    # no author line ("`Technical Report`: [Title](url) | [Project](url)"), are papers of it too
                    for blk in group:
                        if blk not in hits:
                            segs, gaps = self.r.segs(blk)
                            n = len(self.pubs)
                            self.read_pubs(blk, segs, gaps, strict="listed")
                            if len(self.pubs) > n:
                                hits.append(blk)
                    self.pubs[before:] = sorted(self.pubs[before:], key=lambda d: d.pub.line or 0)
                for blk in hits:
                    blk.section = "publications"
            else:
                self._drop_pubs(before)
        if not self.pubs:
            self._read_tagged_titles([blk for group in groups for blk in group if blk.is_list_item])

    def _unknown_heading_items(self, unheaded: bool) -> list[list[Block]]:
        """The items under each heading kg has no word for, heading by heading (a year heading does not split
        them), with ``unheaded`` those under no heading too."""
        groups: list[list[Block]] = []
        cur: list[Block] = []
        for blk in self.r.blocks:
            if blk.kind == "heading" and not year_heading(blk.text or "")[0]:
                if cur:
                    groups.append(cur)
                cur = []
            elif blk.kind == "item" and (blk.section == "other" or unheaded and blk.section is None):
                cur.append(blk)
        if cur:
            groups.append(cur)
        return groups

    def _drop_pubs(self, before: int) -> None:
        """Undo the papers read since there were ``before``: their lines are no longer used."""
        for d in self.pubs[before:]:
            self.doc.used.difference_update(n for n in d.lines if n)
        del self.pubs[before:]

    def _read_tagged_titles(self, pool: list[Block]) -> None:
        """read_unknown_sections' second reading: titles tagged with their venue, then their untagged
        neighbours of the same shape."""
        before = len(self.pubs)
        for blk in pool:
            segs, gaps = self.r.segs(blk)
            if segs:
                self.read_pubs(blk, segs, gaps, strict="tagged")
        tagged = self.pubs[before:]
        if len(tagged) < 3:
            self._drop_pubs(before)
            return
        read = {d.pub.line for d in tagged}
        self.ctx.bare_titles = True
        try:
            for blk in pool:
                segs, gaps = self.r.segs(blk)
                if segs and self.r.L(blk.line()) not in read:
                    self.read_pubs(blk, segs, gaps, strict="bare")
        finally:
            self.ctx.bare_titles = False
        taken = []
        for blk in pool:
            if any(d.pub.line == self.r.L(blk.line()) for d in self.pubs[before:]):
                blk.section = "publications"
                taken.append(" ".join(s.text for s in self.r.segs(blk)[0]))
        # (a long item under no heading was read as the owner's prose before it was known to be a paper)
        self.bio = [t for t in self.bio if not any(t in x for x in taken)]
        self.pubs[before:] = sorted(self.pubs[before:], key=lambda d: d.pub.line or 0)

    def read_pubs(self, b: Block, segs: list[Seg], gaps: list[int], strict: bool | str = False) -> None:
        if b.columns and not any(WORK_COLUMN.search(c) for c in b.columns):
            return  # "| Method | Cost | Error bound |": a row of a table of results, its columns name no work's part
        works_table = bool(b.columns) and {"title", "venue"} <= set(column_hints(b.columns))
        segs = [s for s in segs if not s.legend]
        split = split_numbered_lines(segs)
        numbered = split is not segs
        if numbered:  # "8. ... 1655-1661.\n9. Zifeng Wang, ...": the next number starts the next entry
            segs, gaps = split, []
        groups = self._groups(segs, gaps)
        if b.paper:
            # '<h4>"Title"</h4>' and the paragraphs under it are one paper, whatever blank lines part them ("Final
            # version appeared as:<br><br>Journal ...<br>ISSN ...": no paper of its own)
            groups = [segs]
        elif len(groups) == 1 and (len(segs) >= 3 or numbered):
            # numbered one-line entries in one paragraph (two are two entries when a source line opens each)
            starts = [i for i, s in enumerate(segs) if NUMBERING.match(s.text)]
            if len(starts) < 2 and not numbered:
                # a CV's dated lines in one paragraph, each a work opening with its year ("2022 Title, <i>Venue</i>
                # 59:1-9<br>2021 Title, ..."): the next line that opens with a year and goes on to a title starts the
                # next entry (most lines so: a year line over an entry's other lines is year_heading's, below)
                starts = [i for i, s in enumerate(segs) if _YEAR_THEN_TITLE.match(s.text) and len(s.text.split()) >= 5]
                if 2 * len(starts) < len(segs):
                    starts = []
            if len(starts) >= 2 and starts[0] == 0:
                groups = [segs[a:bn] for a, bn in zip(starts, starts[1:] + [len(segs)])]
        if len(groups) == 1 and len(segs) >= 4 and (paragraphs := self._paper_paragraphs(b, segs)):
            groups = paragraphs  # a year's papers in one list item, a paragraph each
        elif len(groups) == 1 and len(segs) >= 2 and all(self._whole_citation(s) for s in segs):
            # full citations one per line in one paragraph ("A, B. 2023. Title. Venue.<br>C. 2021. ...")
            groups = [[s] for s in segs]
        elif len(groups) >= 3 and any(len(g) >= 2 for g in groups):
            # the page parts its entries by a blank line ("<br><br>") and one pair by a single <br>: a group whose
            # lines each read alone as a whole paper (authors, year, title and venue) is that many papers
            groups = [part for g in groups for part in (self._whole_papers(g) or [g])]
        read: dict[int, PubDraft | None] = {}  # the groups read for the test below: not read twice
        if 2 <= len(groups) <= 4 and len(segs) <= 8:
            # "authors<br><br>[Title](url)<br><br><i>Venue</i> (2022)": blank lines inside one entry, not between
            # entries; when no part is a paper with authors on its own and the whole is one, it is one entry
            def attempt(g: list[Seg]):
                if self.ctx.soft_lines:
                    g = split_source_lines(g, self.ctx.owner_names, self.ctx.html_lines)
                return read_entry(join_name_lines(g, self.ctx.owner_names), self.ctx, b.group_year, None)
            if not any((d := read.setdefault(i, attempt(g))) is not None and d.pub.authors
                       and len(d.pub.title.split()) >= 3 for i, g in enumerate(groups)):
                whole = attempt(segs)
                if whole is not None and whole.pub.authors:
                    groups, read = [segs], {0: whole}
        group_year = b.group_year
        for i, g in enumerate(groups):
            own_year = False
            while g and len(g[0].text) <= 30 and year_heading(g[0].text)[0]:
                if len(groups) == 1 and len(g) >= 2 and year_before_title([*g[0].runs, *g[1].runs]) is not None:
                    # a year alone opening the one entry of an item ("<span class="year">2025</span> <span
                    # class="title">"): that entry's own year, read with it
                    own_year = True
                    self.r.use(g[0].lines)
                    break
                # a year line inside the paragraph ("<b>2022</b><br>"): it heads the entries after it
                group_year = year_heading(g[0].text)[1]
                (self.r.use if group_year else self.r.ignore)(g[0].lines)
                g = g[1:]
            if not g:
                continue
            line = min((min(s.lines) for s in g[own_year:] if s.lines), default=b.line())
            was_read = i in read and g is groups[i] and group_year == b.group_year  # as read above, but its line
            if self.ctx.soft_lines:
                g = split_source_lines(g, self.ctx.owner_names, self.ctx.html_lines)
            g = join_name_lines(g, self.ctx.owner_names)
            draft = read[i] if was_read else read_entry(g, self.ctx, group_year, self.r.L(line))
            if draft is None:
                continue
            draft.pub.line = self.r.L(line)
            whole = " ".join(x.text for x in g)
            if strict is True and not (draft.pub.authors and (draft.pub.venue or draft.pub.year)) and not (
                    works_table and draft.pub.venue):
                continue  # (a row of a table whose header names its titles and venues is a work without authors)
            if strict == "tagged" and not draft.named and (
                    draft.pub.authors or not (draft.pub.venue and draft.pub.links)
                    or len(draft.pub.title.split()) < 3 or not _VENUE_TAG.search(whole)):
                continue  # (an item with authors is read by the strict pass before; "Title, FPSAC, Paris, 2013"
                #           under "Talks I gave" names where a talk was given, no venue tag; a work's short name
                #           and its venue badge, "**[FooNet](repo)** (CVPR 2022)", is the badge and the name alone)
            if strict == "bare" and (draft.pub.authors or not (draft.pub.links or self.ctx.bare_unlinked)):
                continue
            if strict == "listed" and (draft.pub.authors or not (draft.pub.venue and draft.pub.links)
                                       or len(draft.pub.title.split()) < 3):
                continue
            if not draft.pub.authors and ":" in whole and _bold_topic(g) and _TOPIC_OF_MENTIONS.fullmatch(whole):
                continue  # (a topic and its works' short names: the title read is the topic)
            if draft.pub.venue is None and _INSTITUTION_TITLE.fullmatch(draft.pub.title.strip(" .")):
                continue  # "Ann Lee, 2024, Northfield University, [dissertation](...)": where, not what (no title)
            bare_title = without_gloss(draft.pub.title)  # "Su-Hyeon Lee (이수현)"
            if strict and len(bare_title.split()) <= 4 and name_like(bare_title) and not works_table and not (
                    draft.named and (len(bare_title.split()) == 1 or draft.pub.venue and draft.pub.year)) and not any(
                    re.search(r"[\"“]\s*" + re.escape(draft.pub.title) + r"\W{0,2}[\"”]", s.text) for s in g):
                continue  # a person's name with a role and a year (a table of group members); a quoted title is none
                #           (nor is a work's short name its venue badge sets off, "[ICME 2023, Zero-Shot Lens](repo)")
            if draft.pub.year is None and not (draft.pub.doi or draft.pub.arxiv) and len(whole.split()) >= 12 \
                    and (anchors := [a for s in g for a in s.anchors()]) and all(
                    not _a_persons_link(a) and identifier_from_url(abs_url(a.get("href"), self.ctx) or "")
                    for a in anchors):
                for a in anchors:
                    self._person_anchor(a, only_ids=True)  # (the profile is the owner's)
                continue  # "The versions below are preprints ... Click <a href=scholar-profile>here</a> for my
                #           Google Scholar profile.": a note over the list whose only link is a person's profile (a
                #           paper links its own text), no paper
            if strict and draft.pub.year is None and any(FIRST_PERSON_BIO.match(p) for s in g
                                                         for p in sentences(s.text)):
                continue  # "Hello! I'm Priya Raman. I am a Lecturer at ...": the owner's bio, not a paper
            # the entry's first sentence, split out only for an entry without authors (most have them)
            first = "" if draft.pub.authors else (sentences(whole) or [""])[0]
            if not draft.pub.authors and len(first.split()) >= 12 and with_phrase(draft.pub)[0] is None \
                    and (FIRST_PERSON_CAREER.search(first) or FIRST_PERSON_BIO.match(first)):
                continue  # "Before I joined Birmingham I was at the <a>Department of Pure Maths</a> ...": prose about
                #           oneself under a "Research" heading, no paper
            if _OWN_POSITION_SENTENCE.match(draft.pub.title) and (
                    JOB_WORDS.search(draft.pub.title) or _OWN_POSITION_SENTENCE.match(draft.pub.venue or "")):
                continue  # "Since July 2022, I have been a PhD student at X. I work under ...": the bio's first
                #           sentences (a date and "I ..." read as authors, year and title), no paper
            if _FIRST_PERSON.match(draft.pub.title) and draft.pub.venue is None and not (draft.pub.doi or draft.pub.arxiv) \
                    and not any(same_name(a.name, n) for a in draft.pub.authors for n in self.ctx.owner_names if n):
                continue  # "During Spring 2026, I'm teaching [Course A], [Course B] and [Course C].": the owner's own
                #           sentence (the season and its year read as an author and a year), no paper
            if len(draft.pub.authors) == 1 and fold(draft.pub.authors[0].name) in _SPEAKER_WORDS:
                continue  # "My **current research** is focused around ...": the owner's sentence, its bold words read
                #           as a title and the word before them as its author, no paper
            if any(len(t.split()) >= 20 and re.search(r"\bI (?:[a-z]+ed|also|am|was|have|do|don[’']t)\b|\b[Ww]e [a-z]+ed\b", t)
                   for t in (draft.pub.venue or "", draft.pub.title)) or (
                    len((draft.pub.venue or "").split()) >= 20 and _SENTENCE_WE.search(draft.pub.venue)) or (
                    draft.pub.year is None and not (draft.pub.doi or draft.pub.arxiv) and len(whole.split()) >= 30
                    and re.search(r"\bI [a-z]", told := _without_abstract(g, draft.pub.abstract))
                    and len(re.findall(r"\b(?:I|[Mm]y|me)\b", told)) >= 3):
                continue  # "In this project, I attributed ... a <a>talk</a> ... submitted to <i>Journal</i>.": a
                #           paragraph about the owner's research read as a title or a venue is prose, no paper; so
                #           is a long undated one that speaks of "I" and "my" throughout ("my work ... I spend
                #           most of my time ... I was co-organizing [coding club](github...) sessions"), and one
                #           whose "venue" runs on in sentences opening "We ..." (an abstract under its paper, dated
                #           by a year it mentions: "How do X? We develop ... data from 2013. We find ...")
            if draft.pub.year is None and draft.pub.authors and not draft.pub.venue and all(
                    any(r.href and norm(r.text).strip() == a.name and identifier_from_url(r.href)
                        for s in g for r in s.runs) for a in draft.pub.authors):
                continue  # "**Contact info and accounts**" over "[Google Scholar](scholar...)", "[GitHub](...)": the
                #           "authors" are the labels of the owner's profile links, no paper's
            # (the words before the title on its own line: a badge over it, "arxiv", is no sentence leading into it)
            own = next((x.text for x in g if draft.pub.title in x.text), whole)
            at = own.find(draft.pub.title) if draft.pub.year is None and len(whole.split()) >= 25 else -1
            if at > 0 and re.search(r"(?<![\w.])[a-z]+\s+$", own[:at]) and len(sentences(own[:at])) == 1:
                continue  # "... has found applications in areas such as [federated learning]. The goal is ...": a
                #           link inside a sentence of prose (a lower-case word right before it) is no paper's title
            if not draft.pub.authors and b.el is not None and tag_of(b.el) == "figcaption":
                continue  # "<figcaption>The probes' layout ... Reproduced from Soil Lett. 8 (2024).</figcaption>": a
                #           figure's caption crediting the paper it comes from, no entry of a list
            if not draft.pub.authors and _WORK_FIELD_LINE.match(whole):
                continue  # "<strong>Links:</strong> Paper (arXiv) | Blog ...", "Impact: Oral ...": a labelled line of
                #           the card of the paper above
            where = whole.find(draft.pub.title) if not draft.pub.authors else -1
            if where > 0 and _AMID_PROSE.search(whole[:where]) and (
                    m := _GOES_ON.match(whole[where + len(draft.pub.title):])) and m.group(1) not in _VENUE_LEADS:
                continue  # "- worked with the [X-ray sky survey](url) team to find ...": a link inside a sentence (a
                #           lower-case word before it, the sentence going on in lower case after it) names a project
                #           or a place, no paper's title
            if not draft.pub.authors and draft.pub.year is None and len(whole.split()) >= 10 \
                    and (_OWNER_SPEAKS.search(draft.pub.venue or "")
                         or len(draft.pub.title.split()) >= 8 and _OWNERS.search(draft.pub.title)):
                continue  # "Below is a list of my articles ... I also give a link", "In the figure we show ...": a
                #           venue in which the owner speaks, or a long title about the owner's own, naming no authors
                #           and no year, is prose, no paper (a paper's abstract below its title may say "we", and a
                #           title may ask "How should we think about X?")
            if len(whole.split()) >= 12 and _IN_TEXT_CITE.search(whole) \
                    and not YEAR.search(_IN_TEXT_CITE.sub(" ", whole)):
                continue  # "Conceptual figure from [(Lee et al., 2021)](url) showing ...": a paragraph whose only
                #           year is that of the work it cites by author and year is prose about research, no paper
                #           ("[SHAP](url) (Lundberg and Lee 2017) is a popular tool ...": an abstract's paragraph)
            if not draft.pub.authors and draft.pub.year is None and len(draft.pub.title.split()) <= 4 and (
                    section_kind(draft.pub.title) or any(identifier_from_url(u) for u in draft.pub.links.values())
                    or any(_names_its_site(draft.pub.title, u) for u in draft.pub.links.values())):
                continue  # "[Publication list](...) / [Google Scholar profile](...)": where the owner's papers are listed
                #           (or "Look me up on ... [Google Scholar](scholar.google.com/scholar?q=...)": a site by name)
            if draft.pub.year is None and draft.pub.authors and all(fold(a.name) in MONTHS for a in draft.pub.authors):
                continue  # "| [ASP-DAC](https://...) | July | January |": a table of meetings and their months, no paper
            if draft.pub.year is None and len(draft.pub.title.split()) <= 4 and draft.pub.links \
                    and all(identifier_from_url(u) for u in draft.pub.links.values()):
                continue  # "My <b>google scholar</b> : [Scholar - jdoe](...) and ORCID : [0000-...](...)": the
                #           owner's profiles ("My" read as an author), no paper
            card = [draft.pub.title, *(a.name for a in draft.pub.authors)]
            if draft.pub.year is None and not draft.pub.venue and self.person_name and len(card) == 2 \
                    and all(len(t.split()) <= 4 for t in card) \
                    and any(same_name(t, self.person_name) for t in card) and any(JOB_WORDS.search(t) for t in card):
                continue  # "Ann Roe / Assistant Professor / School of X / Email: ..." (seen opening a CV page
                #           titled "Publications"; the rule asks neither the page's title nor the entry's place):
                #           the owner's card (their name, their post), no paper of theirs
            low = whole.lower()  # (every _NOT_A_PAPER holds "patent" or "software": its "s" may be written "ſ")
            if ("patent" in low or "oftware" in low) and _NOT_A_PAPER.search(whole.replace(draft.pub.title, " ")):
                continue  # "U. S. Patent Application 63/185,407", "[Igor Pro software, Mac or Windows]": kg has no
                #           field for patents or software; their lines stay in unparsed
            if draft.pub.year is None and group_year:
                draft.pub.year = group_year
            if draft.kind == "talk":
                # "<i>Conference Talk</i><br>Lee, A (2024). Title. Event, Place.": an item its own label calls a
                # talk or a poster, in a list that mixes them with papers, is a talk the owner gave
                p = draft.pub
                self.talks.append(Talk(title=p.title, event=p.venue, date=p.date or (str(p.year) if p.year else None),
                                       links=dict(p.links), line=p.line))
                self.r.use(draft.lines)
                continue
            label = b.group_label if b.group_label and not year_heading(b.group_label)[0] else None
            if label is None and b.heading and len({m.lower() for m in _GROUP_TYPE.findall(b.heading)}) == 1:
                label = b.heading  # the section's own heading names one type ("Preprints", "Journal Articles")
            if label:
                vt = _GROUP_TYPE.search(label)
                if vt and draft.pub.venue_type is None:
                    draft.pub.venue_type = vt.group(0).lower()
            # (every version note holds "ver", case as free: no other character is a "v", "e" or "r" to re.I; the
            # pattern, its title retried at every character, is asked only then)
            version = _VERSION_NOTE.match(draft.pub.title) if "ver" in draft.pub.title.lower() else None
            if version and self.pubs and same_title(version.group("t"), self.pubs[-1].pub.title):
                # "A, B, 2007, <i>Title. Extended Working Paper Version</i>" right under "A, B, 2007, <i>Title</i>,
                # <b>Journal</b>": a version of the paper above, its link one more of that paper's
                for kind, url in draft.pub.links.items():
                    add_link(self.pubs[-1].pub, kind, url, self.ctx, version.group("v"))
                self.r.use(draft.lines)
                continue
            draft.group = b.heading
            self.pubs.append(draft)
            self.r.use(draft.lines)

    def drop_selection(self) -> None:
        """A short list of the owner's chosen papers ("Publication Highlights", "Selected Papers") above or beside
        the full list names the same works again, often in other words (a shortened title, "Cu₃" for "Cu3",
        "Lee, A.; et al." for the names): its items are the full list's works, which are read from the full list;
        the short list's copy adds only its links. A list is such a selection when every item of it (two or more)
        is a work of another, longer list on the page, or when its heading says it is a selection and most are."""
        groups: dict[str | None, list[PubDraft]] = {}
        for d in self.pubs:
            groups.setdefault(d.group, []).append(d)
        if len(groups) < 2:
            return
        dropped: set[int] = set()
        for name, items in groups.items():
            others = [d for d in self.pubs if d.group != name and id(d) not in dropped]
            if len(others) <= len(items):
                continue
            matches = [(d, next((o for o in others if same_work(d.pub, o.pub, cut=True)), None)) for d in items]
            found = sum(1 for _, o in matches if o is not None)
            chosen = bool(name and _SELECTION_HEADING.search(name))
            if not (found == len(items) >= 2 or chosen and found >= max(1, 0.6 * len(items))):
                continue
            for d, o in matches:
                if o is None:
                    continue
                for kind, url in d.pub.links.items():
                    if kind not in o.pub.links and url not in o.pub.links.values():
                        o.pub.links[kind] = url
                dropped.add(id(d))
        if dropped:
            self.pubs = [d for d in self.pubs if id(d) not in dropped]

    def drop_repeats(self) -> None:
        """A list that files its works by topic lists a work under each of its topics: an entry that repeats an
        earlier one of the same list (under the same heading) word for word (title, authors in order, venue, year)
        is that work again, its links added to the first (a journal and a conference version differ in venue or
        year: two works; an entry naming no authors is not compared). A work a page writes out under two headings
        ("Conference Papers", "Book Chapters") is listed as two kinds of work, each kept."""
        seen: dict[tuple, PubDraft] = {}
        kept: list[PubDraft] = []
        for d in self.pubs:
            p = d.pub
            key = (fold(p.title), tuple(fold(a.name) for a in p.authors), fold(p.venue or ""), p.year)
            first = seen.get(key)
            if first is None or first.group != d.group or not p.authors:
                seen.setdefault(key, d)
                kept.append(d)
                continue
            for kind, url in p.links.items():
                if kind not in first.pub.links and url not in first.pub.links.values():
                    first.pub.links[kind] = url
        self.pubs = kept

    def thesis_supervisors(self) -> None:
        """The owner's own thesis listed under a theses heading ("## Dissertations": "[Title](pdf). Supervised by
        A, Kestrel College, Oxbridge."): A is the owner's advisor and the college where the owner studied; the
        place, not the advisor's name, is the thesis's venue."""
        for d in self.pubs:
            pub = d.pub
            if not _THESIS_HEADING.fullmatch(d.group or "") or not pub.venue or len(pub.authors) != 1 \
                    or not pub.authors[0].is_self:
                continue
            m = SUPERVISED_BY.match(pub.venue)
            if m is None:
                if pub.venue_type is None and INSTITUTION_STRONG.search(pub.venue) and len(pub.venue.split()) <= 8 \
                        and not re.search(r"\d", pub.venue):
                    # "PhD: **Roe A**. 2000. Title. University College London.": the owner's thesis, where it was
                    # defended (a degree taken there, :func:`~.parse.own_thesis_degree`)
                    pub.venue_type = "thesis"
                continue
            add_advisors(self.advisors, [m.group(1).strip()])
            place = re.split(r"\.\s", pub.venue[m.end():].strip(" ,;"), maxsplit=1)[0].strip(" .,;")
            if place and ORG_RX.search(place):
                pub.venue, pub.venue_type = place, "thesis"
                try:
                    self.add_education(Education(institution=place, year=pub.year))
                except ValueError:
                    pass

    # --- owner, finishing
    def resolve_owner(self) -> None:
        if not self.r.options.owner and self.person_name and has_cjk(self.person_name) \
                and not re.search(r"[A-Za-z]", self.person_name):
            # a heading that names the owner in Chinese only ("## 王云鹤"): the Latin name is the author the
            # page sets in bold most often
            hl = Counter(n for d in self.pubs for n in d.highlighted if not has_cjk(n))
            if hl:
                top, count = hl.most_common(1)[0]
                if count >= max(2, len(self.pubs) // 3):
                    self.alt_names = [self.person_name, *[a for a in self.alt_names if a != top]]
                    self.person_name = top
                    self.ctx.owner_names = [top, *self.alt_names]
        owner = self.r.options.owner or self.person_name
        alts = self.alt_names if owner == self.person_name else []
        if owner is None:
            hl = Counter(n for d in self.pubs for n in d.highlighted)
            if hl:
                owner = hl.most_common(1)[0][0]
            else:
                def supervisee(tied: list[str]) -> str:
                    # two names on every paper ("C. Lee and D. Ong" throughout): one the page writes as the
                    # supervisor of a work ("Supervised by C. Lee") is the owner's advisor, the other the owner
                    advisors = SUPERVISED_BY.findall(self.doc.text)
                    free = [m for m in tied if not any(same_name(m, a) for a in advisors)]
                    return free[0] if len(free) == 1 else tied[0]

                # (a template's "Author One": no one)
                found = top_author(([a.name for a in d.pub.authors if not name_slot(a.name)] for d in self.pubs), 0.5,
                                   fewest=min(2, len(self.pubs)), exact=True, tie=supervisee)
                owner = found[0][0] if found else None
            if owner and len(owner.split()) == 1:
                owner = self._signature(owner) or owner
            elif owner and INITIALS_NAME.fullmatch(owner):
                owner = self._given_name(owner.split()[-1], owner[0]) or owner
            elif owner and (m := re.fullmatch(rf"([{NAME_CAPITALS}][\w'’\-]+)\s+([{NAME_CAPITALS}]{{1,3}})", owner)):
                # Vancouver style, "Mehta AH": the family name, then the initials without stops
                owner = self._given_name(m.group(1), m.group(2)[0]) or owner
            if owner:
                self.person_name = owner
        # ("Okafor, Ferro & Lindqvist", each name one word: the page's author lists name family names only)
        families_only = sum(len(d.pub.authors) >= 2 and all(len(a.name.split()) == 1 for a in d.pub.authors)
                            for d in self.pubs) >= 3
        for d in self.pubs:
            if owner and not d.pub.authors:
                # an entry of the owner's own list that names no authors is the owner's work; who else wrote it the
                # page does not say, so the list is marked incomplete rather than read as a solo paper
                d.pub.authors = [Author(name=owner, is_self=True)]
                d.pub.authors_truncated = True
                if with_coauthors(d.pub, owner, alts):
                    d.pub.authors_truncated = False
                    if d.styled:
                        # "(with A. Lee and <u>B. Ong</u>)": the legend's style on a name the phrase gave
                        styled_marks(d.pub.authors, d.styled)  # (the owner, is_self, is skipped, first or not)
                continue
            pos = mark_owner(d.pub.authors, owner, alts) if owner else None
            if pos is None and owner and families_only and (unpaired := unpaired_families(d.pub.authors, [owner, *alts])):
                # "Brandt, Ferro" on a page of family names only: two people, not one written family name first
                d.pub.authors = unpaired
                pos = mark_owner(d.pub.authors, owner, alts)
            if pos is None and len(d.highlighted) == 1:
                for a in d.pub.authors:
                    if a.name == d.highlighted[0]:
                        a.is_self = True
                        break
            if pos in (0, 1) and len(d.pub.authors) >= 2 and any(_CO_FIRST.search(n) for n in d.pub.notes):
                # "(Co-first author, IF 2024: 3.9)" after the citation: the owner is one of its first two authors,
                # who contributed equally
                for a in d.pub.authors[:2]:
                    if "equal_contribution" not in a.marks:
                        a.marks.append("equal_contribution")
