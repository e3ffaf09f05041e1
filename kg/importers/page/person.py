"""Person fields from prose: name candidates, education, advisors, affiliations, positions, dates.

Takes a line or sentence of the page; gives the owner's name candidates (``name_candidate``),
an :class:`Education` (``education_from``), advisors, an :class:`Affiliation`
(``affiliation_from``, ``split_title_aff``), the job/organisation/address patterns, talk kinds
and dates (``date_of``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...model import Affiliation, Education
from ..common import lazy_compile, DIGITS, NOW_WORDS, NAME_CAPITALS, NAME_SMALL_WORDS, ONE_NAME_WORD, PICTOGRAPH_JOINERS, PICTOGRAPHS, PLACE_PREPOSITION, ADVISED_BY, ADVISOR_WORDS, DEPT_START, INSTITUTION_STRONG, ORG_RX, TOP_LEVEL, DEGREE_NAMES, MONTH_ABBR, MONTH_NAMES, SEASONS, YEAR, name_key, CJK_CHARS, HONORIFIC, HONORIFIC_WORDS, JOB_TERMS_CJK, LANGUAGES, PLACE_END_CJK, JOB_WORDS, MONTHS, NICKNAME_BETWEEN, PLACE_ABBREVIATION_DOT, birth_names, cjk_dates, find_year, fold, has_cjk, parse_date, name_slot, role_only, uninvert_name, without_degrees, without_honorifics

from .source import norm
from .sections import section_kind
from .scores import name_like


# --- person fields ------------------------------------------------------------------------------

_TITLE_NOISE = lazy_compile(
    # "Homepage of Ana Ruiz", "Homepage Ana Ruiz" (a page title in the word order of Dutch or German: "Homepage
    # Ana Ruiz"), "Website of Ana Ruiz": what the page is, no part of the name
    r"^(?:welcome(?: to)?|(?:the\s+)?(?:personal\s+)?(?:home\s*page|web\s*site|web\s*page)(?:\s+of)?|"
    r"personal (?:home\s*)?page of|about|hi,?\s*i'?m|hello,?\s*i'?m|i'?m)\s+|"
    r"(?:['’]s?\s*(?:personal\s+)?(?:home\s*page|homepage|website|web\s*page|page|site|blog))\s*$|"
    r"\s+(?:home\s*page|homepage|personal (?:home\s*)?page|website)\s*$|"
    # "Pierre Roux English Page": the language version of the site the page is
    r"\s+" + LANGUAGES + r"\s+"
    r"(?:home\s*page|homepage|page|version|site|website)\s*$",
    re.I,
)
_LIST_WORDS = r"publications|papers|preprints|talks|cv|curriculum vitae"
_OWN_LIST = rf"(?:(?:selected|recent|full|complete)\s+)?(?:{_LIST_WORDS})"
"""The lists a page title says are someone's ("Selected Publications", "CV"), in ``X's CV``, ``Publications of X``
and ``X: Papers``."""
_SECTION_OF = lazy_compile(
    rf"^(?:(?:selected|recent|full|complete)\s+)?(?:{_LIST_WORDS}|students|teaching)\s+(?:list\s+)?(?:of|by)\s+|"
    rf"['’]s?\s*{_OWN_LIST}\s*$",
    re.I,
)
"""A page title naming whose list the page is (``Publications of Jeremy L. Martin``): the page's owner, read
from the head's title (a heading saying so is still the section's heading)."""
_NAME_COLON_LIST = re.compile(rf"(?P<name>[^:,]+?)\s*[:,]\s+{_OWN_LIST}\.?", re.I)
"""``Ana Sokolova: Papers``, ``Jacob Yates, publications``: a name, then the list it owns after a colon or comma
set tight against it (a spaced colon splits a title anyway; "Research: Sea Ice" names a topic, no one)."""
_GENERIC = {"home", "homepage", "about", "about me", "welcome", "publications", "research", "index", "cv", "blog",
            "news", "bio", "biography", "contact", "people", "projects", "teaching", "main page", "untitled",
            "document", "profile", "my homepage", "personal homepage", "academic homepage",
            # the same navigation and menu labels in the languages of the pages seen: a menu's "Home" is no name
            "home page", "start", "startseite", "accueil", "inicio", "início", "página inicial", "pagina iniziale",
            "ホーム", "トップ", "トップページ", "ホームページ", "プロフィール", "自己紹介", "私について", "研究", "研究内容",
            "研究紹介", "業績", "経歴", "略歴", "リンク", "お問い合わせ", "連絡先", "首页", "主页", "首頁", "主頁",
            "个人主页", "個人主頁", "个人简介", "個人簡介", "关于我", "關於我", "简介", "簡介", "科研", "홈", "홈페이지",
            "메인", "소개", "프로필", "연구", "연구실", "연락처"}
_CJK_PAGE_SUFFIX = re.compile(r"(?:的(?:个人|個人)?(?:主页|主頁|网站|網站|网页|網頁|首页|首頁)|の(?:ホームページ|ページ|サイト|Webページ)"
                              r"|\s*의\s*(?:홈페이지|홈))\s*$")
"""What follows a name in a page title in Chinese, Japanese or Korean ("王小明的主页", "山田太郎のホームページ"):
the page's kind, no part of the name."""
_CJK_TITLES = sorted({*JOB_TERMS_CJK, "老师", "老師", "先生", "博士", "교수", "박사"}, key=lambda t: (-len(t), t))
"""Positions and forms of address written after a name in Chinese, Japanese or Korean, longest first."""
_CJK_PHRASE = lazy_compile(rf"[{CJK_CHARS}][。？]|[{CJK_CHARS}]{{5,}}[，；]|[\uac00-\ud7af]{{2,}}(?: [\uac00-\ud7af]{{2,}}){{2,}}")
"""A heading in Chinese, Japanese or Korean that is a sentence or a phrase, no name: a sentence's stop, a clause
longer than a name before a full-width comma ("模块化布局，把复杂信息变成卡片。"), three Hangul words of two syllables
or more ("게시 여부 확인": a Korean name is one word, or a family name and a given name; "이 지 은" spaces a name's
syllables). Read on the heading without its titles, its lab and its bracketed form (_CJK_NOT_PHRASE)."""
_CJK_NOT_PHRASE = lazy_compile("(?:" + "|".join(map(re.escape, [*_CJK_TITLES, "연구실", "研究室"]))
                             + r")(?=[\s，,；;]|$)|[(（][^()（）]*[)）]")
"""What a name's heading holds besides the name ("박지우 교수 연구실", "王晓梅教授，博士生导师", "이 지 은 (Lee Ji-eun)"):
the title, the lab and the name in another script, taken away before the phrase test."""
CJK_SURNAMES = frozenset(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘"
    "于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閻段雷"
    "侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊"
    "聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱"
    "蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁"
    "窦竇戚岑景党宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢"
    "仲虞敖巩鞏明佘池查麻苑迟遲邝鄺")
"""Family names that open most Chinese names written in two characters ("王伟"): a two-character heading that
opens with none of them is a word ("数学", "首页"), not a name."""


GREETING_WORDS = "hi|hello|hey|howdy|welcome|greetings|你好|您好"
"""The words a page's heading greets with ("Hi there", "Welcome", "你好"), alternatives of a case-blind pattern."""
_SELF_NAMED = re.compile(rf"^(?:(?:{GREETING_WORDS})\b[^,!.:]*?[,!.:]+\s*)?"
                         r"(?:i'?m|i’m|i am|this is|my name is)\s+", re.I)
"""A greeting heading's words before the owner's name ("Hi there, I'm ", "Hey, my name is ")."""


def name_candidate(text: str, page_title: bool = False, greeting: bool = False,
                   inverted: bool = False) -> tuple[str, list[str]] | None:
    """A person's name read from a title or heading, with names in other scripts apart (``page_title``:
    the head's title, where ``Publications of X`` names the owner; ``greeting``: a heading, where "Hi, I'm
    Sebastian 👋" names the owner by the given name alone; ``inverted``: a field that holds one person's name, as
    a head's ``<meta name="author">`` does, which a catalogue writes family name first, "Esmeral García, Kevin").
    Such a field written "Family, Given" (one given name, perhaps with an initial) names "Given Family": "Roe,
    Ana Ph.D." names Ana Roe (a title's "Paris, France" is a place: titles are not read so)."""
    text = norm(text)
    if not text or len(text) > 120 or has_cjk(text) and _CJK_PHRASE.search(_CJK_NOT_PHRASE.sub("", text)):
        return None
    if page_title:
        text = norm(_SECTION_OF.sub(" ", text))
    # emoji, stars; not a "+" joining words ("React + Vite": two things, as "&" joins them, no one's name)
    text = norm(re.sub(r"[^\w\s().,'’\-·|–—:/&+（）]+", " ", text))
    # "Hi there 👋, I'm Priya Raman", "你好，我是 张伟明": the greeting is no part of the name
    introduced = _SELF_NAMED.match(text)
    text = _SELF_NAMED.sub("", text)
    if greeting and introduced:
        # "### Hi, I'm Sebastian 👋", "Hey there, I'm Yaoyao!": a profile README's greeting gives the owner's
        # given name, the whole heading
        alone = text.strip(" !,.")
        if re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?", alone) and 2 < len(alone) <= 20 \
                and fold(alone) not in _GENERIC and not section_kind(alone) and not role_only(alone):
            return alone, []
    text = re.sub(r"^(?:(?:你好|您好|大家好|嗨)[\W_]*)?(?:我是|我叫)\s*", "", text)
    if own_list := _NAME_COLON_LIST.fullmatch(text):
        text = own_list["name"]
    # "Home / ホーム", "山田 太郎 / やまだ たろう": a spaced slash sets the same thing in two languages or scripts apart
    parts = re.split(r"\s+[|\-–—·•:/]\s+|\s*\|\s*|\s*[·•]\s*", text)
    group: str | None = None  # a part naming a group ("Albeck Lab"): the parts after it may name its place
    for part in parts:
        part = _TITLE_NOISE.sub("", part).strip(" !,.")
        part = _TITLE_NOISE.sub("", part).strip(" !,.")
        if has_cjk(part):
            part = _CJK_PAGE_SUFFIX.sub("", part).strip(" -–—")  # ("略歴 - 稲永 俊介 -": a dash on each side)
            # "梁文静 教授", "山田 太郎 准教授": the position after the name is no part of it
            title = next((t for t in _CJK_TITLES if part.endswith(t)), None)
            if title and cjk_name_like(part[: -len(title)].strip()):
                part = part[: -len(title)].strip()
        if not part or fold(part) in _GENERIC or section_kind(part) or name_slot(part):
            continue  # (a theme's "Your Name" left unfilled names no one)
        alts: list[str] = []
        if has_cjk(part):
            whole = re.fullmatch(rf"([{CJK_CHARS}·]+\s[{CJK_CHARS}·]+)(?:\s*[(（][^()（）]*[)）])?", part.strip())
            # "山田 太郎": family and given name as a Japanese page spaces them, one name (not a name and another)
            cjk = [whole.group(1)] if whole and len(whole.group(1)) <= 9 else [
                # "Yuji Oyamada (小山田 雄仁)": family and given name spaced inside the parentheses, one name
                piece for run in re.findall(rf"[{CJK_CHARS}·]+(?: [{CJK_CHARS}·]+)*", part)
                for piece in ([run] if " " in run and cjk_name_like(run) else run.split()) if len(piece) >= 2]
            alts.extend(c for c in cjk if c not in _GENERIC and not section_kind(c))
            part = re.sub(rf"[{CJK_CHARS}·]+", " ", part)
            part = re.sub(r"\(\s*\)|（\s*）", " ", part)
        else:
            mid = NICKNAME_BETWEEN.fullmatch(clean_person(part))
            if mid and name_like(f"{mid[1]} {mid[3]}"):
                # "Ines (Nina) Vogt", "Robert “Bob” Lee": the name, with the nickname as another way to write it
                return f"{mid[1]} {mid[3]}", [mid[0], f"{mid[2]} {mid[3]}"]
            m = re.match(r"^(.*?)\s*\(([^()]+)\)\s*$", part)
            if m and (born := birth_names(part, [clean_person(m.group(1))])):
                alts += born  # "Ana Roe (née Lind)": the name, and the name she was born with
                part = m.group(1)
            elif m and name_like(clean_person(m.group(2))):
                alts.append(clean_person(m.group(2)))
                part = m.group(1)
        latin = clean_person(part)
        if re.search(r"\b(?:lab|laboratory|group|team|cent(?:er|re))$", latin, re.I) or role_only(latin):
            group = group or (None if role_only(latin) else latin)
            continue  # "Dr. Oyelaran Lab": the group's name, not its head's; "Principal Investigator": a label
        latin = _role_apart(part, latin)
        if inverted and (m := _FAMILY_FIRST.fullmatch(latin)) and (
                not m["more"] or norm(part).count(",") == 1 and without_degrees(norm(part)) != norm(part).rstrip(" ,")):
            # ("Roe, Ana", "van Dijk, Ana M": a catalogue's order, family name first; "Dijk, Ana M" lost its stop to
            # the strip above: "Ana M. Dijk". Two family names before the comma are that order only when a degree
            # follows the given name, "Esmeral García, Kevin Ph.D.": "Jane Doe, Stanford" and "Ana Ruiz, Google" (or
            # "Ana Ruiz, Google, PhD") are a whole name and its place, never "Stanford Jane Doe")
            latin = _LONE_INITIAL.sub(r"\1.", uninvert_name(latin))
        if group and (INSTITUTION_STRONG.search(latin) or re.match(r"(?:[A-Z]{3,5}|U[A-Z]|[A-Z]U)\s", latin)
                      and not latin.isupper()) and not set(latin.split()) & set(group.split()):
            # "Albeck Lab · UC Davis": the group's place ("UC Davis", "TU Delft", "KU Leuven", "UT Austin", "KTH
            # Stockholm"), no one's name; "KC Lee", "TJ Roe", "JOHN SMITH" stay names
            continue
        if latin and name_like(latin) and len(latin.split()) >= 2:
            if not alts:
                # "Kenji Watanabe | 渡辺 健二": the name in another script beside it (written without the space)
                cjk_name = rf"[{CJK_CHARS}·]+"
                for other in parts:
                    o = other.strip(" !,.")
                    if other is not part and re.fullmatch(rf"{cjk_name}(?:\s{cjk_name})?", o) \
                            and 2 <= len(o.replace(" ", "")) <= 8 and not re.search(r"主页|首页|网站|实验室|研究室|课题组|大学|学院|研究", o):
                        alts.append(o if re.search(r"[\uac00-\ud7af]", o) else o.replace(" ", ""))
            return latin, alts
        if not latin and alts and cjk_name_like(alts[0]):
            return alts[0], alts[1:]
    return None


_LONE_INITIAL = lazy_compile(rf"(?<= )([{NAME_CAPITALS}])(?= )")
"""An initial written without its stop inside a name ("Ana M Dijk"): given its stop by :func:`name_candidate`."""
_FAMILY_FIRST = lazy_compile(rf"(?:[a-z]{{1,3}} )?[{NAME_CAPITALS}][\w'’\-]+"
                           rf"(?P<more>(?: (?:[a-z]{{1,3}} )?[{NAME_CAPITALS}][\w'’\-]+){{1,2}})?, "
                           rf"{ONE_NAME_WORD.pattern}(?: [{NAME_CAPITALS}]\.?)?")
"""One name written family name first (``Esmeral García, Kevin``, ``van Dijk, Ana M.``): one to three words
(``more``: the second and third), a comma, one given name (perhaps with an initial); not two people ("Ann Lee, Bo
Wu": two words after the comma)."""


def _role_apart(raw: str, latin: str) -> str:
    """A heading's name without the position written before or after it: "Group leader Dr. Ana Ruiz", "Ana Ruiz
    Principal Investigator" (a ``<br>`` between the two lines read as a space) name Ana Ruiz. A position of one
    word is taken off only before an honorific ("Dean Foster" and "James Dean" are names); ``raw``: the text
    before its honorifics were taken off, ``latin``: after."""
    words = norm(raw).split()
    # (role_only asks each head, then each tail, in turn whether it names a position: a position named in one names
    # one in every longer one, so when the longest names none no shorter is asked)
    for k in range(len(words) - 2, 0, -1) if len(words) >= 3 and JOB_WORDS.search(" ".join(words[:-2])) else ():
        head, rest = " ".join(words[:k]), " ".join(words[k:])
        if role_only(head) and (k >= 2 or HONORIFIC.match(rest)):
            name = clean_person(rest)
            if name_like(name) and len(name.split()) >= 2:
                return name
    words = latin.split()
    for k in range(len(words) - 2, 1, -1) if len(words) >= 4 and JOB_WORDS.search(" ".join(words[2:])) else ():
        head, rest = " ".join(words[:k]), " ".join(words[k:])
        if role_only(rest) and name_like(head):
            return head
    return latin


def cjk_name_like(text: str) -> bool:
    """Whether a text in Chinese, Japanese or Korean can be a person's whole name as a title or heading writes
    it: two to four Han, kana or Hangul characters, family and given name with or without a space between them
    ("山田 太郎", "张伟明", "김민수"), or a name in kana with its parts apart ("ジョン・スミス"); a name of two Han
    characters without a space opens with a Chinese family name ("王伟": "数学" is a word).

    >>> cjk_name_like("山田 太郎"), cjk_name_like("王伟"), cjk_name_like("数学"), cjk_name_like("ホーム")
    (True, True, False, False)
    """
    bare = text.replace(" ", "")
    if re.fullmatch(r"[\uac00-\ud7af]{2,4}|[\uac00-\ud7af]{1,2} [\uac00-\ud7af]{1,3}", text):
        return True  # Hangul
    if re.fullmatch(r"[\u30a0-\u30ff]{2,}(?:[・ ][\u30a0-\u30ff]{2,})+", text):
        return True  # a name in katakana, parts apart
    if not re.fullmatch(rf"[{CJK_CHARS}]{{1,3}} [{CJK_CHARS}]{{1,4}}|[\u4e00-\u9fff][{CJK_CHARS}]{{1,4}}", text):
        return False
    if re.fullmatch(r"[\u3040-\u30ff ]+", text):
        return False  # all kana without a Han character: a word ("トップ") or a reading beside the name
    return " " in text or len(bare) > 2 or bare[0] in CJK_SURNAMES


def clean_person(text: str) -> str:
    text = norm(text).strip(" ,;:()（）")
    text = re.sub(r"(?<=\w)['’]s\b.*$", "", text)  # "Prof. Ann Roe's Verification Group": the name ends at its 's
    text = without_degrees(without_honorifics(text))
    return text.strip(" ,;:")


# "2017-2018 Statistics Student Seminar", "Graduate Student Council": a role word naming the people an event or a
# body is for, not anyone's position
ROLE_AS_ADJECTIVE = lazy_compile(r"\b(?:students?|researchers?|fellows?|postdocs?|faculty)\s+(?:seminars?|symposi(?:um|a)|"
                                r"conferences?|workshops?|council|association|union|club|society|forum|day|retreat|"
                                r"colloqui(?:um|a)|reading groups?|talks?|lectures?|series)\b", re.I)
ADDRESS_RX = lazy_compile(
    r"\b(room|rm\.|office\b|building(?!\s+(?-i:[a-z]))|bldg\.?|hall|street|st\.|avenue|ave\.|road|rd\.|blvd\.?|suite|floor|"
    r"campus drive|p\.?\s?o\.?\s?box|mailbox|mail stop)(?:\b|(?<=\.)(?=,))|\b[A-Z]{2}\s+\d{5}\b|\b\d{5,6}\b|"
    r",\s*(china|p\.\s?r\.\s?china|usa|u\.s\.a\.|united states|uk|united kingdom|germany|france|canada|japan|"
    r"korea|south korea|singapore|switzerland|australia|netherlands|italy|spain|israel|india|hong kong|taiwan|"
    r"sweden|denmark|austria|belgium|finland|norway|ireland|portugal|brazil)\s*\.?\s*$|"
    # in Japanese, Chinese, Korean: a label "住所:" (address), a postal code ("〒680-0001", "邮编 100084")
    r"^\W*(?:住所|地址|通讯地址|通訊地址|주소|オフィス|居室|办公室|辦公室|연구실)\s*[:：]|〒\s*\d|\b\d{3}-\d{4}\b|邮编|郵編|"
    r"郵便番号|우편번호|\d+\s*(?:号館|号室|号棟|号楼|號樓|호관|호실)|キャンパス",
    re.I,
)
ADDRESS_LABEL = r"(?:(?:mailing|postal|office|work)\s+)?(?:address|location|office)"
"""The words that label where the owner is ("Address", "Office", "Mailing address"), a pattern with no flags of its
own: :data:`ADDRESS_HEADING` finds them alone over the lines they label, bio's ``_LABELLED_PLACE`` before a colon and
the place on the same line."""
ADDRESS_HEADING = lazy_compile(rf"(?i)\b{ADDRESS_LABEL}\b|住所|地址|주소")
"""A contact section's sub-heading over the owner's address ("📍 Address", "Office", "Mailing address")."""
EMAIL_CUE = re.compile(r"@|\(at\)|\[at\]|\{at\}|\s+at\s+\S+\s+(?:dot|\.)\s*|^\s*e-?mail|^\s*mail\s*:|\bAT\b", re.I)
CJK_DEGREE = r"(?:博士|修士|硕士|碩士|学士|學士)"
"""A degree's word in Chinese or Japanese (doctor, master, bachelor), as the patterns of degrees write it."""
DEGREE_RX = lazy_compile(
    r"(Sciences?\s+Doctor|Doctor(?:ate)? of [A-Z]\w+|"
    r"Master(?:['’]?s)?(?: of (?:Science|Engineering|Arts|Philosophy))?(?: degree)?|"
    r"Bachelor(?:['’]?s)?(?: of (?:Science|Engineering|Arts))?(?: degree)?|Engineering degree|Engineer(?:'s|ing) diploma|"
    # a degree in Chinese or Japanese at the end of its word ("计算机博士", "人工智能硕士": the field, then the
    # degree); not "博士后" (a postdoc) nor "博士生" (a student), which the next character makes another word
    + CJK_DEGREE + r"|"
    + DEGREE_NAMES + r")(?!\w)"
)
"""An education line's degree (:data:`~kg.importers.common.DEGREES`, and the long forms: "Master of Science degree",
"Doctor of Philosophy", "Engineer's diploma"; "博士", "硕士", "学士" closing a word), matched where it is asked for; AcadHomepage's "Undergraduate,
College of X" too."""
_NAME_WORD = r"(?:[A-Z]\.(?:-?[A-Z]\.)?|[A-Z][\w'’\-]*[\w])"
_NAME_PARTICLE = r"(?:(?:de|da|do|dos|das|del|della|di|van|von|der|den|du|le|la)\s+|d['’](?=[A-Z]))?"
"""A family name's particle before its next word ("Rafael Souza de Mendonça", "Jan van Dijk"), in lower case, or
elided onto it ("Anne d'Arcy")."""
_GIVEN_SYLLABLE = (r"(?:\s+(?!(?:and|or|at|in|on|of|from|with|by|for|the|to|since|until|who|is|was|as|et|und|del|van|von|"
                   r"der|den|du|le|la|da|do|dos|das|di|de|des|al|el|bin|ibn)\s)[a-z]{2,5}(?=\s+[A-Z][a-z]))?")
"""A given name's second syllable written in lower case after the first ("Jeong hwan Jeon", "Hyun jong Kim"), a
romanized Korean or Chinese given name in two words: no particle nor joining word of a sentence."""
UNDER_ADVISOR = (r"(?:under (?:the )?(?:(?:joint|co-?)\s*)?(?:supervision|guidance|direction|mentorship|auspices) of|"
                 r"with the (?:(?:joint|co-?)\s*)?(?:supervision|guidance) of)")
"""How a sentence names the advisor a position is held under ("a PhD student at X under the supervision of A", "my
Ph.D. from X in 2018 with the guidance of A")."""
_ADVISOR_RX = lazy_compile(
    r"(?i:advis(?:e|o)rs?|supervisors?|advised by|supervised by|" + UNDER_ADVISOR + r"|"
    # "I receive supervision from Prof. A and Prof. B", "under supervision from Prof. A", "with co-supervision from A"
    r"(?:co-?)?supervision from|"
    r"working with|studying (?:with|under)|mentored by|co-advised by|thesis advisor|phd advisor|"
    # French: "sous la direction de", "directeur de thèse", "Direction : A et B"
    r"sous la (?:co-?)?direction d[e']|(?:co-?)?direct(?:eur|rice)s? de (?:th[eè]se|recherche)|(?:co-?)?direction(?=\s*:)|"
    # Portuguese: "Orientador: Prof. Dr. A", "Coorientadora: Profa. Dra. B", "sob orientação do Prof. A", "minha
    # pesquisa, orientada pelo Prof. A" (the participle: "supervised by")
    r"(?:co-?)?orientador(?:a|es|as)?|sob (?:a )?(?:co-?)?orienta[çc][ãa]o d[eoa]s?|"
    r"(?:co-?)?orientad[oa]s? p(?:or|el[oa]s?)(?:\s+(?:o|a)(?=\s+[A-Z]))?|"
    # Spanish: "mi tesis doctoral (dirigida por A y B)", "directora de tesis: A", "bajo la dirección de A"; German:
    # "Betreuer: A", "betreut von A und B" (a thesis "dirigida por": a group "dirigido por" its head is no advisor)
    r"tesis\b[^.;]{{0,80}}?\(?\s*(?:co-?)?dirigida por(?:\s+(?:el|la)(?=\s+[A-Z]))?|(?:co-?)?direct(?:or|ora|ores|oras) de tesis|"
    # (the same in English: "dissertation <Title> directed by Dr. A", "Thesis directed by: A"; only the thesis's
    # title, quoted or in capitals, between: "dissertation on films directed by A" names a film's director; then
    # its year in brackets, a phrase between commas, the passive: "thesis (2015), on sea ice, was directed by A")
    r"(?:thesis|dissertation)\b:?(?:\s+[\"“‘'*_][^\"”’*_]{{1,150}}[\"”’'*_]|"
    r"(?:\s+(?-i:[A-Z\d])[\w'’:\-]*(?:\s+(?:(?-i:[A-Z\d])[\w'’:\-]*|(?-i:of|the|and|in|on|for|a|an|to|with|at|from|"
    r"by|&|de|la|des|du|der|und)\b))*))?(?:\s*\([^()]{{0,40}}\))?(?:,[^,.;]{{1,40}},)?(?:\s+(?:was|is|has been))?"
    r",?\s+(?:co-?)?directed by|"
    r"bajo la (?:co-?)?direcci[óo]n de|betreut von|(?:ph\.?\s?d\.?-?)?betreuer(?:in|innen)?(?=\s*:))"
    r"\s*(?i:is|was|were|are|:)?\s*"
    # "Supervisors: CNRS researchers A and B": what the advisors are, before their names
    r"(?:(?:[A-Z]{{2,8}}\s+)?(?i:researchers|professors|scientists)\s+)?"
    r"((?:{H}\s+)*{N}{S}(?:\s+{Q}{N}){{0,3}}{P}"
    r"(?:\s*(?:,(?:\s*(?:and|&|et|y|und)\b)?|and|&|et|y|und)\s*(?:{H}\s+)*{N}{S}(?:\s+{Q}{N}){{0,3}}{P})*)".format(
        N=_NAME_WORD, Q=_NAME_PARTICLE, S=_GIVEN_SYLLABLE, H=HONORIFIC_WORDS, P=r"(?:\s*\([A-Z][^()]{0,120}\))?"  # ("A (LIGM) and B (LIX)": their labs; "A (IEEE Fellow, ...)": honours)
        r"(?:\s+at\s+(?:the\s+|The\s+)?[A-Z][\w'’.&-]*(?:\s+(?:(?:of|for|de|the)\s+)?[A-Z][\w'’.&-]*)*)?"),
)
"""An advisor named as such, or several ("co-supervised by A at X University and B at Y University", "by A (LIGM) and
B (LIX)": each name with the place after it, which the names are read without; "co-advised by Profs. A and B": one
title for both;
"Supervisor: Prof. Dr. A": titles one after another)."""


_CJK_ADVISOR_TITLE = r"(?:(?:助理|副|讲席|講席|特聘)?教授|(?:助理|副)?研究[员員]|老[师師]|博士|院士)"
_CJK_ADVISOR_NAME = rf"[\u4e00-\u9fff]{{2,4}}?{_CJK_ADVISOR_TITLE}"
_ADVISOR_CJK = lazy_compile(r"(?:导师|導師|指导老师|指導老師|指导教师|指導教師)\s*(?:是|为|為)\s*|师从|師從")
"""Advisors named in Chinese prose ("导师是A教授和B教授", "导师为A老师", "师从A教授"): each name two to four
characters and its title after it (a name alone, "导师是冒险", may be no name; a label's "导师：A" is read as a
label is)."""
_CJK_ADVISOR_NAMES = lazy_compile(rf"{_CJK_ADVISOR_NAME}(?:\s*[和与與及、]\s*{_CJK_ADVISOR_NAME})*(?=\s*(?:[，,。；;）)（(]|$))")
_CJK_TITLE_AFTER = re.compile(rf"{_CJK_ADVISOR_TITLE}$")


_DOCTORATE_WORKED_WITH = lazy_compile(
    r"\b(?:Ph\.?\s?D|doctorate|D\.?\s?Phil|graduate\s+(?:work|studies|research))\b(?:(?!\.\s+[A-Z])[^;]){0,200}?,?\s+"
    r"where\s+I\s+(?:worked|studied|was)\s+(?:advised\s+by\s+|with\s+)((?:" + HONORIFIC_WORDS + r"\s+)?[^.;()]+)")
"""'my Ph.D. ... from UIUC, where I worked with A and B', 'my graduate work at X where I worked with Dr. A': the
doctorate's advisors (a bachelor's 'worked with' is not); the advisor's title may carry a stop ('Dr.')."""

_DOCTORATE_WITH = lazy_compile(
    r"\b(?:(?:received|earned|obtained|completed|did|got|defended|finished)\s+(?:my|a|his|her|their)\s+"
    r"(?:Ph\.?\s?D\.?|doctorate|D\.?\s?Phil\.?)(?:[^.;]|(?<=\bPh)\.|(?<=\bPh\.D)\.){{0,80}}?|"
    # ("During my PhD with X": the advisor right after the degree; "During my PhD, I collaborated with X" is no advisor)
    r"(?i:during)\s+(?:my|his|her|their)\s+(?:Ph\.?\s?D\.?|doctorate|D\.?\s?Phil\.?)(?:\s+(?:in|at)\s+[^.;,]{{1,60}}?)?|"
    # "went on to conduct graduate research with Dr. Jo Bell", "post-doctoral research on X with Dr. Al Roe": the
    # research training's advisor (a postdoc's mentor too)
    r"\b(?:graduate|doctoral|Ph\.?\s?D\.?|post-?doctoral)\s+research(?:\s+[^.;,]{{1,80}}?)?)"
    r"\s+(?:with|under)\s+"
    r"((?:{H}\s+)?{N}(?:\s+{N}){{1,3}}(?:\s*(?:,\s*|\s+and\s+|\s*&\s*)(?:{H}\s+)?"
    r"{N}(?:\s+{N}){{1,3}})*)".format(N=_NAME_WORD, H=HONORIFIC_WORDS))
"""'I received my Ph.D. in 2015 with Victor Galitski', 'During my PhD with Jo Bell, I ...': the doctorate's advisor
named after 'with' or 'under'."""


LAB_HEAD = r"(?:{H}\s+)?{N}(?:\s+{N}){{1,3}}".format(N=_NAME_WORD, H=HONORIFIC_WORDS)
_STUDENT_LAB = r"\b(?:student|candidate|Ph\.?\s?D\.?)(?:[^.;]|" + PLACE_ABBREVIATION_DOT + r"){0,200}?\bin\s+(?:the\s+)?"
_DOCTORATE_PI = lazy_compile(
    r"\b(?:(?:received|earned|obtained|completed|did|got|defended|finished|pursued)\s+(?:my|a|his|her|their)\s+|"
    r"(?i:during)\s+(?:my|his|her|their)\s+)"
    r"(?:Ph\.?\s?D\.?|doctorate|D\.?\s?Phil\.?)(?:[^.;()]|(?<=\bPh)\.|(?<=\bPh\.D)\.){{0,100}}?"
    r"\((?:PI|head|group\s+leader|lab\s+head)\s*[:\-–]\s*((?:{H}\s+)?{N}(?:\s+{N}){{1,3}})\s*\)".format(
        N=_NAME_WORD, H=HONORIFIC_WORDS))
"""'I did my Ph.D. at the Visual Perception Group (PI: Jo Bell) at X': the doctorate's advisor, the head of the
group it was done in (a post-doc's "(PI: A)" in the sentence before is no advisor)."""

_STUDENT_IN_LAB = (
    lazy_compile(_STUDENT_LAB + r"(?:lab(?:oratory)?|(?:research\s+)?group)\s+of\s+(" + LAB_HEAD + r")(?=[\s,.;)]|$)"),
    lazy_compile(_STUDENT_LAB + r"(" + LAB_HEAD + r")['’]s\s+(?:[A-Z][\w&\-]*\s+|\([A-Z][\w&\-]*\)\s+){0,6}"
               r"(?i:(?:research\s+)?(?:lab(?:oratory)?|group))\b"),
)
"""A student's advisor named as the head of the lab the student works in: "a graduate student at X, where I study
Y in the lab of Dr. Jo Bell", "a Ph.D. in Prof. Jo Bell's group", "in Dr. Jo Bell's Cold Rocks (CR) Laboratory"."""


_GLOSS = re.compile(r"\s*[(（][^()（）]*[^\x00-\u024f\s()（）][^()（）]*[)）]")
"""A name's gloss in another script: "Xiulong Liu (刘秀龙)", "Su-Hyeon Lee (이수현)"."""

CAMPUS_SYSTEM = lazy_compile(
    r"(?:the\s+)?University\s+of\s+(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|"
    r"Georgia|Hawai[i‘']i|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|"
    r"Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New\s+Hampshire|New\s+Mexico|North\s+Carolina|"
    r"North\s+Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\s+Island|South\s+Carolina|South\s+Dakota|Tennessee|"
    r"Texas|Utah|Vermont|Virginia|Washington|West\s+Virginia|Wisconsin|Wyoming)|"
    r"(?:the\s+)?(?:Indian|National)\s+Institute\s+of\s+(?:Technology|Information\s+Technology|Management|"
    r"Science\s+Education\s+and\s+Research)", re.I)
"""A university system whose campuses are named by their towns: a US state's ("University of California, Santa
Cruz", "University of Maryland, College Park"), India's national institutes ("Indian Institute of Technology,
Kharagpur"): the town after its comma is part of the name, no location."""


_TOWN_COLLEGE = re.compile(r"\bCollege\s+(?=[A-Z][a-z]+\b(?!\s+of\b))")
"""'College' opening a town's name ("University of Maryland, College Park"), not a college ("Trinity College",
"College of X")."""


def without_gloss(text: str) -> str:
    """``"Su-Hyeon Lee (이수현)"`` -> ``"Su-Hyeon Lee"``."""
    return _GLOSS.sub("", text).strip()


ADVISOR_LABEL = re.compile(rf"^\s*{ADVISOR_WORDS}\s*[:：]", re.I)
"""A line that labels the advisors it names ("Advisor: Dr. Jo Bell", "PhD supervisors: A and B", in French
"Direction : A et B", "Directeur de thèse : A")."""


ADVISOR_LABEL_AFTER = lazy_compile(rf"^\s*(?P<names>[^:：]{{3,160}}?)\s+[-–—]\s+(?P<label>{ADVISOR_WORDS})\s*\.?\s*$", re.I)
"""A line that names the advisors, then labels them after a dash (a thesis jury's list: "A & B (X University) -
Thesis supervisors", "A - Directrice de thèse")."""


CARD_SUPERVISION = re.compile(r"(?i)^\s*((?:co-?)?)supervision(?=\s*[:：])")
"""A "Supervision:" label: under a doctorate's CV card (a German CV's "Supervision: Prof. Dr. A, Prof. Dr. B") it
names the owner's advisors; elsewhere a CV's "Supervision:" heads the students the owner supervised, so it is no
advisor label of :func:`advisors_in`'s own."""


ADVISED_BY_LINE = re.compile(rf"^\s*{ADVISED_BY}\s+(?=(?-i:[A-Z]))", re.I)
"""A line that opens by saying who advises the owner ("Advised by Jo Bell", "Co-supervised by Prof. A and B",
"Mentored by Dr. Lee"; the words :data:`~kg.importers.common.SUPERVISED_BY` reads a work's supervisor by): a
capital after "by" (not "advised by the lab")."""


_NEXT_ADVISOR_LABEL = re.compile(rf",(?=\s*{ADVISOR_WORDS}\s*[:：])", re.I)


_LABEL_COMMA = re.compile(r"(?i)(^\s*(?:(?:co-?|phd\s+|thesis\s+)?(?:advis[eo]r|supervisor)s?)|"
                          r"\b(?:my|his|her|their)\s+(?:(?:ph\.?\s?d\.?|doctoral|thesis|master['’]?s)\s+)?"
                          r"(?:co-?)?(?:advis[eo]r|supervisor)s?)\s*,\s*(?=(?-i:[A-Z]))")
"""An advisor's label opening an item and set off by a comma ("Supervisor, Dr. A"), not a colon; or the owner's
advisor named in apposition ("Follow my Ph.D. advisor, A, and ...", "working with my Ph.D. advisor, Dr. A")."""

_BARE_BRACKETS = lazy_compile(r"\[((?:" + HONORIFIC_WORDS + r"\s+)*[A-Z][^\[\]]{1,60})\](?!\()")
"""A name in brackets with no link after them ("Supervised by [Prof A B] at X": a markdown link whose target the
page never defines, shown as written): the name."""


_POST_NOMINAL_DEGREE = re.compile(r",\s*(?:Ph\.?\s?D\.?|D\.?\s?Phil\.?)(?=\s+(?:and|&)\s|\s*[,;]|\s*$)")
"""A doctorate written after a name ("Prof. Jo Bell, Ph.D. and ..."), set off by a comma."""


_ONE_WORD = lazy_compile(r"((?:" + HONORIFIC_WORDS + r"\s+)*)([A-Z][\w'’\-]+)")
"""One word of a name, its titles before it: a piece of "Prof. WU, Yilin" split at its comma (a name written family
name first, which two one-word pieces are; two names have two words each)."""


def advisors_in(text: str) -> list[str]:
    # "Prof. Xiulong Liu (刘秀龙) and Prof. Keqiu Li (李克秋)": a name's gloss in another script ends no list
    text = without_gloss(text)
    if (after := ADVISOR_LABEL_AFTER.match(text)) is not None:
        text = f"{after.group('label')}: {after.group('names')}"  # "A & B - Thesis supervisors": the label first
    # "Supervisor, Dr. A" (a CV's item written "label, value", as "Dissertation, Title" beside it): the label's colon
    text = _LABEL_COMMA.sub(r"\1: ", text)
    if "[" in text:
        text = _BARE_BRACKETS.sub(r"\1", text)
    if "Ph" in text or "D.Phil" in text:
        # "Prof. A Lee, Ph.D. and Prof. B Roe": the degree after a name, its stops no sentence's end
        text = _POST_NOMINAL_DEGREE.sub("", text)
    if "," in text and _NEXT_ADVISOR_LABEL.search(text):
        # "Advisor: A, Co-Advisors: B": a label after a comma opens a list of its own (the comma no joint of names)
        text = _NEXT_ADVISOR_LABEL.sub(";", text)
    out = []
    for m in [*_ADVISOR_RX.finditer(text), *_DOCTORATE_WORKED_WITH.finditer(text), *_DOCTORATE_WITH.finditer(text),
              *_DOCTORATE_PI.finditer(text), *(m for rx in _STUDENT_IN_LAB for m in rx.finditer(text))]:
        # (a remark after a name may hold commas: "Prof. A (IEEE Fellow, Fellow of X), Prof. B")
        names = re.sub(r"\s*\([^()]*\)", "", m.group(1)) if "(" in m.group(1) else m.group(1)
        pieces = re.split(r"\s*(,|\band\b|\bet\b|\by\b|\bund\b|&)\s*", names)
        runs = [[pieces[0]]]  # (the pieces, one-word ones that commas join in one run)
        for sep, piece in zip(pieces[1::2], pieces[2::2]):
            # (a piece with its own title opens a name: "Prof. Roe, Prof. Lind" is two advisors, no "Lind Roe")
            if sep == "," and _ONE_WORD.fullmatch(runs[-1][-1]) and (m1 := _ONE_WORD.fullmatch(piece)) \
                    and not m1.group(1):
                runs[-1].append(piece)
            elif sep == "y" and (m1 := _ONE_WORD.fullmatch(piece)) and not m1.group(1) \
                    and len(runs[-1][-1].split()) >= 2:
                # ("José Ortega y Gasset": a Spanish family name of two joined by "y", no second advisor)
                runs[-1][-1] += " y " + piece
            else:
                runs.append([piece])
        # "Prof. WU, Yilin", "Wu, Yilin and Lee, Ann": one-word pieces in pairs are names written family name first,
        # read given name first ("Bell, Lee, Roe", an odd run, is three family names, none of them whole)
        joined = []
        for run in runs:
            if len(run) % 2:
                joined += run
                continue
            for first, given in zip(run[::2], run[1::2]):
                family = _ONE_WORD.fullmatch(first)
                joined.append(f"{family.group(1)}{given} {family.group(2)}")
        for name in joined:
            # ("A at X", "A at the X", "Dr. A in the X Lab": the name ends where the place it is at begins)
            name = clean_person(re.sub(r"\s+at\s+[A-Z]\S*.*$|\s+(?:at|in)\s+(?:the|his|her|their)\s+.*$|"
                                       r"\s*\([^()]*\)\s*$", "", name))
            # ("Jeong hwan Jeon": the given name's lower-case syllable is no word of a sentence, see _GIVEN_SYLLABLE)
            shown = re.sub(r"^([A-Z][a-z]{1,8} )([a-z])(?=[a-z]{1,4} [A-Z])", lambda c: c.group(1) + c.group(2).upper(),
                           name)
            # ("dirigida por el Prof. A, Director del Departamento de X": the post the advisor holds, no second one)
            # ("under Prof. A at the Optical Engineering and Quantum Electronics Lab": the lab's name cut at its
            # "and" is no second advisor; its last word says a place)
            if name and name_like(shown) and len(name.split()) >= 2 and not JOB_WORDS.match(name) \
                    and not ORG_RX.fullmatch(name.split()[-1]):
                out.append(name)
    for m in _ADVISOR_CJK.finditer(text) if has_cjk(text) else ():
        names = _CJK_ADVISOR_NAMES.match(text, m.end())
        if names:
            out += [_CJK_TITLE_AFTER.sub("", n) for n in re.split(r"\s*[和与與及、]\s*", names.group(0))]
    found: list[str] = []
    add_advisors(found, out)  # (one person once: two patterns may read the same sentence)
    return found


_WITH_HONORIFIC = lazy_compile(
    r"\s+(?:with|under)\s+({H}\s+{N}(?:\s+{N}){{0,3}}|"
    # "PhD in Biology at X University with Jo Bell": a bare name closing the line is the advisor's too
    r"{N}(?:\s+{N}){{1,3}}(?=\s*(?:[(,;.]|$)))".format(N=_NAME_WORD, H=HONORIFIC_WORDS))
"""A degree's line naming its advisor by title: "Ph.D. Biochemistry from X University with Prof. Jo Bell"."""


_DEGREE_HONOURS = re.compile(r"(?i)\b(?:honou?rs?|distinction|merit|laude|summa|magna|class|thesis|minor|major)\b")


def add_advisors(advisors: list[str], names: Iterable[str]) -> None:
    """Append to ``advisors`` each of ``names`` it does not hold yet, one person once however the page spells them
    (``"Bell, Jo"`` and ``"Jo Bell"``, :func:`~..common.name_key`).

    >>> found = ["Jo Bell"]; add_advisors(found, ["Bell, Jo", "Ann Lee", "Ann Lee"]); found
    ['Jo Bell', 'Ann Lee']
    """
    known = {name_key(a) for a in advisors}
    for name in names:
        # ("Robby T" beside "Robby T. Tan": a name cut at its middle initial's stop, where a sentence was taken to
        # end, is the whole name's beginning: the cut name adds nothing, the whole one takes the cut one's place)
        if any(_cut_of(name, a) for a in advisors):
            continue
        key = name_key(name)
        if key in known:
            continue
        known.add(key)
        whole = next((i for i, a in enumerate(advisors) if _cut_of(a, name)), None)
        if whole is None:
            advisors.append(name)
        else:
            advisors[whole] = name


_CUT_AT_INITIAL = re.compile(r"(.+\s[A-Z])\.?")


def _cut_of(short: str, whole: str) -> bool:
    """Whether ``short`` is ``whole`` cut after its middle initial ("Robby T" of "Robby T. Tan")."""
    c = _CUT_AT_INITIAL.fullmatch(short.strip())
    return c is not None and re.match(re.escape(c.group(1)) + r"\.?\s+\S", whole) is not None


def degree_advisors(text: str) -> list[str]:
    """The advisors a doctoral degree's line names ("... with Prof. Jo Bell", or "advisor: ...")."""
    names = advisors_in(text)
    for m in _WITH_HONORIFIC.finditer(text):
        name = clean_person(m.group(1))
        if _DEGREE_HONOURS.search(name) or ORG_RX.search(name):
            continue  # "with First Class Honours", "with the X Group": no person
        if name and name_like(name) and len(name.split()) >= 2:
            add_advisors(names, [name])
    return names


_JOINT_WITH = lazy_compile(r"(?i)(?:joint(?:ly)?(?:\s+(?:training|program(?:me)?|supervision|degree|phd))?\s+(?:with|between)|"
                         r"in\s+(?:collaboration|partnership|cooperation)\s+with|visiting)\b")
"""A part of a degree's line that names a partner of the degree ("Joint training with X and Y"), not where it was
earned."""
_WHEN_AFTER = lazy_compile(rf"\s+(?:in|on)(?:\s+(?:early|mid|late))?(?:\s+(?:{MONTH_ABBR})[a-z]*\.?)?\s*$", re.I)
"""The 'in June' left closing a place once its year is taken out ("Inland University in June 2025")."""


TOWN_WORD = r"[A-Z][\w'’\-]+"
"""A capitalised word of a town's, a state's or a country's name."""
_TOWN = lazy_compile(rf"{TOWN_WORD}(?:\s+{TOWN_WORD})?")
"""A town's name, one or two capitalised words ("Kharagpur", "Tamil Nadu")."""
_FIELD_WORD = lazy_compile(r"(?i)\b(?:sciences?|engineering|studies|mathematics|physics|chemistry|biology|economics|"
                         r"informatics|computing|electronics|management|design|arts)\b")
"""A word of a field of study: "Computer Science" after a campus system's name is the degree's field, no town."""


def _campus_town(text: str) -> bool:
    """Whether the piece after a campus system's name ("Indian Institute of Technology") names its campus: a town
    (no organisation's nor a field's words), or a college named by its town ("Nara College")."""
    return bool(_TOWN.fullmatch(text) and not ORG_RX.search(text) and not _FIELD_WORD.search(text)
                or re.fullmatch(_TOWN.pattern + r"\s+(?:College|Campus)", text))


_NAME_DASH = lazy_compile(r"(?:^|(?<=[,;(|·∙•—–]\s)|(?<=\bat\s)|(?<=\bthe\s)|(?<=\bfrom\s))"
                        r"([A-Z][\w'’.&]*(?:\s[A-Z][\w'’.&]*)?)\s+([-–])\s+(?=(?P<after>(?i:" + INSTITUTION_STRONG.pattern
                        + r")[^,;()|·∙•]*))")
"""A dash inside a place's name: a short name (one or two words, opening a piece of the line) then, after the dash,
the words that name the kind of place ("Charité – Universitätsmedizin Berlin", "ISPA - Instituto Universitário");
not a field or a degree before a school ("Physics – University of X"), nor any word before a whole school's name
(:data:`_WHOLE_SCHOOL`) unless it is a short form in capitals ("ISPA - Instituto Superior de X")."""
_WHOLE_SCHOOL = lazy_compile(r"(?i:universit\w*|universidad\w*|istituto|instituto|institute?|college|academy|escuela|"
                           r"escola|[ée]cole|polytechnic|politecnico)(?:\s+[A-Z][\w'’.-]*)*"
                           r"\s+(?:of|for|de|del|de la|de los|di|della|du|des|do|da|dos|für|van)\s+[A-Z].*")
"""A school's whole name after a dash, a name joined to its kind by "of"/"de" ("University of Tarn", "Universidad
Nacional de Lindavia"): what comes before the dash is another piece of the line ("Psychology - University of Tarn",
the field)."""


CJK_SCHOOL = lazy_compile(r"[^\s.：:−\-—、，,（）()]*?(?:大学|大學|대학교)|[^\s.：:−\-—、，,（）()]*(?:研究所|研究院)")
"""A school's name in Chinese, Japanese or Korean, the university before its school ("X大学计算机学院": X大学), or a
research institute ("X研究所")."""


_ADVISOR_NAME_END = re.compile(r"\s[-–—]\s+|(?<=[a-z]{2})\.\s+")
"""What ends an advisor's name written inside a degree's line: a dash, or a sentence's stop after a word."""
_HONORIFIC_WORD = re.compile(r"\b(?:Prof(?:essor)?|Dr|Mr|Mrs|Ms)\b\.?")


UNIT_OF_WORDS = r"(?:department|dept\.?|school|faculty|division)\s+of\s+"
"""The words that open a unit of a school's name ("Dept. of ", "School of "), a pattern to put in another."""
_UNIT_OF = lazy_compile(rf"(?i)^(?:the\s+)?{UNIT_OF_WORDS}(?P<f>[^\W\d_][^\d]{{2,60}})$")
"""A degree line's unit of the school ("Dept. of Chemistry", "School of Computer Science"): the degree's field."""


_DATES_LEAD = lazy_compile(rf"(?i)^[\s*_]*(?:(?:19|20)\d\d(?:[./]\d{{1,2}})?|(?:{NOW_WORDS})\b(?![\s*_]+[^\W\d_]))"
                         rf"(?:[\s*_]*[-–—~]+[\s*_]*(?:(?:19|20)\d\d(?:[./]\d{{1,2}})?|(?:{NOW_WORDS})\b))?[\s*_]*")
"""The dates a piece of a degree line opens with ("2022.09-*Present*", "Present - 2019"): a word that closes an
open range read whole, and one that opens the piece only where no word follows it; no field's first word ("Current
Physics", "Presentation Design")."""


def _field_piece(parts: list[str], inst: str, text: str = "") -> str | None:
    """The field of a degree line whose field stands apart from the degree: the unit of the school that granted it
    ("B.S., Dept. of Chemistry, Inland University (2013)"), or a piece after the school naming a discipline
    ("M.S., Inland University, Electronic and Communication Engineering"). None when no piece says one (a country
    after the school, "M.S., Inland University, Freedonia", is no field)."""
    after = False
    before: str | None = None  # the plain piece before the one in hand
    for p in parts:
        # ("2022.09-*Present* School of X": the dates that open the line are no part of the piece)
        p = _DATES_LEAD.sub("", p).strip(" .*_")
        if p == inst or inst.startswith(p) and p:
            after = True
            continue
        if not p or DIGITS.search(p) or DEGREE_RX.search(p) or INSTITUTION_STRONG.search(p) or len(p.split()) > 7:
            before = None
            continue
        if (unit := _UNIT_OF.match(p)) and not ORG_RX.search(unit.group("f")):
            if before is not None and not after:
                return before  # "B.S., Business Analytics, School of Computing, X University": the programme
            # ("Dept. of Electrical, Electronics and Computer Engineering, X University": the unit's whole name)
            whole = re.search(re.escape(unit.group(0)) + r"((?:\s*,\s*[^,;()]+?)*?)\s*[,;(]\s*" + re.escape(inst), text)
            return (unit.group("f") + (whole.group(1) if whole and not ORG_RX.search(whole.group(1))
                                       and not DIGITS.search(whole.group(1)) else "")).strip(" .")
        if after and _FIELD_WORD.search(p) and not ORG_RX.search(p) and p[:1].isupper() and ":" not in p \
                and not _DEGREE_HONOURS.search(p) and all(w[:1].isupper() for w in p.split() if len(w) >= 4):
            # (no label's piece, "Thesis: Signal Design ...", no minor, "Minor in Mathematics", no phrase in
            # lowercase words, "Fine Arts Museum internship": a field is named in capitals)
            return p
        before = p if not after and p[:1].isupper() and not ORG_RX.search(p) and len(p.split()) <= 5 else None
    return None


def education_from(text: str, school_only: bool = False) -> Education | None:
    """A degree (its name, field, institution and year) from one line; with ``school_only`` (an item of an
    education section) also a dated line that names the school but no degree ("2012 - 2016, School of
    Physics, Inland University"): an education without its degree."""
    t = norm(cjk_dates(text))  # "平成 18年 03月 X大学 卒業": the year as 2006
    m = DEGREE_RX.search(t)
    if not m and not (school_only and YEAR.search(t) and INSTITUTION_STRONG.search(t)):
        return None
    degree = m.group(1).strip() if m else None
    rest = t[m.end():] if m else ""
    fld = None
    fm = re.match(r"\s*(?:degree\s+)?(?:,\s*)?(?:in|of)\s+([^,;()·∙•|]+?)(?=\s*(?:,|;|\(|[·∙•|]|\bat\b|@|\bfrom\b|$|\d{4}))",
                  rest)
    if fm:
        fld = fm.group(1).strip(" .")
    t_no_adv = re.sub(r"\((?:[^()]*?(?:advis|supervis)[^()]*)\)", " ", t, flags=re.I)
    t_no_adv, *adv = re.split(r"\b(?:advis(?:e|o)rs?|supervisors?|advised by|supervised by|under the supervision)\b",
                              t_no_adv, maxsplit=1, flags=re.I)
    if adv and not INSTITUTION_STRONG.search(t_no_adv):
        # "PhD in X, with a focus on Y. Advisor Prof. A. Lee - Hill University (Italy).", "Advisor: Ann Lee. Hill
        # University": where comes after the advisor's name (a dash or a sentence's stop ends the name), the degree
        # naming no place before it (not "advisor: Prof. Ann Lee of Hill University": the advisor's own place)
        ends = [e for e in _ADVISOR_NAME_END.finditer(adv[0])
                if re.search(r"[A-Z][a-z]", _HONORIFIC_WORD.sub("", adv[0][:e.start()]))
                and INSTITUTION_STRONG.search(adv[0][e.end():])]
        if ends:
            t_no_adv = f"{t_no_adv.rstrip(' ,.;')}, {adv[0][ends[-1].end():]}"
            if fld and re.search(r"(?i)\badvis|\bsupervis", fld):
                fld = re.split(r"(?i)[.,;]?\s*\b(?:advis|supervis)", fld, maxsplit=1)[0].strip(" .") or None
    cut = next((m for m in _WITH_HONORIFIC.finditer(t_no_adv)
                if not _DEGREE_HONOURS.search(m.group(1)) and not ORG_RX.search(m.group(1))), None)
    t_no_adv = t_no_adv[:cut.start()] if cut else t_no_adv
    if m and m.start() > 0 and INSTITUTION_STRONG.search(t_no_adv[:m.start()]) \
            and not re.search(r"[,;(|·∙•:：\-–—]\s*$", t_no_adv[:m.start()]) and t_no_adv.find(m.group(0)) == m.start():
        # "Inland University at Eastfield BSc Biology": where, then the degree with no comma between (a style the
        # page set the school in apart), as "BSc Biology, Inland University at Eastfield"
        t_no_adv = f"{t_no_adv[:m.start()].rstrip()}, {t_no_adv[m.start():]}"
    # ("Ph.D. in X · Inland University · 2018": a dot between the pieces, as a comma; "Charité – Universitätsmedizin
    # Berlin": a dash inside one place's name, kept, see _NAME_DASH)
    joined = _NAME_DASH.sub(lambda d: d.group(0) if DEGREE_RX.search(d.group(1)) or _FIELD_WORD.search(d.group(1))
                            or INSTITUTION_STRONG.search(d.group(1))
                            or _WHOLE_SCHOOL.fullmatch(d.group("after").strip(" .")) and not d.group(1).isupper()
                            else f"{d.group(1)}\0{d.group(2)}\0", t_no_adv)
    # ("Ph.D., Hill University. Thesis: ...": a sentence's stop after a word, no short form's, ends the place)
    parts = [p.strip(" .").replace("\0", " ") for p in re.split(r"\s*[,;()|·∙•]\s*|\s*:\s*(?=[\"“])|(?<=\.):\s+|\s+(?:at|from)\s+|\s+@\s*|\s+[-–—]\s+|"
                                                               r"(?<=[a-z]{4})\.\s+(?=[A-Z][^\W\d_]*\b(?!\.))", joined)
             if p.strip(" .")]  # 'Exeter University:"Title of the thesis"': the thesis's title is no place
    for k in range(len(parts) - 2, -1, -1):
        if re.search(r"(?i)\buniversit", parts[k]) and len(parts[k + 1].split()) <= 2 and not ORG_RX.search(parts[k + 1]) \
                and f"{parts[k]} at {parts[k + 1]}" in t_no_adv:
            parts[k:k + 2] = [f"{parts[k]} at {parts[k + 1]}"]  # "University of Texas at Austin": the campus's name
    inst = None
    for k, p in enumerate(parts):
        if (dm := DEGREE_RX.match(p)) and INSTITUTION_STRONG.search(after := p[dm.end():].strip(" .:：")) \
                and after[:1].isupper():
            p = after  # "BSc Inland University 2001": the degree, then where, with no comma between
        if inst is not None and k and parts[k - 1] == inst and CAMPUS_SYSTEM.fullmatch(inst):
            # "Indian Institute of Technology (IIT) Guwahati", "... (IIT), Delhi": the system's acronym, then the
            # campus's town, as written
            gap = next((g for g in (" ", ", ") if k + 1 < len(parts) and re.fullmatch(r"[A-Z]{2,6}", p)
                        and f"{inst} ({p}){g}{parts[k + 1]}" in t_no_adv and _campus_town(parts[k + 1])), None)
            if gap is not None:
                inst = parts[k + 1] = f"{inst} ({p}){gap}{parts[k + 1]}"
                continue
            if re.fullmatch(r"[A-Z]{2,6}", p) and f"{inst} ({p})" in t_no_adv:
                continue  # ("... (IIT) Computer Science": the system's short form, no campus, and the field after it)
            if _campus_town(p):
                # "Indian Institute of Technology, Kharagpur": the campus, by its town; "National Institute of
                # Technology, Nara College": Japan's colleges of technology, each named "<town> College"
                inst = f"{inst}, {p}"
                continue
        if INSTITUTION_STRONG.search(p) and not DEGREE_RX.match(p):
            if inst is not None and _JOINT_WITH.match(p):
                continue  # "Ph.D., X University, Joint training with Y Lab and X University": a partner, not where
            if inst is not None and k and parts[k - 1] == inst and _TOWN_COLLEGE.match(p) and len(p.split()) == 2:
                inst = f"{inst}, {p}"  # "University of Maryland, College Park": a campus in a town, no college
                continue
            if inst is not None and TOP_LEVEL.search(inst) and not TOP_LEVEL.search(p):
                # "University of X (UX), Marine Biology Program, Y Institute of Marine Biology": an institute named
                # after the university is a unit of it (the university grants the degree)
                continue
            inst = p
    if inst is None and degree is not None:
        for p in parts:
            if ORG_RX.search(p) and not DEGREE_RX.match(p) and (fld is None or p != fld):
                inst = p
                break
    if inst is None and degree is not None and (school_only or re.search(r"\S\s*[·∙•]\s*\S", t_no_adv)):
        # "Engineering degree in Life Sciences, AgroParisTech, 2011-2014": an education list's item whose one
        # other piece, a proper name with no digits, is the school that names itself without "University"; or,
        # anywhere, a line whose pieces dots set apart ("Ph.D. in Economics ∙ CEMFI ∙ 2025": degree, where, when)
        named = [p for p in parts[1:] if re.match(r"[A-Z]", p) and not re.search(r"\d", p) and len(p.split()) <= 4
                 and not DEGREE_RX.match(p) and p != fld]
        # ("🗓️ 2019 – 2023": the years, each a piece of no word, are no other piece of the line)
        inst = named[0] if len(named) == 1 and len([p for p in parts if re.search(r"[^\W\d_]", p)]) <= 3 else None
        if not school_only and inst is not None and not (re.fullmatch(r"[A-Z][A-Z&\-]{2,9}", inst) and YEAR.search(t)):
            inst = None  # (outside an education list: only a school's acronym, with the year, as "∙ CEMFI ∙ 2025")
    if inst is None:
        return None
    if (acr := re.match(r"\s*\(([A-Z][A-Za-z&\-]{2,11})\)", t_no_adv[t_no_adv.find(inst) + len(inst):])) \
            and inst in t_no_adv and sum(c.isupper() for c in acr.group(1)) >= 2:
        # "University of Mons (UMONS)": the school's short name, as written with it (of three letters or more: "(DE)"
        # is its country's)
        inst = f"{inst} ({acr.group(1)})"
    elif (campus := re.match(r"\s*\(((?:[A-Z][\w'’\-]+\s+){1,3}[Cc]ampus)\)", t_no_adv[t_no_adv.find(inst) + len(inst):])) \
            and inst in t_no_adv:
        # "Harbin Institute of Technology (Weihai Campus)": the campus, in brackets after the school, is part of
        # its name (a school of one name teaching in several towns)
        inst = f"{inst} ({campus.group(1)})"
    # ("at the University of X" in a sentence: the article is the sentence's; "Ph.D., The George Washington
    # University, 2013": a capital "The" opening the place's piece of a list's line is its name's own word)
    # ("jointly at the X Institute and the Y University": the second school of a joint degree, not its "and the")
    inst = re.sub(r"^(?:(?-i:the)\s+|(?:at|from|and)\s+(?:the\s+)?)", "", inst, flags=re.I).strip(" .")
    label = re.match(r"^[*_]*[A-Z][\w'’\-]*(?:\s[\w'’\-]+)?[*_]*\s*[:：]\s*", inst)
    if label and INSTITUTION_STRONG.search(inst[label.end():]) and not INSTITUTION_STRONG.search(label.group(0)):
        inst = inst[label.end():]  # "Graduate: Inland University": the line's label, then the school
    inst = norm(YEAR.sub(" ", inst)).strip(" .,-–—")  # ("— Hill University": the dash before it is the line's)
    # "my Ph.D. from Inland University in June 2025": the month it was earned is no part of the place
    inst = _WHEN_AFTER.sub("", inst) if " in " in inst or " on " in inst else inst
    if has_cjk(inst) and (school := CJK_SCHOOL.search(inst)):
        inst = school.group(0)  # "東京大学大学院 数理科学研究科 修士課程 修了": the university (its school, the step)
    if not inst:
        return None
    # "Department of X, University Y": keep the university (the department is the field's home)
    year = None
    if not re.search(rf"\b(?:{NOW_WORDS}|expected|ongoing)\b", t, re.I):
        year = find_year(t)
    else:
        m2 = re.search(r"expected\s*(?:in\s*)?((?:19|20)\d\d)", t, re.I)
        if m2:
            year = int(m2.group(1))
        elif re.search(r"(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d\s*\(?\s*expected\b", t, re.I):
            year = find_year(t)  # "2019-2024 (expected)": the year the degree is expected

    if fld is None:
        # "Ph.D., Chemical Engineering, Massachusetts Institute of Technology, 2012": the part between
        # the degree and the institution is the field
        fm = re.match(r"\s*[,;:]\s*([^,;()]+?)\s*[,;]\s*(.+)$", rest)
        if fm and fm.group(2).strip(" .").startswith(inst) and not ORG_RX.search(fm.group(1)) \
                and not DIGITS.search(fm.group(1)) and 1 <= len(fm.group(1).split()) <= 6:
            fld = fm.group(1).strip(" .")
    if fld is None and degree is not None:
        fld = _field_piece(parts, inst, t_no_adv)
    try:
        return Education(degree=degree, field=fld, institution=inst, year=year)
    except ValueError:
        return None


DATED_PARENS = re.compile(r"\s*\([^()]*(?:19|20)\d\d[^()]*\)")
"""Parentheses that date what they follow ("(2020–2022)", "(2022.9~present)"): when, no part of a name or title."""


_CJK_PLACE_POST = lazy_compile(r"(?:[^\s，,、]{1,10}[，,]\s*)?(?P<org>[^\s，,、]+?(?:" + PLACE_END_CJK + "))"
                             r"\s*(?P<post>[^\s，,、]{2,16})"
                             r"(?=[，,、]|$)")
"""A place then the post held there, as a line in Chinese writes them ("北岸大学 讲师/博士后", "北岸大学副教授，博士生导师")."""


def split_title_aff(text: str) -> tuple[str | None, str | None]:
    """``"Assistant Professor, Department of CS"`` -> job title and the organisation part (a comma closing the line,
    before the next line of the header, is no part of the title; nor are the dates in parentheses of a position:
    ``"Assistant Professor (2022.9~present)"``)."""
    t = DATED_PARENS.sub("", norm(text)).strip(" .,;")
    if has_cjk(t):
        # "北岸大学 讲师/博士后。 博士毕业于X大学。": a bio's first sentence says the post, the place before it
        t = re.split(r"[。；！]", t)[0].strip()
        m = _CJK_PLACE_POST.match(t)
        if m and any(w in m.group("post") for w in JOB_TERMS_CJK):
            return m.group("post"), m.group("org")
    # "Jo Park is a professor at Hill University.": a one-sentence bio, its subject no part of the title
    t = re.sub(r"^(?:(?i:hi|hello|hey)\b[^,!.:]{0,20}[,!.:]\s*)?"  # ("Hi, I am a post-doc at X")
               r"(?:(?:(?:[A-Z][\w.'’\-]*\s+){1,4}|(?:he|she|they)\s+)(?:is|was|are)|I\s+am|I['’]m|My\s+name\s+is)\s+"
               # ("She is Ann Lee, a PhD student at X", "My name is Ann Lee, a ...": the name she is, then the post)
               r"(?:(?:[A-Z][\w.'’\-]*\s+){1,3}[A-Z][\w.'’\-]*\s*,\s*(?=(?:an?|the)\s))?"
               r"(?:currently\s+|now\s+)?(?:an?\s+|the\s+)?(?=\S)", "", t)  # (and "I am an economist.")
    # (not inside parentheses: "Research Associate (Paleontology, Museum)" is one position)
    bare = re.sub(r"\([^()]*\)", lambda p: "_" * len(p.group(0)), t)
    m = re.search(r"\s+(?:at|@)\s+|,\s+|\s+in the\s+|\s+with the\s+|\s+of the\s+", bare)
    dash = re.search(r"\s+[-–—]\s+", bare)
    if dash and (m is None or dash.start() < m.start()) and ORG_RX.search(t[dash.end():]) \
            and not ORG_RX.search(t[: dash.start()]):
        m = dash  # "Postdoctoral Fellow - Rivera Lab": the position, then where it is held
    if m and JOB_WORDS.search(t[: m.start()]):
        rest = t[m.end():].strip(" .")
        title = t[: m.start()].strip(" ,")
        pf = re.match(r"^((?:assistant|associate|full|adjunct|research|visiting)\s+professor)\s+of\s+([A-Z][^,;]{2,60})$",
                      title, re.I)
        if pf and rest and ORG_RX.search(rest) and not ORG_RX.search(pf.group(2)):
            title, rest = pf.group(1), f"{pf.group(2)}, {rest}"  # "Assistant Professor of CS, Univ. X"
        return title, rest if rest and ORG_RX.search(rest) else (rest or None)
    m = re.match(r"^((?:assistant|associate|full|adjunct|research|visiting)\s+professor)\s+of\s+([A-Z][^,;]{2,60})$", t)
    if m and not ORG_RX.search(m.group(2)):
        return m.group(1), m.group(2)  # "Assistant Professor of Computer Science": the field is the department
    m = re.match(r"^((?:\w+\s+){0,2}?(?:director|head|founder|co-founder|chair|dean|president|lead))\s+of\s+(.+)$", t, re.I)
    if m and ORG_RX.search(m.group(2)):
        return m.group(1), m.group(2)  # "Director of Megvii Research Shanghai"
    return t, None


def position_and_topics(text: str) -> tuple[str, list[str]] | None:
    """A headline of a position, then after a bar or a dot the topics the owner works on ("PhD student | robot
    learning, control"): the position and the topics; None for another line (a place after the bar, "PhD student |
    Northfield University", is the position's place, no topic).

    >>> position_and_topics("PhD student | robot learning, control")
    ('PhD student', ['robot learning', 'control'])
    >>> position_and_topics("PhD student | Northfield University") is None
    True
    """
    pieces = [p.strip() for p in re.split(r"\s+[·•]\s+|\s*[|｜]\s*", text) if p.strip()]
    if len(pieces) < 2 or not JOB_WORDS.search(pieces[0]) or any(
            JOB_WORDS.search(p) or ORG_RX.search(p) or re.search(r"\d|@|https?:", p) for p in pieces[1:]):
        return None
    topics = [t.strip(" .") for p in pieces[1:] for t in re.split(r"\s*[,;&]\s*|\s+and\s+", p) if t.strip(" .")]
    if not topics or any(len(t.split()) > 5 for t in topics):
        return None
    return pieces[0], topics


ANNOUNCEMENT = lazy_compile(r"^\W*(?i:(?:(?:very\s+)?warmly\s+|(?:a\s+)?(?:warm|big)\s+)?welcome\s+(?!to\b|back\b)|(?:congratulations|congrats|kudos)\s+(?:to\s+)?)"
                           r"(?i:our\s+|new\s+)*[A-Z][\w'’-]+\s+[A-Z]")
"""A heading that announces news of a person by name ("Welcome Ann Lee, 1st year student!", "Warmly welcome Prof.
Bo Chen to visit our group", "Congratulations to Bo Chen!"): one undated news item, however the page files it ("Welcome to my site" greets, it names no one)."""
NEW_PIECE = re.compile(r"new\s+(?:article|paper|publication|preprint|study|video|story|feature)\s+(?:on|about|in)\b",
                       re.I)
"""A news headline of a new piece on the owner's or the group's work ("New article on the Roe Lab's research")."""
READER_VERB = re.compile(r"(?i)^[\W_]*(?:get|join|check|see|read|visit|learn|click|explore|"
                         r"contact\s+(?:me|us|him|her|them|prof(?:essor)?|dr))\b(?!['’-])")
"""A call to act opening a line, a verb addressed to the page's reader ("Check [all papers]", "Contact Professor
Ann Lee for ..."). "Contact" is one only before whom to contact: "Contact Mechanics Laboratory", "Contact Lens
Research Centre" are places' names. (Not a greeting: "Hi, I am a postdoc at X" goes on to the owner's post.)"""
READER_CALL = lazy_compile(READER_VERB.pattern + r"|[→⟶➜➔]\s*$"
                         r"|(?i:\b(?:are|is)\s+(?:(?:always|very|most|warmly)\s+)*(?:welcome|encouraged|invited)\s+to\b)")
"""Words addressed to the page's reader, no particular of the owner's: a call to act (:data:`READER_VERB`), a
link's arrow closing a button's label ("Apply (Notion) →"), or an invitation ("Prospective students, postdocs, and
collaborators are welcome to get in touch", "Interested students are encouraged to apply")."""
_NOT_AN_ORG = lazy_compile(READER_CALL.pattern + r"|[!?！？。]\s*$|^(?:welcome|hello|hi|meet)\b|"
                         r"^(?:欢迎|歡迎)|^(?:hybrid|remote|on-?site|in-person)\s*(?:[,(|·–-]|$)|"
                         r"^(?:(?:more\s+)?(?:information|info|details)\s+(?:about|on|for|regarding)|how\s+to|"
                         r"applying|apply)\b|"
                         # "New article on the X Lab's research" (a news headline), "…on the X website" (a sentence
                         # carried on from a line before)
                         r"^" + NEW_PIECE.pattern + "|"
                         r"^(?:…|\.\.\.)\s*[a-z]|"
                         # a news headline ("Ruiz recognized for involving undergraduates in research")
                         r"\b(?:recogni[sz]ed|awarded|selected|honou?red|elected|receives|received|wins|won|joins|"
                         r"joined)\s+(?:for|as|to|by|the|an?)\b|"
                         # a sentence in the owner's voice ("For a deeper insight into my research, please refer to my")
                         r"\b(?:my|please)\b", re.I)
"""A greeting, a call or a pointer to more ("Information About Applying to Graduate School"), a news headline, a
sentence in the owner's voice, the way a post is worked ("Hybrid, Northfield", "Remote"): no place's name."""
_CLAUSE_OPENER = re.compile(r"^[A-Z][a-z]+(?:ed|ing)\s+(?!(?:and|of|for|&|bin|ibn|bint|van|von|de|del|da|di|al|el)\s)[a-z]")
"""A line opening with a verb ("Started a summer internship at X", "Conducting research on Y"): what the owner
did, a CV line's bullet, no place's name ("Reasoning and Learning Lab" is one; "Mohamed bin Zayed University":
a name's particle after a founder's given name)."""
_SMALL_IN_NAMES = NAME_SMALL_WORDS | {"in", "on", "a", "an", "to"}  # (and the English a name holds: "X Lab in Y")


def _sentence(t: str) -> bool:
    """Whether a line is a sentence or a bullet of one rather than a place's name: it opens with a verb, or its
    words in lower case (beyond the small ones a name holds, "of", "de") are three or more and outnumber its
    capitalized ones, and it names no institution nor opens with its kind ("Leadership and technical roles across
    research", "Built and maintained services for ML"; "Institut national de la recherche scientifique" is a name).

    >>> _sentence("Conducting research on batteries"), _sentence("Laboratoire de physique des plasmas")
    (True, False)
    """
    if _CLAUSE_OPENER.match(t):
        return True
    words = [w for w in re.findall(r"[^\W\d_][\w'’\-]*", t) if w not in _SMALL_IN_NAMES]
    lower = sum(w[0].islower() for w in words[1:])
    return lower >= 3 and not (INSTITUTION_STRONG.search(t) or ORG_RX.match(t)) and lower > len(words) - 1 - lower
_CJK_DEGREE_LINE = re.compile(r"^(?:学位|學位|학위)\b|" + CJK_DEGREE + r"\s*[（(][^()（）]{1,12}[)）]|"
                              + CJK_DEGREE + r"(?:学位|學位|課程|课程)?\s*(?:取得|修了|毕业|畢業)")
"""A line in Japanese or Chinese that gives a degree ("博士（工学）", "修士課程 修了"): no affiliation."""
_BARE_UNIT_WORDS = {"group", "lab", "laboratory", "team", "department", "prof", "research directions", "research areas",
                    "research topics", "research projects"}


def _position_only(t: str) -> bool:
    """"Research Associate (Paleontology)", "Adjunct faculty (Ecology)": a position that names no place apart."""
    return bool(JOB_WORDS.match(t)) and not INSTITUTION_STRONG.search(t) and split_title_aff(t)[1] is None


_WORK_AFTER_NAME = re.compile(r"(?<=\S),?\s+(?:(?:about|in\s+the\s+[a-z]+\s+of)\s+(?=[a-z])|(?=(?:[a-z]+ly\s+)?"
                              r"(?:[a-z]+ing|interested|with|through|where|who|which|whose|since|available)\s+\S))")
"""A phrase after an organisation's name saying what one does there ("about the evolution of X", "in the process of
building Y", "broadly interested in X", "studying Y", "with Ann Lee", ", available for calls"), its first word in
lower case."""
_NAME_WORDS = lazy_compile(r"(?:(?:[^\W\d_a-z][\w'’.&\-]*|[(][^()]*[)]|"
                         + "|".join(map(re.escape, sorted(NAME_SMALL_WORDS, key=lambda w: (-len(w), w))))
                         + r")(?:\s+|$))+")
"""Words that can make an organisation's name: each capitalized (or a bracketed short form) but for the small words
between ("Centre for the Study of X", "Universidade de Y"); "You can learn more" is a sentence, no name."""


def org_named(text: str) -> str | None:
    """An organisation's name as a line or a sentence's place gives it, or None when it names none: without a
    leading "at" or "the"; a phrase opening with a word in lower case ("a background in transport planning",
    "making concise manuals and research notes", "an ion accelerator facility") is a kind of place or what
    the owner does, no name (but the name in parentheses closing it: "an ion accelerator facility (the X
    Laboratory)"). One word in lower case ("imec") or a word with capitals inside ("iHub") can be a name.

    >>> org_named("at Lund University"), org_named("a background in data analytics")
    ('Lund University', None)
    >>> org_named("an ion facility (the Harbor Radiation Laboratory)")
    'Harbor Radiation Laboratory'
    """
    t = PLACE_PREPOSITION.sub("", re.sub(r"^the\s+(?=[A-Z])", "", text.strip()))
    # "X University about the evolution of Y", "X Labs in the process of building Y": what the work there is, after
    # the name (the name's words are capitalized; "about", "in the ... of" open a phrase of lower-case words)
    t = _before_work(t)
    if re.match(r"[a-z]+(?:[-'’][a-z]+)*\s", t):
        named = re.search(r"\((?:the\s+)?([A-Z][^()]*)\)\s*$", t)
        return named.group(1).strip() if named and ORG_RX.search(named.group(1)) else None
    return t or None


def _before_work(t: str) -> str:
    """An organisation's name without the phrase after it that says what one does there (:data:`_WORK_AFTER_NAME`),
    when the words before that phrase make a name."""
    head = _WORK_AFTER_NAME.split(t, maxsplit=1)[0]
    return head if _NAME_WORDS.fullmatch(head) and head.split()[-1] not in NAME_SMALL_WORDS else t


def place_name(name: str) -> str | None:
    """What of an affiliation's name, however it was read (a page's line, a data file's field), names the place:
    the name without the phrase after it saying what one does there; None for a sentence, a CV bullet, a date
    alone, a greeting, the way the post is worked (:data:`_NOT_AN_ORG`) or a person by their title.

    >>> place_name("Durham University broadly interested in stars"), place_name("Summer 2021")
    ('Durham University', None)
    """
    t = norm(name).strip()
    if _CLAUSE_OPENER.match(t):
        return None  # "Worked with NOAA": what the owner did, cut at "with" before it would look like a name
    t = _before_work(t)
    if not t.strip(" .,;") or _NOT_AN_ORG.search(t) or _sentence(t) or _DATE_ALONE.fullmatch(t) or (
            HONORIFIC.match(t) and not ORG_RX.search(t)):
        return None  # ("Professor Ann Lee": the person one works with, no place)
    return t


def placed_affiliations(affs: list[Affiliation]) -> tuple[list[Affiliation], list[Affiliation]]:
    """``affs`` with each name cut to the place it names (:func:`place_name`), and apart those naming none."""
    out, dropped = [], []
    for a in affs:
        name = place_name(a.name)
        if name:
            out.append(a if name == a.name else a.model_copy(update={"name": name}))
        else:
            dropped.append(a)
    return out, dropped


_SAID_TWICE = re.compile(r"(?P<name>\S.*?\S)\s+(?P=name)", re.I)


def said_once(name: str) -> str:
    """A place's name the page writes twice in a row, once as words and once as the link to its site ("at Inland
    University <a>Inland University</a>"): the name once.

    >>> said_once("Inland University Inland University"), said_once("Bora Bora Institute")
    ('Inland University', 'Bora Bora Institute')
    """
    m = _SAID_TWICE.fullmatch(name.strip())
    return m.group("name") if m else name


FORMER_ROLE = re.compile(r"(?i)\s*(?:former(?:ly)?|ex-|previous(?:ly)?|past)\b\s*")
"""A role the line says is over ("Former Data Intern @ X", "Ex-Engineer at Y", "previous postdoc")."""


def affiliation_from(text: str, role: str | None = None) -> Affiliation | None:
    """The place a line names (its department apart), with ``role``; a role said to be over ("Former Data Intern")
    makes a past affiliation, no current one."""
    aff = _affiliation_from(text, role)
    if aff is not None and role and FORMER_ROLE.match(role):
        aff = aff.model_copy(update={"current": False})
    return aff


TRAILING_SYMBOLS = re.compile(rf"[\s,;\u2190-\u21ff{PICTOGRAPHS}{PICTOGRAPH_JOINERS}]+$")
"""What closes a place's name and is none of it: an arrow drawn as the link to its site, a country's flag, an emoji."""


def _affiliation_from(text: str, role: str | None = None) -> Affiliation | None:
    # "Centro X (CEP) <a>↗</a>": an arrow drawn as the link to the place's site closes the line, no word of its name
    # ("at X University 🇸🇬": a flag or an emoji after the name is decoration, no word of it)
    t = org_named(TRAILING_SYMBOLS.sub("", norm(text)).strip(" .,;")) or ""
    t = re.sub(r"^the\s+(?=[A-Z])", "", t)  # "the University of Northfield"
    t = said_once(t)
    t = re.sub(r"^(?:所属|所屬|单位|單位|工作单位|工作單位|소속)\s*[:：]?\s*(?=\S)", "", t)  # the label "所属" (affiliation)
    if text.rstrip().endswith((":", "：")) or re.fullmatch(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?", t):
        return None  # "Laboratory Website:" (a label), "www.lab.example.fr" (a link's text): no place's name
    cjk = re.match(r"^[^()（）]*[\u4e00-\u9fff][^()（）]*[（(]([^()（）]*[A-Za-z][^()（）]*)[)）]\s*$", t)
    if cjk:
        t = cjk.group(1).strip()  # "清华大学 计算机系 (Department of Computer Science, Tsinghua University)"
    if _CJK_DEGREE_LINE.search(t):
        return None  # "学位 京都大学 博士（工学）": the owner's degree, not a place they work at
    if not t or place_name(t) is None or _position_only(t) or fold(t) in _BARE_UNIT_WORDS or section_kind(t, exact=True) or (
            len(t.split()) >= 3 and t.isupper() and all(section_kind(w, exact=True) or w in ("OUTREACH", "CONTACT")
                                                        for w in t.split())):
        # "Welcome to the lab website!", "Get a glimpse at life in the X Lab", "Group", "Research Directions",
        # "EDUCATION RESEARCH TEACHING AWARDS" (a menu): a greeting, a call, a heading, no place's name
        return None
    dept = None
    if " | " in t:
        # a header's breadcrumb "Northfield University | Chemical Engineering": the institution
        pieces = [p.strip() for p in t.split("|") if p.strip()]
        strong = [p for p in pieces if INSTITUTION_STRONG.search(p) and not DEPT_START.match(p)]
        if len(strong) == 1:
            depts = [p for p in pieces if DEPT_START.match(p)]
            try:
                return Affiliation(name=strong[0], role=role, department=depts[0] if depts else None)
            except ValueError:
                return None
    pieces = re.split(r"(,\s+(?![^()]*\))|\s+at\s+(?![^()]*\)))", t)  # (no split inside a gloss: "X (XI, Y)")
    # each part with the separator written before it (", " or " at "): "University of Texas at Tyler" keeps its "at"
    parts, seps = [], []
    for k in range(0, len(pieces), 2):
        if pieces[k].strip():
            # ("Profesora Titular, Departamento X, en la Universidad Y": the word before the place is none of it)
            parts.append(PLACE_PREPOSITION.sub("", pieces[k].strip()))
            seps.append(", " if k == 0 or pieces[k - 1].startswith(",") else " at ")
    if len(parts) >= 2:
        strong = [i for i, p in enumerate(parts) if INSTITUTION_STRONG.search(p) and not DEPT_START.match(p)]
        if strong:
            i = strong[-1] if len(strong) == 1 else strong[0]
            top = [j for j in strong if j > i and TOP_LEVEL.search(parts[j])]
            if top and not TOP_LEVEL.search(parts[i]):
                # "Wyss Institute, Harvard University": a unit that is an institute, then the university holding it
                i = top[0]
            # "University of California, San Diego", "University of Maryland, College Park": the campus is part of
            # the name ("College Park" is a town, "Trinity College" or "College of X" would be a unit)
            after = _TOWN_COLLEGE.sub("", " ".join(parts[i + 1:]))
            name = parts[i] + "".join(seps[j] + parts[j] for j in range(i + 1, len(parts))) if i < len(parts) - 1 and not ORG_RX.search(after) and len(parts[i + 1:]) <= 2 and not ADDRESS_RX.search(" ".join(parts[i + 1:])) else parts[i]
            before = ", ".join(parts[:i])
            dept = before or None
            t = name
    try:
        return Affiliation(name=t, role=role, department=dept)
    except ValueError:
        return None


# --- section readers ------------------------------------------------------------------------------

AS_A_POST = r"As\s+(?:an?|the)\s+(?P<post>[^,.;:]{2,80}?),\s*I"
"""The owner speaking from their post: "As a research scientist at X, I" (the post in group ``post``)."""
FIRST_PERSON = re.compile(r"^(?:I am|I'm|I’m|I work as|Currently,? I am|" + AS_A_POST + r")\s", re.I)
# the owner writing about themselves, each for one decision: a position line (above), a bio paragraph under a
# heading kg would read otherwise, a degree told in prose, a career sentence that is no paper
FIRST_PERSON_BIO = re.compile(r"^(?:[^\w\s]*\s*(?:Hi|Hello|Hey|Greetings)(?:\s+(?:there|all|everyone))?\s*[,!.]\s*)?(?:I am|I'm|I’m|I work|I lead|I direct|I received|My (?:research|group|lab|work))\b")
FIRST_PERSON_DEGREE = re.compile(r"^(?:My (?:Ph\.? ?D|D\.? ?Phil|doctorate|doctoral|master'?s|undergraduate)|"
                                  r"I (?:received|obtained|earned|completed|did) my)\b")
OWN_ADVISOR = re.compile(r"(?i)\bmy\s+(?:(?:ph\.?\s?d\.?|doctoral|thesis|master['’]?s|former|current)\s+)*"
                         r"(?:co-?)?(?:advis[eo]r|supervisor)s?\b")
"""The owner's advisor named as theirs in a sentence of any section ("Follow my Ph.D. advisor, A, and my group's work"
under "Research Interests")."""
FIRST_PERSON_CAREER = re.compile(r"\bI (?:(?:also|previously|recently|then) )?(?:was|am|joined|worked|have been|"
                                  r"had been|moved|spent|became|led|collaborated|"
                                  r"ha(?:ve|d) (?:(?:also|previously|recently) )?(?:published|authored|co-?authored|"
                                  r"written|collaborated|worked))\b")
"""A sentence about the owner's career ("I have published 40 papers (h-index 12) with 900+ citations" counts the
papers, it is none; "I have also collaborated with the X Team in the <a>Institute</a> at Y" names a place)."""

PAST_PLACE = re.compile(r"\bI\s+(?:also\s+|previously\s+)?was\s+(?:at|with)\s+(?:the\s+)?(?P<org>[A-Z](?:(?!\bI\s+was\b)[^.;]){3,120})")
"""A sentence that says where the owner was before ("Before I joined X I was at the Department of Y at the Z
University, and before that ..."): a past position, named by its place alone."""

TALK_KIND = lazy_compile(r"^(?:(?:invited|contributed|keynote|plenary|oral|poster|spotlight|lightning|"
                        r"seminar|colloquium|guest)\b.*|.*\b(?:talk|presentation|lecture|short course|tutorial)s?)$", re.I)
MONTH_YEAR = rf"(?:(?i:{MONTH_NAMES}|{SEASONS})\.?\s+)?(?:19|20)\d\d"
"""A year, a month's name or a season before it or none ("2021", "Aug 2024", "Sept. 2019", "Fall 2023"): one end
of the date spans CV lines write (:data:`DATE_SPAN`, :data:`~.readers._TITLE_THEN_DATES`,
:data:`~.readers._RANGE_INSIDE`); a word that names no month is no part of it ("Research Assistant 2020 - 2021")."""
DATE_SPAN = lazy_compile(rf"(?:{MONTH_YEAR})\s*(?:[-–—]+|to)\s*(?:{MONTH_YEAR}|{NOW_WORDS})\b", re.I)
"""A span of time a CV line gives ("Jan 2020 – Dec 2021", "Sep 2019 to present")."""
_DATE_ALONE = lazy_compile(rf"(?:since\s+)?{MONTH_YEAR}(?:\s*[-–—]\s*\d\d)?|{DATE_SPAN.pattern}", re.I)
"""A date alone ("Summer 2021", "Since 2020", "2020-21", "Aug 2020 - present"): when, no place's name."""


DATE_PREFIX = lazy_compile(
    r"^(?:[^\w\[(【]\s*)*[\[(【]?\s*(?P<date>"
    r"(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])(?:[-/.](?:0?[1-9]|[12]\d|3[01]))?|"
    r"(?:0?[1-9]|1[0-2])[/.](?:19|20)\d\d|"
    r"(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|1[0-2])[/.](?:19|20)\d\d|"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2})?,?\s+(?:19|20)\d\d|"  # "October 14-15, 2015"
    r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+(?:19|20)\d\d|"
    r"(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?,?\s*(?:19|20)\d\d|"  # (a month in capitals: "[FEB. 2024]")
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|"
    r"(?:19|20)\d\d"
    # ("[May 2026, Seoul]": where, after the date inside its brackets)
    r")(?:,\s*[A-Z][\w .'’-]{0,30}?(?=\s*[\])】]))?"
    # ("[May 2026]1 paper accepted": the closing bracket the separator)
    r"\s*[\])】]?\s*(?:[:：\-–—|]\s*|[,.]\s+|(?=\s)|$|(?<=[\])】]))",
)
"""A date opening a line (a news item's, an award's): the date, then a separator, a space or the line's end ("2024-05-02"
alone over its paragraph is the whole date, not "2024-05" and a dash); a place written after the date inside its
brackets ("[May 2026, Seoul]") is no part of the text after it."""




def date_of(text: str, group_year: int | None = None) -> str | None:
    text = text.strip()
    m = re.fullmatch(r"(0?[1-9]|1[0-2])[/.]((?:19|20)\d\d)", text)
    if m:
        return f"{m.group(2)}-{int(m.group(1)):02d}"
    m = re.fullmatch(r"(0?[1-9]|[12]\d|3[01])[/.](0?[1-9]|1[0-2])[/.]((?:19|20)\d\d)", text)
    if m:
        return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    text = re.sub(r"^([A-Za-z]{3,9}\.?\s+\d{1,2})\s*[-–]\s*\d{1,2}(?=,?\s)", r"\1", text)  # a span of days: its first
    words = text.split()
    if words and fold(words[0]) not in MONTHS and not re.match(r"\d", text):
        return None
    d = parse_date(text)
    if d is None and group_year:
        d = parse_date(f"{text} {group_year}")
    return d
