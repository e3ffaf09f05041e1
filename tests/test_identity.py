"""Identity and merge on hand-made pairs of pages: one node per person and per work."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.identity import Decisions, resolve
from kg.model import Author, Person, Profile, Publication, Source, Student
from kg.profiles import LoadedProfile


def lp(profile: Profile, name: str) -> LoadedProfile:
    return LoadedProfile(profile, Path(f"{name}.yaml"))


def src(fmt: str) -> Source:
    return Source(file=f"page.{fmt}", format=fmt, checksum="sha256:" + "0" * 64)


def pub(title, year, *authors, truncated=False, **kw) -> Publication:
    return Publication(title=title, year=year, authors_truncated=truncated,
                       authors=[a if isinstance(a, Author) else Author(name=a) for a in authors], **kw)


def me(name, **kw) -> Author:
    return Author(name=name, is_self=True, **kw)


def names(corpus, name):
    return [n for n in corpus.people.values() if n.person.name == name]


def test_same_person_by_identifier_even_with_other_spellings():
    a = Profile(person=Person(name="Ann Lee"), publications=[
        pub("Paper One", 2020, me("Ann Lee"), Author(name="Bo Chen", identifiers={"google_scholar": "BOCHEN1"}))])
    b = Profile(person=Person(name="Cy Dunn"), publications=[
        pub("Paper Two", 2021, me("Cy Dunn"), Author(name="Chen Bo", identifiers={"google_scholar": "BOCHEN1"}))])
    c = resolve([lp(a, "a"), lp(b, "b")])
    bo = [n for n in c.people.values() if n.person.identifiers.get("google_scholar") == "BOCHEN1"]
    assert len(bo) == 1 and len(bo[0].mentions) == 2


def test_same_person_without_identifiers_needs_context():
    # two pages mention "Dan Fox"; they share the coauthor Eve Gold -> one person
    a = Profile(person=Person(name="Ann Lee"), publications=[pub("P1", 2020, me("Ann Lee"), "Dan Fox", "Eve Gold")])
    b = Profile(person=Person(name="Cy Dunn"), publications=[pub("P2", 2021, me("Cy Dunn"), "Dan  FOX", "Eve Gold")])
    c = resolve([lp(a, "a"), lp(b, "b")])
    assert len([n for n in c.people.values() if n.person.name.lower().split() == ["dan", "fox"]]) == 1
    # no shared coauthor and no shared page: kept apart and reported as a near miss
    a2 = Profile(person=Person(name="Ann Lee"), publications=[pub("P1", 2020, me("Ann Lee"), "Dan Fox")])
    b2 = Profile(person=Person(name="Cy Dunn"), publications=[pub("P2", 2021, me("Cy Dunn"), "Dan Fox")])
    c2 = resolve([lp(a2, "a"), lp(b2, "b")])
    assert len(names(c2, "Dan Fox")) == 2
    near = [n.as_dict() for n in c2.near_misses if n.kind == "person"]
    assert [[p["name"] for p in n["people"]] for n in near] == [["Dan Fox", "Dan Fox"]]
    assert {p["reason"] for p in near[0]["people"]} == {"same name, no shared coauthor or page"}


def test_name_variants_accents_order_initials_and_scripts():
    owner = Profile(person=Person(name="Yunhe Wang", alternate_names=["王云鹤"]), publications=[
        pub("P1", 2020, me("Yunhe Wang"), "José Núñez")])
    other = Profile(person=Person(name="Hal Ito"), publications=[
        pub("P2", 2021, "Hal Ito", "王云鹤", "Jose Nunez"),
        pub("P3", 2022, "Hal Ito", "Wang, Yunhe"),
        pub("P4", 2022, "Hal Ito", "Y. Wang", "Jose Nunez")])
    c = resolve([lp(owner, "yunhe"), lp(other, "hal")])
    yunhe = c.person_by_slug("yunhe-wang")
    assert {m.name for m in yunhe.mentions} >= {"Yunhe Wang", "王云鹤", "Wang, Yunhe", "Y. Wang"}
    assert len([n for n in c.people.values() if "nunez" in n.person.name.lower().replace("ú", "u")]) == 1


def test_different_identifiers_mean_different_people_with_one_name():
    p = Profile(person=Person(name="Yunhe Wang"), publications=[
        pub("Co-Evolutionary Compression", 2019, "Han Shu", me("Yunhe Wang"),
            Author(name="Chang Xu", identifiers={"google_scholar": "61b6eYkAAAAJ"}),
            Author(name="Chang Xu", identifiers={"google_scholar": "N4F_3eoAAAAJ"})),
        pub("Other", 2018, me("Yunhe Wang"), Author(name="Chang Xu", identifiers={"google_scholar": "N4F_3eoAAAAJ"}),
            "Dacheng Tao"),
        pub("Unlinked", 2020, me("Yunhe Wang"), "Chang Xu", "Dacheng Tao")])
    c = resolve([lp(p, "yunhe")])
    xs = names(c, "Chang Xu")
    assert len(xs) == 2
    assert sorted(n.person.identifiers["google_scholar"] for n in xs) == ["61b6eYkAAAAJ", "N4F_3eoAAAAJ"]
    # the unlinked mention joins the Chang Xu who shares the coauthor Dacheng Tao
    unlinked = next(n for n in xs if n.person.identifiers["google_scholar"] == "N4F_3eoAAAAJ")
    assert len(unlinked.mentions) == 3
    work = next(w for w in c.works.values() if w.pub.title == "Co-Evolutionary Compression")
    assert len(set(work.authors)) == 4


def test_owner_of_one_profile_is_the_coauthor_on_another():
    a = Profile(person=Person(name="Ann Lee"), publications=[pub("Joint", 2020, me("Ann Lee"), "Bo Chen")])
    b = Profile(person=Person(name="Bo Chen"), publications=[pub("Solo", 2019, me("Bo Chen"))])
    c = resolve([lp(a, "a"), lp(b, "b")])
    bo = c.person_by_slug("bo-chen")
    assert bo.iri.endswith("/person/bo-chen") and len(bo.mentions) == 3


def test_retitled_work_joins_with_author_overlap():
    home = Profile(person=Person(name="Anbang Yao"), source=src("academicpages"), publications=[
        pub("Resolution Switchable Networks for Runtime Efficient Image Classification", 2020,
            "Yikai Wang", "Fuchun Sun", "Duo Li", me("Anbang Yao"))])
    agg = Profile(person=Person(name="Anbang Yao"), source=src("aggregator"), publications=[
        pub("Resolution Switchable Networks for Runtime Efficient Image Recognition", 2020,
            "Yikai Wang", "Fuchun Sun", "Duo Li", truncated=True)])
    c = resolve([lp(home, "home"), lp(agg, "agg")])
    assert len(c.works) == 1
    w = next(iter(c.works.values()))
    assert w.pub.title.endswith("Classification")  # the homepage's title wins over the aggregator's
    assert w.alternate_titles == ["Resolution Switchable Networks for Runtime Efficient Image Recognition"]
    assert any(x.field == "title" for x in c.conflicts)


def test_journal_extension_and_conference_paper_stay_two_works():
    t = "Learning Two-View Correspondences and Geometry Using Order-Aware Network"
    home = Profile(person=Person(name="Anbang Yao"), publications=[
        pub(t, 2021, "Jiahui Zhang", "Dawei Sun", me("Anbang Yao"), venue="TPAMI"),
        pub(t, 2019, "Jiahui Zhang", "Dawei Sun", me("Anbang Yao"), venue="ICCV")])
    agg = Profile(person=Person(name="Anbang Yao"), publications=[
        pub(t, 2019, "Jiahui Zhang", "Dawei Sun", "Zixin Luo", truncated=True)])
    c = resolve([lp(home, "home"), lp(agg, "agg")])
    ws = sorted(c.works.values(), key=lambda w: w.pub.year)
    assert [w.pub.year for w in ws] == [2019, 2021]
    assert len(ws[0].mentions) == 2 and len(ws[1].mentions) == 1


def test_same_doi_joins_different_titles_with_a_shared_author():
    a = Profile(person=Person(name="A B"), publications=[pub("Alpha", 2020, me("A B"), "E F", doi="10.1000/xyz")])
    b = Profile(person=Person(name="C D"), publications=[
        pub("Completely other words", 2020, "C D", "E F", doi="10.1000/XYZ")])
    c = resolve([lp(a, "a"), lp(b, "b")])
    assert len(c.works) == 1


def test_a_copy_pasted_arxiv_id_does_not_fuse_unrelated_papers():
    a = Profile(person=Person(name="A B"), publications=[pub("Graph kernels and sample complexity", 2024, me("A B"),
                                                             arxiv="2402.01234")])
    b = Profile(person=Person(name="C D"), publications=[pub("Scaling laws for 3D models", 2024, me("C D"),
                                                             arxiv="2402.01234")])
    c = resolve([lp(a, "a"), lp(b, "b")])
    assert len(c.works) == 2
    assert any("same arxiv:2402.01234" in n.reason for n in c.near_misses)


def test_pinned_decisions_override():
    a = Profile(person=Person(name="Ann Lee"), publications=[pub("P1", 2020, me("Ann Lee"), "Dan Fox")])
    b = Profile(person=Person(name="Cy Dunn"), publications=[pub("P2", 2021, me("Cy Dunn"), "Dan Fox"),
                                                             pub("Same words here", 2020, "Cy Dunn", "Q R")])
    b.publications.append(pub("Same words here!", 2020, "Cy Dunn", "Q R"))
    loaded = [lp(a, "a"), lp(b, "b")]
    assert len(names(resolve(loaded), "Dan Fox")) == 2
    c = resolve(loaded, decisions=Decisions(same=[("Dan Fox", "Dan Fox")]))
    assert len(names(c, "Dan Fox")) == 1
    # "different" keeps apart what the rules would join: the mentee and the coauthor
    s = Profile(person=Person(name="Ann Lee"), students=[Student(name="Eve Gold")],
                publications=[pub("P9", 2020, me("Ann Lee"), "Eve Gold")])
    assert len(names(resolve([lp(s, "s")]), "Eve Gold")) == 1
    apart = resolve([lp(s, "s")], decisions=Decisions(different=[("Eve Gold", "Eve Gold")]))
    assert len(names(apart, "Eve Gold")) == 2


def test_decisions_file(tmp_path):
    p = tmp_path / "decisions.yaml"
    p.write_text("same:\n  - [person/ann-lee, google_scholar:X]\ndifferent:\n  - [Bo Chen, Bo Chen]\n")
    d = Decisions.load(p)
    assert d.same == [("person/ann-lee", "google_scholar:X")] and d.different == [("Bo Chen", "Bo Chen")]
    p.write_text("merge:\n  - [a, b]\n")
    from kg.errors import LoadError

    with pytest.raises(LoadError, match="only 'same:' and 'different:'"):
        Decisions.load(p)


def test_iris_are_stable_when_a_profile_is_added():
    a = Profile(person=Person(name="Ann Lee"), publications=[pub("Joint Work", 2020, me("Ann Lee"), "Bo Chen")])
    b = Profile(person=Person(name="Zed Young"), publications=[pub("Zed Paper", 2021, me("Zed Young"), "Eve Gold")])
    alone = resolve([lp(a, "a")])
    both = resolve([lp(a, "a"), lp(b, "b")])
    assert set(alone.people) <= set(both.people)
    assert set(alone.works) <= set(both.works)


def test_editing_a_title_keeps_every_person_iri():
    def corpus(title):
        a = Profile(person=Person(name="Ann Lee"), publications=[pub("Tide Gauges", 2020, me("Ann Lee"), "Bo Chen")])
        b = Profile(person=Person(name="Zed Young"), publications=[pub(title, 2021, me("Zed Young"), "Bo Chen")])
        return resolve([lp(a, "a"), lp(b, "b")])
    before, after = corpus("Glacier Melt"), corpus("Glacier Melt Rates")
    # two namesakes "Bo Chen" with nothing in common are two people; before, the second one's IRI was hashed
    # from the title of the work it was first seen in, so fixing a typo in that title renamed the person
    assert len(names(before, "Bo Chen")) == 2
    assert set(before.people) == set(after.people)


def test_two_authors_of_one_paper_are_two_people_even_when_names_normalize_alike():
    p = Profile(person=Person(name="Lin Chen"), publications=[
        pub("Joint", 2020, "Gus Hu", me("Lin Chen"), "Chen Lin"),
        pub("Other", 2021, me("Lin Chen"), "Gus Hu")])
    c = resolve([lp(p, "lin")])
    work = next(w for w in c.works.values() if w.pub.title == "Joint")
    assert len(set(work.authors)) == 3


def test_decisions_may_name_the_iris_of_the_merge_report():
    a = Profile(person=Person(name="Ann Lee"), publications=[pub("P1", 2020, me("Ann Lee"), "Dan Fox")])
    b = Profile(person=Person(name="Cy Dunn"), publications=[pub("P2", 2021, me("Cy Dunn"), "Dan Fox")])
    loaded = [lp(a, "a"), lp(b, "b")]
    apart = resolve(loaded)
    iris = sorted(n.iri.removeprefix(apart.base) for n in names(apart, "Dan Fox"))
    assert len(iris) == 2
    joined = resolve(loaded, decisions=Decisions(same=[(iris[0], iris[1])]))
    assert len(names(joined, "Dan Fox")) == 1
    w = resolve(loaded, decisions=Decisions(same=[("work/p1-2020", "work/p2-2021")]))
    assert len(w.works) == 1


class _NaiveClusters:
    """The reference: union-find whose apart sets keep the ids they were given."""

    def __init__(self, n):
        self.parent = list(range(n))
        self.apart = {}

    def find(self, x):
        while self.parent[x] != x:
            x = self.parent[x]
        return x

    def forbid(self, a, b):
        ra, rb = self.find(a), self.find(b)
        self.apart.setdefault(ra, set()).add(rb)
        self.apart.setdefault(rb, set()).add(ra)

    def allowed(self, a, b):
        ra, rb = self.find(a), self.find(b)
        return ra == rb or all(self.find(x) != rb for x in self.apart.get(ra, ()))

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if not self.allowed(ra, rb):
            return False
        ra, rb = min(ra, rb), max(ra, rb)
        self.parent[rb] = ra
        self.apart.setdefault(ra, set()).update(self.apart.pop(rb, set()))
        return True


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["forbid", "union", "allowed"]), st.integers(0, 9), st.integers(0, 9)),
                max_size=60))
def test_clusters_keep_apart_like_the_naive_union_find(ops):
    from kg.identity import Clusters

    fast, slow = Clusters(10), _NaiveClusters(10)
    for op, a, b in ops:
        assert getattr(fast, op)(a, b) == getattr(slow, op)(a, b), (op, a, b)
    assert [fast.find(i) for i in range(10)] == [slow.find(i) for i in range(10)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["forbid", "union", "find"]), st.integers(0, 29), st.integers(0, 29)),
                max_size=80))
def test_clusters_roots_and_groups_are_what_find_gives_without_a_find_per_id(ops):
    """The merge groups 102,632 person mentions and their works at 1M triples: each id's root in one pass
    (a parent is never greater than its child), not a call of find per id (what groups() made before)."""
    from kg.identity import Clusters

    uf, slow = Clusters(30), _NaiveClusters(30)
    for op, a, b in ops:
        getattr(uf, op)(a, b) if op != "find" else uf.find(a)
        getattr(slow, op)(a, b) if op != "find" else None
    want = [slow.find(i) for i in range(30)]
    grouped: dict = {}
    for i, r in enumerate(want):
        grouped.setdefault(r, []).append(i)
    real_find, calls = Clusters.find, []
    Clusters.find = lambda self, x: calls.append(x) or real_find(self, x)
    try:
        groups = uf.groups()
        assert uf.roots() == want
    finally:
        Clusters.find = real_find
    assert list(groups.items()) == list(grouped.items())  # the same groups, in the same order
    assert calls == []


def test_three_works_of_one_title_year_and_first_author_get_three_iris():
    # one page lists the same paper three times (entries of one page never join): three works, none of them
    # may take another's IRI (the third once got the second's and replaced its node, its mentions pointing there)
    page = Profile(person=Person(name="Ann Lee"), publications=[
        pub("Deep Sea Vents", 2020, me("Ann Lee"), "Bo Chen", venue=v) for v in ("JGR", "GRL", "EOS")])
    c = resolve([lp(page, "a")])
    assert len(c.works) == 3
    assert sorted(w.pub.venue for w in c.works.values()) == ["EOS", "GRL", "JGR"]


def test_person_near_misses_are_one_entry_per_name_with_each_persons_reason_and_no_pairs():
    """The people of one name kept apart are one near miss (its people by IRI, each with a reason), not one per
    two of them (the pairs grow as the square of a name's people: 979k at 2M triples of the bench's corpus).
    Two people's reasons both say "different identifiers" exactly when both have identifiers (what the pair's
    reason said)."""
    from types import SimpleNamespace

    from kg.identity import _person_near_misses

    def node(iri, name, ids):
        return SimpleNamespace(iri=iri, name=name,
                               mentions=[SimpleNamespace(ids={"orcid": "x"} if ids else {})])

    people = {f"p{k}": node(f"p{k}", "Quill Marrow" if k % 3 else "Marrow, Quill", ids=k % 2 == 0)
              for k in (4, 1, 3, 0, 2)}
    people["o"] = node("o", "Other Person", ids=True)
    people["s1"] = node("s1", "Sol Tern", ids=True)  # the only one of its name with identifiers
    people["s0"] = node("s0", "Sol  Tern", ids=False)
    near = [n.as_dict() for n in _person_near_misses(people)]
    assert [n["name"] for n in near] == ["Marrow, Quill", "Sol  Tern"]  # by name key, named as its first person
    quill, sol = near
    assert [p["iri"] for p in quill["people"]] == ["p0", "p1", "p2", "p3", "p4"]
    assert [p["name"] for p in quill["people"]] == ["Marrow, Quill", "Quill Marrow", "Quill Marrow",
                                                    "Marrow, Quill", "Quill Marrow"]
    for a in quill["people"]:
        for b in quill["people"]:
            both = int(a["iri"][1:]) % 2 == 0 and int(b["iri"][1:]) % 2 == 0
            assert (a["reason"] == b["reason"] == "different identifiers") == both
    assert [(p["iri"], p["reason"]) for p in sol["people"]] == [
        ("s0", "same name, no shared coauthor or page"), ("s1", "same name, no shared coauthor or page")]
    assert all(n["kind"] == "person" and n["score"] == 100.0 for n in near)
    many = {f"m{k:04}": node(f"m{k:04}", "Ada Wren", ids=k % 2) for k in range(2000)}
    (entry,) = _person_near_misses(many)  # 1,999,000 pairs before
    assert len(entry.people) == 2000


def test_the_merge_report_lists_the_people_of_one_name_kept_apart_once():
    """A corpus's report: one near miss for a name of three people kept apart, before the works' pairs."""
    pages = [Profile(person=Person(name=owner), publications=[pub(f"Paper of {owner}", 2020, me(owner), "Kit Vale")])
             for owner in ("Ann Lee", "Bo Ray", "Cy Dunn")]
    pages += [Profile(person=Person(name=owner), publications=[pub("Tidal Sensing with Buoys", year, me(owner))])
              for owner, year in (("Di Moss", 2019), ("Eli Park", 2023))]
    c = resolve([lp(p, f"s{i}") for i, p in enumerate(pages)])
    near = c.report()["near_misses"]
    assert [n["kind"] for n in near] == ["person", "work"]
    assert [p["name"] for p in near[0]["people"]] == ["Kit Vale"] * 3
    assert [p["iri"] for p in near[0]["people"]] == sorted(n.iri for n in c.people.values()
                                                          if n.person.name == "Kit Vale")
