"""Paper lists written as markdown paragraphs or bullets without the usual shape (issue 8), as small
synthetic academicpages sites in our own words: Vancouver paragraphs with the owner in bold and a hard-broken line
of links under each, and title-first bullets whose venue is a link ("Title, [Venue](doi) (2021).")."""

from __future__ import annotations

from kg.importers import import_path
from kg.importers.common import split_authors

from .sitefiles import write_site


def pubs_of(tmp_path, body: str, owner: str = "Rosa deVarenne"):
    write_site(tmp_path, {
        "_config.yml": f'title: "{owner}"\nauthor:\n  name: "{owner}"\n',
        "_pages/publications.md": "---\nlayout: archive\ntitle: \"Publications\"\npermalink: /publications/\n---\n\n"
                                  + body,
    })
    return import_path(tmp_path).profile


VANCOUVER_PARAGRAPHS = (
    "**deVarenne RM**, Dorran P, Halvey ST (submitted) Slow waves of attention in a sorting task.  \n"
    "[Pre-print](https://arxiv.org/abs/2501.01234)\n\n"
    "Amberly K, **deVarenne RM** (in press) Counting stars and forgetting them. Journal of Imagined Results.  \n"
    "[Pre-print](https://osf.io/abcd) | [PDF]({{ site.baseurl }}/files/a.pdf)\n\n"
    "**deVarenne RM**, Ostrow B, Amberly K (in press) Imaging the mind. To appear in *Handbook of Odd Methods*  \n"
    "Available upon request\n\n"
    "Tamsin J, **deVarenne RM**, Ostrow B (2023) Lapses of focus predict recall. *Memory Letters*. 12: 40-51  \n"
    "[Link](https://example.org/ml/12) | [Github](https://github.com/example/lapses)\n\n"
    "**deVarenne RM** & Norbury K (2021) A note on vigilance. Current Thoughts. 26(4): R67  \n"
    "[Link](https://example.org/ct/26)\n")


def test_a_bold_owner_whose_family_name_opens_with_a_glued_particle_is_an_author_not_the_title(tmp_path):
    # "deVarenne RM": a family name with its particle written onto it ("deVries", "vanHolt") is a name; the bold
    # run is the owner in the author list, and the title follows the year
    p = pubs_of(tmp_path, VANCOUVER_PARAGRAPHS)
    got = [(x.title, [a.name for a in x.authors], x.year) for x in p.publications]
    assert got == [
        ("Slow waves of attention in a sorting task", ["deVarenne RM", "Dorran P", "Halvey ST"], None),
        ("Counting stars and forgetting them", ["Amberly K", "deVarenne RM"], None),
        ("Imaging the mind", ["deVarenne RM", "Ostrow B", "Amberly K"], None),
        ("Lapses of focus predict recall", ["Tamsin J", "deVarenne RM", "Ostrow B"], 2023),
        ("A note on vigilance", ["deVarenne RM", "Norbury K"], 2021)]
    assert [next(i for i, a in enumerate(x.authors) if a.is_self) for x in p.publications] == [0, 1, 0, 1, 0]


def test_the_hard_broken_line_of_links_belongs_to_the_entry_above(tmp_path):
    # "[Pre-print](...) | [PDF](...)" under a citation is its links ("Pre-print" a label as "Preprint" is), and
    # "Available upon request" in the links' place is no paper of its own nor a reason to drop the one above
    p = pubs_of(tmp_path, VANCOUVER_PARAGRAPHS)
    links = [sorted(x.links.values()) for x in p.publications]
    assert links[0] == ["https://arxiv.org/abs/2501.01234"]
    assert "https://osf.io/abcd" in links[1]
    assert links[2] == []
    assert links[3] == ["https://example.org/ml/12", "https://github.com/example/lapses"]
    assert p.publications[1].venue == "Journal of Imagined Results"
    assert p.unparsed == []


def test_a_vancouver_name_written_with_a_comma_before_its_initials_is_one_author():
    names = [a.name for a in split_authors("Lind L, Garrow KA, Oda, S, Brandt, WR, Moe K, van der Berg A").authors]
    assert names == ["Lind L", "Garrow KA", "Oda S", "Brandt WR", "Moe K", "van der Berg A"]


TITLE_FIRST = (
    "## Lead author papers\n"
    "- Slow waves of attention: a filter for sorting, [MNRAS](https://doi.org/10.1093/mnras/stab0001) (2021).\n"
    "- Counting stars with Love: measuring the rate from universal relations, "
    "[PRD Editor's suggestion](https://doi.org/10.1103/PhysRevD.104.000001) (2021).\n"
    "- First demonstration of early alerts, [ApJL](https://iopscience.iop.org/article/10.3847/2041-8213/abed00) "
    "(2020).\n"
    "- Deep learning for physics workflows, [arXiv](https://doi.org/10.48550/arXiv.2306.00001).\n")


def test_title_first_entries_whose_venue_is_a_link_are_read(tmp_path):
    # no author list: the title, then the venue written as a link (to the DOI, to arXiv, to the journal), then the
    # year; the link's text is the venue and its address the paper's link
    p = pubs_of(tmp_path, TITLE_FIRST)
    got = [(x.title, x.venue, x.year) for x in p.publications]
    assert got == [
        ("Slow waves of attention: a filter for sorting", "MNRAS", 2021),
        ("Counting stars with Love: measuring the rate from universal relations", "PRD Editor's suggestion", 2021),
        ("First demonstration of early alerts", "ApJL", 2020),
        ("Deep learning for physics workflows", "arXiv", None)]
    assert "https://doi.org/10.1093/mnras/stab0001" in p.publications[0].links.values()
    assert "https://doi.org/10.48550/arXiv.2306.00001" in p.publications[3].links.values()


def test_a_link_label_closing_a_title_first_entry_stays_a_label(tmp_path):
    # "[PDF]" in the venue's place is a link's label, never a venue
    p = pubs_of(tmp_path, "## Papers\n- Slow waves of attention in a sorting task, "
                          "[PDF](https://example.org/slow.pdf) (2021).\n")
    assert [(x.title, x.venue) for x in p.publications] in ([], [("Slow waves of attention in a sorting task", None)])


def _html_pubs(tmp_path, items: str, owner: str = "Ana Lindqvist"):
    write_site(tmp_path, {"index.html": f"<html><head><title>{owner}</title></head><body><h1>{owner}</h1>"
                                        f"<p>Welcome.</p><h2>Publications</h2><ol>{items}</ol></body></html>\n"})
    return import_path(tmp_path).profile


def test_names_parted_by_semicolons_then_a_title_and_a_venue_with_its_year_before_the_numbers(tmp_path):
    # a lab's list mixing two styles: "A. Lee, B. Roe, and C. Moe, Title, Venue, 70(1), 1-9, 2023." and
    # "Karl Berg; Mona Hale ; Title, Venue, 2022, 10: 101-109" (full names, semicolons, the year before the volume)
    p = _html_pubs(tmp_path, (
        "<li><p>A. Lindqvist, B. Roe, and C. Moe, Disturbance rejection for a plant with delay, "
        "IEEE Transactions on Plants, 70(1), 855-865, Jan. 2023.</p></li>\n"
        "<li><p>Karl Berg; Mona Hale ; Finite-time robust control for a class of jump systems, "
        "IEEE Access, 2022, 10: 101465-101473</p></li>\n"
        "<li><p>Mona Hale; Karl Berg; Sven Ulf ; Anti-windup design for delayed jump systems, "
        "Circuits, Systems, and Signal Processing, 2019, 38(2): 4297-4303</p></li>\n"))
    got = [(x.title, [a.name for a in x.authors], x.year) for x in p.publications]
    assert got == [
        ("Disturbance rejection for a plant with delay", ["A. Lindqvist", "B. Roe", "C. Moe"], 2023),
        ("Finite-time robust control for a class of jump systems", ["Karl Berg", "Mona Hale"], 2022),
        ("Anti-windup design for delayed jump systems", ["Mona Hale", "Karl Berg", "Sven Ulf"], 2019)]
    assert [x.venue for x in p.publications][1:] == ["IEEE Access", "Circuits, Systems, and Signal Processing"]


def test_a_chicago_byline_before_a_quoted_title_is_the_authors(tmp_path):
    # "Family, Given, Given Family, and Given Family, "Title," in Editors, eds., Book": the quotes mark the title
    p = pubs_of(tmp_path, (
        "## Chapters\n"
        "* Lind, Karl, Mona Hale, and Rosa deVarenne, \"Rain on the plains of the north,\" in Bo Roe, ed., "
        "_Weather Essays_, Plains Press, 2012.\n"))
    got = [(x.title, [a.name for a in x.authors], x.year) for x in p.publications]
    assert got == [("Rain on the plains of the north", ["Karl Lind", "Mona Hale", "Rosa deVarenne"], 2012)]


def test_a_year_in_code_font_opens_a_title_first_entry_whose_venue_is_a_doi_link(tmp_path):
    # "- `2022` Title, [Venue of several words](https://doi.org/...)": the code span is the year, the DOI link in
    # the venue's place (no year after it) the venue
    p = pubs_of(tmp_path, (
        "## Papers\n"
        "- `2022` Counting stars with sparse maps of the sky, [Journal of Imagined Optics](https://doi.org/10.1/j.1)\n"
        "- `2021` Slow waves of attention in a sorting task, [arXiv](https://arxiv.org/abs/2101.00001)\n"))
    got = [(x.title, x.venue, x.year) for x in p.publications]
    assert got == [("Counting stars with sparse maps of the sky", "Journal of Imagined Optics", 2022),
                   ("Slow waves of attention in a sorting task", "arXiv", 2021)]


def test_a_link_after_names_a_quoted_title_or_a_year_is_no_venue_slot(tmp_path):
    # "A. Lee and B. Roe, “Title,” PoS X (2022) 130, [arXiv:...](...)" and "Ann Lee, *Title*, [arXiv:... (2026)](...)":
    # a link closing a citation of another shape stays what it was (the citation's link), the title the quoted one
    p = pubs_of(tmp_path, (
        "## Papers\n"
        "- [8] K. Berg and R. deVarenne, “Slow waves in a gauge theory,”PoS LAT2021 (2022) 130, "
        "[arXiv:2109.00001 [hep-lat]](http://arxiv.org/abs/2109.00001)\n"
        "- Rosa deVarenne, _Counting stars with sparse maps_, [arXiv:2606.00001 (2026)](https://arxiv.org/abs/2606.00001)\n"))
    titles = [x.title for x in p.publications]
    assert titles == ["Slow waves in a gauge theory", "Counting stars with sparse maps"]


TITLE_NAMES_LINKS = (
    "[Tidal Drift of Sea Ice Floes](https://arxiv.org/abs/2401.00001) [NeurIPS 2024 (Datasets Track)]\n\n"
    "Kim Roe, **Rosa deVarenne**, Bo Wu\n\n"
    "[**[Code]**](https://github.com/example/drift)&nbsp;\n"
    "[**[Data]**](https://example.org/drift-data)\n\n"
    "<hr>\n"
    "[Salt in the Meltwater](https://arxiv.org/abs/2301.00002) [Arxiv 2023]\n\n"
    "Ines Carvalho, Kim Roe, **Rosa deVarenne**\n")


def test_an_author_line_in_a_paragraph_of_its_own_under_the_title_is_the_entrys(tmp_path):
    # the title and its venue in brackets, a blank line, the names, a blank line, the links (AcadHomepage's entries
    # written without a paper-box): one entry; before, the names and the links were left unread and the owner was
    # the entry's one (implied) author
    p = pubs_of(tmp_path, TITLE_NAMES_LINKS)
    got = [(x.title, [a.name for a in x.authors], [a.is_self for a in x.authors], x.year) for x in p.publications]
    assert got == [
        ("Tidal Drift of Sea Ice Floes", ["Kim Roe", "Rosa deVarenne", "Bo Wu"], [False, True, False], 2024),
        ("Salt in the Meltwater", ["Ines Carvalho", "Kim Roe", "Rosa deVarenne"], [False, False, True], 2023)]
    assert p.publications[0].authors_truncated is False
    assert sorted(p.publications[0].links.values()) == [
        "https://arxiv.org/abs/2401.00001", "https://example.org/drift-data", "https://github.com/example/drift"]
    assert p.unparsed == []


def test_a_venue_in_brackets_holding_brackets_of_its_own_loses_the_outer_pair(tmp_path):
    # "[NeurIPS 2024 (Datasets Track)]" after the title: the brackets around the venue are no part of its name (as
    # "[Arxiv 2023]"'s are not); before, a venue with brackets inside kept the outer pair
    p = pubs_of(tmp_path, TITLE_NAMES_LINKS)
    assert [x.venue for x in p.publications] == ["NeurIPS (Datasets Track)", "arXiv"]


APA_LINKED_VENUES = (
    "- **deVarenne, R.**, Ostrow, B., & Amberly, K. (2026, February 2). Designing student tasks that teach open "
    "science. In press at *Journal of Teaching Methods*. Pre-print on [PsyArXiv](https://osf.io/preprints/abcde).\n"
    "- Ostrow, B., **deVarenne, R.**, & Amberly, K. (2025). A replication of Lee & Moe (1996). "
    "[*Journal of Results*](https://publisher.example.org/full/10.1080/1234.5678){target=\"_blank\"}, 0(0), 1–33. "
    "https://doi.org/10.1080/1234.5678. Data and code available on the [OSF](https://osf.io/fghij/){target=\"_blank\"}.\n")


def test_a_status_leading_into_the_venue_is_a_note_not_the_titles_end(tmp_path):
    # "Title. In press at *Journal*": before, "In press at" closed the title
    p = pubs_of(tmp_path, APA_LINKED_VENUES)
    first = p.publications[0]
    assert (first.title, first.venue, first.year) == (
        "Designing student tasks that teach open science", "Journal of Teaching Methods", 2026)
    assert first.notes == ["In press"]


def test_a_linked_venue_is_the_papers_link_and_a_doi_written_out_is_a_link(tmp_path):
    # the venue's name linked to the publisher's page is the paper (it was "other", and the OSF link after it fell to
    # more_links); "https://doi.org/..." written out after the pages is the paper's DOI link (only pub.doi was set)
    second = pubs_of(tmp_path, APA_LINKED_VENUES).publications[1]
    assert second.links == {"paper": "https://publisher.example.org/full/10.1080/1234.5678",
                            "doi": "https://doi.org/10.1080/1234.5678", "other": "https://osf.io/fghij/"}


def test_a_venue_linked_to_the_journals_home_is_no_papers_link(tmp_path):
    # "[*Journal of Results*](https://journal.example.org/home)": the journal's own page, no number of an article in
    # its address, is not the paper (it stays a link of another kind)
    p = pubs_of(tmp_path, "- Ostrow, B., & **deVarenne, R.** (2024). Tides of the inner bay. "
                          "[*Journal of Results*](https://journal.example.org/locate/results), 3(1), 1–9.\n")
    assert p.publications[0].links == {"other": "https://journal.example.org/locate/results"}


def test_a_one_word_venue_linked_to_its_article_is_the_papers_link(tmp_path):
    # "[*Addiction*](publisher's page of the article)": a journal named in one word is the venue all the same
    p = pubs_of(tmp_path, "- Ostrow, B., & **deVarenne, R.** (2021). Raising the bar for tidal models. "
                          "[*Estuaries*](https://publisher.example.org/doi/10.1111/est.15563), 3(1), 1–9.\n")
    assert p.publications[0].links == {"paper": "https://publisher.example.org/doi/10.1111/est.15563"}


def test_a_bold_title_line_without_its_line_break_still_ends_the_title(tmp_path):
    """"- **Title**" then the authors on the next source line: most items end the title line with two spaces (a
    line break), one leaves them out and markdown runs the two lines into one paragraph. The bold line is the
    title all the same; the first author is no part of it."""
    body = ("- **Salt marsh tides over three winters**  \n"
            "T. Ostrow, **R. deVarenne**, K. Amberly. *Coastal Letters*, 2024.\n"
            "- **Counting herons from the air**\n"
            "P. Dorran, S. Halvey, **R. deVarenne** & B. Norbury. *Journal of Wader Studies*, 2023.\n")
    pubs = pubs_of(tmp_path, body).publications
    assert [(p.title, [a.name for a in p.authors]) for p in pubs] == [
        ("Salt marsh tides over three winters", ["T. Ostrow", "R. deVarenne", "K. Amberly"]),
        ("Counting herons from the air", ["P. Dorran", "S. Halvey", "R. deVarenne", "B. Norbury"])]


def test_a_status_that_leads_to_the_venue_closes_the_author_line(tmp_path):
    """"A, B, **R.Owner**. Submitted to *Journal*, 2026." (the owner's initial written close to the family name):
    the status and its "to" end the author line, no part of the last author's name; the status is a note, the
    italic name the venue."""
    body = ("- **Gull colonies on the outer islands**  \n"
            "T. Ostrow, K. Amberly, P. Dorran-Hale, S. Halvey, B. Norbury, J. Tamsin, **R.Lind**. Submitted to "
            "*Journal of Island Birds*, 2026. [arXiv](https://arxiv.org/abs/2601.01234)\n")
    pub = pubs_of(tmp_path, body, owner="Rosa Lind").publications[0]
    assert [a.name for a in pub.authors] == ["T. Ostrow", "K. Amberly", "P. Dorran-Hale", "S. Halvey", "B. Norbury",
                                             "J. Tamsin", "R.Lind"]
    assert pub.authors[6].is_self
    assert pub.venue == "Journal of Island Birds"


def test_an_author_line_with_an_italic_venue_holding_and_and_no_year(tmp_path):
    """"A, B, **Owner**, C. *Journal of Waders and Shorebirds*." with no year: the italic venue ends the names (its
    "and" joins no two authors)."""
    body = ("- **Counting herons from the air**  \n"
            "P. Dorran, S. Halvey, **R. deVarenne**, B. Norbury. *Journal of Waders and Shorebirds*. "
            "[DOI](https://doi.org/10.1000/waders.1)\n")
    pub = pubs_of(tmp_path, body).publications[0]
    assert [a.name for a in pub.authors] == ["P. Dorran", "S. Halvey", "R. deVarenne", "B. Norbury"]
    assert pub.venue == "Journal of Waders and Shorebirds"


def test_an_italic_et_al_closing_an_author_line_is_no_venue(tmp_path):
    """"A, **Owner**, *et al.*": the italics cut the list of names short; they name no venue."""
    body = ("- **Counting herons from the air**  \n"
            "P. Dorran, **R. deVarenne**, *et al.*  \n"
            "[PDF](https://example.org/herons.pdf)\n")
    pub = pubs_of(tmp_path, body).publications[0]
    assert [a.name for a in pub.authors] == ["P. Dorran", "R. deVarenne"]
    assert pub.authors_truncated and not pub.venue and not pub.venue_full


TOPIC_HEADED_PARAGRAPHS = (
    "## Glaciers, rivers, and the people near them\n\n"
    "\"How Meltwater Reaches the Valley Floor\", with Ines Varga, Tomas Oyelaran, and Lu Brand. 2024. "
    "*Valley Studies* 5: 11-20. [link](https://example.org/v/5)\n\n"
    "“Counting Moraines from Orbit: A Field Guide”, with Ines Varga. 2022. *Ice Letters* 9: 1-9. "
    "[link](https://example.org/i/9)\n\n"
    "## Social media and protest movements\n\n"
    "“Shared Posts and Street Marches in Three Towns”, with Ada Pell. 2021. *Movement Review* 3: 40-51. "
    "[link](https://example.org/m/3)\n\n"
    "## Old conflicts and their memory\n\n"
    "“Remembering Raids: Village Accounts of the Hill Wars, 1911–1925”, with Ada Pell. 2019. *Memory Quarterly* "
    "8: 7-30. [link](https://example.org/q/8)\n\n"
    "“Songs after the Siege”. 2017. *Folk Notes* 2: 1-4. [link](https://example.org/f/2)\n")


def test_topic_headings_over_quoted_titles_whose_owner_is_implied_head_lists_not_papers(tmp_path):
    # a research page grouping its papers under topics: each paragraph opens with its own quoted title, then
    # "with" its coauthors (the owner implied), so the heading above it is a topic, whatever its words (a list of
    # three, "social media", a dated title under it)
    profile = pubs_of(tmp_path, TOPIC_HEADED_PARAGRAPHS)
    assert [p.title for p in profile.publications] == [
        "How Meltwater Reaches the Valley Floor", "Counting Moraines from Orbit: A Field Guide",
        "Shared Posts and Street Marches in Three Towns",
        "Remembering Raids: Village Accounts of the Hill Wars, 1911–1925", "Songs after the Siege"]
    first = profile.publications[0]
    assert [a.name for a in first.authors] == ["Rosa deVarenne", "Ines Varga", "Tomas Oyelaran", "Lu Brand"]
    assert (first.year, first.venue) == (2024, "Valley Studies")
    assert profile.publications[3].year == 2019


HARD_WRAPPED = (
    "#### 2021\n\n"
    "Amberly K, **deVarenne RM**, Dorran P, Ostrow\n"
    "B, Halvey ST. (2021) Counting stars and forgetting them\n"
    "over a long night of the sorting task. [Memory](https://memory.example.org/journal)\n\n"
    "Tamsin J, Norbury K, Ostrow B, van Holt J, de\n"
    "Souza L, **deVarenne RM**. (2021) Slow waves of attention in\n"
    "Amberly's sorting task. *Current Thoughts*\n")


def test_a_paragraph_hard_wrapped_at_a_width_is_one_citation_not_a_field_a_line(tmp_path):
    # markdown written wrapped at some width breaks its lines inside a name ("Ostrow" / "B, Halvey ST."), after a
    # preposition ("in" / "Amberly's") or before a lower-case word ("... them" / "over a long night"): the lines are
    # one citation read whole, not an author line, a title line and a venue line
    p = pubs_of(tmp_path, HARD_WRAPPED)
    got = [(x.title, [a.name for a in x.authors], x.venue, x.year) for x in p.publications]
    assert got == [
        ("Counting stars and forgetting them over a long night of the sorting task",
         ["Amberly K", "deVarenne RM", "Dorran P", "Ostrow B", "Halvey ST"], "Memory", 2021),
        ("Slow waves of attention in Amberly's sorting task",
         ["Tamsin J", "Norbury K", "Ostrow B", "van Holt J", "de Souza L", "deVarenne RM"], "Current Thoughts", 2021)]
    assert p.unparsed == []


SET_OFF_YEARS = (
    "### Articles\n\n"
    "*In review* &nbsp; Ostrow, B., **Alcott, W.,** Halvey, S. Tides of the inner bay. In review for the edited "
    "volume *Coasts Remembered*, eds. Ana Lee. Harbour Press.\n\n"
    "**2024** &nbsp; **Alcott, W.;** Amberly, K. Counting stars and forgetting them. *Memory Letters* 12.\n\n"
    "**2021** &nbsp; Norbury, K.; **Alcott, W.** Slow waves of attention. *Current Thoughts.*\n")


def test_a_year_or_a_status_set_off_by_a_non_breaking_space_opens_the_entry_not_its_names(tmp_path):
    # "**2024** &nbsp; **Lee, A.;** ...": a page's column of years typed in markdown, each year bold (or a status in
    # italics) and a non-breaking space after it: the entry's year (its status a note), the names after it; and "In
    # review for the edited volume *Book*" is the status leading into the venue, no words of the title
    p = pubs_of(tmp_path, SET_OFF_YEARS, owner="Wren Alcott")
    got = [(x.title, [a.name for a in x.authors], x.year, x.notes) for x in p.publications]
    assert got == [
        ("Tides of the inner bay", ["B. Ostrow", "W. Alcott", "S. Halvey"], None, ["In review"]),
        ("Counting stars and forgetting them", ["W. Alcott", "K. Amberly"], 2024, []),
        ("Slow waves of attention", ["K. Norbury", "W. Alcott"], 2021, [])]
    assert p.publications[0].venue.startswith("Coasts Remembered")


def test_paragraphs_opened_by_a_typed_bullet_are_the_lists_entries(tmp_path):
    # "• **Lee, A.**, Wu, B. (2018) Title. Venue, 1, 2-3.": a list typed with a bullet character, each item a
    # paragraph of its own; the bullet marks the item, it is no part of the first author's name
    body = ("• **Lindqvist, R.**, Ostrow, B., Tamsin, J. (2019) Tidal rhythm of a harbour crane. Journal of Docks, 12, "
            "40-51.\n\n"
            "• Amberly, K., **Lindqvist, R.**, Ostrow, B. (2017) Sorting parcels by moonlight. Freight Letters, 3(2), "
            "9-20.\n\n"
            "•**Lindqvist, R.**, Norbury, K., Amberly, K. (2015) A note on quay lengths. Port Studies, 7, 1-8.\n")
    p = pubs_of(tmp_path, body, owner="Rosa Lindqvist")
    got = [(x.title, [a.name for a in x.authors], x.year) for x in p.publications]
    assert got == [
        ("Tidal rhythm of a harbour crane", ["R. Lindqvist", "B. Ostrow", "J. Tamsin"], 2019),
        ("Sorting parcels by moonlight", ["K. Amberly", "R. Lindqvist", "B. Ostrow"], 2017),
        ("A note on quay lengths", ["R. Lindqvist", "K. Norbury", "K. Amberly"], 2015),
    ]


def test_an_apa_author_list_wrapped_before_the_line_with_its_year_and_title_is_one_list(tmp_path):
    # "Lind, A., Ode, K., Holt, M.," / "Roe, B., **Varenne, R.**, Wu, C. (2015). *Title.* Venue, 1-14.": the
    # names of the second line (up to the year that closes them) go on the first's, the title and venue after them
    body = ("## Publications\n\nLind, A., Ode, K., Holt, M., Sato, Y., Berg, P.,\n"
            "Roe, B., **Varenne, R.**, Wu, C. (2015). *Tidal mixing in fjords.* Ocean Letters, 1–14.\n\n"
            "Ode, K., & **Varenne, R.** (2012). *Salt in winter.* Estuary Science, 3(2), 10–19.\n")
    profile = pubs_of(tmp_path, body, owner="Rosa Varenne")
    first = profile.publications[0]
    assert first.title == "Tidal mixing in fjords" and first.year == 2015 and first.venue == "Ocean Letters"
    assert [a.name for a in first.authors] == ["A. Lind", "K. Ode", "M. Holt", "Y. Sato", "P. Berg", "B. Roe",
                                               "R. Varenne", "C. Wu"]


QUOTED_CARDS = (
    "#### [Frost heave under old railway embankments](https://doi.org/10.5555/frost.1)\n"
    "> Oskar Brenn, **Rosa Lindqvist** and Ilse Marr\n"
    ">\n"
    "> *Published*: **`March 3, 2021`**\n"
    ">\n"
    "> *Journal of Cold Ground*, *2022*, *14* (2), 101-119, [DOI: 10.5555/frost.1](https://doi.org/10.5555/frost.1)\n"
    "\n---\n"
    "#### [Counting ice lenses with a cheap radar](https://doi.org/10.5555/frost.2)\n"
    "> **Rosa Lindqvist** and Oskar Brenn\n"
    ">\n"
    "> *Published*: **`November 20, 2019`**\n"
    ">\n"
    "> *Permafrost Notes*, *2019*, *3*, 7-15, [DOI: 10.5555/frost.2](https://doi.org/10.5555/frost.2)\n"
)


def test_a_title_heading_over_a_quoted_card_with_a_labelled_date_is_one_paper_its_venue_the_dated_line(tmp_path):
    # "#### [Title](doi)" / "> authors" / "> *Published*: date" / "> *Venue*, *year*, ...": the card's body set as a
    # quote under its title heading; the labelled date is the day it came out, the line after it the venue (its
    # year the issue's, the date kept only where the years agree)
    p = pubs_of(tmp_path, QUOTED_CARDS, owner="Rosa Lindqvist")
    got = [(x.title, [a.name for a in x.authors], x.venue, x.year, x.date) for x in p.publications]
    assert got == [
        ("Frost heave under old railway embankments", ["Oskar Brenn", "Rosa Lindqvist", "Ilse Marr"],
         "Journal of Cold Ground", 2022, None),
        ("Counting ice lenses with a cheap radar", ["Rosa Lindqvist", "Oskar Brenn"], "Permafrost Notes", 2019,
         "2019-11-20"),
    ]


def test_a_labelled_date_row_over_a_line_of_links_stays_the_dated_third_line_of_its_card(tmp_path):
    # "Title" / "authors" / "Published: date" / "[PDF] | [Code]": no venue line after the dated row, so the row is
    # the card's dated third line as before (a labelled date is read only where a venue line follows it)
    body = ("Gravel bars of braided mountain rivers\n\n"
            "**Rosa Lindqvist**, Oskar Brenn and Ilse Marr\n\n"
            "Published: May 2, 2021\n\n"
            "[PDF](gravel.pdf) | [Code](https://github.com/example/gravel)\n\n"
            "Sediment pulses after a dam is removed\n\n"
            "**Rosa Lindqvist** and Oskar Brenn\n\n"
            "Published: June 5, 2019\n\n"
            "[PDF](pulses.pdf) | [Code](https://github.com/example/pulses)\n")
    p = pubs_of(tmp_path, body, owner="Rosa Lindqvist")
    got = [(x.title, len(x.authors), x.year, x.date, x.links.get("code")) for x in p.publications]
    assert got == [
        ("Gravel bars of braided mountain rivers", 3, 2021, "2021-05-02", "https://github.com/example/gravel"),
        ("Sediment pulses after a dam is removed", 2, 2019, "2019-06-05", "https://github.com/example/pulses"),
    ]
