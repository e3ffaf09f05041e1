"""Readings found on batch 41/a (an academicpages site, a Quarto site, a jemdoc site, a Hugo site; measured at
stop 41): synthetic pages, own words, names invented."""
from __future__ import annotations

from pathlib import Path

from kg.importers import import_path

from .sitefiles import write_site


def _quarto_site(root: Path, listing: str = '  contents: "*/index.qmd"\n', website: str = "") -> Path:
    """Oona Varga's Quarto site: its configuration (``website`` added under ``website:``), a home page and
    ``papers/index.qmd`` with the ``listing`` given; the folder of papers, whose pages each test writes."""
    (root / "papers").mkdir(parents=True)
    (root / "_quarto.yml").write_text('project:\n  type: website\nwebsite:\n  title: "Oona Varga"\n' + website,
                                      encoding="utf-8")
    (root / "index.qmd").write_text("---\ntitle: Oona Varga\n---\n\nI teach economics at Tarn University.\n",
                                    encoding="utf-8")
    (root / "papers" / "index.qmd").write_text(f"---\ntitle: Research\nlisting:\n{listing}---\n", encoding="utf-8")
    return root / "papers"


def _paper_page(papers: Path, slug: str, front_matter: str) -> None:
    (papers / slug).mkdir()
    (papers / slug / "index.qmd").write_text(f"---\n{front_matter}---\n", encoding="utf-8")


def test_a_quarto_listing_pattern_opening_with_a_slash_is_anchored_at_the_listing_pages_folder(tmp_path):
    """'contents: "/*/index.qmd"' in 'papers/index.qmd': Quarto reads a leading '/' as "from this page's folder,
    not recursively", so the listed works are papers/<slug>/index.qmd. Before, the pattern went to pathlib's glob
    as it was, which refuses a pattern it takes for absolute: the import stopped with an internal error. A
    pattern of a lone '/' names nothing."""
    papers = _quarto_site(tmp_path, '  - id: works\n    contents: "/*/index.qmd"\n  - id: none\n    contents: "/"\n')
    for slug, title, year in [("dowry", "Dowries and Late Marriage", 2024), ("rent", "Rent Control in Tarn", 2023)]:
        _paper_page(papers, slug, f"title: {title}\ndate: {year}-02-01\nauthor:\n  - name: Oona Varga\n"
                                  "  - name: Lev Adler\n")
    p = import_path(tmp_path).profile
    assert sorted((x.title, x.year, [a.name for a in x.authors]) for x in p.publications) == [
        ("Dowries and Late Marriage", 2024, ["Oona Varga", "Lev Adler"]),
        ("Rent Control in Tarn", 2023, ["Oona Varga", "Lev Adler"])]


def test_a_paper_pages_subtitle_in_title_case_is_the_second_half_of_its_title(tmp_path):
    """A listed paper page whose 'subtitle:' is the title's second half in title case ("Evidence from the Tarn
    Grain Program", "Bargaining over Chores") is one work titled with both, joined by a colon; a subtitle that is a
    summary in sentence case, or a publisher and year, stays out of the title. Before, every subtitle was left out:
    the title was the first half only."""
    papers = _quarto_site(tmp_path)
    for slug, title, subtitle in [("grain", "Food Aid and Staying Home", "Evidence from the Tarn Grain Program"),
                                  ("chores", "Who Marries", "Bargaining over Chores"),
                                  ("maps", "Rivers of Tarn", "A map of census data about the rivers of Tarn"),
                                  ("book", "Old Harbours", "Tarn University Press, 2021")]:
        _paper_page(papers, slug, f"title: {title}\nsubtitle: {subtitle}\ndate: 2024-02-01\n"
                                  "author:\n  - name: Oona Varga\n")
    p = import_path(tmp_path).profile
    assert sorted(x.title for x in p.publications) == [
        "Food Aid and Staying Home: Evidence from the Tarn Grain Program", "Old Harbours", "Rivers of Tarn",
        "Who Marries: Bargaining over Chores"]


def test_a_paper_pages_links_grouped_under_a_key_of_the_theme_are_its_links(tmp_path):
    """A listed paper page whose theme groups the buttons with other fields under a key of its own ('paper-meta:
    {links: [{name: Working paper, url: ...}, {name: Replication, url: ...}]}') gives those links, as a 'links:'
    list at the top does. Before, the group was not looked into: the work had no links."""
    _paper_page(_quarto_site(tmp_path), "rent",
                "title: Rent Control in Tarn\ndate: 2024-02-01\nauthor:\n  - name: Oona Varga\npaper-meta:\n"
                "  links:\n    - name: Working paper\n      url: https://wp.example.org/tarn/rent.pdf\n"
                "    - name: Replication\n      url: https://github.com/ovarga/rent\n  note: Presented in Tarn\n")
    pub = import_path(tmp_path).profile.publications[0]
    assert sorted(pub.links.values()) == ["https://github.com/ovarga/rent", "https://wp.example.org/tarn/rent.pdf"]


def test_a_listed_authors_name_with_a_generation_suffix_after_a_comma_stays_whole(tmp_path):
    """A Quarto paper page's 'authors:' list naming "Ivo Lema, Jr." (a whole name, then its suffix): the author is
    Ivo Lema, Jr. Before, the comma was read as "Family, Given": "Jr. Ivo Lema"."""
    _paper_page(_quarto_site(tmp_path), "rent", "title: Rent Control in Tarn\ndate: 2024-02-01\nauthors:\n"
                                                "  - name: Ivo Lema, Jr.\n  - name: Oona Varga\n")
    pub = import_path(tmp_path).profile.publications[0]
    assert [a.name for a in pub.authors] == ["Ivo Lema, Jr.", "Oona Varga"]


def test_a_quarto_footer_gives_the_profiles_its_variables_name(tmp_path):
    """A Quarto site whose '_quarto.yml' footer links '[{{< var orcid >}}](https://orcid.org/{{< var orcid >}})'
    and '[GitHub]({{< var links.github >}})', the values in '_variables.yml': the owner's ORCID and GitHub are
    those values. Before, the shortcodes were read as they are written: no profile."""
    _quarto_site(tmp_path, website="  page-footer:\n    left: |\n"
                                   "      ORCID [{{< var orcid >}}](https://orcid.org/{{< var orcid >}})\n"
                                   "      [GitHub]({{< var links.github >}})\n")
    (tmp_path / "_variables.yml").write_text(
        "orcid: 0000-0002-1825-0097\nlinks:\n  github: https://github.com/ovarga\n", encoding="utf-8")
    ids = import_path(tmp_path).profile.person.identifiers
    assert (ids.get("orcid"), ids.get("github")) == ("0000-0002-1825-0097", "ovarga")


def _paper(title: str, citation: str, body: str) -> str:
    return (f"---\ntitle: \"{title}\"\ncollection: publications\ndate: 2022-03-01\nvenue: 'Widget Letters'\n"
            f"paperurl: 'https://example.org/w/{len(title)}'\ncitation: '{citation}'\n---\n{body}")


def test_a_bibtex_block_under_a_caption_fills_the_byline_a_cut_citation_leaves_out(tmp_path):
    """An academicpages paper page whose citation cuts the byline ("Brenn, Olaf, et al.") and whose body ends
    with its BibTeX entry under a caption line ("Recommended BibTeX entry:" right above the fence, or with a blank
    line inside the fence): the entry's whole byline is the paper's, and neither the caption nor the entry is
    abstract. Before, the caption made the block no entry (read as part of the abstract), and a blank line inside
    the fence cut the block in two."""
    entry = ("@inproceedings{brenn2022,\n  title={{Counting} Widgets in the Wild},\n"
             "  author={Brenn, Olaf and Quill, Mara and Ross, Ida},\n  booktitle={Widget Conference},\n"
             "  year={2022}\n}\n")
    root = write_site(tmp_path / "site", {
        "_config.yml": "title: Mara Quill\nauthor:\n  name: Mara Quill\n  bio: Widget scientist\n",
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\nI study widgets.\n",
        "_publications/2022-counting.md": _paper(
            "Counting Widgets in the Wild", 'Brenn, Olaf, et al. "Counting widgets." Widget Letters, 2022.',
            "We count widgets.\n\nRecommended BibTeX entry:\n```bibtex\n" + entry + "```\n"),
        "_publications/2022-dense.md": _paper(
            "Dense Gadgets", 'Lorn, Ivo, et al. "Dense gadgets." Widget Letters, 2022.',
            "We pack gadgets.\n\nBibTeX entry:\n```bibtex\n\n"
            + entry.replace("Counting} Widgets in the Wild", "Dense} Gadgets").replace("Brenn, Olaf", "Lorn, Ivo")
            + "\n```\n"),
    })
    pubs = {p.title: p for p in import_path(root).profile.publications}
    counting, dense = pubs["Counting Widgets in the Wild"], pubs["Dense Gadgets"]
    assert [a.name for a in counting.authors] == ["Olaf Brenn", "Mara Quill", "Ida Ross"]
    assert [a.name for a in dense.authors] == ["Ivo Lorn", "Mara Quill", "Ida Ross"]
    assert (counting.abstract, dense.abstract) == ("We count widgets.", "We pack gadgets.")


def test_a_hugo_paper_gives_its_doi_link_beside_a_data_sets_doi_address(tmp_path):
    """A Hugo paper page with 'doi: 10.5555/moss.7' and 'url_dataset: https://doi.org/10.5061/dryad.x1' (the data
    set's own DOI): the theme's DOI button is the paper's DOI link. Before, any doi.org address among the links was
    taken for the paper's DOI link, so the paper had none."""
    config = ('baseURL = "https://nora-vell.example.org/"\ntitle = "Nora Vell"\ntheme = "academic"\n\n'
              '[params]\n  name = "Nora Vell"\n')
    root = write_site(tmp_path / "site", {
        "config.toml": config,
        "content/authors/admin/_index.md": "---\ntitle: Nora Vell\nrole: Botanist\n---\nNora Vell studies mosses.\n",
        "content/publication/mosses/index.md": (
            "---\ntitle: Mosses of the northern bogs\ndate: 2021-09-01\nauthors: [Nora Vell, Iris Kemp]\n"
            "publication_types: ['2']\npublication: Moss Letters\ndoi: '10.5555/moss.7'\n"
            "url_dataset: 'https://doi.org/10.5061/dryad.x1'\n"
            "url_pdf: https://publisher.example.org/doi/10.5555/moss.7\n---\n"),
    })
    pub = import_path(root).profile.publications[0]
    assert pub.links.get("doi") == "https://doi.org/10.5555/moss.7"
    assert "https://doi.org/10.5061/dryad.x1" in pub.links.values()


def test_a_menu_page_named_for_something_else_is_read_for_the_students_section_it_holds(tmp_path):
    """A jemdoc site whose MENU links 'experience.html', a page titled "Work Experience" (no section kg reads by
    that name) holding "== Teaching" and then "== Mentoring" with the owner's mentees: the page is read, and the
    mentees are the owner's students. Before, the page's title decided alone: it was left unread."""
    root = write_site(tmp_path / "site", {
        "MENU": "Mara Quill\n  Home  [index.html]\n  Experience  [experience.html]\n",
        "index.jemdoc": "# jemdoc: menu{MENU}{index.html}\n= Mara Quill\n\nI am a lecturer in statistics at Tarn "
                        "University.\n",
        "experience.jemdoc": "# jemdoc: menu{MENU}{experience.html}\n= Work Experience\n\n== Teaching\n\n"
                             "- Stat 101, Instructor, Fall 2023\n\n== Mentoring\n\n"
                             "- Ivo Lorn, PhD student, Statistics, Tarn University\n"
                             "- Ada Brenn, PhD student, Statistics, Tarn University\n",
    })
    assert [s.name for s in import_path(root).profile.students] == ["Ivo Lorn", "Ada Brenn"]


def test_a_second_link_labelled_as_the_paper_goes_in_the_slot_its_address_names(tmp_path):
    """An academicpages paper page with 'paperurl:' (the publisher's page: the paper link) whose body links "[Download
    paper here](.../files/counting.pdf)": that link is the paper's PDF. Before, its label put it in the paper slot,
    taken, so it went among the more links with no kind."""
    root = write_site(tmp_path / "site", {
        "_config.yml": "title: Mara Quill\nurl: https://mquill.example.org\nauthor:\n  name: Mara Quill\n",
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\nI study widgets.\n",
        "_publications/2022-counting.md": _paper(
            "Counting Widgets", "Quill, Mara. \"Counting widgets.\" Widget Letters, 2022.",
            "We count widgets.\n\n[Download paper here](https://mquill.example.org/files/counting.pdf)\n"),
    })
    pub = import_path(root).profile.publications[0]
    assert pub.links == {"paper": "https://example.org/w/16", "pdf": "https://mquill.example.org/files/counting.pdf"}
