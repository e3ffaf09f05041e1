"""Readings found on batch 42/a (a Hugo site with its owner's own theme, a GitHub profile README, an academicpages
site; measured at stop 42): synthetic pages, own words, names invented."""
from __future__ import annotations

from .sitefiles import imported_site


def _hugo_site(publications: str) -> dict[str, str]:
    """Ivo Lema's Hugo site: a configuration with its address, a home page and ``content/publications.md``
    holding ``publications`` under its front matter."""
    return {"config.toml": 'baseURL = "https://ivolema.example.org/"\ntitle = "Ivo Lema"\n',
            "content/_index.md": "---\ntitle: Home\n---\nI am Ivo Lema, a PhD student at Tarn University.\n",
            "content/publications.md": "---\ntitle: Publications\n---\n\n" + publications}


def test_a_title_line_over_a_list_of_labelled_fields_is_one_paper(tmp_path):
    """A linked title on a line of its own with a list under it ("- Authors: ...", "- Venue: ..., 2024.", a line
    of links), the title's link text running over two lines: one paper with those authors, venue, year and links.
    Before, the title was a line of its own and each field a list item of its own: no paper was read."""
    p = imported_site(tmp_path, _hugo_site(
        "## Publications\n\n"
        "[Counting Rivers with Sparse Maps](/paper/2401.01)\n"
        "- Authors: *Ivo Lema* and Ada Roe\n"
        "- Venue: Conference on River Science (CRS), 2024.\n"
        "- [Paper](https://example.org/rivers.pdf) | [Code](https://github.com/ivolema/rivers)\n\n"
        "[Old Harbours of the North: A Survey of\nTidal Records](/paper/2302.01/)\n"
        "- Authors: Bo Kim, *Ivo Lema*, and Cy Park\n"
        "- Venue: Journal of Tides, 2023\n"
        "- [Paper](https://example.org/harbours.pdf)\n"))
    assert sorted((x.title, x.year, x.venue, [a.name for a in x.authors], dict(x.links))
                  for x in p.publications) == [
        ("Counting Rivers with Sparse Maps", 2024, "CRS", ["Ivo Lema", "Ada Roe"],
         {"paper": "https://example.org/rivers.pdf", "code": "https://github.com/ivolema/rivers"}),
        ("Old Harbours of the North: A Survey of Tidal Records", 2023, "Journal of Tides",
         ["Bo Kim", "Ivo Lema", "Cy Park"], {"paper": "https://example.org/harbours.pdf"})]


def test_dated_announcements_under_a_highlights_heading_are_news(tmp_path):
    """A profile README whose "Research Highlights" list (a heading read as publications) holds items that each
    open with a month and a year and tell what became of a work ("06.2025 [Tide](..) is accepted to **IROS'2025**!"):
    news items, one each, with their month. Before, they were read as papers, a line at a time: a paper titled
    "Best Paper Award" among them, the rest unread."""
    p = imported_site(tmp_path, {"README.md": (
        "## Hi, I'm Oona Varga\n\nI build robots at a startup.\n\n### Research Highlights\n\n"
        "- 06.2025 [**Tide**](https://github.com/ovarga/tide) is accepted to **IROS'2025**!\n"
        "- 01.2025 [**Reef**](https://github.com/ovarga/reef) is awarded **Best Paper Award**!\n"
        "- 03.2024 Kelp is accepted to **ICRA'2024**! [[paper here](https://example.org/kelp.pdf)]\n"
        "- 12.2021 [**Dune**](https://github.com/ovarga/dune) is accepted to **RA-L'2021**!\n")})
    assert [(n.date, n.text.split(" is ")[0]) for n in p.news] == [
        ("2025-06", "Tide"), ("2025-01", "Reef"), ("2024-03", "Kelp"), ("2021-12", "Dune")]
    assert p.publications == []


def test_a_venue_year_written_against_the_venues_name_in_brackets_is_read(tmp_path):
    """Papers listed by their titles tagged with their venue in brackets, the year written against the name
    ("(IROS2023)", "(Ocean Robotics Letters2022)"): the venue and its year, as "(ICRA 2024)" is read. Before, the
    venue and year stayed in the title, or the paper was not read."""
    p = imported_site(tmp_path, {"README.md": (
        "## Hi, I'm Oona Varga\n\n### Publications\n\n"
        "- Tide: Mapping Sea Floors with Small Boats (ICRA 2024) [code](https://github.com/ovarga/tide)\n"
        "- Counting Reef Fish from Drone Video (IROS2023) [code](https://github.com/ovarga/reef)\n"
        "- Kelp Forests in Winter Light: A Data Set(Ocean Robotics Letters2022) [code](https://github.com/ovarga/kelp)\n")})
    assert [(x.title, x.venue, x.year) for x in p.publications] == [
        ("Tide: Mapping Sea Floors with Small Boats", "ICRA", 2024),
        ("Counting Reef Fish from Drone Video", "IROS", 2023),
        ("Kelp Forests in Winter Light: A Data Set", "Ocean Robotics Letters", 2022)]


def _projects_table(rows: str) -> dict[str, str]:
    """Oona Varga's profile README with a table of her projects (header row "Title | Description | Stars")."""
    return {"README.md": "## Hi, I'm Oona Varga\n\nI build robots at a startup.\n\n### Projects\n\n<table>\n<tbody>\n"
                         "<tr><th>Title</th><th>Description</th><th>Stars</th></tr>\n" + rows + "</tbody>\n</table>\n"}


def _project_row(repo: str, title: str, lead: str = "") -> str:
    return (f'<tr>\n{lead}    <td><a href="https://github.com/ovarga/{repo}">{repo.title()}</a><br>{title}</td>\n'
            f'    <td><img alt="Stars" src="https://img.shields.io/github/stars/ovarga/{repo}"/></td>\n</tr>\n')


def test_a_works_short_name_over_its_title_and_venue_badge_is_one_paper(tmp_path):
    """A table cell holding a work's short name as a link on a line of its own, then the work's title with its
    venue and year in brackets ("[Tide](repo)<br>Tide: Mapping Sea Floors (ICRA 2024)"): a paper with that title,
    venue and year, the name's link its code. Before, the name was read as the title's first line: no paper."""
    p = imported_site(tmp_path, _projects_table(
        _project_row("tide", "Tide: Mapping Sea Floors with Small Boats (ICRA 2024)")
        + _project_row("reef", "Counting Reef Fish from Drone Video (IROS 2023)")
        + _project_row("kelp", "Kelp Forests in Winter Light: A Data Set (Ocean Robotics Letters 2022)")
        + _project_row("boats", "A curated list of resources on small boats")))
    assert [(x.title, x.venue, x.year, dict(x.links)) for x in p.publications] == [
        ("Tide: Mapping Sea Floors with Small Boats", "ICRA", 2024, {"code": "https://github.com/ovarga/tide"}),
        ("Counting Reef Fish from Drone Video", "IROS", 2023, {"code": "https://github.com/ovarga/reef"}),
        ("Kelp Forests in Winter Light: A Data Set", "Ocean Robotics Letters", 2022,
         {"code": "https://github.com/ovarga/kelp"})]


def test_a_table_cell_spanning_rows_names_their_group_and_is_no_part_of_its_row(tmp_path):
    """A table whose first cell spans the rows of a group ('<td rowspan="2">Algorithms</td>') beside the first
    row's own cells: a label over the group's rows, not a part of the first row's entry. Before, the first row of
    each group read the label as its first line: that row was no paper."""
    span = '    <td rowspan="2"><a href="https://github.com/ovarga">{}</a></td>\n'
    p = imported_site(tmp_path, _projects_table(
        _project_row("tide", "Tide: Mapping Sea Floors with Small Boats (ICRA 2024)", span.format("Algorithms"))
        + _project_row("reef", "Counting Reef Fish from Drone Video (IROS 2023)")
        + _project_row("kelp", "Kelp Forests in Winter Light: A Data Set (Ocean Robotics Letters 2022)",
                       span.format("Data sets"))
        + _project_row("dune", "Dune Heights from Old Charts (RA-L 2021)")))
    assert [(x.title, x.venue, x.year) for x in p.publications] == [
        ("Tide: Mapping Sea Floors with Small Boats", "ICRA", 2024),
        ("Counting Reef Fish from Drone Video", "IROS", 2023),
        ("Kelp Forests in Winter Light: A Data Set", "Ocean Robotics Letters", 2022),
        ("Dune Heights from Old Charts", "RA-L", 2021)]


def _jekyll_page(body: str) -> dict[str, str]:
    """Ivo Lema's one-page Jekyll site: its configuration and ``index.md`` holding ``body`` under its title."""
    return {"_config.yml": "title: Ivo Lema\n", "index.md": "---\ntitle: Ivo Lema\n---\n\n" + body}


def _papers(tmp_path, body: str) -> list[tuple]:
    """The papers kg reads on Ivo Lema's one-page site holding ``body`` (:func:`_jekyll_page`): (title, year, authors'
    names), sorted."""
    p = imported_site(tmp_path, _jekyll_page(body))
    return sorted((x.title, x.year, [a.name for a in x.authors]) for x in p.publications)


def test_a_bracketed_status_word_opening_a_citation_is_a_note_not_a_name(tmp_path):
    """A citation opened by a tag in brackets that says what the paper is ("[New]", "[Preprint]"; a word in
    title case, unlike "[CCF-A]"): a note, the names after it the authors. Before, the tag stayed at the head of
    the author list: no author was read and the names went into the title."""
    assert _papers(tmp_path, "## Publications\n\n"
                             "- [New] Bo Kim, **Ivo Lema**. Counting Reefs from Above. ICRA, 2024.\n"
                             "- [Preprint] Ana Ruiz, **Ivo Lema**. Tides of the Northern Sea. arXiv, 2025.\n") == [
        ("Counting Reefs from Above", 2024, ["Bo Kim", "Ivo Lema"]),
        ("Tides of the Northern Sea", 2025, ["Ana Ruiz", "Ivo Lema"])]


def test_numbered_source_lines_of_one_paragraph_are_entries_each_however_the_number_is_set(tmp_path):
    """A paragraph (a blockquote's) holding numbered citations on lines of their own, the number set close to the
    first name ("1.Ana Ruiz") or alone before a styled tag ("2. <font>[New]</font> Bo Kim"): one paper a line.
    Before, such a line did not start an entry: the two citations were read as one paper."""
    assert _papers(tmp_path, "## Publications\n\n"
                             "> 1.Ana Ruiz, **Ivo Lema**. Tides of the Northern Sea. Journal of Tides, 2021.\n"
                             "> 2. <font color='red'>[New]</font> Bo Kim, **Ivo Lema**. Counting Reefs from Above. "
                             "ICRA, 2024.\n") == [
        ("Counting Reefs from Above", 2024, ["Bo Kim", "Ivo Lema"]),
        ("Tides of the Northern Sea", 2021, ["Ana Ruiz", "Ivo Lema"])]



def test_citations_under_a_topic_heading_of_the_research_interests_are_papers(tmp_path):
    """A page whose "Research Interests" heading has topic sub-headings, each over the owner's citations on that
    topic ("## Robust Learning" / "> 1. A, **Owner**. Title. Venue, 2019."): those are papers, not interests.
    Before, they were cut at their commas into interests (the authors' names among them) and no paper was read."""
    p = imported_site(tmp_path, _jekyll_page((
        "I am an assistant professor of statistics at Tarn University.\n\n"
        "# Research Interests\n\nI study how learning systems scale.\n\n## Robust Learning\n\n"
        "> 1. Ana Ruiz, **Ivo Lema**, Bo Kim. Tides of the Northern Sea. Journal of Tides, 2021.\n\n"
        "## Inverse Problems\n\n"
        "> 1. **Ivo Lema**, Cy Park. \"Counting Reefs from Above.\" International Conference on Robotics, 2024.\n")))
    assert sorted((x.title, x.year) for x in p.publications) == [
        ("Counting Reefs from Above", 2024), ("Tides of the Northern Sea", 2021)]
    assert not any("Ruiz" in i or "Park" in i for i in p.person.interests)
