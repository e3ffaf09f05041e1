"""Lists of works under headings, in pages rendered by site generators and READMEs (synthetic pages, invented names)."""

from pathlib import Path

from kg.importers import finish
from kg.importers.base import ImportOptions, SourceDoc
from kg.importers.page.parse import parse_markdown_page


def _md(text: str, name: str = "page.md"):
    return parse_markdown_page(SourceDoc(Path(name), text), ImportOptions())


def test_a_heading_over_whole_apa_citations_is_no_papers_title():
    # a four-word heading whose names-like words ('Survey Reports and Data Dashboards') over APA citations that
    # each write their own title: the heading names the list; it is not the title of the first citation
    page = ("# Mira Okafor\n\n## Publications\n\n"
            "Okafor, M., Lind, K., & Berg, T. (2024). **A study of rivers and towns**. Journal of Places, 3(1).\n\n"
            "## Survey Reports and Data Dashboards\n\n"
            "Lind, K., Okafor, M. & Berg, T. (2025). [Methods handbook for the river survey](https://example.org/a). "
            "Survey Office. Zenodo.\n\n"
            "Berg, T., Okafor, M. & Lind, K. (2025). [A viewer for town statistics](https://example.org/b). Zenodo.\n")
    pubs = _md(page).publications
    assert [p.title for p in pubs] == ["A study of rivers and towns", "Methods handbook for the river survey",
                                       "A viewer for town statistics"]
    assert [a.name for a in pubs[1].authors] == ["K. Lind", "M. Okafor", "T. Berg"] and pubs[1].year == 2025


def test_a_quotation_inside_a_title_is_not_the_whole_title():
    # the quoted words follow a word of the title's sentence ('a portal for “...”'): the title is the whole
    # sentence, and the names before it are the authors
    page = ("# Tom Vance\n\n## Publications\n\n"
            "1. K. Lind, T. Vance, B. Roe. RIVO: a portal for “River Inventory, Valleys and Outflows”. "
            "*Hydrology Notes*, 2013, 4(2), 10–12.\n"
            "2. T. Vance, K. Lind. Gauging small streams. *Water Letters*, 2014, 2(1), 1–9.\n")
    pub = _md(page).publications[0]
    assert pub.title == "RIVO: a portal for “River Inventory, Valleys and Outflows”"
    assert [a.name for a in pub.authors] == ["K. Lind", "T. Vance", "B. Roe"] and pub.venue == "Hydrology Notes"


def test_a_chapter_number_is_no_part_of_its_title():
    page = ("# Tom Vance\n\n## Book chapters\n\n"
            "1. T. Vance. Chapter 3 — Sampling rivers at scale. In *Methods for Open Waters*, Northfield Press, 2024.\n")
    pub = finish(_md(page)).publications[0]  # (what every family's titles get)
    assert pub.title == "Sampling rivers at scale" and pub.year == 2024


def test_a_marked_last_author_closes_the_authors_sentence():
    # 'Vance, Roe, Berg*. Title. *Venue*.': the star on the last name before the full stop is a mark, and the
    # full stop after it ends the names (not a title opening 'Bo Berg*.')
    page = ("# Tom Vance\n\n## Publications\n\n"
            "1. Tom Vance, Ann Roe, Bo Berg*. Gauging the small streams of the north. *Journal of Water Things*. "
            "2024, 146(28), 1–9.\n"
            "2. Tom Vance, Bo Berg. Another paper about rivers. *Water Letters*. 2023, 2(1), 1–9.\n")
    pub = _md(page, "README.md").publications[0]
    assert pub.title == "Gauging the small streams of the north"
    assert [a.name for a in pub.authors] == ["Tom Vance", "Ann Roe", "Bo Berg"]
    assert pub.authors[2].marks == ["corresponding"]


def test_dated_headings_under_recognitions_are_one_award_each():
    # each award is a heading opening with its year, with who gave it and what for below it; one heading's words
    # ('Research Mentor Award') name no section of the page
    page = ("# Tom Vance\n\nI am a hydrologist at the University of Testland.\n\n# Recognitions\n\n"
            "## 2023: Northfield Water Prize\n\n<div class=\"entry-meta\" markdown>Northfield Society</div>\n\n"
            "- For work on small streams\n- [Lecture](https://example.org/lecture)\n\n"
            "## 2019: Summer Research Mentor Award\n\n<div class=\"entry-meta\" markdown>Testland Institute</div>\n\n"
            "## 2015–2016: Mobility fellowship\n\n<div class=\"entry-meta\" markdown>Exchange program</div>\n")
    p = _md(page)
    assert [(a.name, a.year) for a in p.awards] == [("Northfield Water Prize", 2023),
                                                    ("Summer Research Mentor Award", 2019),
                                                    ("Mobility fellowship", 2016)]
    assert not p.publications


def test_award_headings_naming_one_award_are_one_award_each_with_their_siblings():
    # '### Grand Prize - X 2024' names one award (and who gave it): the heading is the award, the bold line, the
    # date alone in italics and the bullets under it say more about it; the heading beside it at its level
    # ('### Coastal Hackathon', no award word) is one too. A plural heading ('### Travel Awards') stays a group.
    page = ("# Tom Vance\n\nI am a hydrologist at the University of Testland.\n\n## Awards & Honors\n\n"
            "### Grand Prize - Northfield Water Datathon 2024\n**Stream Gauge Toolkit**\n\n*2024*\n\n"
            "- Led a team of four\n- Built a gauge reader\n\n"
            "### Coastal Hackathon\n**Tide Model**\n\n*2022*\n\n- Placed 3rd overall\n")
    p = _md(page)
    assert [(a.name, a.year) for a in p.awards] == [("Grand Prize - Northfield Water Datathon", 2024),
                                                    ("Coastal Hackathon", None)]
    grouped = ("# Tom Vance\n\nI am a hydrologist at the University of Testland.\n\n## Awards & Honors\n\n"
               "### Travel Awards\n\n- Northfield Travel Award, 2021\n- Testland Travel Grant, 2019\n")
    assert [a.name for a in _md(grouped).awards] == ["Northfield Travel Award", "Testland Travel Grant"]


def test_a_readme_metrics_section_holds_no_papers():
    # a profile README's stats section, with how to set its cards up: 'Research' in its heading names no papers
    page = ("# Hi, I'm Tom Vance\n\n## Publications\n\n"
            "1. Tom Vance, Bo Berg. Another paper about rivers. *Water Letters*. 2023, 2(1), 1–9.\n\n"
            "## Open-Source & Research Metrics\n\n"
            "- `STATS_TOKEN`: token obtained from the [stats plugin documentation](https://example.org/stats)\n")
    assert [p.title for p in _md(page, "README.md").publications] == ["Another paper about rivers"]


def test_papers_titled_by_headings_under_year_and_status_headings():
    # '### Title' over an italic venue line and an author line, under '## 2023' and '## Submitted': the heading
    # is the title even when it reads like names ('Linear and Quadratic Solvers') or is short (three words
    # under a year); a paper under a status heading has no year (not the year above it)
    page = ("# Ann Lee\n\n## Publications\n\n## 2023\n\n"
            "### [Linear and Quadratic Solvers](https://example.org/a)\n\n*Encyclopedia of Things* 2023\n\n"
            "**Ann Lee**, Bo Chen, Carl Diaz\n\n"
            "### [Parametric Nonlinear Programming](https://example.org/b)\n\n*Encyclopedia of Things* - 2023\n\n"
            "Bo Chen, **Ann Lee**, Carl Diaz\n\n"
            "### [Sea Ice Under a Warming Sky](https://example.org/c)\n\n*Journal of Cold Places*\n\n"
            "Bo Chen, **Ann Lee**\n\n"
            "## Submitted\n\n### A Parametric Approach to Quantifying Demand in Dispatch\n\n*TBA* - TBD\n"
            "Bo Chen, **Ann Lee**, and Carl Diaz\n")
    pubs = _md(page).publications
    assert [(p.title, p.year, p.venue) for p in pubs] == [
        ("Linear and Quadratic Solvers", 2023, "Encyclopedia of Things"),
        ("Parametric Nonlinear Programming", 2023, "Encyclopedia of Things"),
        ("Sea Ice Under a Warming Sky", 2023, "Journal of Cold Places"),
        ("A Parametric Approach to Quantifying Demand in Dispatch", None, None)]
    assert [a.name for a in pubs[0].authors] == ["Ann Lee", "Bo Chen", "Carl Diaz"]
    assert [a.name for a in pubs[3].authors] == ["Bo Chen", "Ann Lee", "Carl Diaz"]


def test_paragraph_entries_held_by_line_breaks_read_their_venue_line():
    # Jekyll-Bootstrap style: one paragraph per paper, lines ended by two spaces ('Names. Year.' / title / venue /
    # data line); the year closes the author line, the venue is the line below the title (a journal in italics,
    # or a chapter's book after its editors); 'Forthcoming.' in the year's place is no author
    page = ("# Ann Lee\n\n## Publications\n\n## 2015\n\n"
            "Ann Lee and Bo Chen. 2015.  \n[Cognate guessing in unknown related languages](http://example.org/a).  \n"
            "_Journal of Language Things_ 53(1), 1-38.  \nData and R code available from [figshare](http://example.org/d).\n\n"
            "Ann Lee and Bo Chen. 2015.  \nItem-related determinants of guessing.  \n"
            "In G. Roe and M. Moe (eds), _Influence and interaction in learning_, 95-118. London: Northpress.\n\n"
            "## Accepted\n\nBo Chen and Ann Lee. Forthcoming.  \nAge of acquisition and social concerns.  \n"
            "Accepted for publication in E. Roe and S. Moe (eds), _Lifespan perspectives on things_.\n")
    pubs = _md(page).publications
    assert [(p.title, p.year, p.venue) for p in pubs] == [
        ("Cognate guessing in unknown related languages", 2015, "Journal of Language Things"),
        ("Item-related determinants of guessing", 2015, "Influence and interaction in learning"),
        ("Age of acquisition and social concerns", None, "Lifespan perspectives on things")]
    assert [a.name for a in pubs[2].authors] == ["Bo Chen", "Ann Lee"] and pubs[2].authors[1].is_self


def test_a_gap_marked_in_an_author_list_is_no_author_nor_title():
    # '[...]' stands for the names a long author list leaves out, after a comma or not
    page = ("# Vera Lindt\n\n## Publications\n\n"
            "Roe, A., Moe, B., [...] **Lindt, V.**, [...] Poe, C. (2025) A global view of meadow plants. "
            "*Meadow Reviews*.\n\n"
            "Kern, D., [...] Roe, A. [...], **Lindt, V.** [...], Zorn M. (2024) Dark diversity of meadows. "
            "*Nature Letters* 5:1-9.\n")
    pubs = _md(page).publications
    assert [p.title for p in pubs] == ["A global view of meadow plants", "Dark diversity of meadows"]
    assert [a.name for a in pubs[0].authors] == ["A. Roe", "B. Moe", "V. Lindt", "C. Poe"]
    assert [a.name for a in pubs[1].authors][:3] == ["D. Kern", "A. Roe", "V. Lindt"]



def test_posters_as_a_sub_list_of_the_publications_are_works_and_a_posters_section_stays_talks(tmp_path):
    """jemdoc's '== Publications' > '- *Posters:*' over citations of the posters (authors, quoted title, meeting): a
    group of the publications list, as '- *Workshop Papers:*' is; they were read as talks whose title was the first
    author's name. A section '== Posters' of its own stays talks."""
    from kg.importers import import_path

    page = tmp_path / "index.jemdoc"
    page.write_text(
        "# jemdoc: menu{MENU}{index.html}\n= Ida Berg\n\n== Publications\n"
        "- *Workshop Papers:*\n"
        "-- *Ida Berg*, Ole Lund, and Kai Moe, \"Silt transport in tidal creeks,\" in Workshop on Estuaries (WE 2019), "
        "Bergen, May 2019\n\n"
        "- *Posters:*\n"
        "-- *Ida Berg*, and Ole Lund, \"Mapping mud flats from drones,\" in Student Forum, Coastal Days 2018, "
        "Oslo, June 2018\n\n"
        "== Posters\n"
        "- Mud flats from the air, Coastal Day, Oslo, 2017\n", encoding="utf-8")
    profile = import_path(page).profile
    assert [p.title for p in profile.publications] == ["Silt transport in tidal creeks", "Mapping mud flats from drones"]
    assert [a.name for a in profile.publications[1].authors] == ["Ida Berg", "Ole Lund"]
    assert [t.title for t in profile.talks] == ["Mud flats from the air"]


def test_whole_citations_under_a_research_projects_heading_are_papers_and_a_year_going_on_is_a_year():
    # "## Research projects" names funded projects to kg, but its items here are whole citations (names, an
    # italic title, a journal and year, a DOI): the owner's papers; "(2025+)" on a work in progress is its year,
    # the plus no venue
    page = ("# Ida Lund\n\n## Research projects\n\n"
            "-   **I. Lund**, B. Berg, *A mixed model for river bends*.\nJournal of Wet Statistics 10 (2025): 1081.\n"
            " [https://doi.org/10.1000/jws.1081](https://doi.org/10.1000/jws.1081).\n"
            "-   B. Berg, **I. Lund**, *Counting eddies in small streams*. Stream Letters, 3, 1-9, (2024).\n\n"
            "### Currently research projects\n\n"
            "- I. Lund, B. Berg, *A latent model for reed beds*, (2025+)\n")
    pubs = _md(page, "README.md").publications
    assert [(p.title, p.year, p.venue) for p in pubs] == [
        ("A mixed model for river bends", 2025, "Journal of Wet Statistics"),
        ("Counting eddies in small streams", 2024, "Stream Letters"),
        ("A latent model for reed beds", 2025, None)]


def test_a_linked_title_closed_by_a_comma_before_a_bold_venue_in_lower_case():
    """"*Lund, K.*, A. Berg (2022), [Title](url), **npj Sand Sci**, 5, 42.": the link holds the whole title; the bold
    words after its comma are the venue. Before, a venue opening in lower case ("npj") ran on as the title's words
    (a stop after the link, or a capital, read it right)."""
    page = ("# Kari Lund\n\n## Journal Articles\n\n"
            "* *Lund, K.*, A. Berg, O. Holm (2022), [Dune fields of the northern coast and their winds]"
            "(https://doi.org/10.9999/dune.1), **npj Sand Sci**, 5, 42.\n"
            "* Berg, A., *K. Lund* (2021), [Tides over shallow shelves in winter](https://doi.org/10.9999/tide.2). "
            "**Coast Lett.**, 4, 1-9.\n")
    pubs = {p.title: p for p in _md(page).publications}
    dunes = pubs["Dune fields of the northern coast and their winds"]
    assert (dunes.venue, dunes.year) == ("npj Sand Sci", 2022)
    assert [a.name for a in dunes.authors] == ["K. Lund", "A. Berg", "O. Holm"]
    assert pubs["Tides over shallow shelves in winter"].venue == "Coast Lett"


def test_an_entry_number_said_twice_is_the_entrys_number():
    # "[12][12] Lee, A. ..." (a markdown reference link to the entry's number that the page never defines, written
    # out as it stands): the number, not part of the byline
    page = ("# Ines Varga\n\n## Publications\n\n------\n\n"
            "[3][3] Molnar, K., <strong>Varga, I.</strong>, and Toth, B. (2019). Seed banks of dry meadows. "
            "Plant Ecology 220, 1-12.\n\n------\n\n"
            "[2][2] <strong>Varga, I.</strong> (2017). Grazing and grassland flowers. In Review.\n\n------\n\n"
            "[1][1] <strong>Varga, I.</strong>, and Molnar, K. (2015). Soil crusts after fire. Journal of Arid "
            "Lands 7, 33-40.\n")
    p = _md(page)
    assert [w.title for w in p.publications] == ["Seed banks of dry meadows", "Grazing and grassland flowers",
                                                 "Soil crusts after fire"]
    assert [a.name for a in p.publications[0].authors] == ["K. Molnar", "I. Varga", "B. Toth"]
    assert not p.unparsed


def test_a_linked_number_opening_an_entry_is_its_number():
    # "[3][3] Molnar, K., ..." with "[3]: /papers/seeds/" defined below: the number is a link to the work's own page
    # ("<a>3</a> Molnar, K., ..."), the entry's number, not a word of its byline
    page = ("# Ines Varga\n\n## Publications\n\n"
            "[3][3] Molnar, K., <strong>Varga, I.</strong>, and Toth, B. (2019). Seed banks of dry meadows. "
            "Plant Ecology 220, 1-12.\n\n"
            "[2][2] <strong>Varga, I.</strong> (2017). Grazing and grassland flowers. Journal of Steppe Studies 4, 9-20.\n\n"
            "[1][1] <strong>Varga, I.</strong>, and Molnar, K. (2015). Soil crusts after fire. Journal of Arid "
            "Lands 7, 33-40.\n\n"
            "[1]: https://example.org/papers/crusts/\n[2]: https://example.org/papers/grazing/\n"
            "[3]: https://example.org/papers/seeds/\n")
    p = _md(page)
    assert [w.title for w in p.publications] == ["Seed banks of dry meadows", "Grazing and grassland flowers",
                                                 "Soil crusts after fire"]
    assert [a.name for a in p.publications[0].authors] == ["K. Molnar", "I. Varga", "B. Toth"]
    assert [a.name for a in p.publications[1].authors] == ["I. Varga"] and p.publications[1].year == 2017


def test_papers_read_at_meetings_under_a_presentations_heading_are_talks_and_whole_citations_stay_papers():
    """A CV's '## Presentations' > '### Conference Sessions and Papers' over '"Title," Meeting, dates, place': the
    papers read at meetings, a group of the talks (they were read as publications, the heading's "Papers"
    winning over the section it is in). Under the same heading, whole citations (names, year, title, venue) are
    the owner's papers."""
    page = ("# Ida Berg\n\n## Publications\n\n* Berg, I. (2019). Reed beds of the north. *Fen Notes*, 3, 1-9.\n\n"
            "## Presentations\n\n### Conference Sessions and Papers\n\n"
            "* “Counting Eels at Night,” Annual Meeting of the Fen Society, May 3–5, 2012, Lund, Sweden.\n"
            "* “Peat and Memory,” Lowland History Forum, October 10–12, 2010, Ghent, Belgium (with Ole Lund).\n\n"
            "## Other\n\nNothing here.\n")
    profile = finish(_md(page))
    assert [p.title for p in profile.publications] == ["Reed beds of the north"]
    assert [t.title for t in profile.talks] == ["Counting Eels at Night", "Peat and Memory"]
    cited = page.replace("* “Counting Eels at Night,” Annual Meeting of the Fen Society, May 3–5, 2012, Lund, Sweden.\n"
                         "* “Peat and Memory,” Lowland History Forum, October 10–12, 2010, Ghent, Belgium (with Ole "
                         "Lund).\n",
                         "* Berg, I., & Lund, O. (2012). Counting eels at night. *Fen Notes*, 4, 2-8.\n"
                         "* Lund, O., & Berg, I. (2010). Peat and memory. *Lowland Review*, 7, 11-19.\n")
    assert [p.title for p in finish(_md(cited)).publications] == [
        "Reed beds of the north", "Counting eels at night", "Peat and memory"]
