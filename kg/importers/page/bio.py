"""The person read from the header, bio and contact lines of a page (a part of the builder).

Takes the blocks of the page's person sections, through the builder's state; gives, through
:class:`PersonReader` (a base class of :class:`~.builder.Builder`), the owner's links and
identifiers, job, affiliations, email, homepage, education, advisors and interests read from
header, bio and contact lines and prose.
"""

from __future__ import annotations

import re
from itertools import takewhile
from urllib.parse import unquote

from ...model import Affiliation, Award, Education
from ..common import (
    DIGITS,
    read_position,
    lazy_compile, IMAGE_FILE,
    NOW_WORDS,
    known_given,
    CLOSED_YEARS,
    MAIL_MARK,
    DEPT_START, HONORIFIC_WORDS, INSTITUTION_STRONG, MONTH_ABBR, ORG_RX, SUBUNIT, TOP_LEVEL, UNIT,
    YEAR,
    name_variants,
    PLACE_ABBREVIATION,
    CJK_CHARS,
    EMAIL_ADDRESS,
    PICTOGRAPHS,
    HEAD_ROLE,
    LAB_ROLE,
    DISCIPLINE_ONLY,
    JOB_TERMS_CJK,
    IDENTIFIER_URLS,
    PLACE_END_CJK,
    SCHOOL_END_CJK,
    UNIVERSITY_CJK,
    JOB_WORDS,
    PLACE_ABBREVIATION_DOT,
    PROFILE_SETTINGS,
    DEGREE_WORD,
    PUBLIC_MASTERS,
    read_prose_awards,
    find_email,
    find_year,
    fold,
    has_cjk,
    identifier_from_url,
    profile_page,
    profile_setting,
    placeholder_text,
    read_metrics,
    repair_url,
    role_only,
    section_kind,
)

from .source import HEADING_TAGS, ICON_GLYPH, button_link, classes_of, itertext, norm, service_icons, tag_of
from .memo import same_name
from .scores import author_score, name_like
from .runs import Block, Seg, menu_line, seg_lines
from .labels import label_of, link_text, separators_only
from .context import abs_url, mailto_address, sentences
from .citation import uninvert_authors
from .marks import majority
from .entry import AUTHORS_YEAR_QUOTED, page_place_link
from .person import (
    _FIELD_WORD,
    add_advisors,
    FORMER_ROLE,
    TRAILING_SYMBOLS,
    clean_person,
    UNDER_ADVISOR,
    ANNOUNCEMENT,
    READER_CALL,
    DATED_PARENS,
    PAST_PLACE,
    ADDRESS_HEADING,
    ADDRESS_LABEL,
    ADDRESS_RX,
    ADVISOR_LABEL,
    ADVISOR_LABEL_AFTER,
    ADVISED_BY_LINE,
    org_named,
    CJK_SURNAMES,
    cjk_name_like,
    CJK_DEGREE,
    CJK_SCHOOL,
    DEGREE_RX,
    EMAIL_CUE,
    FIRST_PERSON,
    AS_A_POST,
    TOWN_WORD,
    CAMPUS_SYSTEM,
    LAB_HEAD,
    ROLE_AS_ADJECTIVE,
    advisors_in,
    affiliation_from,
    said_once,
    education_from,
    name_candidate,
    split_title_aff,
)
from .readers import OPEN_RANGE, PROSE_INTERESTS, interest_list, topics_only


_JOINED_FACULTY = lazy_compile(
    r"\b(?:joined|(?P<will>will\s+(?:be\s+)?join(?:ing)?|is\s+joining))\s+"
    r"(?:the\s+(?:(?P<org>(?-i:[A-Z])[^.;]{2,80}?)\s+faculty|faculty\s+(?:of|at)\s+(?:the\s+)?"
    r"(?P<org2>(?-i:[A-Z])[^.;]{2,80}?))|"
    r"(?:the\s+)?(?P<unit>(?-i:Department|School|Division)\s+of\s+[^.;,]{2,80}?)\s+at\s+"
    r"(?-i:the\s+)?(?P<org4>(?-i:[A-Z])[^.;,]{2,80}?)|(?:the\s+)?(?P<org3>(?-i:[A-Z])[^.;,]{2,80}?))"
    r"\s+as\s+(?P<job>an?\s+(?:[\w-]+\s+){0,3}?(?:professor|lecturer|instructor))"
    r"(?:\s+(?:in|of)\s+(?:the\s+)?(?P<dept>(?-i:Department|School|Division|Institute)\s+of\s+[^.;]*?))?"
    r"(?=\s+(?:in|since|on)\s+(?:\w+\s+)?(?:19|20)\d\d|\s+at\s+(?:the\s+)?(?-i:[A-Z])|\s*[.;,]|$)", re.I)
"""A faculty position told as joining: "joined the X School of Medicine faculty as an assistant professor",
"joined X University as a senior lecturer at its Faculty of Y" (the place an institution: the unit after "at" is
left); or to be joined, "will join the Department of Y at X University as an Assistant Professor in 2020" (the post
the page names as the owner's next, read where it names no other now)."""
_NOW_POST = re.compile(r"(?:\b(?:am|is|are)|\bI['’]m)\s+(?:currently\s+|now\s+)?(?:an?|the)\s", re.I)
"""A post said to be held now ("I am a PhD student at X", "Ana Roe is a postdoc at Y", "she is currently a lecturer"):
before one the page says the owner will take up."""
_STARTED_AS = re.compile(r"\bI\s+(?:have\s+)?(?:started|began)\s+(?:working\s+)?as\s+"
                         r"(?P<rest>[^.;]{2,120}?\s+at\s+(?:the\s+)?(?-i:[A-ZÀ-ÖØ-Þ])[^.;]{2,160})", re.I)
"""A position told as its start ("In January 2020, I started as Lecturer (Assistant Professor) in X at the
University of Y"): the post and its place, read as "I am ..." when the sentence dates it."""
_STUDENT_DEGREE = r"Ph\.?\s?D\.?|doctoral|master'?s|M\.?\s?(?:Eng|Phil|Res)\.?|M\.?\s?Sc?\.?|graduate|undergraduate"
_HELD_POST = lazy_compile(
    r"\bI\s+(?:currently\s+|now\s+)?(?P<verb>hold|have\s+(?:just\s+|recently\s+)?(?:begun|started|taken\s+up)|"
    r"am\s+(?:currently\s+|now\s+)?(?:holding|pursuing|doing)|(?P<past>started|began))\s+(?:an?|my)\s+"
    r"(?:(?P<post>(?:(?!\s(?:at|in)\s)[^.;,]){2,60}?)\s+(?P<noun>position|post|fellowship)|"
    r"(?P<deg>M\.?\s?Sc?R|M\.?\s?(?:Res|Phil)\.?|Ph\.?\s?D|doctorate|master['’]?s(?:\s+degree)?)"
    r"(?:\s+(?:studies|program(?:me)?))?)"
    r"(?P<rest>\s+(?:at|in|with)\s+[^.;]{2,200})", re.I)
"""A position told by the post held ("I hold a postdoctoral position in the group of X at Y", "I have just begun a
postdoctoral fellowship at Y", "I am pursuing an MScR at Y"; "I hold a PhD from Y" is a degree): said the usual way, "I am a postdoctoral researcher
in the group of X at Y", "... a postdoctoral fellow at Y", "... an MScR student at Y"."""
_ENDED_SPAN = lazy_compile(rf"{CLOSED_YEARS}|\b(?:until|before|then|after|graduated|completed|finished)\b",
                         re.I)
"""What says a post told by its start has ended ("(2020-2024)", "until 2019", "before moving to X")."""
_STUDENT_AT = lazy_compile(
    # ("I'm Ivo, a PhD student at X": the owner's name before what they are)
    # ("I'm Jon (Johnny) Marsh, a PhD student": a nickname in brackets between the names)
    r"\b(?:am|'m|’m|is|was|were|been)\s+(?:[A-Z][\w'’-]*(?:\s+(?:\([A-Z][\w'’-]*\)\s+)?[A-Z][\w'’-]*){0,2},\s+)?"
    r"(?:currently\s+|now\s+|also\s+)?(?:an?\s+)?"
    # ("an MS-level biostatistician and third-year PhD student at X": another role of the owner's first, joined by "and")
    r"(?:[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+and\s+(?:an?\s+)?)?(?:\w+[- ]year\s+)?"
    # ("a biostatistics Ph.D. student", "a Computer Science PhD Candidate": the field before the degree)
    # ("a joint-PhD student at X and Y": the kind of doctorate joined to the degree)
    r"(?:(?![Vv]isiting\b)(?:[a-z]+|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?:\s+|-))?(?P<deg>" + _STUDENT_DEGREE
    # ("an MEng (Research) student": the degree's kind in brackets)
    # ("I was an undergraduate at X University": the word alone says a student)
    + r")(?:\s+\([A-Za-z][\w -]{0,20}\))?(?:\s+(?:[Ss]tudent|[Cc]andidate|[Rr]esearcher)|(?<=undergraduate))"
    r"(?:\s+(?:in|of)\s+[^.;]{0,60}?(?=\s+at\s))?"
    r"\s+(?:at|in)\s+(?:the\s+)?(?P<inst>[A-ZÀ-ÖØ-Þ](?:[^.;]|" + PLACE_ABBREVIATION_DOT + r"){1,120}?)(?=\s*(?:(?<!\b" + PLACE_ABBREVIATION + r")[.;]|,?\s+(?:where|and(?!\s+(?!I\b)[A-Z])|under|(?:co-)?advised|(?:co-)?supervised|"
    r"working|with|since|from|in\s+the)\b|$))|"
    r"\bjoined\s+(?:the\s+)?(?P<inst2>[A-ZÀ-ÖØ-Þ][^.;]{1,80}?)\s+as\s+an?\s+(?P<deg2>" + _STUDENT_DEGREE + r")\s+"
    r"(?:student|candidate)\b|"
    r"\b(?:my|a|an)\s+(?P<deg3>Ph\.?\s?D\.?|(?i:master|bachelor)['’]?s|M\.?\s?Sc\.?|B\.?\s?Sc\.?)\s+(?:degree\s+)?in\s+"
    r"[^.;,]{2,60}?\s+(?:at|from)\s+(?:the\s+)?(?P<inst3>[A-ZÀ-ÖØ-Þ][^.;,()]{1,80}?)(?=\s*(?:[.;,(]|\s+(?:where|and(?!\s+(?!I\b)[A-Z])|under|with|in\s+(?:19|20)\d\d)\b|$))|"
    r"\b(?:in|at|entered|joined)\s+(?:the\s+)?(?P<inst4>[A-ZÀ-ÖØ-Þ][^.;,()]{1,80}?)['’]s\s+(?P<deg4>" + _STUDENT_DEGREE
    + r")\s+(?:program(?:me)?|studies)\b")
"""A student's place of study told in prose: "I'm a Ph.D. candidate in Chemistry at UCLA", "I was a biostatistics
Ph.D. student at X, co-advised by ...", "he joined the X University (Netherlands) as a PhD student"; "and" before a
capitalised word goes on with the place's name ("at the School of Vehicle and Mobility, X University", "my
bachelor's degree in Math from X University of Science and Technology"); "began in X University's undergraduate
program in Biology"."""

_JOINT_DEGREE = re.compile(r"(?i)\b(?:joint|dual|double|cotutelle)\b")
"""A degree two places award together ("joint PhD", "dual degree", "cotutelle")."""

_DEGREE_NOTE = lazy_compile(
    r"(?<=\s)\((?P<deg>Ph\.?\s?D\.?|D\.?\s?Phil\.?|M\.?\s?(?:Sc|Eng|Phil|Res)\.?|M\.?[AS]\.?|B\.?\s?(?:Sc|Eng)\.?|B\.?[AS]\.?),"
    r"\s*(?:(?:in|from|at)\s+)?(?P<inst>[A-Z][^,;()]{1,80}?)(?:,\s*(?P<year>(?:19|20)\d\d))?"
    r"(?:,?\s+(?:with|under)\s+(?P<who>[^()]{3,160}?))?\s*\)")
"""A degree told in brackets after what the owner studied: "my background is quantum chemistry (PhD, X University,
with A, B and C)": the degree, its place, its year and its advisors."""
_FIELD_THEN_PLACE = lazy_compile(r"(?P<dept>[^.;]{2,100}?),?\s+at\s+(?:the\s+)?"
                               r"(?P<org>[A-ZÀ-ÖØ-Þ][^.;,]{2,80}?)(?=\s+and\b|\s*[.;,(]|$)")
"""What a position's "of" names before where it is held: "Mathematics, Statistics, and Computer Science at the
University of X" (the fields, then the place)."""
_ROLE_LIST = re.compile(
    r"\b(?P<lead>I am|I['’]m)\s+an?\s+(?:(?:(?!\s(?:at|@)\s)[^.;]){2,160}?(?:,\s*(?:and\s+)?|\s+and\s+)an?\s+)+"
    r"(?P<last>(?:(?!,|\s(?:and\s+)?an?\s)[^.;]){2,80}?\s(?:at|@)\s)", re.I)
"""The roles a bio lists before the place ("I'm a civil servant, a statistician and a PhD student at X"): the last
one is the one the place is said with, the others said of the owner alone."""
_TURNED_APOSTROPHE = re.compile(r"(?<=[A-Za-z])\u2018(?=(?:m|s|t|re|ve|ll|d)\b)")
"""An opening single quote typed between a word and its contraction ("I‘m", "I‘ve", "don‘t")."""
_GLUED_SAINT = re.compile(rf"\b({PLACE_ABBREVIATION})\.(?=[A-Z][a-z])")
"""A place's "Saint", "Mount" or "Fort" written with no space after its stop ("Washington University in St.Louis",
"University of St.Gallen"): the stop ends no sentence, the name is the one written with the space."""
_SHORT_NAME_AFTER = re.compile(r"\s*\([A-Z][a-z]*[A-Z][A-Za-z]*\)$")
"""A university's short name in brackets closing a place ("Washington University in St. Louis (WashU)")."""
_MONTH_BEFORE_YEAR = rf"(?:(?:{MONTH_ABBR})[a-z]*\.?\s+)?"
"""A month maybe named before a year ("in June 2025", "in Sept. 2019"), a pattern to put in another."""
_FIRST_PERSON_WORD = re.compile(r"\b(?:I|I'm|I’m|my|My)\b")
_FUTURE_POST = re.compile(r"(?:(?i:incoming|soon[- ]to[- ]be)|future)\s")
"""A post to come, as its title says it ("incoming Assistant Professor", "soon-to-be Lecturer", "a future assistant
professor"); not a post named "Future" ("ARC Future Fellow", "Future Leaders Fellow": held now)."""
_NOW_SAID = re.compile(r"(?i)\b(?:currently|now|presently|at\s+present|until\s+then)\b")
"""A sentence that says what holds now ("I'm currently a postdoc at X", "Until then, I am a postdoctoral fellow at Y")."""


_OTHER_FORM = r"(?:[(（](?P<alt>[^()（）]+)[)）])?\s*"
"""Another form of the name just written, in brackets ("Ana Ruiz (Ana Ruiz-Soto)", "山田 太郎（やまだ たろう）")."""
_INTRO_NAME = (r"(?:Dr\.?\s+|Prof\.?\s+)?(?P<n>[A-Z][a-zA-Z'\-]+(?:\s+(?:[JS]r\.|[A-Z](?:\.|[a-zA-Z'\-.]*[a-zA-Z'\-])?)){1,3})\s*"
               + _OTHER_FORM)
"""The owner's name as a bio introduces it: a title maybe, two to four capitalised words (a stop ends none but an
initial's: "Wen J. Zhao", not the sentence's "Zhao.", and a closing "Jr."), another form in brackets."""
SELF_INTRO_LEAD = r"\b(?:I am|I'm|I’m|[Mm]y name is|This is)\s+"
_SITE_KEPT_BY = (r"\b(?:(?:[Bb]log|[Nn]otebook)\s+(?:is\s+)?(?:maintained|written|run|kept|curated|authored)"
                 r"|(?:[Ss]ite|[Ww]ebsite|[Hh]omepage)\s+(?:is\s+)?(?:written|authored))\s+by\s+")
"""What a blog's about page says of whose blog it is: "The Quiet Gradients blog is maintained by Mira Tanaka, a PhD
student ..." (the site named for itself, its owner named here), "This site is written by Pia Lund". Not a site
"maintained by" or "run by" someone: a footer's webmaster ("This website is maintained by Bo Chen", a lab's
manager, a department's staff), no owner."""
_SELF_INTRO = lazy_compile(rf"(?:{SELF_INTRO_LEAD}|{_SITE_KEPT_BY})" + _INTRO_NAME + rf"(?=[,.(!{PICTOGRAPHS}]|\s+and\b|$)")
"""The owner introducing themselves: "Hi! I'm Ana Ruiz, and ...", "My name is Wen Zhao." (the name closes its
sentence, or an emoji set after it does: "My name is Wen Zhao 👋"), or the about page saying whose blog it is."""
_SELF_INTRO_EMOJI = lazy_compile(rf"^(?:{_SELF_INTRO.pattern})[{PICTOGRAPHS}]+\s*")
"""A line opening with the owner's self-introduction closed by an emoji ("My name is Wen Zhao 👋 I am a lecturer at
X"): what the position reader cuts off, the rest the sentence it reads."""
_SELF_INTRO_NICKNAME = re.compile(
    SELF_INTRO_LEAD + r"(?P<n>[A-Z][a-zA-Z'\-]+\s+[(（][A-Z][a-zA-Z'\-]+[)）]\s+[A-Z][a-zA-Z'\-]+(?:\s+[A-Z][a-zA-Z'\-]+)?)"
    r"(?=[,.!]|\s+and\b|$)")
"""The owner introducing themselves with a nickname between their names: "Hi, I'm Jon (Johnny) Marsh, a PhD
student ...": the name as :func:`~kg.importers.common.name_variants` reads it (the first and last names, the nickname
with the last name another form of it)."""
_BIO_SUBJECT = lazy_compile(r"^\s*" + _INTRO_NAME + r"(?:,[^,]{0,80},\s*)?"
                          r"(?=(?:is|got|was|received|joined|works|obtained|earned|has|leads|serves|holds|currently)\b)")
"""A bio opening with its subject: "Anbang Yao got his Ph.D. ...", "Lena Fischer is an Associate Professor ..."."""
_PLACE_TAIL = re.compile(rf"^(.*\S),\s*({TOWN_WORD}(?:\s+{TOWN_WORD}){{0,2}})$")
"""A place's name, then a town (state, country) after its last comma ("Wuhan University, Wuhan, China")."""
_SELF_INTRO_CJK = lazy_compile(
    rf"(?:^|(?<=[\s、，,。．])|(?<=私は)|(?<=我是)|(?<=我叫)|(?<=저는))(?!(?:저는|제가|나는) )"
    rf"(?P<n>[{CJK_CHARS}]{{1,4}}(?: (?!입니다|です)[{CJK_CHARS}]{{1,4}}?)?)\s*"
    + _OTHER_FORM + r"(?:です|と申します|입니다|[，,。．.!！]|$)")
"""A self-introduction in Japanese, Chinese or Korean: "…を研究している 山田 太郎（やまだ たろう）です", "我是张伟，…",
"저는 김민수입니다" (its "저는", "I", spaced from the name, no part of it). The second word is the shortest that the
polite copula follows, and is no copula itself ("山田 太郎です", "김민수 입니다")."""


def _cjk_intro_name(m: re.Match) -> bool:
    """Whether a self-introduction's words name a person: a name as :func:`cjk_name_like` reads it that is
    spaced as a Japanese page writes it, has its reading or Latin form beside it, or opens with a Chinese family
    name and is short ("我是一名博士生" introduces no one). A menu's label is no name ("关于我": about me, as a heading
    names no one by it), nor the last words of a line or a sentence that introduces nobody ("ONNELLAB 수동 게시", a
    brand and its page's label; "…할 수 있습니다.": a name after other words is introduced by them, "저는", "我是",
    or by the words after it, "입니다", "です")."""
    n = m.group("n")
    if not cjk_name_like(n) or name_candidate(n) is None:
        return False
    before = m.string[:m.start("n")].rstrip()
    if before and not re.search(r"(?:私は|我是|我叫|저는|[、，,。．])$", before) \
            and not re.search(r"(?:です|と申します|입니다)\s*$", m.group(0)):
        return False
    return " " in n or bool(m.group("alt")) or re.fullmatch(r"[\uac00-\ud7af]{2,4}", n) is not None \
        or (n[0] in CJK_SURNAMES and len(n) <= 3)
_HOMEPAGE_LINE = re.compile(r"(?i)^\W*(?:(?:personal\s+)?home\s*page|web\s*site|web|url|个人主页|主页)"
                            r"(?:\s*/\s*(?:(?:personal\s+)?home\s*page|web\s*site|主页))?\s*[:：]\s*(https?://\S+)\s*$")
SITE_LABEL = re.compile(r"(?i)scholar|linked|github|twitter|orcid|dblp|research\s*gate|zhi\s*hu|semantic|google|weibo|"
                         r"profile|home\s*page|web\s*site|page|\bcv\b|publications")



_PHONE_NUMBER = re.compile(r"[+\d\s()./-]{6,}")
"""A telephone number alone ("02-555-0100", "+1 (555) 010 0100"): no address, whatever label it has."""
_WORK_ADDRESS = re.compile(r"^\s*(?:work|office|postal|mailing)\s+address\s*[:：]\s*(?P<rest>\S.+)$", re.I)
_INTERESTS_LABEL = re.compile(r"(?i)(?:(?:main|current|my)\s+)?(?:(?:research\s+)?(?:interests?|topics)|research\s+focus)\s*[:：]?")
"""A label alone on its line naming the owner's research interests (their list on the next line)."""
_SENTENCE_STOP = re.compile(r"[.!?]\s")
"""A sentence's stop inside a line (a stop and a space): the line is prose, not a list of facts."""


_INTERESTS_LEAD_SENTENCE = lazy_compile(
    r"(?i)(?=(?:\S+\s+){0,11}\S+[:：]$)"
    r"(?=\s*(?:(?:topics|areas|things|questions|problems)\s+(?:that\s+)?)?(?:I|I'm|I’m|my|our|we)\b"
    r"|\s*(?:(?:main|current)\s+)?(?:research\s+)?(?:topics|interests|areas)\b)"
    r"(?:[^:：.!?\d]*\b(?:interest(?:s|ed)|research\s+(?:topics|areas|focus))\b[^:：.!?\d]*)[:：]")
"""A short sentence that announces the owner's interests and ends with a colon ("Topics I am interested in:",
"My current research interests in a nutshell:"), in the owner's voice or opening with the topic's own word:
the list under it names them ("Prospective students interested in working with me should have:" is no such
sentence: its subject is someone else)."""
_LINE_LABEL = re.compile(r"^\s*([A-Z][\w'’ -]{1,40}?)\s*[:：]\s+\S")
_AFFILIATION_LABEL = lazy_compile(
    r"(?:current\s+)?(?:affiliations?|organi[sz]ations?|institutions?|employer|company|work|position|title|role|"
    r"department|dept\.?|lab|laboratory|group|school|faculty|university|institute|centre|center)", re.I)

_PT_NOW = (r"(?<!\bque\s)(?:(?:atualmente|hoje)\s+(?:sou|é)|(?:sou|é)\s+(?:atualmente|hoje))|trabalho\s+(?:atualmente\s+)?como|"
           # ("e atuo desde 2010 como professor na Faculdade X": the owner's post, held since then)
           r"(?:atualmente\s+)?atuo\s+(?:(?:atualmente|hoje)\s+|desde\s+(?:(?:19|20)\d\d|\w+\s+de\s+(?:19|20)\d\d)\s+)?como")
_POSITION_PHRASES: dict[str, tuple] = {
    # (or said of the owner: "Ana Roe est doctorante en X à l’université de Y", "Elle est ...")
    # ("Maître de Conférences (Hors Classe) en X": the grade in brackets after the title)
    "fr": (r"\bJe suis\s+(?:une?\s+)?|^|(?<=[^\W\d_])\s+est\s+(?:actuellement\s+)?(?:une?\s+)?",
           r"(?:professeure?|chercheu(?:r|se)|charg[ée]e? d[’']enseignement|charg[ée]e? de (?:cours|recherche)|"
           r"ma[îi]tre(?:sse)? de conf[ée]rences|(?:post-?)?doctorante?|[ée]tudiante? au doctorat)"
           r"(?:\s+(?:titulaire|adjointe?|agr[ée]g[ée]e?|associ[ée]e?))?(?:\s*\([^()]{2,30}\))?"
           r"(?:\s+(?:en|de|d[’'])\s*[^.;,]{1,80}?)?",
           r"(?:à|au|chez)\s+(?:l[’']|la\s+|le\s+)?"),
    "de": (r"(?:arbeite\s+ich|ich\s+arbeite)\s+(?:(?:derzeit|zurzeit|jetzt|seit\s+\S+)\s+)?als|"
           # ("Ich arbeite bei X und bin Y an der Z": the second verb of the sentence, its subject said once)
           r"(?:bin\s+ich|ich\s+bin|(?<=\bund\s)bin)(?:\s+(?:derzeit|zurzeit|jetzt))?", None,
           r"bei|an\s+der|an\s+dem|am|im"),
    "es": (r"trabajo\s+(?:actualmente\s+)?como|soy(?:\s+actualmente)?", None, r"en(?:\s+la|\s+el)?"),
    "it": (r"lavoro\s+(?:attualmente\s+)?come|sono(?:\s+attualmente)?", None,
           r"presso(?:\s+la|\s+il|\s+l['’])?|all['’]|alla|al"),
    # ("Atualmente é professor no Instituto X", "... professora adjunta da Universidade Y": the post held now; "Sou
    # doutor em X pela Y" is a degree, no post; "Meu orientador, que atualmente é professor na Y": another's post)
    # (a place word "no/na" first: "de/da/do/em" also join a post to its field, "professor de Ciência da Computação na
    # Universidade X", "doutoranda em Física no Instituto Y"; then "professor adjunto do Departamento X")
    "pt": (_PT_NOW, None, r"n[oa]s?"),
    "pt-do": (_PT_NOW, None, r"d[oa]s?|em"),
}
"""How a bio says its owner's position in other languages ("Je suis chargé d’enseignement en statistique à
l’Université Laval", "Derzeit arbeite ich als X bei Y", "trabajo como X en la Y", "lavoro come X presso Y"): the
words before the position, the position's names where the language's are listed (French: the sentence may
come without its subject; None: any short words that name a position, :data:`JOB_WORDS`), and the words
between the position and the place."""
_PLACE_GOES_ON_WORDS = {
    "and": ("et", "y", "e", "and"),
    # (German writes a name's adjective in lower case before its noun: "Institut für Informatik und angewandte
    # Mathematik"; another word goes on: "und bin Mitglied im X", "und leite die Gruppe Y")
    "and_adjective_first": ("und",),
    "since": ("depuis", "desde", "dal", "dall['’]", "dallo", "seit", "since", "desde\\s+(?:o|a)"),
    "name_particles": ("de", "du", "des", "d['’]", "la", "le", "les", "del", "della", "delle", "dei", "degli", "di",
                       "da", "do", "das", "dos", "der", "dem", "für", "en", "et", "y", "of", "the"),
}
"""Where the sentence goes on after the place of a position in French, Spanish, Italian, German or Portuguese: "à
Nantes Université et membre de l'équipe X", "en la Universidad X y coordino el grupo Y", "presso la Fondazione X e
docente di Y" (after a word in capitals, the word for "and", then a word in lower case: what else the owner is or
does), "à l'Université X depuis 2013" (since when). Not inside a place's name: "Faculdade de Engenharia Elétrica e
de Computação" (a small word of the name after "e"), "Laboratoire de mathématiques et applications", "Dipartimento
di Scienze politiche e sociali" (a name in sentence case, its word before the "and" in lower case)."""
_AFTER_A_NAME = "(?:" + "|".join([r"(?<=[\d)])"] + [rf"(?<=\b(?-i:[A-ZÀ-ÖØ-Þ])\w{{{n}}})" for n in range(30)]) + ")"
"""Right after a word opening in a capital (up to 30 letters long), a number or a closing bracket."""
_NOT_A_PARTICLE = r"(?!(?:" + "|".join(_PLACE_GOES_ON_WORDS["name_particles"]) + r")\b)(?-i:[a-zà-ÿ])"
_PLACE_GOES_ON = (r"(?=\s+\w+\s)" + _AFTER_A_NAME + r"\s+(?:(?:" + "|".join(_PLACE_GOES_ON_WORDS["and"]) + r")\s+"
                  + _NOT_A_PARTICLE + r"|(?:" + "|".join(_PLACE_GOES_ON_WORDS["and_adjective_first"]) + r")\s+"
                  + r"(?!(?-i:[a-zà-ÿ])[\w-]*?(?:e|en|er|es|em)\s+(?-i:[A-ZÀ-ÖØ-Þ]))" + _NOT_A_PARTICLE + r")|\s+(?:"
                  + "|".join(_PLACE_GOES_ON_WORDS["since"]) + r")\s*(?:le\s+|el\s+|il\s+)?(?:\d|(?-i:[a-zà-ÿ]+\s+(?:19|20)\d\d))")


def _position_rx(opener: str, title: str | None, at: str) -> re.Pattern:
    if title is not None:
        # ("à l’université de X et en Y, à l’université de Z": the place ends where the second field begins)
        return re.compile(r"(?:" + opener + r")(?P<title>" + title + r")\s+(?:" + at + r")(?P<aff>[^.;,]+?)"
                          r"(?=[.;,]|\s+et\s+(?:en|à|au)\s|" + _PLACE_GOES_ON + r"|$)", re.I)
    return re.compile(r"\b(?:" + opener + r")\s+(?:(?:ein|eine|un|una|uno|um|uma)\s+)?(?P<title>[^.;,]{2,100}?)\s+"
                      # ("en el Instituto X (ibs.GRANADA)": the short form in brackets, its stop no sentence's end)
                      # ("am Fachgebiet X – Y an der Technischen Universität Z": a unit, then its university, long)
                      r"(?:" + at + r")\s*(?P<aff>(?-i:[A-ZÀ-ÖØ-Þ*])(?:[^.;,()]|\([^()]{1,40}\)){1,160}?)"
                      r"(?=\s*[.;,]|" + _PLACE_GOES_ON + r"|$)", re.I)


_OTHER_POSITIONS = [(_position_rx(*phrase), phrase[1] is not None) for phrase in _POSITION_PHRASES.values()]

_DEGREE_PHRASES: dict[str, tuple[str, str]] = {
    # ("me doctoré en la Universidad X", "se doctoró en Física por X": the verb of earning a doctorate)
    "es": (r"Licenciad[oa]|Doctora?|(?<=\b[ms]e\s)doctor[éó]|M[áa]ster|Maestr[oa]|Maestr[íi]a|Graduad[oa]|Diplomad[oa]|"
           r"Ingenier[oa]", r"por|en"),
    "it": (r"Laurea(?:\s+(?:magistrale|triennale|specialistica))?|Laureat[oa]|Dottorato(?:\s+di\s+ricerca)?|"
           r"Dottore(?:ssa)?(?:\s+di\s+ricerca)?", r"presso|all['’]|alla|al"),
    # ("... und dem Master in X an der Freien Universität Y": the English degree's name in a German sentence)
    "de": (r"Promotion|Promoviert|Diplom|Magister|Staatsexamen|Doktor|(?<=\bdem\s)(?-i:Master|Bachelor)",
           r"an\s+der|am|an\s+dem|in"),
    "fr": (r"Doctorat|Ma[îi]trise|Licence|DEA|Habilitation|Dipl[ôo]m[ée]e?", r"de\s+l['’]|à\s+l['’]|à\s+la|à|au|de\s+la"),
    # ("Em 2008 obtive meu doutorado em Física na Universidade X", "Possui graduação em X pela Universidade Y (1977),
    # mestrado em X pela Y (1982) e doutorado em Física pela Y (1991)": a Lattes summary; not a "pós-doutorado", a post)
    "pt": (r"(?<![-‐])(?:Doutorado|Doutora?|Mestrado|Mestre|(?<!P[óo]s\s)Gradua[çc][ãa]o|Bacharelado|Licenciatura)",
           r"pel[oa]|n[oa]"),
}
"""How a bio names a degree in other languages, and the words between the degree (and its field) and where it
was earned: "Licenciado en Comunicación por la Universidad X", "Laurea in Fisica presso l'Università di Y"."""
_OTHER_DEGREES = [(lazy_compile(r"\b(?P<deg>" + deg + r")\b", re.I),
                   # ("Maestro y Doctor en Ciencias por X": two degrees of one place; "Laurea Magistrale (con lode) in
                   # X": the honours in brackets), then the field
                   lazy_compile(r"(?:\s+(?:y|e|und|et)\s+(?:" + deg + r")\b)?(?:\s*\([^()]{2,30}\))?"
                              r"(?:\s+(?:en|in|de|di|der|em)\s+(?P<field>[^.;()]{2,160}))?", re.I),
                   lazy_compile(r"\s+(?:" + at + r")\s*(?:la\s+|el\s+|l['’]\s*)?(?=(?-i:[A-ZÀ-ÖØ-Þ]))", re.I),
                   lazy_compile(r"(?P<inst>(?:(?!\s+(?:" + at + r")\s)[^.;,()]){2,80}?(?:,\s*(?:campus|unidad|sede|plantel)\s+[^.;,()]{2,40}?)?)"
                              # ("... por el Centro Nacional de Investigación y Desarrollo Tecnológico": an "y" inside
                              # the name; "... por la Universidad X y Doctor por ...": the next degree)
                              r"(?=\s*[.;,(]|\s+(?:y|e|und|et)\s+(?:(?-i:[a-zà-ÿ])|(?:" + deg + r")\b)|\s+(?:in|en)\s|$)",
                              re.I))
                  for deg, at in _DEGREE_PHRASES.values()]
"""Each language's degree; what may stand between it and the word before its place (another degree, the field);
that word ("por la", "presso"; the place opens with a capital); and the place's name: up to a stop, a comma (but "X,
campus Y": the campus is part of it) or "y" before a word in lower case or another degree."""
_PROGRAMME_BEFORE = lazy_compile(
    r"(?i)(?:\b(?:d[oa]s?|n[oa]s?|aos?|às?|coorden\w*\s+o)|\b(?:alun[oa]s?|estudantes|orientand[oa]s?|discentes|cursos?|programas?|"
    r"turmas?|disciplinas?|teses|dissertações|bancas?)\s+de)\s+(?:(?:mestrado|doutorado|gradua[çc][ãa]o)\s+(?:e|ou)\s+)?$")
"""The words before a degree's name that make it a programme the owner teaches or supervises in, no degree of
theirs: "professor do Mestrado em X na Universidade Y", "coordeno o Doutorado em Y", "leciono na Graduação em Z", "oriento alunos de mestrado e
doutorado na W" (Portuguese, where a Lattes summary's own degrees follow no such word: "Possui graduação em X pela Y")."""
_STUDIED_AT = lazy_compile(r"\b(?:Estudi[ée]|Ho\s+studiato|Ich\s+studierte|studierte\s+ich|J['’]ai\s+[ée]tudi[ée]|"
                         # ("Nach dem Studium der X an der Universität Y", "Während meines Masterstudiums ...": one's own
                         # studies; not "Das Studium der Informatik an der Uni X ist ...", a course described)
                         r"(?:Nach\s+(?:dem|meinem|seinem|ihrem)|Während\s+(?:meines|seines|ihres)|Mein)\s+\w*(?-i:[Ss])tudiums?)\s+"
                         r"[^.;]{2,60}?\s+(?:en|presso|an|à)\s+(?:la\s+|el\s+|der\s+|dem\s+|l['’]\s*)?"
                         # ("... an der Universität X absolviert.", "... X studiert und promoviert.": the German words
                         # in lower case closing the sentence are none of it)
                         r"(?P<inst>(?-i:[A-ZÀ-ÖØ-Þ])[^.;,()]{2,80}?)(?=\s*[.;,(]|(?:\s+(?-i:[a-zäöüß]+))+\s*[.;,]|$)", re.I)
"""A place of study in another language, no degree named ("Estudié Cine en la Universidad de X", "Nach dem Studium der
X an der Universität Y")."""


_DOCTORAL_STUDENT_PHRASES: dict[str, tuple[str, str]] = {
    "fr": (r"doctorante?|[ée]tudiante?\s+au\s+doctorat|[ée]tudiante?\s+en\s+th[èe]se", r"à|au"),
    "es": (r"estudiante\s+de\s+doctorado|doctorand[oa]", r"en"),
    "it": (r"dottorand[oa]", r"presso|all['’]|alla|al"),
    "de": (r"Doktorand(?:in)?", r"an\s+der|am|an\s+dem"),
}
"""How a bio says its owner studies for a doctorate in other languages, and the words before each place of it: "X est
doctorant en Y à l’université de Z et en W, à l’université de V" (a joint doctorate: both places), "dottoranda
presso l'Università di X"."""
_DOCTORAL_STUDENT = [(re.compile(r"\b(?:" + who + r")\b", re.I),
                      lazy_compile(r"(?<![^\W\d_])(?:" + at + r")\s+(?:l['’]\s*|la\s+|le\s+|el\s+|der\s+)?"
                                 r"(?P<inst>[^\s.;,()][^.;,()]{1,80}?)(?=\s*[.;,(]|\s+(?:et|y|e|und|où|sous|con|avec|mit)\s|$)",
                                 re.I))
                     for who, at in _DOCTORAL_STUDENT_PHRASES.values()]


def _doctoral_places(t: str) -> list[Education]:
    """The places where a bio in French, Spanish, Italian or German says its owner is a doctoral student (the
    English "PhD student at X" is :data:`_STUDENT_AT`'s): each institution named after the words before a place in
    the sentence that says so."""
    out = []
    for who_rx, place_rx in _DOCTORAL_STUDENT:
        for m in who_rx.finditer(t):
            stop = re.search(r"[.;!?](?:\s|$)", t[m.end():])
            sentence = t[:m.end() + stop.start()] if stop else t
            for pm in place_rx.finditer(sentence, m.end()):
                inst = pm.group("inst").strip()
                if INSTITUTION_STRONG.search(inst) and not DEPT_START.match(inst) \
                        and not any(fold(e.institution or "") == fold(inst) for e in out):
                    try:
                        out.append(Education(degree="PhD", institution=inst))
                    except ValueError:
                        pass
    return out


_DATIVE_ADJECTIVE = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß-]+e)n(?=\s+(?:Universität|Hochschule|Fachhochschule|Akademie)\b)")
"""A German school's adjective as a sentence declines it after "an der" ("an der Freien Universität Berlin", "an der
Technischen Universität X"): the name is the one written alone, "Freie Universität Berlin"."""


def _place_after(lead: str, inst: str) -> str:
    """A place of study as named on its own, from the words that lead to it in a sentence (a German "der" declines
    the adjective of the name: :data:`_DATIVE_ADJECTIVE`)."""
    inst = inst.strip()
    return _DATIVE_ADJECTIVE.sub(r"\1", inst) if re.search(r"(?i)\bder\s*$", lead) else inst


def _other_language_degrees(t: str) -> list[Education]:
    """The degrees a bio in Spanish, Italian, German or French states, each at a place whose name says
    institution: the first place after the degree (and its field) that does, in the degree's sentence."""
    out = []
    fields: list[tuple[int, int]] = []  # where the fields read so far are
    for deg_rx, between, to_place, place_rx in _OTHER_DEGREES:
        for m in deg_rx.finditer(t):
            if _PROGRAMME_BEFORE.search(t[max(0, m.start() - 60):m.start()]) \
                    or any(a <= m.start() and m.end() == b for a, b in fields):
                # (a programme, no degree of the owner's; "graduação em Matemática Bacharelado pela X": a degree's
                # name closing the field of one read, no other degree; not "Licenciatura em X e Mestrado em Y pela Z")
                continue
            stop = re.search(r"[.;](?:\s|$)", t[m.end():])
            sentence = t[:m.end() + stop.start()] if stop else t
            place = None
            # (each "por"/"en" of the sentence in turn, the words before it the field: "Ingeniero en X con la
            # especialidad en Y por el Z" has its place after the third)
            for lead in to_place.finditer(sentence, m.end()):
                bm = between.fullmatch(sentence, m.end(), lead.start())
                pm = place_rx.match(sentence, lead.end()) if bm else None
                # (the place a degree was earned "por"/"presso": a school's name, or any organisation's that is no
                # department: "por el Centro Nacional de Investigación y Desarrollo Tecnológico")
                if pm and (INSTITUTION_STRONG.search(pm.group("inst"))
                           or ORG_RX.search(pm.group("inst")) and not DEPT_START.match(pm.group("inst"))):
                    place = pm
                    break
            if place is None:
                continue
            # ("Me doctoré en Física en la Universidad X en 2005", "Me doctoré en 2003 por la Universidad X": the
            # field or the year before the place, the year after it; the verb is the degree a "Doctor" line names)
            field = (bm.group("field") or "").strip() or None
            if field:
                fields.append(bm.span("field"))
            year = find_year(t[place.end():place.end() + 12]) \
                if re.match(r"\s*(?:[,(]|\b(?:en|in|im)\b)?\s*(?:19|20)\d\d", t[place.end():]) else None
            if field and re.fullmatch(r"(?:19|20)\d\d", field):
                field, year = None, year or int(field)
            degree = "Doctor" if re.fullmatch(r"(?i)doctor[éó]", m.group("deg")) else m.group("deg")
            try:
                out.append(Education(degree=degree, field=field, institution=_place_after(lead.group(0), place.group("inst")),
                                     year=year))
            except ValueError:
                pass
    for m in _STUDIED_AT.finditer(t):
        if INSTITUTION_STRONG.search(m.group("inst")):
            try:
                out.append(Education(institution=_place_after(t[m.start():m.start("inst")], m.group("inst"))))
            except ValueError:
                pass
    return out


def _other_language_position(t: str) -> re.Match | None:
    """The first position a bio in French, German, Spanish, Italian or Portuguese states (:data:`_POSITION_PHRASES`, in
    that order), when its title is a position's name."""
    for rx, listed in _OTHER_POSITIONS:
        for m in rx.finditer(t):
            # ("Professorin für Digital Philology und Neuere deutsche Literaturwissenschaft am ...": a position
            # named first, then the field it is for, however long)
            if listed or JOB_WORDS.search(m.group("title")) and (
                    len(m.group("title").split()) <= 6 and len(m.group("title")) <= 60
                    or (job := JOB_WORDS.match(m.group("title"))) is not None
                    and re.match(r"\s+(?:für|for|of|en|de|di|in)\s", m.group("title")[job.end():], re.I)):
                return m
    return None


def _degree_pieces(text: str) -> list[str]:
    """A line of several degrees cut where one passes to the next: at a semicolon, or at a comma right before
    a degree's name ("BSc X University 2001, PhD Y University 2006")."""
    pieces = []
    for part in re.split(r"\s*;\s*", text):
        start = 0
        for m in re.finditer(r",\s*", part):
            if DEGREE_RX.match(part, m.end()):
                pieces.append(part[start:m.start()])
                start = m.end()
        pieces.append(part[start:])
    return [p for p in pieces if p.strip()]


_BARE_POSITION = re.compile(r"(?!(?:I|We|He|She|They|My|Our|His|Her|Their|This|Currently|Now|As)\b)"
                            r"(?P<title>[A-Z][^,.;:()]{1,40}?)\s+(?:at|in)\s+(?:the\s+)?[A-Z]")
"""A line that opens with a position at or in a place, no subject before it ("Post-doc at the X Group")."""
_POST_OPENING = re.compile(r"^(?=" + AS_A_POST + r"\s+(?:(?:\w+ly|also|then|first|later|still|now)\s+)?"
                           r"(?P<verb>[\w'’]+))As\s+")
"""A sentence that opens with the post its owner speaks from: "As a research scientist at X, I study ...", the verb
after "I" (and a word such as "also" before it) saying whether the post is held now."""
_PAST_VERB = lazy_compile(r"(?i)was|were|had|did|led|built|wrote|taught|spent|began|ran|made|won|went|held|became|"
                        r"left|took|gave|fell|got|saw|found|met|came|grew|chose|sought|brought|kept|felt|learnt|"
                        r"(?!(?:ne|le|fe|procee|succee|excee|see|spee)ed$)\w{2,}ed")
"""A verb in the past tense ("worked", "was", "led"), with ``fullmatch``: what the owner did, no longer does."""
_COMMA_POSITION = re.compile(r"(?!(?:I|We|He|She|They|My|Our|His|Her|Their|This|Currently|Now)\b)"
                             r"(?P<title>[A-Z][^,.;:()]{1,40}?),\s+(?:the\s+)?(?P<rest>[A-Z][^;]*)$")
"""A line that is a position, a comma, then its place ("Lecturer, Institut Teknologi X, Indonesia.")."""
_SCHOOLED = (r"(?:(?:^|(?<=[.;!?]\s))(?:Trained|Educated)|\b(?:was|were|is|are|am|been)\s+(?:trained|educated)|"
             r"\b(?:I|[Ss]he|[Hh]e|[Tt]hey)\s+trained)"
             # ("Trained as an economist and engineer at X": what the training made of the owner, before the places)
             # ("I trained as a postdoc at X", "as a research intern at X": a post held, no place of study)
             r"\s+(?:in\s+[\w\s-]{2,40}?\s+|as\s+an?\s+(?!(?:[\w-]+\s+){0,3}?(?:post-?doc\w*|postdoctoral|intern(?:ship)?|"
             r"residen(?:t|cy)|fellow|apprentice|research(?:er)?|visiting)\b)[\w\s-]{2,60}?\s+)?")
"""A biography's words before its owner's places of study, no degree named: "Educated at X and Y, she ...", "He was
trained in physics at X", "I trained as a physicist at X" (a sentence that opens so, or says the owner was)."""
_GRADUATE_OF = lazy_compile(r"\b(?:(?:I\s+am|I'm|(?:s?he|they)\s+(?:is|are)|I\s+was|(?:s?he)\s+was)\s+(?:an?\s+)?"
                          r"(?:graduate|alumn(?:us|a))\s+of|(?:I|s?he)\s+(?:also\s+)?graduated\s+from"
                          # (the degree said after it is :data:`_GRADUATED_FROM`'s to read)
                          r"(?![^.;]*?\swith\s+(?:(?:an?|the|my|his|her|their)\s+)?(?:" + DEGREE_WORD.pattern + r")))"
                          # ("graduated from the Department of Computing at X College", "the department of Y, the
                          # University of Z": the unit, then the school it belongs to, the place of study)
                          r"\s+(?:the\s+)?(?:(?i:department|school|faculty|division)\s+of\s+[^.;,()]{2,80}?"
                          r"(?:\s+(?:at|of)|,)\s+(?:the\s+)?(?=[A-Z])"
                          # (the school's name before any other "at": "the Department of History of Science at X
                          # University" is X's, not "Science")
                          r"(?=(?:(?!\s+at\s)[^.;,()]){0,80}?(?i:" + INSTITUTION_STRONG.pattern + r")))?"
                          r"(?P<inst>[A-Z][^.;,()]{2,80}?)"
                          r"(?=\s+(?:and|where|in|with|under|at|as|for|after|before)\b|[.;,(]|$)"
                          # ("... with honors in 2010", "... at its Graduate School in May 2015": the year it was)
                          r"(?:(?:\s+with\s+(?:high\s+)?honou?rs|\s+at\s+[^.;,()]{1,80}?)?\s+in\s+"
                          + _MONTH_BEFORE_YEAR + r"(?P<when>(?:19|20)\d\d)\b)?")
"""A place of study a bio names with no degree ("I am a graduate of New College", "She is an alumna of X", "I
graduated from X at its Graduate School in 2015"), the owner its subject ("they graduated from" may be anyone's)."""
_ATTENDED_FOR = re.compile(r"\b(?:attended|went\s+to)\s+(?:the\s+)?(?P<inst>[A-Z][^.;,()]{1,80}?)\s+for\s+"
                           r"(?:my|his|her|their|an?)\s+(?P<deg>(?i:bachelor|master|doctoral|undergraduate|graduate|"
                           r"PhD|Ph\.D\.?))['’]?s?\s+(?:studies|degree|education)\b")
"""'I attended the University of X for my Bachelor studies': a place of study, the degree it was for."""
_GRADUATED_FROM = lazy_compile(r"\bgraduated\s+from\s+(?:the\s+)?(?P<inst>[A-Z][^.;,()]{1,80}?)\s+with\s+"
                             r"(?:(?:an?|the|my|his|her|their)\s+)?(?P<deg>" + DEGREE_WORD.pattern + r")"
                             r"(?:\s*\([^()]{1,30}\))?(?:\s+(?:degree\s+)?in\s+(?P<field>[A-Z][^.;,()]{1,80}?))?"
                             r"(?=\s+(?:and|where|in|with|under)\b|[.;,(]|$)")
"""A place of study, then the degree earned there ("I graduated from X University with a B.Sc. in Physics")."""
_WITH_DEGREES = lazy_compile(r"(?:^|(?<=[.;!?]\s))With\s+(?:(?:an?|dual|two|double|joint)\s+)?(?P<deg>" + DEGREE_WORD.pattern
                           + r")(?:\s+degrees?)?(?:\s+in\s+(?P<field>[A-Z][^.;,()]{1,80}?))?\s+from\s+(?:the\s+)?"
                           r"(?P<inst>[A-Z][^.;,()]{1,80}?)\s*,")
"""A sentence opening with the degrees that stand behind what it says ("With dual BSc degrees in X and Y from Z
University, Ana is ..."): the degree, its field and its place, the clause ending at the comma."""
_MY_DEGREE_NOTE = lazy_compile(r"\bmy\s+(?P<deg>Ph\.?\s?D\.?|D\.?\s?Phil\.?|doctorate|master'?s|M\.?Sc\.?|bachelor'?s|"
                             r"undergrad(?:uate)?(?:\s+(?:studies|degree))?)(?:\s+in\s+(?P<field>[A-Z][^.;,()]{1,60}?))?"
                             r"\s*(?:\(\s*(?:at|from|in)\s+(?P<p>[^()]{2,80}?)\s*\)|was\s+(?:at|from)\s+(?:the\s+)?"
                             r"(?P<w>[A-Z][^.;,()]{1,80}?)(?=\s+(?:in|under|on|with)\b|[.;,]|$))", re.I)
"""'My PhD (at Leeds) was in algebra under ...', 'My PhD was at the University of X in 1999', 'after my undergrad in
Physics (in Y University)': the owner's degree, its place in brackets or after 'was at'. Not the shape of
:data:`_UNDERGRADUATE_AT` (the place straight after the degree's words, "my undergraduate degree at X"), which no
text this reads matches at the same place: two patterns, read at two points of ``_prose_rest`` (the order the
education list is built in; one loop at either point reorders the degrees of pages that state both)."""


_UNDERGRADUATE_AT = re.compile(r"\b(?:my|his|her|their|an?)\s+(?:(?:under)?graduate|(?P<deg>(?i:master|bachelor)['’]?s?|"
                               r"doctoral|Ph\.?\s?D\.?))\s+(?:degree|studies|education|work)\s+"
                               # ("my undergraduate studies in Electronic Engineering at X": the field between)
                               r"(?:in\s+(?P<field>[A-Z][^,;.()]{2,60}?)\s+(?=at\s|from\s))?"
                               # ("... degree with the Optics Group at X University": the group it was done in)
                               # ("my undergraduate studies in X University": the place after "in", a school's name)
                               r"(?:with\s+(?:the\s+)?[A-Z][^,;.()]{2,60}?\s+)?(?:at|from|in)\s+"
                               r"(?:the\s+)?(?P<inst>[A-Z][^,;.()]{2,80}?"
                               # ("at the Technical University, Darmstadt in Germany": the school by its town)
                               r"(?:,\s+[A-Z][a-z]+(?=\s+in\s+[A-Z]))?)"
                               r"(?=\s*[,;.(]|\s+(?:in|and|with|where|under)\b|$)"
                               r"(?:\s*\(?\s*in\s+(?P<when>(?:19|20)\d\d)\b)?")
"""Where one took one's first degree, told without its name ("my undergraduate degree at X University (in 1999)";
"his", "her", "an" too), or one's graduate studies ("I did my graduate work at X University where ..."): the place
straight after the degree's words, as the other prose-degree patterns read it (``_prose_degree``). :data:`_MY_DEGREE_NOTE` reads the other shape, "my" and a named degree (or "undergrad") with
its place in brackets or after "was at"."""
_STUDY_SENTENCE = re.compile(r"\bI\s+(?:also\s+)?(?:studied|received|obtained|earned|completed|graduated|did\s+my)\b")
"""A short sentence of one's studies ("Before grad school, I studied X at Y University."): prose about a degree,
not a line naming a workplace."""
_VERB = re.compile(r"\b(?:is|am|are|was|were|has|have|had|will|works?|worked|joined|serves?|served)\b", re.I)

_ANOTHER_DEGREE = lazy_compile(
    r"\b(?P<deg>(?i:master|bachelor)['’]?s?|Ph\.?\s?D\.?|M\.?\s?Sc\.?|B\.?\s?Sc\.?)(?:\s+degree)?\s+(?:in\s+[^.;,]{2,60}?\s+)?"
    r"(?:from|at)\s+(?:the\s+)?(?-i:[A-Z])[^,;.]{2,80}?,?\s+and\s+(?:one|another)\s+(?:from|at)\s+(?:the\s+)?"
    r"(?P<inst>(?-i:[A-Z])[^,;.]{2,80}?)(?=\s*[,;.]|\s+(?:in|where|specializ\w*|with)\b|$)")
"""A degree, then "one" more from a second place ("a master in math from X University, and one from Y University")."""
_CJK_DEGREE_PROSE = lazy_compile(r"(?P<pre>[^，,。；;！!]{0,40}?)(?:获得|獲得|取得)了?(?P<post>[^，,。；;！!]{0,30}?)"
                               r"(?P<deg>" + CJK_DEGREE + r")(?:学位|學位)(?![论論]文|点|點|授予)")
"""A degree a bio in Chinese says was earned ("她于2014年从X研究所获得博士学位", "2009年获得Y大学学士学位"): the school
before the verb, after 从/在/于 (from, at), or between the verb and the degree, and the year in the clause; an award
for a thesis ("优秀博士学位论文奖") or the right to award a degree ("博士学位点", "博士学位授予权") is none."""
_CJK_STUDENTS = re.compile(r"学生|學生|指导|指導|其|(?:博士|硕士|碩士|研究)生(?!导师|導師)")
"""Words before a degree earned in its sentence that make it a student's ("已指导12名学生...获得硕士学位", "她指导的学生
王明，2020年获得...", "其博士生王明...", "在她的指导下，王明...获得"), not the owner's; a doctoral supervisor's title
("博士生导师") is no student, nor the words of :data:`_CJK_OWN_STUDY`."""
_CJK_OWN_STUDY = lazy_compile(r"攻[读讀][^，,。；;！!]{0,12}?研究生|其[后後间間]|(?:教授|老师|老師|导师|導師)的?指[导導]下")
"""Words of a sentence about the owner's own studies that name no student: the owner's graduate studies
("攻读硕士研究生"), "thereafter" ("其后"), an advisor's guidance ("在王林教授的指导下"; not "在她的指导下")."""


def _cjk_own_degrees(t: str) -> list[re.Match]:
    """The degrees a bio in Chinese says its owner earned (:data:`_CJK_DEGREE_PROSE`), none its students did
    (:data:`_CJK_STUDENTS` before the degree in its sentence).

    >>> [m.group("deg") for m in _cjk_own_degrees("她于2016年在东湖大学获得博士学位。已指导12名学生获得硕士学位。")]
    ['博士']
    """
    return [m for m in _CJK_DEGREE_PROSE.finditer(t)
            if not _CJK_STUDENTS.search(_CJK_OWN_STUDY.sub("", re.split(r"[。；;！!]", t[:m.start("deg")])[-1]))]
_FIRST_PERSON_CJK = re.compile(r"^(?:[^，,。！!]{1,8}[，,！!]\s*)?我(?:目前|现在|現在|当前|當前)?(?:是|在)")
"""A bio in Chinese opening in the first person, after a greeting perhaps ("大家好，我是…", "我目前是…"): the
owner writing about themselves, as :data:`~.person.FIRST_PERSON` reads it in English."""
_EXCLAIMED = re.compile(r"[!！]\s*$")
"""A line that ends with an exclamation ("Our paper is out!"): a lab's news headline, none of the owner's particulars."""

_I_AM = r"(?:I am|I'm|I’m)"
_NOW = r"(?:currently\s+|now\s+)?"
"""The start of a line about the owner's work ('I am currently ...', 'I'm now ...'), as the patterns below write it."""
_SHORT_TITLE = r"(?P<title>[\w-]+(?:\s+[\w-]+){0,3}?)"
"""A position of one to four words ('lecturer', 'senior research scientist'), as short as the words after it allow."""

_WORKING_AS = lazy_compile(
    r"\b(?:(?:I am|I'm|I’m|I have been|(?:he|she|they) (?:is|are|has been|have been))\s+" + _NOW +
    r"(?:working|employed)\s+(?:at|for|with)|I\s+" + _NOW + r"work\s+(?:at|for|with|in))\s+(?:the\s+)?"
    r"(?P<aff>[^.;,]+?)\s+as\s+(?:an?\s+|the\s+)?(?P<title>[^.;,]+?)(?=[.;,]|$)", re.I)
"""'I am working at X as a Y', 'I work in the Department of X at Y as a Z': the place before the position."""


_FIELDS_MEET = re.compile(r"(?i)\s*(?:the\s+)?(?:intersection|interface|crossroads?|nexus|boundary|border|"
                          r"frontiers?|forefront|cutting\s+edge)\s+(?:of|between)\b")
"""Where fields meet, said as if it were a place ("working at the intersection of statistics and ..."): no place."""


_WORKING_AT = lazy_compile(
    # ("I am a linguist currently working at X": what the owner is, one word of it, then the place)
    r"\b(?:" + _I_AM + r"\s+(?:an?\s+(?-i:[a-z][\w-]+)\s+)?" + _NOW + r"(?:working|employed|based)\s+(?:at|with)|"
    r"I\s+" + _NOW + r"work\s+at)\s+(?:the\s+)?"
    r"(?P<aff>[A-Z](?:[^.;,()]|\([^()]*\))+?)(?=\s+(?:on|where|as|since|now|currently|in\s+(?:the\s+)?[a-z])\b|[.;,]|$)")
"""'I am currently working at X', 'I work at X now', 'I am a linguist working at X': no position named, the place
alone (the position reader wants a title)."""
_AT_UNDER = lazy_compile(
    r"\b" + _I_AM + r"\s+" + _NOW + r"at\s+(?:the\s+)?(?P<aff>[A-Z][^.;,()]{1,80}?),?\s+(?:(?:co-?)?(?:advised|supervised|"
    r"mentored)\s+by|" + UNDER_ADVISOR + r")\s")
"""'I am at CUHK, supervised by Prof. A': the place the owner studies or works at, named with whom, no position."""
_OWN_LAB_AT = lazy_compile(
    r"\bI\s+(?:(?:have\s+)?(?:start(?:ed)?|found(?:ed)?|establish(?:ed)?|set\s+up|lead|led|run|head(?:ed)?|direct(?:ed)?)"
    r"|am\s+(?:starting|leading|running|heading|directing))\s+(?:(?:the|my|a|our)\s+)?(?:[\w'’&-]+\s+){0,5}?"
    r"(?:lab|laboratory|group|team)\s+(?:in|at)\s+(?:the\s+)?(?P<aff>[A-Z][^.;,()]{1,80}?)"
    r"(?=\s+(?:in|from|since|on|where|as|with)\b|[.;,(]|$)")
"""'I start the X lab in TU Dresden from October 2023', 'I founded the Y group at Z': the place of the lab the owner
heads, named with no position."""
_WORKING_AT_CJK = lazy_compile(r"(?<!曾)(?<!曾经)(?<!曾經)(?:(?P<year>(?:19|20)\d\d)年(?:起|开始|開始)?)?"
                             r"(?:就职于|就職於|任职于|任職於|供职于|供職於|工作于|工作於)(?P<aff>[^，。；,;、\s（(]{2,40})")
"""'2019年就职于X公司' (since 2019 employed at X): the place a bio in Chinese says the owner works at, no position
named; not '曾就职于X' (once worked at X)."""
_POST_AT_CJK = lazy_compile(r"我(?:目前|现在|現在|当前|當前)?是(?:一名|一位|一个|一個)?(?:来自|來自)?"
                          r"(?P<aff>[^，,。；;的]{2,30}?(?:" + UNIVERSITY_CJK + ")|"
                          r"[^，,。；;的]{2,30}(?:" + SCHOOL_END_CJK + r"))[^。；;]{0,40}?的"
                          r"(?:一名|一位|一个|一個)?(?P<title>[^，,。；;的（(]{2,12}?)(?=[，,。；;（(]|$)")
"""'我是X大学计算机学院，Y专业的博士二年级学生' (I am a second-year doctoral student of X University's school of
computing, in Y): the post named after the place and its last '的', as "I am a PhD student at X" says it in English;
the place is the university (its school after it apart) or else runs to the last word that ends a place's name
("中国科学院大学", not the "中国科学院" inside it)."""
_ORG_POST_CJK = lazy_compile(r"(?:现为|现任|現為|現任|目前为|目前為)?(?P<aff>[^，,。；;的\s（(]{2,30}?(?:" + PLACE_END_CJK
                           + r"))(?P<title>[^，,。；;的（(\s]{2,8})")
"""One piece of a bio's first sentence in Chinese that is a place and the post held there, run together
("华东师范大学教授", "现任X研究所副研究员"), as Chinese faculty bios open: "张三，X大学教授，博士生导师。"."""
_JOB_TERM_END_CJK = lazy_compile("(?:" + "|".join(JOB_TERMS_CJK) + ")$")
"""A post's word in Chinese closing a title ("副教授")."""


OWN_VOICE = re.compile(r"\bI\s+[a-z]|\b(?:[Mm]y|[Ww]e|[Oo]ur)\b")
"""The owner's own voice ("I study", "my", "we"), not an initial I ("I.A. Lindenmaier"): a paragraph in it is bio, no
citation (parse.py keeps such a paragraph even when it holds a work's title)."""
_INITIALS_PIECE = re.compile(r"[A-Z]|(?:[A-Z]\.\s?-?){1,3}(?:\s*et\s+al\.?)?|.*\bet\s+al\.?")
"""A comma piece of a byline written family name first that is the initials ("D.H.", "P. M.", "Z") or closes the
list ("D. et al.")."""
_DEGREE_INITIALS = frozenset({"M.D.", "B.A.", "M.A.", "B.S.", "M.S.", "J.D.", "D.O.", "R.N.", "B.E.", "M.E."})


def _cited(text: str) -> bool:
    """A paragraph that is a citation: a byline of short comma pieces, one of them a name's initials alone or "et
    al." ("Roe, A.B., C. Lee, and D. Wu", "Roe, A. et al."), then a piece of four words or more opening with a
    capital (the title), a year and no first person. A bio's opening "Ana Roe, M.D., is a professor ..." goes on
    with a sentence's verb, and its letters are a degree's.

    >>> _cited("Roe, A.B., C. Lee, and D. Wu, Radiative transfer in polar clouds over the sea, J. Geophys. Res., 117, 2012.")
    True
    >>> _cited("Roe, A. et al., Polar clouds: a field campaign over the western sea. Bull. Met. Soc., 101: 1-20, 2020.")
    True
    >>> _cited("Ana Roe, M.D., is a professor of physics at Hill University, where she has led the polar group since 2019.")
    False
    >>> _cited("Roe, A.B., Cold continua of water vapour in the far infrared band. Hill University, Hilltown, 210 pp, 2004.")
    True
    """
    if not YEAR.search(text) or OWN_VOICE.search(text):
        return False
    head: list[str] = []
    for piece in (p.strip() for p in text.split(",")):
        if len(piece.split()) >= 4:
            # the byline read as every citation reader reads one (scores.author_score: "Roe, A.B., C. Lee, and D. Wu",
            # names family name first and given name first in one list; one name alone, "Roe, A.B.", a thesis's); a
            # degree's letters are no initials
            return len(head) >= 2 and piece[:1].isupper() and not any(h in _DEGREE_INITIALS for h in head) \
                and any(_INITIALS_PIECE.fullmatch(h) for h in head) and author_score(", ".join(head)) >= 0.3
        head.append(piece)
    return False


def cjk_place_post(sentence: str, names: list[str]) -> tuple[str, str] | None:
    """The post and the place a bio's sentence in Chinese opens with after the owner's name ("斯幸峰，华东师范大学
    教授，博士生导师" -> ("教授", "华东师范大学")), a piece or two of theirs before it ("博士", "男"); or a piece that
    says it is the post held now ("现任X大学副教授"). None for a post once held ("曾任X大学教授") or a degree ("X大学
    博士": no post).

    >>> cjk_place_post("王一鸣，博士，北岸大学副教授，博士生导师。主要研究生态学。", ["王一鸣"])
    ('副教授', '北岸大学')
    >>> cjk_place_post("王一鸣，北岸大学博士，曾任南湖大学教授", ["王一鸣"]), cjk_place_post("北岸大学教授", ["王一鸣"])
    (None, None)
    """
    first = re.split(r"[。；;！!]", sentence.strip())[0]
    pieces = [p.strip() for p in re.split(r"[，,、]", first)]
    named = bool(pieces) and any(n and pieces[0] == n for n in names)
    for k, piece in enumerate(pieces[1:4] if named else pieces[:4], start=1 if named else 0):
        m = _ORG_POST_CJK.fullmatch(piece)
        if piece.startswith("曾"):
            return None
        if m and (named or piece.startswith(("现", "現", "目前"))) and _JOB_TERM_END_CJK.search(m.group("title")):
            return m.group("title"), m.group("aff")
        if m is None and len(piece) > 8 or k >= 3:
            break
    return None


_POST_WORD_CJK = lazy_compile("|".join(JOB_TERMS_CJK) + r"|(?:学|研究|本科|硕士|碩士|博士)生$")
_HOLDS_POSITION = lazy_compile(r"\bI\s+" + _NOW + r"(?:hold|have held)\s+(?:a|an|the)\s+" + _SHORT_TITLE
                             + r"\s+position\b", re.I)
"""'... at X, where I hold a lecturer position since 2019': the position, named before the word 'position'."""


_PLACELESS_POSITION = lazy_compile(
    r"^" + _I_AM + r"\s+" + _NOW + r"an?\s+" + _SHORT_TITLE
    # ("a software engineer and Physics PhD based in Poland": the degree the owner holds beside the position)
    + r"(?:\s+and\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:Ph\.?\s?D\.?|doctor))?\s+"
    r"(?:focus(?:s)?ed|working|interested|speciali[sz](?:ing|ed)|passionate|based\s+in)\b")
"""'I'm a software engineer focused on X', 'I'm a data scientist based in Oslo': the position, no place named
(a city is none), then what the work is."""


_EMPLOYED_BY = lazy_compile(
    r"\b(?:" + _I_AM + r"\s+" + _NOW + r"(?:employed|working)|I\s+" + _NOW + r"works?|"
    # ("I'm currently building two products as CTO at X": what the owner does there, then the post)
    + _I_AM + r"\s+" + _NOW + r"(?-i:[a-z]{3,}ing)(?:\s+[^.;:,]{1,60}?)?(?=\s+as\s)|"
    # ("I am an Agronomist with M.Sc. and D.Sc. training in X, currently working as a Y at Z": what one is, then
    # the post held now, in the same sentence; a stop before a word in lower case ends no sentence)
    + _I_AM + r"\s(?:[^.;]|\.(?!\s+[A-Z])){0,160}?,\s+(?:currently|now)\s+(?:employed|working))\s+as\s+(?:an?\s+|the\s+)?"
    r"(?P<job>[^.,;]{2,40}?)\s+(?:by|at|for)\s+(?:the\s+)?(?P<org>[A-Z][^.,;(]*?)"
    r"(?=\s+(?:working|where|on|since|to)\b|\s*\(|[.,;]|$)")
"""'I am employed as a Y by X', 'I'm currently working as a Y for X', 'I work as a Y at X', 'I am a W with ...,
currently working as a Y at X', 'I'm building two products as Y at X': the position, then its place."""


def _either_order(name: str) -> str:
    """A pattern for the owner's name as written, and for a two-part name also the other way round (a
    Chinese name is written family name first in one place and last in another)."""
    parts = name.split()
    if len(parts) != 2:
        return re.escape(name)
    return f"(?:{re.escape(name)}|{re.escape(parts[1] + ' ' + parts[0])})"

_LABELLED_KINDS = frozenset({"news", "talks", "publications", "awards", "teaching", "students", "service"})


def _labels_other_section(s) -> bool:
    """A line that opens with a bold label naming a section of other things (``***News***``, ``**Talks:**``) and
    goes on after it: the page's heading for a list, written in bold inside a paragraph, not a fact of its owner."""
    lead = []
    for r in s.runs:
        if not r.text.strip():
            continue
        if not r.bold:
            break
        lead.append(r.text)
    label = " ".join(" ".join(lead).split()).strip(" :：")
    rest = " ".join(r.text for r in s.runs)
    return 0 < len(label.split()) <= 4 and len(" ".join(rest.split())) > len(label) + 2 \
        and section_kind(label) in _LABELLED_KINDS


_INTERESTS_LEAD = re.compile(r"^\s*(?:(research\s+)?interests?|research\s+focus)\s*[:：]", re.I)
"""A line that lists the owner's research interests after its label ("Research interests: X, Y", a lab card's
"Research Focus: X and Y")."""
"""A line's opening label "Research interests:" (its interests follow)."""
_GROUP_PLACE = lazy_compile(r"(?i)we(?:\s+are|['’]re)\s+(?:(?:located|based|housed|hosted)(?=\s+(?:in|at)\b)|(?:a\s+)?part(?=\s+of\b)"
                          r"|(?:the|an?)\s+(?:[\w'’-]+\s+){0,6}?(?:lab|laboratory|group|team)\b)"
                          r"(?P<rest>(?:[^.;]|(?<=\bDr)\.|(?<=\bProf)\.){0,240})")
_GROUP_ORG = lazy_compile(r"\b(?:at|in|of|within)\s+(?:the\s+)?(?P<org>(?:[A-Z][\w.&'’-]*\s+){1,4}(?:University|Institute)"
                        r"|(?:University|Institute)\s+of(?:\s+(?:the\s+)?[A-Z][\w.&'’-]*){1,4}"
                        r"(?:\s+at\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?=\s*\())?)")
"""'We are located in Seattle, WA, at the University of X', 'We are part of the Department of Y at X University',
'We are the soil ecology lab (the lab of soil ecology) in the Department of Y at the University of X at Z', 'We are a
group headed by Dr. Ann Lee, part of ... at the University of X, Y (UXY)': the group's (so its head's) university (a
title's stop does not end the sentence; a campus after a comma, its acronym following, is part of the name)."""
_GROUP_WELCOME = lazy_compile(r"(?i)\W*welcome\s+to\s+(?P<rest>[^.;!]{0,240}?\b(?:lab|laboratory|group|team)\b[^.;!]{0,200})")
""""Welcome to the webpage of the University of X's Geodynamics Group, located within ...", "Welcome to the Tide Lab
at the University of X": a group's home page greeting, naming the group's (so its head's) university."""
_ORG_POSSESSIVE = lazy_compile(r"(?P<org>(?:University|Institute)\s+of(?:\s+(?:the\s+)?[A-Z][\w.&-]*){1,4}"
                             r"|(?:[A-Z][\w.&-]*\s+){1,4}(?:University|Institute))['’]s\s")
""""the University of X's group": a university named as the group's owner."""
_ACRONYM = r"[A-Z]{2,}[A-Za-z]*(?:/[A-Z]{2,}[A-Za-z]*)*"
_FELLOW_HONOUR = rf"(?:(?:{_ACRONYM}\s+)+Fellow|Fellow\s+of\s+(?:the\s+)?{_ACRONYM}(?:\s*(?:,|and|&)\s*(?:the\s+)?{_ACRONYM})*)"
_HONOURS_ONLY = lazy_compile(rf"{_FELLOW_HONOUR}(?:\s*[,;]\s*{_FELLOW_HONOUR})*")
"""Fellowships of societies named by their acronyms ("Fellow of CAE, IEEE and IAPR", "IEEE Fellow, ACM Fellow"):
honours a heading writes after its owner's name, no position held."""


def _people_group(text: str) -> bool:
    """A label of a group of a lab's people ("Academic Staff", "PhD Students", as a people page's filter buttons
    name them), no one's position ("Research Staff Member" is one)."""
    words = text.strip(" :：").split()
    return 1 <= len(words) <= 3 and section_kind(text.strip(" :：")) in ("students", "staff") \
        and (words[-1].lower() == "staff" or words[-1].lower().endswith("s"))


_SITE_NOTE = re.compile(r"(?i)^[\W_]*(?:updated|added|revised|uploaded|posted|moved|fixed)\s+(?:the|a|an|my|new|some)\b"
                        r".{0,80}\b(?:page|pages|section|list|site|website|cv|links?)\W*$")
"""A note on what changed on the site ("Updated the Research Projects page."), under its last-updated line."""
_GROUP_VOICE = lazy_compile(r"(?i)^[\W_]*(?:we|we're|we’re|our|us)\b|^[\W_]*(?:(?:currently|now)\s+)?(?:looking\s+for|seeking|"
                          r"recruiting|hiring)\b|^[\W_]*(?:(?:the|a|an)\s+)?(?:[A-Z][\w'’-]*\s+){0,2}(?:lab|group|team)(?:['’]s)?\s+"
                          r"(?:post-?docs?|students?|alumn\w*|members?|fellows?)\b")
"""A line in the group's voice ("We are looking for new graduate students, postdocs ...", "Our postdoc will start
her lab at X University", "Lee lab postdoc will start his lab at X") or a call for applicants: the roles it names are others', never the owner's position."""



_LABELLED_PLACE = lazy_compile(rf"(?i)^\W*(?:{ADDRESS_LABEL}|based in)\s*[:：]\s*(?P<v>\S.*)$")
"""A contact line giving where the owner is after its label (person.ADDRESS_LABEL, or "based in"): "Location:
Inland University, Eastfield"."""


_LABELLED_VALUE = re.compile(r"(?P<label>[^\W\d_][^:：|·•;]{0,30}?)\s*[:：]\s*(?P<v>[^\s|·•;]+)")
"""One "Label: value" pair of a line of them ("ORCID: 0000-0002-1825-0097", "Mastodon: @a@b.org X (aka Twitter):
@ana_roe", pairs set apart by "|" too)."""
_SERVICE_LABEL_TEXT = re.compile(r"(?i)(?P<s>orcid|twitter|x|github|bluesky)(?:\s+i[dD])?(?:\s*/\s*(?:x|twitter))?"
                                 r"(?:\s*\([^()]{0,30}\))?")
"""A label that is a service's name alone ("ORCID iD", "Twitter/X", "X (aka Twitter)"; not "CapyMOA GitHub", a
project's)."""
_SERVICE_ID_FORM = {"orcid": r"\d{4}-\d{4}-\d{4}-\d{3}[\dX]", "twitter": r"@\w{1,15}", "x": r"@\w{1,15}",
                    "github": r"@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})", "bluesky": r"@?[\w-]+(?:\.[\w-]+)+"}
"""What an id of each service looks like written bare (a handle on X with its "@")."""


def service_id(label: str, value: str) -> tuple[str, str] | None:
    """The profile id a service's name and the bare id written after it say (``("ORCID", "0000-0002-1825-0097")``
    -> ``("orcid", "0000-0002-1825-0097")``), read through the address it stands for; None when the label is no
    service's name alone or the value no id of that service (a handle without its "@" on X, an address, a word
    where ORCID's four groups of digits belong).

    >>> service_id("ORCID iD", "0000-0002-1825-0097"), service_id("X (aka Twitter)", "@ana_roe")
    (('orcid', '0000-0002-1825-0097'), ('twitter', 'ana_roe'))
    >>> service_id("Twitter", "ana_roe"), service_id("ORCID", "pending"), service_id("CapyMOA GitHub", "capymoa")
    (None, None, None)
    """
    m = _SERVICE_LABEL_TEXT.fullmatch(label.strip())
    value = value.rstrip(".,")
    if m is None or not re.fullmatch(_SERVICE_ID_FORM[m.group("s").lower()], value):
        return None
    service = m.group("s").lower()
    # (the address it stands for: the one profile-address table; X is Twitter's new name)
    return identifier_from_url(IDENTIFIER_URLS["twitter" if service == "x" else service].format(value.lstrip("@")))


_CONTACT_LABEL = re.compile(r"(?i)e-?\s?mail|mail|contact|phone|tel|telephone|fax|mobile|web|website|homepage|home page|blog")
"""A label of a contact line's other pairs ("Email: ...", "Phone: ...", "Web: ...") beside its profile ids."""


def labelled_ids(line: str, owner_names: list[str] = ()) -> list[tuple[re.Match, tuple[str, str]]]:
    """The profile ids a contact line of "Service: id" pairs gives (each pair and its id, :func:`service_id`), when
    the line is such pairs and nothing else but the owner's name, each under a service's or a contact's label
    ("ORCID: 0000-... | Mastodon: @a@b.org | X: @ana_roe", "Ana Roe | ORCID: ..."). None from a line that names
    someone else ("Our partner: Kim Park | ORCID: ...", "Valley Lab | GitHub: valleylab"): a coauthor's, a lab's.

    >>> [i for _m, i in labelled_ids("ORCID: 0000-0002-1825-0097 | Mastodon: @a@b.org")]
    [('orcid', '0000-0002-1825-0097')]
    >>> labelled_ids("Valley Lab | GitHub: valleylab"), labelled_ids("Partner: Kim | ORCID: 0000-0002-1825-0097")
    ([], [])
    """
    pairs = list(_LABELLED_VALUE.finditer(line))
    rest = _LABELLED_VALUE.sub(" ", line)
    for name in owner_names:
        rest = rest.replace(name, " ") if name else rest
    if not pairs or re.search(r"\w", rest):
        return []
    found = []
    for m in pairs:
        label = m.group("label").strip()
        if (ident := service_id(label, m.group("v"))) is not None:
            found.append((m, ident))
        elif not profile_setting(label) and not _CONTACT_LABEL.fullmatch(label):
            return []  # (a pair that says whose the line is: "Partner: Kim")
    return found


_EMAIL_LABEL = re.compile(r"(?i)^\W*e-?\s?mail(?:\s+address)?\s*[:：]?\s*$")
"""A contact card's label that names the e-mail alone ("📧 Email", "E-mail:", "Email address")."""

def _address_label(text: str) -> bool:
    """Whether a contact section's label names the owner's address ("📍 Address", "Office:", "Mailing address"),
    nothing more."""
    m = ADDRESS_HEADING.search(text) if len(text.split()) <= 4 else None
    return bool(m) and not re.search(r"\w", text[:m.start()] + text[m.end():])

_PROFILE_LABEL_WORDS = frozenset("my his her our the and or also see profile page account id on at is here".split())


_HOME_HREF = re.compile(r"(?i)(?:\.{0,2}/)*(?:(?:index|default|home)\.(?:html?|php|asp))?")
"""A link to the site's home page ("/", "./", "index.htm"): a picture it shows may be the owner's."""


def _pictures_a_link(img, owner_names) -> bool:
    """Whether a picture is what a link to another page shows (``<a href="https://x.github.io/sna-book/"><img
    src="cover.png" alt="Cover 1"></a>``, a book's cover, a project's or a course's thumbnail): no portrait of the
    owner; a picture linking to itself in full size (``href="me-large.jpg"``) or to the home page (``href="/"``),
    whose ``alt`` names the owner ("Ann Lee") or that links to the owner's page elsewhere may be."""
    a = next(img.iterancestors("a"), None)
    href = (a.get("href") or "").strip() if a is not None else ""
    if not href or href.startswith(("#", "mailto:")) or _HOME_HREF.fullmatch(href) or IMAGE_FILE.search(href):
        return False
    owner = {w for n in owner_names if n for w in re.findall(r"[^\W\d_]{2,}", fold(n))}
    # (a picture named for the owner, or linking to a page of the owner's, "https://uni.example/team/dr-ann-lee",
    # its path naming them, may be the portrait: the address's host is anyone's, "ann-lee.github.io/sna-book/")
    path = re.sub(r"(?i)^[a-z][\w+.\-]*://[^/]*", "", href)
    named = set(re.findall(r"[^\W\d_]{2,}", fold(img.get("alt") or ""))) | {
        w for w in re.findall(r"[^\W\d_]{3,}", fold(path)) if w in owner}
    return not owner & named


def anchor_words(a) -> str:
    """What a link says it is: its words, its ``title``, ``aria-label``, its pictures' ``alt`` and its icons' names
    (``<a aria-label="Instagram"><svg>``, ``<i class="fab fa-mastodon">``), for :func:`~..common.profile_page`."""
    return " ".join([link_text(a), a.get("title") or "", a.get("aria-label") or "",
                     *(img.get("alt") or "" for img in a.iter("img")), *sorted(service_icons(a))])


def link_profile_page(url: str, a) -> str | None:
    """The site a link ``a`` to ``url`` is the owner's page on (Instagram, Mastodon...), as its address, its words
    (:func:`anchor_words`) and its ``rel`` say: :func:`~..common.profile_page` over the link (the one call of every
    reader of a page's links)."""
    return profile_page(url, anchor_words(a), a.get("rel") or "")


def _profile_links_line(s: Seg, ctx) -> bool:
    """Whether a line holds only links to the owner's research profiles and the words that name them ("My google
    scholar : <a>Google Scholar - liu</a> and ORCID : <a>orcid.org/0000-...</a>"): its ids are all it says."""
    anchors = s.anchors()
    kinds = [identifier_from_url(abs_url(a.get("href"), ctx) or "") for a in anchors]
    whole = fold(s.text)
    if not anchors or not all(kinds) or not all(any(w in whole for w in re.split(r"[_\s]+", k[0])) for k in kinds):
        return False  # (each link's service named: "[Cell analyzer](github.com/x/y/blob/a.py)" is a program, no profile)
    rest = whole
    for a in anchors:
        label = fold(link_text(a))
        rest = rest.replace(label, " ") if label else rest
    named = {w for k in kinds for w in re.split(r"[_\s]+", k[0])} | {"google"}
    return all(w in _PROFILE_LABEL_WORDS or w in named for w in re.findall(r"[^\W\d_]+", rest))


def _service_link(s: Seg, text: str) -> bool:
    """Whether a line is one link whose words name a web service ("Facebook", "LinkedIn", "YouTube") and which is
    drawn as an icon (the label of a profile's icon in a template's row of icons: ``<a class="icon brands
    fa-facebook-f"><span class="label">Facebook</span></a>``), a link to the owner's account there, no workplace
    (a plain link "[Facebook](https://about.facebook.com)" under a post names the employer)."""
    return re.sub(r"[\s_-]+", "", fold(text)) in PROFILE_SETTINGS and any(
        link_text(a) == text and (service_icons(a) or any(c == "icon" or ICON_GLYPH.match(c) for c in classes_of(a)))
        for a in s.anchors())


_SCHOOL_NAME = lazy_compile(r"[A-ZÀ-ÖØ-Þ][\w&'’.\-]*(?:\s+(?:(?:of|the|and|de|del|di|du|des)\b|&|[A-ZÀ-ÖØ-Þ][\w&'’.\-]*)){0,5}")
"""A school's bare name on a line of its own ("SUSTech", "Tarnby Tech", "École Polytechnique", "Universitat de X"),
with ``fullmatch``: capitalised words, no digits, no sentence."""


def _advisor_line(text: str) -> bool:
    """A line labelled as naming an advisor, whatever symbol opens it ("🤝 Advisor: Prof. Jo Bell")."""
    return bool(ADVISOR_LABEL.match(re.sub(r"^[\W_]+", "", norm(text))))


_STUDENT_POST = lazy_compile(
    r"\s*(?:student|candidate)(?:\s+(?:in|of))?\s+(?P<field>[^\W\d][^,;()]{1,60}?),\s*"
    r"(?P<inst>[^\W\d][^,;()]{1,80}?)\s*(?:\((?P<dates>[^()]{1,60})\))?\s*\.?\s*$")
"""The rest of a line naming a degree's student post ("student in Economics, Lakeside University (2016 - 2021)")."""


def degree_row_texts(cells: list[str]) -> Education | None:
    """A table row of the owner's career (its cells' texts) one of whose cells names a degree ("Ph.D. in Geology",
    no job in it) and another a place, or the degree's cell names its place too: that degree, read with the place
    and the years of the other cells."""
    texts = [t.strip(" ,;|*_") for t in cells]
    degrees = [t for t in texts if DEGREE_RX.match(t) and not JOB_WORDS.search(t) and len(t.split()) <= 10]
    if len(degrees) != 1:
        return None
    rest = [t for t in texts if t and t != degrees[0]]
    years = [t for t in rest if YEAR.search(t) and len(t.split()) <= 4]
    places = [t for t in rest if t not in years]
    if not places and years:
        # "| 2021-2024 | Ph.D. Computer Engineering, Hill University (GPA: 3.9/4.0) |": the degree's cell names its
        # place too (the other cells only when)
        ed = education_from(", ".join([degrees[0], *years]))
        return ed if ed is not None and ed.institution and ed.institution != ed.degree else None
    if not places or not any(ORG_RX.search(t) for t in places):
        return None
    ed = education_from(", ".join([degrees[0], *places, *years]))
    return ed if ed is not None and ed.institution else None


def _student_post(t: str) -> Education | None:
    """A line of a biography's posts that is a degree's student post ("Ph.D. student in Economics, Lakeside
    University (2016 - 2021)", "Master student Civil Engineering, Hill College (2013 - 2015)"): that degree, its
    field, the place and the last year of the dates (none while the dates are open, "(2021 - present)": the
    degree is not earned yet); None for any other line."""
    deg = DEGREE_RX.match(t.strip())
    m = _STUDENT_POST.fullmatch(t.strip()[deg.end():]) if deg else None
    if m is None or JOB_WORDS.search(m.group("inst")) or not re.search(r"[A-ZÀ-Þ]", m.group("inst")):
        return None
    dates = m.group("dates") or ""
    year = None if OPEN_RANGE.search(dates) or re.search(r"[-–—~]\s*$", dates) else find_year(dates)
    return Education(degree=deg.group(0), field=m.group("field").strip(), institution=m.group("inst").strip(),
                     year=year)


_SPAN_ALONE = re.compile(rf"(?i)\s*(?:19|20)\d\d\s*[-–—]\s*(?:(?:19|20)\d\d|{NOW_WORDS})\s*")
"""A line that is a timeline's years and nothing else ("2014 - 2016", "2016 - heute")."""
_DATED_LEAD = lazy_compile(rf"(?i)\s*(?:19|20)\d\d(?:\s*[-–—]\s*(?:(?:19|20)\d\d|{NOW_WORDS}))?"
                         r"(?:\s*[:：|]\s*|\s+(?=[^\W\d_]))")
"""A timeline line's date before what it says ("2016: Ph.D. in X, Y University", "2016 - 2022 | Lecturer, Z", or set
off by spaces alone: "2011-2013  Hill University, Master in Geology")."""


def _degree_line(t: str) -> Education | None:
    """A line of the owner's card or bio that opens with a degree, or with its year and then the degree, and names
    no job ("Ph.D. in Statistics, Laval University (2024)", "2009: B.S. in Economics, Loras College"): that
    degree; a dated line may name the place first ("2011-2013  Hill University, Master in Geology", a vita's
    entry)."""
    lead = _DATED_LEAD.match(t)
    if JOB_WORDS.search(t):
        return None
    if DEGREE_RX.match(t[lead.end():] if lead else t):
        return education_from(t)
    if lead and (place_first := re.match(r"[^,;]{3,80},\s*(?=\S)", t[lead.end():])) \
            and DEGREE_RX.match(t[lead.end() + place_first.end():]) and ORG_RX.search(place_first.group(0)):
        return education_from(t)
    body = t[lead.end():] if lead else t
    if (fld := _FIELD_BEFORE_DEGREE.match(body)) and (deg := DEGREE_RX.match(body, fld.end())) \
            and re.match(r"\s*(?:[|,;·•]|$)", body[deg.end():]) and not ORG_RX.search(fld.group("f")) \
            and _field_not_name(fld.group("f")):
        # (not "Jane Roe PhD, Hill University": a person's name before the degree, a student's line)
        # "Psychology M.Sc. | 2013-2016 | Hill University": the field, then its degree, then the other pieces (as
        # "M.Sc. in Psychology | ...")
        return education_from(f"{deg.group(0)} in {fld.group('f')}{body[deg.end():]}")
    return None


def _field_not_name(words: str) -> bool:
    """Whether the capitalised words before a degree name its field, not a person ("Psychology", "Sociology and
    Sinology", "Computer Science"; not "Jane Roe" nor "Xiaoyu Zhang", a student's line on a lab's page): one word, or
    words joined by "and", or holding a field's word; never opening with a known given name but for a field's word."""
    if _FIELD_WORD.search(words):
        return True
    return not known_given(words.split()[0]) and (
        len(words.split()) == 1 or re.search(r"\s(?:and|und|et|y|e|&)\s", words) is not None)


_FIELD_BEFORE_DEGREE = re.compile(r"[\s*_]*(?P<f>[A-ZÀ-Þ][^\W\d_]+(?:\s+(?:and|und|et|y|e|&|[A-ZÀ-Þ][^\W\d_]+)){0,4})"
                                  r"[\s*_]+(?=\S)")
"""The field a degree line names before its degree ("Psychology M.Sc.", "Sociology and Sinology B.A."): capitalised
words (a joining word between), the degree after them."""


_FACT_BREAK = re.compile(r"\s+[·•|]\s+|(?<=\w);\s+")
"""What separates the facts of a line of them under the name ("Assistant Professor in X · University of Y; Adjunct
Professor at Z"): a dot or bar set off by spaces, or a semicolon (the line is read as facts when it has a dot or a
bar)."""


_SECOND_POST = lazy_compile(r"(?i)^(?P<first>.+?)\s+and\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?"
                          r"(?:director|chair|head|coordinator|dean)$")
"""A position read with a second one the owner holds beside it ("Associate Professor and the Director"): the first."""


def _sections_menu(seg: Seg) -> bool:
    """A line of links (:func:`~.runs.menu_line`) most of which name the site's sections ("[Home] [People]
    [Research] [Publications]"): the site's menu, no workplace ("Northfield University | Chemical Engineering", a
    header's links to the places, is one)."""
    if not menu_line(seg):
        return False
    texts: dict[int, str] = {}
    for r in seg.runs:
        if r.anchor is not None:
            texts[id(r.anchor)] = texts.get(id(r.anchor), "") + r.text
    labels = [label for t in texts.values() if (label := norm(t).strip(" []|"))]
    named = sum(1 for x in labels if x.lower() == "home" or section_kind(x))
    return 2 * named > len(labels)


_SECTION_LABEL_CLASS = re.compile(r"kicker|section-?title|section-?label|stat-?label")
"""A class naming an element the label of a part of the page ("section-kicker", "home-section-title") or of a
number it shows ("<div class=stat-label>Research Roles</div>" under "4+"); not an "eyebrow", which themes set
over the name with the owner's position or tagline."""


def interface_label(seg: Seg) -> bool:
    """A line that labels the page rather than says anything of its owner: buttons or links to places on the page
    ("<a class=button href=#research>See our research</a>"), a breadcrumb ("[Home] Research"), or a styled label
    of one of the page's own sections ("<div class=section-kicker>About</div>") or of a number it shows."""
    worded = [r for r in seg.runs if re.search(r"[^\W_]", r.text)]
    if not worded:
        return False
    if all(r.anchor is not None and ((r.anchor.get("href") or "").startswith("#") or button_link(r.anchor))
           for r in worded):
        return True
    if all(any(_SECTION_LABEL_CLASS.search(c) for c in r.classes) for r in worded):
        return True
    first = worded[0]
    rest = norm(" ".join(r.text for r in worded[1:]))
    return first.anchor is not None and norm(first.text).lower() == "home" and bool(rest) \
        and len(rest.split()) <= 3 and section_kind(rest) is not None


class PersonReader:
    _ids_block = False  # the block read now is "Service: id" pairs alone (:func:`labelled_ids`)

    # --- person from the header / bio / contact
    def _someone_elses_profile(self, a, named_apart: bool = True) -> bool:
        """A profile link on the name of someone other than the owner ("co-advised by [Chao Xu](dblp...)",
        "- [Ana Roe](https://orcid.org/...), Professor at X" in a list of collaborators): that person's, none of the
        owner's (``named_apart``: the name is not one the owner's shares words with, or the text around it tells
        the people apart)."""
        label = link_text(a)
        return bool(label and len(label.split()) >= 2 and name_like(label) and not SITE_LABEL.search(label)
                    and named_apart and not any(same_name(label, n) for n in self.ctx.owner_names if n)
                    and identifier_from_url(abs_url(a.get("href"), self.ctx) or ""))

    def read_person_links(self, b: Block, segs: list[Seg]) -> None:
        for a in self.r.block_anchors(b):
            if self._someone_elses_profile(a):
                continue  # "- [Ana Roe](https://orcid.org/...), Professor at X" under "Collaborators": hers
            if self._person_anchor(a, only_ids=True) and a.sourceline and not link_text(a):
                self.r.use([a.sourceline])
        for s in segs:
            if _profile_links_line(s, self.ctx):
                self.r.use(s.lines)  # "My google scholar : <a>...</a> and ORCID : <a>...</a>": the ids, read


    def _person_anchor(self, a, only_ids: bool = False) -> bool:
        href = (a.get("href") or "").strip()
        if not href:
            return False
        if href.lower().startswith("mailto:"):
            addr = mailto_address(a)
            if not only_ids and self.person["email"] is None and addr:
                self.person["email"] = addr
                return True
            return not only_ids and addr is not None and self.person["email"] == addr
        url = abs_url(href, self.ctx)
        if not url:
            return False
        ident = identifier_from_url(url)
        if ident:
            self.identifiers.setdefault(ident[0], ident[1])
            return True
        page = link_profile_page(url, a)
        if page:
            self.links.setdefault(page, url)  # ("<a href=https://mas.to/@ann>Mastodon</a>", an Instagram icon)
            return True
        if only_ids:
            return False
        label = fold(label_of(a) or a.get("title") or a.get("aria-label") or " ".join(
            img.get("alt") or "" for img in a.iter("img")))
        if re.fullmatch(r"(?:personal\s+)?(?:website|web\s*site|homepage|home\s*page|blog\s+and\s+website)", label) \
                and self.person["homepage"] is None and url.startswith("http"):
            self.person["homepage"] = url  # "[![Website](badge)](https://me.dev)"
            return True
        if label in ("cv", "resume", "curriculum vitae", "vita", "résumé") or re.search(r"\b(cv|resume|vita)\b", label):
            self.links.setdefault("cv", url)
            return True
        if label in ("blog",):
            self.links.setdefault("blog", url)
            return True
        article = re.match(r"https?://[a-z\-]+\.(?:m\.)?wikipedia\.org/wiki/([^?#/]+)$", url)
        if article and any(same_name(unquote(article.group(1)).replace("_", " "), n)
                           for n in self.ctx.owner_names if n):
            self.links.setdefault("wikipedia", url)  # the encyclopedia's article on the owner (its title their name)
            return True
        m = re.fullmatch(r"(?:my |our |the )?(lab|laboratory|group|research group)(?: web ?site| web ?page| home ?page|"
                         r" page| site)?", label)
        if m:
            # "Lab Website" on a faculty profile: the group's page, not an affiliation named "Lab Website"
            self.links.setdefault("lab", url)
            return True
        return False

    def _head_card(self, b: Block, segs: list[Seg]) -> bool:
        """A lab page's card of its head, before any section: a photo beside a bold name alone on its line
        ("<img> <b>Lena Voss</b><br>Professor<br>University of X"), while no name of the owner is known yet."""
        if self.person_name or not segs:
            return False
        first = segs[0]
        if len(first.text.split()) > 4 or not majority(first, "bold") or name_candidate(first.text) is None:
            return False
        return self.r.pictured(b)

    def interests_lead_list(self, b: Block, segs: list[Seg], sec: str | None) -> bool:
        """"Topics I am interested in:" over "- Causal inference" / "- Complex systems": each item one topic (its
        words before an aside in brackets or an "e.g."), the list's lines and the lead read. Whether the block was
        an item of such a list (or, under a heading kg has no word for, ``sec`` "other", the lead itself)."""
        lead, self._interests_lead = self._interests_lead, None
        if lead is not None and b.is_list_item and sec in (None, "bio", "other") and b.heading == lead[0] and segs:
            text = norm(" ".join(s.text for s in segs))
            topic = re.split(r"\s*(?:\(|\[|,\s*e\.g\.|:\s|;\s)", text)[0].strip(" .:;,")
            if topic and len(topic.split()) <= 12 and not YEAR.search(topic):
                self.add_interests([topic])
                self.r.use(seg_lines(segs) | set(lead[1]))
                self._interests_lead = lead
                return True
        if sec == "other" and len(segs) == 1 and not b.is_list_item \
                and _INTERESTS_LEAD_SENTENCE.fullmatch(norm(segs[0].text)):
            # (under a heading that is a question of the owner's research: "# Does X govern Y?")
            self._interests_lead = (b.heading, list(segs[0].lines))
            return True
        return False

    def milestone_degree(self, b: Block, segs: list[Seg]) -> Education | None:
        """The degree a table row of the owner's milestones names, read from the block of the row or of the cell
        that names the degree (a row's cells may each be a block): None for any other block."""
        if b.el is None or tag_of(b.el) not in ("tr", "td", "th") or not segs:
            return None
        row = b.el if tag_of(b.el) == "tr" else b.el.getparent()
        if row is None or tag_of(row) != "tr":
            return None
        if tag_of(b.el) != "tr" and not DEGREE_RX.match(norm(" ".join(itertext(b.el))).strip(" ,;|*_")):
            return None  # (the row is read once, from its degree's cell; asked first: every other cell is no row)
        cells = [norm(" ".join(itertext(c))) for c in row if tag_of(c) in ("td", "th")]
        return degree_row_texts(cells) if len(cells) >= 2 else None

    def read_person(self, b: Block, segs: list[Seg], sec: str | None) -> None:
        if self.interests_lead_list(b, segs, sec):
            return
        if (b.kind == "heading" or b.el is not None and tag_of(b.el) in HEADING_TAGS) and LAB_ROLE.fullmatch(norm(b.text).strip(" :：")):
            # "## Principal Investigator" over the grants a CV lists: what the owner is on those grants, a heading
            # over them, no post held (as a members file's "role: PI" is none, and a sub-heading of one over places)
            return
        if self.group_page and sec is None and not self._card:
            self._card = self._head_card(b, segs)  # (the lines after a head's card, to the first heading, are theirs)
            if not self._card:
                return  # a lab's page: the tagline, "We are ..." and the links of its header are the lab's, not its PI's
        r = self.r
        # images: the first real photo in the header is the person's
        if sec in (None, "bio") and self.person["image"] is None:
            for img in r.block_imgs(b):
                src = img.get("src") or img.get("data-src") or ""
                alt = (img.get("alt") or "") + " " + src
                if re.search(r"e-?mail|mail\.|icon|logo|\.svg|favicon|badge|button|arrow|spacer|komarev|ghpvc|visitor|"
                             r"counter|shields\.io|readme-stats|profile.views", alt, re.I) \
                        or _pictures_a_link(img, self.ctx.owner_names):
                    continue
                url = abs_url(src, self.ctx)
                if url:
                    self.person["image"] = url
                    break
                if src.strip() and img.sourceline and not re.match(r"^\s*(?:[a-z][a-z0-9+.-]*:|//)", src, re.I):
                    # the owner's photo at a relative address the page does not place (no site address, no
                    # --base-url): markup is ignored, but this line holds data kg could not keep
                    r.doc.ignored.discard(img.sourceline)
                    break
        anchors_used = set()
        # prose, or a line naming advisors or hosts: a profile link on a name there is that person's
        long_text = sum(len(s.text.split()) for s in segs) >= 15 or any(
            re.search(r"(?i)\b(?:advis|supervis|mentor|collaborat|co-?author|hosted by)", s.text) for s in segs)
        owner_words = {w for n in self.ctx.owner_names if n for w in re.findall(r"[^\W\d_]+", fold(n))}
        for a in r.block_anchors(b):
            label = link_text(a)
            if self._someone_elses_profile(a, long_text or not set(re.findall(r"[^\W\d_]+", fold(label or "")))
                                           & owner_words):
                # "co-advised by [Chao Xu](dblp...)" in prose, "theme by [Ann Lee](https://github.com/alee)": a
                # profile link on the name of someone who shares no name with the owner is theirs
                continue
            prev = a.getprevious()
            if prev is not None and prev.tag == "a" and not (prev.tail or "").strip(" ,;|/·-–") and \
                    SITE_LABEL.search(label or "") and (other := link_text(prev)) and len(other.split()) >= 2 \
                    and name_like(other) and not SITE_LABEL.search(other) \
                    and not any(same_name(other, n) for n in self.ctx.owner_names if n):
                # "Visiting researcher with [Ana Roe](her page) [(Google Scholar)](scholar...)": the profile
                # link right after another person's linked name is that person's
                continue
            if self._person_anchor(a):
                anchors_used.add(a)
                if a.sourceline and not link_text(a):
                    r.use([a.sourceline])  # an icon link: its line holds only the link
        if sec in (None, "bio", "experience") and (ed := self.milestone_degree(b, segs)) is not None:
            # "| 2018-2020 | Inland University | M.Sc. in Geology |" in a table of the owner's milestones: a row
            # whose cell names a degree is that degree, earned at the place another cell names (no workplace)
            self.add_education(ed)
            for x in segs:
                r.use(x.lines)
            return
        # a block of "Service: id" pairs and nothing else ("ORCID: ... <br> X: @ana_roe"): the owner's ids; a block
        # that also names whose they are ("Partner: Kim Park | ORCID: ...", "Valley Lab | GitHub: ...") gives none
        self._ids_block = sec in (None, "bio", "contact") and any(":" in x.text or "：" in x.text for x in segs) \
            and bool(labelled_ids(" | ".join(norm(x.text) for x in segs), self.ctx.owner_names))
        interests_label = False  # the segment before was a "Research Interests" label alone: this one lists them
        address_label = False  # a segment before was an "Address" label alone: the lines after it are the address
        # (a line naming a position after the degree's, "Former Research Intern @ X", is no part of the degree)
        card = segs[:1] + list(takewhile(lambda x: not JOB_WORDS.search(x.text) or _advisor_line(x.text), segs[1:]))
        if len(card) >= 2 and sec in (None, "bio") and DEGREE_RX.match(norm(card[0].text)) \
                and not JOB_WORDS.search(card[0].text) and (
                    any(ORG_RX.search(x.text) for x in card[1:]) and (ed := education_from(
                        ", ".join(norm(x.text).strip(" ,") for x in card))) and ed.institution
                    or _SCHOOL_NAME.fullmatch(norm(card[1].text).strip()) and len(card) <= 5
                    and any(YEAR.search(x.text) for x in card[2:]) and (ed := education_from(
                        ", ".join(norm(x.text).strip(" ,") for x in card), school_only=True)) and ed.institution):
            # "<b>Ph.D.</b> (2006 - 2014)<br>Dept. of X,<br>Institute of Y,<br>City." among the posts of a biography:
            # a degree over several lines, where it was earned below it, no workplace (an education card's
            # "B.Eng. in X" over the school's bare name, "Tarnby Tech", and its years is one too)
            self.add_education(ed)
            # "... <div>Advisor: Prof. Jo Bell</div>": the card's line naming who advised that degree
            add_advisors(self.advisors, [n for x in card if _advisor_line(x.text) for n in advisors_in(norm(x.text))])
            for x in card:
                r.use(x.lines)
            segs = segs[len(card):]
            if not segs:
                return
        for s in segs:
            if s.legend:
                continue
            if interests_label:
                interests_label = False
                text = norm(s.text)
                head, _, rest = text.partition(":")
                items = [head.strip(), *interest_list(rest)] if rest.strip() and len(head.split()) <= 4 \
                    else interest_list(text)
                if items and not YEAR.search(text):
                    # "<b>Research Interests</b><br>Computational mathematics: data assimilation, manifold
                    # learning.": the topics under the label (a field and its topics after its colon)
                    self.add_interests(items)
                    r.use(s.lines)
                    continue
            if _INTERESTS_LABEL.fullmatch(norm(s.text)):
                interests_label = True
                r.use(s.lines)
                continue
            if s is segs[-1] and sec in (None, "bio") and _INTERESTS_LEAD_SENTENCE.fullmatch(norm(s.text)):
                # "My current research interests in a nutshell:" closing its paragraph: the list below names them
                # (read there; the line stays listed when no list follows)
                self._interests_lead = (b.heading, list(s.lines))
                continue
            if interface_label(s):
                r.use(s.lines)  # a button's, a breadcrumb's or a section's label: read, and no position or workplace
                continue
            if sec is None and _labels_other_section(s):
                continue  # "***AGU UPDATES*** Group presentations to conferences": a bold label heads a list, no fact
            cite = AUTHORS_YEAR_QUOTED.match(s.text) if sec is None and not self._personish(b) else None
            if cite and (author_score(cite.group("a"), self.ctx.owner_names) >= 0.3
                         or uninvert_authors(cite.group("a")) is not None):
                continue  # 'Oakes E (1992), "Metarules", In ...': a citation before any heading is no fact of a person
            # the text of the segment without the links already read (Email / CV / Scholar); in prose a link's
            # words are part of the sentence ("with total <a href=scholar>google scholar citations</a>")
            # (or, in any language, a link taken standing inside the sentence, words on both its sides: "... veja meu
            # [Curriculo Lattes], ou então acesse ...")
            in_prose = len(s.text.split()) >= 15 and bool(FIRST_PERSON.match(s.text) or _SENTENCE_STOP.search(s.text)
                                                          or any(s.runs[i].anchor in anchors_used
                                                                 and len(s.raw[:x].split()) >= 3
                                                                 and len(re.findall(r"\w{2,}", s.raw[y:])) >= 2
                                                                 for i, (x, y) in enumerate(s.spans)))
            content = norm("".join(s.raw[x:y] if s.runs[i].anchor not in anchors_used or in_prose else " "
                                    for i, (x, y) in enumerate(s.spans)))
            if in_prose:
                content = re.sub(r"\s+([.,;:!?])", r"\1", content)
            took = any(a in anchors_used for a in s.anchors())
            if not content or separators_only(content):
                if took:
                    r.use(s.lines)
                continue
            n_words = len(content.split())
            if sec == "bio" and n_words <= 20 and (ed := _student_post(content)) is not None:
                # "Ph.D. student in Economics, Lakeside University (2016 - 2021)" among the posts of a short
                # biography: a degree studied for, where, and until when
                self.add_education(ed)
                r.use(s.lines)
                continue
            prose = n_words >= 15 or (sec == "bio" and n_words >= 6) or (
                n_words >= 6 and sec is None and bool(FIRST_PERSON.match(content)))
            if prose and n_words <= 24 and not content.rstrip().endswith(".") and all(
                    len(p.split()) <= 6 for p in _FACT_BREAK.split(content)) and re.search(r"\s[·•|]\s", content):
                prose = False  # "PhD Candidate · Quantitative Foundations · University of Iowa" under "About": facts
            line_degree = not prose and n_words <= 24 and bool((ed := _degree_line(content)) and ed.institution)
            # ("Psychology M.Sc. | 2013-2016 | Hill University": one degree's line, the stop of its short form no
            # sentence's end)
            parts = sentences(content) if not prose and not line_degree else [content]
            if not prose and n_words <= 24 and not line_degree:
                # "PhD student at X · robotics · reinforcement learning": a header line of separate facts (not
                # "B.S. in Physics · Inland University · 2012", one degree's pieces)
                parts = [q for p in parts for q in _FACT_BREAK.split(p) if q.strip()]
            n_affs = len(self.affiliations)
            before_edu = {id(e) for e in self.education}
            if len(parts) > 1 and all(len(p.split()) <= 12 for p in parts):
                results = [self._person_text(p.strip(" ."), s, sec) for p in parts]
                took = any(results) or took
                if self.person["job_title"] and any(results[:1]):
                    rest = [p.strip(" .") for p, ok in zip(parts, results) if not ok]
                    if rest and all(re.fullmatch(r"[a-z][a-z0-9\- ]*", p) and len(p.split()) <= 4 for p in rest):
                        self.add_interests(rest)  # the topics after one's position
            else:
                took = self._person_text(content, s, sec) or took
            for i, aff in enumerate(self.affiliations):
                if aff.url is None:
                    for a in s.anchors():
                        label = fold(link_text(a))
                        url = abs_url(a.get("href"), self.ctx)
                        # "[Lumen AI](https://...)"; "I joined [MEGVII](https://megvii.com/)" for "Megvii (Face++) Research"
                        if label and url and not identifier_from_url(url) and (label == fold(aff.name) or (
                                i < n_affs and len(label) >= 4 and fold(aff.name).startswith(label + " "))):
                            self.affiliations[i] = aff.model_copy(update={"url": url})
                            break
            for i, ed in enumerate(self.education):
                if id(ed) in before_edu or ed.url is not None or not ed.institution:
                    continue
                for a in s.anchors():
                    url = abs_url(a.get("href"), self.ctx)
                    if url and fold(label_of(a)) == fold(ed.institution) and not identifier_from_url(url):
                        self.education[i] = ed.model_copy(update={"url": url})  # "PhD at [Peking University](...)"
                        break
            if sec == "contact" and address_label and content.rstrip().endswith((":", "：")) \
                    and not _address_label(content):
                address_label = False  # "Phone:" after the address's lines: another label, its own lines
            if not took and sec == "contact" and (address_label or _address_label(b.group_label or "")) \
                    and n_words <= 16 and not re.search(r"@|https?:|(?i:\b(?:phone|tel|fax)\b)", content) \
                    and not content.rstrip().endswith((":", "：")) and not _PHONE_NUMBER.fullmatch(content):
                # "Contact" > "Address" over its lines ("Yonsei-ro 50-1, Seodaemun-gu"): where the owner is, written
                # in words no street pattern knows
                loc = content.strip(" ,;")
                self.person["location"] = f"{self.person['location']}, {loc}" if self.person["location"] else loc
                took = True
            elif not took and sec == "contact" and _address_label(content):
                address_label = took = True  # "📍 Address" alone over the lines of a contact card
            elif not took and sec == "contact" and (labelled := _LABELLED_PLACE.match(content)) \
                    and n_words <= 24 and not re.search(r"@|https?:|(?i:\b(?:phone|tel|fax)\b)", content):
                # "**Location:** Inland University, Eastfield, Norway *(Open to offers)*" in a contact list: where
                # the owner is, after its label on the same line (the remark in parentheses no part of it)
                loc = re.sub(r"\s*\([^()]*\)\s*$", "", labelled.group("v")).strip(" ,;.")
                if loc and self.person["location"] is None:
                    self.person["location"] = loc
                took = bool(loc)
            if took:
                r.use(s.lines)
        if sec == "contact":
            for s, below in zip(segs, segs[1:]):
                if _EMAIL_LABEL.fullmatch(norm(s.text)) and below.lines and all(n in r.doc.used for n in below.lines) \
                        and (find_email(below.text) or any((a.get("href") or "").lower().startswith("mailto:")
                                                          for a in below.anchors())):
                    # "📧 Email" alone over the address kg read (a contact card's label): the label of that fact
                    r.use(s.lines)

    def _span_over(self, aff: Affiliation, s: Seg) -> None:
        """The years of a timeline's line alone (or of the heading it opens) right over the place's line, given to it."""
        if (span := self._pending_span) and s.lines and 0 <= min(s.lines) - span[2] <= 4:
            aff.start_year, aff.end_year = span[0], span[1]
            aff.current = aff.end_year is None

    def _owner_subject(self, before: str) -> bool:
        """Whether the words of a sentence ``before`` its verb are the owner ("I", "She", "Dr. Jane Roe", a name
        alone where the page has named no owner yet): not someone else the page speaks of ("My former student Tom
        Vik", "Congratulations to Tom Vik, who")."""
        subject = re.split(r"(?<=[.!?])\s+(?=[A-Z])", before.strip())[-1].strip()
        if re.fullmatch(r"(?i)I|she|he|they", subject):
            return True
        owner = {w for n in self.ctx.owner_names if n for w in re.findall(r"[^\W\d_]{2,}", fold(n))}
        if not owner:  # (the owner not named yet: a name alone, "Dr. Jane Roe", is the page's own)
            return bool(subject) and all(w[0].isupper() for w in subject.split())
        return bool(owner & set(re.findall(r"[^\W\d_]{2,}", fold(subject))))

    def _person_text(self, t: str, s: Seg, sec: str | None) -> bool:
        if placeholder_text(t):
            return True  # the theme's note to the site's author: nothing of the owner's, nothing left unread
        if _SPAN_ALONE.fullmatch(t) and s.lines and norm(s.text).lstrip().startswith(t.strip()):
            # "<h4>2014 - 2016 | Professor</h4><p>Hill University</p>": a timeline's years set apart over the place's
            # line; the places named right under them were held then (a past post, no current affiliation). Only
            # years that open their line: "Role | Place | 2016-2022" dates its own place, not the next line's
            years = [int(y) for y in YEAR.findall(t)]
            self._pending_span = (years[0], years[1] if len(years) > 1 else None, max(s.lines))
            return False
        words = t.split()
        took = False
        if self.person_name and (head := re.match(
                r"\s*" + r"\s+".join(map(re.escape, self.person_name.split())) + r"(?:\s*\([^()]{1,40}\))?\s*[,;]\s*", t)) \
                and _HONOURS_ONLY.fullmatch(t[head.end():].strip(" .")):
            # "Jo Roe (乔), Fellow of CAE, IEEE and IAPR": the heading's name and the owner's honours, no position (the
            # name in another script in brackets is read as the name line's)
            c = name_candidate(head.group(0).strip(" ,;"))
            for a in ([c[0], *c[1]] if c else []):
                if a not in self.alt_names and a != self.person_name:
                    self.alt_names.append(a)
            return True
        if self.person_name and (named := re.match(
                r"\s*" + r"\s+".join(map(re.escape, self.person_name.split())) + rf"\s*(?:[{CJK_CHARS}]{{1,6}}\s*)?"
                r"[(（](?P<d>[^()（）]{4,120})[)）]\s*$", t)) and (ed := _degree_line(named.group("d").strip())):
            # "Jo Roe 乔 (Ph.D. Hill University, 2008)": the heading's name, the owner's doctorate after it
            self.add_education(ed)
            return True
        if _HONOURS_ONLY.fullmatch(t.strip(" .")):
            return True  # "Fellow of IET/BCS" on a line of its own under the name: honours, no position held
        # the name itself
        if self.person_name:
            label = _LINE_LABEL.match(t)
            # "PI: Ana Ruiz": the owner's name after a lab head's label
            c = name_candidate(t[label.end(1):].lstrip(" :：") if label and (
                role_only(label.group(1)) or HEAD_ROLE.fullmatch(label.group(1))) else t)
            if c and (same_name(c[0], self.person_name) or any(same_name(a, self.person_name) for a in c[1])):
                for a in [c[0], *c[1]]:
                    if a not in self.alt_names and a != self.person_name:
                        self.alt_names.append(a)
                # "山田 太郎 (Taro Yamada)" above the papers of an owner named in Japanese: the papers' authors
                # name the owner in the other script
                self.ctx.owner_names = [self.person_name, *self.alt_names]
                return True
        else:
            c = name_candidate(t) if len(words) <= 6 and sec is None and (majority(s, "bold") or any(
                "name" in " ".join(r.classes) for r in s.runs)) and not any(
                (a.get("href") or "").startswith("#") and norm(label_of(a)) == norm(t) for a in s.anchors()) \
                else None  # (not "**[Quick Start](#quick-start) · [Usage](#usage)**": the page's own contents)
            if c:
                self.person_name, self.alt_names = c[0], c[1]
                self.ctx.owner_names = [c[0], *c[1]]
                return True
            nick = _SELF_INTRO_NICKNAME.search(t) if sec in (None, "bio") and not self.bio else None
            named, nicknamed = name_variants(nick.group("n")) if nick else (None, [])
            if nick and nicknamed and name_like(named):
                self.person_name, self.alt_names = named, nicknamed
                self.ctx.owner_names = [self.person_name, *self.alt_names]
            m = (_SELF_INTRO.search(t) or _BIO_SUBJECT.match(t)) if sec in (None, "bio") and not self.bio \
                and not nick else None
            if m is None and sec in (None, "bio") and not self.bio and has_cjk(t):
                m = next((c for c in _SELF_INTRO_CJK.finditer(t) if _cjk_intro_name(c)), None)
            if m and not role_only(m.group("n")) and (name_like(m.group("n")) or cjk_name_like(m.group("n"))):
                # "Hi! I'm Saranga Sudarshan, and ...": the page's first words about its owner name them ("I am
                # Assistant Professor (non-tenure track) at ..." names a post, no one)
                self.person_name = m.group("n")
                alt = m.group("alt")
                self.alt_names = [alt.strip()] if alt and (has_cjk(alt) or name_like(alt.strip())) else []
                self.ctx.owner_names = [self.person_name, *self.alt_names]
        if (label := _LINE_LABEL.match(t)) and section_kind(label.group(1), exact=True) == "education":
            # "Education: B.Sc. Inland University 2001, Ph.D. Coastal University 2006" on one line: the label names
            # the section its degrees would have had a heading for
            degrees = [ed for piece in _degree_pieces(t[label.end(1):].lstrip(" :："))
                       if (ed := education_from(piece, school_only=True)) is not None]
            for ed in degrees:
                self.add_education(ed)
            if degrees:
                # ("Education: PhD in X, supervised by Dr A and Prof B. ...": the advisors of those degrees, the
                # owner's, as the prose's "supervised by" names them)
                add_advisors(self.advisors, advisors_in(t))
                return True
        if self._ids_block and len(words) <= 16 and (found := labelled_ids(t)):
            # "ORCID: 0000-0002-1825-0097" / "X (aka Twitter): @ana_roe" on the owner's contact lines: their ids
            for _m, (kind, ident) in found:
                self.identifiers.setdefault(kind, ident)
            rest = t
            for m, _ident in found:
                rest = rest.replace(m.group(0), " ")
            if not re.search(r"\w", rest):
                return True
            # (the line says more, "Mastodon: @ana@fedi.example.org" beside the ids: what reads it takes the line,
            # or it is reported; the ids alone do not take it)
        if EMAIL_CUE.search(t) and len(words) <= 14:
            rest = re.sub(r"^\s*e-?mail\s*[:：]?\s*", "", t, flags=re.I)
            em = find_email(rest)
            if em and EMAIL_ADDRESS.fullmatch(em):
                self.person["email"] = self.person["email"] or em
                took = True
                if len(rest.split()) <= 6:
                    return True
        met = read_metrics(t) if len(words) <= 40 else None
        if met is not None:
            if met.source is None:
                met.source = "Google Scholar" if re.search(r"scholar", t + " " + s.text, re.I) else "homepage"
            self.metrics = met
            took = True
            if len(words) <= 20:
                return True
        if sec == "bio" and len(words) <= 16 and (ed := _degree_line(t)) is not None:
            self.add_education(ed)  # "Ph.D. in Physics · Inland University · 2018" in a list under "About me"
            return True
        if sec is None and len(words) <= 24 and not _SENTENCE_STOP.search(DEGREE_RX.sub(" ", t)) and (ed := _degree_line(t)) is not None \
                and ed.institution:
            # "MSc by Research in Geology @ Inland University (with X)" under the name in a page's header: the
            # owner's degree, no sentence of a bio (its words "by Research in" notwithstanding)
            self.add_education(ed)
            return True
        if len(words) >= 6 and _INTERESTS_LEAD.match(t) and not _SENTENCE_STOP.search(t) \
                and (items := interest_list(re.split(r"[:：]", t, maxsplit=1)[1])):
            # "Research Focus: High-performance computing for multiphase flows" (a lab card's line under the owner's
            # post): the topics the label names, no sentence of a bio, however long
            self.add_interests(items)
            return True
        if len(words) >= 15 and (lab := _LINE_LABEL.match(t)) and _AFFILIATION_LABEL.fullmatch(lab.group(1).strip()) \
                and len((first := sentences(t[lab.end(1):].lstrip(" :："))[0]).split()) <= 14 \
                and "," not in first and JOB_WORDS.search(first) and read_position(first):
            # "Work: Postdoctoral research at X and Y. Ecologist at Z. Beach lifeguard.": the label's first sentence
            # is the post now, read as a line of its own would be, under an "About" heading too (the owner's other
            # jobs after it are not); not a sentence of prose ("Position: I am looking for a postdoc position ...",
            # "Work: PhD student at X, advised by Y. ...", read as the bio's)
            t, words, post_line = first, first.split(), True
        else:
            post_line = False
        if len(words) >= 15 and _cited(t):
            return took  # a citation kg could not read as a work ("Roe, A.B., C. Lee, and D. Wu, Title, Journal, 2013."): no bio
        # (under a bio's heading, a sentence in Chinese or Japanese, written with no spaces: a word for each two of
        # its characters)
        said = len(words) + (len(re.findall(rf"[{CJK_CHARS}]", t)) // 2 if sec in ("bio", None) and has_cjk(t) else 0)
        if not post_line and (len(words) >= 15 or (sec == "bio" and said >= 6) or (
                len(words) >= 6 and sec is None and FIRST_PERSON.match(t) and JOB_WORDS.search(t)) or (
                # ("Je suis maître de conférences à l'Université X depuis 2014.": the same in another language, a
                # sentence of a short bio, not a header's title)
                len(words) >= 6 and sec is None and _other_language_position(t) is not None) or (
                # ("大家好，我是X大学的博士生，导师是A教授。": the same in Chinese, its words its characters)
                said >= 6 and sec is None and _FIRST_PERSON_CJK.match(t) and (
                    JOB_WORDS.search(t) or _POST_AT_CJK.search(t) or _POST_WORD_CJK.search(t))) or (
                # ("她于2014年从X获得博士学位。": the owner told of in the third person, by the degree they earned)
                said >= 6 and sec is None and re.match(r"[她他](?:于|於|在|曾|从|從)", t)
                and _cjk_own_degrees(t)) or (
                len(words) >= 6 and _STUDY_SENTENCE.search(t))):
            # a sentence about oneself ("I am a research scientist at X in London.") is bio prose
            self.bio.append(t)
            self._prose(t)
            em_cue = re.search(r"(?i)\be-?mail\s*[:：]\s*(.{5,80})$", t)
            em = find_email(em_cue.group(1)) if em_cue and self.person["email"] is None else None
            if em and EMAIL_ADDRESS.fullmatch(em):
                self.person["email"] = em  # "... Email: lina (at) eastlake (dot) edu (dot) cn" closing the bio
            line = self.r.L(min(s.lines)) if s.lines else None
            for sentence in sentences(t):
                for name, year in read_prose_awards(sentence):
                    self._prose_awards.append(Award(name=name, year=year, line=line))
            return True
        if len(words) <= 16:
            if re.match(r"^\s*(phone|tel|telephone|fax|mobile|cell)\b", t, re.I):
                return took
            if (ADVISOR_LABEL.match(t) or ADVISED_BY_LINE.match(t) or ADVISOR_LABEL_AFTER.match(t)) \
                    and (names := advisors_in(t)):
                # "Advisor: Dr. Jo Bell" (or "Advised by Jo Bell") among the header's lines: the owner's advisor, no
                # position or workplace
                add_advisors(self.advisors, names)
                return True
            work = _WORK_ADDRESS.match(t)
            if work and not self.affiliations:
                # "Work address: Tokamak Energy, 173 Brook Drive, Milton Park, UK": the employer opens the address
                head = work.group("rest").split(",")[0].strip(" .;")
                aff = affiliation_from(head) if head and not DIGITS.search(head) and not ADDRESS_RX.search(
                    head) else None
                if aff:
                    self.affiliations.append(aff)
                    if self.person["location"] is None and "," in work.group("rest"):
                        self.person["location"] = work.group("rest").split(",", 1)[1].strip(" ,.;")
                    return True
            label = _LINE_LABEL.match(t)
            # "Research Resumes: (outlines of ...)", "Books: (...)": a list of the site's pages, each named by a
            # label; the label's words say what the page holds, not a position or where one works
            other_label = bool(label) and not _AFFILIATION_LABEL.fullmatch(label.group(1).strip())
            pieces = [p.strip() for p in t.split(",")]
            if len(pieces) >= 3 and ADDRESS_RX.search(", " + pieces[-1]) and not ADDRESS_RX.search(", ".join(pieces[:-2])) \
                    and not ORG_RX.search(pieces[-2]) and not JOB_WORDS.search(pieces[-2]) \
                    and ORG_RX.search(", ".join(pieces[:-2])):
                # "Postdoctoral Researcher, Max Planck Institute for X, Tübingen, Germany": the place closes the line
                if self.person["location"] is None:
                    self.person["location"] = ", ".join(pieces[-2:]).rstrip(" .")
                t = ", ".join(pieces[:-2])
            if _INTERESTS_LEAD.match(t):
                items = interest_list(re.split(r"[:：]", t, maxsplit=1)[1])
                self.add_interests(items)
                return bool(items)
            m = PROSE_INTERESTS.search(t)
            if m and (items := interest_list(topics_only(m.group("list")))):
                self.add_interests(items)  # "My research interests include X and Y."
                return True
            m = _HOMEPAGE_LINE.match(t)
            if m and repair_url(m.group(1)):
                if self.person["homepage"] is None:
                    self.person["homepage"] = repair_url(m.group(1))
                return True
            # ("My principal interests are:": a label opening the list below it, no position)
            if JOB_WORDS.search(t) and not ADDRESS_RX.search(t) and not re.search(r"\S@\S|https?:|[:：]\s*$", t) \
                    and not ROLE_AS_ADJECTIVE.search(t) and not other_label and not _GROUP_VOICE.match(t) \
                    and section_kind(t) != "openings" and not _EXCLAIMED.search(t) and not ANNOUNCEMENT.match(t) \
                    and not _people_group(t) and not page_place_link(s) and not READER_CALL.search(t):
                # ("Graduate student positions available", "Welcome Jo Bell, our new graduate student!": a call or a
                # lab's news headline, no position of the owner's; "[**Post-docs**](#postdocs)": a part of the page;
                # "Contact Professor Ann Lee for ...", "Postdoc openings (Notion) →": words to the reader)
                if label:
                    t = t[label.end(1):].lstrip(" :：")  # "Current Position: Postdoctoral Fellow": the label said it
                if self.person_name and (named := re.match(re.escape(self.person_name) + r"\s*[,–—|]\s+(?=\S)", t)):
                    t = t[named.end():]  # "Ruth K. Okafor, Professor of Chemistry" on a people page: the post after the name
                # ("My name is Wen Zhao 👋 I am a lecturer at X": the emoji that closes the name ends its sentence)
                t = _SELF_INTRO_EMOJI.sub("", t)
                sides = [x.strip() for x in re.split(r"\s+/\s+|\s*[|｜]\s*", t)]
                if len(sides) == 2 and has_cjk(sides[0]) != has_cjk(sides[1]):
                    t = sides[1] if has_cjk(sides[0]) else sides[0]  # "副教授 / Associate Professor"
                title, rest = split_title_aff(t)
                if self.person["job_title"] is None and title:
                    self.person["job_title"] = title
                    if rest and ((DEPT_START.match(rest) and not INSTITUTION_STRONG.search(rest))
                                 or not ORG_RX.search(rest)):
                        self._pending_dept = rest
                    elif rest:
                        # ("Postdoctoral researcher at X University and the University of Y": a post held at both)
                        pair = [p.strip() for p in re.split(r"\s+(?:and|&)\s+(?:the\s+)?(?=(?-i:[A-Z]))", rest,
                                                              maxsplit=1)]
                        for place in pair if len(pair) == 2 and all(
                                INSTITUTION_STRONG.search(p) and not DEPT_START.match(p) for p in pair) else [rest]:
                            aff = affiliation_from(place, role=title)
                            if aff and not any(x.name == aff.name for x in self.affiliations):
                                self.affiliations.append(aff)
                    return True
                if rest:  # (a title naming no place apart, "Research Director DR1 CNRS", is no affiliation's name)
                    aff = affiliation_from(rest, role=title)
                    if aff and not any(x.name == aff.name for x in self.affiliations):
                        self._span_over(aff, s)
                        self.affiliations.append(aff)
                        return True
            if (ed := _degree_line(t)) is not None:
                self.add_education(ed)  # "Ph.D. in Statistics, Laval University (2024)": a degree, not a workplace
                return True
            if ORG_RX.search(t) and not ADDRESS_RX.search(t) \
                    and not re.search(r"@|https?:|google\s+(?:scholar|groups?)\b", t, re.I) \
                    and not other_label and not re.match(r"^[\W_]*(?:my|our|i|we|he|she|they|his|her|their)\b", t, re.I) \
                    and not _GROUP_VOICE.match(t) and not _SITE_NOTE.match(t) and not _sections_menu(s) \
                    and not ANNOUNCEMENT.match(t) and not READER_CALL.search(t) and not _service_link(s, t):
                # ("**I am looking for research internships!**": the owner's call, its stars written out; "Updated
                # the Research Projects page.": what changed on the site, no workplace; "Scope Google Group": a
                # mailing list, no research group; "[Home] [People] [Research]": the site's menu, no workplace;
                # "Warmly Welcome Prof. Ann Lee to Visit Our Research Group": a visit announced, no workplace)
                label = re.sub(r"^\s*(affiliation|organi[sz]ation|institution)\s*[:：]\s*", "", t, flags=re.I)
                if DEPT_START.match(label) and not INSTITUTION_STRONG.search(label):
                    label = label.rstrip(" ,;")  # "Department of Statistics,<br>University of ...": the line's comma
                    self._pending_dept = label
                    if self.affiliations and self.affiliations[-1].department is None and self._last_aff_seg is not None:
                        self.affiliations[-1].department = label
                        self._pending_dept = None
                    return True
                lead = _DATED_LEAD.match(label)
                role = self.person["job_title"] if not self.affiliations else None
                if lead:
                    # "2016 - 2022: Assistant Professor, School of Business, Northfield College": a timeline's
                    # position, its years before it, then the role and the place
                    label = label[lead.end():]
                    held, place = split_title_aff(label)
                    if held and place:
                        role, label = held, place
                aff = affiliation_from(label, role=role)
                if aff and lead:
                    years = [int(y) for y in YEAR.findall(lead.group(0))]
                    aff.start_year = years[0]
                    aff.end_year = years[1] if len(years) > 1 else None
                    aff.current = aff.end_year is None
                elif aff:
                    self._span_over(aff, s)
                if aff:
                    pending = self._pending_dept
                    if pending and aff.department is None:
                        aff.department = pending
                        self._pending_dept = None
                    prev = self.affiliations[-1] if self.affiliations else None
                    last = self._last_aff_seg
                    if (prev is not None and last is not None and prev.department is None and aff.department is None
                            and SUBUNIT.match(prev.name) and not TOP_LEVEL.search(prev.name)
                            and TOP_LEVEL.search(aff.name) and last.lines and s.lines
                            and max(last.lines) + 1 >= min(s.lines)):
                        # "Institute of Computer Science" / "Karlsruhe Institute of Technology": one
                        # affiliation, the line before naming its department
                        self.affiliations[-1] = aff.model_copy(update={"department": prev.name,
                                                                       "role": prev.role or aff.role})
                    elif not any(x.name == aff.name for x in self.affiliations):
                        self.affiliations.append(aff)
                    self._last_aff_seg = s
                    return True
            if ADDRESS_RX.search(t) and not re.search(r"https?:", t):
                loc = re.sub(r"^\s*(address|office|location)\s*[:：]\s*", "", t, flags=re.I)
                if _PHONE_NUMBER.fullmatch(loc):
                    return took  # "Office: 02-555-0100": the office's telephone, no address
                self.person["location"] = f"{self.person['location']}, {loc}" if self.person["location"] else loc
                return True
            if _INTERESTS_LEAD.match(t):
                items = interest_list(t.split(":", 1)[1] if ":" in t else t.split("：", 1)[1])
                self.add_interests(items)
                return bool(items)
        return took

    def _prose(self, t: str) -> None:
        """Fields a bio paragraph states: position, degrees, advisors, interests."""
        # "I‘m a Ph.D. candidate": an opening quote typed for the apostrophe inside a word is one
        t = _TURNED_APOSTROPHE.sub("\u2019", t)
        t = _GLUED_SAINT.sub(r"\1. ", t)
        roles = _ROLE_LIST.search(t)
        if roles and JOB_WORDS.search(roles.group("last")):
            # "I'm a civil servant, a statistician and a PhD student at X": the position at X is the last role named
            t = f"{t[:roles.start()]}{roles.group('lead')} a {roles.group('last')}{t[roles.end():]}"
        self._prose_position(t)
        self._prose_rest(t)

    def _prose_position(self, t: str) -> None:
        """"I am an Assistant Professor in the Department of X at Y" -> job title, affiliation."""
        place = _GROUP_PLACE.match(t) if not self.affiliations and t[:2].lower() == "we" else None
        if place is None and not self.affiliations and "elcome" in t[:40]:
            place = _GROUP_WELCOME.match(t)
        org = (_ORG_POSSESSIVE.search(place.group("rest")) or _GROUP_ORG.search(place.group("rest"))) if place else None
        if org:
            # "We are located in Seattle, at the University of X, ...": the group's place is its head's
            aff = affiliation_from(org.group("org"))
            if aff is not None:
                self.affiliations.append(aff)
        employed = _EMPLOYED_BY.search(t) if " as " in t else None
        if employed and JOB_WORDS.search(employed.group("job")):
            # "I am currently employed as a PostDoc by the X Institute working on ...", "I'm working as a software
            # engineer for X, a ...": said the usual way
            t = f"I am a {employed.group('job')} at the {employed.group('org')}."
        joined = _JOINED_FACULTY.search(t)
        if joined and joined.group("will") and (_NOW_POST.search(t) or not self._owner_subject(t[:joined.start()])):
            # ("I am a PhD student at X. I will join Y as an assistant professor": the post now first; "My student
            # Tom Vik will join Y as an assistant professor": his post, not the owner's)
            joined = None
        if joined and self.person["job_title"] is None:
            # "Lee joined the X School of Medicine faculty as an assistant professor in the Department of Y in
            # 2019": said the usual way, "I am an assistant professor in the Department of Y at the X School ..."
            org = joined.group("org") or joined.group("org2") or joined.group("org4") or joined.group("org3")
            unit = joined.group("dept") or joined.group("unit")
            dept = f" in the {unit}" if unit else ""
            if joined.group("org3") is None or INSTITUTION_STRONG.search(org):
                t = f"I am {joined.group('job')}{dept} at the {org}."
        held = _HELD_POST.search(t) if self.person["job_title"] is None else None
        if held and held.group("deg") and re.search(r"(?i)\bhold", held.group("verb")):
            held = None  # "I hold a PhD in X from Y": a degree earned, no post
        if held and held.group("past") and (not YEAR.search(t[: held.start()]) or _ENDED_SPAN.search(held.group("rest"))):
            # ("In September 2021, I started my PhD studies at X": a dated start, as _STARTED_AS reads it; "..., I
            # started my PhD at X (2020-2024)", "... in 2019, before moving to Y": a post that has ended)
            held = None
        if held and ORG_RX.search(held.group("rest")) and (held.group("deg") or JOB_WORDS.search(f"{held.group('post')} fellow")):
            if held.group("deg"):
                post = re.sub(r"(?i)^doctorate$", "doctoral", re.sub(r"(?i)\s+degree$", "", held.group("deg")))
                post = f"{post} student"
            elif held.group("noun").lower() == "fellowship":
                post = f"{held.group('post')} fellow"
            else:
                post = re.sub(r"(?i)\bpost-?doc(?:toral)?$", "postdoctoral researcher", held.group("post"))
            if JOB_WORDS.search(post):
                t = f"I am a {post}{held.group('rest')}."
        started = _STARTED_AS.search(t) if self.person["job_title"] is None and YEAR.search(t) else None
        if started:
            # "In January 2020, I started as Lecturer in X at the University of Y": a dated start, said the usual way
            t = f"I am {started.group('rest')}."
        if (intro := re.match(r"^(?:[^\w\s]*\s*(?:Hi|Hello|Hey|Greetings)\s*[,!.]\s*)?[Mm]y name is\s+(?=[A-Z][^.;]{1,40},\s+(?:an?|the)\s)",
                              t)) and self.person["job_title"] is None:
            # "My name is Jo Roe, a Ph.D. candidate from X University": the name, then the position, as "I am Jo
            # Roe, a ..." says them
            t = "I am " + t[intro.end():]
        if (opening := _POST_OPENING.match(t)) and not _PAST_VERB.fullmatch(opening.group("verb")) \
                and not FORMER_ROLE.match(opening.group("post")):
            # "As a research scientist at X, I study ...": the post, then what the owner does there, said the usual
            # way ("As a PhD student at X, I also worked with ...", "As a former postdoc at X, I ...": a post held
            # before, none now)
            t = "I am " + t[opening.end():]
        if (tagline := re.match(r"^(?:(?:currently|presently|now)\s*,?\s+)?(?=an?\s)", t, re.I)) and len(t.split()) <= 30:
            # a tagline without its subject: "A PhD student at the University of Edinburgh ...", "Currently a
            # first-year PhD student in Linguistics at X" (the word of time no part of the position)
            t = "I am " + t[tagline.end():]
        elif (comma := _COMMA_POSITION.match(t)) and JOB_WORDS.search(comma.group("title")) \
                and len(comma.group("title").split()) <= 4 and len(t.split()) <= 16 and not _VERB.search(t) \
                and ORG_RX.search(comma.group("rest")):
            # "Lecturer, Institut Teknologi X, Indonesia." in a list under "About me" (long enough to be read as the
            # bio's prose): the position, then where it is held, said the usual way
            t = f"I am {comma.group('title')} at {comma.group('rest')}"
        elif (bare := _BARE_POSITION.match(t)) and JOB_WORDS.search(bare.group("title")) \
                and len(bare.group("title").split()) <= 4 and not _VERB.search(bare.group("title")) \
                and (ORG_RX.search(t[bare.end("title"):].split(".")[0]) or t.startswith(" at ", bare.end("title"))):
            # "Post-doc at the X Group, University of Y" / "Assistant Professor in the Department of X, Y College"
            # opening the bio: the same, with no article ("Data Scientist at Tidewater, Lake City.": a position
            # "at" a named place is one whatever the place's name, a company's, holds)
            t = "I am " + t
        m = re.search(
            r"\b(?:I am|I'm|I’m|(?<=since (?:19|20)\d\d, )I have been|"
            # "I work as", "I research, teach, and build software as": what the owner does there, then the post
            r"I (?:work|research|teach|serve|build\s+\w+)(?:,?\s+(?:and\s+)?(?:work|research|teach|serve|build\s+\w+)){0,3}"
            r"\s+as|"
            r"(?<=since )(?:[a-z]+\.?\s+)?(?:19|20)\d\d,?\s+I have been|"  # "Since July 2022, I have been a PhD student"
            r"(?:he|she|they) (?:is|are)|"
            # "He currently serves as an associate professor at X": a third-person bio's "I work as" (the word of
            # time before the verb, as "I am currently" has it after)
            r"(?:he|she|they) (?:currently |now )?(?:serves?|works?) as|"
            # ("Lei Yang is ..." on the page of "Yang Lei": a two-part name in either order)
            # ("Ana Ruiz-Soto (born 1990 in Lima) has been employed as a PhD student at X": her second family name
            # beside the one the page's heading gives)
            + (_either_order(self.person_name) + r"(?:-[^\W\d_]{2,})?(?:\s*[(（][^()（）]{1,40}[)）])?"
               r"(?: is| has been (?:employed|working) as)" if self.person_name else r"(?!x)x")
            # "Dr. Rashid is an associate professor ...": a third-person bio names the owner by title and family name
            + (rf"|{HONORIFIC_WORDS}\s+" + re.escape(self.person_name.split()[-1]) + r" is"
               # "Catherine (Lindsay) Anderson is ...": the owner under their full given names and the one they go by
               + r"|^(?:[A-Z][\w'’.\-]*\s+|[(（][^()（）]{1,30}[)）]\s+){1,3}" + re.escape(self.person_name.split()[-1])
               + r" is"
               # "Kat is a Lecturer ..." on Katarina Ostrova's page: the owner by a short form of the given name
               # (opening a later sentence of the bio too, a word of time before it: "... Now, Kat is ...")
               + r"|(?:^|(?<=[.!?]\s))(?:(?:Now|Today|Currently|Presently),\s+)?(?:"
               + "|".join(re.escape(self.person_name.split()[0][:k])
                          for k in range(3, len(self.person_name.split()[0]) + 1)) + r")\s+is"
               if self.person_name else "")
            # ("I'm Jon (Johnny) Marsh, a PhD student": the name said with a nickname between its words)
            + r")\s+" + (r"(?:" + r"\s+(?:[(（][^()（）]{1,30}[)）]\s+)?".join(map(re.escape, self.person_name.split()))
                         + r"\s*[—–,-]\s*)?" if self.person_name else "")
            + r"(?:currently\s+|now\s+)?(?:(?:working|employed|serving)\s+as\s+)?(?:an?\s+|the\s+)?"
            # "I am a new Assistant Professor": how long the owner has held the post is no part of it
            r"(?:(?-i:new|newly[\s-]appointed|recently[\s-]appointed)\s+)?(?P<title>(?:(?!\bI\s+am\s|\bI['’]m\s)[^.;,]|(?<=\bPh)\.|(?<=\bPh\.D)\.|(?<=\bPh\.\sD)\.|(?<=\b[SJ]r)\.|"
            # ("an electrical engineer and PhD. candidate at X": the degree's closing stop inside the title)
            r"(?<=\bPhD)\.(?=\s+(?:candidate|student)\b)){0,60}?"
            r"(?:,\s*(?:[^.;,]|(?<=\b[SJ]r)\.){0,60}?)?"
            r"(?:professor|researcher|scientist|lecturer|lecture(?=\s+at\s)|student|candidate|post-?doc\w*|fellow|scholar|engineer|"
            # ("an active fault specialist at the X Foundation": a post, where "a specialist in X" names a field)
            # (the place's capital read as written: "a specialist at heart" names no place)
            r"(?:specialist|expert)(?=\s+at\s+(?:the\s+)?(?-i:[A-Z]))|"
            r"director|investigator|chair|head|member|lead(?:er)?|analyst|consultant|manager|developer|designer|officer|"
            r"\bc[etfo]o\b|(?:co-?)?founder|"  # ("the CTO at X", "co-founder of Y": a company's officers)
            r"(?<=\w\s)faculty|"  # ("Senior Systems Faculty", "Teaching Faculty": a post named by the faculty it is of)
            r"\w*economist|statistician|(?:research|postdoctoral|post-doctoral)\s+associate|"
            # ("a Senior Bioinformatician in the X labs", "an internal medicine resident at Y Hospital": a resident
            # named by the field before it and the place after, not "a resident of Oslo")
            r"\w*informatician|physician|clinician|surgeon|curator|librarian|(?<=\w\s)resident(?=\s+(?:at|in)\s)|"
            r"(?:research|teaching)\s+assistant|"
            # "I am a Ph.D. in Prof. Jo Bell's group at X", "I am a Ph.D. at X": a doctoral student, the degree standing
            # for the position (said of the owner with its article alone: "pursuing a Ph.D. at X" is no post)
            r"Ph\.?\s?D\.?(?=\s+in\s+" + LAB_HEAD + r"['’]s\s+(?:research\s+)?(?:lab(?:oratory)?|group)\b)|"
            # ("I am Ana Ruiz, a Ph.D. at X": after the owner's name; "a Ph.D. at heart" names no place)
            r"(?:(?<=\bam a )|(?<=\bis a )|(?<=[’']m a )|(?<=, a ))Ph\.?\s?D\.?(?=\s+at\s+(?:the\s+)?(?-i:[A-Z]))))"
            r"(?:\s*\([^()]{2,40}\))?(?:\s+in\s+[A-Z][\w&]*(?:\s+[A-Z][\w&]*)?(?=\s+(?:at|(?:co-?)?(?:advised|supervised|mentored)\s+by)\b))?"
            # "a Postdoctoral Research Fellow and PhD graduate at X": the degree earned there is no part of the position
            r"(?:\s+and\s+(?:an?\s+)?(?:" + DEGREE_WORD.pattern + r")\s+(?:graduate|holder|alumn(?:us|a))(?=\s+(?:at|of|from)\s))?"
            # "a project leader working on protein models, in the X group at Y": what the work is, then the place
            r"(?:\s+working\s+on\s+[^.;,]{3,120},)?"
            # "a Master's student supervised by Zhiyong Zhang at the School of ...": the advisor between title and place
            # ("supervised by A and co-supervised by B and C at X": each advisor, then the place)
            r"(?:\s+(?:co-?)?(?:advised|supervised|mentored)\s+by\s+(?:(?:Prof|Dr)\.?\s+)?[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}?"
            r"(?:(?:,\s*|,?\s+and\s+)(?:(?:co-?)?(?:advised|supervised|mentored)\s+by\s+)?(?:(?:Prof|Dr)\.?\s+)?"
            r"[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}?){0,3}(?=\s+(?:at|in)\b))?"
            r"(?:\s+(?:currently\s+|now\s+)?(?:working|employed|based)"  # "a Research Scientist (currently) working at X"
            # ("a software engineer working in the broadcast industry at X": the trade, in lower case, then the place)
            r"(?:\s+in\s+(?:the\s+)?(?-i:[a-z][a-z\-]+(?:\s+[a-z][a-z\-]+){0,3}))?(?=\s+(?:at|with)\s))?"
            r"(?:\s+(?:at|in|with|of|within|from)\s+|\s+@\s*"  # ("a PhD student @X University")
            # ("Professor for Compilers at X", "group leader for Archaeogenetics at X": what the post is for, then
            # its place)
            r"|(?:(?<=professor)|(?<=leader)|(?<=director)|(?<=head)|(?<=coordinator)|(?<=lecturer)|(?<=scientist))"
            r"\s+for\s+(?=[^.;]{3,80}?\s+at\s))(?:the\s+)?"
            # "at the B. John Garrick Institute": an initial's period is no sentence's end
            # ("at the Harvard T.H. Chan School": the stop between two initials likewise)
            r"(?P<aff>(?:[^.;]|(?<=\b[A-Z])\.(?=\s[A-Z]|[A-Z]\.)|(?<=\bProf)\.(?=\s[A-Z])|(?<=\bDr)\.(?=\s[A-Z])|"
            + PLACE_ABBREVIATION_DOT + r")+?)"
            # ("in Prof. Lee's lab, at X", "at X in St. Louis": a title's or a place's period is no sentence's end either)
            r"(?=(?<!\b[A-Z])(?<!\bProf)(?<!\bDr)(?<!\b" + PLACE_ABBREVIATION + r")\.\s|\.$|;|,\s*where|\s+where|\s+working\s+(?:on|with)\b|"
            r"\s+(?:focusing|focussing|concentrating)\s+on\b|\s+(?:co-?)?(?:advised|supervised|hosted|mentored)\s+by\b|\s+" + UNDER_ADVISOR + r"\b|"
            # ("at X (06.2025 – Present)", "at X (since 2021)": when, in brackets after the place)
            r"\s+\([’'‘]?\d\d\)|\s*\((?=[^()]*\b(?:19|20)\d\d\b)[^()]{0,40}\)\s*(?:[.;,]|$)|"
            # ("at X University, Wuhan, China (📨: ana[At]uni.edu; ...)": how to write to the owner, in brackets)
            # (an address's shape, not any "@": "the NLP Group (NLP@Tarna), X University" is the group's name)
            r"\s*\((?=[^()]*(?:[\w.+-]+\s*(?:@|\[at\]|\(at\))\s*[\w-]+\.|" + MAIL_MARK + r"))|"
            # ("at Hill Robotics, a startup that builds ...": what the place is, in an aside after it)
            r",\s*(?:an?|the)\s+(?-i:[a-z]{2,})(?:\s+(?-i:[a-z]+))*\s+(?:that|which|who|where|in|of|for|with|based)\b|"
            # (not the last "and" of a unit's name that lists its fields, "the Department of Ecology, Evolution, and
            # Behavior at X": capitalised words, no post among them ("..., and Senior Researcher at Y", "Visiting
            # Scholar") nor a person's title ("..., and Dr. Smith is my mentor"), up to "at", "in" or the sentence's end)
            r",\s*(?:and(?!\s+(?!(?:(?-i:[A-Z])[\w'’-]*\s+){0,2}(?:(?:" + JOB_WORDS.pattern + r")|"
            r"(?:chair|head|member|affiliate|scholar)\b|(?:dr|prof|mr|mrs|ms)\.))"
            r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}(?:\s+(?:at|in)\s|\s*(?:[.;]|$)))|"
            r"working|advised|supervised|under|"
            r"focusing|leading|studying|with|expecting|expected|currently|after|as\s+well\s+as|"
            # ", developing methods for ...", ", searching for ...": what the owner does there, no part of the place
            r"(?-i:[a-z]{2,}ing))\b|"
            r"\s+since\s+(?:19|20)\d\d\b|"  # "at X since 2023, after ...": when the position began
            # "at X about the evolution of Y", "at X in the process of building Y": what the work there is about
            # ("at X in the area of Human-Computer Interaction": the field, whatever its case)
            r"\s+about\s+(?-i:[a-z])|\s+in\s+the\s+(?-i:[a-z]+)\s+of\s|"
            r"\s+[—–]\s+|"  # "at the University of X — see my profile": a dash between spaces opens an aside
            # "at X University and lead the Y Group": "and" then a word in lower case is what else the owner does (a
            # place's name goes on capitalised: "School of Physics and Astronomy")
            r"\s+and\s+(?-i:(?!the\b|of\b|for\b|an?\b|in\b|at\b|to\b)[a-z]{2,})\b|"
            # "from X University, My research interest includes ...": a new sentence run on after a comma
            r",\s*(?-i:(?:My|I|I'm|I’m|Our|We|His|Her|Their|This)\b)|"
            # "... Project and the Lindqvist Visiting Scholar at Y": a second position, its own place
            r"\s+and\s+(?:the|an?)\s+(?=(?:\S+\s+){0,5}?(?:professor|lecturer|scholar|fellow|director|researcher|"
            r"scientist|assistant|affiliate)\b)|"
            # "at the University of X and a recipient of the Y Fellowship": "and a" then a word in lower case is
            # something else the owner is (an award, a membership), no part of the place
            r"\s+and\s+an?\s+(?-i:[a-z]{2,})\b|"
            # ("at X Hospital and an MD–PhD graduate of the Y program": a degree earned, no part of the place)
            r"\s+and\s+an?\s+(?:\S+\s+){0,2}?(?:graduate|alumn(?:us|a)|recipient)\b|$)",
            t, re.I)
        if m and re.match(r"(?i)(?:working|employed)\s+(?:at|for|with)\b", m.group("title").strip()):
            # "I am working at Harbor Labs as a Senior Member of Technical Staff": the place, then the position
            m = _WORKING_AS.search(t) or m
        if m and re.search(r"\bfrom\s+(?:the\s+)?$", t[:m.start("aff")], re.I) and not ORG_RX.search(m.group("aff")):
            m = None  # "I am a neuroscientist from the UK": where the owner comes from, no employer
        if m and re.search(r"(?i)\b(?:developer|maintainer|creator|author)\s+of\s+(?:the\s+)?$", t[:m.start("aff")]):
            m = None  # "I am the main developer of X, a simulation framework": a piece of software, no employer
        m = m or _other_language_position(t)
        if m is None and (w := _WORKING_AS.search(t)) and JOB_WORDS.search(w.group("title")) \
                and len(w.group("title").split()) <= 6:
            m = w  # "I am currently working at Acme as a Senior Engineer.": the place first, then the position
        if m is None and not self.affiliations and ((at := _WORKING_AT.search(t)) and ORG_RX.search(at.group("aff"))
                                                    or (at := _AT_UNDER.search(t)) or (at := _OWN_LAB_AT.search(t))):
            # "I am currently working at the Institute of X (IX, Y University) on ...": the place, no position named
            aff = affiliation_from(at.group("aff"))
            if aff is not None:
                self.affiliations.append(aff)
        if m is None and not self.affiliations and (at := _WORKING_AT_CJK.search(t)) and ORG_RX.search(at.group("aff")):
            aff = affiliation_from(at.group("aff"))
            if aff is not None:
                if at.group("year"):
                    aff = aff.model_copy(update={"start_year": int(at.group("year"))})
                self.affiliations.append(aff)
        if m is None and self.person["job_title"] is None and has_cjk(t) \
                and (placed := cjk_place_post(t, [n for n in self.ctx.owner_names if n])) is not None:
            # "斯幸峰，华东师范大学教授，博士生导师。": the owner's name, then the place and the post held there
            self.person["job_title"] = placed[0]
            if not self.affiliations and (aff := affiliation_from(placed[1])) is not None:
                self.affiliations.append(aff.model_copy(update={"role": placed[0]}) if aff.role is None else aff)
        if m is None and self.person["job_title"] is None and (post := _POST_AT_CJK.search(t)) \
                and _POST_WORD_CJK.search(post.group("title")):
            self.person["job_title"] = post.group("title")
            if not self.affiliations and (aff := affiliation_from(post.group("aff"))) is not None:
                self.affiliations.append(aff)
        if m is None and self.person["job_title"] is None and (held := _HOLDS_POSITION.search(t)) \
                and JOB_WORDS.search(held.group("title")):
            self.person["job_title"] = held.group("title")
        if m is None and self.person["job_title"] is None and (bare := _PLACELESS_POSITION.match(t)) \
                and JOB_WORDS.search(bare.group("title").split()[-1]):
            self.person["job_title"] = bare.group("title")
        if m and re.fullmatch(r"(?i)(?:\w+\s+)?member", m.group("title").strip()) and re.fullmatch(
                r"(?:the\s+)?(?:[A-Z][A-Za-z&]{1,7}|[^,]*\b(?:Society|Association|Academy)\b[^,]*)"
                r"(?:\s*,\s*(?:and\s+)?(?:the\s+)?(?:[A-Z][A-Za-z&]{1,7}|[^,]*\b(?:Society|Association|Academy)\b[^,]*))*",
                m.group("aff").strip()):
            m = None  # "He is a member of MRS, IEEE, APS": memberships of societies, no position
        if m and self.person_name and (
                double := re.match(re.escape(self.person_name) + r"-[^\W\d_]{2,}(?=[\s(（,])", t[:m.start("title")])):
            # "Ana Ruiz-Soto (born 1990) has been ...": both family names, the heading giving the first alone
            if double.group(0) not in self.alt_names:
                self.alt_names.append(double.group(0))
        if m and self.person_name and len(self.person_name.split()) == 2:
            given, family = self.person_name.split()
            full = re.match(r"([A-Z][\w'’\-]+)\s+[(（]" + re.escape(given) + r"[)）]\s+" + re.escape(family) + r" is\b", t)
            if full:
                # "Catherine (Lindsay) Anderson is ...": the full given name the owner signs papers with
                alt = f"{full.group(1)} {given} {family}"
                if alt not in self.alt_names:
                    self.alt_names.append(alt)
        if m and re.match(r"(?i)also\s", m.group("title")) and re.search(
                r"\b(?:I\s+am|I['’]m)\s", t[:m.start()]):
            m = None  # "I am a PhD student at X. I am also a research associate at Y": the side post, the first the position
        if m and _FIELDS_MEET.match(m.group("aff")):
            m = None  # "I'm a researcher working at the intersection of statistics and X": where fields meet, no place
        if m:
            title = m.group("title").strip()
            # "I'm Ravi Menon, a second-year PhD student", "I'm Mahdi - a PhD researcher": the name, then what they are
            title = re.sub(r"^(?:[^,]+,|[^,\s][^,]*?\s+[-–—])\s+(?:an?|the)\s+", "", title)
            # "PE (Principal Engineer), Principal Research Scientist": the spelled-out form of an acronym
            title = re.sub(r"\b[A-Z]{2,5}\s*\(([A-Z][^()]*)\)", r"\1", title)
            title = re.sub(r"\bPhD\.(?=\s)", "PhD", title)  # "PhD. candidate": the degree's stop, no part of the title
            # "I am currently doing a PostDoc at X": the post, not the doing of it
            title = re.sub(r"(?i)^(?:doing|pursuing|undertaking)\s+(?:an?|my)\s+(?=post-?doc)", "", title)
            title = re.sub(r"(?i)^also\s+(?:an?\s+|the\s+)?", "", title)  # "I am also a lecturer at X": the post alone
            aff_text = TRAILING_SYMBOLS.sub("", said_once(m.group("aff").strip()))
            two = _SECOND_POST.match(title) if " and " in title else None
            if two and JOB_WORDS.search(two.group("first")) and re.match(r"\s+of\s", t[m.end("title"):], re.I):
                # "an Associate Professor and the Director of Graduate Studies in the Department of X at Y": two
                # posts, the second one's "of" taken for the place's; the first is the job, the place after "in"
                inner = re.search(r"\s+in\s+(?:the\s+)?(?=[A-Z])", aff_text)
                if inner and ORG_RX.search(aff_text[inner.end():]):
                    title, aff_text = two.group("first"), aff_text[inner.end():]
            if aff_text.count("(") > aff_text.count(")"):
                # "at GEMOTT (the Research Group in Mobility, Transport, and Territory)": the match stopped at a
                # comma inside the gloss; the place is named before it
                aff_text = aff_text[: aff_text.rfind("(")].strip()
            if re.search(r"(?i)\bof\s+(?:the\s+)?$", t[:m.start("aff")]) and not ORG_RX.search(aff_text) and (
                    held_at := _FIELD_THEN_PLACE.match(t[m.start("aff"):])) \
                    and INSTITUTION_STRONG.search(held_at.group("org")):
                # "a Professor of Mathematics, Statistics, and Computer Science at the University of X": the fields
                # of the chair (its department), then the place, after the list's commas
                aff_text = f"{held_at.group('dept').strip()} at {held_at.group('org').strip()}"
            if re.match(r"(?:an?|my|our|his|her|their)\s", aff_text):
                held = re.search(r"\s+at\s+(?:the\s+)?(\S.*)$", aff_text)
                if held and ORG_RX.search(held.group(1)):
                    # "a research group leader with an SNSF grant at the X group at the University of Y": what the
                    # position comes with, then the place
                    aff_text = held.group(1)
                else:
                    # "with a background in transport planning", "at an ion accelerator facility (the X
                    # Laboratory)": a kind of place, no place's name (but the name the parentheses give)
                    aff_text = org_named(aff_text) or ""
            elif re.search(r"(?i)\bin\s+$", t[:m.start("aff")]) and (
                    field := re.match(r"([^,;()]+?)\s+in\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?=[A-Z])", aff_text)) \
                    and not ORG_RX.search(field.group(1)) \
                    and ORG_RX.search(re.split(r"\s+at\s+", aff_text[field.end():])[0]):
                # "a PhD student in neuroscience in the joint X Graduate Program", "a professor in Statistics in the
                # Department of Y": the field, then the place (the words in lower case before its name, none of it;
                # "in Data Analytics in the Social Sciences at X": a field both, the place after "at")
                aff_text = aff_text[field.end():]
            elif (re.search(r"(?i)\bin\s+(?:the\s+)?$", t[:m.start("aff")])
                  or re.search(r"\bof\s+$", t[:m.start("aff")]) and re.match(r"[a-z]", aff_text)) \
                    and not ORG_RX.search(aff_text) and not re.search(r"\s+at\s+\S", aff_text):
                aff_text = ""  # "a PhD student in Machine Learning, supervised by ...": the field, no place
                # ("a PhD student in Data Science and Analytics (DSA) at HKUST": the field, then the place)
                # ("a scholar of contemporary fiction, media, and ...": the field, in lower case, after "of")
            elif re.search(r"(?i)\bof\s+the\s+$", t[:m.start("aff")]) and not re.search(r"[A-Z]", aff_text):
                aff_text = ""  # "head of the breast cancer surgery department": a unit described in lower case, no name
            held = self.person["job_title"]
            # ("I am an incoming Assistant Professor at X. ... I'm currently a postdoc at Y": the post held now
            # outranks the one to come, whose places are not current)
            future = held is not None and _FUTURE_POST.match(held) is not None and not _FUTURE_POST.match(title) \
                and _NOW_SAID.search(t[:m.start("title")]) is not None
            if future:
                self.affiliations = [a.model_copy(update={"current": False}) if a.role == held else a
                                     for a in self.affiliations]
            if held is None or future or aff_text and DISCIPLINE_ONLY.fullmatch(held) and not DISCIPLINE_ONLY.fullmatch(title) \
                    and not any(a.role == held for a in self.affiliations):
                # ("I am a...: microbiologist, ecologist", then "I am a Researcher at X University": the position
                # held at a place wins over the field one names oneself by)
                self.person["job_title"] = title
            if not aff_text:
                pass
            elif self.affiliations and not future:
                parts = re.split(r"\s+at\s+(?:the\s+)?", aff_text, maxsplit=1)
                if len(parts) == 2:
                    for i, a in enumerate(self.affiliations):
                        if a.department is None and fold(a.name) == fold(parts[1].split(",")[0].strip()):
                            self.affiliations[i] = a.model_copy(update={"department": re.sub(r"^the\s+", "", parts[0], flags=re.I)})
            else:
                dept = None
                parts = re.split(r",?\s+at\s+(?:the\s+)?", aff_text, maxsplit=1)
                if len(parts) == 2 and CAMPUS_SYSTEM.fullmatch(parts[0].strip()):
                    parts = [aff_text]  # "the University of Texas at Austin": the campus's town is part of the name
                if len(parts) == 2:
                    dept, name = parts[0], parts[1]
                else:
                    name = aff_text
                aside = re.match(r"^(.*?\S),\s+in\s+(?:the\s+)?([^,]+)(?:,.*)?$", name)
                # (the place a name: an institution's, an acronym, a few words in capitals, "Stanford")
                if aside and dept is None and DEPT_START.match(aside.group(2)) and not UNIT.search(aside.group(1)) \
                        and len(aside.group(1).split()) <= 8 and (ORG_RX.search(aside.group(1)) or re.fullmatch(
                            r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}", aside.group(1))):
                    # "at DGIST, in the Department of X, with joint appointments in ...": the place, then its unit
                    name, dept = aside.group(1), aside.group(2).strip()
                pieces = [re.sub(r"^the\s+", "", x.strip(), flags=re.I) for x in name.split(",") if x.strip()]
                units = next((k for k in range(1, len(pieces)) if not DEPT_START.match(pieces[k - 1])), len(pieces))
                home = next((k for k in range(1, units + 1) if k < len(pieces) and INSTITUTION_STRONG.search(pieces[k])
                             and (DEPT_START.match(pieces[k - 1]) or not INSTITUTION_STRONG.search(pieces[k - 1]))),
                            None) if dept is None else None
                if home is not None:
                    # "with the School of Software, Eastlake University", "with the Division of X, Graduate School of
                    # Y, Z Institute of Science", "in the BiLab, X University": the units, then the institution (not
                    # "Institute of Software, Chinese Academy of Sciences": an institute is a place of its own)
                    dept, name = ", ".join(pieces[:home]), ", ".join(pieces[home:])
                place = re.match(r"^(.*?\S)\s+in\s+([A-Z][\w.'’-]+(?:,?\s+[A-Z][\w.'’-]+){0,2}(?:\s+\([A-Z][\w.'’ -]+\))?)$",
                                 name)  # ("in Paris (France)")
                if place and ORG_RX.search(place.group(1)) and not ORG_RX.search(place.group(2)):
                    # ("Washington University in St. Louis", "Czech Technical University in Prague": a university
                    # named "<X> University in <city>" has the city in its name; the city is still where it is)
                    # (only a saint's city, "St. Louis": "Stanford University in California", "Peking University
                    # in Beijing" name the university and then where it is, the far more common form)
                    whole = re.search(r"\bUniversity$", place.group(1)) and "," not in place.group(2) \
                        and not re.match(r"(?:the|an?)\s", place.group(1), re.I) \
                        and re.match(rf"{PLACE_ABBREVIATION}\.\s", place.group(2))
                    name = _SHORT_NAME_AFTER.sub("", name) if whole else place.group(1)
                    if self.person["location"] is None:
                        # (not "in St. Louis (WashU)": the university's short name after the city, no country)
                        self.person["location"] = _SHORT_NAME_AFTER.sub("", place.group(2))
                # "... and Technology (NTNU)" (not "HKUST(GZ)": a campus after the acronym of its university)
                # ("X University (XU) and University of Y (UY)": each place's acronym before the next place too)
                name = re.sub(r"(?<=[^\W\dA-Z])\s*\([A-Z][A-Za-z]{1,7}\)(?=\s*(?:,|$|\s(?:and|&)\s))", "", name)
                where = None
                for _ in range(3):  # ("Wuhan University, Wuhan, China", "X University, Cambridge, MA, USA")
                    tail = _PLACE_TAIL.match(name)
                    if not (tail and not ORG_RX.search(tail.group(2)) and INSTITUTION_STRONG.search(tail.group(1))
                            and not CAMPUS_SYSTEM.fullmatch(tail.group(1))):
                        break
                    name = tail.group(1)  # "Victoria University of Wellington, New Zealand": the place apart
                    where = f"{tail.group(2)}, {where}" if where else tail.group(2)
                if where and self.person["location"] is None:
                    self.person["location"] = where
                both = re.match(r"^(.*?\S),?\s+(?:and|&)\s+(?:also\s+)?(?P<at>(?:in|at|with)\s+)?(?:the\s+)?(\S.*)$", name)
                joint = _JOINT_DEGREE.search(self.person["job_title"] or "")
                if both and dept is None and (INSTITUTION_STRONG.search(both.group(1)) or joint and ORG_RX.search(
                        both.group(1))) and ORG_RX.search(both.group(3)) \
                        and not SUBUNIT.match(both.group(3)) and (both.group("at") or joint or (
                            # "a joint PhD student at X University and the University of Y": two places each whole
                            # (their own institution's word), not "the Institute of Science and Technology"
                            INSTITUTION_STRONG.match(both.group(3)) or INSTITUTION_STRONG.search(both.group(3).split()[-1]))
                            and not DEPT_START.match(both.group(3))):
                    # "at UC Berkeley and in the Lawrence Berkeley National Laboratory": two places, each named after
                    # its own "at" or "in" (not "at X University and in the Department of Y": its unit)
                    for org in (both.group(1), both.group(3)):
                        aff = affiliation_from(org, role=self.person["job_title"])
                        if aff is not None and not any(fold(a.name) == fold(aff.name) for a in self.affiliations):
                            self.affiliations.append(aff)
                    return
                inside = re.match(r"^(.*?\S)\s+in\s+the\s+(.*(?:Institute|Department|School|Laboratory|Lab|Center|Centre|"
                                  r"Group|Faculty|College))$", name)
                if inside and dept is None and INSTITUTION_STRONG.search(inside.group(1)):
                    name, dept = inside.group(1), inside.group(2)  # "CMU in the Language Technologies Institute"
                unit = re.match(r"^(.*?\S)\s+(?:in|at)\s+(?:the\s+)?(\S.*)$", name)
                if unit and dept is None and UNIT.search(unit.group(1)) and not INSTITUTION_STRONG.search(unit.group(1)) \
                        and INSTITUTION_STRONG.search(unit.group(2)):
                    name, dept = unit.group(2), unit.group(1)  # "the Geology Lab in X University": a unit, its place
                of_school = re.match(r"^(.*?\S)\s+(?:de\s+l['’]\s*|de\s+la\s+|del\s+|dell['’]\s*|della\s+|der\s+|des\s+)"
                                     r"(?=[A-ZÀ-ÖØ-Þ])(.*)$", name)
                if of_school and dept is None and not INSTITUTION_STRONG.search(of_school.group(1)) \
                        and INSTITUTION_STRONG.match(of_school.group(2)):
                    # "l'UFR de Médecine de l'Université Paris Cité", "la Facultad de Ciencias de la Universidad X": a
                    # unit of the university named after it (the institution's word opening its name)
                    name, dept = of_school.group(2), of_school.group(1)
                owned = re.match(r"^(.*?\S)['’]s\s+([A-Z].*)$", name)
                # (only a name ending in an institution's word owns a unit: "Huawei Noah's Ark Lab" is one name)
                if owned and dept is None and ORG_RX.fullmatch(owned.group(1).split()[-1]) \
                        and not INSTITUTION_STRONG.search(owned.group(2)):
                    name, dept = owned.group(1), owned.group(2)  # "Tarn Law School's Data Policy Project"
                try:
                    aff = Affiliation(name=TRAILING_SYMBOLS.sub("", name).strip(" ,"), department=dept,
                                      role=self.person["job_title"])
                except ValueError:
                    return
                if future:
                    self.affiliations.insert(0, aff)  # (the place of the post held now first)
                else:
                    self.affiliations.append(aff)

    def _prose_degree(self, m: re.Match) -> None:
        """The education one match of a prose-degree pattern names: its place ``inst`` and, where the pattern has
        them, its degree ``deg``, field ``field`` and year ``when``; only when the place is a school's name and no
        department's."""
        inst = m.group("inst")
        # ("my master's degree at COPPE", "undergraduate studies ... at UFRJ": a school the phrase names by its
        # acronym alone, the words before it saying it is where the degree was taken)
        acronym = m.re is _UNDERGRADUATE_AT and re.fullmatch(r"[A-Z]{3,8}(?:/[A-Z]{2,8})?", inst.strip())
        if not (INSTITUTION_STRONG.search(inst) or acronym) or DEPT_START.match(inst):
            return
        if m.re is _UNDERGRADUATE_AT and m.group("deg") and not acronym:
            return  # ("my bachelor's degree in X from Y University": the named degree's sentence, read as one)
        g = m.groupdict()
        try:
            self.add_education(Education(degree=g.get("deg"), field=g.get("field"), institution=inst.strip(),
                                         year=find_year(g.get("when") or "")))
        except ValueError:
            pass

    def _prose_rest(self, t: str) -> None:
        """Degrees, advisors and research interests stated in prose."""
        for m in re.finditer(r"\bI\s+(?:have\s+)?joined\s+(?:the\s+)?(?P<org>[A-Z][^.,;]{1,60}?)\s+(?:on|in|since)\s+"
                             r"(?P<when>(?:[A-Z][a-z]+\.?,?\s+)?(?:19|20)\d\d)\b", t):
            # "I joined MEGVII on July, 2018": when the current position began (a past one follows below)
            org, year = fold(m.group("org")), find_year(m.group("when"))
            for i, a in enumerate(self.affiliations):
                if a.start_year is None and (org in fold(a.name) or fold(a.name) in org):
                    self.affiliations[i] = a.model_copy(update={"start_year": year})
                    break
        found = [*re.finditer(r"\b(?:I\s+(?:had\s+)?(?:spent|worked)\s+(?:\w+\s+)?years?\s+(?:in|at|with)|"
                              r"Previously,?\s+I\s+was\s+(?:an?\s+)?(?P<role>[^.;,]{0,40}?(?:researcher|scientist|engineer|"
                              r"postdoc\w*|fellow|professor|lecturer|intern))\s+(?:at|in|with))\s+(?:the\s+)?"
                              r"(?P<org>[^.;]{3,120})", t), *PAST_PLACE.finditer(t)]
        for m in found:
            # "Before that, I spent 12 years in Visual Computing group, Microsoft Research Asia": a past position
            # "... at ETH Zurich and received my PhD from ...": the place ends where the next clause starts
            # ("a postdoc at X, earned my PhD at Y": a clause of another verb, the next step of the career)
            # ("a postdoc at X with John P. Cunningham": the host named after the place)
            org = re.split(r",?\s+(?:and|where|before|after|then|while|working)\s+(?=[a-z])|,\s+(?=[a-z]+ed\s)|"
                           r"\s+with\s+(?=(?:(?:Prof|Dr)\.?\s+)?[A-Z][\w'’-]+\s+[A-Z])",
                           m.group("org"), maxsplit=1)[0]
            if m.re is PAST_PLACE:
                org = re.split(r",\s*(?:and|where|which|when|before|after|then|while)\b", org, maxsplit=1)[0]
            unit = re.match(r"(?P<dept>.+?)\s+at\s+(?:the\s+)?(?P<org>[A-Z][^,]+)$", org) if m.re is PAST_PLACE else None
            if unit and UNIT.search(unit.group("dept")):
                org = f"{unit.group('dept')}, {unit.group('org')}"  # "the Department of X at the Y University"
            years = [int(y) for y in YEAR.findall(org)]
            org = DATED_PARENS.sub("", org)  # "(2020–2022)"
            org = re.sub(r"\s*\([A-Z][A-Za-z]{1,7}\)\s*$", "", org)  # "Meta AI (FAIR)": the lab's acronym
            parts = [p.strip() for p in org.split(",") if p.strip()]
            name, dept = parts[-1], (", ".join(parts[:-1]) or None)
            if not ORG_RX.search(name) or any(fold(a.name) == fold(name) for a in self.affiliations):
                continue
            try:
                self.affiliations.append(Affiliation(
                    name=name, department=dept, current=False, role=m.groupdict().get("role"),
                    start_year=years[0] if years else None, end_year=years[1] if len(years) > 1 else None))
            except ValueError:
                pass
        for m in re.finditer(r"(?:\bI\s+(?:also\s+)?studied\s+(?:[\w-]+\s+){0,8}?|" + _SCHOOLED + r")at\s+(?:the\s+)?"
                             r"(?P<inst>(?:[^.;]|(?<=\b[A-Z])\.)+)", t):
            # "Before that, I studied pure mathematics at the Faculty of Mechanics and Mathematics, Moscow State
            # University": a place of study with no degree named
            # ("I studied linguistics at the University of X and UC Y": each place named; "Trained at G.B. Inland
            # University and the University of X, he ...": a biography's places of study, an initial's stop no end)
            # ("at X, Y, and Z, I then worked at W", "at X, where she earned ...", "at X and Y respectively": the
            # list of places ends with the clause after it; each place whole, its small words too: "Universität zu
            # Lübeck", "University of Texas at Austin")
            places = re.split(r",?\s+(?:respectively|where|who|which|when|while|before|after|then|since|until|as|"
                              r"with|under|during|working)\b|\s+and\s+(?!the\b|at\b)(?=[a-z])|"
                              r",\s+(?=(?:I|[Hh]e|[Ss]he|[Tt]hey|[Ww]e)\b)", m.group("inst"), maxsplit=1)[0]
            parts = []
            for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", places):
                p = re.sub(r"^(?:at\s+)?(?:the\s+)?", "", p.strip())
                # ("X University (BA)", "X University for five years", "... from 2005": the place ends before its
                # parenthesis or a small word going on in lower case; "Institute for Informatics" stays whole)
                p = re.split(r"\s*\(|\s+(?:for|from|in|during|between|since|until)\s+(?=[a-z\d])", p, maxsplit=1)[0]
                if not p[:1].isupper():
                    break  # ("X and Y, a piece of the sentence going on in lower case": no place of the list)
                # ("X University in Tarnland": the town after a place is no part of its name)
                parts.append(re.sub(r"\s+in\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?$", "", p))
            for inst in [p for p in parts if INSTITUTION_STRONG.search(p) and not DEPT_START.match(p)][:3]:
                try:
                    self.add_education(Education(institution=inst))
                except ValueError:
                    pass
        for m in _cjk_own_degrees(t) if has_cjk(t) else ():
            # (the place before the verb follows the last of 从/在/于 or the year: "于2014年从X获得", "在北京的X获得")
            school = CJK_SCHOOL.search(m.group("post")) or CJK_SCHOOL.search(re.split(r"[从從在于於的年]", m.group("pre"))[-1])
            if school:
                self.add_education(Education(degree=m.group("deg"), institution=school.group(0),
                                             year=find_year(m.group("pre") + m.group("post"))))
        for m in _UNDERGRADUATE_AT.finditer(t):
            # "completing my undergraduate degree at X University (in 1999)": a place of study, no degree's name
            self._prose_degree(m)
        for m in _ATTENDED_FOR.finditer(t):
            # "I attended the University of X for my Bachelor studies": a place of study and the degree it was for
            self._prose_degree(m)
        first_person = _FIRST_PERSON_WORD.search(t)
        for m in _GRADUATE_OF.finditer(t):
            # "I am a graduate of New College and obtained my Ph.D. from ...": a place of study, no degree named
            # (in a bio that says "I", "she graduated from" is said of another: "My student Li Wei ...; she ...")
            if first_person and not m.group(0).startswith("I"):
                continue
            self._prose_degree(m)
        for m in _STUDENT_AT.finditer(t):
            # "I'm a Ph.D. candidate in Chemistry at UCLA", "I was an undergraduate researcher at X University",
            # "He then joined the X University (Netherlands) as a PhD student": a place of study, its degree
            # ("a PhD Researcher at the Department of X at the Y Institute": the department, then its school)
            parts = [p.strip() for p in re.split(r",\s*|\s+\(|\s+at\s+(?:the\s+)?(?=[A-ZÀ-ÖØ-Þ])",
                                                 m.group("inst") or m.group("inst2") or m.group("inst3") or m.group("inst4"))]
            inst = next((p for p in parts if INSTITUTION_STRONG.search(p) and not DEPT_START.match(p)),
                        parts[0] if ORG_RX.fullmatch(parts[0]) else None)  # "at UCLA"
            places = [inst] if inst else []
            if inst and _JOINT_DEGREE.search(m.group(0)):
                # "a joint-PhD student at Central South University (CSU) and University of Chicago": a doctorate two
                # places award together, each a place of study (each named whole, its own institution's word)
                whole = m.group("inst") or m.group("inst2") or m.group("inst3") or m.group("inst4")
                for piece in re.split(r"\s+and\s+(?:the\s+)?", whole)[1:]:
                    place = re.split(r",\s*|\s+\(", piece)[0].strip()
                    if INSTITUTION_STRONG.search(place) and not DEPT_START.match(place) and place not in places:
                        places.append(place)
            for inst in places:
                deg = m.group("deg") or m.group("deg2") or m.group("deg3") or m.group("deg4")
                try:
                    self.add_education(Education(
                        degree=None if re.match(r"(?i)graduate|undergraduate", deg) else deg, institution=inst))
                except ValueError:
                    pass
        listed_end = -1  # (where the last degree read ended: a list of them goes on there)
        for m in re.finditer(
                # (a list's comma after a closing bracket, "from X (France), a Master ...", is at no word's edge)
                r"(?:\b|(?<=[)\]])(?=,))"
                r"(?:(?:am|is)\s+an?\s+(?:newly[\s-]minted|recent)\s+(?=Ph\.?\s?D)|"  # "I am a recent PhD from X"
                r"(?:received|obtained|earned|got|completed|hold|holds|did|pursued|finished|undertook|do|am doing|"
                # "In 2025, I defended my PhD thesis on "Title" at X": the thesis defended, the degree earned there
                r"defended|"
                # ("he began by earning an Associate's Degree in X from Y": the degree the gerund names too)
                r"(?:(?<=after )|(?<=by ))(?:completing|finishing|receiving|obtaining|earning|defending)|"
                # "enroll in an MSc, followed by a PhD at X": a degree begun, the next one after it
                r"enrol(?:l|led|ling)?\s+in|followed\s+by|"
                # "I received my Ph.D in 2024, following an M.S. in X from Y": the degree before it
                r"following|"
                r"have)\s+"
                r"(?:my|his|her|their|a|an|the)?|and\s+(?:(?:my|his|her|their|a|an|the)\s+)?|"
                # "a BEng degree from X in 1999, MEng degree from Y in 2002, and ...": the next degree of a list
                r"(?<=(?:19|20)\d\d),\s*(?:(?:my|his|her|their|a|an|the)\s+)?|"
                # "I also have a M.S. from X, a M.P.P. from Y, and ...": the next degree of a list, its article said
                # (only right where the degree before it ended: "Prof. Bo Chen, a Ph.D. from MIT" is another's)
                r"(?P<listed>,\s*(?:a|an)\s+)|"
                # "I graduated with First-Class Honours in an MSci ... degree at X"
                r"graduated\s+(?:with\s+[^.;,]{2,40}?\s+)?(?:in|with)\s+(?:(?:my|his|her|their|a|an|the)\s+)?)\s*"
                # "received the degree of M.Eng. in X from Y" (the degree named after the word)
                r"(?:degrees?\s+of\s+)?"
                # "holds a Joint PhD in X from A and B": a degree two places award together
                r"(?:(?P<joint>joint|dual|double|cotutelle)\s+)?"
                # "received his Applied Physics and Mathematics bachelor's degree": the field before the degree
                r"(?P<pre>(?-i:[A-Z][\w&-]*)(?:\s+(?:and\s+|of\s+|&\s+)?(?-i:[A-Z][\w&-]*)){0,5}\s+(?=(?i:bachelor|master)))?"
                r"(?P<deg>Ph\.?\s?D\.?|doctorate|doctoral degree|master'?s?|M\.?\s?Sci\.?|M\.?\s?Phil\.?|M\.?\s?Res\.?|"
                r"M\.?S\.?c?\.?|M\.?\s?Eng\.?|M\.?\s?Tech\.?|(?-i:" + PUBLIC_MASTERS + r")|"
                r"bachelor'?s?|associate['’]?s?(?=\s+degree)|B\.?S\.?c?\.?|B\.?\s?Eng\.?|"
                r"B\.?\s?Tech\.?|B\.?E\.?|B\.?A\.?|diploma|"
                r"habilitation|"
                # "a Specialization degree in X", "an Electrical Engineering degree from Y": a degree named by a few
                # capitalised words before the word "degree"
                r"(?P<named>(?-i:[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,}){0,2}))(?=\s+degree\b))(?![\w])"
                r"(?:\s+degrees?)?(?P<rest>(?:(?!(?:,?\s+(?:and|following)|(?<=(?:19|20)\d\d),|,(?=\s+an?\s))\s+(?:(?:my|his|her|their|a|an|the)\s+)?"
                r"(?:B\.|M\.|Ph\.|[BM][SA]\b|(?-i:" + PUBLIC_MASTERS + r")(?!\w)|[BM]\.?\s?(?:Eng|Sc|Tech)\b|PhD\b|"
                r"bachelor|master|doctor|diplom(?:as?|e)?\b|"
                r"habilitation|degrees?\s+of\b|(?-i:[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,}){0,2})\s+degree\b))"
                r"(?:[^.;]|(?<=\bProf)\.(?=\s[A-Z])|(?<=\bDr)\.(?=\s[A-Z])|"
                # ("from the University of X, U.K., in 1991": the stops of a country's initials)
                r"(?<=\b(?-i:[A-Z]))\.(?=(?-i:[A-Z])\.)|(?<=\b(?-i:[A-Z])\.(?-i:[A-Z]))\.(?=,)))*)", t, re.I):
            before_end = listed_end
            listed, listed_end = m.group("listed") is not None and m.start() != listed_end, m.end()
            if listed:
                continue  # ("I am Ana Ruiz, a PhD economist at X": no list of degrees before the ", a")
            if m.group("named") and (before_end < 0 or t[before_end:m.start()].strip(" ,")):
                # a degree named only by its words ("an Electrical Engineering degree") is one as the next of a list
                # of degrees; alone, "an Honorary degree from X", "a First Class degree in Y" name none
                listed_end = before_end
                continue
            rest = m.group("rest")
            # "After completing my PhD in 2015, I went on to a postdoc at X": a clause of its own, its subject
            # named, ends the degree's (the place after it is none of the degree's)
            rest = re.split(r",\s+(?:(?:then|later)\s+)?(?-i:I|he|she|they|we)\s+", rest, maxsplit=1)[0]
            # ("my Ph.D. from KAIST and worked as a Research Scientist at X (2021–2024)": the next thing the owner
            # did, its subject said once, is no part of the degree, nor are its years)
            rest = re.split(r"\s+and\s+(?:then\s+|later\s+)?(?:worked|served|spent|moved|went|became|held|led|started|"
                            r"taught|founded|co-founded)\b", rest, maxsplit=1)[0]
            deg = m.group("deg")
            if re.match(r"\s*(?:student|candidate|researcher|position)", rest, re.I):
                continue  # "I have a PhD student at ...": no degree of the owner's
            fld = m.group("pre").strip() if m.group("pre") else None
            fm = re.match(r"\s*(?:degree\s+)?in\s+([^,]+?)\s+(?=from|at)", rest)
            if fm:
                fld = fm.group(1).strip()
            # ("from X and completed her postdoc at Y", "at X, investigating ...": a clause of its own ends the place;
            # "from X in June 2025": the month and year it was earned)
            im = re.search(r"\b(?:from|at)\s+(?:the\s+)?(?P<inst>.+?)(?=,?\s+(?:under|(?:co-?)?advised|(?:co-?)?supervised|with|working|where|in\s+" + _MONTH_BEFORE_YEAR + r"(?:19|20)\d\d|"
                           # ("at X, from October 2020 to ...": when, after the place)
                           r"(?:from|since|between)\s+(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d|and\s+(?:(?-i:I)|he|she|they|my|his|her|a|the|completed|received|earned|obtained|joined|then|later|spent|moved|went)\b)|,\s*in\s+" + _MONTH_BEFORE_YEAR + r"(?:19|20)\d\d|"
                           r",\s*(?:and|on|specializing|specialising|focusing|majoring|while|investigating|studying|researching)\b|"
                           # ("at X (Town), before joining Y as a postdoc": what came next, no part of the place)
                           r",\s*(?:before|after|prior\s+to)\s+[a-z]+ing\b|"
                           # "a PhD from X, an MPA from Y and ...": the next degree of the list
                           r",\s+an?\s+\*?[A-Z][\w.'’]{1,10}\*?\s+(?:in|from|at)\b|"
                           # ("from X (Belgium), a Specialization degree in ...": a degree the list names by its words)
                           r"(?:\s*\([^()]*\))?,\s+(?:and\s+)?an?\s+(?-i:[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,}){0,2})"
                           r"\s+degree\b|$)",
                           rest)
            if not im:
                # "... at University of Michigan in the MMINT Lab, where I completed my PhD": the place named before
                wm = re.search(r"\b(?:at|from)\s+(?:the\s+)?(?P<inst>[A-Z][^,;.()]*?)(?:\s+in\s+the\s+[^,;.]*)?,?\s+"
                               r"where\s+(?:I|he|she|they)\s+(?:have\s+|also\s+)?$", t[:m.start()])
                if wm and INSTITUTION_STRONG.search(wm.group("inst")):
                    im = wm
            if not im:
                # "Ph.D degree in Hong Kong University of Science and Technology in 2006"
                im = re.search(r"\bin\s+(?:the\s+)?(?P<inst>.+?)(?=,?\s+(?:under|(?:co-?)?advised|(?:co-?)?supervised|with|working|where|"
                               r"in\s+(?:19|20)\d\d|and\s+(?:my|his|her|a|the)\b)|,\s*in\s+(?:19|20)\d\d|,|$)", rest)
                if im and not INSTITUTION_STRONG.search(im.group("inst")) and DEPT_START.match(im.group("inst")):
                    # "his Ph. D. under Prof. X in the School of Y, Tarn University, Tarnville (2011 - 2017)": a unit
                    # of the place, the place after it
                    im = re.search(r"\bin\s+(?:the\s+)?(?P<inst>.+?)(?=,?\s+(?:and\s+(?:my|his|her|a|the)\b)|$)", rest)
                if not im or not INSTITUTION_STRONG.search(im.group("inst")):
                    continue
            inst = re.sub(r"\s*\([^()]*(?:19|20)\d\d[^()]*\)\s*$", "", im.group("inst")).strip(" ,")  # "X, Italy (2010)"
            # "my PhD in Mycology from USF studying fungi, kept ...": a place named by its short form ends there, the
            # words after it in lower case the sentence going on
            inst = re.sub(r"^((?-i:[A-Z][A-Za-z&]*[A-Z]))\s+(?-i:[a-z]).*$", r"\1", inst)
            town = re.match(r"^(.*?\S)\s+in\s+((?-i:[A-Z])[\w.'’-]+(?:,?\s+(?-i:[A-Z])[\w.'’-]+){0,2})$", inst)
            if town and INSTITUTION_STRONG.search(town.group(1)) and not ORG_RX.search(town.group(2)):
                inst = town.group(1)  # "from Harbor College in Cupertino California": the place, then its town
            unit_at = re.match(r"^(.*?\S)\s+at\s+(?:the\s+)?(\S.*)$", inst)
            if unit_at and DEPT_START.match(unit_at.group(1)) and not INSTITUTION_STRONG.match(unit_at.group(1)) \
                    and INSTITUTION_STRONG.search(unit_at.group(2)):
                inst = unit_at.group(2)  # "from the Faculty of Information Technology at X University": the unit's place
            parts = [p.strip() for p in re.split(r",\s*", inst)]
            strong = [i for i, p in enumerate(parts) if INSTITUTION_STRONG.search(p)]
            if strong:
                i = strong[0]
                inst = ", ".join(parts[i:])
            year = find_year(rest)
            if year is None:
                # "..., under the supervision of Prof. Jian Cheng, in 2018." (the rest stopped at "Prof.")
                ym = re.match(r"[^;]{0,160}?,\s*in\s+((?:19|20)\d\d)\b", t[m.end():])
                year = int(ym.group(1)) if ym and not DEGREE_WORD.search(t[m.end():m.end() + ym.start(1)]) else None
            # ("a Joint PhD ... from X University and University of Y": each place, the degree theirs together; a
            # degree not said to be joint keeps "X and Y" as written, one place or two)
            pair = [p.strip() for p in re.split(r"\s+(?:and|&)\s+", inst, maxsplit=1)] if m.group("joint") else []
            places = pair if len(pair) == 2 and all(INSTITUTION_STRONG.search(p) and not DEPT_START.match(p)
                                                    for p in pair) else [inst]
            for place in places:
                try:
                    ed = Education(degree=deg, field=fld, institution=place, year=year)
                except ValueError:
                    continue
                self.add_education(ed)
        for m in _GRADUATED_FROM.finditer(t):
            # "I graduated from X University with a B. Tech. (Honors) in Y": the place named before its degree
            self._prose_degree(m)
        for m in re.finditer(
                r"\b(?:received|obtained|earned|holds?|has)\s+(?:an?|the|my|his|her|their)?\s*"
                r"(?P<deg>B\.\s?Sc\.|M\.\s?Sc\.|B\.\s?A\.|M\.\s?A\.|bachelor'?s?|master'?s?)(?P<list>[^;]{0,200}?)"
                r"\s+from\s+(?:the\s+)?(?P<inst>[^,;.]{3,80}?)(?=,|;|\.(?:\s|$)|\s+in\s+(?:19|20)\d\d|$)", t, re.I):
            # "He holds a B.Sc. in Physics, M.Sc. in Physics, and a degree in X from Y": degrees listed, then the
            # one place they are all from (the periods of the abbreviations ended the clause above)
            inst = m.group("inst").strip()
            if not re.search(r"(?i)\b(?:[BM]\.\s?Sc\.|[BM]\.\s?A\.|Ph\.?\s?D|bachelor|master|degree)", m.group("list")) \
                    or not INSTITUTION_STRONG.search(inst) \
                    or any(fold(inst) in fold(e.institution or "") or fold(e.institution or "") in fold(inst)
                           for e in self.education):
                continue  # (one degree is the loop's above; a place already read is not read twice)
            try:
                self.add_education(Education(degree=m.group("deg"), institution=inst))
            except ValueError:
                continue
        for m in _MY_DEGREE_NOTE.finditer(t):
            # "My PhD (at Leeds) was in algebra under ...", "My PhD was at the University of X in 1999"
            inst = (m.group("p") or m.group("w")).strip()
            if DIGITS.search(inst):
                continue
            undergrad = m.group("deg").lower().startswith("undergrad")
            if undergrad and not INSTITUTION_STRONG.search(inst):
                continue  # ("my undergrad (in my spare time)": a place is named, for a degree with no name)
            try:
                self.add_education(Education(degree=None if undergrad else m.group("deg"), field=m.group("field"),
                                             institution=inst, year=find_year(t[m.end():m.end() + 160])))
            except ValueError:
                continue
        for m in _WITH_DEGREES.finditer(t):
            # "With dual BSc degrees in Marine Science and Mathematics from X University, Ana is ..."
            self._prose_degree(m)
        for m in _ANOTHER_DEGREE.finditer(t):
            # "I have a master in math from X University, and one from Y University": the same degree at a second place
            if INSTITUTION_STRONG.search(m.group("inst")):
                self.add_education(Education(degree=re.sub(r"['’]?s$", "", m.group("deg")),
                                             institution=m.group("inst").strip()))
        for ed in _other_language_degrees(t) + _doctoral_places(t):
            self.add_education(ed)
        for m in _DEGREE_NOTE.finditer(t):
            # "My background is X (PhD, Y University, with A, B and C)": the owner's own degree (the sentence is in
            # the first person before the brackets), its place and the advisors it names
            said = re.split(r"[.!?]\s", t[:m.start()])[-1]
            inst = " ".join(m.group("inst").split())
            if not _FIRST_PERSON_WORD.search(said) or not INSTITUTION_STRONG.search(inst) or DEPT_START.match(inst):
                continue
            try:
                self.add_education(Education(degree=m.group("deg"), institution=inst,
                                             year=int(m.group("year")) if m.group("year") else None))
            except ValueError:
                continue
            names = [clean_person(" ".join(n.split())) for n in re.split(r",\s*|\s+and\s+|\s*&\s*", m.group("who") or "")]
            add_advisors(self.advisors, [n for n in names if n and len(n.split()) >= 2 and name_like(n)])
        add_advisors(self.advisors, advisors_in(t))
        m = PROSE_INTERESTS.search(t)
        if m:
            self.add_interests(interest_list(topics_only(m.group("list"))))
