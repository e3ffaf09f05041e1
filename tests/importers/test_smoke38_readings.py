"""Readings found on real homepages of the round-38 smoke set: a profile README that names each paper by its code
repository, a site whose profile file spells the owner's name in full, papers that share a title, citations whose
author list or a prefix sticks to the title. Synthetic pages, own words."""
from __future__ import annotations

from pathlib import Path

from kg.importers import import_path

from .sitefiles import imported_site, write_site


def test_a_readme_naming_each_paper_by_its_repository_and_venue_badge_lists_those_papers(tmp_path: Path):
    # a profile README's only list: each item a bold link to a code repository, its text the method's short name,
    # then the venue and year in brackets; an item with no venue and year is a repository, no paper
    pubs = imported_site(tmp_path / "jroe", {"README.md": (
        "## Jane Roe\n\nI am an assistant professor at the University of Nowhere.\n\n"
        "## Repos\n### Frost modelling\n"
        "- **[FrostNet](https://github.com/jroe/FrostNet)** (CVPR 2022)\n"
        "- **[IceGAN](https://github.com/tbo/IceGAN)** (ECCV 2020 Oral)\n"
        "### Snow\n"
        "- **[SnowSeg](https://github.com/jroe/SnowSeg)** (Neurocomputing 2019)\n"
        "- **[DriftKit](https://github.com/jroe/DriftKit)**\n")}).publications
    assert [(p.title, p.venue, p.year, p.notes) for p in pubs] == [
        ("FrostNet", "CVPR", 2022, []), ("IceGAN", "ECCV", 2020, ["Oral"]), ("SnowSeg", "Neurocomputing", 2019, [])]
    assert pubs[0].links == {"code": "https://github.com/jroe/FrostNet"}



def _hugo_data_site(tmp_path: Path, layout: str) -> Path:
    # a Hugo site of its own theme: the papers in data/papers.yaml, the configuration's title the owner's name
    paper = "- authors: \"Roe, J., and {who}\"\n  year: {year}\n  title: \"{title}\"\n  status: \"{status}\"\n"
    return write_site(tmp_path / "site", {
        "hugo.yaml": "baseURL: \"https://example.org/\"\ntitle: \"Hanna de Wit\"\n",
        "content/_index.md": "---\ntitle: Home\n---\n\nI study how rivers move gravel.\n",
        "content/papers/_index.md": "---\ntitle: \"Papers\"\nlayout: \"papers\"\n---\n",
        "layouts/papers/papers.html": layout,
        "data/papers.yaml": "".join(paper.format(who=w, year=y, title=t, status=s) for w, y, t, s in (
            ("H. de Wit", 2024, "Gravel bars after a flood", "current"),
            ("H. de Wit", 2023, "Bedload counted by sound", "current"),
            ("H. de Wit", 2019, "Sediment sorting in braided reaches", "old")))})


def test_a_site_title_with_a_lowercase_particle_names_the_owner_in_full(tmp_path: Path):
    # the records write the owner "H. de Wit"; the configuration's title writes the whole name with its particle
    # in lower case, as such names are written: the owner's name is the configuration's
    layout = "{{ define \"main\" }}<ol>{{ range .Site.Data.papers }}<li>{{ .title }}</li>{{ end }}</ol>{{ end }}\n"
    prof = import_path(_hugo_data_site(tmp_path, layout)).profile
    assert prof.person.name == "Hanna de Wit"


def test_a_hugo_range_over_a_variable_set_to_a_filtered_data_list_shows_its_papers(tmp_path: Path):
    # the layout sets "$old" to the data list filtered by status and ranges over the variable under a second
    # heading: the papers it shows are those of both ranges
    layout = ("{{ define \"main\" }}<h1>Papers</h1><ol>{{ range where .Site.Data.papers \"status\" \"current\" }}"
              "<li>{{ .title }}</li>{{ end }}</ol>\n{{ $old := where .Site.Data.papers \"status\" \"old\" }}\n"
              "{{ if $old }}<h2>Older papers</h2><ol>{{ range $old }}<li>{{ .title }}</li>{{ end }}</ol>{{ end }}"
              "{{ end }}\n")
    pubs = import_path(_hugo_data_site(tmp_path, layout)).profile.publications
    assert sorted(p.title for p in pubs) == [
        "Bedload counted by sound", "Gravel bars after a flood", "Sediment sorting in braided reaches"]


def _pubs_of(tmp_path: Path, body: str):
    return imported_site(tmp_path / "mholt", {"README.md": "## Mira Holt\n\n## Publications\n\n" + body}).publications


def test_a_gap_in_the_author_list_written_without_a_comma_after_it_leaves_the_title_whole(tmp_path: Path):
    # "Lind K, ... Holt M": the names left out are marked by dots with a comma before them only; the names go on
    # after them and the title is the sentence after the names
    pubs = _pubs_of(tmp_path, (
        "1. Lind K, ... **Holt M**, Ek T, Roe J. Frost heave measured weekly in alpine meadows. Soil Lett (2023).\n"
        "2. Lind K, … **Holt M**, Ek T. Ice lenses below meadows. Soil Lett (2021).\n"
        "3. Lind K, Holt M, Ek T, Roe J. Stone circles seen from a drone. Soil Lett (2020).\n"))
    assert [(p.title, [a.name for a in p.authors]) for p in pubs[:2]] == [
        ("Frost heave measured weekly in alpine meadows", ["Lind K", "Holt M", "Ek T", "Roe J"]),
        ("Ice lenses below meadows", ["Lind K", "Holt M", "Ek T"])]
    assert pubs[0].authors_truncated


def test_a_bold_title_line_over_a_chapter_s_quoted_book_title_is_the_title(tmp_path: Path):
    # a three-line entry: the bold title, the names, then the book the chapter is in, its title in quotes
    pubs = _pubs_of(tmp_path, (
        "1. **Frost heave measured weekly in alpine meadows.**\n  **Holt M**, Ek T, Roe J.\n  Soil Lett (2023).\n"
        "2. **Needle ice and the lifting of stones.**\n  **Holt M**, Ek T.\n"
        "  “Cold Ground: Essays on Periglacial Soils”, A. Berg, ed. (Northfield Press), (2014), chapter 3, p. 41-60.\n"))
    assert pubs[1].title == "Needle ice and the lifting of stones"
    assert pubs[1].venue.startswith("“Cold Ground: Essays on Periglacial Soils”")


def _hugo_papers_site(tmp_path: Path, papers: dict[str, str]) -> Path:
    # a Hugo Academic site: the owner's author page, one page bundle per paper
    page = "---\ntitle: \"{title}\"\nauthors:\n- admin\n- {other}\ndate: {date}\npublishDate: \"2023-01-03T00:00:00Z\"\n" \
           "publication_types: [\"{kind}\"]\npublication: \"{venue}\"\n---\n"
    files = {"config/_default/config.yaml": "title: \"Ola Berg\"\nbaseurl: \"https://example.org/\"\n",
             "content/authors/admin/_index.md": "---\ntitle: Ola Berg\nrole: Postdoc\n---\n\nI build robot arms.\n"}
    for slug, fields in papers.items():
        files[f"content/publication/{slug}/index.md"] = page.format(**dict(zip(
            ("title", "other", "date", "kind", "venue"), fields.split("|"))))
    return write_site(tmp_path / "site", files)


def test_two_paper_pages_of_one_title_at_two_venues_are_two_works(tmp_path: Path):
    # the same title given to a workshop paper and its conference version, each a page of its own with its own
    # venue and coauthors: two works, as two files of a Jekyll collection are
    d = _hugo_papers_site(tmp_path, {
        "conf2020": "Arm tracking for tired workers|Ivo Lind|\"2020-10-24\"|1|Robotics Conference 2020",
        "work2019": "Arm tracking for tired workers|Pia Moe|\"2020-06-11\"|1|Workshop on Arms 2019"})
    pubs = import_path(d).profile.publications
    assert sorted(p.venue for p in pubs) == ["Robotics Conference", "Workshop on Arms"]


def test_a_paper_page_whose_date_is_written_empty_has_no_year(tmp_path: Path):
    # 'date: ""' on a preprint's page: no date; the page's publishDate (when the page went up) is no year of it
    d = _hugo_papers_site(tmp_path, {
        "pre": "Soft grippers that learn|Ivo Lind|\"\"|3|",
        "conf2020": "Arm tracking for tired workers|Ivo Lind|\"2020-10-24\"|1|Robotics Conference 2020"})
    pubs = {p.title: p for p in import_path(d).profile.publications}
    assert (pubs["Soft grippers that learn"].year, pubs["Soft grippers that learn"].date) == (None, None)
    assert pubs["Arm tracking for tired workers"].year == 2020


def test_a_remark_in_brackets_before_the_title_is_a_note(tmp_path: Path):
    # an old hand-written list: names, then '(No printed proceedings) Title.' on the next line, then the venue
    pubs = imported_site(tmp_path / "site", {"index.html": (
        "<html><body><h1>Ola Berg</h1><h2>Papers</h2>\n"
        "<p>Ivo Lind and <b>Ola Berg</b>.<br>\n(No printed proceedings) Gripping soft fruit with foam arms.<br>\n"
        "<em>ArmWork 2006</em>, a workshop, May 2006.</p>\n"
        "<p><b>Ola Berg</b> and Pia Moe.<br>\nSorting apples by touch.<br>\n<em>RoboFarm 2005</em>, June 2005.</p>\n"
        "</body></html>\n")}).publications
    assert [(p.title, p.notes) for p in pubs] == [
        ("Gripping soft fruit with foam arms", ["No printed proceedings"]), ("Sorting apples by touch", [])]


def test_one_name_and_et_al_opening_an_entry_are_its_authors_not_its_title(tmp_path: Path):
    # "(2024) K Moe et al. Title. Venue.": the first author and "et al." without a comma between them
    prof = imported_site(tmp_path / "site", {"index.html": (
        "<html><body><h1>Ola Berg</h1><h2>Papers</h2>\n"
        "<p>(2025) I Lind, <u>O Berg</u>. Gripping soft fruit with foam arms. Robotics Letters (RL). "
        "<a href=\"https://example.org/a\">PDF</a></p>\n"
        "<p>(2024) K Moe et al. Farm4D: Around the World in Many Hours of Orchard Video. IEEE Transactions on "
        "Farming. <a href=\"https://example.org/p\">PDF</a></p>\n"
        "<p>(2021) <u>O Berg</u>, I Lind. Sorting apples by touch. Robotics Letters (RL). "
        "<a href=\"https://example.org/r\">PDF</a></p>\n</body></html>\n")})
    pub = prof.publications[1]
    assert (pub.title, [a.name for a in pub.authors], pub.authors_truncated) == (
        "Farm4D: Around the World in Many Hours of Orchard Video", ["K Moe"], True)


def test_a_bio_fragment_a_page_pulls_in_through_a_template_of_sections_is_read_with_the_page(tmp_path: Path):
    # index.md includes "home_boxes.html" (a template: a box per section, one a loop over a data file), which
    # includes "bio.html", plain HTML but for the site's URL in a link: the bio is the home page's text
    person = imported_site(tmp_path / "site", {
        "_config.yml": "title: \"Ola Berg\"\nauthor:\n  name: \"Ola Berg\"\nurl: \"https://example.org\"\n",
        "index.md": "---\nlayout: page\ntitle: Home\n---\n{% include home_boxes.html %}\n",
        "_includes/home_boxes.html": (
            "<div class=\"box\">{% include bio.html %}</div>\n"
            "<div class=\"box\"><ul>{% for h in site.data.honors %}<li>{{ h.name }}</li>{% endfor %}</ul></div>\n"),
        "_includes/bio.html": (
            "<p>Ola Berg is an Associate Professor of Robotics at Northfield University. She builds soft arms.</p>\n"
            "<p><a href=\"{{ site.url }}/files/cv.pdf\">CV</a></p>\n"),
        "_data/papers.yml": "".join(
            f"- title: \"{t}\"\n  authors: \"Ola Berg and Ivo Lind\"\n  year: {y}\n  venue: \"Robotics Letters\"\n"
            for t, y in (("Gripping soft fruit with foam arms", 2024), ("Sorting apples by touch", 2022))),
        "papers.md": "---\ntitle: Papers\n---\n{% for p in site.data.papers %}{{ p.title }}{% endfor %}\n"}).person
    assert person.job_title == "Associate Professor"
    assert [a.name for a in person.affiliations] == ["Northfield University"]
