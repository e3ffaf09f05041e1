"""kg.importers.finish: what every family's profile gets the same way (here: the keys of a work's links)."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from kg.cli import main
from kg.importers import finish
from kg.model import Profile, Person, Publication, Talk


def test_links_under_a_pages_own_labels_get_keys_the_model_takes_and_a_second_of_one_key_is_kept_apart():
    # a reader that keyed a link by the page's label as written ("Université", "Conf. Proc.", "论文") must not give a
    # profile `kg build` refuses: the label is folded, one with no letter to fold is "other", and a second link
    # whose label folds to a key already taken is kept in more_links under its label
    pub = Publication(title="Counting gulls")
    pub.links.update({"pdf": "https://a.org/g.pdf", "Université": "https://hal.example.fr/g",
                      "Conf. Proc.": "https://proc.example.org/g", "论文": "https://cn.example.org/g",
                      "conf_proc": "https://other.example.org/g"})
    talk = Talk(title="Gulls", event="Bird Days")
    talk.links.update({"Vidéo YouTube": "https://v.example.org/g"})
    profile = finish(Profile(person=Person(name="Ada Lind"), publications=[pub], talks=[talk]))
    got = profile.publications[0]
    assert got.links == {"pdf": "https://a.org/g.pdf", "universite": "https://hal.example.fr/g",
                         "conf_proc": "https://proc.example.org/g", "other": "https://cn.example.org/g"}
    assert [(x.label, x.url) for x in got.more_links] == [("conf proc", "https://other.example.org/g")]
    assert profile.talks[0].links == {"video_youtube": "https://v.example.org/g"}
    Profile.model_validate(profile.model_dump())  # (what kg build does with the file kg import writes)


def test_a_site_whose_work_names_its_links_in_its_own_words_imports_to_a_profile_kg_builds(tmp_path):
    # a Hugo paper page's map of links with a custom list ("Université", "Soutenance publique"): before, the keys
    # were "universit" (the accent dropped) and "soutenance_publique", which the model refused, so `kg build` of
    # what `kg import` wrote stopped with exit 1
    site = tmp_path / "site"
    (site / "content" / "publication" / "gulls").mkdir(parents=True)
    (site / "content" / "authors" / "admin").mkdir(parents=True)
    (site / "config.yaml").write_text('baseURL: "https://ada.example.org/"\ntitle: "Ada Lind"\n')
    (site / "content" / "authors" / "admin" / "_index.md").write_text("---\ntitle: Ada Lind\nrole: Lecturer\n---\n")
    (site / "content" / "publication" / "gulls" / "index.md").write_text(
        '---\ntitle: "Counting gulls on harbour piers"\nauthors: ["Ada Lind", "Bo Moss"]\ndate: "2021-05-01"\n'
        'publication: "Journal of Harbour Birds"\nurls:\n  pdf: https://ada.example.org/gulls.pdf\n  custom:\n'
        "    - name: Université\n      url: https://hal.example.fr/gulls\n"
        "    - name: Soutenance publique\n      url: https://ada.example.org/defense/\n---\n", encoding="utf-8")
    runner = CliRunner()
    r = runner.invoke(main, ["import", str(site), "-o", str(tmp_path / "profiles")])
    assert r.exit_code == 0, r.output
    written = next((tmp_path / "profiles").glob("*.yaml")).read_text(encoding="utf-8")
    assert "universite: https://hal.example.fr/gulls" in written
    assert "soutenance_publique: https://ada.example.org/defense/" in written
    b = runner.invoke(main, ["build", str(tmp_path / "profiles"), "-o", str(tmp_path / "out")])
    assert b.exit_code == 0, b.output
    assert Path(tmp_path / "out" / "graph.ttl").exists()
