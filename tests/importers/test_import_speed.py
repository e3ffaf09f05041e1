"""Import speed: costs removed with the results unchanged. Each test pins a cost by counting the calls
that made it (a count does not depend on the machine's load) and compares the result with the plain definition."""

from __future__ import annotations

import random
import re
from collections import Counter

from kg.importers import common
from kg.importers.site import record_files
from kg.model import Author, Publication

_GIVEN = ["Ada", "Bo", "Cleo", "Dario", "Elif", "Femi", "Gus", "Hana", "Ivo", "Jun", "Kofi", "Lia"]
_FAMILY = ["Lind", "Okafor", "Tarn", "Veldt", "Quill", "Moss", "Ruiz", "Sato", "Brandt", "Eze", "Cruz", "Oda"]


def _spellings(rng: random.Random) -> list[str]:
    given, family = rng.choice(_GIVEN), rng.choice(_FAMILY)
    return [f"{given} {family}", f"{given[0]}. {family}", f"{family}, {given}", f"{family}, {given[0]}."]


def _records(seed: int, n: int = 60) -> list[Publication]:
    """Invented records: one owner on most of them, in several spellings, among coauthors who recur."""
    rng = random.Random(seed)
    owner = ["Ada Lind", "A. Lind", "Lind, Ada"]
    crowd = [s for _ in range(40) for s in _spellings(rng)]
    pubs = []
    for k in range(n):
        names = rng.sample(crowd, rng.randint(1, 6))
        if rng.random() < 0.7:
            names.insert(rng.randint(0, len(names)), rng.choice(owner))
        pubs.append(Publication(title=f"Work {k}", authors=[Author(name=x) for x in names]))
    return pubs


def _records_owner_plain(pubs: list[Publication], texts=()) -> str | None:
    """records_owner as first written: every author compared with every key so far (the name it gives written
    given name first, as records_owner writes it since hunt43)."""
    counts: Counter[str] = Counter()
    spelled: dict[str, list[str]] = {}
    for pub in pubs:
        seen = set()
        for author in pub.authors:
            key = next((k for k in spelled if common.same_name(k, author.name)), author.name)
            if key in seen:
                continue
            seen.add(key)
            counts[key] += 1
            spelled.setdefault(key, []).append(author.name)
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2) + [("", 0)]
    if n < 2 or 2 * n < len(pubs) or (rest and rest[0][1] == n):
        return None
    return common.uninvert_name(record_files.fullest_form(spelled[top], texts))  # (the owner given name first)


def test_records_owner_same_as_the_plain_search():
    for seed in range(25):
        pubs = _records(seed)
        assert record_files.records_owner(pubs) == _records_owner_plain(pubs), seed


def test_records_owner_compares_each_spelling_with_its_namesakes_only(monkeypatch):
    """800 authors of 150 records: each distinct spelling is compared with the keys that share its name key or
    family name, not each author with every key so far (thousands of nameparser comparisons)."""
    pubs = _records(7, n=150)
    calls = []
    real = record_files.same_name
    monkeypatch.setattr(record_files, "same_name", lambda a, b: calls.append((a, b)) or real(a, b))
    record_files.records_owner(pubs)
    spellings = {a.name for p in pubs for a in p.authors}
    assert len(calls) <= 3 * len(spellings)


_PAGE = """<html><head><title>Ada Lind</title></head><body><h1>Ada Lind</h1>
<p>Associate Professor of Hydrology, Tarn University.</p>
<h2>Publications</h2><ul>
<li>Ada Lind, Bo Okafor. Rivers that run uphill. <i>Journal of Imaginary Water</i>, 2021.</li>
<li>Cleo Veldt, Ada Lind. Wet sand and its discontents. <i>Proceedings of Dry Places</i>, 2019.</li>
</ul></body></html>
"""


def test_page_text_read_once(tmp_path, monkeypatch):
    """The page's whole text is joined once per import (for the owner's fuller name and the e-mail search),
    not once for each."""
    from kg.importers import import_path
    from kg.importers.page import parse

    page = tmp_path / "index.html"
    page.write_text(_PAGE, encoding="utf-8")
    whole = []
    real = parse.itertext
    monkeypatch.setattr(parse, "itertext", lambda el: (whole.append(el) if el.getparent() is None else None)
                        or real(el))
    res = import_path(page)
    assert res.profile.person.name == "Ada Lind" and res.profile.person.email is None
    assert len(whole) == 1


_LINKED_PAGE = """<html><head><title>Ada Lind</title></head><body><h1>Ada Lind</h1>
<h2>Publications</h2><ul>
<li><a href="https://example.org/a.pdf">Rivers that run uphill</a><br>Ada Lind, Bo Okafor<br>
<a href="https://example.org/j">Journal of Imaginary Water</a>, 2021</li>
<li><a href="https://example.org/b.pdf">Wet sand and its discontents</a><br>Cleo Veldt, Ada Lind<br>
<a href="https://example.org/p">Proceedings of Dry Places</a>, 2019</li>
</ul></body></html>
"""


def test_linked_lines_are_not_folded_for_a_disclosure_label(tmp_path, monkeypatch):
    """A line of an entry that holds a link is no folded block's label ("Abstract",
    "Details"); its text is not folded to be looked up among them (the test of its runs comes first)."""
    import inspect
    import sys

    from kg.importers import import_path
    from kg.importers.page import entry

    source, first = inspect.getsourcelines(entry.read_entry)
    asks = {first + k for k, line in enumerate(source) if "in _DISCLOSURE_LABELS" in line}
    page = tmp_path / "index.html"
    page.write_text(_LINKED_PAGE, encoding="utf-8")
    folded = []
    real = entry.fold

    def counted(text):
        caller = sys._getframe(1)
        if caller.f_code is entry.read_entry.__code__ and caller.f_lineno in asks:
            folded.append(text)
        return real(text)

    monkeypatch.setattr(entry, "fold", counted)
    res = import_path(page)
    assert [p.title for p in res.profile.publications] == ["Rivers that run uphill", "Wet sand and its discontents"]
    assert asks and folded == ["Ada Lind, Bo Okafor", "Cleo Veldt, Ada Lind"]


def _family_first(n: int) -> str:
    return ", ".join(f"{_FAMILY[k % len(_FAMILY)]}{'x' * (k // len(_FAMILY))}, {'ABCDEFGHJK'[k % 10]}." for k in range(n))


def _grows_linearly(pattern, texts) -> bool:
    """Whether ``pattern`` reads each text of ``texts(20)`` in at most 5 times the steps it takes on ``texts(5)``
    (a linear reader takes about 4 times, a quadratic one 16, an exponential one more than a budget stops), the
    match the same as ``re``'s. Steps are counted (regex_steps), not timed: the answer is the same on any machine."""
    from .regex_steps import TooManySteps, steps

    for small, large in zip(texts(5), texts(20)):
        end, few = steps(pattern, small)
        match = pattern.match(small)
        assert end == (match.end() if match else None)
        try:
            steps(pattern, large, budget=5 * few)
        except TooManySteps:
            return False
    return True


def test_family_first_list_read_in_linear_time():
    """A family-first author list that fails at its end ("..., Zoffoli, S. Journal of Applied Volcanology",
    a real page's 18 names) took time doubling with each name (4.8 s at 18), as a comma between two names could be
    read by two alternatives of the list's pattern that match the same text. The pattern's backtracking steps are
    counted (they were timed, which depends on the machine): four times the names, at most five times the steps,
    on a list that fails at its end and on one that matches."""
    from kg.importers.page import citation
    from kg.importers.page.citation import uninvert_authors

    def lists(n):
        return [_family_first(n) + " Journal of Applied Volcanology", _family_first(n)]

    assert _grows_linearly(citation._INV_LIST, lists)
    assert uninvert_authors(lists(40)[0]) is None
    assert uninvert_authors(lists(40)[1]).startswith("A. Lind, B. Okafor, C. Tarn, ")
    # the check itself: the pattern as it was (both separators tried between two names) does not pass it
    before = citation._INV_LIST.pattern.replace(
        f"|{citation._INV_SPACE_SEP})(?:{citation._INV_SURNAME}", f"|{citation._INV_SEP})(?:{citation._INV_SURNAME}", 1)
    assert before != citation._INV_LIST.pattern and not _grows_linearly(re.compile(before), lists)


def test_apa_join_asks_the_year_first(tmp_path, monkeypatch):
    """Whether an entry's lines are one APA citation set on lines of their own is asked by the year in
    brackets first (a pattern), the author score of its first line only then: an entry without such a year costs
    no score there (every entry of a page was scored so, on a text no other reader scores)."""
    from kg.importers import import_path
    from kg.importers.page import entry

    page = tmp_path / "index.html"
    page.write_text(_LINKED_PAGE, encoding="utf-8")
    asked = []
    real = entry.author_score

    def counted(text, owner_names=()):
        if sys._getframe(1).f_code is entry._join_apa_lines.__code__:
            asked.append(text)
        return real(text, owner_names)

    import sys

    monkeypatch.setattr(entry, "author_score", counted)
    res = import_path(page)
    assert [p.title for p in res.profile.publications] == ["Rivers that run uphill", "Wet sand and its discontents"]
    assert asked == []


def test_apa_lines_still_joined():
    """(the same entry read as one citation when its second line opens with the year in brackets)"""
    from kg.importers.page.context import Ctx
    from kg.importers.page.entry import _join_apa_lines
    from kg.importers.page.runs import Run, Seg

    segs = [Seg([Run(text="Lind, A., Okafor, B., & Tarn, C.", first=1, last=1)]),
            Seg([Run(text="(2016). Rivers that run uphill. Journal of Imaginary Water, 3(2), 1-9.", first=2, last=2)])]
    joined = _join_apa_lines(segs, Ctx())
    assert len(joined) == 1 and joined[0].text.startswith("Lind, A., Okafor, B., & Tarn, C. (2016). Rivers")


def _plain_clean_url(value: str) -> str:
    """kg.model._clean_url as it was written (every address split, quoted, joined and checked)."""
    from urllib.parse import urlsplit, urlunsplit

    from pyoxigraph import NamedNode

    from kg import model

    value = value.strip()
    if value.startswith("mailto:"):
        if "@" not in value:
            raise ValueError("mail")
        return value
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https", "ftp") or not parts.netloc:
        raise ValueError("scheme")
    host = parts.netloc
    if " " in host or "%" in host or not model._HOST.fullmatch(host):
        raise ValueError("host")
    parts.port  # noqa: B018
    out = urlunsplit((parts.scheme.lower(), host, *(model._quoted(x) for x in (parts.path, parts.query, parts.fragment))))
    NamedNode(out)
    return out


def test_plain_addresses_cleaned_as_before():
    """An address of plain characters (most links of a page) is taken as it is, without splitting and
    joining it; on generated addresses the result (or the refusal) is the full steps'."""
    import random

    from kg import model

    rng = random.Random(9)
    pieces = ["http://", "https://", "HTTP://", "ftp://", "x.org", "a", "-", ".", "/", "?", "=", "&", "_", "~", "0",
              "Z", ":80", ":", "#", "%", "%2F", " ", "é", "[", "]", "//", "..", "@", "\t"]
    plain = 0
    for _ in range(20000):
        url = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        if rng.random() < 0.7:
            url = rng.choice(["http://", "https://"]) + url
        try:
            want = _plain_clean_url(url)
        except ValueError:
            want = ValueError
        try:
            got = model._clean_url.__wrapped__(url)
        except ValueError:
            got = ValueError
        assert got == want, url
        plain += bool(model._PLAIN_URL.fullmatch(url.strip()))
    assert plain > 500


def test_plain_address_not_split(monkeypatch):
    """(the count: a plain address is not split to be cleaned)"""
    from kg import model

    calls = []
    real = model.urlsplit
    monkeypatch.setattr(model, "urlsplit", lambda url: calls.append(url) or real(url))
    assert model._clean_url.__wrapped__("https://example.org/2024/lind-1.pdf") == "https://example.org/2024/lind-1.pdf"
    assert model._clean_url.__wrapped__("https://example.org/a b.pdf") == "https://example.org/a%20b.pdf"
    assert calls == ["https://example.org/a b.pdf"]


def _assert_same_matches(old, new, alphabet, seed, n=30000):
    import random

    rng = random.Random(seed)
    for _ in range(n):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        assert [m.span() for m in old.finditer(s)] == [m.span() for m in new.finditer(s)], s
        assert old.split(s) == new.split(s), s
        p = rng.randint(0, len(s))
        for ask in ("search", "match", "fullmatch"):
            a, b = getattr(old, ask)(s, p), getattr(new, ask)(s, p)
            assert (a and a.span()) == (b and b.span()), (ask, s, p)


def test_patterns_rewritten_for_speed_match_as_before():
    """Patterns that opened with a look-behind or with optional spaces were tried at every position of
    their text (the author-list separators cost tens of microseconds a line); rewritten to open with what every
    match opens with, they find the same matches as first written, on generated texts."""
    import re

    from kg.importers import common, document
    from kg.importers.page import scores

    seps = [" ", "  ", ",", "&", "and", "AND", "And", "+", "·", "•", ";", "、", "，", "a", "Lee", "\n", "\t", "\u00a0",
            "\u3000", " and ", "and ", " aNd"]
    and_split = r"\s*(?:,\s*and\s+|,\s*&\s*|\s+and\s+|\s*&\s*|\s+\+\s+|\s+[·•]\s+|;\s*|,\s*|、|，)\s*"
    _assert_same_matches(re.compile(and_split), scores._QUICK_SPLIT, seps, 1)
    _assert_same_matches(re.compile(and_split, re.I), common._AND_SPLIT, seps, 2)
    # the year as documented (common.YEAR): standing alone, and not a metric's year ("2020=3.9"), a bioRxiv number
    # ("2022.03.24.4855"), an arXiv number ("2008.10903") nor an article number ("e2024EF004849"), written plainly
    # with its look-behind first
    plain_year = (r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)(?!\s?=\s?\d)(?!\.\d\d\.\d\d\.\d)(?!\.\d{4,5}(?!\d))"
                  r"(?![A-Za-z]{1,3}\d{3})")
    _assert_same_matches(re.compile(plain_year), common.YEAR,
                  ["0", "1", "2", "9", "5", "19", "20", "195", "2024", "1999", "a", " ", "-", "٣", ".", "=", "03",
                   "10903", ".24."], 3)
    _assert_same_matches(re.compile(r"(?<=[(\[（])\*(?=[ \t:：])"), document._LEGEND_STAR,
                  ["(", "[", "（", "*", "**", " ", "\t", ":", "：", "a", "\n"], 4)


def test_middle_initial_found_as_before():
    """The owner's fuller name ("Ada B. Lind") is searched for by the given name's letters; on generated
    texts the same forms are found as by the pattern first written (a word boundary before the given name)."""
    import random
    import re

    from kg.importers.page.parse import _with_middle_initial
    from kg.importers.page.source import norm

    rng = random.Random(5)
    for given, family in [("Ada", "Lind"), ("O'Neil", "Roe"), ("Jean-Luc", "Tarn"), ("Zoë", "Eze")]:
        words = [given, family, " ", "A.", " B. ", "x", "\n", "é", f"{given} A. {family}", "_", "1", f"x{given} C. {family}"]
        for _ in range(3000):
            text = "".join(rng.choice(words) for _ in range(rng.randint(0, 10)))
            found = {norm(m.group(0)) for m in re.finditer(
                rf"\b{re.escape(given)}\s+(?:[A-Z]\.\s*){{1,2}}{re.escape(family)}\b", text)}
            assert _with_middle_initial(f"{given} {family}", text) == (found.pop() if len(found) == 1 else None), text


def test_section_names_looked_up_by_their_start(monkeypatch):
    """section_kind tried each of its 560 names on every heading-like line; it now takes the names found
    inside the heading (looked up by the two characters at each place of it), in their order: the plain filter's
    list, and the same kind as the loop over every name, on generated headings."""
    import random

    from kg.importers import common

    keys = common._section_keys()
    vocab = sorted({w for _, key, _ in keys for w in key.split()}) + [
        "for", "students", "my", "recent", "need", "to", "update", "following", "and", "/", "&", "|", "x", "a", "an",
        "論文", "列表", "業績"]
    rng = random.Random(3)
    headings = [" ".join(rng.choice(vocab) for _ in range(rng.randint(1, 5))) for _ in range(3000)]
    headings += [key for _, key, _ in keys] + [key.title() + ":" for _, key, _ in keys[::7]]
    for h in headings:
        words = common.fold(h)
        assert common._section_keys_in(words) == [k for k in keys if k[1] in words], h
    fast = {(h, exact): common.section_kind(h, exact) for h in headings for exact in (False, True)}
    monkeypatch.setattr(common, "_section_keys_in", lambda words: common._section_keys())
    assert fast == {(h, exact): common.section_kind(h, exact) for h in headings for exact in (False, True)}


def test_segment_text_stripped_once():
    """A segment's text is stripped once when first asked, not again each of the dozen
    times the readers ask it (its raw text is made with the segment and never changes)."""
    from kg.importers.page.runs import Run, Seg

    seg = Seg([Run(text="  Rivers that run uphill ", first=1, last=1), Run(text=" (2021)  ", first=1, last=1)])
    assert seg.text == "Rivers that run uphill (2021)"
    assert seg.text is seg.text


_REPEATING_PAGE = """<html><head><title>Ada Lind</title></head><body><h1>Ada Lind</h1>
<h2>Publications</h2>
<h3>2021</h3><ul>
<li>A. Lind, B. O. Okafor and C. Tarn. <b>Rivers that run uphill</b>. <i>Journal of Imaginary Water</i>, 2021.
[<a href="https://example.org/a.pdf">pdf</a>] | [<a href="https://example.org/a">code</a>] | [<a href="https://example.org/a.bib">bib</a>]</li>
<li>B. O. Okafor, A. Lind and D. Veldt. <b>Wet sand and its discontents</b>. <i>Journal of Imaginary Water</i>, 2021.
[<a href="https://example.org/b.pdf">pdf</a>] | [<a href="https://example.org/b">code</a>] | [<a href="https://example.org/b.bib">bib</a>]</li>
</ul>
<h3>2020</h3><ul>
<li>C. Tarn, A. Lind, B. O. Okafor et al. <b>Dunes that remember</b>. <i>Proceedings of Dry Places</i>, 2020.
[<a href="https://example.org/c.pdf">pdf</a>] | [<a href="https://example.org/c">code</a>] | [<a href="https://example.org/c.bib">bib</a>]</li>
<li>A. Lind and C. Tarn. <b>Salt flats at night</b>. <i>Proceedings of Dry Places</i>, 2020.
[<a href="https://example.org/d.pdf">pdf</a>] | [<a href="https://example.org/d">code</a>] | [<a href="https://example.org/d.bib">bib</a>]</li>
</ul></body></html>
"""

_ONCE_PER_TEXT = [("common", "INITIALS_ONLY"), ("common", "_LEFT_OUT"), ("common", "_MEETING_WORD"),
                  ("labels", "SEPARATORS"), ("sections", "_YEAR_HEADING"), ("scores", "_JOURNAL_ABBREV"),
                  ("source", "_TAG_NAME"), ("source", "_TAG_NAME_OK"), ("source", "_RAW_OPEN")]


def test_short_texts_classified_once_per_page(tmp_path, monkeypatch):
    """The same few short texts come back entry after entry (the separators between an
    entry's links, its names' initials and pieces, the year headings, a venue's name, the page's tag names), and
    each was matched by its pattern every time it was asked. The helpers that ask are memoised (or keep a dict of the
    page's tag names): each pattern below sees each text once per import (they were asked again and again before)."""
    from kg.importers import common, import_path
    from kg.importers.page import labels, scores, sections, source

    modules = {"common": common, "labels": labels, "sections": sections, "scores": scores, "source": source}
    for memo in (common.initials_only, common.left_out_note, common.venue_type, common._looks_like_acronym,
                 labels.separators_only, sections.year_heading, scores._journal_abbreviation):
        memo.cache_clear()
    asked: dict[str, Counter] = {}

    class Counted:
        def __init__(self, name, pattern):
            self.name, self.pattern = name, pattern

        def __getattr__(self, attr):
            method = getattr(self.pattern, attr)
            if attr not in ("match", "fullmatch", "search", "sub", "findall", "finditer", "split"):
                return method

            def counted(*args):
                asked.setdefault(self.name, Counter())[(attr, args)] += 1
                return method(*args)
            return counted

    for mod, name in _ONCE_PER_TEXT:
        monkeypatch.setattr(modules[mod], name, Counted(name, getattr(modules[mod], name)))
    page = tmp_path / "index.html"
    page.write_text(_REPEATING_PAGE, encoding="utf-8")
    res = import_path(page)
    assert [p.title for p in res.profile.publications] == [
        "Rivers that run uphill", "Wet sand and its discontents", "Dunes that remember", "Salt flats at night"]
    assert sorted(asked) == sorted(name for _, name in _ONCE_PER_TEXT)  # (each is asked on this page)
    assert {name: [k for k, n in calls.items() if n > 1] for name, calls in asked.items()} == {
        name: [] for _, name in _ONCE_PER_TEXT}


def test_memoised_venue_copied_without_replace():
    """The page reader's memoised parse_venue gives each entry a copy of the venue it read (the reader fills
    in its volume and pages); the copy was made by dataclasses.replace, whose look-up of the fields cost 8 times the
    copy. Venue.copy gives the same value, every field set, with a notes list of its own."""
    import dataclasses

    from kg.importers.common import Venue
    from kg.importers.page import memo

    v = Venue(venue="ICCV", venue_full="International Conference on Computer Vision", year=2021,
              venue_type="conference", notes=["Oral"], volume="3", pages="1-9")
    assert all(getattr(v, f.name) not in (None, []) for f in dataclasses.fields(Venue))
    copy = v.copy()
    assert copy == dataclasses.replace(v, notes=list(v.notes)) and copy.notes is not v.notes
    memo._parse_venue.cache_clear()
    first, second = memo.parse_venue("ICCV 2021 (Oral)"), memo.parse_venue("ICCV 2021 (Oral)")
    assert first == second and first is not second and first.notes is not second.notes


def test_each_file_of_a_site_is_decoded_once_per_import(tmp_path, monkeypatch):
    """A site's readers ask for the same page again (the about page up to eleven times on real sites): within
    one import each file is read and decoded once, every asker given a SourceDoc of its own; a second import
    reads the files again."""
    from kg.importers import base

    from .sitefiles import academicpages_home, imported_site

    files = {
        **academicpages_home("Ada Lind", "Ada Lind studies rivers that run uphill.\n", titled=True),
        "_pages/publications.md": "---\npermalink: /publications/\ntitle: Publications\n---\n\n"
                                  "- Ada Lind, Bo Okafor. Rivers that run uphill. Journal of Imaginary Water, 2021.\n",
    }
    decoded = Counter()
    real = base.decode_text
    monkeypatch.setattr(base, "decode_text", lambda data, name, **kw: decoded.update([name]) or real(data, name, **kw))
    first = imported_site(tmp_path / "site", files)
    assert decoded and max(decoded.values()) == 1
    assert [p.title for p in first.publications] == ["Rivers that run uphill"]
    again = Counter(decoded)
    imported_site(tmp_path / "site", files)
    assert decoded == again + again


def test_author_list_scored_without_comparing_its_names_with_the_owner(monkeypatch):
    """A line of two names or more, half of them a full name, scores 1 as an author list
    whoever the owner is; the owner test, which answers 1 too, compared each of its names with each of the
    owner's names first (same_name and owner_variant: a tenth of the scoring on the bench pages). The list is
    scored without them; a line that needs them (one name, or initials only) still asks."""
    from kg.importers.page import scores

    asked = Counter()
    for name in ("same_name", "owner_variant"):
        real = getattr(scores, name)
        monkeypatch.setattr(scores, name, lambda a, b, real=real, name=name: asked.update([name]) or real(a, b))
    scores._author_score_cached.cache_clear()
    owner = ("Ada Lind", "A. Lind")
    assert scores.author_score("Bo Okafor, Cleo Tarn, A. Lind", owner) == 1.0
    assert scores.author_score("Bo Okafor, Cleo Tarn and Dario Veldt", owner) == 1.0
    assert asked == Counter()
    assert scores.author_score("A. Lind", owner) == 1.0  # (one name: the owner's, asked for)
    assert asked["same_name"] >= 1


def test_a_title_is_left_at_the_function_word_that_decides_it_is_no_author_list(monkeypatch):
    """Two function words in a text with a comma, or one in a text
    without, make it no author list, and a digit does at once; author_score asked every word of the text whether it
    is a function word, and before the digits. It now asks the digits first and the words only up to the one that
    decides (on the code before: every word of both texts asked)."""
    from kg.importers.page import scores

    asked: list[str] = []

    class Counting(frozenset):
        def __contains__(self, word):
            asked.append(word)
            return frozenset.__contains__(self, word)

    monkeypatch.setattr(scores, "FUNCTION_WORDS", Counting(scores.FUNCTION_WORDS))
    scores._author_score_cached.cache_clear()
    assert scores.author_score("On the Heave of Frost in Alpine Gravel, with Notes on Moraines") == 0.0
    assert asked == ["on", "the"]  # (the second function word decides: the eight words after it are not asked)
    asked.clear()
    assert scores.author_score("Frost heave in the Alps, 2021") == 0.0
    assert asked == []  # (the year decides)
    scores._author_score_cached.cache_clear()


def test_an_author_list_of_commas_is_cut_without_the_separators_pattern():
    """The author-list separators (common.AND_SEPARATORS) are tried at every space of a
    line, which was a third of an author line's scoring. split_list cuts a list whose only separators are commas
    with str.split, and gives what the pattern gives on generated texts, for the splitter's pattern (re.I) and the
    scorer's; the pattern is not asked for such a list (it was, on the code before)."""
    import random

    from kg.importers.common import _AND_SPLIT, split_list
    from kg.importers.page.scores import _QUICK_SPLIT

    pieces = [" ", "  ", ",", ", ", " ,", "&", "and", "AND", "And", " and ", ", and ", "+", " + ", "·", "•", ";", "、",
              "，", "\t", "\u00a0", "\u3000", "\n", "Lee", "Bo Wu", "Brandt", "Sandra", "x"]
    rng = random.Random(14)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        for pattern in (_AND_SPLIT, _QUICK_SPLIT):
            assert split_list(text, pattern) == pattern.split(text), (text, pattern.flags)

    class Refusing:
        def split(self, text):
            raise AssertionError(f"the pattern was asked to cut {text!r}")

    assert split_list("Ada Lind, Bo Brandt , Cleo Sandraz,Dario Veldt.", Refusing()) == [
        "Ada Lind", "Bo Brandt", "Cleo Sandraz", "Dario Veldt."]


def test_et_al_looked_for_only_at_an_end_it_can_close(monkeypatch):
    """split_authors searched the last 40 characters of every author line for a closing
    "et al." (its pattern opens with optional spaces: tried at each of them); a match ends the text, which ends in
    no space there, with "al", "al.", "others", "..." or "…", so a line ending otherwise is not searched (it was on
    the code before). The same lists as the search on generated lines."""
    import random

    real = common.ET_AL
    searched: list[str] = []

    class Counting:
        def search(self, text, pos=0):
            searched.append(text)
            return real.search(text, pos)

    monkeypatch.setattr(common, "ET_AL", Counting())
    assert [a.name for a in common.split_authors("Ada Lind, Bo Okafor and Cleo Tarn.").authors] == [
        "Ada Lind", "Bo Okafor", "Cleo Tarn"]
    assert searched == []
    result = common.split_authors("Ada Lind, Bo Okafor, et al.")
    assert result.truncated and searched
    monkeypatch.setattr(common, "ET_AL", real)

    class Every:
        def __contains__(self, end):
            return True

    rng = random.Random(3)
    words = ["et al", "et al.", "others", "and others", "...", "…", "ſ", "Lind", "A.", ",", " ", "Okafor", "OTHERS"]
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 7))) for _ in range(3000)]
    fast = [common.split_authors(text) for text in texts]
    monkeypatch.setattr(common, "ET_AL_LAST", Every())  # every line searched, as before
    assert fast == [common.split_authors(text) for text in texts]


def test_an_author_of_one_mark_or_none_keeps_the_list_as_validated(monkeypatch):
    """Author's marks validator sorted the marks of every author (most have none) by their
    order in MARKS; a list of none or one is in order as it is. Two or more are still sorted (MARKS asked: on the
    code before it was asked for the one mark too)."""
    from kg import model

    asked: list[str] = []

    class Counting(tuple):
        def index(self, value, *args):
            asked.append(value)
            return tuple.index(self, value, *args)

    monkeypatch.setattr(model, "MARKS", Counting(model.MARKS))
    assert Author(name="Ada Lind").marks == [] and Author(name="Bo Okafor", marks=["corresponding"]).marks == [
        "corresponding"]
    assert asked == []
    assert Author(name="Cleo Tarn", marks=["mentee", "equal_contribution", "mentee"]).marks == [
        "equal_contribution", "mentee"]
    assert asked


def test_a_citation_piece_is_cleaned_once_per_import(monkeypatch):
    """An entry's pieces are cleaned (clean_piece) by several readers, each text about three
    times on the bench pages; the cleaning is memoised (on the code before, each asking cleaned it again)."""
    from kg.importers.page import context

    cleaned: list[str] = []
    real = context.norm
    monkeypatch.setattr(context, "norm", lambda text: cleaned.append(text) or real(text))
    context.clean_piece.cache_clear()
    assert context.clean_piece(" Rivers that run uphill, ") == "Rivers that run uphill"
    assert context.clean_piece(" Rivers that run uphill, ") == "Rivers that run uphill"
    assert len(cleaned) == 1


def test_a_links_words_are_read_once_while_its_page_is_read(tmp_path, monkeypatch):
    """The readers ask a link's words (labels.link_text) about six times an entry on the
    bench pages (whether it is a label, its label, the bar of links it stands in, the entry's text); the tree does
    not change while the page's readers run, so each link's words are read once then (on the code before, every
    link of this page was read several times). The same profile as with every asking read afresh."""
    from contextlib import nullcontext

    from kg.importers import import_path
    from kg.importers.page import labels, parse

    page = tmp_path / "index.html"
    page.write_text(_REPEATING_PAGE)
    kept = import_path(page).profile.model_dump(exclude={"source"})
    read: Counter = Counter()
    real = labels.itertext
    monkeypatch.setattr(labels, "itertext", lambda el: read.update([el]) or real(el))
    import_path(page)
    assert read and max(read.values()) == 1
    # (parse holds the context manager by its name: the one it enters is replaced; the count says this one has)
    monkeypatch.setattr(parse, "link_texts_kept", nullcontext)
    read.clear()
    assert import_path(page).profile.model_dump(exclude={"source"}) == kept
    assert max(read.values()) > 1


def test_a_pages_text_nodes_are_found_in_its_text_once_when_nothing_is_mended(monkeypatch):
    """Page found every text node of the tree in the page's text twice, once to place the
    start tags (_first_text_offsets) and once to give each node its lines (_align), by the same walk. When none of
    the mending steps between the two changed the tree (most pages) the nodes found the first time are placed;
    when one did (a stray wrapper taken out), the tree is walked again. The same lines either way (on the code
    before, each node was looked for twice)."""
    from kg.importers.page import source

    asked: list[str] = []
    real = source._find_text
    monkeypatch.setattr(source, "_find_text", lambda stream, text, ptr: asked.append(text) or real(stream, text, ptr))
    plain = "<html><body><h1>Ada Lind</h1>\n<ul><li>A. Lind. <b>Rivers</b>, 2021.</li>\n<li>B. Roe. Dunes.</li></ul>\n</body></html>"
    mended = "<html><body><h1>Ada Lind</h1>\n<font><p>A. Lind. <b>Rivers</b>, 2021.</p>\n<p>B. Roe.</p></font>\n</body></html>"
    for html, twice in ((plain, False), (mended, True)):
        asked.clear()
        page = source.Page(html)
        during = [t for t in asked if t.strip()]  # (the words of the page's text nodes, in order)
        spans = dict(page.spans)
        page.spans, page._ptr = {}, 0
        asked.clear()
        page._align(page.root)
        assert page.spans == spans and spans
        once = [t for t in asked if t.strip()]
        assert during == (once * 2 if twice else once) or twice and sorted(during) == sorted(once * 2), during


def test_a_framework_site_is_walked_once_per_import(tmp_path, monkeypatch):
    """The records reader's listing of a site's files (record_files.site_files) is walked once an import, however
    many of a framework site's readers ask for it (the owner by the records, the components, the data lists, the
    news modules: three to five walks before); a second import walks again."""
    import os
    import sys

    from .sitefiles import imported_site

    files = {
        "package.json": '{"name": "home", "dependencies": {"next": "14.0.0", "react": "18.0.0"}}\n',
        "src/data/papers.ts": "export const papers = [\n"
                              '  {title: "Rivers that run uphill", authors: "Ada Lind, Bo Okafor", venue: "Journal '
                              'of Imaginary Water", year: "2021"},\n'
                              '  {title: "Wet sand and its discontents", authors: "Cleo Veldt, Ada Lind", venue: '
                              '"Proceedings of Dry Places", year: "2019"},\n];\n',
        "src/app/page.tsx": 'import { papers } from "../data/papers";\nexport default function Home() {\n'
                            "  return <main><h1>Ada Lind</h1>{papers.map(p => <p>{p.title}</p>)}</main>;\n}\n",
    }
    walks = []
    real = os.walk
    monkeypatch.setattr(os, "walk", lambda top, *a, **k: (walks.append(top) if sys._getframe(1).f_code.co_filename
                                                          == record_files.__file__ else None) or real(top, *a, **k))
    profile = imported_site(tmp_path / "site", files)
    assert sorted(p.title for p in profile.publications) == ["Rivers that run uphill", "Wet sand and its discontents"]
    assert len(walks) == 1
    imported_site(tmp_path / "site", files)
    assert len(walks) == 2


def test_a_site_configuration_is_parsed_once_per_import(tmp_path, monkeypatch):
    """A Hugo site's configuration is asked for by the family's detection, its content folder, its base URL and,
    on a theme without an author page, the owner's settings (any_site.config_person): within one import it is
    parsed once, each asker given data of its own; a second import parses it again."""
    from kg.importers.site import files as site_files_module

    from .sitefiles import imported_site

    files = {
        "hugo.toml": 'baseURL = "https://ada.example.org/"\ntitle = "Ada Lind"\ntheme = "coder"\n\n[params]\n'
                     'author = "Ada Lind"\ninfo = "Research scientist at the Lowmoor Institute"\n'
                     'description = "Research scientist at the Lowmoor Institute"\n',
        "content/_index.md": "---\ntitle: Home\n---\n\nAda Lind studies rivers that run uphill.\n",
    }
    parsed = Counter()
    real = site_files_module.toml_with_spans
    monkeypatch.setattr(site_files_module, "toml_with_spans",
                        lambda text, offset, display: parsed.update([display]) or real(text, offset, display))
    profile = imported_site(tmp_path / "site", files)
    assert profile.person.name == "Ada Lind"
    assert [a.name for a in profile.person.affiliations] == ["Lowmoor Institute"]
    assert parsed and max(parsed.values()) == 1
    again = Counter(parsed)
    imported_site(tmp_path / "site", files)
    assert parsed == again + again


def test_a_folder_of_a_site_is_sized_once_per_import(tmp_path, monkeypatch):
    """The account of a site's files asks of each file no reader read whether its folder is a data set
    (record_files.data_set_bytes): within one import each folder is listed once, however many files it holds (a
    lab site's folder of a thousand files was listed a thousand times, minutes of its import); the answer is the
    same, and a second import lists it again."""
    import sys
    from pathlib import Path

    from .sitefiles import academicpages_home, imported_site

    files = {
        **academicpages_home("Ada Lind", "Ada Lind studies rivers that run uphill.\n", titled=True),
        "_pages/publications.md": "---\npermalink: /publications/\ntitle: Publications\n---\n\n"
                                  "- Ada Lind, Bo Okafor. Rivers that run uphill. Journal of Imaginary Water, 2021.\n",
        **{f"tables/t{k:02}.txt": f"gauge {k}: {k * 7} cm of water, read at dawn\n" for k in range(40)},
    }
    listed = Counter()
    real = Path.iterdir
    monkeypatch.setattr(Path, "iterdir", lambda self: (listed.update([self.name]) if sys._getframe(1).f_code.co_name
                                                       == "data_set_bytes" else None) or real(self))
    profile = imported_site(tmp_path / "site", files)
    assert [p.title for p in profile.publications] == ["Rivers that run uphill"]
    assert listed["tables"] == 1
    imported_site(tmp_path / "site", files)
    assert listed["tables"] == 2
    assert record_files.data_set_bytes(tmp_path / "site" / "tables", tmp_path / "site") is None


def test_bibtex_entry_keys_placed_on_their_lines(tmp_path):
    """A BibTeX file's entries are joined to a data file beside it by their keys, each key found at the line its
    entry starts on (record_files' _keyed_links takes them by bisection over the line starts, once counted with
    the newlines before each entry)."""
    from kg.importers.site.pages import bibtex_part

    rng = random.Random(7)
    entries, extra = [], []
    for k in range(30):
        fields = [f"  title={{Gauge reading number {k}}}", "  author={Lark, Ivo and Moss, Ada}",
                  *[f"  note={{line {j}}}" for j in range(rng.randint(0, 4))], f"  year={{{2000 + k % 20}}}"]
        entries.append(f"{'% a comment' + chr(10) if k % 7 == 0 else ''}@article{{lark{k}gauge,\n"
                       + ",\n".join(fields) + "\n}\n" + "\n" * rng.randint(0, 3))
        extra.append(f"lark{k}gauge:\n  link: \"https://example.org/gauge/{k}\"\n")
    root = tmp_path
    (root / "refs.bib").write_text("".join(entries), encoding="utf-8")
    (root / "refs_extra.yml").write_text("".join(extra), encoding="utf-8")
    part = bibtex_part(root, root / "refs.bib", "Ivo Lark")
    assert [(p.title, p.links) for p in part.publications] == [
        (f"Gauge reading number {k}", {"link": f"https://example.org/gauge/{k}"}) for k in range(30)]


def _bench_module():
    """scripts/bench.py, the benchmarks' script (not a package), loaded from its file."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "scripts" / "bench.py"
    spec = importlib.util.spec_from_file_location("kg_bench_script", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_synthetic_big_site_imports_with_its_counts(tmp_path):
    """The big site `scripts/bench.py big-site` times (make_big_site) imports whole at a small size: each kind
    gives its n works (their titles its own, none merged), owned by the site's owner, and its n text files of
    notes/ are accounted for; the same n writes the same files."""
    from kg.importers import import_path

    bench = _bench_module()
    for kind, fmt in (("pages", "jekyll"), ("records", "jekyll")):
        site = bench.make_big_site(tmp_path / kind, 7, kind)
        res = import_path(site)
        assert res.format == fmt
        assert res.profile.person.name == "Rosalind Achterberg"
        pubs = res.profile.publications
        assert len(pubs) == 7
        assert sorted(int(p.title.rsplit(" ", 1)[1]) for p in pubs) == list(range(1, 8))
        assert all(any(a.is_self for a in p.authors) for p in pubs)
        assert {u.file for u in res.profile.unparsed if u.file.startswith("notes/")} == {
            f"notes/gauge-{k:05}.txt" for k in range(1, 8)}
        first = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
        bench.make_big_site(site, 7, kind)
        assert {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()} == first


def _dedupe_plain(pubs, collections=frozenset()):
    """assemble.dedupe_publications as first written: each publication compared with every work kept before it."""
    from kg.importers.site import assemble

    out, listed = [], Counter(p.file for p in pubs)

    def item(file):
        return assemble._collection_item(file) or bool(file) and file.rsplit("/", 1)[0] in collections

    for pub in pubs:
        match = next((p for p in out if p.file != pub.file and (common.same_work(p, pub) or assemble._renamed(p, pub)
                                                                 or common.reworded_work(p, pub))
                      and not (item(p.file) and item(pub.file))), None)
        if match is None:
            out.append(pub)
        elif not assemble._structured(pub.file) and not assemble._structured(match.file) \
                and listed[pub.file] > 2 * listed[match.file]:
            out[next(i for i, p in enumerate(out) if p is match)] = pub
            assemble.merge_publication(pub, match)
        else:
            if assemble._structured(pub.file) and not assemble._structured(match.file) and pub.authors and (
                    not match.authors or any(len(a.name.replace(".", " ").split()) < 2 for a in match.authors)):
                match.authors = [a.model_copy() for a in pub.authors]
                match.authors_truncated = pub.authors_truncated
                match.notes = [n for n in match.notes
                               if not (pub.year and re.fullmatch(r"\(?(?:19|20)\d\d[a-z]?\)?", n.strip()))]
            assemble.merge_publication(match, pub)
    return out


def _site_copies(seed: int) -> list[Publication]:
    """Invented works of a site written in several files: titles in other spellings, a year one apart, renamed
    preprints sharing an arXiv identifier or a DOI, a page repeating a few of the list's works."""
    rng = random.Random(seed)
    files = ["_publications/a.md", "_publications/b.md", "about.md", "cv.md", "refs.bib", "news.md"]
    base = []
    for k in range(40):
        base.append({"title": f"Tides of basin {k % 23} under {rng.choice(['ice', 'salt', 'wind'])}",
                     "year": rng.choice([None, 2018 + k % 5]), "venue": rng.choice([None, "Coast Letters", "Estuaries"]),
                     "arxiv": rng.choice([None, None, f"21{k % 9:02}.0{k % 7}123"]),
                     "doi": rng.choice([None, None, f"10.5555/Tide.{k % 11}"])})
    pubs = []
    for _ in range(160):
        w = rng.choice(base)
        title = rng.choice([w["title"], w["title"].upper(), w["title"].replace(" ", "  ") + ".", f"Notes {rng.randint(0, 9)}"])
        year = w["year"] if rng.random() < 0.8 else (w["year"] or 2020) + rng.choice([-1, 1])
        arxiv = w["arxiv"] and w["arxiv"] + rng.choice(["", "v2"])
        pubs.append(Publication(title=title, year=year, venue=w["venue"], arxiv=arxiv,
                                doi=w["doi"] and rng.choice([w["doi"], w["doi"].lower()]), file=rng.choices(files, [2, 2, 8, 3, 2, 1])[0],
                                authors=[Author(name=n) for n in rng.sample(["Ada Lind", "Bo Okafor", "I. Tarn"], 2)]))
    return pubs


def test_site_works_deduped_as_by_comparing_each_with_every_kept_one(monkeypatch):
    """dedupe_publications finds a work's earlier copy among the kept works sharing a key with it (its title key, its
    arXiv identifier, its DOI) instead of comparing it with every kept work: the same works, merged alike, and
    same_work asked only of those candidates (a site of a thousand works asked it half a million times)."""
    from kg.importers.site import assemble

    for seed in range(30):
        plain = _dedupe_plain(_site_copies(seed))
        fast = assemble.dedupe_publications(_site_copies(seed))
        assert [p.model_dump() for p in fast] == [p.model_dump() for p in plain]
    asked = []
    real = assemble.same_work
    monkeypatch.setattr(assemble, "same_work", lambda a, b, cut=False: asked.append(1) or real(a, b, cut))
    many = [Publication(title=f"Gauge reading number {k}", year=2000 + k % 20, file=f"_publications/{k}.md")
            for k in range(400)]
    assert len(assemble.dedupe_publications(many)) == 400
    assert len(asked) == 0


def test_a_pages_front_matter_is_parsed_once_per_import(tmp_path, monkeypatch):
    """A site's readers ask for a page's front matter more than once (its record, its permalink, the account of
    the site's files): within one import each front matter is parsed once, every asker given data of its own; a
    second import parses it again."""
    from kg.importers import document

    from .sitefiles import academicpages_home, imported_site

    files = {
        **academicpages_home("Ada Lind", "Ada Lind studies rivers that run uphill.\n", titled=True),
        **{f"_publications/{k}.md": f"---\ntitle: 'Rivers that run uphill, part {k}'\nauthors: 'Ada Lind, Bo Okafor'\n"
                                    f"date: 2021-0{k}-01\nvenue: 'Journal of Imaginary Water'\n---\n" for k in range(1, 5)},
    }
    parsed = Counter()
    real = document.yaml_with_spans
    monkeypatch.setattr(document, "yaml_with_spans",
                        lambda text, offset, display, *a, **k: parsed.update([display]) or real(text, offset, display, *a, **k))
    profile = imported_site(tmp_path / "site", files)
    assert sorted(p.title for p in profile.publications) == [f"Rivers that run uphill, part {k}" for k in range(1, 5)]
    assert parsed and max(parsed.values()) == 1
    again = Counter(parsed)
    profile = imported_site(tmp_path / "site", files)
    assert parsed == again + again
    first = profile.publications[0]
    assert first.venue == "Journal of Imaginary Water"


def test_a_line_is_looked_at_as_a_label_set_apart_only_when_its_words_are_one(tmp_path, monkeypatch):
    """An entry's line with no colon is asked whether it is set apart as a label ("<b>AUTHORS</b>" over the names)
    only when its words are a field's label: the label's words are asked first (most lines are none)."""
    from kg.importers import import_path
    from kg.importers.page import entry

    page = tmp_path / "index.html"
    page.write_text(_LINKED_PAGE, encoding="utf-8")
    asked = []
    real = entry._set_apart
    monkeypatch.setattr(entry, "_set_apart", lambda seg: asked.append(seg.text) or real(seg))
    res = import_path(page)
    assert [p.title for p in res.profile.publications] == ["Rivers that run uphill", "Wet sand and its discontents"]
    assert asked == []


def test_a_links_row_reads_no_links_words_of_a_line_with_one_link(tmp_path, monkeypatch):
    """Whether an entry's line is a row of links ("[arXiv] | [Slides]") is told by its runs first: the words of its
    links are read only for a line of two links or more and separators alone (a linked venue, "<a>Journal</a>, 2021",
    is not one)."""
    from kg.importers import import_path
    from kg.importers.page import entry

    page = tmp_path / "index.html"
    page.write_text(_LINKED_PAGE, encoding="utf-8")
    rows, read = [], []
    real_row, real_text = entry._links_row, entry.link_text

    def row(seg):
        rows.append(seg.text)
        monkeypatch.setattr(entry, "link_text", lambda a: read.append(a.get("href")) or real_text(a))
        try:
            return real_row(seg)
        finally:
            monkeypatch.setattr(entry, "link_text", real_text)

    monkeypatch.setattr(entry, "_links_row", row)
    res = import_path(page)
    assert [p.title for p in res.profile.publications] == ["Rivers that run uphill", "Wet sand and its discontents"]
    assert rows and read == []


_BAR_PAGE = """<html><head><title>Ada Lind</title></head><body><h1>Ada Lind</h1>
<h2>Publications</h2><ul>
<li>Ada Lind, Bo Okafor. Rivers that run uphill. <i>Journal of Imaginary Water</i>, 2021.<br>
<a href="https://example.org/a">abstract</a> | <a href="https://example.org/a.pdf">full text</a> |
<a href="https://example.org/s">supp. materials</a> | <a href="https://example.org/m">altmetric stats</a></li>
<li>Cleo Veldt, Ada Lind. Wet sand and its discontents. <i>Proceedings of Dry Places</i>, 2019.<br>
<a href="https://example.org/b.pdf">pdf</a> <a href="https://example.org/c">code</a></li>
</ul></body></html>
"""


def test_a_segments_text_lines_and_links_are_found_in_the_walk_that_makes_it():
    """A segment's text, lines and links are found in the one walk over its runs that makes it (its runs do not change
    once it is made; functools.cached_property took a lock to fill in each on first asking), each call of
    ``anchors()`` a list of its own."""
    from kg.importers.page.runs import Run, Seg

    class Walked(list):
        walks = 0

        def __iter__(self):
            Walked.walks += 1
            return super().__iter__()

    class Link:
        def __init__(self, sourceline):
            self.sourceline = sourceline

    a, b = Link(3), Link(None)
    seg = Seg(Walked([Run("x ", 1, 1, anchor=a), Run("y", 1, 2, anchor=a), Run(" | ", 4, 4), Run("z", 5, 5, anchor=b)]))
    assert Walked.walks == 1
    first = seg.anchors()
    first.append("mine")
    assert seg.anchors() == seg.anchors() == [a, b]
    assert seg.text == "x y | z"
    assert seg.lines == {1, 2, 3, 4, 5}
    assert Walked.walks == 1


def test_a_bar_of_labels_is_looked_for_only_on_a_line_of_three_links_or_more(tmp_path, monkeypatch):
    """bar_labels finds a bar of three links or more: an entry's line of fewer is not asked; a bar still makes every
    link of it a link of the work, whatever its words ("altmetric stats")."""
    from kg.importers import import_path
    from kg.importers.page import entry

    page = tmp_path / "index.html"
    page.write_text(_BAR_PAGE, encoding="utf-8")
    asked = []
    real = entry.bar_labels
    monkeypatch.setattr(entry, "bar_labels", lambda runs, labels: asked.append(len(runs)) or real(runs, labels))
    res = import_path(page)
    assert [p.title for p in res.profile.publications] == ["Rivers that run uphill", "Wet sand and its discontents"]
    assert len(asked) == 1
    assert res.profile.publications[0].links["other"] == "https://example.org/m"  # ("altmetric stats": the bar's)


def test_bracket_years_read_as_both_patterns_read_them():
    """_bracket_years asks its patterns only of a text with a bracket (and a "+"): the same text as both asked."""
    from kg.importers.page import entry

    rng = random.Random(17)
    pieces = ["(", ")", "（", "）", "+", " ", "ICRA", "Letters", "2024", "1999", "20", "ab", "x", "2025+", ".", "a1"]
    texts = ["Title (ICRA2024)", "(Ocean Letters2022)", "Work (2025+)", "(2025 +)", "（Bulletin2019）", "plain 2024"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(20000)]
    for t in texts:
        assert entry._bracket_years(t) == entry._ONGOING_YEAR.sub(r"(\1)", entry._GLUED_YEAR.sub(r"\1 \2", t)), t


def test_group_word_found_as_by_each_word():
    """scores._GROUP_WORD finds what asking each of _GROUP_WORDS in turn finds."""
    from kg.importers.page import scores

    rng = random.Random(5)
    words = [*scores._GROUP_WORDS, "team", "Tea", "Group", "Grou", "A. Lee", ", ", "and", "Initiat"]
    for _ in range(5000):
        t = "".join(rng.choice(words) for _ in range(rng.randint(0, 6)))
        assert bool(scores._GROUP_WORD.search(t)) == any(w in t for w in scores._GROUP_WORDS), t


def test_a_listed_line_is_looked_through_only_for_titles_whose_first_word_it_holds(monkeypatch):
    """works_listed_again asks whether a site's listed line holds a work's title only of the titles whose first
    word the line holds (no other title can stand in it word for word: a site of hundreds of works and lines asked
    each pair); the lines it keeps are those the plain scan keeps."""
    from kg.importers.site import assemble
    from kg.model import Unparsed

    rng = random.Random(7)
    words = ["reed", "beds", "of", "northern", "lakes", "sediment", "clocks", "in", "shallow", "bogs", "moor", "the"]
    works = [Publication(title=" ".join(rng.choice(words).capitalize() for _ in range(rng.randint(4, 7))),
                         year=2000 + k % 20) for k in range(80)]
    lines = [Unparsed(line=k + 1, file="cv.md",
                      text=" ".join(rng.choice(words) for _ in range(rng.randint(3, 12))) + f" {2000 + k % 20}.")
             for k in range(60)]
    lines += [Unparsed(line=100 + k, file="cv.md", text=f"- {w.title}, {w.year}.") for k, w in enumerate(works[:10])]
    asked: list[tuple[list[str], list[str], bool]] = []
    holds = assemble._holds_title

    def counted(line: list[str], title: list[str]) -> bool:
        asked.append((line, title, holds(line, title)))
        return asked[-1][2]

    monkeypatch.setattr(assemble, "_holds_title", counted)
    kept = assemble.works_listed_again(lines, works)
    # (a line is asked of a title it lacks the first word of only when the line beside it completes the title)
    assert asked and all(title[0] in line or asked[k - 1][1] is title and asked[k - 1][2]
                         for k, (line, title, _) in enumerate(asked))

    assert kept == _listed_again_by_brute_force(lines, works) and len(kept) < len(lines)


def _listed_again_by_brute_force(lines, works):
    """works_listed_again's title rule written the plain way, every line against every title (no index): a line
    goes when a work's title (four words or more) stands in its words, not after "in", the line naming none of its
    years or the work's year; or when the line beside it in the file completes such a title (the pair holds it,
    the line alone does not); a line that opens with a date ("Reed 2001." reads as "May 2001") is news, never gone
    nor a line's second half. The lines of the tests that use it are no prose, records, links or short names."""
    from kg.importers.common import markup_text, title_key, title_words
    from kg.importers.site.assemble import _OPENS_WITH_DATE

    titles = [(title_words(w.title), w) for w in works
              if len(title_words(w.title)) >= 4 and len(title_key(w.title)) >= 20]

    def holds(words, title):
        at = next((i for i in range(len(words) - len(title) + 1) if words[i:i + len(title)] == title), None)
        return at is not None and not (at and words[at - 1] == "in")

    by_place = {(u.file, u.line): u for u in lines}

    def named(u) -> bool:
        if _OPENS_WITH_DATE.match(u.text):
            return False
        text = markup_text(u.text, " ")
        words = title_words(text)
        years = {int(y) for y in re.findall(r"(?<![\w/.-])((?:19|20)\d\d)(?![\w/-])", text)}
        fits = [(t, w) for t, w in titles if not years or w.year is None or w.year in years]
        if any(holds(words, t) for t, _ in fits):
            return True
        for other in (by_place.get((u.file, u.line - 1)), by_place.get((u.file, u.line + 1))):
            if other is not None and not _OPENS_WITH_DATE.match(other.text):
                first, second = (other, u) if other.line < u.line else (u, other)
                pair = title_words(markup_text(first.text + " " + second.text, " "))
                if any(holds(pair, t) and not holds(words, t) for t, _ in fits):
                    return True
        return False

    return [u for u in lines if not named(u)]


def test_works_listed_again_keeps_the_lines_a_brute_force_scan_keeps():
    """works_listed_again looks a line's words up in an index of the titles by their first word; over varied sites
    (titles sharing first words, one title inside another, a title after "In", a wrong year, a title cut short or
    broken over two lines, a word of the title earlier in the line) it keeps exactly the lines a scan of every title
    against every line keeps, and the sites hold lines of both kinds."""
    from kg.importers.site import assemble
    from kg.model import Unparsed

    vocabulary = ["Reed", "Beds", "Of", "Northern", "Lakes", "Sediment", "Clocks", "Shallow", "Bogs", "Moor", "The",
                  "Peat", "Cores", "Alder"]
    dropped = kept_any = 0
    for seed in range(40):
        rng = random.Random(seed)
        works = []
        for k in range(rng.randint(1, 25)):
            if works and rng.random() < 0.3:  # (a title inside another, or sharing its opening words)
                base = rng.choice(works).title.split()
                words = base[:rng.randint(2, len(base))] + [rng.choice(vocabulary) for _ in range(rng.randint(0, 3))]
            else:
                words = [rng.choice(vocabulary) for _ in range(rng.randint(3, 7))]
            works.append(Publication(title=" ".join(words), year=rng.choice([None, 2001, 2002, 2003])))
        lines, at = [], 1
        for _ in range(rng.randint(1, 30)):
            w = rng.choice(works).title.split()
            form = rng.randrange(6)
            if form == 0:
                w = w[:-1]  # (cut short)
            elif form == 1:
                w = ["In"] + w
            elif form == 2:
                w = [rng.choice(vocabulary) for _ in range(rng.randint(0, 3))] + w + [rng.choice(vocabulary)]
            elif form == 3:
                w = [rng.choice(vocabulary) for _ in range(rng.randint(2, 10))]
            year = rng.choice(["", " 2001.", " 2002.", " 2003.", " 1999."])
            if form == 4 and len(w) > 2:  # (broken over two lines)
                cut = rng.randint(1, len(w) - 1)
                lines.append(Unparsed(line=at, file="cv.md", text="- " + " ".join(w[:cut])))
                lines.append(Unparsed(line=at + 1, file="cv.md", text=" ".join(w[cut:]) + year))
                at += 2
            else:
                lines.append(Unparsed(line=at, file="cv.md", text="- " + " ".join(w) + year))
                at += rng.choice([1, 1, 2])
        kept = assemble.works_listed_again(lines, works)
        assert kept == _listed_again_by_brute_force(lines, works), seed
        dropped += len(lines) - len(kept)
        kept_any += len(kept)
    assert dropped > 100 and kept_any > 100


def test_title_keys_and_venue_name_lists_are_read_once_and_each_asker_gets_its_own_words(monkeypatch):
    """builder's drop_selection compares a page's lists work by work, keying both titles again for every pair, and
    a list's entries ask again and again whether the same venue's name is a list of names: title_key, the title's
    words and citation._name_list read each text once; title_words still hands each asker a list of its own (a
    caller that changes it does not change the next one's)."""
    from kg.importers import common
    from kg.importers.page import citation

    title = "Dunes That Remember: Wind, Sand and Time"
    for memo in (common.title_key, common._title_words, citation._name_list):
        memo.cache_clear()
    assert common.title_key(title) == common.title_key(title) == "dunesthatrememberwindsandandtime"
    assert common.title_key.cache_info().hits == 1
    words = common.title_words(title)
    words.append("extra")
    words[0] = "changed"
    assert common.title_words(title) == ["dunes", "that", "remember", "wind", "sand", "and", "time"]
    assert common._title_words.cache_info().hits == 1
    assert common.same_title(title, "Dunes that remember: wind, sand and time, and more", cut=True)
    split = []
    real = citation.split_authors
    monkeypatch.setattr(citation, "split_authors", lambda text, *a: split.append(text) or real(text, *a))
    assert citation._name_list("Ada Lind, Bo Chen, Cai Ruiz") and citation._name_list("Ada Lind, Bo Chen, Cai Ruiz")
    assert not citation._name_list("Journal of Dune Studies") and not citation._name_list("Journal of Dune Studies")
    assert split == ["Ada Lind, Bo Chen, Cai Ruiz", "Journal of Dune Studies"]


def test_a_sites_table_of_people_is_parsed_once_per_import(tmp_path, monkeypatch):
    """The site's record readers ask for its table of people (record_files.site_people) twice an import, and each
    asking parsed every data file a template reads (a group site's 60 KB of papers among them): within one import
    each file's table is read once; outside an import, each time; the tables the same either way, a file that does
    not parse still no table."""
    import yaml

    from kg.importers.base import READ_ONCE

    root = tmp_path / "site"
    (root / "_data").mkdir(parents=True)
    (root / "_data" / "people.yml").write_text("ada:\n  name: Ada Lind\nbo:\n  name: Bo Okafor\n")
    (root / "_data" / "papers.yml").write_text("- title: Rivers that run uphill\n  authors: [ada, bo]\n")
    (root / "_data" / "broken.yml").write_text("a: [1, 2\n")
    texts = {root / "index.html": "{% for p in site.data.papers %}{{ p.title }}{% endfor %}{{ site.data.broken }}"}
    loads: Counter[str] = Counter()
    real = yaml.safe_load
    monkeypatch.setattr(yaml, "safe_load", lambda text: loads.update([text.split(":")[0]]) or real(text))
    plain = record_files.site_people(root, texts)
    assert plain == {"ada": "Ada Lind", "bo": "Bo Okafor"}
    assert set(loads) == {"ada", "- title", "a"} and max(loads.values()) == 1
    record_files.site_people(root, texts)
    assert max(loads.values()) == 2  # (no import: each asking parses)
    token = READ_ONCE.set({})
    try:
        first = record_files.site_people(root, texts)
        assert first == plain
        first["ada"] = "Someone Else"  # (an asker that changes its table changes no later asker's)
        first["cy"] = "Cy Ruiz"
        second = record_files.site_people(root, texts)
    finally:
        READ_ONCE.reset(token)
    assert second == plain
    assert set(loads.values()) == {3}


def test_the_fullest_form_of_a_name_asks_nameparser_of_no_run_of_words_without_a_capital(monkeypatch):
    """fullest_form reads the runs of words before the family name on the pages; a variant whose family name
    folds to nothing (a mark after the initials, "Lind A. ꙳") makes every run of words on them one. A run with no
    capital letter is no name either reading takes (the name's last word opens with a capital, and name_parts
    takes its words from the run): nameparser is not asked of it, and the forms found are the same."""
    from kg.importers.site import owner

    asked: list[str] = []
    real = owner.name_parts
    monkeypatch.setattr(owner, "name_parts", lambda name: asked.append(name) or real(name))
    page = ("<p>Prof. Ada Lind studies rivers that run uphill and the lakes that feed them.</p>"
            "<p>before joining the lab, she worked with Bo Okafor on tides of the inland sea.</p>")
    assert owner.fullest_form(["A. Lind"], [page]) == "Ada Lind"
    assert owner.fullest_form(["A. Lind"], [page], loose=True) == "Ada Lind"
    assert owner.fullest_form(["Lind A. ꙳"], [page], loose=True) == "Lind A. ꙳"
    assert owner.fullest_form(["Lind A. ꙳", "A. Lind"], [page]) == "Ada Lind"
    assert asked and not any(name.islower() for name in asked)
    assert "studies rivers that" not in asked and "Ada Lind" in asked


class _Refused:
    """Stands for a pattern a test says is not asked: any use of it fails, naming the pattern and the input."""

    def __init__(self, name: str, why: str):
        self.name, self.why = name, why

    def __getattr__(self, attr):
        raise AssertionError(f"{self.name}.{attr} asked of {self.why}")


def test_a_text_without_a_decimal_digit_has_its_years_read_without_a_pattern(monkeypatch):
    # (a superscript or a circled number is a digit to str.isdigit but no decimal digit: no year pattern can match
    # it, so the text is given back as it is, found by one scan and not by a step through it in Python)
    monkeypatch.setattr(common, "_YEAR_PRINTED", _Refused("_YEAR_PRINTED", "a text without a decimal digit"))
    for text in ("Oikos² ① Ecology", "Journal of Things", "Ⅻ Symposium", ""):
        assert common.years_as_printed(text) == text
    monkeypatch.undo()
    assert common.years_as_printed("Oikos² 12 (2018b)") == "Oikos² 12 (2018)"


class _CountingPattern:
    """A pattern that counts the characters its searches went through (to the end of the match found, or of the
    text they were given)."""

    def __init__(self, pattern):
        self.p, self.looked = pattern, 0

    def search(self, text, pos=0, endpos=None):
        end = len(text) if endpos is None else min(endpos, len(text))
        m = self.p.search(text, pos, end)
        self.looked += (m.end() if m else end) - pos
        return m

    def finditer(self, text):
        self.looked += len(text)
        return self.p.finditer(text)


def test_an_address_is_looked_for_only_near_the_places_an_at_form_can_be(monkeypatch):
    prose = " ".join(f"Ada Quill studies tide pools number {k} with her students and their dogs." for k in range(300))
    text = prose + " Write to ada.quill (at) lakeside (dot) edu for a visit. " + prose
    counting = _CountingPattern(common._OBFUSCATED)
    monkeypatch.setattr(common, "_OBFUSCATED", counting)
    assert common.find_emails(text) == ["ada.quill@lakeside.edu"]
    assert counting.looked < 3 * (common._LOCAL_REACH + common._DOMAIN_REACH) < len(text) // 5
    counting.looked = 0
    assert common.find_emails(prose) == [] and counting.looked == 0  # (no "@" form anywhere: nothing searched)


def test_the_addresses_found_near_their_at_forms_are_those_of_a_scan_of_the_whole_text():
    rng = random.Random(87)
    pieces = ["ana", "ruiz", ".", " . ", "@", " @ ", " at ", " AT ", "(at)", "[at]", "[[at]]", "{at}", "[@]", "(@)",
              "[a]", " dot ", "(dot)", "[dot]", "uni", "edu", "-", "+", " ", "\n", "x" * 70, "com", "at", " atsign ",
              " at sign ", "é", "(", ")", ",", "2020", "a" * 300, "b.c", "_"]
    for _ in range(3000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        if rng.random() < 0.7:  # (long texts with few "@" forms: the searches near them, not the whole text's)
            t = "a filler word " * rng.randint(0, 300) + t + " more words" * rng.randint(0, 300)
        assert [(m.span(), m.groups()) for m in common._obfuscated(t)] == \
            [(m.span(), m.groups()) for m in common._OBFUSCATED.finditer(t)], t


def test_the_places_an_at_form_can_be_are_searched_for_from_the_characters_they_start_with():
    # (the places are found in a page's whole text: a pattern opening with one set of characters lets the search skip
    # to the next of them, where a choice of forms is tried at every character; the matches are the plain choice's)
    from re import _parser

    assert _parser.parse(common._AT_CORE.pattern, re.I).data[0][0] == _parser.IN
    plain = re.compile(r"@|[(\[{<\"'“‘«]{1,2}at|\[a\]|\sat", re.I)
    rng = random.Random(90)
    pieces = ["@", "(", "[", "{", "<", '"', "'", "“", "‘", "«", "a", "A", "t", "T", "]", " ", "\n", "\u00a0", "x", "at",
              "[a]", "é", "\u2009", ")"]
    for _ in range(20000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert [m.span() for m in common._AT_CORE.finditer(t)] == [m.span() for m in plain.finditer(t)], t


def test_an_author_list_whose_names_hold_al_is_not_searched_for_names_left_out_in_its_middle(monkeypatch):
    # ("Kowal", "Alvarez": "al" in a name is no "et al"; the pattern of names left out, tried at every space, is asked
    # only of a list holding "et al", an ellipsis or "including")
    real = common._MID_ET_AL
    monkeypatch.setattr(common, "_MID_ET_AL", _Refused("_MID_ET_AL", "a list with no 'et al'"))
    al = common.split_authors("Ann Kowal, Bo Alvarez and Cy Halden")
    assert [a.name for a in al.authors] == ["Ann Kowal", "Bo Alvarez", "Cy Halden"] and not al.truncated
    monkeypatch.setattr(common, "_MID_ET_AL", real)
    for left_out in ("et al.", "ET AL", "etal"):
        assert common.split_authors(f"A. Reinhart {left_out}, E. Tuzhilina").truncated, left_out
    # ("İ" is an "i" to re.I but lower-cases to "i" and a combining dot: "İNCLUDING" holds "ncluding", not "including")
    al = common.split_authors("Ana Kowal and others İncluding Bo Lee")
    assert [a.name for a in al.authors] == ["Ana Kowal", "Bo Lee"] and al.truncated


def test_a_title_is_asked_only_the_closing_patterns_whose_characters_it_holds(monkeypatch):
    # (a closing dash, an opened "(with" aside and pictographs each need a character most titles lack: a dash at the
    # end, a bracket, a character outside ASCII; the patterns, tried at every character, are asked only then)
    from kg.importers.page import context

    for name in ("_DASH_TAIL", "_WITH_OPENED", "TRAIL_PICTOGRAPHS"):
        monkeypatch.setattr(context, name, _Refused(name, "a title without its characters"))
    assert context.clean_title("Learning the Tides of Small Pools.") == "Learning the Tides of Small Pools"
    monkeypatch.undo()
    titles = ("Tide Pools —", "Tide Pools (with", "Tide Pools 🚨", "Tide Pools -\n")
    assert [context.clean_title(t) for t in titles] == ["Tide Pools"] * 4


def test_the_status_closing_a_line_of_names_is_found_from_its_last_stop_but_one():
    from kg.importers.page import entry

    rng = random.Random(87)
    pieces = ["Ann", " Lee", ".", ",", " ", "Forthcoming", "in press", " and ", "\n", "Bo Chen", "é", " x"]
    for _ in range(20000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        a, b = entry._STATUS_CLOSE.search(t), entry._status_close(t)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), t


def _labelled_date_plain(text: str) -> str | None:
    """entry.labelled_date as first written: the label's patterns asked of every line."""
    from kg.importers.page import entry

    if entry.FIELD_LABEL.match(text) or not entry.LABELLED_ROW.match(text):
        return None
    value = re.split(r"[:：]", text, maxsplit=1)[1].strip(" .,;()*`")
    d = common.parse_date(value) if entry._DATE_ONLY.fullmatch(value) else None
    return d if d and len(d) >= 7 else None


def test_a_line_is_asked_the_patterns_of_a_label_only_when_a_date_alone_follows_its_first_colon(monkeypatch):
    # (each line of an entry not read as a field is asked whether it is a date under a label of its own, "Published:
    # May 2, 2021"; the label's patterns, one a long alternation of the field words, are asked only of a line whose
    # first colon a date alone follows: most lines hold no colon)
    from kg.importers.page import entry

    for name in ("FIELD_LABEL", "LABELLED_ROW"):
        monkeypatch.setattr(entry, name, _Refused(name, "a line with no date after a colon"))
    for line in ("Counting Gulls on Piers.", "Journal of Harbour Birds, 2021.", "Note: shown at the fair in 2021", ""):
        assert entry.labelled_date(line) is None
    monkeypatch.undo()
    lines = ("Published: May 2, 2021", "Journal: May 2021", "Online： 2020-03-01", "Seen: 2021", "A: B: May 2021")
    assert [entry.labelled_date(t) for t in lines] == ["2021-05-02", None, "2020-03-01", None, None]
    rng = random.Random(90)
    pieces = ["Published", "Online", "Journal", "Year", "Ph.D. advisor", ":", "：", " ", "December", "9,", "2021",
              "May", "2021-03-01", "12/10/2019", "(", ")", "*", "`", "x", "Nov.", "3", ".", "a:b", "\n"]
    for _ in range(20000):
        t = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(0, 7)))
        assert entry.labelled_date(t) == _labelled_date_plain(t), t


def _join_vancouver_commas_plain(chunks: list[str], joined_at: int | None) -> tuple[list[str], int | None]:
    """common._join_vancouver_commas as first written: the marks taken off every chunk of a list of four or more."""
    if len(chunks) < 4:
        return chunks, joined_at
    unmarked = [common.strip_marks(c, {})[0] for c in chunks]
    if not any(common._BARE_INITIALS.fullmatch(u) for u in unmarked[1:]) \
            or sum(bool(common._VANCOUVER_NAME.fullmatch(u.strip(". "))) for u in unmarked) < 2:
        return chunks, joined_at
    out: list[str] = []
    for k, c in enumerate(chunks):
        if out and common._BARE_INITIALS.fullmatch(unmarked[k]) and len(out[-1].split()) == 1 \
                and not common.initials_only(out[-1]) and common._NAME_WORD.match(out[-1].strip()):
            out[-1] = f"{out[-1].strip()} {c.strip()}"
            if joined_at is not None and k < joined_at:
                joined_at -= 1
        else:
            out.append(c)
    return out, joined_at


def test_an_author_list_has_its_marks_taken_off_only_from_names_that_hold_one(monkeypatch):
    # (every list of four names or more is asked whether a name's initials stand alone after a comma, "Oda, S*",
    # each name without its marks: a name holding no mark, most of them, is only stripped of its spaces)
    asked = []

    def counting(chunk, legend):
        asked.append(chunk)
        return real(chunk, legend)

    real = common.strip_marks
    monkeypatch.setattr(common, "strip_marks", counting)
    chunks = ["Ada Lind", " Bo Moss", " Cy Tarn*", " Di Veldt"]
    assert common._join_vancouver_commas(chunks, None) == (chunks, None)
    assert asked == [" Cy Tarn*"]
    asked.clear()
    assert common._join_vancouver_commas(["Lind L", "Oda", "S†", "Brandt", "WR", "Moe K"], 3) == \
        (["Lind L", "Oda S†", "Brandt WR", "Moe K"], 2)
    monkeypatch.undo()
    rng = random.Random(90)
    names = ["Lind L", "Moe K", "Oda", "Brandt", "S", "WR"] * 3 + ["Ā", "ÉO", "de la Cruz", "a", "AB C", "Lind L."]
    marks = ["", "", "", "*", "†", "¹", "✉️", "\ufe0f", " ", "\u00a0", ".", "\ue000"]
    for _ in range(20000):  # (some 500 of them joined)
        chunks = [rng.choice(marks) + rng.choice(names) + rng.choice(marks) for _ in range(rng.randint(0, 8))]
        at = rng.choice([None, *range(len(chunks) + 1)])
        assert common._join_vancouver_commas(list(chunks), at) == _join_vancouver_commas_plain(list(chunks), at), chunks


_VERSIONS = """<html><body><h1>Papers</h1><ul>
<li>Ada Lind and Bo Moss, 2021, <i>Counting Gulls on Piers,</i> <b>Journal of Harbour Birds</b>.</li>
<li>Ada Lind and Bo Moss, 2021, <i>Counting Gulls on Piers. Longer Draft Version</i></li>
<li>Ada Lind, 2019, <i>Shadows on Reefs,</i> <b>Marine Letters</b>.</li>
</ul></body></html>
"""


def test_only_a_title_holding_ver_is_read_as_a_version_of_the_paper_above(monkeypatch):
    from pathlib import Path

    from kg.importers.base import ImportOptions, SourceDoc
    from kg.importers.page import builder
    from kg.importers.page.parse import parse_html

    asked = []

    class Counting:
        def match(self, text):
            asked.append(text)
            return real.match(text)

    real = builder._VERSION_NOTE
    monkeypatch.setattr(builder, "_VERSION_NOTE", Counting())
    pubs = parse_html(SourceDoc(Path("papers.html"), _VERSIONS), ImportOptions(owner="Ada Lind")).publications
    assert [p.title for p in pubs] == ["Counting Gulls on Piers", "Shadows on Reefs"]
    assert asked == ["Counting Gulls on Piers. Longer Draft Version"]


_PLAIN_PAPERS = "<html><body><h1>Publications</h1><ul>\n" + "".join(
    f"<li>Ada Lind and Bo Moss, {2000 + k}, <i>Counting Gulls on Pier {k},</i> <b>Journal of Harbour Birds</b>.</li>\n"
    for k in range(10)) + "</ul></body></html>\n"


def test_a_list_of_papers_is_read_for_dated_news_only_until_one_in_five_of_its_items_is_undated(monkeypatch):
    """A list under a publications heading is news when four in five of its items open with a date and tell what
    became of a work: once more than one in five are not so, the items left cannot make it news and are not read
    (every item of every paper list was joined and matched before)."""
    from pathlib import Path

    from kg.importers.base import ImportOptions, SourceDoc
    from kg.importers.page import builder
    from kg.importers.page.parse import parse_html

    asked = []

    class Counting:
        def match(self, text):
            asked.append(text)
            return real.match(text)

    real = builder.DATE_PREFIX
    monkeypatch.setattr(builder, "DATE_PREFIX", Counting())
    pubs = parse_html(SourceDoc(Path("papers.html"), _PLAIN_PAPERS), ImportOptions(owner="Ada Lind")).publications
    assert len(pubs) == 10  # (all still read as papers)
    assert [t.split(", ")[2] for t in asked] == ["Counting Gulls on Pier 0", "Counting Gulls on Pier 1",
                                                 "Counting Gulls on Pier 2"]
