"""Page shapes met in batch 43b, in synthetic form: a lab's publication page in Markdown where each paper sits under
a heading that names its topic, the paper's own title written inside the citation paragraph below it ("### Reef
growth" / "Pike, A., Rowan, D. Title. *Venue* (2024)."), the names written family name first (a consortium among
them), a word of the title in italics; a title running into the venue's link; a note box of prose between papers;
a bio that names the owner's position in a later sentence and the advisors of the research done with them."""

from __future__ import annotations

from kg.importers import import_path
from kg.importers.page.citation import uninvert_authors

_TOPICS = """# Publications

### Reef growth in warm and shallow seas

**Pike, A.**, Ortiz, B., **Rowan, D**. Temperature shifts drive calcification rates across three oceans *bioRxiv* (2024). [https://www.biorxiv.org/content/10.1101/2024.01.01.111111v1](https://www.biorxiv.org/content/10.1101/2024.01.01.111111v1).
"""


def _profile(tmp_path, text: str, name: str = "publications.md"):
    page = tmp_path / name
    page.write_text(text)
    return import_path(page).profile


def _pubs(tmp_path, text: str):
    return _profile(tmp_path, text).publications


def test_a_topic_heading_over_a_citation_with_its_own_title_is_no_title(tmp_path):
    # the paragraph under the heading reads alone as a whole paper (names, title, venue, year): the heading names
    # the paper's topic, the paper's title is the one the citation writes
    pubs = _pubs(tmp_path, _TOPICS)
    # (the whole list: the heading is no work of its own either)
    assert [(p.title, p.venue, p.year) for p in pubs] == [
        ("Temperature shifts drive calcification rates across three oceans", "bioRxiv", 2024)]
    assert [a.name for a in pubs[0].authors] == ["A. Pike", "B. Ortiz", "D. Rowan"]


def test_a_heading_over_names_and_a_venue_only_stays_the_title(tmp_path):
    # no title written below: the heading is the paper's title, as before
    page = ("# Publications\n\n### Temperature shifts drive calcification rates\n\n"
            "**Pike, A.**, Ortiz, B., **Rowan, D**. *Marine Ecology* 12, 100-110 (2020).\n")
    pubs = _pubs(tmp_path, page)
    assert [(p.title, p.year) for p in pubs] == [("Temperature shifts drive calcification rates", 2020)]


def test_a_heading_over_undotted_names_and_a_venue_line_stays_the_title(tmp_path):
    # "A Lee, D Rowan, B Kim." over "AAAI Conference on X, 2025": read alone the paragraph's last name looks like a
    # title, but a name is none: the heading is the paper's title
    page = ("# Dana M Rowan\n\nI am a lecturer at Northfield University.\n\nSelected Publications\n======\n\n"
            "### Forgetting in small kernel networks\nA Lee, D M Rowan, B Kim, W B Kleijn.\n"
            "AAAI Conference on Artificial Intelligence, 2025 [Paper](https://example.org/p.pdf)\n\n"
            "We explain why small kernel networks forget what they learnt before, and how to keep it.\n")
    pubs = _pubs(tmp_path, page)
    assert [(p.title, p.year) for p in pubs] == [("Forgetting in small kernel networks", 2025)]


def test_a_lower_case_word_in_italics_inside_the_title_is_no_venue(tmp_path):
    # "*trans*" stresses a word of the title; the italic venue is the run that closes it
    page = ("# Publications\n\n- Lind, C., Rowan, D. Currents carry coral larvae in *trans* across open water to "
            "distant atolls *Marine Ecology* (2022).\n- Rowan, D., Pike, A. Heat and reefs. *Coral Reefs* (2021).\n")
    pub = _pubs(tmp_path, page)[0]
    assert (pub.title, pub.venue) == (
        "Currents carry coral larvae in trans across open water to distant atolls", "Marine Ecology")


def test_a_group_among_family_first_names_is_one_author():
    assert uninvert_authors("Rowan, D., Pike, A., Reef Survey Consortium, Ocean Watch Consortium, Lind, C.") == \
        "D. Rowan, A. Pike, Reef Survey Consortium, Ocean Watch Consortium, and C. Lind"


def test_a_sentence_telling_the_reader_what_they_can_do_is_no_paper(tmp_path):
    # "You can also browse X in the [Reef Atlas](url)!" in a note box between the papers: the page's prose, no entry
    (tmp_path / "_quarto.yml").write_text("project:\n  type: website\nwebsite:\n  title: Rowan Lab\n")
    (tmp_path / "index.qmd").write_text("---\ntitle: Rowan Lab\n---\n\nThe lab of Dana Rowan.\n")
    (tmp_path / "publications.qmd").write_text(
        "---\ntitle: Publications\n---\n\n### Heat\n\n**Rowan, D.**, Pike, A. Heat and reefs in shallow water. "
        "*Coral Reefs* (2021).\n\n::: {.callout-note}\nYou can also browse the reef maps in the [University of "
        "Northfield Reef Atlas](https://atlas.example.org/reefs)!\n\nHead over to the [Atlas](atlas.qmd) page.\n"
        ":::\n\n### Larvae\n\n**Lind, C.**, **Rowan, D**. Currents and larvae in open water. *Marine Ecology* "
        "(2022).\n")
    pubs = import_path(tmp_path).profile.publications
    assert [p.title for p in pubs] == ["Heat and reefs in shallow water", "Currents and larvae in open water"]



_BIO = """# Dana Rowan, Ph.D.

Before starting her lab, Dana earned a B.S. in Marine Biology at Northfield University and went on to conduct
graduate research with Dr. Ines Carvalho as part of the Ocean Sciences PhD program at Southport University. She
pursued post-doctoral research studying coral larvae with Dr. Tomas Berg at the Eastlake Institute. Now, Dana is an
Associate Professor in the Department of Biology at Westfield University. In her free time, Dana enjoys sailing.
"""


def _person(tmp_path, text: str):
    return _profile(tmp_path, text, "index.md").person


def test_a_later_sentence_naming_the_owner_by_given_name_gives_the_position(tmp_path):
    # "Now, Dana is an Associate Professor ... at Westfield University": the third sentence of the bio, a word of
    # time before the owner's given name
    person = _person(tmp_path, _BIO)
    assert person.job_title == "Associate Professor"
    assert any("Westfield University" in a.name for a in person.affiliations)


def test_the_advisors_of_graduate_and_post_doctoral_research(tmp_path):
    # "conduct graduate research with Dr. A", "post-doctoral research studying X with Dr. B": the advisors
    assert _person(tmp_path, _BIO).advisors == ["Ines Carvalho", "Tomas Berg"]


def test_a_link_naming_the_venue_closes_the_title_line(tmp_path):
    # "Title [Journal of X](url)" on the line under the names, no stop between: the link's label is the venue, its
    # address the paper's; the title stops before it
    page = ("# Publications\n\n* Ann Lee, Dana Rowan, Bo Kim.\nTidal mixing in narrow shelf seas "
            "[Journal of Marine Research](https://example.org/jmr/2023/12)\n\n"
            "* Dana Rowan, Ann Lee. Heat and reefs. *Coral Reefs* (2021).\n")
    pub = _pubs(tmp_path, page)[0]
    assert (pub.title, pub.venue) == ("Tidal mixing in narrow shelf seas", "Journal of Marine Research")
    assert "https://example.org/jmr/2023/12" in pub.links.values()
