"""The merge part by part (kg.identity.resolve with ``previous``): the people of a part of the person mentions
the change does not reach are the previous merge's, and the result is always what a merge of everything gives."""

from __future__ import annotations

import hashlib
import pickle
import random
import shutil
from pathlib import Path

import pytest

from kg.identity import Decisions, person_parts, pub_digest, resolve, _mentions
from kg.model import Author, Person, Profile, Publication, Student
from kg.profiles import LoadedProfile, load_profiles

ROOT = Path(__file__).resolve().parent.parent

# invented names: namesakes, initials, a family-name-first spelling, a CJK form
GIVEN = ["Ada", "Bo", "Cai", "Dara", "Eun"]
FAMILY = ["Lind", "Moor", "Nakai", "Oduya"]


def signature(corpus) -> tuple:
    """Everything a merge decides, compared as plain data."""
    people = [(iri, [m.index for m in n.mentions], n.person.model_dump(), n.owner_of, n.affiliations)
              for iri, n in corpus.people.items()]
    works = [(iri, [m.index for m in w.mentions], w.pub.model_dump(), w.authors, w.unlisted)
             for iri, w in corpus.works.items()]
    return (people, works, [c.as_dict() for c in corpus.conflicts], [n.as_dict() for n in corpus.near_misses],
            corpus.report())


def random_name(rng: random.Random) -> str:
    given, family = rng.choice(GIVEN), rng.choice(FAMILY)
    form = rng.random()
    if form < 0.15:
        return f"{given[0]}. {family}"
    if form < 0.25:
        return f"{family}, {given}"
    return f"{given} {family}"


def random_page(rng: random.Random, n: int) -> LoadedProfile:
    owner = random_name(rng)
    ids = {"google_scholar": f"GS{rng.randrange(4)}"} if rng.random() < 0.4 else {}
    pubs = []
    for j in range(rng.randint(1, 4)):
        authors = [Author(name=owner, is_self=True)]
        for _ in range(rng.randint(1, 4)):
            aids = {"orcid": f"0000-0000-0000-000{rng.randrange(3)}"} if rng.random() < 0.15 else {}
            authors.append(Author(name=random_name(rng), identifiers=aids))
        rng.shuffle(authors)
        pubs.append(Publication(title=f"On {rng.choice(FAMILY)} sets {rng.randrange(3)}", year=2020 + j,
                                authors=authors))
    person = Person(name=owner, identifiers=ids, alternate_names=["林" + owner[0]] if rng.random() < 0.1 else [],
                    advisors=[random_name(rng)] if rng.random() < 0.3 else [])
    students = [Student(name=random_name(rng)) for _ in range(rng.randint(0, 2))]
    return LoadedProfile(Profile(person=person, publications=pubs, students=students), Path(f"p{n:03d}.yaml"))


def assert_same_merge(loaded: list[LoadedProfile], previous: dict) -> dict:
    """The merge with ``previous`` (a table an earlier merge kept) is the merge without it; returns the table it
    kept."""
    got = resolve(loaded, previous=previous)
    assert signature(got) == signature(resolve(loaded))
    # what the next merge starts from does not depend on what this one took from the previous
    assert got.merge_table == resolve(loaded, previous={}).merge_table
    return got.merge_table


@pytest.mark.parametrize("seed", range(30))
def test_a_merge_part_by_part_is_the_merge_of_everything(seed):
    rng = random.Random(seed)
    pages = [random_page(rng, n) for n in range(rng.randint(2, 7))]
    # (the first merge has no previous one: asked to match the merge without one, it would be compared to itself)
    table = resolve(pages, previous={}).merge_table
    for _round in range(4):
        change_pages(rng, pages, _round)
        table = assert_same_merge(pages, table)


def change_pages(rng: random.Random, pages: list[LoadedProfile], _round: int) -> None:
    """One random change of the pages, in place."""
    if True:
        change = rng.choice(["add", "remove", "replace", "rename", "unmark", "homepage"])
        if change == "add" or len(pages) < 2:
            pages.append(random_page(rng, 100 + len(pages) + _round * 10))
        elif change == "remove":
            pages.pop(rng.randrange(len(pages)))
        elif change == "replace":
            n = rng.randrange(len(pages))
            pages[n] = LoadedProfile(random_page(rng, 0).profile, pages[n].path)
        elif change == "unmark":  # the page no longer marks its owner on one paper (same names)
            for a in rng.choice(rng.choice(pages).profile.publications).authors:
                a.is_self = False
        elif change == "homepage":  # a coauthor's link changes (their IRI does not)
            for a in rng.choice(rng.choice(pages).profile.publications).authors:
                if not a.is_self and not a.identifiers:
                    a.url = f"https://{rng.choice(FAMILY).lower()}{rng.randrange(3)}.example.org/"
        else:  # one coauthor spelled another way
            page = rng.choice(pages)
            pub = rng.choice(page.profile.publications)
            a = rng.choice([a for a in pub.authors if not a.is_self] or pub.authors)
            a.name = random_name(rng)


def page_keys(pages: list[LoadedProfile]) -> dict[str, str]:
    """A key of each page's content by its path (the build cache's is a digest of the file's name and bytes)."""
    return {str(p.path): hashlib.sha256(f"{p.path.name}\n{p.profile.model_dump_json()}".encode()).hexdigest()
            for p in pages}


@pytest.fixture
def works_merged(monkeypatch) -> list:
    """The IRIs of the works each merge merged (kg.identity._merge_work)."""
    import kg.identity

    calls: list[str] = []
    real = kg.identity._merge_work

    def spy(iri, *args, **kwargs):
        calls.append(iri)
        return real(iri, *args, **kwargs)

    monkeypatch.setattr(kg.identity, "_merge_work", spy)
    return calls


@pytest.fixture
def people_merged(monkeypatch) -> list:
    """The IRIs of the people each merge merged (kg.identity._merge_person)."""
    import kg.identity

    calls: list[str] = []
    real = kg.identity._merge_person

    def spy(iri, *args, **kwargs):
        calls.append(iri)
        return real(iri, *args, **kwargs)

    monkeypatch.setattr(kg.identity, "_merge_person", spy)
    return calls


def works_state(table: dict, which: str = "works") -> dict:
    """A merge's works (or people's) table with each record unpickled (the pickles' bytes may differ for equal
    records)."""
    return {key: (wanted, iri, pickle.loads(blob), rest)
            for key, (wanted, iri, blob, _check, *rest) in table[which].items()}


@pytest.mark.parametrize("seed", range(20))
def test_works_whose_pages_and_people_did_not_change_are_the_previous_merges_records(seed, works_merged):
    rng = random.Random(seed)
    pages = [random_page(rng, n) for n in range(rng.randint(2, 7))]
    first = resolve(pages, previous={}, page_keys=page_keys(pages))
    assert first.merge_works == (len(first.works), len(first.works)) and len(works_merged) == len(first.works)
    works_merged.clear()
    again = resolve(pages, previous=first.merge_table, page_keys=page_keys(pages))
    assert works_merged == [] and again.merge_works == (len(first.works), 0)
    assert signature(again) == signature(first)
    table = first.merge_table
    for _round in range(4):
        change_pages(rng, pages, _round)
        keys = page_keys(pages)
        works_merged.clear()
        got = resolve(pages, previous=table, page_keys=keys)
        assert got.merge_works[1] == len(works_merged) <= len(got.works)
        assert signature(got) == signature(resolve(pages))
        # what the next merge starts from does not depend on what this one took from the previous
        assert works_state(got.merge_table) == works_state(resolve(pages, previous={}, page_keys=keys).merge_table)
        table = got.merge_table
        works_merged.clear()  # and the same pages again: nothing to merge
        assert signature(resolve(pages, previous=table, page_keys=keys)) == signature(got) and works_merged == []


@pytest.mark.parametrize("seed", range(10))
def test_a_work_taken_from_the_previous_merge_is_not_read_back_to_be_mapped(seed, works_merged):
    from kg.graph import merged_units

    rng = random.Random(seed)
    pages = [random_page(rng, n) for n in range(rng.randint(3, 7))]
    table = resolve(pages, previous={}, page_keys=page_keys(pages)).merge_table
    for _round in range(3):
        change_pages(rng, pages, _round)
        works_merged.clear()
        got = resolve(pages, previous=table, page_keys=page_keys(pages))
        keys = {uid: key for uid, key, _add in merged_units(got)}
        # the merged facts of the works merged again are at hand; the others' pickles were not read for the
        # mapping's keys nor the report
        got.report()
        assert {iri for iri, w in got.works.items() if "pub" in w.__dict__} == set(works_merged)
        cold = resolve(pages, previous={}, page_keys=page_keys(pages))
        # the keys are those of a merge of everything (what the next build compares), the titles the records'
        assert keys == {uid: key for uid, key, _add in merged_units(cold)}
        assert all(w.pub_digest == pub_digest(w.pub) and w.title == w.pub.title for w in got.works.values())
        assert signature(got) == signature(cold)
        table = got.merge_table


@pytest.mark.parametrize("change", ["title", "work title", "merge", "split"])
def test_a_change_of_the_data_merges_again_only_the_works_it_reaches(tmp_path, change, works_merged):
    from tests.test_cache import change_data

    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    pages = data_pages(data)
    first = resolve(pages, previous={}, page_keys=page_keys(pages))
    change_data(data, change)
    pages = data_pages(data)
    works_merged.clear()
    again = resolve(pages, previous=first.merge_table, page_keys=page_keys(pages))
    merged_again = list(works_merged)
    assert signature(again) == signature(resolve(pages))
    works, merged = again.merge_works
    assert merged == len(merged_again) and works == len(again.works) > 50
    assert 1 <= merged < works // 4
    # a page is keyed by its whole file: the works merged again are those with an entry on the page that changed
    # or is new
    edited = {"title": "peisong-wang.yaml", "work title": "peisong-wang.yaml", "merge": "peisong-wang-2.yaml",
              "split": None}[change]
    on_page = {iri for iri, w in again.works.items() if any(again.sources[p].loaded.path.name == edited
                                                            for p in w.sources)}
    if edited:
        assert set(merged_again) == on_page


@pytest.mark.parametrize("which", ["works", "persons"])
def test_a_damaged_works_or_people_table_is_merged_again(which, works_merged, people_merged):
    merged = works_merged if which == "works" else people_merged
    rng = random.Random(8)
    pages = [random_page(rng, n) for n in range(5)]
    keys = page_keys(pages)
    table = resolve(pages, previous={}, page_keys=keys).merge_table
    records = table[which]
    # a record that is not a pickle, the pickle of something else, one of another IRI (a namesake's that moved),
    # or whole
    bad = {key: (wanted, iri if n % 4 != 2 else iri + "-x",
                 b"not a pickle" if n % 4 == 0 else pickle.dumps("a string") if n % 4 == 1 else blob, *rest)
           for n, (key, (wanted, iri, blob, *rest)) in enumerate(records.items())}
    merged.clear()
    got = resolve(pages, previous={**table, which: bad}, page_keys=keys)
    assert len(merged) == sum(1 for n in range(len(records)) if n % 4 != 3)
    assert signature(got) == signature(resolve(pages))
    # without page keys (profiles not read through the cache) nothing is kept or taken
    merged.clear()
    got = resolve(pages, previous=table)
    assert len(merged) == len(got.works if which == "works" else got.people) and which not in got.merge_table
    assert got.works_table is None and got.people_table is None


@pytest.mark.parametrize("seed", range(10))
def test_people_whose_pages_did_not_change_are_the_previous_merges_records_not_read_back(seed, people_merged):
    from kg.graph import merged_units

    rng = random.Random(seed)
    pages = [random_page(rng, n) for n in range(rng.randint(3, 7))]
    first = resolve(pages, previous={}, page_keys=page_keys(pages))
    assert first.merge_people == (len(first.people), len(first.people))
    people_merged.clear()
    again = resolve(pages, previous=first.merge_table, page_keys=page_keys(pages))
    assert people_merged == [] and again.merge_people == (len(first.people), 0)
    assert signature(again) == signature(first)
    table = first.merge_table
    for _round in range(3):
        change_pages(rng, pages, _round)
        keys = page_keys(pages)
        people_merged.clear()
        got = resolve(pages, previous=table, page_keys=keys)
        assert got.merge_people[1] == len(people_merged)
        # merged again: the people with a mention on a page that changed (or a namesake's IRI that moved)
        changed = {str(p.path) for p in pages if keys[str(p.path)] not in
                   {page for _base, rows in table["persons"] for (page, _iri), *_rest in rows}}
        assert {iri for iri, n in got.people.items()
                if any(str(got.sources[m.profile].loaded.path) in changed for m in n.mentions)} <= set(people_merged)
        unit_keys = {uid: key for uid, key, _add in merged_units(got)}
        got.report()
        # the others' records were not read back for the mapping's keys nor the report
        assert {iri for iri, n in got.people.items() if "person" in n.__dict__} == set(people_merged)
        cold = resolve(pages, previous={}, page_keys=keys)
        assert unit_keys == {uid: key for uid, key, _add in merged_units(cold)}
        assert all(n.person_digest == pub_digest(n.person) and n.name == n.person.name for n in got.people.values())
        assert signature(got) == signature(cold)
        assert works_state(got.merge_table, "persons") == works_state(cold.merge_table, "persons")
        table = got.merge_table


def test_the_iris_of_the_works_taken_from_the_previous_merge_are_not_worked_out_from_their_titles(monkeypatch):
    import kg.identity

    rng = random.Random(3)
    pages = [random_page(rng, n) for n in range(6)]
    keys = page_keys(pages)
    first = resolve(pages, previous={}, page_keys=keys)
    slugged: list[str] = []
    real = kg.identity.slugify
    monkeypatch.setattr(kg.identity, "slugify", lambda text: slugged.append(text) or real(text))
    again = resolve(pages, previous=first.merge_table, page_keys=keys)
    titles = {m.pub.title for w in first.works.values() for m in w.mentions}
    names = {m.name for m in first.person_mentions}
    assert not (set(slugged) & (titles | names)) and signature(again) == signature(first)


def data_pages(folder: Path) -> list[LoadedProfile]:
    return load_profiles([folder])


@pytest.mark.parametrize("change", ["namesake", "merge", "split", "work title"])
def test_a_change_of_the_data_resolves_only_the_parts_it_reaches(tmp_path, change):
    from tests.test_cache import change_data

    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    pages = data_pages(data)
    first = resolve(pages, previous={})
    parts, resolved = first.merge_parts
    assert resolved == parts > 100  # nothing to take from: every part resolved
    change_data(data, change)
    pages = data_pages(data)
    again = resolve(pages, previous=first.merge_table)
    cold = resolve(pages)
    assert signature(again) == signature(cold)
    parts, resolved = again.merge_parts
    if change == "work title":  # a title is read by no people rule
        assert resolved == 0
    else:
        assert 1 <= resolved < parts // 4
    assert again.merge_table == resolve(pages, previous={}).merge_table


def test_a_previous_table_that_does_not_fit_is_resolved_again():
    rng = random.Random(5)
    pages = [random_page(rng, n) for n in range(5)]
    table = resolve(pages, previous={}).merge_table
    # every part's people claimed to be one person, or positions that are not the part's
    for bad, all_again in (({k: ((0,),) for k in table["people"]}, False), ({k: "x" for k in table["people"]}, True),
                           ({k: tuple(v) + ((99,),) for k, v in table["people"].items()}, True)):
        got = resolve(pages, previous={"people": bad})
        assert signature(got) == signature(resolve(pages))
        assert (got.merge_parts[1] == got.merge_parts[0]) == all_again


def test_pinned_decisions_resolve_everything():
    rng = random.Random(6)
    pages = [random_page(rng, n) for n in range(4)]
    name = pages[0].profile.person.name
    decisions = Decisions(different=[(name, pages[1].profile.person.name)])
    got = resolve(pages, decisions=decisions, previous={})
    assert got.merge_table is None
    assert signature(got) == signature(resolve(pages, decisions=decisions))


def test_person_parts_cover_every_mention_once():
    pages = data_pages(ROOT / "data")
    pm, wm = _mentions(sorted(pages, key=lambda lp: str(lp.path)))
    parts = person_parts(pm, wm)
    assert sorted(i for p in parts for i in p) == list(range(len(pm)))
    assert all(p == sorted(p) for p in parts) and [p[0] for p in parts] == sorted(p[0] for p in parts)


def _parts_by_mention(pm, wm) -> list[list[int]]:
    """person_parts by its definition, a union-find over the mentions themselves (what it was before it ran
    over the keys): each mention joined with the first mention of each of its keys, authors marked as the
    owner with the owner."""
    from kg.identity import Clusters, fold, name_key

    uf, first = Clusters(len(pm)), {}
    for m in pm:
        keys = [("name", name_key(m.name))] + [("name", name_key(a)) for a in m.alt_names]
        keys += [("id", k, v.lower()) for k, v in m.ids.items()]
        toks = fold(m.name).split()
        keys += [("initials", toks[-1], toks[0][0])] if len(toks) >= 2 else []
        for key in keys:
            uf.union(first.setdefault(key, m.index), m.index)
    owner = {m.profile: m.index for m in pm if m.kind == "owner"}
    for w in wm:
        for a, mi in zip(w.pub.authors, w.authors):
            if a.is_self:
                uf.union(owner[w.profile], mi)
    return sorted(uf.groups().values(), key=lambda g: g[0])


@pytest.mark.parametrize("seed", range(40))
def test_person_parts_over_the_keys_are_the_parts_of_a_union_find_over_the_mentions(seed):
    """Namesakes, initials, other-script names, identifiers in other cases, authors marked as the owner: the
    parts joined over each distinct way of naming a person are those of joining mention by mention."""
    rng = random.Random(seed)
    pages = [random_page(rng, n) for n in range(rng.randint(1, 8))]
    for lp in pages:  # identifiers written in other cases join (their keys are lower-cased)
        if lp.profile.person.identifiers and rng.random() < 0.5:
            lp.profile.person.identifiers = {k: v.lower() for k, v in lp.profile.person.identifiers.items()}
    pm, wm = _mentions(sorted(pages, key=lambda lp: str(lp.path)))
    assert person_parts(pm, wm) == _parts_by_mention(pm, wm)
    if seed == 0:
        pm, wm = _mentions(sorted(data_pages(ROOT / "data"), key=lambda lp: str(lp.path)))
        assert person_parts(pm, wm) == _parts_by_mention(pm, wm)


@pytest.mark.parametrize("seed", range(20))
def test_the_alike_pairs_are_every_pair_of_a_block_the_works_merge_reads(seed):
    # kg.identity._alike_pairs against comparing every pair of every block (what the merge did before):
    # the pairs the merge goes on with (equal titles, or at least TITLE_NEAR alike) are all there
    from rapidfuzz import fuzz

    from kg.identity import TITLE_NEAR, _alike_pairs

    rng = random.Random(seed)
    words = ["tidal", "flats", "sparse", "graphs", "of", "on", "moor", "sets", ""]
    tkeys = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 5))) for _ in range(rng.randint(2, 60))]
    blocks: dict[str, list[int]] = {}
    for i in range(len(tkeys)):
        for b in rng.sample("abcde", rng.randint(1, 2)):
            blocks.setdefault(b, []).append(i)
    blocks["big"] = list(range(len(tkeys))) * 4 if len(tkeys) * 4 > 200 else []  # over 200: skipped
    every = {(i, j) for b, idx in blocks.items() if len(idx) <= 200 for n, i in enumerate(idx) for j in idx[n + 1:]}
    wanted = {(min(p), max(p)) for p in every if p[0] != p[1]
              and (tkeys[p[0]] == tkeys[p[1]] or fuzz.ratio(tkeys[p[0]], tkeys[p[1]]) >= TITLE_NEAR)}
    got = _alike_pairs(blocks, tkeys)
    assert wanted <= got <= {(min(p), max(p)) for p in every}


@pytest.fixture
def rows_read(monkeypatch) -> list:
    """The pages whose mentions each merge read again for the part digests (kg.identity._coauthor_keys is
    called with them: None for every page)."""
    import kg.identity

    calls: list = []
    real = kg.identity._coauthor_keys

    def spy(pm, wm, profiles=None):
        calls.append(None if profiles is None else sorted(profiles))
        return real(pm, wm, profiles)

    monkeypatch.setattr(kg.identity, "_coauthor_keys", spy)
    return calls


@pytest.mark.parametrize("change", ["title", "work title", "merge", "split", "namesake"])
def test_the_part_digests_read_again_only_the_pages_that_changed(tmp_path, change, rows_read):
    """What the people rules read of a mention is on its own page: a page whose key the previous merge kept
    gives its mentions' rows for the part digests without reading them again (at 1M triples the coauthors and
    identifiers of every mention, sorted, were 0.5 CPU s of each rebuild); the merge is a cold merge's."""
    from tests.test_cache import change_data

    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    pages = data_pages(data)
    first = resolve(pages, previous={}, page_keys=page_keys(pages))
    assert len(first.merge_table["rows"]) == len(pages)
    change_data(data, change)
    pages = sorted(data_pages(data), key=lambda lp: str(lp.path))
    keys = page_keys(pages)
    rows_read.clear()
    again = resolve(pages, previous=first.merge_table, page_keys=keys)
    new = {n for n, p in enumerate(pages) if keys[str(p.path)] not in first.merge_table["rows"]}
    # the rows: of the changed or new pages only (a removed page: none); then the coauthors of the pages of the
    # parts resolved again; never every page's
    assert rows_read and all(c is not None for c in rows_read)
    if new:
        assert set(rows_read[0]) == new
    assert signature(again) == signature(resolve(pages))
    assert again.merge_table == resolve(pages, previous={}, page_keys=keys).merge_table


@pytest.mark.parametrize("change", ["title", "work title", "merge", "remove"])
def test_the_title_keys_are_folded_again_only_for_the_pages_that_changed(tmp_path, change, monkeypatch):
    """What the works merge compares of an entry's title (kg.identity.title_key) is kept by its page's key: a
    rebuild folds only the changed pages' titles for it (at 1M triples 18,160 titles, about 0.09 CPU s); the
    merge, and what it keeps for the next one, are a cold merge's."""
    import kg.identity
    from tests.test_cache import change_data

    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    pages = data_pages(data)
    first = resolve(pages, previous={}, page_keys=page_keys(pages))
    assert sum(len(t) for t in first.merge_table["titles"].values()) == sum(len(p.profile.publications)
                                                                            for p in pages)
    change_data(data, change)
    pages = sorted(data_pages(data), key=lambda lp: str(lp.path))
    keys = page_keys(pages)
    folded: list = []
    real = kg.identity._title_keys

    def spy(wm, loaded, page_keys, previous):
        got = real(wm, loaded, page_keys, previous)
        folded.extend(k for k in got[1] if k not in (previous or {}))
        return got

    monkeypatch.setattr(kg.identity, "_title_keys", spy)
    again = resolve(pages, previous=first.merge_table, page_keys=keys)
    assert set(folded) == set(keys.values()) - set(first.merge_table["titles"])
    assert len(folded) <= 1
    assert signature(again) == signature(resolve(pages))
    assert again.merge_table == resolve(pages, previous={}, page_keys=keys).merge_table


def test_damaged_title_keys_are_folded_again():
    rng = random.Random(11)
    pages = [random_page(rng, n) for n in range(5)]
    keys = page_keys(pages)
    table = resolve(pages, previous={}, page_keys=keys).merge_table
    bad = {key: (got[:-1] if n % 3 == 0 else tuple(b"x" for _ in got) if n % 3 == 1 else [*got])
           for n, (key, got) in enumerate(table["titles"].items())}
    got = resolve(pages, previous={**table, "titles": bad}, page_keys=keys)
    assert signature(got) == signature(resolve(pages))
    assert got.merge_table == table


def test_damaged_rows_are_read_again():
    rng = random.Random(9)
    pages = [random_page(rng, n) for n in range(5)]
    keys = page_keys(pages)
    table = resolve(pages, previous={}, page_keys=keys).merge_table
    rows = table["rows"]
    bad = {key: (got[:-1] if n % 3 == 0 else tuple(b"x" for _ in got) if n % 3 == 1 else got)
           for n, (key, got) in enumerate(rows.items())}
    got = resolve(pages, previous={**table, "rows": bad}, page_keys=keys)
    assert signature(got) == signature(resolve(pages))
    assert got.merge_table == table
