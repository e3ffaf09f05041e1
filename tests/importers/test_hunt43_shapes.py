"""Shapes of real homepages whose whole import failed, found by hunting unseen real sites (issue 8, stop 43), as
small synthetic sites in our own words."""

from __future__ import annotations

from .sitefiles import imported_site


def _shard(n: int) -> str:
    # one shard of a tool's data set: an object of 2 MB of records keyed by id, each with a name, a year and a residue position
    records = ",".join(f'"k{n}-{i}": {{"name": "Sample {i} of the enzyme table", "year": 2020, "position": {i}}}'
                       for i in range(30_000))
    return f'// shard {n}\nwindow.ATLAS = window.ATLAS || {{}};\nwindow.ATLAS["shard-{n}"] = {{{records}}};\n'


def test_a_folder_of_a_tools_data_set_is_not_read_as_the_owners_lists(tmp_path, monkeypatch):
    # a lab site whose repository also holds a tool's data set: a hundred and fifty JavaScript shards of 2 MB of
    # records; kg parsed every one of them and had not finished after five minutes. A folder of data files adding
    # up to more than a site's own lists ever do is left out (the site's own publications file is still read)
    from kg.importers.site import js_data

    parsed: list[str] = []
    real = js_data.read_module
    monkeypatch.setattr(js_data, "read_module", lambda text, *a, **k: parsed.append(text[:12]) or real(text, *a, **k))
    js_data.module_of.cache_clear()
    files = {
        "index.html": "<html><head><title>Mara Hale</title></head><body><h1>Mara Hale</h1>"
                      "<p>Professor of Biochemistry, Vale University.</p><h2>Publications</h2><ul>"
                      "<li>Mara Hale, Ivo Tan. Enzymes that fold twice. <em>Bio Letters</em>, 2022.</li>"
                      "<li>Ivo Tan, Mara Hale. A kinase under pressure. <em>Cell Notes</em>, 2021.</li>"
                      "</ul></body></html>",
        "_data/publications.yml": "- title: Enzymes that fold twice\n  year: 2022\n  venue: Bio Letters\n"
                                  "  authors: Mara Hale, Ivo Tan\n- title: A kinase under pressure\n  year: 2021\n"
                                  "  venue: Cell Notes\n  authors: Ivo Tan, Mara Hale\n",
    }
    files.update({f"tools/atlas/data/details-{n:03}.js": _shard(n) for n in range(4)})
    p = imported_site(tmp_path, files)
    assert not [t for t in parsed if t.startswith("// shard")]
    assert sorted(x.title for x in p.publications) == ["A kinase under pressure", "Enzymes that fold twice"]


def test_a_page_titled_homepage_before_the_name_gives_the_name_alone(tmp_path):
    # an old hand-written page whose title and banner put the word before the name, as Dutch and German do
    # ("Homepage Danny ..."): the owner was "Homepage" and the name
    p = imported_site(tmp_path, {
        "index.htm": "<html><head><title>Homepage Joost Verlinden</title></head><body>"
                     "<p><b><font size=5>Homepage Joost Verlinden</font></b></p>"
                     "<p>Professor of Software Engineering at Maasland University.</p>"
                     "<h3>Selected publications</h3><ul>"
                     "<li>J. Verlinden, P. Aerts. Self-adaptive queues. Software Letters, 2019.</li>"
                     "<li>P. Aerts, J. Verlinden. Feedback loops in practice. Systems Notes, 2017.</li></ul>"
                     "</body></html>",
    })
    assert p.person.name == "Joost Verlinden"


def test_a_javascript_frameworks_public_folder_is_read_for_the_records_its_pages_fetch(tmp_path):
    # a Next.js site whose pages fetch their lists from public/data/*.json (a workflow refreshes them weekly):
    # public/ is what a framework serves as it is, a source, not the built pages Hugo writes there; it was skipped,
    # and the developer's notes (README, ARCHITECTURE.md) were read as the site: their heading as the owner
    import json

    papers = [{"title": f"Proton beams in the fast wind, part {n}", "year": 2018 + n, "journal": "Solar Letters",
               "authors": ["Okafor, Nnamdi", "Berg, Lise"]} for n in range(1, 4)]
    p = imported_site(tmp_path, {
        "package.json": json.dumps({"dependencies": {"next": "14.0.0", "react": "18.0.0"}}),
        "next.config.ts": "const nextConfig = { output: 'export' };\nexport default nextConfig;\n",
        "README.md": "# Website of Nnamdi Okafor\n\nThe sources of my site.\n\n## Scheduled Data Refresh\n\n"
                     "A weekly job fetches the publication list into public/data/papers.json.\n",
        "src/app/page.tsx": "export default function Home() { return <main>Home</main>; }\n",
        "public/data/papers.json": json.dumps(papers),
    })
    assert sorted(x.title for x in p.publications) == [f"Proton beams in the fast wind, part {n}" for n in (1, 2, 3)]
    assert p.person.name == "Nnamdi Okafor"


def test_a_gatsby_or_hugo_sites_public_folder_stays_its_built_pages(tmp_path):
    # the same public/ beside Gatsby's package.json, or a Hugo configuration, is what the generator built: a copy
    # of the site's own lists (here one with a work the sources dropped since), not read
    import json

    papers = [{"title": f"Proton beams in the fast wind, part {n}", "year": 2018 + n, "journal": "Solar Letters",
               "authors": ["Nnamdi Okafor", coauthor]} for n, coauthor in ((1, "Lise Berg"), (2, "Ida Vance"))]
    stale = [*papers, {**papers[0], "title": "A withdrawn note on the fast wind"}]
    for n, config in enumerate(({"package.json": json.dumps({"dependencies": {"gatsby": "5.0.0", "react": "18.0.0"}})},
                                {"package.json": json.dumps({"dependencies": {"vite": "5.0.0"}}),
                                 "hugo.toml": "title = 'Nnamdi Okafor'\n"})):
        p = imported_site(tmp_path / str(n), {**config, "src/data/papers.json": json.dumps(papers),
                                              "public/data/papers.json": json.dumps(stale)})
        assert "A withdrawn note on the fast wind" not in [x.title for x in p.publications], config


def test_an_owner_the_records_write_family_name_first_is_named_given_name_first(tmp_path):
    # the records of an ADS export write every author "Family, Given": the owner found as the author on most of
    # them was "Okafor, Nnamdi" (the papers' authors themselves read "Nnamdi Okafor")
    import json

    papers = [{"title": f"Helium in the slow wind, part {n}", "year": 2018 + n, "journal": "Solar Letters",
               "authors": [coauthor, "Okafor, Nnamdi"]} for n, coauthor in enumerate(("Berg, Lise", "Vance, Ida",
                                                                                       "Sato, Ken"), 1)]
    p = imported_site(tmp_path, {
        "package.json": json.dumps({"dependencies": {"next": "14.0.0", "react": "18.0.0"}}),
        "next.config.ts": "const nextConfig = { output: 'export' };\nexport default nextConfig;\n",
        "public/data/papers.json": json.dumps(papers),
    })
    assert p.person.name == "Nnamdi Okafor"



def test_a_long_vancouver_author_list_that_breaks_off_is_judged_at_once():
    # a life-science page's citation of 35 authors written "Family I" whose list ends in a misplaced comma
    # ("... Lund S Berg, BM"): whether the full stop after it closed a Vancouver list was tried every way each
    # one-capital initial could be read, and the import of a small Jekyll site did not finish in five minutes
    import signal

    from kg.importers.page.context import vancouver_end

    names = ", ".join(f"{family} {initials}" for family, initials in zip(
        ("Skarp", "Olde", "Vinter", "Hagen", "Lind", "Mora", "Tell", "Brask", "Ekdal", "Fjell", "Gran", "Holm", "Isak",
         "Jarl", "Kvist", "Lager", "Mork", "Norr", "Ost", "Palm", "Rask", "Stig", "Torp", "Ulf", "Vass", "Wik"),
        ("A", "B", "CD", "E", "F", "GH", "J", "K", "L", "MN", "P", "R", "S", "T", "U", "V", "W", "AB", "C", "D", "E",
         "F", "G", "H", "J", "K")))

    def too_slow(*_args):
        raise TimeoutError("vancouver_end took over 3 s")

    before = signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(3)
    try:
        assert vancouver_end(names + " Lund S Berg, BM", "Ancient genomes of the northern steppe. Nature 2022") is False
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, before)
