"""Import speed, round 6: costs removed with the results unchanged. Each test pins a cost by counting the calls
that made it (a count does not depend on the machine's load) and compares the result with the plain definition."""

from __future__ import annotations

import random
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
    """records_owner as first written: every author compared with every key so far."""
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
    return record_files.fullest_form(spelled[top], texts)


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
    real = parse._itertext
    monkeypatch.setattr(parse, "_itertext", lambda el: (whole.append(el) if el.getparent() is None else None)
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
    """Import speed, round 7: a line of an entry that holds a link is no folded block's label ("Abstract",
    "Details"); its text is not folded to be looked up among them (the test of its runs comes first)."""
    import inspect
    import sys

    from kg.importers import import_path
    from kg.importers.page import entry

    source, first = inspect.getsourcelines(entry._read_entry)
    asks = {first + k for k, line in enumerate(source) if "in _DISCLOSURE_LABELS" in line}
    page = tmp_path / "index.html"
    page.write_text(_LINKED_PAGE, encoding="utf-8")
    folded = []
    real = entry.fold

    def counted(text):
        caller = sys._getframe(1)
        if caller.f_code is entry._read_entry.__code__ and caller.f_lineno in asks:
            folded.append(text)
        return real(text)

    monkeypatch.setattr(entry, "fold", counted)
    res = import_path(page)
    assert [p.title for p in res.profile.publications] == ["Rivers that run uphill", "Wet sand and its discontents"]
    assert asks and folded == ["Ada Lind, Bo Okafor", "Cleo Veldt, Ada Lind"]


def test_family_first_list_read_in_linear_time():
    """Round 8: a family-first author list that fails at its end ("..., Zoffoli, S. Journal of Applied Volcanology",
    a real page's 18 names) took time doubling with each name (4.8 s at 18), as a comma between two names could be
    read by two alternatives of the list's pattern that match the same text; 40 names are now read at once."""
    import time

    from kg.importers.page.citation import _uninvert_authors

    names = [f"{_FAMILY[k % len(_FAMILY)]}{'x' * (k // len(_FAMILY))}, {'ABCDEFGHJK'[k % 10]}." for k in range(40)]
    start = time.process_time()
    assert _uninvert_authors(", ".join(names) + " Journal of Applied Volcanology") is None
    assert _uninvert_authors(", ".join(names)).startswith("A. Lind, B. Okafor, C. Tarn, ")
    assert time.process_time() - start < 2
