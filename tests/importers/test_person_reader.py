"""The one person reader every family shares: job title, affiliation, education and advisors, wherever a page or a
site's data says them (prose in English or another language, a lab's member record, a page the home links to by a
reference link, a page of the owner's own). Pages are written here in our own words with invented names."""

from __future__ import annotations

from pathlib import Path

from kg.importers import import_path
from kg.importers.common import DEGREE_WORD, JOB_WORDS, without_degrees
from kg.importers.page.person import add_advisors, affiliation_from, degree_advisors, education_from

from .sitefiles import write_site


def _person(path: Path):
    return import_path(path).profile.person


def test_kramdown_spaced_reference_links_and_the_bio_page_they_name(tmp_path):
    # "[text] [label]" (kramdown's reference link with a space) names a place and the bio page the home links to
    root = write_site(tmp_path / "site", {
        "_config.yml": "title: Ravi Anand\nauthor:\n  name: Ravi Anand\n",
        "index.md": "---\nlayout: page\npermalink: /\n---\n\n"
                    "I am a [NRC] Research Scientist working at the [Rock Physics Lab] [RPL] in [Eastlake University] [EU].\n\n"
                    "More: [Short Biography] [BIO]\n\n"
                    "[BIO]: /bio/\n[NRC]: https://nrc.example.org\n[RPL]: https://rpl.example.org\n"
                    "[EU]: https://eu.example.edu\n",
        "bio.md": "---\nlayout: page\npermalink: /bio/\n---\n\n"
                  "I study how faults slip and heal. After completing my Ph.D at [Northgate University] [1], under the "
                  "guidance of [Prof. Lena Brandt] [2] and [Dr. Omar Haddad] [3], I did my postdoctoral studies in "
                  "the mountains.\n\n[1]: https://ng.example.edu\n[2]: https://lb.example.edu\n[3]: https://oh.example.edu\n",
    })
    p = _person(root)
    assert p.job_title == "NRC Research Scientist"
    assert [(a.name, a.department) for a in p.affiliations] == [("Eastlake University", "Rock Physics Lab")]
    assert [e.institution for e in p.education] == ["Northgate University"]
    assert p.advisors == ["Lena Brandt", "Omar Haddad"]


def test_lab_head_whose_record_lists_other_posts_after_the_main_one(tmp_path):
    # the head's "info" lists the main post first, then an affiliate and a research-associate post: still the head
    root = write_site(tmp_path / "lab", {
        "_config.yml": "title: Riverbend Fossil Lab\n",
        "_data/team_members.yml":
            "- name: Mira Castell\n"
            "  info: Assistant Professor, Earth Sciences<br>Affiliate faculty (Ecology)<br>Research Associate (Museum)\n"
            "  email: mira@example.edu\n"
            "  education1: BS in <a href=\"https://x.example.edu\">Geology</a> at Lakeside State University\n"
            "  education2: PhD in <a href=\"https://y.example.edu\">Biology</a> at Hillcrest University with "
            "<a href=\"https://z.example.edu\">Tobias Renn</a>\n"
            "- name: Ivo Stern\n  info: PhD student\n",
        "_pages/home.md": "---\nlayout: home\npermalink: /\n---\n\nWe study old bones.\n",
    })
    p = _person(root)
    assert p.name == "Mira Castell"
    assert p.job_title == "Assistant Professor"
    assert [e.institution for e in p.education] == ["Lakeside State University", "Hillcrest University"]
    assert p.advisors == ["Tobias Renn"]


def test_a_doctorate_line_with_a_bare_name_and_honours():
    assert degree_advisors("PhD in Biology at Hillcrest University with Tobias Renn") == ["Tobias Renn"]
    assert degree_advisors("PhD in Physics, Hillcrest University, with First Class Honours") == []
    assert education_from("BSc with First Class Honours, Hillcrest University").institution == "Hillcrest University"
    ed = education_from("2014-2018: B.Sc., Optics, Hillcrest University. Supervisors: Prof. Ann Roe & Assoc. Prof. Bo Li")
    assert ed.institution == "Hillcrest University"
    assert degree_advisors("Ph.D., Optics, Hillcrest University. Supervisor: Assoc. Prof. Camille-Ann Roux") == [
        "Camille-Ann Roux"]


def test_no_affiliation_from_a_greeting_a_call_or_a_heading():
    for text in ("Welcome to the lab website!", "Get a glimpse at life in the Roe Lab", "Group", "Research Directions",
                 "EDUCATION RESEARCH TEACHING AWARDS"):
        assert affiliation_from(text) is None, text
    assert affiliation_from("Hillcrest University").name == "Hillcrest University"


def test_job_words_in_the_languages_pages_are_written_in():
    for text in ("Professeur titulaire", "Anforderungsingenieur", "特命准教授", "profesor", "Research Associate",
                 "Post Doc", "Academic Lead for Software"):
        assert JOB_WORDS.search(text), text
    assert not JOB_WORDS.search("Engineering department")


def test_position_and_degrees_in_a_spanish_bio(tmp_path):
    page = tmp_path / "bio.md"
    page.write_text("# Pablo Ferrer\n\nArtista visual y ensayista en el campo de la imagen, trabajo como profesor en "
                    "la Facultad de Artes de la Universidad de Valdemar (UV). Estudié Cine en la Universidad de Portela, "
                    "Chile; soy Licenciado en Comunicación por la Universidad Autónoma de Valdemar (UAV) y Doctor en "
                    "Artes por la Universidad de Valdemar (UV).\n", encoding="utf-8")
    p = _person(page)
    assert p.job_title == "profesor"
    assert [a.name for a in p.affiliations] == ["Facultad de Artes de la Universidad de Valdemar"]
    assert [e.institution for e in p.education] == ["Universidad Autónoma de Valdemar", "Universidad de Valdemar",
                                                    "Universidad de Portela"]


def test_position_in_a_german_bio(tmp_path):
    page = tmp_path / "main.md"
    page.write_text("# Jonas Albrecht\n\nBis Ende 2022 war ich wissenschaftlicher Mitarbeiter an der Universität "
                    "Talheim. Derzeit arbeite ich als Anforderungsingenieur bei Nordlicht Systeme.\n", encoding="utf-8")
    p = _person(page)
    assert p.job_title == "Anforderungsingenieur"
    assert [a.name for a in p.affiliations] == ["Nordlicht Systeme"]


def test_config_bio_title_then_institution(tmp_path):
    root = write_site(tmp_path / "mm", {
        "_config.yml": "title: Ada Quill\nauthor:\n  name: Ada Quill\n"
                       "  bio: \"Research Associate in Mathematical Ecology, University of Northfield\"\n",
        "_pages/about.md": "---\npermalink: /\nauthor_profile: true\n---\n\nI count wildebeest.\n",
    })
    p = _person(root)
    assert p.job_title == "Research Associate in Mathematical Ecology"
    assert [a.name for a in p.affiliations] == ["University of Northfield"]


def test_owner_page_found_by_its_first_heading(tmp_path):
    # an al-folio lab site whose about page says little; "_pages/en/about_me.md" opens with the owner's name
    root = write_site(tmp_path / "af", {
        "_config.yml": "title: Wave Lab\nfirst_name: Lin\nlast_name: Okafor\n",
        "_pages/en/about.md": "---\nlayout: about\npermalink: /\n---\n\nWelcome to the lab website!\n",
        "_pages/en/about_me.md": "## Lin Okafor\n\n**Assistant Professor**\n\n**Education:**\n\n"
                                 "- 2019-2023: **Ph.D.**, _Optics_, [Hillcrest University](https://h.example.edu).\n"
                                 "Supervisor: Assoc. Prof. Mara Velde\n",
    })
    p = _person(root)
    assert p.job_title == "Assistant Professor"
    assert [e.institution for e in p.education] == ["Hillcrest University"]
    assert p.advisors == ["Mara Velde"]
    assert not any("Welcome" in a.name for a in p.affiliations)


def test_a_greeting_before_the_position_line(tmp_path):
    page = tmp_path / "index.md"
    page.write_text("# Nina Solberg\n\nHi, I am a particle physics post-doc at Northgate University, Wales, UK.\n",
                    encoding="utf-8")
    p = _person(page)
    assert p.job_title == "particle physics post-doc"
    assert [a.name for a in p.affiliations] == ["Northgate University"]


def test_a_short_sentence_of_studies_and_advisors_are(tmp_path):
    page = tmp_path / "index.md"
    page.write_text("# Dana Ruiz\n\nI am a PhD student at Northgate University. My advisors are Lena Brandt and Omar "
                    "Haddad.\n\nBefore grad school, I studied physics and English literature at Hillcrest University.\n",
                    encoding="utf-8")
    p = _person(page)
    assert [a.name for a in p.affiliations] == ["Northgate University"]
    assert "Hillcrest University" in [e.institution for e in p.education]  # (not a workplace)
    assert p.advisors == ["Lena Brandt", "Omar Haddad"]


def test_advisors_are_added_once_however_spelled():
    """Issue 7: every reader that adds advisors (a header line, prose, a CV item, a thesis note, a site's settings)
    adds them through one rule, one person once: the thesis note compared name keys, the others the exact text."""
    found = ["Jo Bell"]
    add_advisors(found, ["Bell, Jo", "jo  bell", "Ann Lee", "Ann Lee"])
    assert found == ["Jo Bell", "Ann Lee"]
    assert degree_advisors("Ph.D. in Physics, Inland University, advisor: Jo Bell, with Prof. Jo Bell") == ["Jo Bell"]


def test_a_degree_is_read_to_the_end_of_its_word_from_the_one_vocabulary():
    # common.DEGREES is the one list every degree pattern is built from: a degree ends where its word does
    # ("Doctoral", not "Doctor"; "Masterclass" names none), "MS:" opens an education line as "MS," does, and the
    # degrees after a name are the same degrees ("Jo Roe, M.Tech")
    def read(t):
        e = education_from(t)
        return e and (e.degree, e.institution, e.year)

    assert read("Doctoral studies in Physics, Lake University, 2015") == ("Doctoral", "Lake University", 2015)
    assert read("MS: Computer Science, Lake University (2019)") == ("MS", "Lake University", 2019)
    assert read("Masterclass in Design, Lake University, 2019") is None
    assert without_degrees("Jo Roe, M.Tech") == "Jo Roe"
    assert DEGREE_WORD.search("a B.Tech graduate")


def test_a_heading_joining_two_things_with_a_plus_names_no_one():
    # "React + Vite" (a starter's README): the "+" had been dropped as an emoji is, leaving "React Vite" a name
    from kg.importers.page.person import name_candidate

    assert name_candidate("React + Vite") is None
    assert name_candidate("Ines Vogt") == ("Ines Vogt", [])


def test_a_menu_link_named_github_and_advisors_under_whose_supervision_in_a_list_with_a_serial_comma(tmp_path):
    # a sidebar menu (chrome, skipped as page text) links the owner's profiles, GitHub among them under its own
    # name; the bio's place ends where "under the supervision of" begins, and the advisors' list keeps its last
    # name after ", and" (one with an elided particle, "d'Orsay")
    page = tmp_path / "index.html"
    page.write_text(
        '<html><body><table><tr><td id="layout-menu">'
        '<div class="menu-item"><a href="index.html">Home</a></div>'
        '<div class="menu-item"><a href="https://scholar.google.com/citations?user=QwErTyUiOpAS">Scholar</a></div>'
        '<div class="menu-item"><a href="https://github.com/lenvarro/">GitHub</a></div>'
        '</td><td id="layout-content"><h1>Lena Varro</h1>'
        "<p>Since 2021, I am a PhD candidate at Brackwater Institute under the supervision of Ivo d'Orsay, Mina "
        "Talb, and Ruth Ensor working on models of river ice.</p></td></tr></table></body></html>",
        encoding="utf-8")
    p = _person(page)
    assert p.identifiers.get("github") == "lenvarro"
    assert [(a.name, a.role) for a in p.affiliations] == [("Brackwater Institute", "PhD candidate")]
    assert p.advisors == ["Ivo d'Orsay", "Mina Talb", "Ruth Ensor"]


def test_a_footer_link_to_a_code_host_on_a_persons_name_is_not_the_owners_account(tmp_path):
    page = tmp_path / "index.html"
    page.write_text(
        "<html><body><h1>Lena Varro</h1><p>I am a lecturer at Brackwater Institute.</p>"
        '<footer>Theme by <a href="https://github.com/omarkeel">Omar Keel</a></footer></body></html>',
        encoding="utf-8")
    assert "github" not in _person(page).identifiers


def test_an_advisor_titled_associate_prof_in_lower_case():
    from kg.importers.page.person import advisors_in

    text = "Under the supervision of Prof. Oren Valk and associate Prof. Tia Brum, I study sparse sampling."
    assert advisors_in(text) == ["Oren Valk", "Tia Brum"]


def test_a_position_named_with_its_workplace_wins_over_the_fields_one_lists_oneself_by(tmp_path):
    write_site(tmp_path, {
        "_config.yml": 'title: "Mira Tolland"\nauthor:\n  name: "Mira Tolland"\n',
        "_pages/about.md": (
            '---\npermalink: /\ntitle: "Mira Tolland"\nauthor_profile: true\n---\n\n'
            '<div style="display: flex;">\n  <div style="flex: 1;">\n    <h2>I am a...</h2>\n    <ul>\n'
            "      <li>ecologist</li>\n      <li>cartographer</li>\n      <li>glaciologist</li>\n"
            "    </ul>\n  </div>\n</div>\n\n## Now\n\n"
            '<div style="display: flex;">\n  <div style="flex: 1;">\n'
            "    <p>I am a Lecturer at Northfield University in the School of Earth Sciences, where my work follows "
            "how glaciers retreat and what the meltwater carries downstream.</p>\n  </div>\n</div>\n"),
    })
    person = _person(tmp_path)
    assert person.job_title == "Lecturer"
    assert person.affiliations[0].role == "Lecturer"


def test_a_workplace_written_then_repeated_as_its_link_is_named_once(tmp_path):
    (tmp_path / "index.html").write_text(
        "<html><body><h1>Oren Valdes</h1>\n<p>Since 2021, I am a PhD candidate at Kestrel Polytechnic "
        '<a href="https://kestrel.example.edu/">Kestrel Polytechnic</a> under the supervision of '
        '<a href="https://kestrel.example.edu/~ilse">Ilse Moravec</a>, working on sparse models of river flow.</p>'
        "\n</body></html>\n", encoding="utf-8")
    person = _person(tmp_path)
    assert [a.name for a in person.affiliations] == ["Kestrel Polytechnic"]


def test_advisors_with_honours_in_brackets_and_a_second_label_after_a_comma():
    """'Supervisors: Prof. A (X Fellow, Fellow of the Y Society), Prof. B (...)': the remark's comma ended the list
    after A; 'Advisor: A, Co-Advisors: B' (an education item's sub-items joined): the second label was read as a
    name of the first list and B was lost."""
    from kg.importers.page.person import advisors_in

    assert advisors_in("Supervisors: Prof. Ida Berg (Lake Fellow, Fellow of the Inland Society of Letters), "
                       "Prof. Tom Vik (Lake Fellow)") == ["Ida Berg", "Tom Vik"]
    assert advisors_in("Ph.D. in Optics, Inland University (2019-2023), Advisor: Ida Berg, Co-Advisors: Tom Vik, "
                       "Kari Moe") == ["Ida Berg", "Tom Vik", "Kari Moe"]
    assert advisors_in("co-supervised by A. Lee (LIGM) and Bo Roe (LIX)") == ["A. Lee", "Bo Roe"]


def test_i_am_at_a_place_supervised_by_someone_names_the_affiliation(tmp_path):
    """'I am at HKLU, supervised by Prof. A and Prof. B.': the place of a sentence naming whom the owner works
    under is the affiliation (there was none: no position is named, and an acronym is no organisation by its words)."""
    page = tmp_path / "about.md"
    page.write_text("# Ida Berg\n\nMy research is on lake ice. I am at HKLU, supervised by Prof. Tom Vik and "
                    "Prof. Kari Moe. I studied at Inland University.\n", encoding="utf-8")
    person = import_path(page).profile.person
    assert [a.name for a in person.affiliations] == ["HKLU"]
    assert person.advisors == ["Tom Vik", "Kari Moe"]
    page.write_text("# Ida Berg\n\nI am at ICML in Vienna this week.\n", encoding="utf-8")
    assert import_path(page).profile.person.affiliations == []


def test_a_school_then_its_degree_with_no_comma_between_keeps_the_campus():
    """'2009-2014 Inland University at Eastfield BSc Biology' (the school set in bold, the degree after it): the
    campus after 'at' was cut off, and with a year before the school the campus was never joined back."""
    ed = education_from("2009-2014 Inland University at Eastfield BSc Biology", school_only=True)
    assert (ed.degree, ed.institution, ed.year) == ("BSc", "Inland University at Eastfield", 2014)
    ed = education_from("2010-2014, University of Lakes at Northfield, MSc", school_only=True)
    assert ed.institution == "University of Lakes at Northfield"


def test_working_as_a_position_at_a_place_is_no_part_of_the_title(tmp_path):
    """'I am working as an R&D Engineer at Lakeside Systems.': the job title was 'working as an R&D Engineer'."""
    page = tmp_path / "about.md"
    page.write_text("# Ida Berg\n\nI am working as an R&D Engineer at [Lakeside Systems](https://example.com/).\n",
                    encoding="utf-8")
    person = import_path(page).profile.person
    assert person.job_title == "R&D Engineer"
    assert [(a.name, a.role) for a in person.affiliations][:1] == [("Lakeside Systems", "R&D Engineer")]


def test_a_degrees_partner_and_the_month_it_was_earned_are_no_part_of_its_place(tmp_path):
    """'Ph.D. in Optics, Inland University (2019-2023)' over 'Joint training with Lake Lab and Inland University':
    the partner line's words were the place; 'I earned my Ph.D. from ... Inland University in June 2023' gave the
    place 'Inland University in June 2023' (a second degree beside the listed one)."""
    ed = education_from("Ph.D. in Optics, Inland University (2019-2023), Joint training with Lake Lab and Inland "
                        "University, Advisor: Ida Berg", school_only=True)
    assert (ed.degree, ed.institution, ed.year) == ("Ph.D.", "Inland University", 2023)
    assert education_from("I received my PhD from Hill University in May 2020.").institution == "Hill University"
    page = tmp_path / "about.md"
    page.write_text("# Tom Vik\n\nI am a Lake Engineer at Northwind. I earned my Ph.D. from the College of Optics, "
                    "Inland University in June 2023.\n\n## Education\n\n"
                    "- **Ph.D. in Optics, Inland University (2019-2023)**\n", encoding="utf-8")
    assert [(e.degree, e.institution) for e in import_path(page).profile.person.education] == [
        ("Ph.D.", "Inland University")]
