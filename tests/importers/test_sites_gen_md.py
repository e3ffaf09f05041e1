"""Site folders of the markdown families (Jekyll academicpages / AcadHomepage / al-folio, Hugo, Quarto) in shapes
seen on real sites outside ../shared/realpages. Each fixture is a small site written here in our own words; each
test says what a careful reader of the published site finds."""

from __future__ import annotations

from pathlib import Path

from kg.importers import import_path


def _write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    return root


_CONFIG = "title: Rosa Vidal\nurl: https://rosavidal.example.org\nauthor:\n  name: Rosa Vidal\n"
_ABOUT = ("---\npermalink: /\ntitle: About\nauthor_profile: true\n---\n\n"
          "I am a research scientist at the Harbor Institute of Oceanography.\n")


def test_a_collection_file_with_an_impossible_date_is_read_and_liquid_links_are_no_links(tmp_path):
    # "date: 2023-02-30" is no calendar date (YAML would refuse the whole file); the body's
    # "[Project page]({{ page.website }})" is a template placeholder resolved by Jekyll from the front matter:
    # the front matter's website is the project link, the placeholder is no link of the site
    site = _write(tmp_path, {
        "_config.yml": _CONFIG,
        "_pages/about.md": _ABOUT,
        "_publications/2023-02-30-tides.md": (
            "---\ntitle: \"Tidal mixing in shallow estuaries\"\ncollection: publications\ndate: 2023-02-30\n"
            "venue: 'Estuarine Letters'\npaperurl: 'https://papers.example.org/tides.pdf'\n"
            "website: 'https://tides.example.org/'\nauthors: 'Ken Oda, <b>Rosa Vidal</b>'\n---\n\n"
            "We measure how tides mix the water column.\n\n"
            "Project page: [{{ page.title }}]({{ page.website }})\n\n[Download the paper]({{page.paperurl}})\n"),
    })
    profile = import_path(site).profile
    [pub] = profile.publications
    assert pub.year == 2023
    assert pub.links == {"paper": "https://papers.example.org/tides.pdf", "project": "https://tides.example.org/"}
    assert [a.name for a in pub.authors] == ["Ken Oda", "Rosa Vidal"]


def test_a_nickname_between_given_and_family_name_is_an_alternate_name(tmp_path):
    # al-folio's first/middle/last name keys with the nickname as the "middle name"
    site = _write(tmp_path, {
        "_config.yml": "first_name: Lukas\nmiddle_name: (Luke)\nlast_name: Brandt\nurl: https://lb.example.org\n",
        "_pages/about.md": ("---\nlayout: about\npermalink: /\n---\n\n"
                            "I am a PhD candidate in Geography at Dunmore University.\n"),
    })
    person = import_path(site).profile.person
    assert (person.name, person.alternate_names) == ("Lukas Brandt", ["Luke Brandt"])


def test_a_hugo_author_entry_that_counts_the_left_out_names_is_no_author(tmp_path):
    # consortium papers: the list stops at the owner and says where they stand among all authors
    site = _write(tmp_path, {
        "config/_default/hugo.yaml": "title: Nadia Ferro\nbaseURL: 'https://nferro.example.org/'\n",
        "content/authors/admin/_index.md": ("---\ntitle: Nadia Ferro\nrole: Research Scientist\n"
                                            "organizations:\n- name: Lowland Soil Institute\n---\n"),
        "content/publication/soil-atlas/index.md": (
            "---\ntitle: \"A global atlas of soil microbes\"\nauthors:\n- Ravi Menon\n- Jo Park\n- admin\n"
            "- author 212 of 340\ndate: 2022-03-01\npublication: \"*Soil Letters*\"\n---\n"),
    })
    [pub] = import_path(site).profile.publications
    assert [a.name for a in pub.authors] == ["Ravi Menon", "Jo Park", "Nadia Ferro"]
    assert pub.authors_truncated and pub.authors[2].is_self


def test_a_hugo_bio_line_with_a_shortcode_is_read_and_names_the_advisor(tmp_path):
    # a real sentence of the bio carries a {{< staticref >}} link to the thesis: the sentence is data, the
    # shortcode is markup; the theme's own "Download my CV" line stays template residue
    site = _write(tmp_path, {
        "config/_default/hugo.yaml": "title: Ivo Brandt\nbaseURL: 'https://ibrandt.example.org/'\n",
        "content/authors/admin/_index.md": (
            "---\ntitle: Ivo Brandt\nrole: Research Engineer\norganizations:\n- name: Kestrel Labs\n---\n\n"
            "I earned my PhD at Amberley University, advised by Dr. Maya Stone, on soft grippers "
            "({{< staticref \"uploads/thesis.pdf\" \"newtab\" >}}thesis{{< /staticref >}}).\n\n"
            "{{< icon name=\"download\" pack=\"fas\" >}} Download my {{< staticref \"uploads/cv.pdf\" \"newtab\" >}}"
            "CV{{< /staticref >}}.\n"),
    })
    person = import_path(site).profile.person
    assert person.advisors == ["Maya Stone"]
    assert "{{" not in (person.description or "") and "on soft grippers (thesis)" in person.description
    assert "Download my" not in person.description


def test_authors_written_only_in_the_excerpt_and_a_schemeless_linkedin_address(tmp_path):
    # academicpages files with no citation: the theme shows "excerpt" under the title, and these sites write
    # the authors there; a remark after them is a note, not an author. "linkedin: www.linkedin.com/in/x" is
    # an address without its scheme, not a user name
    site = _write(tmp_path, {
        "_config.yml": _CONFIG + "  linkedin: \"www.linkedin.com/in/rosa-vidal-12ab\"\n",
        "_pages/about.md": _ABOUT,
        "_publications/2021-solver.md": (
            "---\ntitle: \"A Tide Solver for Shallow Basins\"\ncollection: publications\ndate: 2021-01-01\n"
            "venue: 'Proceedings of Ocean Modelling Race 2021'\n"
            "excerpt: 'Rosa Vidal and Ken Oda. Ranked third in the open track.'\n---\n\nThe solver in short.\n"),
        "_publications/2019-thesis.md": (
            "---\ntitle: \"Mixing in Estuaries\"\ncollection: publications\ndate: 2019-01-01\n"
            "venue: 'Harbor University'\nexcerpt: 'Rosa Vidal'\n---\n"),
    })
    profile = import_path(site).profile
    by_title = {p.title: p for p in profile.publications}
    solver = by_title["A Tide Solver for Shallow Basins"]
    assert [a.name for a in solver.authors] == ["Rosa Vidal", "Ken Oda"] and solver.authors[0].is_self
    assert "Ranked third in the open track." in solver.notes
    assert [a.name for a in by_title["Mixing in Estuaries"].authors] == ["Rosa Vidal"]
    assert profile.person.identifiers.get("linkedin") == "rosa-vidal-12ab"
