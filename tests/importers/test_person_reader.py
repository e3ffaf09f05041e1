"""The one person reader every family shares: job title, affiliation, education and advisors, wherever a page or a
site's data says them (prose in English or another language, a lab's member record, a page the home links to by a
reference link, a page of the owner's own). Pages are written here in our own words with invented names."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.importers import import_path
from kg.importers.base import ImportOptions, SourceDoc
from kg.importers.common import DEGREE_WORD, JOB_WORDS, without_degrees
from kg.importers.page.person import add_advisors, advisors_in, affiliation_from, degree_advisors, education_from

from .sitefiles import academicpages_home, imported_site, write_site


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


def test_a_capital_the_opening_a_listed_place_is_its_names_word():
    # "Ph.D., Optics, The Lakeside University, 2013" in an education list: "The" is written as the place's own
    # word; "at the Lakeside University" in a sentence leaves the sentence's article out
    assert education_from("Ph.D., Optics, The Lakeside University, 2013").institution == "The Lakeside University"
    assert education_from("Ph.D. in Optics at the Lakeside University").institution == "Lakeside University"
    # a sentence's stop after the place ends it: the thesis told after it is no part of the place's name
    assert education_from("M.Sc. in Geology, Lakeside University. Thesis work on river deltas.").institution \
        == "Lakeside University"
    # (a stop after a short form is none, though its stem be four letters long and the next word written in
    # capitals: "Ecole Polytech. Fed. Lausanne", the next word itself short)
    assert education_from("Ph.D., Ecole Polytech. Fed. Lausanne, 2015").institution == "Ecole Polytech. Fed. Lausanne"
    assert education_from("Ph.D. in Mathematics, Université Paris-Saclay. Thèse dirigée par Jean Roux.").institution \
        == "Université Paris-Saclay"
    # a degree two schools award together: the second school, not the "and the" that joins it to the first
    assert education_from("M.Eng. in Optics, jointly at the Tarn Institute of Optics (TIO) and the Lindau University "
                          "(LU)").institution == "Lindau University"
    assert education_from("Ph.D., Tarn Institute of Optics, Hill Academy, and the Lindau University").institution \
        == "Lindau University"


def test_a_degree_line_whose_pieces_dots_set_apart_names_a_school_by_its_acronym():
    # "Ph.D. in Economics ∙ TIEF ∙ 2025" in a bio's paragraphs (a graduation-cap icon before it, no education
    # heading): degree, where, when, the school written by its acronym without "University"; a piece of the same
    # look that is no school's acronym ("AI"), or a line with no year, names none
    ed = education_from("Ph.D. in Economics  &#8729; TIEF  &#8729;  2025".replace("&#8729;", "∙"))
    assert (ed.degree, ed.field, ed.institution, ed.year) == ("Ph.D.", "Economics", "TIEF", 2025)
    assert education_from("PhD · AI · 2024") is None
    assert education_from("Analyst · PhD in Economics · Tarn Invest") is None
    assert education_from("PhD student · Deep Learning · 2024") is None


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


def test_the_word_before_a_listed_place_is_none_of_its_name():
    # a position line "post, unit, place" in the page's language: "at the", "en la", "na", "à l'", "в" open the
    # place's piece, the name after them
    for text, name, dept in (("School of Botany, at the University of Eastvale", "University of Eastvale",
                              "School of Botany"),
                             ("Departamento de Química, en la Universidad de Valdemar", "Universidad de Valdemar",
                              "Departamento de Química"),
                             ("Departamento de Física, na Universidade de Portela", "Universidade de Portela",
                              "Departamento de Física"),
                             ("Département de biologie, à l’Université de Rivesaltes", "Université de Rivesaltes",
                              "Département de biologie"),
                             ("в Институте Северной Физики", "Институте Северной Физики", None)):
        aff = affiliation_from(text)
        assert (aff.name, aff.department) == (name, dept), text
    # (a lower-case word of the name's own, or a capital one, stays: "Am Wald Institut" is a name)
    assert affiliation_from("Am Wald Institut").name == "Am Wald Institut"


def test_position_words_in_portuguese_and_russian():
    for text in ("Professora Associada", "pesquisador", "Doutoranda", "доцент", "старший научный сотрудник",
                 "инженер-исследователь"):
        assert JOB_WORDS.search(text), text


def _person_view(person, key: str):
    """A field of a person read from a page, as a case of the test below names it: ``job_title``, or
    ``affiliations:name,role`` (the affiliations' names and roles, a tuple each; one attribute alone: its values)."""
    field, _, attrs = key.partition(":")
    value = getattr(person, field)
    if not attrs:
        return value
    names = attrs.split(",")
    return [tuple(getattr(x, a) for a in names) if len(names) > 1 else getattr(x, names[0]) for x in value]


@pytest.mark.parametrize("name, text, expected", [
    pytest.param("index.md",
                 "# Rita Sousa\n\n- Professora Adjunta, Departamento de Botânica, na Universidade de Portela\n\n"
                 "## Publicações\n\n1. Rita Sousa, Ivo Lima. Um estudo de folhas. Revista de Botânica, 2020.\n",
                 {"job_title": "Professora Adjunta",
                  "affiliations:name,department": [("Universidade de Portela", "Departamento de Botânica")]},
                 id="a_portuguese_position_line_sets_post_unit_and_place"),
    pytest.param("bio.md",
                 "# Pablo Ferrer\n\nArtista visual y ensayista en el campo de la imagen, trabajo como profesor en "
                 "la Facultad de Artes de la Universidad de Valdemar (UV). Estudié Cine en la Universidad de Portela, "
                 "Chile; soy Licenciado en Comunicación por la Universidad Autónoma de Valdemar (UAV) y Doctor en "
                 "Artes por la Universidad de Valdemar (UV).\n",
                 {"job_title": "profesor",
                  # (the faculty "de la" its university: the university, its unit the department)
                  "affiliations:name,department": [("Universidad de Valdemar", "Facultad de Artes")],
                  "education:institution": ["Universidad Autónoma de Valdemar",
                                            "Universidad de Valdemar",
                                            "Universidad de Portela"]},
                 id="position_and_degrees_in_a_spanish_bio"),
    # Portuguese: "Atualmente é professora no Instituto X (SC) e coordena ...": the post held now, its place ending
    # where the sentence goes on; "é Doutora em X pela Y" before it is no post but a degree (w84e: read since);
    # "analista" is a post
    pytest.param("index.md",
                 "# Neya Cardoso\n\nA Profa. Neya Cardoso é Doutora em Sociologia pela Universidade do Sul. "
                 "Atualmente é professora no Instituto Litoral de Artes (SC) e coordena o curso de Música.\n",
                 {"job_title": "professora", "affiliations:name": ["Instituto Litoral de Artes"],
                  "education:degree,field,institution": [("Doutora", "Sociologia", "Universidade do Sul")]},
                 id="position_in_a_portuguese_bio"),
    pytest.param("index.md",
                 "# Davi Serra\n\nSou doutor em Economia pela Universidade do Vale. Atualmente sou analista de "
                 "mercados na [Porto Dados](https://portodados.example).\n",
                 {"job_title": "analista de mercados", "affiliations:name": ["Porto Dados"]},
                 id="an_analysts_post_in_a_portuguese_bio"),
    # w84e: "atuo (desde 2010) como X na Y", the owner's post told by the verb of acting as (before: none read)
    pytest.param("index.md",
                 "# Lia Moura\n\nEm 2009 obtive meu doutorado em Física na Universidade do Vale e atuo desde 2012 como "
                 "professora na Faculdade Serra Azul, que é um campus da Universidade do Vale.\n",
                 {"job_title": "professora", "affiliations:name": ["Faculdade Serra Azul"],
                  "education:institution": ["Universidade do Vale"]},
                 id="a_post_told_by_acting_as_in_a_portuguese_bio"),
    # r78g: "de/da/em" join a Portuguese post to its field as well as to its place: "no/na" is the place word
    # tried first (before: "professor de Ciência" at "Computação na Universidade ..."; "Física no Instituto ...")
    pytest.param("index.md",
                 "# Rui Lopes\n\nRui Lopes é Doutor em Física. Atualmente é professor de Ciência da Computação na "
                 "Universidade Federal do Planalto. Gosta de xadrez.\n",
                 {"job_title": "professor de Ciência da Computação",
                  "affiliations:name": ["Universidade Federal do Planalto"]},
                 id="a_portuguese_post_and_its_field_then_na_and_the_place"),
    pytest.param("index.md",
                 "# Rita Lopes\n\nRita Lopes é mestre em Química. Atualmente sou doutoranda em Química no Instituto "
                 "de Química Aplicada. Gosto de xadrez.\n",
                 {"job_title": "doutoranda em Química", "affiliations:name": ["Instituto de Química Aplicada"]},
                 id="a_portuguese_doctoral_students_field_then_no_and_the_place"),
    # w79e: the place of a post in French, Spanish or Italian ends where the sentence goes on ("et membre de ...", "y
    # coordino ...", "e docente di ...") or says since when ("depuis 2014"): one rule, its words as data (before: the
    # rest of the sentence kept in the place's name); a grade in brackets after the French title ("(Hors Classe)"),
    # and a unit "de l'Université X": the university, the unit its department (before: no post at all)
    pytest.param("index.md",
                 "# Lise Varenne\n\nJe suis Maître de Conférences (Hors Classe) en Géologie à l'UFR de Sciences de "
                 "l'Université de Valmont et membre de l'équipe TERRA. Mes recherches portent sur les roches.\n",
                 {"job_title": "Maître de Conférences (Hors Classe) en Géologie",
                  "affiliations:name,department": [("Université de Valmont", "UFR de Sciences")]},
                 id="a_french_grade_in_brackets_and_a_unit_of_the_university_then_et_membre"),
    pytest.param("index.md",
                 "# Lise Varenne\n\nJe suis maître de conférences à l'Université de Valmont depuis 2014. J'enseigne "
                 "la géologie.\n",
                 {"job_title": "maître de conférences", "affiliations:name": ["Université de Valmont"]},
                 id="a_french_place_then_since_when"),
    pytest.param("index.md",
                 "# Nuria Campos\n\nActualmente soy profesora titular en la Universidad de Portela y coordino el "
                 "grupo de óptica aplicada.\n",
                 {"job_title": "profesora titular", "affiliations:name": ["Universidad de Portela"]},
                 id="a_spanish_place_then_y_and_what_else_the_owner_does"),
    pytest.param("index.md",
                 "# Chiara Lario\n\nSono ricercatrice presso la Fondazione Istituto Lario e docente di Fisica. Ho "
                 "conseguito la Laurea Magistrale (con lode) in Fisica all'Università di Brenta.\n",
                 {"job_title": "ricercatrice", "affiliations:name": ["Fondazione Istituto Lario"],
                  "education:institution": ["Università di Brenta"]},
                 id="an_italian_place_then_e_docente_and_a_degree_with_honours_in_brackets"),
    # rm-w79e: a place's name in sentence case goes on after its "and" (before the review: "Laboratoire de
    # mathématiques", "Dipartimento di Scienze politiche", cut there); German's adjective in lower case after "und"
    # is a name's ("und angewandte Mathematik"), "und bin Mitglied ..." goes on
    pytest.param("index.md",
                 "# Lise Varenne\n\nJe suis maître de conférences au Laboratoire de mathématiques et applications de "
                 "l'Université de Valmont, où j'étudie les graphes aléatoires.\n",
                 {"job_title": "maître de conférences",
                  "affiliations:name,department": [("Université de Valmont",
                                                    "Laboratoire de mathématiques et applications")]},
                 id="a_french_lab_in_sentence_case_goes_on_after_et"),
    pytest.param("index.md",
                 "# Chiara Lario\n\nSono ricercatrice presso il Dipartimento di Scienze politiche e sociali "
                 "dell'Università di Brenta, dove studio il voto.\n",
                 {"job_title": "ricercatrice",
                  "affiliations:name,department": [("Università di Brenta",
                                                    "Dipartimento di Scienze politiche e sociali")]},
                 id="an_italian_department_in_sentence_case_goes_on_after_e"),
    pytest.param("index.md",
                 "# Jana Voss\n\nDerzeit arbeite ich als wissenschaftliche Mitarbeiterin am Institut für Informatik "
                 "und angewandte Mathematik der Universität Brenta, wo ich Graphen untersuche.\n",
                 {"job_title": "wissenschaftliche Mitarbeiterin",
                  "affiliations:name,department": [("Universität Brenta",
                                                    "Institut für Informatik und angewandte Mathematik")]},
                 id="a_german_adjective_in_lower_case_after_und_is_the_names"),
    pytest.param("index.md",
                 "# Jana Voss\n\nDerzeit arbeite ich als wissenschaftliche Mitarbeiterin an der Universität Brenta "
                 "und bin Mitglied im Exzellenzcluster für kollektives Verhalten.\n",
                 {"job_title": "wissenschaftliche Mitarbeiterin", "affiliations:name": ["Universität Brenta"]},
                 id="a_german_place_then_und_bin_goes_on"),
    # rm-w79e: the feminine "maîtresse de conférences" (before: no post, no place)
    pytest.param("index.md",
                 "# Lise Varenne\n\nJe suis maîtresse de conférences à Valmont Université et membre de l'équipe "
                 "TERRA du laboratoire LGV.\n",
                 {"job_title": "maîtresse de conférences", "affiliations:name": ["Valmont Université"]},
                 id="a_french_maitresse_de_conferences_then_et_membre"),
    # r78g: "e" and a small word inside a place's name ("Faculdade de X e de Y") is no end of the place (before:
    # "Faculdade de Engenharia Química")
    pytest.param("index.md",
                 "# Rui Lopes\n\nRui Lopes é Doutor em Física. Atualmente é professor na Faculdade de Engenharia "
                 "Química e de Alimentos da Universidade do Planalto.\n",
                 {"job_title": "professor",
                  "affiliations:name": ["Faculdade de Engenharia Química e de Alimentos da Universidade do Planalto"]},
                 id="a_portuguese_place_whose_name_holds_e_de"),
    # r78g: "que atualmente é professor na X" says another's post (an advisor's). Before: the owner's post
    pytest.param("index.md",
                 "# Rui Lopes\n\nMeu orientador, que atualmente é professor na Universidade do Planalto, me "
                 "apresentou o tema. Sou mestre em Física.\n",
                 {"job_title": None, "affiliations:name": []},
                 id="a_portuguese_post_said_of_someone_else_after_que"),
    # the other languages' places keep "y/und/e" and the words after them (before: cut at "y de", "und angewandte")
    pytest.param("index.md",
                 "# Pablo Lopez\n\nActualmente soy investigador en el Centro de Estudios y de Ensayos Avanzados del "
                 "Norte. Me gusta el ajedrez.\n",
                 {"job_title": "investigador",
                  "affiliations:name": ["Centro de Estudios y de Ensayos Avanzados del Norte"]},
                 id="a_spanish_place_whose_name_holds_y_de"),
    pytest.param("main.md",
                 "# Jonas Albrecht\n\nBis Ende 2022 war ich wissenschaftlicher Mitarbeiter an der Universität "
                 "Talheim. Derzeit arbeite ich als Anforderungsingenieur bei Nordlicht Systeme.\n",
                 {"job_title": "Anforderungsingenieur",
                  "affiliations:name": ["Nordlicht Systeme"]},
                 id="position_in_a_german_bio"),
    # "Ich arbeite bei X und bin Y an der Z": the position after "und bin" (the subject said once); a "Privatdozent"
    # is a position as a "Dozent" is
    pytest.param("main.md",
                 "# Lena Falk\n\nIch arbeite bei den Stadtwerken Lindau und bin Privatdozentin für Volkskunde an "
                 "der Universität Talheim.\n",
                 {"job_title": "Privatdozentin für Volkskunde",
                  "affiliations:name": ["Universität Talheim"]},
                 id="position_in_a_german_bio_said_with_its_second_verb"),
    # "Ich arbeite als X am Fachgebiet Y an der Z": the unit, then its university, more than a hundred characters
    # in all; before: no position read
    pytest.param("main.md",
                 "# Lena Falk\n\nIch arbeite als Wissenschaftliche Mitarbeiterin am Fachgebiet Historische "
                 "Sprachwissenschaft – Ältere deutsche Literatur an der Technischen Universität Talheim. Dort "
                 "gehöre ich dem Lesezirkel an, der sich mit alten Handschriften und ihren Schreibern befasst.\n",
                 {"job_title": "Wissenschaftliche Mitarbeiterin"},
                 id="a_german_position_at_a_unit_of_a_university_named_at_length"),
    pytest.param("index.md",
                 "# Nina Solberg\n\nHi, I am a particle physics post-doc at Northgate University, Wales, UK.\n",
                 {"job_title": "particle physics post-doc",
                  "affiliations:name": ["Northgate University"]},
                 id="a_greeting_before_the_position_line"),
    # "Hello! I'm **Nina Solberg** 🌊 I am currently a second-year PhD student at X": the greeting's "I'm" names the
    # owner, the sentence after it (no stop between, an emoji instead) gives the position. Before: the name, the
    # emoji and "I am currently" were read as the job title.
    pytest.param("index.md",
                 "# Nina Solberg\n\nHello! I'm **Nina Solberg** \U0001f30a I am currently a second-year PhD student in "
                 "the Department of Geology at Northgate University.\n",
                 {"job_title": "second-year PhD student",
                  "affiliations:name": ["Northgate University"]},
                 id="a_greeting_naming_the_owner_then_a_sentence_with_no_stop_between"),
    # A README's header: the degree "@" its school, a remark in brackets, then a former post on the next line
    # ("*Former Data Intern @ Lakeside Corp*"). Before: the two lines were read as one degree earned at the company,
    # or (apart) the degree line as a bio sentence with no degree in it.
    pytest.param("README.md",
                 "# Hi there, I'm Ola Berg\n### **Coastal Modeller**\n"
                 "**Master of Science by Research in Geology @ Tarn Institute of Technology** *(Joint with Fjord Lab, "
                 "Norway)*  \n*Former Data Intern @ Lakeside Corp (Maps Team)*\n",
                 {"education:degree,institution": [("Master of Science", "Tarn Institute of Technology")]},
                 id="a_header_degree_line_at_a_school_written_with_an_at_sign_over_a_former_post"),
    # "*Former Data Intern @ Lakeside Corp*" under the name: the post is over. Before: a current affiliation.
    pytest.param("README.md",
                 "# Hi there, I'm Ola Berg\n### **Coastal Modeller**\n*Former Data Intern @ Lakeside Corp (Maps Team)*\n",
                 {"affiliations:name,role,current": [("Lakeside Corp (Maps Team)", "Former Data Intern", False)]},
                 id="a_header_line_naming_a_former_post_gives_a_past_affiliation"),
    # "I started the River Cognition lab in TU Tarnberg from May 2021": the one place a lab head's bio names for
    # their work, no position given. Before: no affiliation.
    pytest.param("index.md",
                 "# Ana Ruiz\n\nI am a computational neuroscientist and I studied physics first. "
                 "I started the River Cognition lab in TU Tarnberg from May 2021.\n",
                 {"affiliations:name": ["TU Tarnberg"]},
                 id="the_place_of_the_lab_the_owner_started_is_their_affiliation"),
    # "he began by earning an Associate's Degree in Systems Programming from Harbor College in Cupertino
    # California": an associate's degree, told by "by earning", at the college (the town after "in" apart). Before,
    # neither the gerund nor an associate's degree was read: no degree.
    pytest.param("index.md",
                 "# Bo Lee\n\nBo Lee is an Assistant Professor with the Department of Physics at Tarn "
                 "University.  Following his service, he began by earning an Associate's Degree in Systems "
                 "Programming from Harbor College in Cupertino California.  Following this, he returned. He "
                 "works as an associate professor of physics.\n",
                 {"education:degree,field,institution": [("Associate's", "Systems Programming", "Harbor College")]},
                 id="a_degree_a_third_person_bio_names_by_a_gerund_and_its_town"),
    # "completing my undergraduate degree at X (in 1999)": a place of study and the year, no degree's name; "my PhD
    # under the auspices of A and B": the doctorate's advisors
    pytest.param("index.md",
                 "# Noel Varga\n\nI grew up by the sea, completing my undergraduate degree at Eastmoor University "
                 "(in 2003). I then moved inland for my PhD under the auspices of [Ines Corr](https://example.org/ic) "
                 "and [Paul Vint](https://example.org/pv).\n",
                 {"education:institution,year": [("Eastmoor University", 2003)],
                  "advisors": ["Ines Corr", "Paul Vint"]},
                 id="an_undergraduate_degree_told_without_its_name_and_a_doctorate_under_the_auspices_of_two"),
    # the owner's card: name, email, position, school, then "Advised by <a>Name</a>" on a line of its own (no
    # "Advisor:" label and colon) and a funding line after it, which names no person
    pytest.param("index.html",
                 "<html><body><table><tr><td><p><b>Noor Halvorsen</b><br />\n"
                 "<a href=\"mailto:noor@example.edu\">noor@example.edu</a><br />\n"
                 "PhD student, <a href=\"https://ee.example.edu\">Department of Radio Engineering</a><br />\n"
                 "<a href=\"https://example.edu\">Westmark University</a></p>\n"
                 "<p>Advised by <a href=\"https://lab.example.edu\">Teodor Vasquez</a> <br />\n"
                 "Funded by a <a href=\"https://fund.example.org\">graduate fellowship</a> <br /></p>\n"
                 "</td></tr></table><h1>Research Interests</h1><p>Antennas, radar</p></body></html>\n",
                 {"advisors": ["Teodor Vasquez"]},
                 id="an_advised_by_line_in_the_header_card_names_the_advisor"),
    # a CV as boxes, not a list: in each, a position (or a degree) alone on its first line, its place and dates on
    # the second, and lines that describe it; "Supervision: Prof. Dr. A, Prof. Dr. B" under the doctorate names its
    # advisors (the postdoc's supervisor advises no degree)
    pytest.param("index.html",
                 "<html><head><title>Ana Ferro</title></head><body><h1>Ana Ferro</h1><section><h3>Short CV</h3>"
                 "<div class=\"timeline\">"
                 "<div class=\"timeline-item\"><span class=\"cv-title\">Postdoctoral Researcher</span>\n"
                 "<span class=\"cv-meta\">University of Eastfield, Institute for Numerics | Jun 2023 – Jun 2024</span>\n"
                 "<p>Supervision: <a href=\"https://x.example.org\">Prof. Dr. K. Lind</a></p></div>\n"
                 "<div class=\"timeline-item\"><span class=\"cv-title\">PhD (Dr. rer. nat.) in Mathematics</span>\n"
                 "<span class=\"cv-meta\">University of Westmark, Department of Mathematics | Oct 2017 – Sep 2021</span>\n"
                 "<p>Supervision: <a href=\"https://y.example.org\">Prof. Dr. J. Okafor</a>, <a href=\"https://z.example.org\">"
                 "Prof. Dr. M. Berg</a>, also see <a href=\"https://g.example.org\">MGP</a></p></div>\n"
                 "<div class=\"timeline-item\"><span class=\"cv-title\">M.Sc. in Mathematics</span>\n"
                 "<span class=\"cv-meta\">University of Westmark | Oct 2011 – Sep 2016</span></div>\n"
                 "</div></section></body></html>\n",
                 {"education:degree,institution,year": [("PhD", "University of Westmark", 2021),
                                                        ("M.Sc.", "University of Westmark", 2016)],
                  "advisors": ["J. Okafor", "M. Berg"],
                  "affiliations:name,role": [("University of Eastfield, Institute for Numerics",
                                              "Postdoctoral Researcher")]},
                 id="cv_cards_of_a_title_line_over_a_place_and_dates_line"),
    # "<li><span class=bullet>◆</span> Topic</li>": the diamond is the list's bullet, as "•" is
    pytest.param("index.html",
                 "<html><head><title>Ana Ferro</title></head><body><h1>Ana Ferro</h1><section><h3>Research interests</h3>"
                 "<ul><li><span class=\"bullet-accent\">◆</span> Kinetic theory</li>"
                 "<li><span class=\"bullet-accent\">◆</span> Lattice dynamics</li>"
                 "<li><span class=\"bullet-accent\">♦</span> Ergodic theory</li></ul></section></body></html>\n",
                 {"interests": ["Kinetic theory", "Lattice dynamics", "Ergodic theory"]},
                 id="a_bullet_typed_as_a_diamond_in_its_own_span_is_no_part_of_the_item"),
    # "Lecturer<br>Inland University | 2022 – 2024<br>Research Fellow<br>Tarn Institute | 2019 – 2021" under an
    # experience heading: each title line goes with the place line under it, and the second pair is read too
    pytest.param("index.html",
                 "<html><head><title>Ana Ferro</title></head><body><h1>Ana Ferro</h1><h3>Experience</h3>"
                 "<p>Lecturer<br>Inland University, Department of Physics | 2022 – 2024<br>Research Fellow<br>"
                 "Tarn Institute of Optics | 2019 – 2021</p></body></html>\n",
                 {"affiliations:name,role": [("Inland University, Department of Physics", "Lecturer"),
                                             ("Tarn Institute of Optics", "Research Fellow")]},
                 id="two_positions_each_over_its_place_in_one_paragraph_of_lines"),
    # "completed my undergraduate degree with the [X Group](...) at the Technical College, Northby in Norland": the
    # group between the degree's words and "at" hid the place, and the town after the comma is its name's
    pytest.param("index.md",
                 "# Noel Varga\n\nI completed my undergraduate degree with the [Wave Optics Group](https://example.org)"
                 " at the Technical University, Northby in Norland in 2011.\n",
                 {"education:institution": ["Technical University, Northby"]},
                 id="an_undergraduate_degree_done_with_a_group_at_a_school_named_with_its_town"),
    # "Ingeniero en X con la especialidad en Y por el Z, campus W": the place after the last "por", the field's own
    # "en" passed over; the campus after a comma is the school's; "Maestro y Doctor en ... por el Centro Nacional de
    # Investigación y Desarrollo Tecnológico": two degrees of one place, the "y" inside its name
    pytest.param("about.md",
                 "# Lucía Arenas\n\nIngeniera en Sistemas Digitales con la especialidad en Redes y Servicios por el "
                 "Tecnológico Nacional de México, campus Valdemar. Maestra y Doctora en Ciencias en Ingeniería "
                 "Mecánica en el área de Diseño por el Centro Nacional de Estudios y Desarrollo Tecnológico, "
                 "Portela, Morelos.\n",
                 {"education:degree,institution": [("Ingeniera", "Tecnológico Nacional de México, campus Valdemar"),
                                                   ("Maestra", "Centro Nacional de Estudios y Desarrollo Tecnológico"),
                                                   ("Doctora", "Centro Nacional de Estudios y Desarrollo Tecnológico")]},
                 id="degrees_in_a_spanish_bio_with_long_fields_a_campus_and_a_y_inside_the_name"),
    # "I'm a civil servant trained in X, an <a>Engineer in A, B and C</a> and a PhD student in Economics at the Y":
    # the place is said with the last role. Before, the job was "Engineer" with "A, B and C and a PhD student in
    # Economics" as its department (or "statistician and a PhD student" as one title).
    pytest.param("index.md",
                 "# Remi Vautrin\n\nWelcome ! I'm a Senior Civil Servant trained in Economics and Statistics, a "
                 "<a href=\"https://stats.example.org\">Engineer in Statistics, Economics and Data Science</a> and a "
                 "PhD student in Economics at the <a href=\"https://econ.example.org\">Lyon School of Economics</a>.\n",
                 {"job_title": "PhD student",
                  "affiliations:name,role,department": [("Lyon School of Economics", "PhD student", None)]},
                 id="the_last_of_the_roles_a_bio_lists_before_the_place_is_the_position_there"),
    # 'Hi, I'm Mahdi - a PhD researcher at X': the title was 'Mahdi - a PhD researcher' (the name before a dash, as
    # before a comma in "I'm Ravi Menon, a PhD student").
    pytest.param("about.md",
                 "# Mahdi Zand\n\nI’m Mahdi - a PhD researcher at Lakeside University. I build models.\n",
                 {"job_title": "PhD researcher"},
                 id="a_self_introduction_with_a_dash_before_the_position_keeps_the_name_out_of_it"),
    # "* Lecturer, Institut Teknologi X, Indonesia." under "About me": six words or more in a bio's section read as
    # its prose, where "a position, a comma, its place" is still the position and where it is held
    pytest.param("index.md",
                 "# Rani Wulandari\n\n## About me\n\n* Lecturer, Institut Teknologi Kali Brantas, Indonesia.\n\n"
                 "## Publications\n\n1. Rani Wulandari, Bo Tan. Log parsing at scale. In Proc. ICSE 2020.\n",
                 {"job_title": "Lecturer",
                  "affiliations:name,role": [("Institut Teknologi Kali Brantas, Indonesia", "Lecturer")]},
                 id="a_position_comma_its_place_in_a_list_under_about_me"),
    # "a PhD. candidate at X": the degree's stop is no sentence's end; "My principal interests are:" (a label over
    # the list below it, "principal" a word of positions) is no position
    pytest.param("index.md",
                 "# Tomas Ferreyra\n\n**About me:**\n\nI am a PhD. candidate at the National University of the "
                 "Pampas.\n\nMy principal interests are:\n\n* power systems\n* optimization\n\n## Publications\n\n"
                 "1. Tomas Ferreyra, Ana Gil. Grid models. In Proc. PSCC 2022.\n",
                 {"job_title": "PhD candidate",
                  "affiliations:name": ["National University of the Pampas"]},
                 id="a_phd_written_with_a_stop_and_a_label_line_opening_a_list"),
    # "I received my Ph.D. in 2021 from X University and I am currently a postdoctoral scholar ... at Y": the
    # degree's place is X University, not the rest of the sentence
    pytest.param("index.md",
                 "# Kai Lund\n\n## About me\n\nI study how opinions change over a life. I received my Ph.D. in 2021 "
                 "from Northfield University and I am currently a postdoctoral scholar in the Department of "
                 "Sociology at Eastlake State University.\n\n## Publications\n\n"
                 "1. Kai Lund, Bo Tan. Opinion drift. Social Forces, 2022.\n",
                 {"education:degree,institution,year": [("Ph.D.", "Northfield University", 2021)]},
                 id="a_degrees_place_ends_where_the_owner_says_what_they_do_now"),
    # "I am group leader for Archaeogenetics at X": what the post is for, then its place (as "Professor for
    # Compilers at X" already read)
    pytest.param("index.md",
                 "# Ines Vogt\n\n## About me\n\nI am group leader for Ancient Genomes at the Lowmoor Institute for "
                 "Anthropology.\n\n## Publications\n\n1. Ines Vogt, Bo Tan. Old bones. Nature Letters, 2022.\n",
                 {"job_title": "group leader",
                  "affiliations:name,department": [("Lowmoor Institute for Anthropology", "Ancient Genomes")]},
                 id="a_post_for_a_field_at_a_place"),
    # "Dr.-Ing." (with a plain or a non-breaking hyphen) is a degree as "Dr. rer. nat." is
    pytest.param("index.md",
                 "# Jonas Weber\n\nI build sensors.\n\n## Education\n\n"
                 "- **2016 - 2020**, Dr.\u2011Ing., Technical University of Aachen\n"
                 "- **2013 - 2015**, Dr.-Ing., Lake University\n",
                 {"education:degree,institution": [
                      ("Dr.\u2011Ing.", "Technical University of Aachen"), ("Dr.-Ing.", "Lake University")]},
                 id="a_german_engineering_doctorate_is_read_as_the_degree"),
    # "I graduated from X with a B. Tech. (Honors) in Y": the place first, then its degree and field
    pytest.param("index.md",
                 "# Rosa Quintero\n\nI am a lecturer at Northfield University. Before that, I got my Ph.D. in "
                 "Physics from Southfield University. Prior to that, I graduated from IIT Delhi with a B. Tech. "
                 "(Honors) in Electrical Engineering and Minors in Mathematics, where I worked with Lena Osei.\n",
                 {"education:degree,field,institution": [
                      ("Ph.D.", "Physics", "Southfield University"),
                      ("B. Tech.", "Electrical Engineering", "IIT Delhi")]},
                 id="a_place_of_study_named_before_the_degree_earned_there"),
    # "- 2019 - 2023, Hill University." over "  - B. Sc. in Chemistry, College of Chemistry.": the college is a unit
    # of the university the item above names
    pytest.param("about.md",
                 "# Ana Roe\n\n## Educations\n\n"
                 "- *2023.09 - 2028.06*, Ph. D. student, Department of Chemistry, Lakeside Institute of Technology.\n"
                 "  - Advisor: Prof. Heather J. Kuli.\n"
                 "- *2019.09 - 2023.07*, Hill University.\n"
                 "  - B. Sc. in Chemistry, College of Chemistry and Molecular Engineering.\n"
                 "  - B. Sc. (double degree) in Data Science, School of Computer Science.\n"
                 "- *2016.09 - 2019.06*, Dalian No.3 High School.\n",
                 {"education:degree,institution": [
                      ("Ph. D.", "Lakeside Institute of Technology"), ("B. Sc.", "Hill University")]},
                 id="a_nested_degree_under_its_university_s_item_is_earned_there"),
    # a French "Engineering degree" at a school whose name has no "University" in it; the supervisors written
    # after what they are ("CNRS researchers A and B") under a past position
    pytest.param("cv.md",
                 "# Ana Roe\n\nEducation\n======\n* PhD in Soil Science, Lakeside University, 2015-2019\n"
                 "* Engineering degree in Life Sciences, AgroHillTech, 2011-2014\n\nWork experience\n======\n"
                 "* Sep 2015 - June 2019: Research engineer / PhD student, Lakeside University\n"
                 "  * Supervisors: CNRS researchers Bo Girard and Kai Sato\n",
                 {"education:degree,institution": [
                      ("PhD", "Lakeside University"), ("Engineering degree", "AgroHillTech")],
                  "advisors": ["Bo Girard", "Kai Sato"]},
                 id="a_cv_s_engineering_degree_and_supervisors_named_with_what_they_are"),
    # "I am currently working at X (XI, Y University) on ...": the affiliation, its gloss kept whole
    pytest.param("index.md",
                 "# Ana Roe\n\nI am currently working at the Institute of Soil Systems (ISS, Lakeside University) "
                 "on modelling an experiment run by a team in Hill Town.\n",
                 {"affiliations:name": ["Institute of Soil Systems (ISS, Lakeside University)"],
                  "job_title": None},
                 id="working_at_a_place_with_no_position_named_gives_the_place"),
    # "<h1>Name (native name), Fellow of ABC, IEEE and XYZ</h1>" over the lines of the position and the employer
    pytest.param("index.html",
                 "<html><head><title>Mara Quill</title></head><body><table><tr><td>"
                 "<h1>Mara Quill <font>(玛拉)</font>, Fellow of ABC, IEEE and XYZ</h1></td></tr>"
                 "<tr><td><p><font size='4'> Chief Scientist for Widgets <br> Fenwick Corp <br>"
                 " Email: mara at fenwick dot com</font></p></td></tr></table>"
                 "<h3>Biography</h3><p>Mara Quill is Chief Scientist for widgets with Fenwick Corp.</p>"
                 "</body></html>\n",
                 {"name": "Mara Quill",
                  "job_title": "Chief Scientist for Widgets"},
                 id="fellowships_after_the_heading_name_are_no_position"),
    # "joined X University as a senior lecturer at its Faculty of Y": the job and the place (the unit after "at"
    # left)
    pytest.param("index.md",
                 "# Jo Roe\n\nIn 2018, Jo joined Hill University as a senior lecturer at the Faculty of Marine "
                 "Science.\n",
                 {"job_title": "senior lecturer",
                  "affiliations:name": ["Hill University"]},
                 id="a_bio_telling_the_post_as_joining_a_university_as_a_lecturer"),
    # "began in X University's undergraduate program in Biology": a place of study (no degree named)
    pytest.param("index.md",
                 "# Jo Roe\n\nJo Roe is a lecturer at Hill University. He began his studies in Lakeside "
                 "University's undergraduate program in Biology.\n",
                 {"education:institution,degree": [("Lakeside University", None)]},
                 id="a_bio_telling_where_the_owner_studied_as_a_universitys_program"),
    # "I undertook my PhD with the X Lab and the Y Group at Z University, on the waves of ...": the degree and its
    # place (the topic after the comma is no part of the place's name)
    pytest.param("index.md",
                 "# Jo Roe\n\nI am a research associate at Hill University. I undertook my PhD with the Tide Lab "
                 "and the Coast Group at Lakeside University, on the waves of shallow seas in Norland.\n",
                 {"education:degree,institution": [("PhD", "Lakeside University")]},
                 id="a_doctorate_the_owner_undertook_with_labs_at_a_university_on_a_topic"),
    # "Law and Diplomacy": "and Diplom..." was taken for the next degree of a list ("and a diploma from ..."), so
    # the place was cut after "Law"
    pytest.param("index.md",
                 "# Nora Quill\n\nNora Quill is an Associate Professor at Inland University. She received her "
                 "Ph.D. from The Harbour School of Law and Diplomacy at Westmoor University and her B.A. from "
                 "Elmfield College.\n",
                 {"education:degree,institution": [
                      ("Ph.D.", "The Harbour School of Law and Diplomacy at Westmoor University"),
                      ("B.A.", "Elmfield College")]},
                 id="a_school_named_with_and_diplomacy_is_one_place_of_study"),
    # "[Home] [People] [Research] [Publications]" over the owner's name: the site's menu; before, it was read as an
    # affiliation (its word "Research" an organisation's) ahead of the university
    pytest.param("index.htm",
                 "<html><head><title>The Varga Lab</title></head><body>"
                 "<div><p><b>Varga Research Group</b></p></div>"
                 "<div><p>[<a href='index.htm'>Home</a>] [<a href='people.htm'>People</a>] "
                 "[<a href='research.htm'>Research</a>] [<a href='publications.htm'>Publications</a>]</p></div>"
                 "<div><p><b>Tomas Varga, Ph.D.</b></p><p>Professor</p>"
                 "<p><a href='https://www.westmoor.example.edu/'>Westmoor University</a></p>"
                 "<p>Email: tomas.varga@westmoor.example.edu</p></div></body></html>",
                 {"affiliations:name,role": [("Westmoor University", "Professor")]},
                 id="a_menu_of_bracketed_links_is_no_workplace"),
    # "an Associate Professor and the Director of Graduate Studies in the Department of Geology at X": before, the
    # job was "Associate Professor and the Director" and the department "Graduate Studies in the Department of ..."
    pytest.param("index.md",
                 "# Nora Quill\n\nDr. Nora Quill is an Associate Professor and the Director of Graduate Studies in "
                 "the Department of Geology at Inland University. She studies how rocks weather.\n",
                 {"job_title": "Associate Professor",
                  "affiliations:name,department,role": [
                      ("Inland University", "Department of Geology", "Associate Professor")]},
                 id="a_second_post_named_with_of_leaves_the_first_as_the_job"),
    # "I research, teach, and build software as Senior Systems Faculty in ... at X": the verbs, "as", the post
    pytest.param("index.md",
                 "# Ivo Brandt\n\nI research, teach, and build tools as Senior Systems Faculty in the Wave Institute "
                 "within the School of Engineering at Northfield University. My interests are in wave tanks.\n",
                 {"job_title": "Senior Systems Faculty",
                  "affiliations:name": ["Northfield University"]},
                 id="a_post_said_after_what_the_owner_does_is_their_position"),
    # "a joint-PhD student at X University (XU) and University of Y (UY)": the doctorate two places award together,
    # each a place of study (and each an affiliation)
    pytest.param("index.md",
                 "# Ada Quill\n\nShe is Ada Quill, a joint-PhD student at Lowmoor University (LU) and University of "
                 "Fenwick (UF).\n",
                 {"education:degree,institution": [
                      ("PhD", "Lowmoor University"), ("PhD", "University of Fenwick")]},
                 id="a_joint_phd_student_at_two_universities_studies_at_both"),
    pytest.param("about.md",
                 "# Noor Halvorsen\n\nI am working as a volunteer for Red Harbour.\n\n## Publications\n\n"
                 "- Noor Halvorsen, Bruno Kowal. Counting river stones. In Proc. Sedimentology, 2020.\n",
                 {"job_title": None,
                  "affiliations": []},
                 id="working_as_something_that_is_no_position_for_a_place_gives_nothing"),
    pytest.param("about.md",
                 "# Noor Halvorsen\n\nNow, I works as a Post-doc at SANDLAB-EU (In 2016, it was named the best "
                 "lab, says a paper). Here I study sand.\n\n## Publications\n\n"
                 "- Noor Halvorsen, Bruno Kowal. Counting river stones. In Proc. Sedimentology, 2020.\n",
                 {"job_title": "Post-doc",
                  "affiliations:name": ["SANDLAB-EU"]},
                 id="now_i_works_as_a_position_at_a_place_then_a_gloss_in_brackets"),
    # a tagline without its subject opening with a word of time ("Currently a ... at X"), and a place followed by
    # "in the area of <Field>": before, no position was read, and the field was read as part of the place
    pytest.param("index.md",
                 "# Lia Farrow\n\nCurrently a second-year PhD student in Phonetics at the University of Wrenfield, "
                 "starting from 1. March 2023.\n",
                 {"job_title": "second-year PhD student",
                  "affiliations:name": ["University of Wrenfield"]},
                 id="currently_a_position_at_a_place_as_a_tagline"),
    pytest.param("index.md",
                 "# Lia Farrow\n\nCurrently a Ph.D. student in Wrenfield Institute of Design in the area of "
                 "Tangible Interfaces, working on sensing.\n",
                 {"job_title": "Ph.D. student",
                  "affiliations:name": ["Wrenfield Institute of Design"]},
                 id="a_place_then_in_the_area_of_a_capitalised_field"),
    # Spanish: "trabajo como técnico de investigación ... en el Instituto X (ibs.SUR)": a research technician's post,
    # and the place with its short form in brackets, whose stop ends no sentence (before: no position, no place)
    pytest.param("index.md",
                 "# Tomás Vidal\n\nSoy **Tomás Vidal Ortega**. Desde 2019 trabajo como técnico de investigación "
                 "del cáncer en el Instituto de Investigación Sanitaria del Sur (ibs.SUR).\n",
                 {"job_title": "técnico de investigación del cáncer",
                  "affiliations:name": ["Instituto de Investigación Sanitaria del Sur (ibs.SUR)"]},
                 id="a_spanish_research_technician_at_a_place_with_a_dotted_short_form"),
    # German: a professorship named with the field it is for, longer than a short title (before: none read)
    pytest.param("index.md",
                 "# Greta Lind\n\nIch bin Professorin für Historische Sprachwissenschaft und Neuere deutsche "
                 "Dialektologie am Institut für Germanistik der Universität Wendorf.\n",
                 {"job_title": "Professorin für Historische Sprachwissenschaft und Neuere deutsche Dialektologie"},
                 id="a_german_professorship_named_with_its_long_field"),
    # "I am a linguist currently working at X": what the owner is, then the place, "currently" between them
    pytest.param("index.md",
                 "# Lars Ek\n\nI am a linguist currently working at Northmoor University, Norland. My research "
                 "interests include sound change and dialect contact in the north.\n",
                 {"affiliations:name": ["Northmoor University"]},
                 id="a_discipline_then_currently_working_at_a_place"),
    pytest.param("index.md",
                 "# Lars Ek\n\nI am a neuroscientist currently working at the Harbour Medical Research Institute. "
                 "I write software for imaging.\n",
                 {"job_title": "neuroscientist",
                  "affiliations:name": ["Harbour Medical Research Institute"]},
                 id="a_position_currently_working_at_a_place"),
    # a thesis jury listed in the bio, each member's role after a dash: the supervisors are the owner's advisors
    pytest.param("index.md",
                 "# Remi Aubert\n\n## About me\n\nI am a postdoctoral researcher at the Tarn Climate Laboratory. "
                 "I defended my PhD thesis on 2 June 2021 in front of a jury made up of:\n\n"
                 "- Ines Brook & Omar Vale (Université de Tarn) - Thesis supervisors\n"
                 "- Paul GRIS, Professor, Université de Lune - President of the Jury\n",
                 {"advisors": ["Ines Brook", "Omar Vale"]},
                 id="a_jury_list_names_the_thesis_supervisors_before_their_label"),
    # "I'm currently building two products as CTO at X, ...": what the owner does, then the post and its place
    pytest.param("index.md",
                 "# Ole Brandt\n\nI'm currently building two large products as CTO at Fjord Systems, one a ledger and "
                 "the other a bridge between two ledgers.\n",
                 {"job_title": "CTO",
                  "affiliations:name": ["Fjord Systems"]},
                 id="building_things_as_cto_at_a_company"),
    # "at X, a startup that builds ...": an aside saying what the place is, no part of its name
    pytest.param("index.md",
                 "# Ole Brandt\n\nI am a research engineer at Lumen Robotics, a startup that builds robot arms for "
                 "kitchens and small farms near the coast.\n",
                 {"job_title": "research engineer",
                  "affiliations:name": ["Lumen Robotics"]},
                 id="a_place_then_an_aside_on_what_it_is"),
    # "a software engineer and Physics PhD based in X" (a city: no workplace), then "the main developer of Y, a
    # framework ...": software the owner writes, no employer (before: "main developer" at "Y, a framework ...")
    pytest.param("index.md",
                 "# Ole Brandt\n\nI'm a systems-focused software engineer and Physics PhD based in Norland. My work "
                 "sits between computing and simulation.\n\nAlongside my research, I have built software. I am the main "
                 "developer of WaveSim, a fast simulation framework written in Go, and I also work on tools.\n",
                 {"job_title": "systems-focused software engineer",
                  "affiliations": []},
                 id="a_position_based_in_a_city_and_the_developer_of_a_program"),
    # a page's own table of contents, a line that is only a link to a part of the page ("[**Post-docs**](#postdocs)"):
    # no position of the owner's (before, "Post-docs" was the job title)
    pytest.param("index.md",
                 "# Ana Roe\n\nWe study forests and their trees in the south of the country, with many students.\n\n"
                 "[**Pre-grado**](#pregrado)\n\n[**Post-doctorados**](#postdocs)\n\nText on what we offer.\n",
                 {"job_title": None},
                 id="a_link_to_a_part_of_the_page_is_no_position"),
    # "As a <post> at <place>, I <verb now> ...": the post the owner speaks from, without its "As a" (before: the job
    # title "As a research scientist"); the same opening with a verb in the past tells a post held before, none now
    pytest.param("index.md",
                 "# Ana Roe\n\nAs a research scientist at the University of Tarnwick, I model how metals fail under "
                 "fast impacts and how their grains deform.\n",
                 {"job_title": "research scientist",
                  "affiliations:name": ["University of Tarnwick"]},
                 id="a_sentence_opening_with_the_post_held_now"),
    pytest.param("index.md",
                 "# Ana Roe\n\nAs a lecturer at Harwick College, I teach dunes.\n",
                 {"job_title": "lecturer",
                  "affiliations:name": ["Harwick College"]},
                 id="a_short_sentence_opening_with_the_post_held_now"),
    pytest.param("index.md",
                 "# Ana Roe\n\nAs a PhD student at Harwick College, I worked with Bo Lee on dunes.\n",
                 {"job_title": None, "affiliations": []},
                 id="a_sentence_opening_with_a_post_held_before"),
    # a word before the verb ("also"), a verb in the past with no "-ed" ("fell"), a post said to be over ("former"):
    # a post held before, none now
    pytest.param("index.md",
                 "# Ana Roe\n\nAs a PhD student at Harwick College, I also mapped dunes, and now I teach them.\n",
                 {"job_title": None, "affiliations": []},
                 id="a_sentence_opening_with_a_post_held_before_and_a_word_before_its_verb"),
    pytest.param("index.md",
                 "# Ana Roe\n\nAs a PhD student at Harwick College, I fell for dunes and their slow drift.\n",
                 {"job_title": None, "affiliations": []},
                 id="a_sentence_opening_with_a_post_held_before_and_an_irregular_verb"),
    pytest.param("index.md",
                 "# Ana Roe\n\nAs a former lecturer at Harwick College, I study dunes and their slow drift.\n",
                 {"job_title": None, "affiliations": []},
                 id="a_sentence_opening_with_a_former_post"),
    pytest.param("index.md",
                 "# Ana Roe\n\nAs a lecturer at Harwick College, I currently teach dunes.\n",
                 {"job_title": "lecturer",
                  "affiliations:name": ["Harwick College"]},
                 id="a_sentence_opening_with_the_post_held_now_and_a_word_before_its_verb"),
    pytest.param("index.md",
                 "# Ana Roe\n\nToday, she is head of the coastal, dune and marsh ecology department and leads a "
                 "team.\n",
                 {"job_title": "head", "affiliations": []},
                 id="a_post_of_a_unit_described_in_lower_case_names_no_place"),
])
def test_a_page_gives_its_owners_position_places_degrees_and_advisors(tmp_path, name, text, expected):
    """A page written in our own words, read by the person reader: what it says of the owner (each case names
    the fields it checks, :func:`_person_view`)."""
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    p = _person(page)
    assert {key: _person_view(p, key) for key in expected} == expected


def test_english_an_is_no_german_place_word():
    # German "an der Universität X" is said before a place; English "an X" opens what the owner is or a kind of place,
    # as "a X" does: no place's name (not "AI startup in Boston", nor "Lund University" with "Assistant Professor" as
    # its department)
    from kg.importers.page.person import org_named

    assert org_named("an der Universität Talheim") == "Universität Talheim"
    assert org_named("an AI startup in Boston") is None
    assert affiliation_from("an Assistant Professor at Lund University") is None
    assert affiliation_from("a Research Scientist at Lund University") is None


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


def test_education_cards_in_raw_html_a_school_by_its_bare_name_and_each_cards_advisor(tmp_path):
    """Education cards a markdown page writes in raw HTML: the degree, the school (one named without
    "University", "Tarnby Tech"), the years after an emoji, and "🤝 Advisor: Prof. X". Before: the card of the
    bare-named school was left unread and no card's advisor was read."""
    card = ('<div class="card">\n  <div class="deg">{deg}</div>\n  <a class="school" href="https://x.edu/">{school}</a>\n'
            '  <div class="line">\U0001f5d3\ufe0f {years}</div>\n'
            '  <div class="line">\U0001f91d Advisor: <a href="https://x.edu/p">Prof. {adv}</a></div>\n</div>\n')
    page = tmp_path / "index.md"
    page.write_text("# Nina Solberg\n\nI am a PhD student in the Department of Geology at Northgate University.\n\n"
                    '<div class="cards">\n'
                    + card.format(deg="Ph.D. in Geology", school="Northgate University", years="2022 – 2026",
                                  adv="Ola Berg")
                    + card.format(deg="B.Eng. in Surveying", school="Tarnby Tech", years="2017 – 2021", adv="Pia Holm")
                    + "</div>\n", encoding="utf-8")
    p = _person(page)
    assert [(e.degree, e.institution, e.year) for e in p.education] == [
        ("PhD", "Northgate University", 2026), ("B.Eng.", "Tarnby Tech", 2021)]
    assert p.advisors == ["Ola Berg", "Pia Holm"]


@pytest.mark.parametrize("sentence, expected", [
    # a sentence opening with the degrees behind it, the clause ending at its comma
    ("With dual BSc degrees in Geology and Statistics from Tarn State University, Ana is a field scientist who "
     "has mapped rivers for ten years.", ("BSc", "Geology and Statistics", "Tarn State University")),
    # the owner's undergraduate studies, their place in brackets
    ("I am a hydrologist. After my undergrad in Chemistry (in Inland University) I moved on to river ecology and "
     "have stayed there since.", (None, "Chemistry", "Inland University")),
    # the thesis defended, the degree earned where it was defended
    ("I am a data scientist at Tarn Labs. In 2024, I defended my PhD thesis on \"Fast Joins for Wide Tables\" at "
     "[Inland University](https://inland.example/), where I was part of the Databases group.",
     ("PhD", None, "Inland University")),
])
def test_a_degree_named_in_a_bio_sentence_opening_with_it_or_in_brackets(tmp_path, sentence, expected):
    """Before: neither sentence gave a degree (the first opens with "With", no verb of receiving; the second's
    "my undergrad" was no degree word and its place came after the field)."""
    page = tmp_path / "index.md"
    page.write_text(f"# Ana Ruiz\n\n{sentence}\n", encoding="utf-8")
    assert [(e.degree, e.field, e.institution) for e in _person(page).education] == [expected]


def test_a_short_sentence_of_studies_and_advisors_are(tmp_path):
    page = tmp_path / "index.md"
    page.write_text("# Dana Ruiz\n\nI am a PhD student at Northgate University. My advisors are Lena Brandt and Omar "
                    "Haddad.\n\nBefore grad school, I studied physics and English literature at Hillcrest University.\n",
                    encoding="utf-8")
    p = _person(page)
    assert [a.name for a in p.affiliations] == ["Northgate University"]
    assert "Hillcrest University" in [e.institution for e in p.education]  # (not a workplace)
    assert p.advisors == ["Lena Brandt", "Omar Haddad"]


def test_degrees_told_in_a_life_story_and_a_postdoc_after_them(tmp_path):
    # "attended X for my Bachelor studies"; "enroll in an MSc, followed by a PhD at Y"; "After completing my PhD in
    # 2015, I went on to a postdoc at Z": Z is where the postdoc was, no degree's place (it was read as the PhD's)
    page = tmp_path / "index.md"
    page.write_text("# Tove Lund\n\nI grew up by the sea. I attended the University of Westhaven for my Bachelor "
                    "studies, graduating in geography.\n\nI later chose to enroll in an MSc, followed by a PhD at the "
                    "Eastmark School of Economics. After completing my PhD in 2016, I went on to do a postdoc at the "
                    "Northgate Institute of Marine Science.\n", encoding="utf-8")
    edu = [(e.degree, e.institution) for e in _person(page).education]
    assert ("Bachelor", "University of Westhaven") in edu
    assert any(inst == "Eastmark School of Economics" for _d, inst in edu)
    assert not any("Northgate" in (inst or "") for _d, inst in edu)


def test_a_degree_told_after_following_and_places_named_by_their_short_forms(tmp_path):
    """"I received my Ph.D in 2024, following an M.S. in X from UTA in 2020 and an M.S. ... from Y": the M.S.
    after "following" is a degree of its own (before, the Ph.D's words ran over it and it was lost); "my PhD from
    TSU studying gulls, kept ..." names its place by the short form alone (before, the place ran on into the
    sentence). Each short form is the name the page spells it out as: in brackets after the name ("University of
    Tarn (UTA)") or by the initials of a name it writes ("Tarn State University" for "TSU"); one it never spells out
    ("NWU") stays as written, and a workplace that is then one already listed is that one."""
    page = tmp_path / "index.md"
    page.write_text("# Tove Lund\n\nI am a Postdoctoral Research Associate at the University of Tarn (UTA). I "
                    "received my Ph.D degree in Summer 2024, following an M.S. in civil engineering from UTA in "
                    "2020. Before that I worked at Tarn State University for two years. I earned my BS in Biology "
                    "from TSU studying gulls, kept sailing throughout, and a minor from NWU.\n", encoding="utf-8")
    p = _person(page)
    assert [(e.degree, e.institution) for e in p.education if e.degree in ("M.S.", "BS")] == [
        ("M.S.", "University of Tarn"), ("BS", "Tarn State University")]
    assert [a.name for a in p.affiliations][:1] == ["University of Tarn"]


def test_an_advisors_given_name_with_a_lower_case_second_syllable():
    """A romanized Korean given name in two words, the second in lower case ("Prof. Jeong hwan Jeon", "Hyun jong
    Kim"), is the advisor's whole name; a lower-case word that joins a sentence ("and", "from", "since") is none of
    it. Before, the lower-case syllable ended the name: no advisor was read."""
    assert advisors_in("a Ph.D. student at Tarn Institute (TI), under the supervision of Prof. Jeong hwan Jeon.") \
        == ["Jeong hwan Jeon"]
    assert advisors_in("co-supervised by Hyun jong Kim and Jo Bell") == ["Hyun jong Kim", "Jo Bell"]
    assert advisors_in("co-advised by Ann Lee from Tarn") == ["Ann Lee"]
    assert advisors_in("supervised by Jo Bell and Ann Lee since 2019") == ["Jo Bell", "Ann Lee"]


def test_advisors_named_in_spanish_and_german_and_a_jury_lists_label_after_the_names():
    """"mi tesis doctoral (dirigida por A y B)", "Betreuer: A und B", and a thesis jury's line that labels the names
    after a dash ("A & B (X University) - Thesis supervisors"): the advisors (before, none was read). A group
    "dirigido por" its head names no advisor, nor does the post written after an advisor's name."""
    assert advisors_in("Mi tesis doctoral, Redes Vivas (dirigida por Elena Soto y Pablo Marín), fue premiada.") == [
        "Elena Soto", "Pablo Marín"]
    assert advisors_in("Trabajo en el grupo ALBA, dirigido por la Catedrática Elena Soto.") == []
    assert advisors_in("Tesis doctoral dirigida por el Prof. Dr. Pablo Marín, Director del Departamento de Física.") == [
        "Pablo Marín"]
    assert advisors_in("Betreuer: Prof. Dr. Jonas Weber und Dr. Eva Kranz") == ["Jonas Weber", "Eva Kranz"]
    # ("Ortega y Pardo": a family name of two joined by "y", one advisor, whole; before, cut to "Pablo Ortega")
    assert advisors_in("Tesis dirigida por Pablo Ortega y Pardo y Elena Soto.") == ["Pablo Ortega y Pardo", "Elena Soto"]
    assert advisors_in("Ines Brook & Omar Vale (Université de Tarn) - Thesis supervisors") == ["Ines Brook", "Omar Vale"]
    assert advisors_in("Lena Morel - Directrice de thèse") == ["Lena Morel"]
    assert advisors_in("Paul GRIS, Professeur, Université de Tarn - Président du jury") == []


def test_a_dissertation_directed_by_names_its_advisor():
    # "dissertation <Title> directed by Dr. A" in a CV's degree line: the advisor, as Spanish "tesis dirigida por A"
    # is read; a film "directed by" someone, no thesis before it in the sentence, names no advisor
    assert advisors_in("Ph.D., Geology, May 1999, dissertation Salt Domes of the Tarn Basin directed by Dr. Jo L. "
                       "Bell.") == ["Jo L. Bell"]
    assert advisors_in("My thesis was on deltas. A film directed by Ann Lee won a prize.") == []
    # in the same sentence as the thesis: what it studied "directed by" someone (a film, a documentary, a project)
    # names no advisor; only the thesis's own title, or nothing, stands between it and "directed by"
    assert advisors_in("dissertation on films directed by Orson Welles") == []
    assert advisors_in("My dissertation examined documentaries directed by Agnes Varda and Chris Marker, and the "
                       "essay films of the 1960s.") == []
    assert advisors_in("My thesis was part of the ERC project Deltas directed by Prof. Jo Bell.") == []
    assert advisors_in("Ph.D. thesis co-directed by Ann Lee and Bo Chen.") == ["Ann Lee", "Bo Chen"]
    assert advisors_in('Ph.D., 2001, dissertation "Salt domes of the basin" directed by Dr. Jo Bell.') == ["Jo Bell"]


def test_a_dissertation_that_was_directed_by_names_its_advisor():
    # the passive ("was directed by"), after the thesis's year in brackets or a phrase between commas: its advisors
    assert advisors_in("My dissertation was directed by Ann Lee.") == ["Ann Lee"]
    assert advisors_in("Her PhD thesis, on sea ice, was directed by Prof. Ann Lee.") == ["Ann Lee"]
    assert advisors_in("Her doctoral thesis (2015) was co-directed by Ann Lee and Bo Chen.") == ["Ann Lee", "Bo Chen"]
    # (what the thesis studied, "directed by" someone, still names no advisor)
    assert advisors_in("My thesis is on films directed by Ann Lee.") == []
    assert advisors_in("My thesis, which was on films directed by Ann Lee, won a prize.") == []


def test_an_advisor_named_by_the_portuguese_participle_orientado_por():
    """"Minha pesquisa, orientada pelo Prof. A" ("my research, supervised by"): the advisor, as "supervised by"
    and "sob orientação do" are read; "orientado a objetos" names nobody."""
    assert advisors_in("Minha pesquisa, orientada pelo Prof. Caio Duarte Lins, estuda a ciência na TV.") == [
        "Caio Duarte Lins"]
    assert advisors_in("Sou mestranda na UFPE, orientada pela Profa. Dra. Rita Moura.") == ["Rita Moura"]
    assert advisors_in("Dissertação orientada por Nuno Pires Alves.") == ["Nuno Pires Alves"]
    assert advisors_in("Um curso de programação orientado a objetos, orientado pelo professor.") == []


def test_an_advisor_written_family_name_first_is_one_name():
    """"Supervisor: Prof. ROE, Jo" / "Advisor: Prof. Roe, Jo": one advisor written family name first, the comma no
    joint of two names (before, the comma split it into "Prof. ROE" and "Jo", one word each: no advisor was read).
    Pairs of one-word pieces are names; an odd run of them is family names alone, none a whole name."""
    assert advisors_in("Supervisor: Prof. ROE, Jo") == ["Jo ROE"]
    assert advisors_in("Advisors: Roe, Jo and Lind, Ann") == ["Jo Roe", "Ann Lind"]
    assert advisors_in("Advisors: Ann Lind and Roe, Jo") == ["Ann Lind", "Jo Roe"]
    assert advisors_in("Advisors: Roe, Lind, Berg") == []
    assert advisors_in("Advisors: Jo Roe, Ann Lind") == ["Jo Roe", "Ann Lind"]
    # two advisors each named by a title and a family name alone: no given name follows the comma, no "Lind Roe"
    assert "Lind Roe" not in advisors_in("Advisors: Prof. Roe, Prof. Lind")
    assert "Lind Roe" not in advisors_in("Advisors: Prof. Roe, Dr. Lind")


def test_the_head_a_doctorate_was_done_under_named_in_brackets_is_its_advisor():
    # "I did my Ph.D. at the X Group (PI: A) at Y": the group's head is the doctorate's advisor; a post-doc's "(PI: B)"
    # in the sentence before is none (neither was read before)
    text = ("Previously, I was a post-doc at the Tide Modelling Group (PI: Bo Lindqvist) at Harbour University. "
            "I did my Ph.D. at the Cold Rocks Group (PI: Ana Ferreira) at Lakeside University.")
    assert advisors_in(text) == ["Ana Ferreira"]
    assert advisors_in("During my PhD in the Moss Lab (head: Prof. Iris Kemp), I counted mosses.") == ["Iris Kemp"]


def test_advisors_are_added_once_however_spelled():
    """Issue 7: every reader that adds advisors (a header line, prose, a CV item, a thesis note, a site's settings)
    adds them through one rule, one person once: the thesis note compared name keys, the others the exact text."""
    found = ["Jo Bell"]
    add_advisors(found, ["Bell, Jo", "jo  bell", "Ann Lee", "Ann Lee"])
    assert found == ["Jo Bell", "Ann Lee"]
    assert degree_advisors("Ph.D. in Physics, Inland University, advisor: Jo Bell, with Prof. Jo Bell") == ["Jo Bell"]


def test_an_advisors_title_is_any_of_the_one_list_of_honorifics():
    """The patterns that read a name after its title take common.HONORIFIC_WORDS, the list without_honorifics reads
    (any case, 'Mrs.', 'Associate Professor'), not a shorter copy of their own ('Prof.', 'Professor', 'Dr.')."""
    assert degree_advisors("Ph.D. in Physics, Inland University, 2015, with Mrs. Jo Bell and a grant") == ["Jo Bell"]
    assert degree_advisors("Ph.D. in Physics, Inland University, 2015, with prof. Jo Bell and a grant") == ["Jo Bell"]
    # French pages title a supervisor "Monsieur" / "Madame" ("supervised by Monsieur Jo BELL"): no part of the name
    assert advisors_in("I got a PhD at Inland University, supervised by Monsieur Jo BELL, funded by a grant.") == [
        "Jo BELL"]
    assert advisors_in("Thesis supervised by Madame Ana Roe.") == ["Ana Roe"]


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


def test_a_title_naming_a_group_and_its_institution_names_no_one():
    # "Brandt Lab · UC Merced": a group's page title, its institution after it; the institution's short name (an
    # abbreviation and a place) had read as the owner's name
    from kg.importers.page.person import name_candidate

    assert name_candidate("Brandt Lab · UC Merced", page_title=True) is None
    assert name_candidate("Ice Dynamics Group | TU Delft", page_title=True) is None
    assert name_candidate("Brandt Lab · JO Brandt", page_title=True) == ("JO Brandt", [])
    assert name_candidate("Tide Lab – Ola Brandt", page_title=True) == ("Ola Brandt", [])
    # review77c: initials or capitals after a group's name are its head's name, only a known institution its place
    assert name_candidate("Vision Lab · KC Lee", page_title=True) == ("KC Lee", [])
    assert name_candidate("Smith Group – JOHN SMITH", page_title=True) == ("JOHN SMITH", [])
    assert name_candidate("Vision Lab | ANA ROE", page_title=True) == ("ANA ROE", [])
    assert name_candidate("Vision Lab · KU Leuven", page_title=True) is None
    # review rr77b #2: a place outside the vocabulary ("UT Austin", "KTH Stockholm") is no head's name either
    for place in ("UT Austin", "KTH Stockholm", "DTU Copenhagen", "NUS Singapore", "UCL London", "LMU Munich",
                  "UW Madison", "HKUST Hong Kong"):
        assert name_candidate(f"Roe Lab · {place}", page_title=True) is None, place
    assert name_candidate("Roe Lab · TJ Roe", page_title=True) == ("TJ Roe", [])


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


def test_the_head_of_a_students_lab_is_the_advisor():
    assert advisors_in("I am a doctoral student at Lake University in St. Paul, where I study moths in the "
                        "lab of Dr. Jo Bellamy.") == ["Jo Bellamy"]
    assert advisors_in("I am a Ph.D. in Prof. Mira Oduya's group at Lake University.") == ["Mira Oduya"]
    # a professor's own lab, or a lab the page only mentions, names no advisor
    assert advisors_in("I am a professor in the lab of Jo Bellamy.") == []


def test_an_institute_then_the_university_that_holds_it():
    aff = affiliation_from("Harborview Data Institute, Lake University")
    assert (aff.name, aff.department) == ("Lake University", "Harborview Data Institute")


def test_alfolio_subtitle_position_over_the_bios_reading(tmp_path):
    # the line under the name says "Ph.D. Candidate at X in St. Y"; the bio says "graduate student" at the same
    # place, its advisor the head of the lab the owner works in
    root = write_site(tmp_path / "site", {
        "_config.yml": "first_name: Tam\nlast_name: Oyelaran\nurl: https://toyelaran.example.org\n",
        "_pages/about.md": (
            "---\nlayout: about\ntitle: about\npermalink: /\n"
            "subtitle: Ph.D. Candidate at Lakeside University in St. Paul\n---\n\n"
            "Welcome. I'm a graduate student in the Program of Ecology at Lakeside University in St. Paul, where I "
            "study the evolution of moth wings in the lab of [Dr. Ana Ferreira](https://lab.example.org/).\n"),
    })
    person = import_path(root).profile.person
    assert person.job_title == "Ph.D. Candidate"
    assert [a.name for a in person.affiliations] == ["Lakeside University in St. Paul"]
    assert person.affiliations[0].department == "Program of Ecology"
    assert person.advisors == ["Ana Ferreira"]
    assert person.location == "St. Paul"


def test_alfolio_placeholder_affiliation_link_in_spanish_and_a_position_as_more_info(tmp_path):
    # al-folio's subtitle keeps the theme's "<a>Affiliations</a>" link, translated, before the school's name; the
    # sidebar's more_info under the picture holds the position, no address
    root = write_site(tmp_path / "site", {
        "_config.yml": "first_name: Eva\nlast_name: Ortiz\nurl: https://eortiz.example.org\n",
        "_pages/about.md": (
            "---\nlayout: about\ntitle: Acerca\npermalink: /\n"
            "subtitle: <a href='https://esc.example.mx/'>Afiliación</a> Escuela Superior de Ciencias del Lago\n"
            "profile:\n  align: right\n  more_info: >\n    <p>Profesora Titular</p>\n---\n\n"
            "Estudio ecuaciones diferenciales y sus aplicaciones.\n"),
    })
    person = import_path(root).profile.person
    assert person.job_title == "Profesora Titular"
    assert [(a.name, a.department) for a in person.affiliations] == [("Escuela Superior de Ciencias del Lago", None)]
    assert person.location is None


def test_a_phd_in_a_professors_group(tmp_path):
    root = write_site(tmp_path / "site", {
        "_config.yml": "title: Lin Qiao\nauthor:\n  name: Lin Qiao\n",
        "index.md": ("---\ntitle: About\npermalink: /\n---\n\nI am a Ph.D. in [Prof. Mira Oduya](https://mo.example.org/)'s "
                     "group in the Department of Physics at Lakeside University in Duluth, Minnesota.\n"),
    })
    person = import_path(root).profile.person
    assert person.job_title == "Ph.D."
    assert [a.name for a in person.affiliations] == ["Lakeside University"]
    assert person.advisors == ["Mira Oduya"]


def test_a_students_role_left_behind_gives_way_to_the_bios_position(tmp_path):
    # the author page still says "Ph.D. Student"; the bio tells the doctorate was earned and the present job
    root = write_site(tmp_path / "site", {
        "config/_default/hugo.yaml": "title: Ravi Kulkarni\nbaseURL: 'https://rk.example.org/'\n",
        "content/authors/admin/_index.md": (
            "---\ntitle: Ravi Kulkarni\nrole: Ph.D. Student in Robotics\norganizations:\n"
            "  - name: Lakeside University\nsuperuser: true\n---\n\n"
            "I am a Senior Perception Engineer at [Northwind Robotics](https://nw.example.com/), where I build "
            "planners for mobile arms.\n\nPreviously, I earned my Ph.D. in Robotics from Lakeside University, "
            "advised by Dr. Ana Ferreira.\n"),
    })
    person = import_path(root).profile.person
    assert person.job_title == "Senior Perception Engineer"
    assert [(a.name, a.current) for a in person.affiliations] == [
        ("Northwind Robotics", True), ("Lakeside University", False)]


def test_a_students_role_stays_when_the_bio_tells_of_no_doctorate_earned(tmp_path):
    root = write_site(tmp_path / "site", {
        "config/_default/hugo.yaml": "title: Ravi Kulkarni\nbaseURL: 'https://rk.example.org/'\n",
        "content/authors/admin/_index.md": (
            "---\ntitle: Ravi Kulkarni\nrole: Ph.D. Student in Robotics\norganizations:\n"
            "  - name: Lakeside University\nsuperuser: true\n---\n\n"
            "I am a research intern at Northwind Robotics this summer.\n"),
    })
    person = import_path(root).profile.person
    assert person.job_title == "Ph.D. Student in Robotics"
    assert person.affiliations[0].name == "Lakeside University"


_LAB_PAGE = """<html><head><title>Bell Lab</title></head><body>
<div id="logo">Bell Lab</div>
<div class="desc"><h2>Seeing catalysis at work</h2><p>We image oxide surfaces atom by atom to learn how they react,
with microscopes and simulations of many kinds, and we build new instruments for it.</p></div>
<div class="desc"><h2>Graduate student positions available</h2><p>One opening next fall.</p></div>
<div class="desc"><h2>Welcome Jo Park, first year graduate student!</h2></div>
<div class="desc"><h2>New article on Bell Lab research</h2>
<p>&hellip;<a href="https://news.example.edu/bell">on the university news website</a>.</p></div>
<div id="footer"><p><a href="https://chem.example.edu">Department of Chemistry</a>,
<a href="https://www.example.edu">Lakeside University</a></p><p>&copy; 2022 Ann Bell</p></div>
</body></html>
"""


def test_a_lab_sites_news_headlines_are_no_position_and_its_footer_names_the_place(tmp_path):
    root = write_site(tmp_path / "site", {"index.html": _LAB_PAGE})
    person = import_path(root, owner="Ann Bell").profile.person
    assert person.job_title is None
    assert [(a.name, a.department) for a in person.affiliations] == [("Lakeside University", "Department of Chemistry")]


def test_a_campus_named_by_its_town_stays_in_the_degrees_place():
    from kg.importers.page.person import education_from

    ed = education_from("M.Sc. in Physics, August 2019 - May 2021, Indian Institute of Technology, Ropar, India")
    assert ed.institution == "Indian Institute of Technology, Ropar"


def test_a_campus_town_after_the_systems_acronym_stays_in_the_degrees_place():
    # before: "Indian Institute of Technology, IIT" (the acronym taken for the town, the town dropped)
    ed = education_from("Ph.D., Indian Institute of Technology (IIT) Ropar, India, 2020")
    assert (ed.institution, ed.year) == ("Indian Institute of Technology (IIT) Ropar", 2020)
    ed = education_from("M.Tech. in Geodesy (2017), National Institute of Technology (NIT) Surathkal, India")
    assert ed.institution == "National Institute of Technology (NIT) Surathkal"
    # before: "Indian Institute of Technology, IIT" (the town after a comma dropped) and "... (IIT) Computer
    # Science" (the degree's field taken for the town)
    assert education_from("B.Tech., Indian Institute of Technology (IIT), Delhi, 2015").institution == \
        "Indian Institute of Technology (IIT), Delhi"
    assert education_from("B.Tech., Indian Institute of Technology (IIT) Computer Science, 2014").institution == \
        "Indian Institute of Technology (IIT)"


def _academicpages(about: str, records: dict[str, str]) -> dict[str, str]:
    files = {"_config.yml": "title: Rupa Sen\nauthor:\n  name: Rupa Sen\n  employer: Lake University\n",
             "_pages/about.md": "---\npermalink: /\ntitle: About\nauthor_profile: true\n---\n\n" + about}
    files.update({f"_publications/{k}.md": v for k, v in records.items()})
    return files


def test_a_dated_first_sentence_of_the_bio_is_the_position_and_no_paper(tmp_path):
    root = write_site(tmp_path / "site", _academicpages(
        "Since August 2021, I have been a PhD student at the Department of Physics, Lake University, Duluth, "
        "USA. I work under the supervision of\n[Prof. Omar Haddad](https://example.org/oh).\n\n"
        "My research is on the shadows of compact stars.\n", {
            "paper-1": ("---\ntitle: \"Shadows of compact stars\"\ncollection: publications\ndate: 2024-04-29\n"
                        "venue: 'Physics Letters B'\nauthors: 'Rupa Sen, Omar Haddad'\neprint: \"2308.01234\"\n---\n")}))
    profile = import_path(root).profile
    assert [p.title for p in profile.publications] == ["Shadows of compact stars"]
    assert profile.person.job_title == "PhD student"
    assert profile.publications[0].links["arxiv"] == "https://arxiv.org/abs/2308.01234"


def test_a_degree_taken_at_two_places_each_with_its_country(tmp_path):
    root = write_site(tmp_path / "site", {
        **academicpages_home(
            "Lena Voss",
            "I study hedgerows.\n\n## A short CV\n\n"
            "* 2016 - 2020: PhD at the University of Kiel (DE)\n"
            "* 2014 - 2016: Master in Science at the University of Lund (SE) and Aarhus (DK)\n",
            titled=True),
    })
    places = [e.institution for e in import_path(root).profile.person.education]
    assert places == ["University of Kiel", "University of Lund", "Aarhus"]


def test_a_title_line_closed_by_a_comma():
    from kg.importers.page.person import split_title_aff

    assert split_title_aff("Data researcher,") == ("Data researcher", None)


def test_a_degree_then_one_more_from_a_second_place(tmp_path):
    root = write_site(tmp_path / "site", {
        **academicpages_home(
            "Lena Voss",
            "I am a postdoc at Lake University. I have a master "
            "in physics from Harbor University, and one from University of Trento, both in optics.\n",
            titled=True),
    })
    places = [e.institution for e in import_path(root).profile.person.education]
    assert "University of Trento" in places and "Harbor University" in places


def test_position_patterns_built_from_one_set_of_pieces_match_as_written_out():
    """bio's first-person position patterns share their pieces ('I am', 'currently', a title of one to four words):
    each built from them is the pattern as it was written out in full, with the same matches."""
    import re

    from kg.importers.page import bio

    written = {
        "_HOLDS_POSITION": re.compile(r"\bI\s+(?:currently\s+|now\s+)?(?:hold|have held)\s+(?:a|an|the)\s+"
                                      r"(?P<title>[\w-]+(?:\s+[\w-]+){0,3}?)\s+position\b", re.I),
        "_PLACELESS_POSITION": re.compile(
            r"^(?:I am|I'm|I’m)\s+(?:currently\s+|now\s+)?an?\s+(?P<title>[\w-]+(?:\s+[\w-]+){0,3}?)"
            r"(?:\s+and\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:Ph\.?\s?D\.?|doctor))?\s+"
            r"(?:focus(?:s)?ed|working|interested|speciali[sz](?:ing|ed)|passionate|based\s+in)\b"),
    }
    lines = ["At Fenmark College, where I now hold a senior lecturer position since 2018.",
             "I'm a hydrology engineer focused on dams.", "I am currently an applied statistician working on maps.",
             "i have held the visiting chair position", "I’m a baker interested in bread.", "I am a person.",
             "I’m a data engineer and Physics PhD based in Lund."]
    for name, pattern in written.items():
        built = getattr(bio, name)
        assert (built.pattern, built.flags) == (pattern.pattern, pattern.flags)
        assert [m and m.group("title") for m in map(built.search, lines)] == \
            [m and m.group("title") for m in map(pattern.search, lines)]


@pytest.mark.parametrize("text, name", [
    ("Hello! I'm Ada Lind (Ada Lind-Moss), a hydrologist.", ("Ada Lind", "Ada Lind-Moss")),
    ("I am Wen J. Zhao, a lecturer.", ("Wen J. Zhao", None)),
    ("My name is Wen Zhao. I study rivers.", ("Wen Zhao", None)),
    ("My name is Wen Zhao \U0001F44B I study rivers.", ("Wen Zhao", None)),
    ("I am Robert Smith Jr., an associate professor.", ("Robert Smith Jr.", None)),
    # a blog's about page saying whose blog it is (the site named for itself)
    ("The Tidal Ledgers blog is maintained by Wren Ostrander, a PhD student.", ("Wren Ostrander", None)),
    ("This site is written by Pia Lund.", ("Pia Lund", None)),
])
def test_a_self_introduction_names_the_owner(text: str, name: tuple):
    # the name as a bio introduces it: a stop ends none of its words but an initial's and a closing "Jr."/"Sr."'s
    from kg.importers.page import bio

    assert bio._SELF_INTRO.search(text).group("n", "alt") == name


@pytest.mark.parametrize("text", [
    "This website is maintained by Bo Chen.",  # (a footer's webmaster: a lab's manager, a department's staff)
    "This site is run by Bo Chen, our lab manager.",
    "This homepage is maintained by the Physics Department.",
])
def test_a_webmaster_line_names_no_owner(text: str):
    from kg.importers.page import bio

    assert bio._SELF_INTRO.search(text) is None


@pytest.mark.parametrize("text, name", [
    ("Dr. Bo Okafor is a lecturer.", "Bo Okafor"),
    ("Robert Smith Jr. is an associate professor of history at Widget University.", "Robert Smith Jr."),
    ("Robert L. Smith Jr. is an associate professor.", "Robert L. Smith Jr."),
])
def test_a_bio_opening_with_its_subject_names_the_owner(text: str, name: str):
    from kg.importers.page import bio

    assert bio._BIO_SUBJECT.match(text).group("n") == name


def test_a_bio_subject_with_a_closing_jr_is_the_owner_over_the_papers_initials(tmp_path: Path):
    # review76d b32: "Robert Smith Jr. is ..." with the papers listing "J. Smith": the bio's name is the owner's
    page = tmp_path / "index.md"
    page.write_text("# Home\n\nRobert Smith Jr. is an associate professor of history at Widget University.\n\n"
                    "## Publications\n\n- J. Smith, Bo Li. Rivers at night. Water Letters, 2020.\n"
                    "- Kit Penn, J. Smith. Clay under frost. Soil Letters, 2021.\n", encoding="utf-8")
    assert _person(page).name == "Robert Smith Jr."


def test_an_engineering_or_research_masters_student_studies_at_the_place_named(tmp_path):
    # "an MEng (Research) student ... at X": the master's degree in progress is an education at X, as a PhD
    # student's is (the degree's kind in brackets between the degree and "student")
    for degree, kept in (("MEng (Research)", "MEng"), ("MPhil", "MPhil"), ("MRes", "MRes")):
        (tmp_path / "index.html").write_text(
            "<html><body><h1>Ines Varga</h1>\n"
            f"<p>I am currently a {degree} student in the Marsh Ecology Group at Harbor University of Science "
            "(HUS), Lakeside, supervised by Prof. Mira Okafor. I received my B.Sc. degree from Inland College in 2019."
            "</p>\n<h2>Publications</h2><ol><li>Ines Varga, Bo Holt. Tidal patterns in shallow bays. "
            "<i>Coastal Letters</i>, 2020.</li></ol></body></html>\n")
        person = import_path(tmp_path).profile.person
        assert [(e.degree, e.institution.split(" (")[0]) for e in person.education] == [
            (kept, "Harbor University of Science"), ("B.Sc.", "Inland College")], degree


def test_a_phd_researcher_at_a_department_at_a_school_studied_at_the_school(tmp_path):
    # "a PhD Researcher at the Department of X at the Y Institute": the department, then the school it belongs to
    # (the two together longer than a school's name alone)
    (tmp_path / "index.html").write_text(
        "<html><body><h1>Ines Varga</h1>\n<p>I am a postdoctoral researcher at the University of Tallmoor. "
        "Previously, I was a PhD Researcher at the <a href='https://x.example.org'>Department of Coastal and Marine "
        "Sciences</a> at the Northern Harbor University Institute in Bergen, Norway.</p></body></html>\n")
    person = import_path(tmp_path).profile.person
    assert [e.institution.split(" in ")[0] for e in person.education] == ["Northern Harbor University Institute"]


def test_a_degree_in_brackets_after_what_the_owner_studied_names_its_place_and_advisors(tmp_path):
    # "My background is hydrology (PhD, X University, with A, B and C)": the owner's degree, its place and each
    # advisor (a name wrapped over two source lines is one name); the same note after another person's name is not
    # the owner's
    (tmp_path / "README.md").write_text(
        "## Hello, I'm Ines Varga\n\n"
        "I study marsh ecology, from reeds to herons and the silt between them.\n\n"
        "My background is hydrology (PhD, Harbor University, with Mira Okafor, Tomas\n"
        "Berg and Lea Kranz), so I come at wetlands from the water side. Our group is led by\n"
        "Jo Bellamy (PhD, Inland College), who studies birds.\n\n"
        "### Selected publications\n\n"
        "- **How reeds bend in wind.** *Journal of Marsh Studies* 3(2):1-9 (2019).\n"
        "- **Silt under slow water.** *River Letters* 8:12 (2020).\n")
    person = import_path(tmp_path).profile.person
    assert [(e.degree, e.institution) for e in person.education] == [("PhD", "Harbor University")]
    assert person.advisors == ["Mira Okafor", "Tomas Berg", "Lea Kranz"]


def test_a_bio_opening_with_a_position_at_a_company_named_without_an_org_word(tmp_path):
    # "Data Scientist at [Tidewater](url), Lake City. I build ...": the bio's first words are the position and the
    # place it is held at, although "Tidewater" (a company's name) has no word such as "University" or "Labs"
    (tmp_path / "README.md").write_text(
        "## Hi, I am Ines Varga\n\n"
        "Data Scientist at [Tidewater](https://example.org/), Lake\n"
        "City. I build tools for marsh surveys that field teams actually use.\n\n"
        "### Selected publications\n\n"
        "- **How reeds bend in wind.** *Journal of Marsh Studies* 3(2):1-9 (2019).\n")
    person = import_path(tmp_path).profile.person
    assert person.job_title == "Data Scientist"
    assert [a.name.split(",")[0] for a in person.affiliations] == ["Tidewater"]


def test_a_phd_candidate_of_a_named_field_at_a_university_studies_there(tmp_path):
    """A home page telling "I'm a Computer Science PhD Candidate at Tarn University" (the field in capitals before
    the degree, "Candidate" capitalised): the owner studies there for a PhD, as "a PhD candidate at X" is read.
    Before, only a lower-case word before the degree and a lower-case "candidate" were read: no education."""
    p = imported_site(tmp_path, {"index.md": (
        "# Ivo Lema\n\nI'm a Computer Science PhD Candidate at Tarn University. I study tides.\n")})
    assert [(e.degree, e.institution) for e in p.person.education] == [("PhD", "Tarn University")]


def test_a_student_naming_themself_before_their_place_of_study_studies_there(tmp_path):
    """A home page telling "I'm Ivo, a PhD student in the Tide Group at the Tarn University" (the owner's first name
    and a comma between "I'm" and what they are): the owner studies there for a PhD. Before, only "I'm a PhD
    student at ..." was read: no education."""
    p = imported_site(tmp_path, {"index.md": (
        "# Ivo Lema\n\nI'm Ivo, a PhD student in the Tide Group at the Tarn University. I study tides.\n")})
    assert [(e.degree, e.institution) for e in p.person.education] == [("PhD", "Tarn University")]


def test_for_after_a_position_other_than_professor_does_not_open_the_place(tmp_path):
    # "a Research Assistant at the chair for X at Y": "chair" here is the place, not a position of its own
    page = tmp_path / "about.md"
    page.write_text("# Ana Roe\n\nHi! I am Ana, a Research Assistant at the chair for Moss Studies at the University "
                    "of Lakeside in Germany.\n")
    assert import_path(page).profile.person.job_title != "Research Assistant at the chair"


def test_a_note_on_what_changed_on_the_site_is_no_workplace(tmp_path):
    # under the last-updated line: "Updated the Research Projects page." names no place the owner works at
    page = tmp_path / "index.html"
    page.write_text("<html><body><h1>Ada Korn</h1>\n<p>Last updated on 3 March 2022</p>\n"
                    "<p class='whatsnew'>Updated the Research Projects page.</p>\n"
                    "<p>I am currently an Adjunct Research Fellow with the School of Rivers and Public Affairs, "
                    "University College Tallmoor. I was a postdoc at the Sheep Institute from 2018-20.</p>\n"
                    "</body></html>\n")
    (aff, *_rest) = import_path(page).profile.person.affiliations
    assert aff.name == "University College Tallmoor"


def test_news_of_a_lab_member_is_not_the_heads_job_or_workplace():
    # "Ross lab postdoc will start his lab at X" (a lab's spotlight on a member): a group's line, whose role and
    # place are the member's; the head's own lines are not
    from kg.importers.page.bio import _GROUP_VOICE

    assert _GROUP_VOICE.match("Ross lab postdoc will start his lab at Tarn Institute in May, 2021.")
    assert _GROUP_VOICE.match("The Ross Group students won the poster prize at Tarn University.")
    assert not _GROUP_VOICE.match("Lab manager, Tarn Institute of Plants")
    assert not _GROUP_VOICE.match("Associate Professor, Lakeside University")


def test_an_advisor_sentence_closing_a_thesis_venue_line_names_the_owners_advisor(tmp_path):
    # an old hand-written list whose thesis item ends "Ph.D. thesis, <a>School</a>, 2004.  Advisor: <a>Name</a>.":
    # the sentence was cut from the venue and lost, so the owner had no advisor
    root = write_site(tmp_path / "site", {"index.html": (
        "<html><head><title>Rolf Aune</title></head><body><h1>Rolf Aune</h1>\n"
        "<p>Professor of Mathematics, Nordvik University.</p>\n<h2>Publications</h2>\n<ol>\n"
        "<li><i>Cells of knot varieties</i>, with Bo Chen, <i>J. Algebra</i> 12 (2008), 1-20.\n"
        "<li><i>Knot Varieties</i>,\n  Ph.D. thesis, <a href=\"https://math.tarn.example\">Tarn University</a>, "
        "2004.  Advisor: <a\n  href=\"https://math.tarn.example/~ilund/\">Ida Lund</a>.\n"
        "[<a href=\"papers/thesis.pdf\">PDF</a>]\n</ol></body></html>\n")})
    p = import_path(root).profile
    thesis = next(x for x in p.publications if x.title == "Knot Varieties")
    assert thesis.venue == "Ph.D. thesis, Tarn University"
    assert p.person.advisors == ["Ida Lund"]


@pytest.mark.parametrize("label", ["PhD advisor", "Doctoral advisors", "Directeur de thèse"])
def test_every_advisor_label_closing_a_thesis_venue_line_names_the_owners_advisor(tmp_path, label):
    # the venue's cut took only "Advisor:" / "Thesis supervisor:", while the owner's-thesis rule reads its note with
    # the labels of a line of advisors (ADVISOR_LABEL): "PhD advisor: X" closing the venue line was dropped
    root = write_site(tmp_path / "site", {"index.html": (
        "<html><head><title>Rolf Aune</title></head><body><h1>Rolf Aune</h1>\n"
        "<p>Professor of Mathematics, Nordvik University.</p>\n<h2>Publications</h2>\n<ol>\n"
        "<li><i>Cells of knot varieties</i>, with Bo Chen, <i>J. Algebra</i> 12 (2008), 1-20.\n"
        f"<li><i>Knot Varieties</i>,\n  Ph.D. thesis, Tarn University, 2004.  {label}: Ida Lund.\n</ol></body></html>\n")})
    p = import_path(root).profile
    thesis = next(x for x in p.publications if x.title == "Knot Varieties")
    assert thesis.venue == "Ph.D. thesis, Tarn University"
    assert p.person.advisors == ["Ida Lund"]


def test_a_campus_named_by_its_town_after_at_is_one_institution_in_a_position_sentence(tmp_path):
    """'I am a Postdoctoral Fellow at the University of Texas at Arlington, working with ...': the campus's town is
    part of the university's name, as after a comma ("University of California, Irvine"); before, the sentence was
    cut at the second "at", the town read as the institution and "University of Texas" as its department."""
    page = ("<html><body><h1>Noor Asfar</h1>\n<p>I am a Postdoctoral Fellow at the University of Texas at Arlington, "
            "working with Lena Kruse. Before that I studied statistics.</p>\n</body></html>\n")
    p = imported_site(tmp_path, {"index.html": page})
    assert [(a.name, a.department, a.role) for a in p.person.affiliations] == [
        ("University of Texas at Arlington", None, "Postdoctoral Fellow")]


def test_a_first_person_position_with_no_place_then_what_the_work_is(tmp_path):
    """"I'm a data engineer focused on ...": the owner's position, no place named, then what the work is about.
    Before, a position in prose was taken only before its place ("... at X") or alone in its sentence."""
    page = ("<html><body><h1>Ines Moura</h1>\n<p>I'm a data engineer focused on tools for weather records. Some "
            "of my older research is listed below.</p>\n</body></html>\n")
    p = imported_site(tmp_path, {"index.html": page})
    assert (p.person.job_title, p.person.affiliations) == ("data engineer", [])


def test_a_pointer_in_the_owners_voice_and_an_eyebrow_label_are_no_workplaces(tmp_path):
    # "For a deeper insight into my research, please refer to my <a>google scholar</a>": a sentence whose words
    # hold "research"; "Research output", a small label over the list of papers: neither is an organisation
    page = ("<html><body><main><section><h1><strong>Ada</strong> Lind</h1><p class='sub'>Ph.D. Candidate</p></section>"
            "<div class='bio'><p>I am a Ph.D. student in the Department of Physics at "
            "<a href='https://nu.example.edu/'>Northshore University</a>. I study magnets.</p></div>"
            "<div class='note'><p>For a deeper insight into my research, please refer to my "
            "<a href='https://scholar.google.com/citations?user=abcdefAAAAAJ'>google scholar</a>.</p></div>"
            "<section><div class='eye'>Research output</div><h2>Selected publications</h2>"
            "<ul><li>Ada Lind, Bo Ng. Magnets at rest. Phys. Rev. B, 2021.</li></ul></section></main></body></html>")
    profile = imported_site(tmp_path / "site", {"index.html": page})
    assert [a.name for a in profile.person.affiliations] == ["Northshore University"]
    assert [p.title for p in profile.publications] == ["Magnets at rest"]


def test_a_thesis_block_labels_its_advisors_in_french(tmp_path):
    page = tmp_path / "recherche.md"
    page.write_text("# Anna Moss\n\n## Thèse de doctorat\n\nTitre : Modèles des landes humides\n\nAnnée : 2024\n\n"
                    "Université : Université de Lyon\n\nDirection : Paul Lind et Marie-Anne Roe\n")
    person = import_path(page, owner="Anna Moss").profile.person
    assert person.advisors == ["Paul Lind", "Marie-Anne Roe"]


def test_a_school_named_again_without_its_degree_adds_no_education():
    from kg.importers.site.assemble import merge_person
    from kg.model import Education, Person

    base = Person(name="Jonas Weber", education=[Education(degree="Dr.-Ing.", institution="Lake University", year=2020)])
    merge_person(base, Person(name="Jonas Weber", education=[Education(institution="Lake University"),
                                                              Education(degree="M.S.", institution="Lake University")]))
    assert [(e.degree, e.institution) for e in base.education] == [("Dr.-Ing.", "Lake University"),
                                                                   ("M.S.", "Lake University")]


def _affiliations(tmp_path, bio: str) -> list[tuple[str, str | None, bool]]:
    profile = imported_site(tmp_path / "site", {"index.md": f"# Rana Oduya\n\n{bio}\n"})
    return [(a.name, a.department, a.current) for a in profile.person.affiliations]


def test_what_the_owner_does_at_the_place_is_no_part_of_its_name(tmp_path):
    # the bio sentence goes on after the place with a clause of what the owner does there
    assert _affiliations(tmp_path / "a", "I am a Research Scientist at the Institute of Harbor Studies, developing "
                                         "sensors for tidal flats and salt marshes.")[0][0] == "Institute of Harbor Studies"
    assert _affiliations(tmp_path / "b", "I am an Associate Professor at Fenmark University, as well as a field member "
                                         "in Physics and Data Science.")[0][0] == "Fenmark University"


def test_a_dash_between_spaces_ends_the_place(tmp_path):
    # "at X — see my profile": an aside after the place, no part of its name
    affs = _affiliations(tmp_path, "I am a Lecturer at the University of Pellmark — see [my profile]"
                                   "(https://tides.example.org/me).")
    assert [a[0] for a in affs] == ["University of Pellmark"]


def test_a_position_held_with_a_grant_at_a_group_of_a_university(tmp_path):
    # what the position comes with ("with a national grant"), then the group and its university, then an aside
    affs = _affiliations(tmp_path, "I am currently a research group leader with a national grant at the [Tidal "
                                   "Physics group](https://tides.example.org/) at the University of Pellmark — see "
                                   "[my profile](https://tides.example.org/me).")
    assert affs == [("University of Pellmark", "Tidal Physics group", True)]


def test_a_past_position_ends_where_the_next_step_of_the_career_begins(tmp_path):
    # "Previously, I was a postdoc at X, earned my PhD at Y ...": X the past place, not the clause after it
    affs = _affiliations(tmp_path, "I am a Lecturer at Fenmark University.\n\nPreviously, I was a postdoc at Lakeside "
                                   "University, earned my PhD in Biology at Hillcrest University advised by Ann Moor, "
                                   "and received a BS from Dune College.")
    assert ("Lakeside University", None, False) in affs
    assert not [a for a in affs if "earned" in a[0]]


def test_a_position_named_before_the_word_position_is_the_job(tmp_path):
    profile = imported_site(tmp_path / "site", {"index.md": "# Rana Oduya\n\nI teach two master's courses at "
                                                            "Fenmark University, where I hold a lecturer position "
                                                            "since 2019.\n"})
    assert profile.person.job_title == "lecturer"


def test_the_host_named_after_a_past_place_is_no_part_of_it(tmp_path):
    affs = _affiliations(tmp_path, "I am a Lecturer at Fenmark University.\n\nPreviously, I was a postdoc at Lakeside "
                                   "University with John P. Moor. I like maps.")
    assert ("Lakeside University", None, False) in affs


def test_a_first_person_sentence_of_collaboration_under_research_is_no_paper(tmp_path):
    # "I have also collaborated with the X Team in the [Institute](...) at Y, working with ...": a place the
    # owner worked with, under a "Research" heading, not a paper with a linked title
    (tmp_path / "index.md").write_text(
        "---\ntitle: Tamsin Vell\n---\n\n## Research and Work\n\n"
        "I study how water gathers on flat ground after storms, with a focus on small urban basins.\n\n"
        "I have also collaborated with the Runoff Modelling Team in the [Centre for Surface Water]"
        "(https://example.org/csw/) at Lowmere, working mostly with the members of the [Gutter Dynamics Unit]"
        "(https://example.org/csw/gutters). The team builds tools for the study of runoff across many towns and is "
        "formed by a group of people with varied experience.\n", encoding="utf-8")
    p = import_path(tmp_path / "index.md").profile
    assert p.publications == []


def test_an_economist_at_a_company_and_a_research_affiliate_elsewhere(tmp_path):
    # "I am a Principal Economist at X and a Research Affiliate to the Y Institute": an economist's position
    # (no "professor" or "scientist" in it), its place ending where the second position begins
    (tmp_path / "index.md").write_text(
        "---\ntitle: Tamsin Vell\n---\n\nWelcome to my page. I am a Senior Economist at Northwind Trading and a "
        "Research Affiliate to the Lowmere Institute of Labour Studies. My interests are in wages and migration.\n",
        encoding="utf-8")
    p = import_path(tmp_path / "index.md").profile
    assert p.person.job_title == "Senior Economist"
    assert [a.name for a in p.person.affiliations][:1] == ["Northwind Trading"]


def test_scopus_and_ncbi_bibliography_links_are_the_owners_profiles(tmp_path):
    # "[Scopus Profile](https://www.scopus.com/authid/detail.uri?authorId=...)", "[NCBI Profile](.../myncbi/<name>/
    # bibliography/public/)": the owner's author record and public bibliography, ids of the owner
    (tmp_path / "README.md").write_text(
        "# Hi, I'm Ana Roe\n\nI am a marine botanist.\n\n"
        "- [Scopus Profile](https://www.scopus.com/authid/detail.uri?authorId=11122233344)\n"
        "- [NCBI Profile](https://www.ncbi.nlm.nih.gov/myncbi/ana%20r.roe.2/bibliography/public/)\n")
    ids = import_path(tmp_path).profile.person.identifiers
    assert ids["scopus"] == "11122233344"
    assert ids["ncbi_bibliography"] == "ana%20r.roe.2"


@pytest.mark.parametrize("bio, places", [
    # a joint post at two institutions, each named whole (its acronym after it): two affiliations
    ("She is Ada Quill, a joint-PhD student at Lowmoor University (LU) and University of Fenwick (UF).",
     ["Lowmoor University", "University of Fenwick"]),
    # a post said to be joint: two places, whatever their words ("X Business School", "Y AI Laboratory")
    ("I am a joint PhD student at Lowmoor Business School and the Fenwick Data Laboratory, working on tides.",
     ["Lowmoor Business School", "Fenwick Data Laboratory"]),
    # one institution's name with "and" inside it stays one
    ("She is Ada Quill, a joint-PhD student at the Lowmoor Institute of Science and Technology.",
     ["Lowmoor Institute of Science and Technology"]),
])
def test_a_post_at_two_institutions_named_whole_is_two_affiliations(tmp_path, bio, places):
    page = tmp_path / "index.md"
    page.write_text(f"# Ada Quill\n\n{bio}\n", encoding="utf-8")
    person = import_path(page).profile.person
    assert [a.name for a in person.affiliations] == places


def test_a_french_bio_said_of_the_owner_gives_the_post_and_its_first_place(tmp_path):
    # "Ana Roe est doctorante en X à l’université de Y et en Z, à l’université de W": the post said in the third
    # person, its place ending where the second field begins
    page = tmp_path / "index.md"
    page.write_text("# Ana Roe\n\n## Biographie\n\nAna Roe est doctorante en histoire à l’université de Lowmoor et en "
                    "géographie, à l’université de Fenwick. Elle travaille sur les cartes anciennes et leurs usages.\n",
                    encoding="utf-8")
    person = import_path(page).profile.person
    assert person.job_title == "doctorante en histoire"
    assert [a.name for a in person.affiliations][:1] == ["université de Lowmoor"]
    # a doctorate under way at both places (a joint one): each is a place of study, as "a PhD student at X" is
    assert [(e.degree, e.institution) for e in person.education] == [
        ("PhD", "université de Lowmoor"), ("PhD", "université de Fenwick")]


@pytest.mark.parametrize("bio", ["She is Ada Quill, a PhD student at Lowmoor University.",
                                 "He is Ada Quill, an assistant professor at Lowmoor University."])
def test_a_one_sentence_bio_naming_the_owner_before_the_post_gives_the_post(tmp_path, bio):
    # "She is Ada Quill, a PhD student at X": the name is whom she is, not part of the post
    page = tmp_path / "index.md"
    page.write_text(f"# Ada Quill\n\n{bio}\n", encoding="utf-8")
    person = import_path(page).profile.person
    assert person.job_title in ("PhD student", "assistant professor")
    assert [a.name for a in person.affiliations] == ["Lowmoor University"]


def test_a_degree_heading_over_the_line_naming_the_school_is_one_degree(tmp_path):
    # "### 🎓 **Ph.D. in Marine Sciences**" over "*University of Tallmoor, Norland*" and "**Major:** ...": the
    # heading names the degree, the line under it where it was earned
    (tmp_path / "README.md").write_text(
        "# Hi, I'm Ana Roe\n\nI am a marine botanist.\n\n## Education\n\n"
        "### 🎓 **Ph.D. in Marine Sciences**  \n*University of Tallmoor, Norland*  \n**Major:** Botany, Ecology\n\n"
        "### 🎓 **Bachelor in Coastal Biology**  \n*Pellmark University, Norland*  \n**Major:** Biology\n\n"
        "## Languages\n\nNorse\n")
    eds = import_path(tmp_path).profile.person.education
    assert [(e.degree, e.institution) for e in eds] == [("Ph.D.", "University of Tallmoor"),
                                                        ("Bachelor", "Pellmark University")]


def test_degree_lines_parted_by_dots_in_a_list_under_about_me_are_degrees(tmp_path):
    # "<li>Ph.D. in Ocean Physics ∙ University of Tallmoor ∙ 2018</li>" under "## About me": a degree (the dots
    # part its pieces as commas would), not a paragraph of the bio
    (tmp_path / "index.md").write_text(
        "# Ines Harwood\n\n## About me\n\nI work as an oceanographer at the University of Pellmark.\n\n"
        '<ul class="fa-ul">\n   <li><span class="fa-li"><i class="fa-solid fa-graduation-cap"></i></span>'
        "Ph.D. in Ocean Physics ∙ University of Tallmoor ∙ 2018</li>\n"
        '   <li><span class="fa-li"><i class="fa-solid fa-graduation-cap"></i></span>'
        "B.S. in Physics · Pellmark University · 2012</li>\n</ul>\n")
    eds = import_path(tmp_path).profile.person.education
    assert [(e.degree, e.field, e.institution, e.year) for e in eds] == [
        ("Ph.D.", "Ocean Physics", "University of Tallmoor", 2018), ("B.S.", "Physics", "Pellmark University", 2012)]


def test_a_groups_welcome_naming_its_university_gives_its_heads_affiliation(tmp_path):
    # "Welcome to the webpage of the University of X's Tides Group, ... led by Jo Roe": the group's university is
    # its head's (an editor's zero-width spaces and bold before the greeting)
    page = tmp_path / "index.md"
    page.write_text("# Jo Roe\n\n\u200b\u200b\u200b\u200b**Welcome to the webpage of the University of Lakeside's Tides "
                    "Group, located within the [School of Marine Science](https://marine.example.edu) and led by "
                    "[Jo Roe](https://marine.example.edu/jo/).**\n\nWe study tides.\n", encoding="utf-8")
    assert [a.name for a in import_path(page).profile.person.affiliations] == ["University of Lakeside"]


def _page(tmp_path: Path, body: str):
    d = write_site(tmp_path / "pg", {"README.md": "# Ines Falkvard\n\n" + body})
    return import_path(d / "README.md").profile.person


def test_prose_field_and_advisors_before_the_place(tmp_path: Path):
    p = _page(tmp_path, "I am a PhD student in Soil Physics supervised by [Ola Berg](https://x.example/ob) and "
                        "co-supervised by [Kai Moen](https://y.example/km) at [Fjordvik University](https://fu.example).\n")
    assert [(a.name, a.role) for a in p.affiliations] == [("Fjordvik University", "PhD student")]
    p = _page(tmp_path / "2", "I am a PhD student in Soil Physics, supervised by Ola Berg.\n")
    assert p.affiliations == [] and p.job_title == "PhD student"


def test_a_kind_of_place_is_no_affiliation(tmp_path: Path):
    p = _page(tmp_path, "I am a transport analyst and consultant with a background in urban planning and law.\n")
    assert p.affiliations == []
    p = _page(tmp_path / "2", "I am a field engineer working at a neutron beam facility (the Harbor Radiation "
                              "Laboratory).\n")
    assert [a.name for a in p.affiliations] == ["Harbor Radiation Laboratory"]


def test_the_owners_call_in_bold_is_no_affiliation(tmp_path: Path):
    # an academicpages about page (the sidebar's bio names the university): the owner's call in bold above the bio
    # sentence that names the place through a linked team, as the real page has it
    d = write_site(tmp_path / "jk", {
        "_config.yml": 'title: "Home"\nauthor:\n  name: "Ines Falkvard"\n  bio: "Fjordvik University"\n',
        "_pages/about.md": "---\npermalink: /\ntitle: \"\"\nauthor_profile: true\n---\n\n"
                           "**\\*\\*I am looking for research internships next year in 2026!\\*\\***\n\n"
                           "I am a final year Ph.D. candidate at the [Tide team](https://example.org/tide) at the "
                           "Centre for Tides (CT), Fjordvik University.\n"})
    p = import_path(d).profile.person
    assert not any("looking for" in a.name for a in p.affiliations)
    assert any("Fjordvik University" in a.name for a in p.affiliations)


def test_an_experience_line_with_its_dates_between_place_and_role(tmp_path: Path):
    p = _page(tmp_path, "## Experience\n\n"
                        "- Fjordvik University (North Campus) Dec 2024 – Jun 2025 (expected) Exchange Student · "
                        "Advisor: Prof. Ola Berg\n"
                        "- Saltmarsh Labs Oct 2023 – Nov 2023 Data Intern\n"
                        "- University of Oxford 2017 - 2019 Research Assistant - Oxford Hearing Group\n")
    # ("Oxford 2017": a town before a year is no month)
    assert [(a.name, a.role, a.start_year, a.end_year) for a in p.affiliations] == [
        ("Fjordvik University (North Campus)", "Exchange Student", 2024, 2025),
        ("Saltmarsh Labs", "Data Intern", 2023, 2023),
        ("University of Oxford, Oxford Hearing Group", "Research Assistant", 2017, 2019)]


def test_a_post_whose_line_closes_with_since_a_year_is_held_now(tmp_path: Path):
    # "Fellow, X — *Since 2025*" over the post's one-line summary: the post held from then on, the owner's job now
    p = _page(tmp_path, "## Work Experience\n\n"
                        "- **Research Fellow**, Fjordvik University — *Since 2025*  \n  Studying salt in soils.\n"
                        "- **Postdoctoral Researcher**, Saltmarsh Institute — *2023–2025*\n")
    assert [(a.name, a.role, a.current, a.start_year) for a in p.affiliations] == [
        ("Fjordvik University", "Research Fellow", True, 2025),
        ("Saltmarsh Institute", "Postdoctoral Researcher", False, 2023)]
    assert p.job_title == "Research Fellow"


def test_a_post_named_by_its_sub_heading_over_the_place_and_dates(tmp_path: Path):
    # "### Senior Engineer" over "Fjordvik University, *Norway* `2022 - present`": the heading is the post held
    # at the place the line under it names (a heading that names no post gives no role)
    p = _page(tmp_path, "## Experience\n\n"
                        "### **Senior Engineer**\n> [Fjordvik University](https://fu.example), *Norway* "
                        "`Mar 2022 - present`\n>\n> * Built soil probes.\n\n"
                        "### Soil probes\n> Saltmarsh Institute, *Denmark* `Jan 2019 - Feb 2022`\n")
    assert [(a.name, a.role, a.current) for a in p.affiliations] == [
        ("Fjordvik University", "Senior Engineer", True), ("Saltmarsh Institute", None, False)]
    assert p.job_title == "Senior Engineer"


def test_a_sub_heading_naming_a_lab_role_is_no_post(tmp_path: Path):
    # r78g: "### Principal Investigator" over a grant's council and dates says what the owner is on the grant, no
    # post held there (before: job "Principal Investigator"), as a members file's "role: PI" is none
    p = _page(tmp_path, "## Research Experience\n\n### Principal Investigator\n> Harbor Soil Council, *Norway* "
                        "`2020 - present`\n\n### Co-Investigator\n> Nordic Ocean Fund, *Denmark* `2017 - 2019`\n")
    assert [a.role for a in p.affiliations] == [None, None]
    assert p.job_title is None


def test_a_post_sub_heading_over_a_dated_place_then_another_heading_over_more_places(tmp_path: Path):
    # 939e7f2d (jmauritzen's shape): <h4>Associate Professor</h4> over its dated place, then <h4>External
    # examiner</h4>, a heading the reader does not take as a post, over two dated places: those get no post of it
    page = tmp_path / "index.html"
    page.write_text("<html><body><h1>Ines Falkvard</h1><h2>Positions</h2><h4>Associate Professor</h4>"
                    "<p>Department of Soil Science, Fjordvik University, 2019 - present</p>"
                    "<h4>External examiner</h4><p>Tarn Metropolitan University, 2020 - 2023</p>"
                    "<p>Saltmarsh University, 2018 - 2022</p></body></html>\n", encoding="utf-8")
    p = import_path(page).profile.person
    assert p.job_title == "Associate Professor"
    assert [(a.name, a.role, a.current) for a in p.affiliations] == [
        ("Department of Soil Science, Fjordvik University", "Associate Professor", True),
        ("Tarn Metropolitan University", None, False), ("Saltmarsh University", None, False)]


def test_an_academicpages_cv_position_over_its_place(tmp_path: Path):
    p = _page(tmp_path, "## Work experience\n\n"
                        "* October 2023 -- Now : Soil Analyst\n  * Fjordvik University\n"
                        "  * Duties included: soil surveys\n\n"
                        "* Summer 2021: Research Assistant\n  * Saltmarsh Institute of Technology\n")
    assert [(a.name, a.role, a.start_year) for a in p.affiliations] == [
        ("Fjordvik University", "Soil Analyst", 2023), ("Saltmarsh Institute of Technology", "Research Assistant", 2021)]


def test_the_themes_demo_cv_names_no_place(tmp_path: Path):
    p = _page(tmp_path, "## Education\n\n* Ph.D in Version Control Theory, GitHub University, 2018\n\n"
                        "## Work experience\n\n* Fall 2015: Research Assistant\n  * GitHub University\n"
                        "  * Duties included: Merging pull requests\n")
    assert p.affiliations == [] and p.education == []


def test_a_groups_sentence_with_a_job_word_is_no_job_title(tmp_path: Path):
    d = write_site(tmp_path / "h", {"index.html": (
        "<html><head><title>Ana Roe</title></head><body><h1>Ana Roe</h1>"
        "<p>Our principal model organisms are two sturdy mosses: peat moss and hair moss.</p></body></html>")})
    assert import_path(d / "index.html").profile.person.job_title is None


def test_a_scholar_is_a_position_the_bio_names(tmp_path):
    # "X is a postdoctoral scholar at Y. She is a systems researcher working with ...": the position is the
    # scholar's, the second sentence says what kind of researcher she is
    profile = imported_site(tmp_path / "site", {
        "index.md": "# Rana Oduya\n\nRana is a postdoctoral scholar at Fenmark University.\nShe is a coastal "
                    "researcher working with [Prof. Ida Brenn](https://brenn.example.org/) at the "
                    "[Tide Lab](https://tides.example.org/).\n"})
    assert profile.person.job_title == "postdoctoral scholar"
    assert [a.name for a in profile.person.affiliations][:1] == ["Fenmark University"]


def test_a_state_university_campus_stays_in_the_name_but_a_country_is_a_place():
    from kg.importers.page.parse import parse_markdown_page

    def aff(sentence: str):
        p = parse_markdown_page(SourceDoc(Path("about.md"), f"# Ivo Varga\n\n{sentence}\n"), ImportOptions())
        return [a.name for a in p.person.affiliations], p.person.location

    assert aff("I am a professor of economics at the University of Wisconsin, Madison.") == (
        ["University of Wisconsin, Madison"], None)
    assert aff("I am a lecturer in history at Victoria University of Wellington, New Zealand.") == (
        ["Victoria University of Wellington"], "New Zealand")


def test_where_the_owner_comes_from_is_no_employer_and_a_graduation_names_the_degree(tmp_path):
    page = tmp_path / "index.md"
    page.write_text(
        "# Odile Brandt\n\n"
        "I am a chemist and data engineer from the UK interested in everything about widgets and gadgets, "
        "and how they can be measured.\n\n"
        "Currently, I am a Data Engineer at Harbor Widgets Ltd, where I build gadget pipelines for the team.\n\n"
        "Before that, I graduated with First-Class Honours in an MSci Chemistry degree at the University of "
        "Dunmore, UK.\n", encoding="utf-8")
    person = import_path(page).profile.person
    assert person.job_title == "Data Engineer"
    assert person.affiliations[0].name.startswith("Harbor Widgets Ltd")
    assert [(e.degree, e.institution) for e in person.education] == [("MSci", "University of Dunmore, UK")]


def test_the_degree_under_way_names_the_position_at_the_place_a_sentence_names(tmp_path):
    """'At present, I am working with Professor Ola Berg at Norrland University.' and, under Education,
    '- *2025.08 - Current*, CS PhD Student, Norrland University.': the sentence names the place and no position,
    the degree under way says what the owner is there. Before, the place without a role stopped the degree from
    giving the position (job title none)."""
    about = ("---\npermalink: /\n---\n\nHi, I am Mira Soto.\n=====\n\n"
             "At present, I am working with Professor [Ola Berg](https://oberg.example.org/) at Norrland University. "
             "Before that, I was a visiting student at Fjord College, where I worked with Professor "
             "[Rui Sato](https://rsato.example.org/).\n\n"
             "# Educations\n- *2025.08 - Current*, CS PhD Student, Norrland University.\n"
             "- *2021.09 - 2025.06*, BEng., Fjord Institute of Technology.\n")
    p = imported_site(tmp_path, {"_config.yml": "title: Mira Soto\nauthor:\n  name: Mira Soto\n",
                                 "_pages/about.md": about})
    assert p.person.job_title == "PhD Student"
    assert [(a.name, a.role) for a in p.person.affiliations] == [("Norrland University", "PhD Student")]


def test_a_position_held_at_one_place_and_in_another_names_two_places(tmp_path):
    """'a postdoctoral researcher at UC Berkeley and in the Lawrence Berkeley National Laboratory': read as one
    place "UC Berkeley and" with the laboratory its department; each "at"/"in" names a place of its own."""
    page = ("# Mara Quill\n\nI am a postdoctoral researcher at UC Berkeley and in the Lawrence Berkeley National "
            "Laboratory, working on solid-state batteries.\n")
    p = imported_site(tmp_path, {"index.md": page})
    assert [(a.name, a.department, a.role) for a in p.person.affiliations] == [
        ("UC Berkeley", None, "postdoctoral researcher"),
        ("Lawrence Berkeley National Laboratory", None, "postdoctoral researcher")]


def test_a_degree_held_beside_the_position_is_no_part_of_it(tmp_path):
    # "a Postdoctoral Research Fellow and PhD graduate at X": the position, then the degree earned at the same
    # place (the bio gave no position at all, and the site's stale one-liner won)
    page = tmp_path / "about.md"
    page.write_text("---\ntitle: About me\n---\n\nI am currently a Postdoctoral Research Fellow and PhD graduate at "
                    "the [School of Earth Sciences](https://example.org/ses), [University of Tartu]"
                    "(https://example.org/ut), Estonia.\n", encoding="utf-8")
    person = import_path(page, owner="Tarmo Lepp").profile.person
    assert person.job_title == "Postdoctoral Research Fellow"
    assert [(a.name, a.department) for a in person.affiliations] == [("University of Tartu", "School of Earth Sciences")]


def test_a_bio_naming_the_degree_after_the_word_degree():
    # "received the degree of M.Eng. in X from A, U.K., in 1991, and the degree of Ph.D. from B, U.K., in 2012":
    # two degrees, each with its place (the country's initials no end of the sentence) and year
    from kg.importers.page.parse import parse_markdown_page

    page = ("# Mira Talvik\n\nMira Talvik received the degree of M.Eng. in Rocket Engineering from the University "
            "of Tarn, U.K., in 1991, and the degree of Ph.D. (by publication) from the University of Lakeside, "
            "U.K., in 2012.\n\nShe is a lecturer at Tarn University.\n")
    p = parse_markdown_page(SourceDoc(Path("bio.md"), page), ImportOptions(owner="Mira Talvik"))
    assert [(e.degree, e.institution, e.year) for e in p.person.education] == [
        ("M.Eng.", "University of Tarn, U.K.", 1991), ("Ph.D.", "University of Lakeside, U.K.", 2012)]


def test_a_degree_over_lines_among_a_biographys_posts_is_education(tmp_path):
    # "<b>Ph.D.</b> (2006 - 2014)<br>Dept. of X,<br>Institute of Y,<br>City." after the posts under "Biography"
    page = tmp_path / "index.html"
    page.write_text("<html><head><title>Hari Nair</title></head><body><h1>Hari Nair</h1><h1>Biography</h1>"
                    "<p><b>Associate Professor</b> (2023 - Present)<br />Department of Avionics,<br />"
                    "Southern Institute of Space Technology,<br />Kollam.<br /></p>"
                    "<p><b>Ph.D.</b> (2006 - 2014) <br />Dept. of Electrical Engg.,<br />Northern Institute of Science,"
                    " <br />Mysore.<br /></p>"
                    "<p><b>B.Tech</b> in Electronics, (2002 - 2006) <br />College of Engineering, <br />Kollam.</p>"
                    "</body></html>", encoding="utf-8")
    p = import_path(page).profile
    assert [(e.degree, e.institution, e.year) for e in p.person.education] == [
        ("Ph.D.", "Northern Institute of Science", 2014), ("B.Tech", "College of Engineering", 2006)]
    assert [a.name for a in p.person.affiliations] == ["Southern Institute of Space Technology"]


def test_the_one_mailto_link_of_a_page_is_the_owners_email(tmp_path):
    # "You may <a href="mailto:x">email</a> me" in the closing <address>, no contact section: the one address the
    # page gives is the owner's; a page giving two (a coauthor's, the office's) says not which
    page = tmp_path / "index.html"
    body = ("<html><head><title>Hari Nair</title></head><body><h1>Hari Nair</h1><p>I write compilers.</p>"
            "<h4>Honours</h4><ul><li>A cheque for finding an error in a book.</li></ul><hr/>"
            "<address>You may <a href=\"mailto:hari@example.org\">email</a> me.</address>{}</body></html>")
    page.write_text(body.format(""), encoding="utf-8")
    assert import_path(page).profile.person.email == "hari@example.org"
    page.write_text(body.format("<p>Office: <a href=\"mailto:office@example.org\">the office</a></p>"),
                    encoding="utf-8")
    assert import_path(page).profile.person.email is None


def test_a_degree_sentence_whose_dates_follow_the_place(tmp_path):
    # "I did my PhD at X, from October 2018 to 2022": the dates after the place are no part of its name
    from kg.importers.base import ImportOptions, SourceDoc
    from kg.importers.page.parse import parse_markdown_page

    doc = SourceDoc(tmp_path / "cv.md", "# Nora Vale\n\n- I did my PhD at Lakeside University, from October 2018 to 2022.\n")
    person = parse_markdown_page(doc, ImportOptions(owner="Nora Vale")).person
    assert [(e.degree, e.institution) for e in person.education] == [("PhD", "Lakeside University")]


def test_advisors_each_followed_by_their_lab_in_parentheses():
    # "under the supervision of A (LIGM) and B (LIX)": the lab after a name ends no list of advisors
    from kg.importers.page.person import advisors_in

    assert advisors_in("I was a PhD student under the supervision of Ada Brun (LIGM) and Paul Denis (LIX).") == [
        "Ada Brun", "Paul Denis"]


def test_a_fellowship_held_after_the_degree_a_bio_says_was_received_is_no_award():
    # "he received his PhD from X, where ..., and completed a postdoctoral fellowship at Y": the sentence goes on
    # with a post, not with a second thing received; an award listed after the verb still is one
    from kg.importers.common import read_prose_awards

    assert read_prose_awards("Before that, he received his PhD from Hill University, where his thesis was cited, "
                             "and completed a postdoctoral fellowship at Lake Institute of Technology.") == []
    assert read_prose_awards("She received the Tide Medal in 2019, and completed a postdoc at Hill.") == [
        ("Tide Medal", 2019)]


_POSITIONS = """---
title: About
---

# Jo Roe

I am a fellow at Hill University.

## Education
### Ph.D. Marine Science
**Lake Institute of Science, Lakeside** | 2017 – 2022  
*Advisor*: Prof. Ann Lind

## Current Position
### Tide Fellow
**Hill University, School of Marine Science** | January 2022 – Present  
*Advisor*: Prof. Bo Chen

## Internships
### Summer Intern
**Coast Labs** | June 2016 – August 2016  
*Advisor*: Dr. Cy Dunn
"""


def test_a_current_position_heading_lists_the_owners_position(tmp_path):
    # "## Current Position" over "**Place** | January 2022 – Present": a position (the bar before the dates no part
    # of the place's name), as under "Positions"
    page = tmp_path / "about.md"
    page.write_text(_POSITIONS, encoding="utf-8")
    affs = import_path(page).profile.person.affiliations
    assert [(a.name, a.start_year) for a in affs if a.start_year == 2022] == [
        ("Hill University, School of Marine Science", 2022)]


def test_the_advisor_a_postdoc_position_names_is_the_owners_but_not_an_interns(tmp_path):
    # "*Advisor*: Prof. Bo Chen" under the current fellowship: the owner's advisor, as the doctorate's is; the
    # internship's is not
    page = tmp_path / "about.md"
    page.write_text(_POSITIONS, encoding="utf-8")
    assert import_path(page).profile.person.advisors == ["Ann Lind", "Bo Chen"]


def test_dated_event_lines_are_no_positions(tmp_path):
    # "* Aug 2024 Coastal HackWeek (Brest) - Organizer and project lead for ...": one month, no span, glued to an
    # event's name, then what the owner did there: an event, not a position held at a place (here under a bold
    # line that no reader takes for a heading, so still in the Education section, which also reads positions)
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_config.yml").write_text(
        'title: "Ivo Marchetti"\nauthor:\n  name: "Ivo Marchetti"\n  bio: "Research Scientist @ Harbor Institute"\n')
    (tmp_path / "_pages" / "about.md").write_text(
        "---\npermalink: /\ntitle: \"\"\n---\n\nI am a research scientist at the Harbor Institute.\n\n"
        "<div class=\"column\">\n<h3>Education</h3>\n<ul>\n<li>PhD in Oceanography, 2001, University of Tarn</li>\n"
        "</ul>\n</div>\n\n**Outreach** I help run these events\n\n"
        "* Jul 2023 Tide Data Hackathon (Lisbon) - Trainer and project lead on a forecasting project.\n"
        "* Aug 2024 UW-Coastal HackWeek (Brest) - Organizer team and project lead for a project on sea ice.\n",
        encoding="utf-8")
    person = import_path(tmp_path).profile.person
    names = [a.name for a in person.affiliations]
    assert not any("Hack" in n for n in names), names


def test_advisors_each_named_with_their_place(tmp_path):
    # "co-supervised by A at X University and B at Y University": both are advisors, read without their places
    from kg.importers.page.person import advisors_in

    assert advisors_in("I am a PhD student, co-supervised by Wen Harrow at The Lakeside Polytechnic University "
                        "and Ivo Strand at Tarn Jiao Tong University. I also work with others.") == ["Wen Harrow", "Ivo Strand"]
    assert advisors_in("advised by Ann Lee at the University of Tarn, Bo Chen at MIT and Cy Dow.") == [
        "Ann Lee", "Bo Chen", "Cy Dow"]


def test_a_place_whose_name_holds_initials_written_together(tmp_path):
    # "at Fenwick J.K. Lund School of Biology": the stop between two initials ends no sentence; the position and
    # the place were both lost
    page = tmp_path / "index.md"
    page.write_text("# Ilse Varga\n\nI am a second-year PhD student in Entomology at Fenwick J.K. Lund School of "
                    "Biology, supervised by Dr. Pat Holt.\n")
    person = import_path(page).profile.person
    assert person.job_title and "PhD student" in person.job_title
    assert [a.name for a in person.affiliations] == ["Fenwick J.K. Lund School of Biology"]


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


_AP_HOME = {"_config.yml": "title: Oren Vale\nauthor:\n  name: Oren Vale\n",
            "_pages/about.md": "---\npermalink: /\ntitle: About\n---\n\nI grow crystals at Northfield University.\n"}


def test_a_phd_candidate_post_at_a_university_is_a_degree_in_progress_there(tmp_path):
    """'PhD Candidate, Northfield University<br>' heading the about page: the owner studies for a PhD there, a
    degree of theirs (in progress), as 'I am a Ph.D. candidate at X University' in prose is. Before, only the
    post was read and the owner's education named the bachelor's degree alone."""
    p = imported_site(tmp_path, {**_AP_HOME, "_pages/about.md": (
        "---\npermalink: /\ntitle: About\n---\n\nPhD Candidate, Northfield University<br>\n"
        "12 Salt Road, Northfield<br>\n\n"
        "I am a PhD candidate at the [Northfield Crystal Laboratory](https://lab.example.org/). Before that, I "
        "obtained my BEng from Southbay University.\n")})
    assert p.person.job_title == "PhD Candidate"
    assert sorted((e.degree, e.institution) for e in p.person.education) == [
        ("BEng", "Southbay University"), ("PhD", "Northfield University")]


def test_an_opening_quote_typed_for_the_apostrophe_of_im_still_opens_the_owners_post(tmp_path):
    """'I‘m a Ph.D. Candidate in the Department of X at Y University' (an opening single quote typed for the
    apostrophe): the owner's post and workplace, as with "I’m". Before, the sentence was not read as the owner's
    and the job title was empty."""
    p = imported_site(tmp_path, {**_AP_HOME, "_pages/about.md": (
        "---\npermalink: /\ntitle: About\n---\n\n"
        "I\u2018m a Ph.D. Candidate in the Department of Geology at Southbay University, where I study salt.\n")})
    assert p.person.job_title == "Ph.D. Candidate"
    assert [a.name for a in p.person.affiliations] == ["Southbay University"]


def test_a_chair_of_several_fields_at_a_university_is_held_at_the_university(tmp_path):
    """'Oren Vale is a Professor of Geology, Chemistry, and Physics at the University of Northfield and ...': the
    fields after "of" are the chair's (its department), the workplace is the university after them. Before, the
    first fields were taken for the workplace ('Geology, Chemistry')."""
    p = imported_site(tmp_path, {**_AP_HOME, "_pages/about.md": (
        "---\npermalink: /\ntitle: About\n---\n\n"
        "Oren Vale is a Professor of Geology, Chemistry, and Physics at the University of Northfield and the "
        "Director of the Salt Institute. He works on crystals.\n")})
    assert p.person.job_title == "Professor"
    assert [(a.name, a.department) for a in p.person.affiliations][:1] == [
        ("University of Northfield", "Geology, Chemistry, and Physics")]


def test_i_work_at_a_place_now_in_a_city_names_the_place(tmp_path: Path):
    # "I work at X now in City." with no position named: the place alone, not the city after "now"
    p = _page(tmp_path, "I work at [Vale Research Institute of Northfield University](https://vri.example) now in "
                        "Northfield. I am now working on quiet rivers.\n")
    assert [a.name for a in p.affiliations] == ["Vale Research Institute of Northfield University"]


def test_a_student_in_the_named_laboratory_of_a_professor_names_the_advisor():
    # left46 (pxiang): "a Ph.D. Candidate ... where I work as an Assistant in Dr. Jo Bell's Cold Rock Physics (CRP)
    # Laboratory": the lab's own name between the possessive and "Laboratory" (capitalised) hid the advisor
    assert advisors_in("I am a Ph.D. Candidate in the Department of Geology at Hill State University (HSU), where I "
                       "work as a Graduate Assistant in Dr. Jo Bell’s Cold Rock Physics (CRP) Laboratory.") == ["Jo Bell"]
    assert advisors_in("I am a PhD student in Prof. Ana Lee's Laboratory.") == ["Ana Lee"]
    assert advisors_in("I am a PhD student in Dr. Jo Bell’s house, near the Lab.") == []


def test_the_two_possessive_degree_patterns_read_different_shapes():
    # bio's _MY_DEGREE_NOTE ("My PhD (at X)", "my undergraduate degree was at X") and _UNDERGRADUATE_AT ("my
    # undergraduate degree at X"): the place in brackets or after "was at", or straight after the degree's words;
    # no text one reads is read by the other at the same place
    from kg.importers.page import bio

    noted = ("My PhD (at Leeds) was in algebra.", "My undergraduate degree was at Eastmoor University.",
             "after my undergrad in Physics (in Westfall University)")
    placed = ("completing my undergraduate degree at Eastmoor University (in 2003).",
              "her undergraduate studies at the University of Westfall, where")
    for text in noted:
        assert bio._MY_DEGREE_NOTE.search(text) and not bio._UNDERGRADUATE_AT.search(text), text
    for text in placed:
        assert bio._UNDERGRADUATE_AT.search(text) and not bio._MY_DEGREE_NOTE.search(text), text


def test_a_joint_doctorate_from_two_places_is_an_education_at_each(tmp_path):
    # "holds a Joint PhD in X from A and B": one degree two universities award together, each a place of study
    page = tmp_path / "index.md"
    page.write_text("# Ola Brent\n\nOla Brent is a neuroscientist. She holds a Joint PhD in Cognitive Science and "
                    "Psychology from Hollins University and University of Marrow, where her research focused on "
                    "decisions.\n", encoding="utf-8")
    p = _person(page)
    assert [(e.degree, e.field, e.institution) for e in p.education] == [
        ("PhD", "Cognitive Science and Psychology", "Hollins University"),
        ("PhD", "Cognitive Science and Psychology", "University of Marrow")]
    # a degree not said to be joint keeps "X and Y" as the page writes it
    page.write_text("# Ola Brent\n\nI did my PhD in Hollins Institute for Optics and University of Marrow, in the "
                    "lab of Ada Fenn.\n", encoding="utf-8")
    assert [e.institution for e in _person(page).education] == ["Hollins Institute for Optics and University of Marrow"]


def test_affiliation_from_a_breadcrumb_of_an_institution_and_its_department():
    # a header's "Institution | Department | Home" trail (no measured page writes one): the one institution, its
    # department apart
    for text in ("Northfield University | Department of Chemical Engineering",
                 "Department of Chemical Engineering | Northfield University | Home"):
        aff = affiliation_from(text)
        assert (aff.name, aff.department) == ("Northfield University", "Department of Chemical Engineering"), text


def test_a_profile_link_right_after_another_persons_linked_name_is_theirs(tmp_path):
    # "Guest researcher with <a>Tomas Ek</a> <a>(Google Scholar)</a>" in a short table row: the Scholar link that
    # follows the host's linked name is the host's profile, not the owner's; the owner's own link is kept
    page = ("<html><body><h1>Ada Lind</h1><p>I study magnets at Northshore University.</p>\n"
            "<table><tr><td>2022</td><td>Eastlake University</td><td>Guest researcher with "
            "<a href='https://ek.example.org/'>Tomas Ek</a> "
            "<a href='https://scholar.google.com/citations?user=HostHostAAAJ'>(Google Scholar)</a></td></tr></table>\n"
            "<p><a href='https://github.com/adalind'>GitHub</a></p></body></html>")
    profile = imported_site(tmp_path / "site", {"index.html": page})
    assert profile.person.identifiers.get("github") == "adalind"
    assert "google_scholar" not in profile.person.identifiers


def test_a_biographys_student_posts_are_the_degrees_studied_for(tmp_path):
    # "Short biography" as one line per post: the lines naming a degree's student post ("Ph.D. student in X,
    # Place (dates)", "Bachelor student X, Place (dates)", a place with no university word) are education
    page = ("<html><body><h1>Ada Lind</h1><p>I am an assistant professor of logistics at Harbour University.</p>"
            "<h2>Short biography</h2>"
            "<p>Assistant Professor of Logistics, Harbour University (2021 - present)</p>"
            "<p>Ph.D. student in Transport Economics, Eastlake University (2016 - 2021)</p>"
            "<p>Master student Civil Engineering, Northshore University (2013 - 2015)</p>"
            "<p>Bachelor student Civil Engineering, Hochschule Wendel (2010 - 2013)</p></body></html>")
    person = imported_site(tmp_path / "site", {"index.html": page}).person
    assert [(e.degree, e.field, e.institution, e.year) for e in person.education] == [
        ("Ph.D.", "Transport Economics", "Eastlake University", 2021),
        ("Master", "Civil Engineering", "Northshore University", 2015),
        ("Bachelor", "Civil Engineering", "Hochschule Wendel", 2013)]


def test_a_milestones_table_row_naming_a_degree_is_education(tmp_path):
    # "| Year | University | Position |" rows on the about page: the rows whose position cell is a degree are the
    # owner's education at that row's university; the other rows stay posts
    about = ("---\nlayout: about\n---\n\n# About\n\nI study fjords.\n\n### Milestones\n\n"
             "| Year | University | Position |\n|---|---|---|\n"
             "| since 2024 | Inland University | Postdoc in Ocean Physics |\n"
             "| 2019–2023 | Northshore University | Ph.D. (Dr. rer. nat.) in Oceanography |\n"
             "| 2017–2019 | Northshore University | M.Sc. in Physics |\n")
    root = write_site(tmp_path / "site", {"_config.yml": "title: Ada Lind\nauthor:\n  name: Ada Lind\n",
                                          "about.md": about})
    person = _person(root)
    assert [(e.degree, e.institution, e.year) for e in person.education] == [
        ("Ph.D.", "Northshore University", 2023), ("M.Sc.", "Northshore University", 2019)]


QUARTO_CV_CARDS = """# Tova Lindqvist

## Experience

**<i class="fas fa-chart-line"></i> Data Analyst** <span style="float: right; color: #355070;">Aug 2021 – Jul 2023</span></br>
[Fjordvik Marine Institute](https://example.org/fmi) | Fjordvik, Norway

Counted fish on video.

**<i class="fas fa-flask"></i> PhD Researcher** <span style="float: right;">Sep 2016 – Jun 2021</span></br>
Tarn University | Tarn, Norway
"""


def test_a_cv_cards_title_closed_by_its_dates_over_its_place_is_one_position():
    # a Quarto CV's card: the title in bold with its dates floated right, a line break, then the place alone: one
    # position (title, place, years), the title line no longer listed (it was read as the place without its role)
    from kg.importers.page.parse import parse_markdown_page

    p = parse_markdown_page(SourceDoc(Path("cv.md"), QUARTO_CV_CARDS), ImportOptions())
    assert [(a.name, a.role, a.start_year, a.end_year) for a in p.person.affiliations] == [
        ("Fjordvik Marine Institute", "Data Analyst", 2021, 2023), ("Tarn University", "PhD Researcher", 2016, 2021)]
    assert [u.text for u in p.unparsed] == ["Counted fish on video."]


def test_a_cv_cards_title_closed_by_years_alone_keeps_its_every_word():
    # "Research Assistant 2021 – 2023": the dates are the years alone; "Assistant" names no month (person.MONTH_YEAR,
    # the one month-and-year pattern, takes months and seasons only: it took any capitalised word, and the card
    # was read without its role)
    from kg.importers.page.parse import parse_markdown_page

    page = QUARTO_CV_CARDS.replace("Data Analyst", "Research Assistant").replace("Aug 2021 – Jul 2023", "2021 – 2023")
    p = parse_markdown_page(SourceDoc(Path("cv.md"), page), ImportOptions())
    assert [(a.name, a.role, a.start_year, a.end_year) for a in p.person.affiliations][0] == (
        "Fjordvik Marine Institute", "Research Assistant", 2021, 2023)


def test_an_interests_lead_sentence_speaks_for_the_owner():
    """A short sentence ending in a colon opens a list of the owner's interests only in the owner's voice or when
    it opens with the topic's word; one about prospective students' requirements does not."""
    from kg.importers.page.bio import _INTERESTS_LEAD_SENTENCE

    for said in ("Topics I am interested in:", "My current research interests in a nutshell:", "Research interests:",
                 "We are interested in:"):
        assert _INTERESTS_LEAD_SENTENCE.fullmatch(said), said
    assert not _INTERESTS_LEAD_SENTENCE.fullmatch("Prospective students interested in working with me should have:")


def test_a_student_post_still_running_gives_no_degree_year():
    """'Ph.D. student in X, Place (2021 - present)': the degree is studied for, not earned in 2021; with closed
    dates the last year is the degree's."""
    from kg.importers.page.bio import _student_post

    open_ = _student_post("Ph.D. student in Economics, Lakeside University (2021 - present)")
    assert open_.institution == "Lakeside University" and open_.year is None
    assert _student_post("Ph.D. student in Economics, Lakeside University (2016 - 2021)").year == 2021


def test_advised_by_line_wants_a_name_after_by():
    from kg.importers.page.person import ADVISED_BY_LINE

    assert ADVISED_BY_LINE.match("Advised by Jo Bell")
    assert not ADVISED_BY_LINE.match("advised by the lab")


def test_a_header_line_and_a_works_supervisor_share_the_advised_by_words():
    """The header's "Mentored by Dr. Ada Quill" line is read by the words SUPERVISED_BY reads a work's supervisor by."""
    from kg.importers.common import ADVISED_BY, SUPERVISED_BY
    from kg.importers.page.person import ADVISED_BY_LINE

    assert ADVISED_BY in ADVISED_BY_LINE.pattern and ADVISED_BY in SUPERVISED_BY.pattern
    assert ADVISED_BY_LINE.match("Mentored by Dr. Ada Quill") and SUPERVISED_BY.search("mentored by Ada Quill")


def test_a_supervision_label_outside_a_degree_card_names_no_advisors():
    """'Supervision: Ana Ruiz (PhD 2021), Bo Lee (MSc 2019)' on a CV heads the students the owner supervised: no
    advisors of the owner (under a doctorate's CV card the same label does name its advisors: the card test above)."""
    from kg.importers.page.person import advisors_in

    assert advisors_in("Supervision: Ana Ruiz (PhD 2021), Bo Lee (MSc 2019)") == []
    assert advisors_in("Supervisors: Prof. Dr. Ana Ruiz, Prof. Dr. Bo Lee") == ["Ana Ruiz", "Bo Lee"]


def test_a_capital_the_opening_a_school_name_is_kept_and_a_prose_article_is_not():
    # an education list writes the school's full name, article and all; a sentence's "from the" is no part of it
    ed = education_from("Ph.D., Marine Biology, The University of Northfield at Eastbrook, May 2011", school_only=True)
    assert ed.institution == "The University of Northfield at Eastbrook"
    assert education_from("M.Sc. from the University of Northfield, 2008").institution == "University of Northfield"


def test_a_career_line_opening_with_since_and_a_year_is_the_current_post(tmp_path):
    """"**Since 2024** — Associate Professor of Geology, Tarn University" under "Positions": a post held from 2024
    on, the owner's current one (kg read it as a past post, so the page gave no job title)."""
    page = tmp_path / "cv.md"
    page.write_text("# Jonas Ebner\n\n## Positions\n\n"
                    "**Since 2024** — Associate Professor of Geology, Tarn University.\n\n"
                    "**2018–2024** — Assistant Professor of Geology, Tarn University.\n\n"
                    "**2015–2018** — Postdoctoral researcher, Lake Institute.\n", encoding="utf-8")
    person = import_path(page).profile.person
    assert person.affiliations[0].current and person.affiliations[0].start_year == 2024
    assert person.job_title == "Associate Professor of Geology"


def test_working_at_a_place_as_a_position_names_both(tmp_path: Path):
    # "I am currently working at X as a Y": the place first, then the position, the place's name holding no word of
    # an organisation ("Tarnwick Robotics")
    p = _page(tmp_path, "I am currently working at [Tarnwick Robotics](https://tr.example.com) as a Senior\n"
                        "Software Engineer. Here I build arms that sort parcels.\n")
    assert p.job_title == "Senior Software Engineer"
    assert [(a.name, a.role) for a in p.affiliations] == [("Tarnwick Robotics", "Senior Software Engineer")]


def test_a_position_working_in_a_trade_at_a_place_names_the_place(tmp_path: Path):
    # "a software engineer working in the shipping industry at X": the trade, in lower case, between the position
    # and "at" the place; the place was lost (only the position read)
    p = _page(tmp_path, "I am a software engineer working in the shipping industry at Kelvar. I care about systems "
                        "that stay simple to maintain.\n")
    assert p.job_title == "software engineer"
    assert [(a.name, a.role) for a in p.affiliations] == [("Kelvar", "software engineer")]


def test_my_name_is_then_the_position_and_place(tmp_path: Path):
    # "My name is X, a Ph.D. candidate from Y University, ...": the name, then the position and its place, as "I am X,
    # a ..." says them (a later "I am a member in the Department of Z" is no position over it); short, the line is
    # no job title whole
    p = _page(tmp_path / "long", "My name is Ines Falkvard, a Ph.D. candidate from Kestrel University, Northport. I "
                                 "am a member in the Department of Bridges, and my field is the upkeep of old stone "
                                 "bridges.\n")
    assert p.job_title == "Ph.D. candidate"
    assert any(a.name.startswith("Kestrel University") for a in p.affiliations)
    short = _page(tmp_path / "short", "My name is Ines Falkvard, a PhD student at Kestrel University.\n")
    assert short.job_title == "PhD student"
    assert [a.name for a in short.affiliations] == ["Kestrel University"]


def test_what_one_is_then_currently_working_as_a_post_at_a_place(tmp_path: Path):
    # "I am an Agronomist with M.Sc. and D.Sc. training in X, currently working as a Y at Z": the post held now and
    # its place, after what one is, in one sentence (the degrees' stops end none); the field named after "in" is
    # no place of work
    p = _page(tmp_path, "I am an Agronomist with M.Sc. and D.Sc. training in Soil Science, currently working as a "
                        "Crop Health Scientist at Verdane Seeds. My work ties field trials to breeding.\n")
    assert p.job_title == "Crop Health Scientist"
    assert [(a.name, a.role) for a in p.affiliations] == [("Verdane Seeds", "Crop Health Scientist")]


def test_first_person_prose_under_a_career_heading_is_read_as_the_bio(tmp_path: Path):
    # "## Career" over a paragraph in the owner's words: no "position, place" line of a CV to cut at "at", but the
    # bio's sentences (the position and place, the degree and where it was earned)
    p = _page(tmp_path, "## Career\nI am currently working at [Tarnwick Robotics](https://tr.example.com) as a Senior\n"
                        "Software Engineer. Here I build arms that sort parcels. I received my\n"
                        "Ph.D. at the [Department of Physics](https://phys.example.edu)\nof "
                        "[Lake Moor University](https://lmu.example.edu).\n")
    assert [(a.name, a.role) for a in p.affiliations] == [("Tarnwick Robotics", "Senior Software Engineer")]
    assert [e.degree for e in p.education] == ["Ph.D."]


def test_an_address_whose_at_sign_an_icon_draws_is_the_owners_email(tmp_path: Path):
    # '<a href="#"><i class="fas fa-envelope"></i> ines.f<i class="fas fa-at"></i>fjord.example.org</a>': the icon
    # font draws the "@" (to keep the address from harvesters); a reader sees the address whole
    p = _page(tmp_path, 'I study glaciers.\n\n<a href="#"><i class="fas fa-envelope"></i> '
                        'ines.f<i class="fas fa-at"></i>fjord.example.org</a><br />\n')
    assert p.email == "ines.f@fjord.example.org"


def test_a_doctorate_written_after_an_advisors_name_ends_no_list():
    # "Prof. Jo Bell, Ph.D. and Prof. Dr. Ann Roe": the degree's stops are no sentence's end; both are advisors
    assert advisors_in("Supervisors: Prof. Jo Bell, Ph.D. and Prof. Dr. Ann Roe") == ["Jo Bell", "Ann Roe"]
    assert advisors_in("I finished my PhD in 2020, supervised by Prof. Jo Bell, D.Phil. and Prof. Dr. Ann Roe. "
                       "Then I moved.") == ["Jo Bell", "Ann Roe"]


def test_working_at_the_intersection_of_fields_is_no_place(tmp_path: Path):
    # "I'm a researcher working at the intersection of X, Y, and Z": where fields meet, said as a place; the
    # position held at a named place later on is the owner's
    p = _page(tmp_path, "I'm a researcher working at the intersection of statistics, geology, and ecology.\n\n"
                        "I am a Postdoctoral Researcher at the Institute for Soil Research in Tarnby.\n")
    assert [a.name for a in p.affiliations] == ["Institute for Soil Research"]
    assert p.job_title == "Postdoctoral Researcher"


def test_a_post_at_a_centre_no_institution_follows_is_at_that_centre(tmp_path: Path):
    # "- Research Software Engineer at the Lowland Data Centre." in a short list about the owner: a centre may be a
    # department of an institution named on the next line; when none is, the centre is the place itself
    p = _page(tmp_path, "## In short\n\n- Research Software Engineer at the [Lowland Data Centre](https://ldc.example.nl/).\n"
                        "- Marie Curie Fellow (Utrecht, 2015-2020).\n")
    assert p.job_title == "Research Software Engineer"
    assert [(a.name, a.role) for a in p.affiliations] == [("Lowland Data Centre", "Research Software Engineer")]


def test_a_dated_start_of_a_position_is_the_owners_position(tmp_path):
    # "In January 2020, I started as Lecturer (...) in X at the Y of the Z University": the post the owner holds,
    # said as its start; the place named before it ("Before that, I was at ...") is a past one
    page = tmp_path / "index.md"
    page.write_text("# Tove Ahlgren\n\nI work on soil microbes.\nIn March 2021, I started as Lecturer (Assistant "
                    "Professor) in Soil\nScience at the [School of Earth](https://earth.example.org) of the "
                    "[University of Northvale](https://northvale.example.org).\nBefore that, I was at Soil Labs Europe "
                    "(2014-2020).\n", encoding="utf-8")
    p = _person(page)
    assert p.job_title == "Lecturer"
    assert "University of Northvale" in p.affiliations[0].name


def test_a_pictograph_closing_a_places_name_is_none_of_it_whichever_block_it_is_in():
    """A place's name closed by decoration (a flag, an emoji, a dingbat such as "✨" or "✅", an arrow drawn as a link):
    the name alone. One class of pictographs (common.PICTOGRAPHS) for every reader that drops them; the
    affiliation reader's own copy left out the dingbats."""
    for mark in ("🇸🇬", "🎓", "✨", "✅", "↗"):
        aff = affiliation_from(f"Inland University of Technology {mark}")
        assert aff is not None and aff.name == "Inland University of Technology", mark


def test_a_contact_cards_email_label_over_the_address_read_is_read_with_it(tmp_path):
    """A contact section of cards, each a label heading over its fact: the "📧 Email" label over the address kg
    read goes with it; the phone's label and number (kg keeps no phone) stay listed as unparsed."""
    page = tmp_path / "index.html"
    page.write_text("""<html><body><h1>Ana Ruiz</h1>
<p>Assistant Professor of Botany, Lakeside University.</p>
<div class="container">
<h2 class="section-title">Contact</h2>
<div class="contact-info">
<div class="contact-item">
<h3>📧 Email</h3>
<p><a href="mailto:ana.ruiz@lakeside.example.edu">ana.ruiz@lakeside.example.edu</a></p>
</div>
<div class="contact-item">
<h3>📞 Phone</h3>
<p>01-2345-6789</p>
</div>
</div>
</div>
</body></html>
""", encoding="utf-8")
    p = import_path(page).profile
    assert p.person.email == "ana.ruiz@lakeside.example.edu"
    assert [u.text for u in p.unparsed] == ["<h3>📞 Phone</h3>", "<p>01-2345-6789</p>"]


@pytest.mark.parametrize("how", ["co-supervision", "joint supervision", "cosupervision"])
def test_advisors_named_under_a_joint_or_co_supervision(tmp_path, how):
    # "under the co-supervision of Prof. A and Prof. B": two advisors, as "under the supervision of" names one
    page = tmp_path / "index.html"
    page.write_text(
        "<html><body><h1>Lena Varro</h1>"
        f"<p>I am a Ph.D. candidate at Brackwater Institute, under the {how} of "
        '<a href="https://example.org/ir">Prof. Ivo Rask</a> and Prof. Mina Talb.</p></body></html>',
        encoding="utf-8")
    assert _person(page).advisors == ["Ivo Rask", "Mina Talb"]


def test_profile_links_on_collaborators_names_in_a_list_of_them_are_theirs(tmp_path):
    # "## Collaborators" (a section with no reader of its own) listing people, each name linking their ORCID or
    # Scholar page: those profiles are the collaborators', not the owner's
    page = tmp_path / "index.md"
    page.write_text(
        "# Lena Varro\n\nI am a lecturer at Brackwater Institute.\n\n## Collaborators\n\n"
        "- [Ivo Rask](https://orcid.org/0000-0002-1825-0097), Professor with the School of Ice, Northfield University.\n"
        "- [Mina Talb](https://scholar.google.com/citations?user=AbCdEfGhIjKL), Lecturer at Inland University.\n",
        encoding="utf-8")
    ids = _person(page).identifiers
    assert "orcid" not in ids and "google_scholar" not in ids


def test_a_slide_caption_welcoming_a_visitor_to_the_group_is_no_position_nor_workplace(tmp_path):
    # a carousel's caption "Warmly Welcome Professor X to Visit Our Research Group in 2025" over the bio: a visit
    # announced, neither the owner's position nor a place they work at
    page = tmp_path / "index.html"
    page.write_text(
        "<html><body><h1>Lena Varro</h1>"
        "<div class='slide'><h3>Warmly Welcome IEEE Fellow Professor Ivo Rask to Visit Our Research Group in 2025</h3>"
        "<img src='visit.jpg' alt='Ivo Rask'></div>"
        "<p>I am now a lecturer at the School of Ice, Brackwater University.</p></body></html>",
        encoding="utf-8")
    p = _person(page)
    assert (p.job_title or "").lower() == "lecturer"
    assert not any("Welcome" in a.name or "Welcome" in (a.role or "") for a in p.affiliations)


def test_an_education_line_keeps_the_schools_short_name_written_after_it():
    from kg.importers.page.person import education_from

    assert education_from("PhD (2021-Present) Software Engineering, University of Kelm (UKE)").institution == \
        "University of Kelm (UKE)"
    assert education_from("BSc, Inland University (Physics), 2009").institution == "Inland University"


def test_a_bio_line_position_at_a_place_then_what_the_work_is_about(tmp_path):
    # "Cloud developer at X in the process of building Y": a developer's post (the verb "building" no address);
    # "researcher at X about the evolution of Y": the place's name ends where the phrase about the work begins
    page = tmp_path / "cv.md"
    page.write_text("# Omar Deniz\n\n## Overview\n\nCloud developer at [Tarrow Technologies](https://tarrow.example.com) "
                    "in the process of building data services, including APIs.\n\nPassionate researcher at "
                    "[University of Kelm (UKE)](https://uke.example.org) about the evolution of build scripts.\n",
                    encoding="utf-8")
    p = _person(page)
    assert p.job_title == "Cloud developer"
    assert "University of Kelm (UKE)" in [a.name for a in p.affiliations]
    page.write_text("# Omar Deniz\n\nPassionate researcher at University of Kelm (UKE) about the evolution of build "
                    "scripts.\n", encoding="utf-8")
    assert [a.name for a in _person(page).affiliations] == ["University of Kelm (UKE)"]


def test_a_degree_phrase_names_its_school_by_field_and_acronym():
    # "my undergraduate studies in Physics at UFTR", "my master's degree at COPPE": the phrase says where the degree
    # was taken, the field between; a school named by its acronym alone is the place the phrase names
    from kg.importers.base import ImportOptions, SourceDoc
    from kg.importers.page.parse import parse_markdown_page

    doc = SourceDoc(Path("/tmp/cv/index.md"), "# Rui Vaz\n\nI am a professor at Tarn University. My research began "
                    "during my undergraduate studies in Physics at UFTR, through a project at its optics lab. During "
                    "my master's degree at COPPE, I built a parallel machine.\n")
    p = parse_markdown_page(doc, ImportOptions()).person
    assert [(e.degree, e.field, e.institution) for e in p.education] == [
        (None, "Physics", "UFTR"), ("master", None, "COPPE")]


def test_a_sentence_that_reads_about_the_work_names_no_place(tmp_path):
    # "You can learn more about my projects on my Research page": the words before "about" are a sentence, not an
    # organisation's name (each word of a name is capitalized but for "of", "for", "de" ...); the bio's place stays
    # the one the first sentence names
    page = tmp_path / "about.md"
    page.write_text("# Rhea Voss\n\nI'm an experimental physicist working in the [Cold Matter Division at Tarrow Lab]"
                    "(https://tarrow.example.org/).\n\nYou can learn more about my various projects on my "
                    "[Research](/projects/) page.\n", encoding="utf-8")
    assert "You can learn more" not in [a.name for a in _person(page).affiliations]


def test_a_degree_listed_with_the_schools_short_form_is_the_one_the_bio_tells(tmp_path):
    # the Education list's "Inland Institute of Technology (IIT)" and the bio's "Inland Institute of Technology in
    # Harbor, China": one school (a short form closing a name names it again), so one M.S., not two
    page = tmp_path / "about.md"
    page.write_text("# Lu Wen\n\nI received my M.S. degree from Inland Institute of Technology in Harbor, China in "
                    "2019.\n\n## Education\n\n- M.S., Inland Institute of Technology (IIT)\n"
                    "- B.S., Inland Institute of Technology (IIT)\n", encoding="utf-8")
    schools = [(e.degree, e.institution) for e in _person(page).education]
    assert [d for d, _i in schools].count("M.S.") == 1, schools


def test_a_timeline_box_of_dated_degrees_and_positions(tmp_path):
    """A home page's box of the owner's career, one line per step, each opening with its year or years in bold
    ("<b>2009</b>: B.S. in X, Y College <br>"): the degrees are the owner's education, a dated position a past
    affiliation with its role and years. Before, every line was read as a current affiliation whose department was
    the whole line ("2009: B.S. in mathematics ..."), and no education."""
    p = imported_site(tmp_path, academicpages_home(
        "Nora Quill",
        "<h1>Nora Quill</h1>\n<h2>Associate Professor of Economics</h2>\n<h3>School of Business, Harbor University</h3>\n\n"
        "I study water markets.\n\n"
        "<div class=\"box\">\n        <p>I grew up by the sea <br>\n"
        "        <b>2009</b>: B.S. in mathematics and economics (<i>Summa Cum Laude</i>), Tarn College <br>\n"
        "        <b>2016</b>: Ph.D. in economics, Inland State University <br>\n"
        "        <b>2016 - 2022</b>: Assistant Professor, School of Business, Harbor College <br>\n"
        "        <b>2022 - Present</b>: Associate Professor, School of Business, Harbor University</p>\n</div>\n"))
    person = p.person
    assert [(e.degree, e.institution, e.year) for e in person.education] == [
        ("B.S.", "Tarn College", 2009), ("Ph.D.", "Inland State University", 2016)]
    past = [a for a in person.affiliations if a.name == "Harbor College"]
    assert [(a.role, a.start_year, a.end_year, a.current) for a in past] == [("Assistant Professor", 2016, 2022, False)]
    assert not any("B.S." in (a.department or "") or a.name == "Tarn College" for a in person.affiliations)


def test_the_place_of_a_position_ends_where_the_sentence_goes_on(tmp_path):
    """'a Professor at Northfield University and lead the Open Systems Group': the words after 'and' in lower case
    are what else the owner does, no part of the place; 'a PhD student from Hillside University, My research
    interest includes ...': a new sentence run on after a comma ends the place too. A place's own 'and' (written
    capitalised) stays in its name."""
    page = tmp_path / "about.md"
    page.write_text("# Kay Mont\n\nI'm a Professor in Computer Sciences at Northfield University and lead the Open "
                    "Systems Group. My work spans many topics.\n", encoding="utf-8")
    assert [(a.name, a.role) for a in _person(page).affiliations] == [("Northfield University", "Professor")]
    page.write_text("# Jun Wei\n\nI'm a fourth year Ph.D. student from Hillside University, My research interest "
                    "includes software testing, such as mining repositories.\n", encoding="utf-8")
    assert [a.name for a in _person(page).affiliations] == ["Hillside University"]
    page.write_text("# Ana Roe\n\nI am a Lecturer at the School of Physics and Astronomy, Lakeside University.\n",
                    encoding="utf-8")
    assert "Lakeside University" in [a.name for a in _person(page).affiliations]


def test_i_work_at_a_place_as_a_position_names_both(tmp_path):
    """'I work in the Department of X at Y College as an Assistant Professor.': the place first, then the position,
    said with 'I work' (not 'I am working'): neither was read."""
    page = tmp_path / "about.md"
    page.write_text("# Sam Hall\n\nI work in the Department of Earth Sciences at Northfield College as an Assistant "
                    "Professor.\n", encoding="utf-8")
    person = _person(page)
    assert person.job_title == "Assistant Professor"
    assert [(a.name, a.department, a.role) for a in person.affiliations] == [
        ("Northfield College", "Department of Earth Sciences", "Assistant Professor")]


@pytest.mark.parametrize("sentence, job, place", [
    ("Currently, I hold a postdoctoral position in the group of Ivo Brandt at the University of Lowmoor.",
     "postdoctoral researcher", "University of Lowmoor"),
    ("I have just begun a Leverhulme postdoctoral fellowship at Northfield University.",
     "Leverhulme postdoctoral fellow", "Northfield University"),
    ("I am pursuing an MScR at the University of Eastlake. I study tides.", "MScR student", "University of Eastlake"),
    # (a dated start of one's doctoral studies: "In <month> <year>, I started my PhD studies at X")
    ("In October 2022, I started my PhD studies at Lowmoor Polytechnic, in the lab of prof. I. Brandt.",
     "PhD student", "Lowmoor Polytechnic"),
])
def test_a_position_told_by_the_post_held(tmp_path, sentence, job, place):
    # "I hold a postdoctoral position ... at X", "I have just begun a ... fellowship at X", "I am pursuing an MScR at
    # X": the position named by the post, the fellowship or the degree pursued, and where
    page = tmp_path / "index.md"
    page.write_text(f"# Mara Quint\n\n## About me\n\n{sentence}\n\n## Publications\n\n"
                    "1. Mara Quint, Bo Tan. Tidal sediment clocks. In Proc. EGU 2022.\n", encoding="utf-8")
    p = _person(page)
    assert p.job_title == job
    assert [a.name for a in p.affiliations] == [place]


def test_an_undated_start_of_ones_studies_names_no_position(tmp_path):
    # "I started my PhD at X" with no date may be long past (the owner a professor since): only a dated start, as
    # the bio writes its present, says the position
    page = tmp_path / "index.md"
    page.write_text("# Mara Quint\n\n## About me\n\nI started my PhD at Lowmoor Polytechnic, where I met my "
                    "colleagues.\n\n## Publications\n\n1. Mara Quint, Bo Tan. Tidal sediment clocks. In Proc. EGU "
                    "2022.\n", encoding="utf-8")
    assert _person(page).job_title is None


def test_a_dated_start_of_ones_studies_that_has_ended_names_no_position(tmp_path):
    # "After a visit to Y (2018-2019), I started my PhD at X (2020-2024)": the span closes; no post now
    page = tmp_path / "index.md"
    page.write_text("# Mara Quint\n\n## About me\n\nAfter a visit to Eastlake (2018-2019), I started my PhD at "
                    "Lowmoor Polytechnic (2020-2024).\n\n## Publications\n\n1. Mara Quint, Bo Tan. Tidal sediment "
                    "clocks. In Proc. EGU 2022.\n", encoding="utf-8")
    assert _person(page).job_title is None


@pytest.mark.parametrize("sentence, job, org", [
    ("I'm currently working as a software engineer for Quillmark, an app that checks spelling.", "software engineer",
     "Quillmark"),
    ("I work as a data analyst for Tidewell Logistics since 2021.", "data analyst", "Tidewell Logistics"),
    ("I am employed as a research assistant by the Harrow Institute for Soil Studies.", "research assistant",
     "Harrow Institute for Soil Studies"),
    ("I am a Teaching Assistant at the University of Eastmoor.", "Teaching Assistant", "University of Eastmoor"),
])
def test_working_as_a_position_for_a_place_says_both(tmp_path, sentence, job, org):
    # "working as Y for X" is "employed as Y by X" said another way: the position, then its place (a firm's bare
    # name included); a volunteer's "working as a helper for X" names no position and gives nothing
    page = tmp_path / "about.md"
    page.write_text(f"# Noor Halvorsen\n\n{sentence}\n\n## Publications\n\n"
                    "- Noor Halvorsen, Bruno Kowal. Counting river stones. In Proc. Sedimentology, 2020.\n")
    p = _person(page)
    assert (p.job_title, [a.name for a in p.affiliations]) == (job, [org])


def _bio_person(tmp_path, sentence: str):
    page = tmp_path / "about.md"
    page.write_text(f"# Noor Halvorsen\n\n{sentence}\n\n## Publications\n\n"
                    "- Noor Halvorsen, Bruno Kowal. Counting river stones. In Proc. Sedimentology, 2020.\n")
    return _person(page)


@pytest.mark.parametrize("sentence, job, org", [
    # before: no position (the words not among the posts a bio's sentence ends with); "a specialist in X" a field
    ("I work as a flood risk specialist for the Harrow Water Board, and run a small firm.", "flood risk specialist",
     "Harrow Water Board"),
    ("Currently, I work as a research and development expert at the Eastmoor Rail Research Center.",
     "research and development expert", "Eastmoor Rail Research Center"),
    ("I am a specialist in river sediments and soil physics.", None, None),
    # before: "doing a PostDoc"
    ("To this end, I am currently doing a PostDoc at the Harrow Heart Center, where I study patient data.",
     "PostDoc", "Harrow Heart Center"),
    # before: no position and no place (the address's stops broke the sentence inside the brackets)
    ("I am now an Associate Researcher at School of Soil Science, Tarnwood University (📨: noorh[At]mail.example.com; "
     "noorh[At]tarnwood.edu.no). I was a reviewer for many journals.", "Associate Researcher", "Tarnwood University"),
])
def test_a_post_at_a_place_said_in_other_words(tmp_path, sentence, job, org):
    p = _bio_person(tmp_path, sentence)
    assert (p.job_title, [a.name for a in p.affiliations]) == (job, [org] if org else [])


def test_a_specialist_at_heart_is_no_post_at_a_place(tmp_path):
    # before: job 'specialist', affiliations [('heart', None)] (the place's capital read without the case)
    p = _bio_person(tmp_path, "I am a specialist at heart, and a Lecturer at Tarnwood University.")
    assert [a.name for a in p.affiliations] == ["Tarnwood University"]


def test_an_at_sign_in_a_groups_short_name_in_brackets_does_not_end_the_place(tmp_path):
    # before: [('NLP Group', None)] (any "@" in the brackets read as an address)
    p = _bio_person(tmp_path, "I am a PhD student at the NLP Group (NLP@Tarna), Tarnwood University.")
    assert [(a.name, a.department) for a in p.affiliations] == [("Tarnwood University", "NLP Group (NLP@Tarna)")]


def test_a_town_a_state_and_a_country_after_the_place_are_where_it_is(tmp_path):
    # before: affiliation 'Harvard University, Cambridge', location 'MA, USA' (two parts taken apart at most)
    p = _bio_person(tmp_path, "I am a postdoc at Harvard University, Cambridge, MA, USA.")
    assert [a.name for a in p.affiliations] == ["Harvard University"]
    assert p.location == "Cambridge, MA, USA"


def test_the_town_and_the_country_after_the_place_are_where_it_is(tmp_path):
    # before: "Tarnwood University, Tarnby" (the country alone taken apart)
    p = _bio_person(tmp_path, "I am a Lecturer at the School of Soil Science, Tarnwood University, Tarnby, Norway.")
    assert [(a.name, a.department) for a in p.affiliations] == [("Tarnwood University", "School of Soil Science")]
    assert p.location == "Tarnby, Norway"


def test_a_position_at_a_place_then_when_in_brackets_and_a_chain_of_units_before_the_institution(tmp_path):
    # "(06.2025 - Present)" after the place says when, and ends the place; "with the Division of X, Graduate School
    # of Y, Z Institute of W, Country": the units, then the institution (the country apart)
    page = tmp_path / "about.md"
    page.write_text("# Noor Halvorsen\n\nI am currently a **Lecturer** in Soil Physics at Eastmoor University "
                    "(06.2025 – Present)\n\n## Publications\n\n"
                    "- Noor Halvorsen, Bruno Kowal. Counting river stones. In Proc. Sedimentology, 2020.\n")
    p = _person(page)
    assert (p.job_title, [a.name for a in p.affiliations]) == ("Lecturer", ["Eastmoor University"])
    page.write_text("# Noor Halvorsen\n\nShe is currently an Assistant Professor with the Division of Sand Science, "
                    "Graduate School of Earth and Water, Tarnwood Institute of Science and Technology, Norway.\n\n"
                    "## Publications\n\n"
                    "- Noor Halvorsen, Bruno Kowal. Counting river stones. In Proc. Sedimentology, 2020.\n")
    p = _person(page)
    assert [(a.name, a.department) for a in p.affiliations] == [
        ("Tarnwood Institute of Science and Technology", "Division of Sand Science, Graduate School of Earth and Water")]
    # an institute before an academy is a place of its own ("Institute of X, Y Academy of Sciences"), no unit of it
    page.write_text("# Noor Halvorsen\n\nI'm currently a PhD candidate in Institute of Sand Studies, Northland "
                    "Academy of Sciences, advised by Prof. Bo Lind.\n\n## Publications\n\n"
                    "- Noor Halvorsen, Bruno Kowal. Counting river stones. In Proc. Sedimentology, 2020.\n")
    p = _person(page)
    assert [(a.name, a.department) for a in p.affiliations] == [
        ("Institute of Sand Studies, Northland Academy of Sciences", None)]


def test_graduate_work_where_one_worked_with_an_advisor_names_the_place_and_the_advisor(tmp_path):
    # "I did my graduate work at X University where I worked with A and finished my PhD", "my Ph.D. at X, where I
    # worked with Dr. A in the B Lab": the doctorate's place and advisor (a title's stop, "Dr.", ends no name; the
    # lab after "in the" is no part of it); before, both were missed
    assert advisors_in("I earned my Ph.D. at Tarn University (TU), where I worked with Dr. Ada Lind in the Moss "
                       "Laboratory.") == ["Ada Lind"]
    assert advisors_in("Before that, I did my graduate work at the University of Tarn where I worked with Bo Roe and "
                       "finished my PhD in 2017.") == ["Bo Roe"]
    profile = imported_site(tmp_path, academicpages_home("Cy Moss", (
        "I am a mathematician.\n\nBefore that, I did my graduate work at the University of Tarn where I worked with "
        "Bo Roe and finished my PhD in 2017. I earned my BA in Mathematics at Lind College in 2010.\n")))
    assert [e.institution for e in profile.person.education] == ["University of Tarn", "Lind College"]
    assert profile.person.advisors == ["Bo Roe"]


def test_a_phd_student_named_after_another_role_of_the_owners_studies_at_the_place(tmp_path):
    # "I am an MS-level biostatistician and third-year Biostatistics PhD student at X": the second role, after "and",
    # is a student's at X (education); before, only "a ... PhD student at X" straight after "I am" was read
    profile = imported_site(tmp_path, academicpages_home("Ida Holt", (
        "I am an MS-level biostatistician and third-year Biostatistics PhD student at the University of Tarn. "
        "I am advised by Dr. Bo Roe.\n")))
    assert [e.institution for e in profile.person.education] == ["University of Tarn"]


def test_a_campus_in_brackets_after_the_school_is_part_of_its_name():
    # "Shore Institute of Technology (Lakeview Campus)": one school teaching in several towns
    ed = education_from("2017 - 2021, Undergraduate, Department of Ocean Studies, Shore Institute of Technology "
                        "(Lakeview Campus), Norland. (GPA: 3.9/4)", school_only=True)
    assert (ed.degree, ed.institution, ed.year) == ("Undergraduate", "Shore Institute of Technology (Lakeview Campus)",
                                                     2021)
    assert education_from("B.Eng., Shore Institute of Technology (Norland), 2019").institution == \
        "Shore Institute of Technology"


def test_a_degree_of_one_letter_after_its_level_and_a_persons_initials():
    # "B.M. in Management" is a degree (a Bachelor of Management); "B.R. Talvik" the initials of a name
    assert education_from("2019 – 2023, Hill University — B.M. in Resource Management").degree == "B.M."
    assert education_from("B.R. Talvik honored by the Society, Hill University") is None


def test_a_career_line_dated_with_a_double_hyphen_and_a_short_end_year_is_over():
    """"2012--14: Postdoc, Place": LaTeX's double hyphen between the years, the end year in two digits: a post held
    2012 to 2014 (not "14: Postdoc" as its role, nor a range left open)."""
    from kg.importers.common import expand_year_ranges
    from kg.importers.page.readers import _experience_from

    assert expand_year_ranges("2012--14 and 1999--02") == "2012--2014 and 1999--2002"
    post = _experience_from("2012--14: Research Fellow, Lakeside University")
    assert (post.role, post.start_year, post.end_year, post.current) == ("Research Fellow", 2012, 2014, False)
    full = _experience_from("2016--2019: Lecturer, Hill College")
    assert (full.start_year, full.end_year, full.current) == (2016, 2019, False)
    assert _experience_from("2021-- : Lecturer, Hill College").current  # left open


def test_a_vita_pages_dated_degree_headings_are_the_owners_degrees(tmp_path):
    """A jekyll-now site's "CV.md" (title "Vita") writes each entry as a heading, its years, a tab, the place and
    then the degree ("##### 2011-2013<TAB>Hill University, Master in Geology"), a paragraph on it below: each names a
    degree of the owner's (before, the CV page was read for its works only and the headings' place-first degrees
    were no degree lines); a dated post among them is no degree."""
    root = write_site(tmp_path / "site", {
        "_config.yml": "name: Notes on stones\ndescription: Ilse Varga\n",
        "index.html": "---\nlayout: default\n---\n\n<div class=\"posts\">{% for post in site.posts %}"
                      "<h1>{{ post.title }}</h1>{% endfor %}</div>\n",
        "about.md": "---\nlayout: page\ntitle: About\npermalink: /about/\n---\n\nI am Ilse Varga, a historian and "
                    "a fellow at the University of Wendorf, where I study medieval stone bridges and their builders.\n",
        "CV.md": "---\nlayout: page\ntitle: Vita\n---\n\n### LIFE IN ACADEMIA\n---\n\n"
                 "##### 2020 (March-)\t\tPostdoctoral Researcher, University of Lune\nBridges in old charters.\n\n"
                 "##### 2015-2018\t\tPhD Program, Free University of Tarn, Topoi\nA thesis on Roman roads.\n\n"
                 "##### 2011-2013\tHill University, Master in Regional Studies (1.3)\nLaw, culture and history.\n\n"
                 "##### 2007-2011\tLake University in Wendorf, M.A. in History, First Class\nMajor: medieval history.\n",
    })
    p = _person(root)
    assert [(e.degree, e.institution, e.year) for e in p.education] == [
        ("PhD", "Free University of Tarn", 2018), ("Master", "Hill University", 2013),
        ("M.A.", "Lake University in Wendorf", 2011)]


def test_a_degree_then_its_schools_link_with_no_comma_between(tmp_path):
    # "#### Ph.D. in Plant Biology [Inland University](...)" under "### Education": the link is the school, the
    # field's words end where it opens (the line gave no degree at all before)
    page = tmp_path / "index.md"
    page.write_text("# Ana Lima\n\n### Education\n\n"
                    "#### Ph.D. in Plant Biology [Inland University](https://inland.example.edu/)\n"
                    "#### M.Sc. in Ecology and Conservation [State University of Hilltown](https://hill.example.edu/)\n")
    person = import_path(page).profile.person
    assert [(e.degree, e.field, e.institution) for e in person.education] == [
        ("Ph.D.", "Plant Biology", "Inland University"),
        ("M.Sc.", "Ecology and Conservation", "State University of Hilltown")]


def test_a_places_name_is_cut_from_the_sentence_it_ends_and_a_sentence_date_or_person_is_no_place():
    from kg.importers.page.person import place_name

    assert place_name("Fenwick University broadly interested in sprockets and gears") == "Fenwick University"
    assert place_name("Department of Gears at Fenwick University studying small sprockets") \
        == "Department of Gears at Fenwick University"
    assert place_name("Inland Institute with Ines Lorn") == "Inland Institute"
    assert place_name("Gear Expert Network, available for calls on sprockets") == "Gear Expert Network"
    # (the small words a name holds between its capitalized ones, common.NAME_SMALL_WORDS: "della", "et")
    assert place_name("Istituto di Ingranaggi della Valle studying sprockets") == "Istituto di Ingranaggi della Valle"
    assert place_name("Atelier des Engrenages et Pignons working on gears") == "Atelier des Engrenages et Pignons"
    for no_place in ("Summer 2021", "Hybrid, Eastlake, Norland", "Remote", "Started a summer internship at Gear Lab",
                     "Leadership and technical roles across gear design", "Professor Ines Lorn",
                     # a verb and "with": cut at "with", the verb alone would pass for a name
                     "Partnered with Eastlake Council, the Gear Museum, and the Norland Mill on sprocket surveys",
                     "Worked with FENCO", "Mar. 2018 – Nov. 2019", "Oct 2017 to May 2019", "Since 2022", "2019-20"):
        assert place_name(no_place) is None, no_place
    for place in ("Reasoning and Gearing Lab, Fenwick", "Institut national de la mécanique appliquée",
                  "University of Norland at Eastlake", "Gear Works, Inc.",
                  # a lab named for remote or hybrid things is no way of working a post
                  "Remote Sensing Laboratory", "Hybrid Gear Systems Lab", "Onsite Sprocket Inc"):
        assert place_name(place) == place


def test_a_cv_bullet_that_names_no_place_is_reported_not_kept(tmp_path):
    page = tmp_path / "index.md"
    page.write_text("# Ines Lorn\n\nI am a research engineer at Fenwick University.\n\n## Experience\n\n"
                    "- Partnered with Eastlake Council, the Gear Museum, and the Norland Mill on sprocket surveys\n"
                    "- Remote Sensing Laboratory, Norland Space Centre\n")
    profile = import_path(page).profile
    assert [a.name for a in profile.person.affiliations] == [
        "Fenwick University", "Remote Sensing Laboratory, Norland Space Centre"]
    assert [(u.line, u.section) for u in profile.unparsed if u.text.startswith("no place's name: Partnered with")] \
        == [(7, "skipped")]


def test_a_bio_sentence_and_a_cv_line_keep_only_the_place_they_name(tmp_path):
    profile = imported_site(tmp_path / "site", academicpages_home(
        "Ines Lorn", "I am a PhD student at Fenwick University broadly interested in sprockets.\n\n"
                     "## Experience\n\n- **Summer 2021**, *Intern in Gears*  \nGear Works, Eastlake\n"))
    assert profile.person.affiliations[0].name == "Fenwick University"
    assert "Summer 2021" not in [a.name for a in profile.person.affiliations]


def test_buttons_breadcrumbs_and_section_labels_are_no_position_or_workplace(tmp_path):
    # a page's controls and the labels of its own parts read like a title or a lab's name, but name nothing of the
    # owner's: buttons to places on the page, a breadcrumb, a styled kicker over a section
    page = tmp_path / "index.html"
    page.write_text(
        "<html><body>\n<div class='crumbs'><a href='/'>Home</a> Research</div>\n"
        "<h1>Mira Solberg</h1>\n<p>Associate Professor, Harbourside University</p>\n"
        "<div class='actions'><a class='button' href='#projects'>Our Laboratory Projects</a>\n"
        "<a class='btn' href='#contact'>Professor Office</a></div>\n"
        "<div class='section-kicker'>About the Professor</div>\n"
        "<h2 class='home-section-title'>Lab Highlights</h2>\n"
        "<p>We grow crystals of salt in microgravity and watch how they crack when they cool down again.</p>\n"
        "</body></html>\n", encoding="utf-8")
    p = _person(page)
    assert p.name == "Mira Solberg"
    assert p.job_title == "Associate Professor"
    assert [a.name for a in p.affiliations] == ["Harbourside University"]


def test_an_eyebrow_over_the_name_still_gives_the_position(tmp_path):
    # themes set the owner's position in a small "eyebrow" line over the name: a value, not a section's label
    page = tmp_path / "index.html"
    page.write_text("<html><body>\n<p class='eyebrow'>Research Fellow in Geology | Harbourside University</p>\n"
                    "<h1>Mira Solberg</h1>\n<div class='section-kicker'>About the Lab</div>\n</body></html>\n",
                    encoding="utf-8")
    p = _person(page)
    assert p.job_title == "Research Fellow in Geology"
    assert [a.name for a in p.affiliations] == ["Harbourside University"]


def test_words_to_the_reader_are_no_position_or_workplace(tmp_path):
    # a contact page's lead sentence names the owner with their title, and a lab's buttons end with a link's arrow:
    # both are addressed to the reader ("Contact Professor X for ...", "Openings (board) →"), no post nor place
    page = tmp_path / "contact.html"
    page.write_text(
        "<html><body>\n<h1>Get in touch</h1>\n"
        "<p>Contact Professor Mira Solberg for research collaboration, student visits, and laboratory questions.</p>\n"
        "<p><a href='https://board.example.org/a'>Postdoctoral researcher openings at Harbourside University (board) "
        "&rarr;</a></p>\n<p>Email: mira@example.org</p>\n</body></html>\n", encoding="utf-8")
    p = import_path(page, owner="Mira Solberg").profile.person
    assert p.job_title is None
    assert not any("board" in a.name or "Contact" in a.name for a in p.affiliations)
    assert [a.name for a in p.affiliations] == []  # (the page names the owner's place only in those two lines)


def test_a_place_named_contact_something_is_a_place_not_a_call(tmp_path):
    # "Contact" opens a call only before whom to contact ("Contact Professor X"): "Contact Mechanics Laboratory"
    # and "Contact Lens Research Centre" are places (were dropped, the second silently, for reading as calls)
    page = tmp_path / "index.html"
    page.write_text("<html><body><h1>Mira Solberg</h1><p>Postdoctoral Researcher</p>"
                    "<p>Contact Mechanics Laboratory, Harbourside University</p></body></html>\n", encoding="utf-8")
    p = _person(page)
    assert p.job_title == "Postdoctoral Researcher"
    assert [(a.name, a.department) for a in p.affiliations] == [
        ("Harbourside University", "Contact Mechanics Laboratory")]
    md = tmp_path / "index.md"
    md.write_text("# Mira Solberg\n\nResearch Scientist, Contact Lens Research Centre\n", encoding="utf-8")
    p = _person(md)
    assert p.job_title == "Research Scientist"
    assert [a.name for a in p.affiliations] == ["Contact Lens Research Centre"]


def test_a_row_of_icon_links_labelled_with_web_services_names_no_workplace(tmp_path):
    # a template's row of icons gives each link a hidden label, the web service's name ("Facebook" is a company's
    # name too): the owner's accounts there, no place of work; a line that says where one works is still read
    page = tmp_path / "index.html"
    page.write_text(
        "<html><body>\n<h1>Mira Solberg</h1>\n<p>I am a doctoral student at Harbourside University.</p>\n"
        "<ul class='icons'>\n"
        "<li><a class='icon fa-facebook' href='https://www.facebook.com/profile.php?id=42'><span class='label'>"
        "Facebook</span></a></li>\n"
        "<li><a class='icon fa-briefcase' href='https://lab.example.org/mira'><span class='label'>Facebook</span>"
        "</a></li>\n<li><a class='icon fa-youtube' href='https://video.example.org/m'><span class='label'>YouTube"
        "</span></a></li>\n</ul>\n</body></html>\n", encoding="utf-8")
    p = _person(page)
    assert p.job_title == "doctoral student"
    assert [a.name for a in p.affiliations] == ["Harbourside University"]
    cv = tmp_path / "cv.md"
    cv.write_text("# Mira Solberg\n\nSoftware Engineer\n\n[Facebook Research](https://research.example.com)\n",
                  encoding="utf-8")
    assert [a.name for a in _person(cv).affiliations] == ["Facebook Research"]
    # a plain link, no icon, under the post: the employer's name (review: it was dropped as an icon's label)
    cv.write_text("# Mira Solberg\n\nSoftware Engineer\n\n[Facebook](https://about.facebook.com)\n", encoding="utf-8")
    assert [a.name for a in _person(cv).affiliations] == ["Facebook"]


@pytest.mark.parametrize("sentence, places", [
    ("I am a PhD student in geology in the joint **Harbourside University–Nordic Institute Graduate Program**, "
     "where I am advised by Ann Lee.", [("Harbourside University–Nordic Institute Graduate Program", None)]),
    ("I am a PhD student in Computer Science in the [School of Computing](https://soc.example.edu) at Harbourside "
     "University.", [("Harbourside University", "School of Computing")]),
    ("I am a scholar of contemporary poetry, film, and the history of science, focusing on how ideas travel.", []),
])
def test_the_field_after_a_post_is_no_part_of_the_place_after_it(tmp_path, sentence, places):
    # "a student in FIELD in the PLACE": the first "in" gives the field, the second the place; "a scholar of
    # FIELD" (its words in lower case) names no place at all
    page = tmp_path / "index.md"
    page.write_text(f"# Mira Solberg\n\n{sentence}\n", encoding="utf-8")
    assert [(a.name, a.department) for a in _person(page).affiliations] == places


def test_a_dash_inside_a_schools_name_keeps_the_name_whole():
    # "Marrow – Universitätsklinik Nordstadt", "OLVA - Instituto Universitário": a short name, a dash, then the
    # words naming the kind of place are one school; a field or a degree before a dash is no part of it
    ed = education_from("PhD, Marrow – Universitätsklinik Nordstadt, 2019")
    assert (ed.degree, ed.institution, ed.year) == ("PhD", "Marrow – Universitätsklinik Nordstadt", 2019)
    assert education_from("MSc at OLVA - Instituto Universitário, 2020").institution == "OLVA - Instituto Universitário"
    assert education_from("BSc, Mathematics - University of Tarn").institution == "University of Tarn"
    assert education_from("PhD - Lakeside University").institution == "Lakeside University"
    # (a CV's "PhD, — Marrow - ...": the dash opening the place's piece is the line's, no part of the name)
    assert education_from("PhD in Neurology, — Marrow - Universitätsklinik Nordstadt, Norland").institution == \
        "Marrow - Universitätsklinik Nordstadt"


@pytest.mark.parametrize("line, place", [
    ("BA, Psychology - University of Tarn, 2015", "University of Tarn"),
    ("MSc, Neuroscience – University of Tarn, 2011", "University of Tarn"),
    ("Licenciatura, Derecho - Universidad de Lindavia, 2010", "Universidad de Lindavia"),
    ("PhD, Statistics – Universidad Nacional de Tarn, 2015", "Universidad Nacional de Tarn"),
    ("PhD, OLVA - Instituto Superior de Psicologia, 2015", "OLVA - Instituto Superior de Psicologia"),
])
def test_a_field_before_a_dash_and_a_whole_schools_name_is_no_part_of_it(line, place):
    # review74a item 5: "BA, Psychology - University of Tarn" gave the school "Psychology - University of Tarn"
    # (the field is no _FIELD_WORD); a whole name after the dash ("University of X") stands alone unless a short
    # form in capitals comes before it
    assert education_from(line).institution == place


def test_a_degrees_place_in_a_bio_ends_where_a_clause_of_what_came_next_begins(tmp_path):
    # "earned a PhD in X at TIAS (Town, Country), before joining Y as a postdoc": the place is TIAS, not the
    # workplace the clause after it names
    person = _bio_person(tmp_path, "Earlier, I earned a PhD in Soil Physics at TIAS (Tarnby, Norland), before joining "
                                   "Lakeside University as a postdoc.")
    assert [(e.degree, e.field, e.institution) for e in person.education] == [
        ("PhD", "Soil Physics", "TIAS (Tarnby, Norland)")]


@pytest.mark.parametrize("sentence, field, place, year", [
    ("Soy profesor de filosofía en la Universidad de Tarn. Me doctoré en la Universidad de Lindavia (1994), "
     "habiendo hecho estancias en Norland.", None, "Universidad de Lindavia", 1994),
    ("Es profesora de historia en la Universidad de Tarn y se doctoró en Historia por la Universidad de Lindavia.",
     "Historia", "Universidad de Lindavia", None),
    # (review74a item 6: the verb was stored as the degree, 'doctoré', and the field and the year were lost)
    ("Soy profesor de filosofía en la Universidad de Tarn. Me doctoré en Física en la Universidad de Lindavia en "
     "2005.", "Física", "Universidad de Lindavia", 2005),
    ("Soy profesor de filosofía en la Universidad de Tarn. Me doctoré en 2003 por la Universidad de Lindavia.",
     None, "Universidad de Lindavia", 2003),
])
def test_a_spanish_bio_saying_its_owner_earned_a_doctorate_by_the_verb_names_the_place(tmp_path, sentence, field,
                                                                                        place, year):
    # "me doctoré en X", "se doctoró en <field> por X": the verb of earning a doctorate, then where (before: no
    # degree); the degree is the one a "Doctor en X por Y" line names
    person = _bio_person(tmp_path, sentence)
    assert [(e.degree, e.field, e.institution, e.year) for e in person.education] == [("Doctor", field, place, year)]


@pytest.mark.parametrize("heading, name", [
    ("연구 결과 공유 안내", None),  # three Hangul words: a phrase ("a notice on sharing results")
    ("卡片布局，让信息一目了然。", None),  # a sentence, its first clause longer than a name
    ("박지우", "박지우"),
    ("박 지우", "박 지우"),
    ("大家好，我是王晓梅！", "王晓梅"),  # a greeting's comma and exclamation: the name it introduces
    # a name with its title, its lab or its Latin form is no phrase (before: no owner, the page refused)
    ("박지우 교수 연구실", "박지우"),
    ("이 지 은 (Lee Ji-eun)", "Lee Ji-eun"),
])
def test_a_heading_in_cjk_that_is_a_sentence_names_no_one(heading, name):
    from kg.importers.page.person import name_candidate

    found = name_candidate(heading, greeting=True)
    assert (found[0] if found else None) == name


def test_an_award_said_after_the_place_is_no_part_of_it(tmp_path):
    # "... at X and a recipient of the Y Fellowship": "and a" then a word in lower case says something else the owner is
    root = write_site(tmp_path / "site", academicpages_home(
        "Mira Holt", "I am a PhD student in Geology at the University of Westmarch and a recipient of the Delta "
                     "Graduate Fellowship. I map old glaciers.\n"))
    p = _person(root)
    assert p.job_title == "PhD student"
    assert [a.name for a in p.affiliations] == ["University of Westmarch"]


def test_a_second_post_said_with_also_is_not_the_position(tmp_path):
    # the first post is said in words the reader does not take; the one held "also" is a side post, no position
    root = write_site(tmp_path / "site", academicpages_home(
        "Mira Holt", "I am a PhD Student Geology with the University of Westmarch. I map old glaciers. I am also a "
                     "research associate in the Ice Group at the Northern Institute of Technology.\n"))
    p = _person(root)
    assert p.job_title is None  # (neither the side post nor it without its "also")
    assert "Northern Institute of Technology" not in [a.name for a in p.affiliations]
    # said with "also" but the only post the bio states: the post, without the word
    alone = _person(write_site(tmp_path / "alone", academicpages_home(
        "Mira Holt", "I map old glaciers. I am also a research associate at the Northern Institute of Technology.\n")))
    assert alone.job_title == "research associate"


def test_a_stat_cards_label_is_no_workplace(tmp_path):
    # "<div class=stat-label>Research Roles</div>" under a number names what the number counts, no place of work
    page = tmp_path / "index.html"
    page.write_text(
        "<!doctype html><html><head><title>Tove Lindqvist</title></head><body>\n<h1>Tove Lindqvist</h1>\n"
        "<p>I am a PhD student at the University of Norrland. I study how lichens grow on old roofs.</p>\n"
        '<div class="stat-card"><div class="stat-value">5</div>\n<div class="stat-label">Research Roles</div></div>\n'
        "</body></html>\n")
    p = _person(page)
    assert [a.name for a in p.affiliations] == ["University of Norrland"]


def test_a_cjk_heading_with_a_name_then_its_title_and_a_clause_is_no_sentence(tmp_path):
    # "王晓梅教授，博士生导师" (a name, its title, "doctoral supervisor"): five characters before the comma with the title,
    # three without; before: no owner, the page refused (exit 2), in a Markdown heading and in an HTML title and h1
    from kg.importers.page.person import name_candidate

    assert name_candidate("王晓梅教授，博士生导师") is not None
    page = tmp_path / "index.html"
    page.write_text("<html><head><title>王晓梅教授，博士生导师</title></head><body><h1>王晓梅教授，博士生导师</h1>"
                    "<p>北京大学计算机学院。</p></body></html>", encoding="utf-8")
    assert import_path(page).profile.person.name.startswith("王晓梅")


def test_a_title_naming_a_list_and_whose_it_is_with_a_tight_colon_or_comma_names_the_owner():
    # "Ana Sokolova: Papers" (a hand-written papers page's heading and title): only a spaced colon split a title,
    # so the page had no owner and was refused; a name beside no list word is no such title (review 75c: the first
    # version took the other side of any section word, so "Research: Sea Ice" named the owner "Sea Ice")
    from kg.importers.page.person import name_candidate

    assert name_candidate("Mira Kessel: Papers") == ("Mira Kessel", [])
    assert name_candidate("Mira Kessel, publications", page_title=True) == ("Mira Kessel", [])
    assert name_candidate("Mira Kessel: Selected Publications") == ("Mira Kessel", [])
    # a list word before the colon names what the page is about, no one: "Research: Sea Ice", "Students: Ann Lee"
    for topic in ("Research: Sea Ice", "Teaching: Calculus II", "Research, Climate Dynamics", "Students: Ann Lee"):
        assert name_candidate(topic, page_title=True) is None
    assert name_candidate("Kessel, Mira") is None


def test_a_self_introduction_that_names_a_post_names_no_owner(tmp_path):
    # "I am Assistant Professor (tenure track) at ...": a post with no article, no one's name (before: the owner
    # was "Assistant Professor"; the owner is the author the papers set in bold)
    page = tmp_path / "index.html"
    page.write_text("<html><head><title>Home</title></head><body>\n"
                    "<p>I am Assistant Professor (tenure track) at the Department of Economics, Tarnwood University. "
                    "My work is on trade.</p>\n<h2>Publications</h2>\n"
                    "<ul><li><b>Ana Ruiz</b> and Mira Holt. Tariffs and firms. Journal of Trade, 2021.</li>\n"
                    "<li>Ines Varga and <b>Ana Ruiz</b>. Ports and prices. Trade Letters, 2019.</li></ul>\n"
                    "</body></html>\n", encoding="utf-8")
    person = _person(page)
    assert (person.name, person.job_title) == ("Ana Ruiz", "Assistant Professor")


def test_a_degree_item_over_a_nested_list_and_a_degree_heading_over_its_details_are_degrees(tmp_path):
    # "- **Ph.D. Physics**, Hill University, 2015" over the posts held and the prize won there: the item's own line is
    # a degree, the nested list its own entries; so is a heading "### M.Sc. ..., Lake University" over its thesis
    page = tmp_path / "index.md"
    page.write_text("# Ada Lind\n\n## Education\n\n"
                    "- **Ph.D. Physics**, Hill University, 2015\n"
                    "    - Tutor of linear algebra, 2013\n    - Poster prize of the spring meeting, 2014\n"
                    "- **M.Sc. Physics**, Lake University, 2011\n"
                    "    - Tutor of calculus, 2010\n    - One term abroad, 2010\n"
                    "- **B.Sc. Physics**, Lake University, 2009\n", encoding="utf-8")
    assert [(e.degree, e.institution, e.year) for e in _person(page).education] == [
        ("Ph.D.", "Hill University", 2015), ("M.Sc.", "Lake University", 2011), ("B.Sc.", "Lake University", 2009)]
    page.write_text("# Ada Lind\n\n## Education\n\n### Ph.D. in Physics, Hill University, 2015\n\n"
                    "Thesis: Waves in shallow lakes.\n\n### M.Sc. in Physics, Lake University, 2011\n\n"
                    "Finished with honours.\n", encoding="utf-8")
    assert [(e.degree, e.field, e.institution) for e in _person(page).education] == [
        ("Ph.D.", "Physics", "Hill University"), ("M.Sc.", "Physics", "Lake University")]


def test_graduacao_is_the_portuguese_bachelors_degree(tmp_path):
    page = tmp_path / "index.md"
    page.write_text("# Ana Reis\n\n## Formação\n\n- **Mestrado Economia**, Universidade do Vale, 2020\n"
                    "- **Graduação Administração**, Universidade do Vale, 2016\n", encoding="utf-8")
    assert [(e.degree, e.year) for e in _person(page).education] == [("Mestrado", 2020), ("Graduação", 2016)]
    assert education_from("Pós-Graduação em Direito, Universidade do Vale, 2018") is None
    # before: read as the bachelor's (only a hyphen before "Graduação" was caught)
    for text in ("Pós Graduação em Direito, Universidade do Vale, 2018", "Pós–Graduação em Direito, Universidade do "
                 "Vale, 2018", "Pos Graduacao em Direito, Universidade do Vale, 2018",
                 "Bolsista de Graduação sanduíche, Universidade do Vale, 2018"):
        assert education_from(text) is None, text


@pytest.mark.parametrize("intro", ["My name is Tova Marrin 🌿", "My name is Tova Marrin."])
def test_a_readme_self_introduction_on_its_own_line_names_the_owner(tmp_path: Path, intro: str):
    # a profile README's "My name is X" on a line of its own, an emoji after the name or its stop at the line's end:
    # the emoji closes the name as a stop does, and the stop is no letter of the name ("Marrin." was the owner; with
    # the emoji no one was, and a coauthor on every paper stood for the owner)
    (tmp_path / "README.md").write_text(
        f"Hello there\n\n{intro}\n\nI'm a second-year PhD student in Linguistics.\n\n## Publications\n\n"
        "1. **Sound Shifts in River Dialects**\n   - Authors: B Olsk, T Marrin\n   - Year: 2024\n"
        "2. **Vowels of the Northern Coast**\n   - Authors: B Olsk, K Pey, T Marrin\n   - Year: 2023\n")
    assert _person(tmp_path).name == "Tova Marrin"


def test_a_phd_at_a_place_is_the_owners_position_there(tmp_path: Path):
    # "I am a Ph.D. at <the department, the university> working with Dr. X": the degree standing for the doctoral
    # student, as "a Ph.D. student at" says it (only right after "a": "pursuing a Ph.D. at" names no post)
    p = _page(tmp_path, "I am a Ph.D. at [Department of Soil Science, Fjordvik University](https://fu.example/soil) "
                        "working with [Dr. Ola Berg](https://fu.example/ob). My projects are on frost in clay.\n")
    assert p.job_title == "Ph.D."
    assert [(a.name, a.role, a.department) for a in p.affiliations] == [
        ("Fjordvik University", "Ph.D.", "Department of Soil Science")]


def test_graduated_from_a_place_with_no_degree_named_is_a_place_of_study(tmp_path: Path):
    # "I graduated from X at its graduate school in May 2015": where the owner studied, no degree named (as "I am a
    # graduate of X" says it); with the degree after it, the degree's reader reads it once
    p = _page(tmp_path, "I am a Lecturer at Fjordvik University. I graduated from University of Tarrow at the "
                        "[Graduate School of Social Sciences](https://gs.example) in May 2015.\n")
    assert [(e.degree, e.institution) for e in p.education] == [(None, "University of Tarrow")]
    q = _page(tmp_path / "q", "I graduated from Kelby University with a BSc in Physics.\n")
    assert [(e.degree, e.institution) for e in q.education] == [("BSc", "Kelby University")]


def test_a_phd_at_a_place_after_the_owners_name_and_no_phd_at_heart(tmp_path: Path):
    # review76d: "I am a Ph.D. at heart" named the place "heart"; "I am <name>, a Ph.D. at X" named none
    more = " My projects are on frost in clay and on the rivers of the north.\n"
    p = _page(tmp_path, "I am Ines Falkvard, a Ph.D. at Widget University." + more)
    assert [(a.name, a.role) for a in p.affiliations] == [("Widget University", "Ph.D.")]
    q = _page(tmp_path / "q", "I am a Ph.D. at heart and a lecturer at Fenwick College." + more)
    assert [a.name for a in q.affiliations] == ["Fenwick College"]


def test_graduated_from_says_the_owners_school_and_its_year(tmp_path: Path):
    # review76d: "they graduated from X" told of the owner's students; "X as valedictorian" was the school's name;
    # the year after it was left
    lead = "I am a Lecturer at Fjordvik University. "
    p = _page(tmp_path, lead + "My students come from many places; they graduated from Widget University and "
                               "Fenwick College.\n")
    assert p.education == []
    for i, (said, year) in enumerate((("as valedictorian", None), ("with honors in 2010", 2010),
                                      ("in 2008 and then moved north", 2008))):
        q = _page(tmp_path / str(i), lead + f"I graduated from Widget University {said}.\n")
        assert [(e.institution, e.year) for e in q.education] == [("Widget University", year)], said


def test_an_emoji_after_the_owners_name_ends_its_sentence_for_the_position(tmp_path: Path):
    # review76d: "My name is Wen Zhao 👋 I am a lecturer at X": the job was "Wen Zhao 👋 I am a lecturer"
    page = tmp_path / "index.md"
    page.write_text("# Home\n\nMy name is Wen Zhao \U0001F44B I am a lecturer at Widget University.\n", encoding="utf-8")
    p = _person(page)
    assert (p.name, p.job_title, [a.name for a in p.affiliations]) == ("Wen Zhao", "lecturer", ["Widget University"])


def test_a_heading_naming_a_post_over_a_degree_course_is_no_degree(tmp_path):
    # before: "### Teaching Assistant, M.Sc. course in Hydrology, Lake University, 2012" was read as an M.Sc. at Lake
    # University in 2012; the label is a degree only when the degree opens it
    page = tmp_path / "index.md"
    page.write_text("# Ada Lind\n\n## Education\n\n- **Ph.D. and M.Sc., Hill University**\n"
                    "    - Ph.D. in Physics, 2015\n    - M.Sc. in Physics, 2011\n\n## Education and Teaching\n\n"
                    "### Teaching Assistant, M.Sc. course in Hydrology, Lake University, 2012\n\n"
                    "- Led the weekly exercise classes\n", encoding="utf-8")
    assert [(e.degree, e.institution, e.year) for e in _person(page).education] == [
        ("Ph.D.", "Hill University", 2015), ("M.Sc.", "Hill University", 2011)]


def test_a_degree_label_opening_with_its_school_or_year_is_a_degree(tmp_path):
    # review76f 3 (ed/a.md): "**Hill University, Ph.D. in Physics, 2015**" over its thesis and advisor was dropped
    # once a label had to open with its degree; only a post before the degree makes the label no degree
    page = tmp_path / "index.md"
    page.write_text("# Ana Ruiz\n\n## Education\n\n- **Hill University, Ph.D. in Physics, 2015**\n"
                    "  - Thesis: Waves in thin films\n  - Advisor: Prof. Jo Bell\n"
                    "- **2010: M.Sc. in Physics, Lake University**\n  - Graduated with distinction\n", encoding="utf-8")
    assert [(e.degree, e.institution, e.year) for e in _person(page).education] == [
        ("Ph.D.", "Hill University", 2015), ("M.Sc.", "Lake University", 2010)]


def test_she_graduated_in_a_first_person_bio_is_someone_elses_degree(tmp_path):
    # review76f 8 (bio/a.md): a bio in the first person says "she" of another: the student's school and year were
    # read as the owner's (before ff050d69 the school alone)
    p = _page(tmp_path, "I am an associate professor of hydrology at Tarn University. My student Li Wei defended in "
                        "May; she graduated from Lake University in 2016 before joining my group.\n")
    assert p.education == []
    q = _page(tmp_path / "q", "Ines Falkvard is a lecturer at Tarn University, and she graduated from Lake "
                              "University in 2016.\n")
    assert [(e.institution, e.year) for e in q.education] == [("Lake University", 2016)]


def test_a_unit_whose_name_lists_its_fields_with_a_serial_comma(tmp_path: Path):
    # "within the Marine, Coastal, and Delta Program at X": the "and" before the list's last field is part of the
    # unit's name (before: the place cut there, "Marine, Coastal"); an "and" before a post still ends the place
    p = _page(tmp_path, "I am a research fellow within the Marine, Coastal, and Delta Program at the School of "
                        "Earth Sciences, Tarnwood University. I study tides.\n")
    assert p.affiliations[0].department == "Marine, Coastal, and Delta Program"
    assert "Tarnwood University" in p.affiliations[0].name
    p = _page(tmp_path / "2", "I am a PhD student in the Department of Ecology, Evolution, and Behavior at "
                              "Fjordvik University.\n")
    assert [(a.name, a.department) for a in p.affiliations] == [
        ("Fjordvik University", "Department of Ecology, Evolution, and Behavior")]
    p = _page(tmp_path / "3", "I am a professor at Tarnwood University, and Director of the Tide Center there.\n")
    assert [a.name for a in p.affiliations] == ["Tarnwood University"]


def test_alfolio_more_info_of_the_name_a_post_named_for_its_programme_and_the_place(tmp_path):
    # the sidebar under the picture: the owner's name (one of two family names), the post (a fellowship's name
    # before the job's word, a gloss in parentheses), then the place (before: all three lines the location, no job)
    root = write_site(tmp_path / "site", {
        "_config.yml": "first_name: Nuria\nlast_name: Vidal-Roca\nurl: https://nvidal.example.org\n",
        "_pages/about.md": (
            "---\nlayout: about\ntitle: about\npermalink: /\n"
            "profile:\n  align: right\n  more_info: >\n    <p><b>Nuria Vidal</b></p>\n"
            "    <p>Beatriu de Pinos researcher (Tenure-track, Regional Research Agency)</p>\n"
            "    <p>CREAF, Bellaterra, Spain</p>\n---\n\n"
            "I study river deltas and their sediments.\n"),
    })
    person = import_path(root).profile.person
    assert person.job_title == "Beatriu de Pinos researcher"
    assert person.location == "CREAF, Bellaterra, Spain"


def test_a_heading_giving_the_name_born_with_names_the_owner():
    # review77c nee: "# Ana Roe (née Lind)" named no one (the owner became a co-author); the née is an alias
    from kg.importers.page.person import name_candidate

    assert name_candidate("Ana Roe (née Lind)") == ("Ana Roe", ["Ana Lind"])
    # review rr77b #8: the born name goes with the matched name's family only (was also "Bo Lind")
    from kg.importers.common import birth_names

    assert birth_names("Ana Roe (née Lind)", ["Ana Roe", "Bo Orr"]) == ["Ana Lind"]


def test_and_then_a_second_post_or_a_persons_title_ends_the_place(tmp_path: Path):
    # "..., and Senior Researcher at Y", "..., and Visiting Scholar at Y": a second post (any word of it, not the
    # first alone) ends the first place (before: Y, the first place and the post its department); "..., and
    # Dr. Smith is my mentor": a person's title is no sentence's end (before: no affiliation)
    p = _page(tmp_path, "I am a postdoctoral researcher at Tarnwood University, and Senior Researcher at Fjord "
                        "Labs.\n")
    assert [(a.name, a.department) for a in p.affiliations] == [("Tarnwood University", None)]
    p = _page(tmp_path / "2", "I am an associate professor at Tarnwood University, and Visiting Scholar at MIT.\n")
    assert [(a.name, a.department) for a in p.affiliations] == [("Tarnwood University", None)]
    p = _page(tmp_path / "3", "I am a postdoc at the University of Fjordvik, and Dr. Smith is my mentor.\n")
    assert [a.name for a in p.affiliations] == ["University of Fjordvik"]


def _alfolio_profile(tmp_path, profile: str, subtitle: str = ""):
    root = write_site(tmp_path / "site", {
        "_config.yml": "first_name: Nuria\nlast_name: Vidal\nurl: https://nvidal.example.org\n",
        "_pages/about.md": "---\nlayout: about\ntitle: about\npermalink: /\n" + subtitle
                           + "profile:\n  align: right\n" + profile + "---\n\nI study river deltas.\n",
    })
    return import_path(root).profile.person


def test_alfolio_address_of_one_post_line_is_the_job_title(tmp_path):
    # "address: <p>PhD Student</p>": the one line is the post, as under more_info (before: the location)
    person = _alfolio_profile(tmp_path, "  address: <p>PhD Student</p>\n")
    assert (person.job_title, person.location) == ("PhD Student", None)


def test_alfolio_more_info_a_place_named_for_the_owner_stays(tmp_path):
    # "<p>Nuria Vidal Lab</p><p>MIT</p>": a line that names a place after the owner is no line of the name alone
    # (before: location "MIT")
    person = _alfolio_profile(tmp_path, "  more_info: <p>Nuria Vidal Lab</p><p>MIT</p>\n")
    assert person.location == "Nuria Vidal Lab, MIT"


def test_alfolio_more_info_a_second_post_under_the_subtitles_stays(tmp_path):
    # the subtitle states the job; more_info's "Marie Curie Fellow" is another post, kept with the place (before:
    # dropped, the location "Zurich, Switzerland")
    person = _alfolio_profile(tmp_path, "  more_info: <p>Marie Curie Fellow</p><p>Zurich, Switzerland</p>\n",
                              "subtitle: Assistant Professor at ETH Zurich\n")
    assert person.job_title == "Assistant Professor"
    assert person.location == "Marie Curie Fellow, Zurich, Switzerland"


def test_alfolio_more_info_a_post_at_a_place_on_one_line(tmp_path):
    # "<p>PhD Candidate, University of Toronto</p>": the post, then where it is held (before: the job title held
    # the university, no affiliation)
    person = _alfolio_profile(tmp_path, "  more_info: <p>PhD Candidate, University of Toronto</p>"
                                        "<p>Toronto, Canada</p>\n")
    assert person.job_title == "PhD Candidate"
    assert [a.name for a in person.affiliations] == ["University of Toronto"]
    assert person.location == "Toronto, Canada"


def test_alfolio_more_info_the_owners_name_with_a_middle_initial_is_the_name(tmp_path):
    # (rr77c afJ3: "<p>Nuria A. Vidal</p>" was kept, took the post line's place and the location got all three)
    person = _alfolio_profile(tmp_path, "  more_info: <p>Nuria A. Vidal</p><p>Assistant Professor</p><p>MIT</p>\n")
    assert (person.job_title, person.location) == ("Assistant Professor", "MIT")


def test_alfolio_more_info_the_subtitles_post_keeps_the_place_it_names(tmp_path):
    # (rr77c afA: the subtitle's post again with its place; the line was dropped whole and the place lost)
    person = _alfolio_profile(tmp_path, "  more_info: <p>PhD Candidate, University of Toronto</p><p>Toronto, Canada</p>\n",
                              subtitle="subtitle: PhD Candidate\n")
    assert (person.job_title, person.location) == ("PhD Candidate", "Toronto, Canada")
    assert [(a.name, a.role) for a in person.affiliations] == [("University of Toronto", "PhD Candidate")]


@pytest.mark.parametrize("body, expected", [
    # w79e: the English forms real bios write their owner's post in, each read as job, place and unit
    ("I am an Assistant Professor at ORBIT, in the Department of Marine Robotics, with joint appointments in the AI "
     "Center.\n",
     {"job_title": "Assistant Professor",
      "affiliations:name,department": [("ORBIT", "Department of Marine Robotics")]}),
    # rm-w79e: the place a one-word name, its unit by the words kg knows a unit by (DEPT_START); before the review:
    # "Stanford, in the Department of Statistics" as the place's name
    ("I am a PhD student at Tarnford, in the Department of Statistics, advised by Prof. Bo Lind.\n",
     {"job_title": "PhD student",
      "affiliations:name,department": [("Tarnford", "Department of Statistics")]}),
    # (the postdoc's host after the place is no part of it; before: "Lakeside Polytechnique hosted by Prof. Ana Voss")
    ("I'm a Postdoctoral researcher at [Lakeside Polytechnique](https://lp.example) hosted by Prof. Ana Voss.\n",
     {"job_title": "Postdoctoral researcher", "affiliations:name": ["Lakeside Polytechnique"]}),
    # (a founder's given name ending in "-ed" then "bin" is no verb opening a clause; before: the first place lost)
    ("I am currently a Postdoctoral Researcher at Rashid bin Saeed University of Science (RSUS) and Tarn University "
     "(TU), supervised by Prof. Bo Lind.\n",
     {"affiliations:name": ["Rashid bin Saeed University of Science", "Tarn University"]}),
    # (a resident named by the field before it and the place after; the degree after "and an" no part of the place)
    ("Hello! I am an internal medicine resident at Eastbay General Hospital and an MD–PhD graduate of the Tarn "
     "Health Program.\n",
     {"job_title": "internal medicine resident", "affiliations:name": ["Eastbay General Hospital"]}),
    ("I'm currently a **Senior Bioinformatician** in the Holm lab, where I lead pipeline development.\n",
     {"job_title": "Senior Bioinformatician"}),
])
def test_an_english_bio_sentence_gives_the_post_its_place_and_unit(tmp_path: Path, body: str, expected: dict):
    p = _page(tmp_path, body)
    assert {key: _person_view(p, key) for key in expected} == expected


def test_a_degree_from_a_unit_at_its_university_and_one_from_the_same_institution(tmp_path: Path):
    # w79e: "from the Faculty of X at Y University": the university (before: "Technology at Y University"); "from the
    # same institution": the one named before (before: a school named "same institution")
    p = _page(tmp_path, "I am a research fellow at Tarn University. I received my Ph.D. from the Faculty of "
                        "Information Technology at Tarn University, under the supervision of Professor Ana Voss. I "
                        "also hold a Bachelor of Software Engineering from the same institution.\n")
    assert [(e.degree, e.institution) for e in p.education] == [("Ph.D.", "Tarn University"),
                                                               ("Bachelor", "Tarn University")]
    assert p.advisors == ["Ana Voss"]


def test_the_years_of_what_the_owner_did_next_are_not_the_degrees(tmp_path: Path):
    # w79e: "my Ph.D. from X and worked as ... (2019–2022)": a clause of its own (before: the degree dated 2022)
    p = _page(tmp_path, "I am an Assistant Professor at Tarn University. Before that, I received my Ph.D. from "
                        "KAIST and worked as a Research Scientist at Nord Labs (2019–2022).\n")
    assert [(e.institution, e.year) for e in p.education] == [("KAIST", None)]


def test_an_advisors_middle_initial_and_a_lab_named_after_the_advisor(tmp_path: Path):
    # w79e: "Prof. Robin T. Vale" once (before: also "Robin T", cut at the initial's stop); "at the Optics and
    # Photonics Lab" after the advisor's name is no second advisor (before: "Photonics Lab")
    p = _page(tmp_path, "I received my Ph.D. from the [Tarn University](https://tu.example/), where I was advised "
                        "by Prof. [Robin T. Vale](https://rv.example/). Prior to that, I received my bachelor’s degree "
                        "from Nord University.\n")
    assert p.advisors == ["Robin T. Vale"]
    q = _page(tmp_path / "b", "I completed my PhD at Tarn University in 2020 under the guidance of Prof. Ana Voss at "
                              "the Optical Engineering and Photonics Lab.\n")
    assert q.advisors == ["Ana Voss"]
    # ("my Ph.D. from X in 2018 with the guidance of Dr. A": the advisor, as "under the guidance of" names one)
    r = _page(tmp_path / "c", "I am a Postdoctoral Researcher at Tarn University. I received my Ph.D. from Nord "
                              "University in 2018 with the guidance of [Dr. Mira Holt](https://mh.example/).\n")
    assert r.advisors == ["Mira Holt"]


def test_a_heading_naming_only_a_lab_role_over_a_list_is_no_post(tmp_path: Path):
    # w79e: "## Principal Investigator" over the places of a CV's grants (before: job "Principal Investigator", the
    # role given to the first place); the heading stays listed as unread
    d = write_site(tmp_path / "cv", {"index.md": "---\ntitle: CV\nauthor: Tomas Vendel\n---\n\n## Principal "
                                                 "Investigator\n\n- Soil Council of Tarn, 2020-2023\n- Nord "
                                                 "University, 2017-2019\n"})
    got = import_path(d / "index.md").profile
    assert got.person.job_title is None
    assert all(a.role is None for a in got.person.affiliations)
    assert "## Principal Investigator" in [u.text for u in got.unparsed]  # (rm-w79e: reported, not dropped)


def test_a_header_line_naming_the_owner_then_the_post_gives_the_post_alone(tmp_path: Path):
    # w79e: "Ines Falkvard, Professor of Soil Physics" under the page's heading: the post after the owner's name (the
    # snapshot sites/lab-no-name had "Principal Investigator", the heading over the line, as the job)
    page = tmp_path / "index.html"
    page.write_text("<html><body><h1>Ines Falkvard</h1><h2>Principal Investigator</h2>"
                    "<p>Ines Falkvard, Professor of Soil Physics</p></body></html>\n", encoding="utf-8")
    assert _person(page).job_title == "Professor of Soil Physics"


def test_advisors_said_as_supervision_received_from_them():
    # "receive supervision from", "under supervision from", "with co-supervision from": the owner's advisors
    assert advisors_in("I collectively receive supervision from Prof. Ana Velt and Prof. Bo Runde at TU, and "
                       "Prof. Kei ONO at UTarn.") == ["Ana Velt", "Bo Runde", "Kei ONO"]
    assert advisors_in("I am an undergraduate at Tarn University under supervision from Prof. Lin Oda.") == ["Lin Oda"]
    assert advisors_in("with primary supervision from Prof. Ana Velt and co-supervision from Prof. Bo Runde.") \
        == ["Ana Velt", "Bo Runde"]


def test_an_advisor_named_in_apposition_or_in_bare_brackets():
    # "my Ph.D. advisor, A,": the name after the comma; "[Prof A B]" (a link the page never defines): the name
    assert advisors_in("Follow my Ph.D. advisor, Ana Velt, and my group's work.") == ["Ana Velt"]
    assert advisors_in("I thank my Ph.D. advisor, Assoc. Prof. Dr. Bo Runde. Without him ...") == ["Bo Runde"]
    assert advisors_in("Thesis on ice. Supervised by [Prof Ana Velt] at TU and [Prof Kei Ono] at UTarn.") \
        == ["Ana Velt", "Kei Ono"]
    assert advisors_in("My advisees, Ana Velt and Bo Runde, won prizes.") == []


def test_a_saint_glued_to_its_city_ends_no_sentence_of_the_bio(tmp_path):
    # "... Harbour University in St.Lucia (HU)": the stop of "St." written with no space after it is the city's
    # abbreviation; the sentence names the position and the place all the same (before, none was read, and a
    # current internship of the list below became the job title); the university's short name after the city is
    # no part of the location
    page = tmp_path / "about.md"
    page.write_text("# Mara Quist\n\nI'm a Fourth-year Ph.D. candidate in the Department of Soil Science, Harbour "
                    "University in St.Lucia (HU). I work on dunes.\n\n## Internships\n\n"
                    "- *2025.09 - Present* Student Researcher, Widgetco, Remote.\n\n"
                    "## Publications\n\n- Mara Quist, Bo Lind. Dunes of the north. ICML 2020.\n", encoding="utf-8")
    person = _person(page)
    assert person.job_title == "Fourth-year Ph.D. candidate"
    # ("<X> University in <city>": the city is part of the university's name, and still where it is)
    assert person.affiliations[0].name == "Harbour University in St. Lucia"
    assert person.location == "St. Lucia"


def test_a_degree_whose_place_follows_the_advisors_name_is_earned_there():
    # "PhD in X, with a focus on Y. Advisor Prof. A. Lee - Hill University (Italy).": the place after the advisor's
    # name (a dash or a sentence's stop ends it) is where the degree was earned; the advisor's own place ("advisor:
    # Prof. Ann Lee of Hill University") is not
    ed = education_from("11/2015 - 02/2019: PhD in Soil Physics, with a focus on dunes. Advisor Prof. Ann Lee - "
                        "Hill University of Tarn (Italy).")
    assert (ed.degree, ed.field, ed.institution, ed.year) == ("PhD", "Soil Physics", "Hill University of Tarn", 2019)
    ed = education_from("2012 - 2015: MSc in Dunes. Advisor: Bo Roe. Hill University of Tarn (Italy).")
    assert (ed.field, ed.institution) == ("Dunes", "Hill University of Tarn")
    assert education_from("PhD in Physics, advisor: Prof. Ann Lee of Hill University") is None
    ed = education_from("PhD in Physics, Tarn University, advisor: Prof. Ann Lee (Hill University)")
    assert ed.institution == "Tarn University"


def test_a_university_named_with_its_city_keeps_the_city_and_a_university_of_x_does_not(tmp_path):
    page_text = ("# Mara Quist\n\nI am a PhD student at {}. I work on dunes.\n\n## Publications\n\n"
                 "- Mara Quist, Bo Lind. Dunes of the north. ICML 2020.\n")
    cases = (("Dune Technical University in St. Tarnow", "Dune Technical University in St. Tarnow", "St. Tarnow"),
             # (a university then where it is: "Stanford University in California", "Peking University in Beijing")
             ("Dune Technical University in Tarnow", "Dune Technical University", "Tarnow"),
             ("Quist University in Ohio", "Quist University", "Ohio"),
             ("the University of Tarn in Paris (France)", "University of Tarn", "Paris (France)"))
    for k, (written, name, place) in enumerate(cases):
        page = tmp_path / f"about{k}.md"
        page.write_text(page_text.format(written), encoding="utf-8")
        person = _person(page)
        assert (person.affiliations[0].name, person.location) == (name, place)


def test_degree_field_standing_apart_from_the_degree_is_kept():
    # the field a degree line gives as the school's unit, or after the school, was read past (the line marked used,
    # the field in no slot); it is the degree's field now, and a country after the school is none
    ed = education_from("B.Sc., Dept. of Geology, Riverbend University (2011)")
    assert (ed.degree, ed.field, ed.institution, ed.year) == ("B.Sc.", "Geology", "Riverbend University", 2011)
    ed = education_from("*2015.09 - 2018.06*, M.E., Northgate University, Signal and Information Engineering")
    assert (ed.field, ed.institution, ed.year) == ("Signal and Information Engineering", "Northgate University", 2018)
    ed = education_from("2020.09-*Present* School of Marine Sciences, Northgate University Ph.D.")
    assert (ed.degree, ed.field, ed.institution) == ("Ph.D.", "Marine Sciences", "Northgate University")
    assert education_from("M.S., Northgate University, Freedonia").field is None
    # a unit whose name has a comma in it, whole; a programme before the school's unit is the field
    assert education_from("Ph.D., Department of Soil, Water and Climate, Riverbend University, 2004.").field \
        == "Soil, Water and Climate"
    assert education_from("*2016 - 2020*, B.S., Data Stewardship, School of Computing, Riverbend University").field \
        == "Data Stewardship"
    assert education_from("Ph.D. in Botany, Riverbend University, 2009").field == "Botany"


def test_a_piece_after_the_school_that_is_no_field_stays_out_of_the_field():
    # after the school, a label's piece, a minor or a lowercase phrase is no field of study (each holds a word of
    # a field: "Design", "Mathematics", "Arts"); a capitalised discipline there still is
    assert education_from("M.S., Riverbend University, Thesis: Signal Design for Buoy Arrays").field is None
    assert education_from("B.S., Riverbend University, Minor in Mathematics").field is None
    assert education_from("Ph.D., Riverbend University, Fine Arts Museum internship").field is None
    assert education_from("Ph.D., Riverbend University, Computer Science (co-advised)").field == "Computer Science"


def test_profile_ids_written_as_text_after_the_services_name_on_the_contact_page(tmp_path):
    # a Hugo site in German: its contact page "kontakt.md" (the word was no section kg knew, so the page was
    # ignored) writes the address, then "ORCID: <id>", "Bluesky: @..." and "X (aka Twitter): @..." as plain text,
    # no links; the ids are the owner's, read as their profiles' addresses would be
    p = imported_site(tmp_path, {
        "hugo.yaml": "title: Jonas Weber\nbaseURL: https://jonas-weber.example.org/\n",
        "content/about.md": ("---\ntitle: Über mich\n---\n\nIch arbeite als Wissenschaftlicher Mitarbeiter am "
                             "Institut für Germanistik der Universität Lindenau.\n"),
        "content/kontakt.md": ("---\ntitle: Kontakt\n---\n\n### Impressum\n\nJonas Weber \\\nUniversität Lindenau\n\n"
                               "jonas.weber@uni-lindenau.example.org\n\n### Weitere Infos\n\n"
                               "ORCID: 0000-0003-1234-567X \\\nBluesky: @jonasweber.bsky.social \\\n"
                               "X (aka Twitter): @JonasWeber\n"),
    })
    assert p.person.email == "jonas.weber@uni-lindenau.example.org"
    assert p.person.identifiers == {"orcid": "0000-0003-1234-567X", "bluesky": "jonasweber.bsky.social",
                                    "twitter": "JonasWeber"}
    assert not [u for u in p.unparsed if u.file == "content/kontakt.md" and "@" in u.text]


def test_a_services_name_before_a_word_that_is_no_id_of_it_gives_no_id():
    from kg.importers.common import section_kind
    from kg.importers.page.bio import service_id

    assert service_id("ORCID iD", "0000-0002-1825-0097") == ("orcid", "0000-0002-1825-0097")
    assert service_id("Twitter", "@ana_roe") == ("twitter", "ana_roe")
    assert service_id("Twitter", "ana_roe") is None  # (a handle is written with its "@")
    assert service_id("ORCID", "pending") is None
    assert section_kind("Kontakt") == section_kind("Kontaktdaten") == "contact"


def test_a_mastodon_handle_beside_labelled_ids_is_no_email_and_is_reported(tmp_path):
    # "Mastodon: @user@host" on a contact page: a handle on the fediverse, not an address; kg has no id for it, so
    # the line is reported (before: the handle became the owner's email when the page had none, and the line, read
    # with the "X: @handle" after it, went without a trace)
    page = tmp_path / "home.md"
    page.write_text("# Lea Marin\n\nI am a lecturer in literature at Lindenau University, where I study archives of "
                    "poetry.\n\n## Contact\n\nORCID: 0000-0002-1825-0097 \\\nMastodon: @leamarin@fedi.example.org\n"
                    "X (aka Twitter): @lea_marin\n", encoding="utf-8")
    p = import_path(page).profile
    assert p.person.email is None
    assert p.person.identifiers == {"orcid": "0000-0002-1825-0097", "twitter": "lea_marin"}
    assert any("@leamarin@fedi.example.org" in u.text for u in p.unparsed)


def test_labelled_ids_on_a_line_that_names_someone_else_are_not_the_owners(tmp_path):
    # "ORCID: ..." after a partner's name, "GitHub: ..." / "X: @..." after the lab's: those ids are theirs; only a
    # line (or block) of "Service: id" pairs and nothing else gives the owner's ids
    page = tmp_path / "home.md"
    page.write_text("# Lea Marin\n\nI am a lecturer in literature at Lindenau University, where I study archives of "
                    "poetry.\n\nOur project partner: Kim Park | ORCID: 0000-0003-7777-8888\n\n"
                    "Valley Lab | GitHub: valleylab | X: @valleylab\n\n## Contact\n\nlea.marin@lindenau.example.org\n\n"
                    "ORCID: 0000-0002-1825-0097 | Email: lea.marin@lindenau.example.org\n", encoding="utf-8")
    p = import_path(page).profile
    assert p.person.identifiers == {"orcid": "0000-0002-1825-0097"}
    assert any("Kim Park" in u.text for u in p.unparsed)


def test_labelled_ids_read_only_from_pairs_under_services_or_contact_labels():
    from kg.importers.page.bio import labelled_ids

    assert [i for _m, i in labelled_ids("ORCID: 0000-0002-1825-0097 | X: @lea_marin")] == [
        ("orcid", "0000-0002-1825-0097"), ("twitter", "lea_marin")]
    assert [i for _m, i in labelled_ids("Mastodon: @lea@fedi.example.org | X: @lea_marin")] == [("twitter", "lea_marin")]
    assert labelled_ids("Valley Lab | GitHub: valleylab") == []
    assert labelled_ids("Partner: Kim | ORCID: 0000-0002-1825-0097") == []


def test_labelled_ids_beside_the_owners_own_name_or_contact_label_are_theirs():
    from kg.importers.page.bio import labelled_ids

    assert [i for _m, i in labelled_ids("Lea Marin | ORCID: 0000-0002-1825-0097", ["Lea Marin"])] == [
        ("orcid", "0000-0002-1825-0097")]
    assert [i for _m, i in labelled_ids("Contact: lea@x.org | ORCID: 0000-0002-1825-0097")] == [
        ("orcid", "0000-0002-1825-0097")]
    assert labelled_ids("Kim Park | ORCID: 0000-0002-1825-0097", ["Lea Marin"]) == []


def test_a_meta_author_written_family_name_first_names_the_owner():
    from kg.importers.page.person import name_candidate

    assert name_candidate("Ortega Ruiz, Lucas Ph.D.", inverted=True) == ("Lucas Ortega Ruiz", [])
    assert name_candidate("Lind, Ada", inverted=True) == ("Ada Lind", [])
    assert name_candidate("van Dijk, Ana M.", inverted=True) == ("Ana M. van Dijk", [])
    # capitals of Latin Extended-A (common.NAME_CAPITALS), in the family name, the given name and the initial
    assert name_candidate("Ślusarz, Ewa", inverted=True) == ("Ewa Ślusarz", [])
    assert name_candidate("Kowalik, Łucja Ż.", inverted=True) == ("Łucja Ż. Kowalik", [])
    assert name_candidate("Dvořák, Šárka", inverted=True) == ("Šárka Dvořák", [])
    # two people, and a heading or a title's "City, Country", are not read so
    assert name_candidate("Ada Lind, Bo Wu", inverted=True) is None
    assert name_candidate("Lind, Ada") is None
    assert name_candidate("Paris, France", page_title=True) is None


def test_a_meta_author_of_a_whole_name_and_its_place_is_not_turned_round():
    from kg.importers.page.person import name_candidate

    # "Given Family, Place" reads like "Family Family, Given": two words before the comma are a family name only
    # when a degree follows the given name after it
    for field in ("Hana Berg, Stanford", "Ola Nyström, Google", "Berg Lab, Chemistry", "Hana Berg, Stanford, PhD"):
        c = name_candidate(field, inverted=True)
        assert c is None or c[0] in ("Hana Berg", "Ola Nyström"), field
    assert name_candidate("Ortega Ruiz, Lucas", inverted=True) is None
    assert name_candidate("Nyström, Ola", inverted=True) == ("Ola Nyström", [])


@pytest.mark.parametrize("line, role, place", [
    ("Since 2019 Professor, University of Lindenau", "Professor", "University of Lindenau"),
    ("seit 2019 W2-Professorin, Universität Lindenau", "W2-Professorin", "Universität Lindenau"),
    ("Since March 2021 Lecturer, Hill College", "Lecturer", "Hill College"),
    ("Since 2019: Professor, University of Lindenau", "Professor", "University of Lindenau"),
])
def test_a_career_line_opened_by_since_and_its_year_without_a_colon(line, role, place):
    # (German CVs under "Werdegang" write "seit 2019 Professorin, X"): the opening dates the post, no part of its role
    from kg.importers.page.readers import _experience_from

    got = _experience_from(line)
    assert (got.role, got.name, got.current) == (role, place, True)


@pytest.mark.parametrize("line, want", [
    # the field, then its degree, then the years and the place, set apart by bars
    ("Psychology M.Sc. | 2013-2016 | Tarrow University", ("M.Sc.", "Psychology", "Tarrow University", 2016)),
    ("Sociology and Sinology B.A. | 2007-2010 | Kelby College", ("B.A.", "Sociology and Sinology", "Kelby College", 2010)),
])
def test_a_degree_line_naming_its_field_before_the_degree(tmp_path, line, want):
    # before: the line went to the affiliations ("Tarrow University" a workplace), the stop of "M.Sc. " read as the
    # end of a sentence; now a degree of the owner's
    html = (f"<html><body><h1>Rina Osei</h1><p>Data Scientist at Lumen Health.</p><p><strong>{line.split(' | ')[0]}"
            f"</strong> | {' | '.join(line.split(' | ')[1:])}</p></body></html>")
    (tmp_path / "index.html").write_text(html)
    person = _person(tmp_path / "index.html")
    assert [(e.degree, e.field, e.institution, e.year) for e in person.education] == [want]
    assert all(a.name != want[2] for a in person.affiliations)


def test_a_persons_name_before_a_degree_is_no_field():
    # "Jane Roe PhD, Hill University": a student's line (her name, then her degree), not a degree of the owner's
    from kg.importers.page.bio import _degree_line

    assert _degree_line("Jane Roe PhD, Hill University") is None
    assert _degree_line("Physics PhD, Hill University, 2010").field == "Physics"


def test_a_milestone_tables_degree_row_under_a_heading_kg_does_not_name(tmp_path):
    # "## Background" over a table of the owner's milestones: before, the rows whose cell names the degree and its
    # place together ("Ph.D. Geology, Tarrow University") were left unread; a job's row stays none
    md = ("# Rina Osei\n\n## Background\n\n| | Details |\n|--|--|\n"
          "| **Now** | Researcher at Lumen Health |\n"
          "| **2019-2023** | Ph.D. Geology, Tarrow University (GPA: 3.9/4.0) |\n"
          "| **2015-2019** | B.Sc. Physics, Kelby College |\n")
    (tmp_path / "README.md").write_text(md)
    person = _person(tmp_path / "README.md")
    assert [(e.degree, e.institution, e.year) for e in person.education] == [
        ("Ph.D.", "Tarrow University", 2023), ("B.Sc.", "Kelby College", 2019)]


def test_a_degree_field_ends_at_a_bar():
    # "Diplom in Soziologie | TU Tarrow": the bar ends the field as a comma does
    ed = education_from("Diplom in Soziologie | Tarrow University")
    assert (ed.degree, ed.field, ed.institution) == ("Diplom", "Soziologie", "Tarrow University")


@pytest.mark.parametrize("line, role, place, current", [
    # a German CV's rows: "heute" (now) closes an open range, no part of the role; "Projektkoordinator" and
    # "Wiss. Assistent" are posts, the place after the bar alone the place (before: "Projektkoordinator | X" was
    # read as the place's name, "heute Postdoc" as the role)
    ("10/2022 - heute Postdoc | TH Tarrow", "Postdoc", "TH Tarrow", True),
    ("02/2018 – 12/2022 Projektkoordinator | Tarrow University", "Projektkoordinator", "Tarrow University", False),
    ("01/2013 – 10/2017 Wiss. Assistent | Kelby Institute", "Wiss. Assistent", "Kelby Institute", False),
    ("2019 – aujourd'hui Chercheuse | Institut Kelby", "Chercheuse", "Institut Kelby", True),
])
def test_a_career_row_in_another_language(line, role, place, current):
    from kg.importers.page.readers import _experience_from

    got = _experience_from(line)
    assert (got.role, got.name, got.current) == (role, place, current)


def test_promotion_names_the_german_doctorate_only_as_a_cvs_row_writes_it():
    # "Promotion | Tarrow University" in a CV's table is the doctorate; "Promotion to Full Professor" a post
    from kg.importers.page.bio import degree_row_texts
    from kg.importers.page.person import DEGREE_RX

    ed = degree_row_texts(["12/2017", "Promotion | Tarrow University & Kelby College"])
    assert (ed.degree, ed.institution, ed.year) == ("Promotion", "Tarrow University & Kelby College", 2017)
    assert DEGREE_RX.match("Promotion in Soziologie an der Universität Tarrow")
    assert not DEGREE_RX.match("Promotion to Full Professor, Tarrow University")
    assert not DEGREE_RX.match("Promotion: Associate Professor")


@pytest.mark.parametrize("line", [
    "Xiaoyu Zhang M.S. | 2019-2021 | Tarrow University",   # a student's name the table of given names lacks
    "Oluwaseun Adeyemi Ph.D. | 2015-2020 | Kelby College",
    "Jane Roe PhD, Hill University",
])
def test_a_students_name_before_a_degree_is_no_field(line):
    # a lab page's line of a member: her name, then her degree; no degree of the owner's (a field before a degree
    # is one word, words joined by "and", or holds a field's word)
    from kg.importers.page.bio import _degree_line

    assert _degree_line(line) is None


def test_a_lab_pages_member_lines_give_the_owner_no_degree(tmp_path):
    # unsectioned member lines on a lab's home: before this rule they were misread as workplaces; they must not
    # become the head's degrees either
    (tmp_path / "README.md").write_text(
        "# Rina Osei\n\nAssociate Professor of Ecology, Tarrow University.\n\n"
        "Xiaoyu Zhang M.S. | 2019-2021 | Kelby College\n\nOluwaseun Adeyemi Ph.D. | 2015-2020 | Inland University\n")
    assert _person(tmp_path / "README.md").education == []


def test_one_place_named_shorter_on_another_page_is_kept_once():
    # "The University of Tarrow MD Center" on the head's page beside "The University of Tarrow MD Center for
    # Oncology" on the home: one post, one place (the shorter name's link kept); another post there stays
    from kg.importers.site.assemble import merge_person
    from kg.model import Affiliation, Person

    base = Person(name="Rina Osei", affiliations=[
        Affiliation(name="The University of Tarrow MD Center for Oncology", role="Assistant Professor", current=True)])
    merge_person(base, Person(name="Rina Osei", affiliations=[
        Affiliation(name="The University of Tarrow MD Center", role="Assistant Professor", current=True,
                    url="https://tarrow.example.org"),
        Affiliation(name="The University of Tarrow", role="Postdoc", start_year=2015, end_year=2018)]))
    assert [(a.name, a.url) for a in base.affiliations] == [
        ("The University of Tarrow MD Center for Oncology", "https://tarrow.example.org"),
        ("The University of Tarrow", None)]


def test_a_place_joined_to_another_by_and_is_no_longer_name_of_it():
    # "Tarrow Institute of Birds and the Department of Biology at Kelby University" holds a second place: the
    # affiliation "the Tarrow Institute of Birds" read elsewhere is kept beside it
    from kg.importers.site.assemble import merge_person
    from kg.model import Affiliation, Person

    base = Person(name="Rina Osei", affiliations=[Affiliation(
        name="Tarrow Institute of Birds and the Department of Biology at Kelby University", current=True)])
    merge_person(base, Person(name="Rina Osei", affiliations=[
        Affiliation(name="the Tarrow Institute of Birds", current=True)]))
    assert len(base.affiliations) == 2


def test_a_field_opening_with_a_word_that_closes_date_ranges_keeps_it():
    # the dates that open a piece of a degree line go ("2022.09-*Present*"), a field's first word does not: "Current"
    # and "Presentation" only begin with a word of an open range
    assert education_from("M.S., Inland University, Current Physics Studies").field == "Current Physics Studies"
    assert education_from("Ph.D., Inland University, Presentation Design").field == "Presentation Design"
    assert education_from("2019-current, Ph.D., Inland University, Marine Biology").field == "Marine Biology"


def test_a_student_written_family_name_first_with_latin_extended_capitals():
    # the one name-word pattern (common.ONE_NAME_WORD) takes "Łoś", "Šimek" as it takes "Lund"
    from kg.importers.page.readers import _split_name_info
    assert _split_name_info("Łoś, Iga: Bees in meadows") == ("Iga Łoś", "Bees in meadows")
    assert _split_name_info("Šimek, Ondřej, A study of clover") == ("Ondřej Šimek", "A study of clover")
    assert _split_name_info("Lund, Ida: Bees in meadows") == ("Ida Lund", "Bees in meadows")


def test_every_date_pattern_takes_the_one_list_of_open_range_words():
    # (each pattern had its own subset of "present|now|today|current"; the other languages' words were elsewhere)
    from kg.importers.page.person import DATE_SPAN
    from kg.importers.page.readers import OPEN_RANGE, _service_parts
    assert OPEN_RANGE.search("2019 - oggi") and OPEN_RANGE.search("2021 – Current")
    assert DATE_SPAN.search("Sep 2019 - aujourd’hui") and DATE_SPAN.search("Jan 2020 to today")
    assert not DATE_SPAN.search("Jan 2020 - Currently")
    assert _service_parts("Reviewer: ICML (2019 - current), NeurIPS (2020-today)", None) == ("Reviewer", ["ICML", "NeurIPS"])


@pytest.mark.parametrize("text, expected", [
    # the label's colon: the role before it, the venues after it (a venue's own colon stays in the venue)
    ("Reviewer: Annals of Tides: Part B, Coastal Letters", ("Reviewer", ["Annals of Tides: Part B", "Coastal Letters"])),
    ("Peer reviewer: Reef Notes, Sensors and Shoals B: Chemical", ("Peer reviewer", ["Reef Notes", "Sensors and Shoals B: Chemical"])),
    ("Member, Editorial Board: Annals of Tides", ("Member, Editorial Board", ["Annals of Tides"])),
    ("Reviewer for the following journals: Reef Notes, Coastal Letters", ("Reviewer for the following journals", ["Reef Notes", "Coastal Letters"])),
    # no label: the role, then the venue, whose name holds the row's only colon
    ("Reviewer, Annals of Tides: Part B", ("Reviewer", ["Annals of Tides: Part B"])),
    ("Reviewer for Journal of Shoals: Dunes and Bars", ("Reviewer", ["Journal of Shoals: Dunes and Bars"])),
    ("Associate Editor, Estuary Research Part C: New Methods (2021-present)", ("Associate Editor", ["Estuary Research Part C: New Methods"])),
    # a kind of venue in the plural is a label whatever else it says ("IEEE journals", "Machine Learning Conferences")
    ("Reviewer for Widget Society journals: Reef Notes, Coastal Letters", ("Reviewer for Widget Society journals", ["Reef Notes", "Coastal Letters"])),
    ("Reviewer for Tide Modelling Conferences: TMC, Shoalcon", ("Reviewer for Tide Modelling Conferences", ["TMC", "Shoalcon"])),
    # the venue before a colon of years alone: the venue without its colon
    ("Reviewer for Shoalcon: 2021, 2022", ("Reviewer", ["Shoalcon"])),
    ("Program Committee Member, Shoalcon 2024: Main Track", ("Program Committee Member", ["Shoalcon: Main Track"])),
])
def test_a_service_row_is_cut_at_its_labels_colon_not_at_a_venues(text, expected):
    from kg.importers.page.readers import _service_parts

    assert _service_parts(text, None) == expected


@pytest.mark.parametrize("text, expected", [
    # a venue's name with commas of its own (then "and" its last word) is one venue, not its words
    ("Reviewer: Annals on Reefs, Tides, and Currents, Shoalcon",
     ("Reviewer", ["Annals on Reefs, Tides, and Currents", "Shoalcon"])),
    ("Reviewer: Letters of Sand, Silt and Clay, Shoalcon",
     ("Reviewer", ["Letters of Sand, Silt and Clay", "Shoalcon"])),
    ("Referee for Reef Notes, Coastal Letters, and Dunes & Bars",
     ("Referee", ["Reef Notes", "Coastal Letters", "Dunes & Bars"])),
    # a list of acronyms joined by "and" is still cut there
    ("Reviewer: TMC, RSC, and Shoalcon", ("Reviewer", ["TMC", "RSC", "Shoalcon"])),
    ("Reviewer: TMC and ReefConf", ("Reviewer", ["TMC", "ReefConf"])),
    # two journals whose whole names are one word each, "and" between: two venues; a known one-word journal
    # beside a word of no journal's name is a name of two words ("Batteries & Supercaps")
    ("Reviewer for Nature and Science", ("Reviewer", ["Nature", "Science"])),
    ("Reviewer: Drones & Robotics, Shoalcon", ("Reviewer", ["Drones", "Robotics", "Shoalcon"])),
    ("Reviewer: Batteries & Shoals, Shoalcon", ("Reviewer", ["Batteries & Shoals", "Shoalcon"])),
    # a list of journals after one named "of X", not one name with commas: one-word journals follow it
    ("Reviewer: Annals of Reefs, Oikos, and Ecography", ("Reviewer", ["Annals of Reefs", "Oikos", "Ecography"])),
    ("Referee: Letters of Sand, Ecology and Tides, TMC", ("Referee", ["Letters of Sand", "Ecology and Tides", "TMC"])),
    ("Reviewer: Annals on Reefs, Sensors, Drones, and Mathematics",
     ("Reviewer", ["Annals on Reefs", "Sensors", "Drones", "Mathematics"])),
])
def test_a_service_row_keeps_a_venues_name_whole_at_its_own_commas_and_and(text, expected):
    from kg.importers.page.readers import _service_parts

    assert _service_parts(text, None) == expected


def test_a_service_row_of_one_venue_and_its_years_is_dated_by_the_first(tmp_path):
    page = tmp_path / "index.md"
    page.write_text("# Ada Reyes\n\nI study reefs at Inland University.\n\n## Service\n\n### Reviewer\n\n"
                    "- Shoalcon: 2021-2024\n- ReefConf: 2023, 2022\n- TMC 2020, Shoalcon 2021\n", encoding="utf-8")
    service = import_path(page).profile.service
    assert [(s.role, s.venues, s.year) for s in service] == [
        ("Reviewer", ["Shoalcon"], 2021), ("Reviewer", ["ReefConf"], 2022), ("Reviewer", ["TMC", "Shoalcon"], None)]


def test_a_thesis_then_its_students_initial_takes_any_capital_of_a_name():
    from kg.importers.page.readers import _THESIS_THEN_NAME

    m = _THESIS_THEN_NAME.match("Gait of Herons in Shallow Water, Ł Żmuda, Ongoing.")
    assert (m.group("t"), m.group("n"), m.group("s")) == ("Gait of Herons in Shallow Water", "Ł Żmuda", "Ongoing")


@pytest.mark.parametrize("text, expected", [
    # w84e: a Lattes-style summary in Portuguese: each degree "em" its field "pela" its place, the year after it; a
    # "pós-doutorado" is a post, no degree
    ("Possui graduação em Geologia pela Universidade do Vale (2001), mestrado em Geofísica pela Universidade de "
     "Portela (2004) e doutorado em Geofísica pela Universidade do Vale (2009). Fez pós-doutorado na Universidade "
     "Nova de Tarna. Atualmente é professora adjunta da Universidade do Vale.",
     [("graduação", "Geologia", "Universidade do Vale", 2001), ("mestrado", "Geofísica", "Universidade de Portela", 2004),
      ("doutorado", "Geofísica", "Universidade do Vale", 2009)]),
    # the owner's doctorate told with a verb, "na" before its place
    ("Em 2011 obtive meu doutorado em Química na Universidade de Portela e desde 2014 sou professora no Instituto "
     "Serra Azul.", [("doutorado", "Química", "Universidade de Portela", None)]),
    # German: one's studies "an der" a place (its adjective as the sentence declines it: the name written alone),
    # then "dem Master"; not a course described ("Das Studium der X an der Y ist ...")
    ("Nach dem Studium der Geographie an der Universität Talheim (2008) und dem Master in Kartographie an der "
     "Technischen Universität Nordau (2011) wurde ich dort promoviert. Das Studium der Geologie an der Hochschule "
     "Westmark ist ein wissenschaftliches Studium.",
     [("Master", "Kartographie", "Technische Universität Nordau", 2011), (None, None, "Universität Talheim", None)]),
    ("Von 2009 bis 2014 habe ich mein Masterstudium der Informatik an der Universität Talheim absolviert.",
     [(None, None, "Universität Talheim", None)]),
])
def test_degrees_a_bio_tells_in_portuguese_and_german(tmp_path, text, expected):
    """Before (main 2b7417ed): none of these sentences gave a degree (no Portuguese degree phrase; German studies
    read only after "Ich studierte")."""
    page = tmp_path / "index.md"
    page.write_text(f"# Lia Moura\n\n{text}\n", encoding="utf-8")
    assert [(e.degree, e.field, e.institution, e.year) for e in _person(page).education] == expected


@pytest.mark.parametrize("sentence, expected", [
    # w84e: the unit one graduated from, then its school ("at", "of" or a comma between): the school
    ("I graduated from the Department of Marine Biology at Westhaven University, and then moved to Tarnby.",
     [(None, "Westhaven University", None)]),
    ("I graduated from the department of Statistics of the University of Tarnby in 2015.",
     [(None, "University of Tarnby", 2015)]),
    # rv-w84e: an "of" inside the unit's name ("History of Science") does not end it (before: "Science" was taken
    # for the place and refused, nothing read)
    ("I graduated from the Department of History of Science at Westhaven University in 2012.",
     [(None, "Westhaven University", 2012)]),
    # a unit alone names no place of study
    ("I graduated from the Department of Physics in 2015.", []),
    # one's undergraduate studies "in" a school
    ("Earlier, I completed my undergraduate studies in Portela University (Portela, Italy), and later moved to "
     "industry.", [(None, "Portela University", None)]),
    # a field after "in" is no place
    ("I completed my undergraduate studies in Marine Biology, then worked as a diver.", []),
    # another person's graduation is not the owner's
    ("My student Ivo Berg graduated from the Department of Physics at Westhaven University in 2020.", []),
])
def test_a_place_of_study_told_by_its_unit_or_after_in(tmp_path, sentence, expected):
    """Before (main 2b7417ed): the unit was taken for the place and refused (a department), and "studies in X
    University" was no place."""
    page = tmp_path / "index.md"
    page.write_text(f"# Ana Ruiz\n\nI am a data scientist at Tarn Labs. {sentence}\n", encoding="utf-8")
    assert [(e.degree, e.institution, e.year) for e in _person(page).education] == expected


@pytest.mark.parametrize("title, expected", [
    ("Presidential Fellow and Ph.D. candidate", [("Ph.D.", "Westhaven University")]),
    ("5th-year PhD Candidate", [("PhD", "Westhaven University")]),
    ("master’s student", [("master", "Westhaven University")]),
    ("Research Fellow", []),
])
def test_the_owners_student_post_names_a_place_of_study(tmp_path, title, expected):
    """w84e: the owner's post as a student ("X Fellow and Ph.D. candidate", "5th-year PhD Candidate", "master’s
    student") at a school is a degree studied for there (before: only a bare "PhD candidate" or "MSc student")."""
    page = tmp_path / "index.md"
    page.write_text(f"# Ana Ruiz\n\n{title}, Westhaven University\n\n## Publications\n\n"
                    "1. Ana Ruiz, Ivo Berg. Tides of the north. Journal of Tides, 2021.\n", encoding="utf-8")
    assert [(e.degree, e.institution) for e in _person(page).education] == expected


def test_the_post_held_now_outranks_an_incoming_one(tmp_path):
    """w84e: "I am an incoming Assistant Professor at X", then a paragraph "I'm currently a postdoc at Y": the post
    held now is the job, its place the current one; the incoming post's place stays, not current (before: the
    incoming post was the job and Y was no affiliation)."""
    page = tmp_path / "index.md"
    page.write_text("# Ana Ruiz\n\nI am an incoming Assistant Professor in the Department of Tides at Westhaven "
                    "University. My lab will open in 2027.\n\nI'm currently a postdoc in the Sea Lab at Tarnby "
                    "University. I study waves.\n", encoding="utf-8")
    p = _person(page)
    assert p.job_title == "postdoc"
    assert [(a.name, a.current) for a in p.affiliations][:2] == [("Tarnby University", True),
                                                                 ("Westhaven University", False)]


def test_an_incoming_post_alone_stays_the_job(tmp_path):
    page = tmp_path / "index.md"
    page.write_text("# Ana Ruiz\n\nI am an incoming Assistant Professor at Westhaven University. Previously, I was "
                    "a postdoc at Tarnby University.\n", encoding="utf-8")
    p = _person(page)
    assert p.job_title == "incoming Assistant Professor"
    assert [a.name for a in p.affiliations][:1] == ["Westhaven University"]


def test_an_invitation_to_the_reader_is_no_post(tmp_path):
    """w84e: "Prospective students, postdocs, and collaborators are welcome to get in touch" (a lab's call, its
    job words the readers') was taken for the owner's title."""
    page = tmp_path / "index.md"
    page.write_text("# Ana Ruiz\n\nProspective students, postdocs, and collaborators are welcome to get in "
                    "touch.\n\nAssistant Professor, Westhaven University\n", encoding="utf-8")
    assert _person(page).job_title == "Assistant Professor"


@pytest.mark.parametrize("text, expected", [
    # rv-w84e: a programme the owner teaches, coordinates or supervises in names no degree of theirs ("professora
    # do Mestrado em X na Y", "coordeno o Doutorado", "alunos de mestrado e doutorado na Z"); the degrees said
    # before in the same summary stay
    ("Possui doutorado em Física pela Universidade do Vale (2009). Atualmente é professora do Mestrado em Ensino "
     "na Universidade de Portela, coordeno o Doutorado em Química na Universidade Nova de Tarna e oriento alunos de "
     "mestrado e doutorado na Universidade do Vale. Leciono na Graduação em Direito na Universidade de Portela.",
     [("doutorado", "Física", "Universidade do Vale", 2009)]),
    # a degree's name closing the field of one read is no other degree ("graduação em X Bacharelado pela Y"); one
    # after "e" inside the field is ("Licenciatura em X e Mestrado em Y pela Z": both)
    ("Possui graduação em Geologia Bacharelado pela Universidade do Vale (2001) e mestrado em Geofísica pela "
     "Universidade de Portela (2004).",
     [("graduação", "Geologia Bacharelado", "Universidade do Vale", 2001),
      ("mestrado", "Geofísica", "Universidade de Portela", 2004)]),
    ("Possui Licenciatura em Física e Mestrado em Ensino pela Universidade do Vale (2004). Tenho experiência.",
     [("Licenciatura", "Física e Mestrado em Ensino", "Universidade do Vale", 2004),
      ("Mestrado", "Ensino", "Universidade do Vale", 2004)]),
    # German: "Während des Studiums ..." is nobody's own (a course's students); the place of one's studies ends
    # before the lower-case words closing the sentence
    ("Während des Studiums der Physik an der Universität Talheim arbeiten unsere Studierenden im Labor.", []),
    ("Nach dem Studium der Physik an der Technischen Universität Nordau habe ich dort studiert und promoviert.",
     [(None, None, "Technische Universität Nordau", None)]),
])
def test_degrees_not_the_owners_in_portuguese_and_german(tmp_path, text, expected):
    """Before (w84e bb7fb1cf): the taught programmes were read as three degrees of the owner's, the course's place
    as "Freie Universität ... arbeiten unsere Studierenden im Labor", the last place with "studiert und" in it."""
    page = tmp_path / "index.md"
    page.write_text(f"# Lia Moura\n\n{text}\n", encoding="utf-8")
    assert [(e.degree, e.field, e.institution, e.year) for e in _person(page).education] == expected


@pytest.mark.parametrize("later", ["Currently I am also a Visiting Professor at Tarnby University.",
                                   "I am currently a Visiting Professor at Tarnby University."])
def test_a_post_named_future_is_held_now(tmp_path, later):
    """rv-w84e: a "Future Leaders Fellow" or "ARC Future Fellow" holds the post now: a later "currently" post does
    not make it one to come (before, w84e 7c01bb2a: its place became not current and the job the later post)."""
    page = tmp_path / "index.md"
    page.write_text(f"# Ana Ruiz\n\nI am a Future Leaders Fellow at Westhaven University.\n\n{later}\n",
                    encoding="utf-8")
    p = _person(page)
    assert p.job_title == "Future Leaders Fellow"
    assert [(a.name, a.current) for a in p.affiliations][:1] == [("Westhaven University", True)]


def test_an_advisor_under_supervision_without_the_article():
    """"I did my PhD in computer science under supervision of A", "a master's thesis under supervision of Prof.
    A", "under guidance of A": the phrase as many write it without "the" names the advisor as the article does.
    Before: only "under the supervision of" was read."""
    assert advisors_in("I did my PhD in computer science under supervision of Ivo Lema on tidal maps.") == ["Ivo Lema"]
    assert advisors_in("my master's thesis under supervision of Prof. Rana Oduya.") == ["Rana Oduya"]
    assert advisors_in("a PhD at Tarn University, under guidance of Dr. Bo Lint and Prof. A. M. Quell.") \
        == ["Bo Lint", "A. M. Quell"]
    assert advisors_in("a PhD student at Tarn Institute under the supervision of Prof. Jo Bell.") == ["Jo Bell"]


def test_a_service_row_opening_with_a_season_in_capitals_or_an_acronym_before_its_role_keeps_its_date(tmp_path):
    """A venue's acronym and year opening a row ("TMC 2020, ReefConf 2021" under "Reviewer") is no date, but a
    season in capitals is ("SPRING 2021"), and where only the date's reading finds the row's role ("TMC 2020,
    Reviewer") the row is read as before, not dropped."""
    page = tmp_path / "index.html"
    page.write_text("<html><body><h1>Ada Reyes</h1><p>I study reefs at Inland University.</p><h2>Service</h2><ul>"
                    "<li>SPRING 2021, Reviewer, Shoal Letters</li><li>FALL 2019: Referee, Reef Notes</li>"
                    "<li>TMC 2020, Reviewer</li></ul><h3>Reviewer</h3><ul><li>TMC 2020, ReefConf 2021</li></ul>"
                    "</body></html>", encoding="utf-8")
    service = import_path(page).profile.service
    assert [(s.role, s.venues, s.year) for s in service] == [
        ("Reviewer", ["Shoal Letters"], 2021), ("Referee", ["Reef Notes"], 2019), ("Reviewer", [], 2020),
        ("Reviewer", ["TMC", "ReefConf"], None)]


def test_a_timeline_heading_s_years_date_the_places_under_it(tmp_path):
    # "<h4>2014 - 2017 | Lecturer</h4><p>Place</p>": the years set apart in the heading over each place; a place under
    # a closed span is a past post (not current), the one under "- heute" is current
    page = tmp_path / "vita.html"
    page.write_text(
        "<html><head><title>Vita - Lena Marbach</title></head><body><h1>Lena Marbach</h1>\n"
        "<div><h4><span>2019 - heute</span> | <span>Professorin für Datenbanken</span></h4>\n"
        "<p>Hochschule Nordtal · Fachbereich Informatik</p></div>\n"
        "<div><h4><span>2014 - 2019</span> | <span>Wissenschaftliche Mitarbeiterin</span></h4>\n"
        "<p>Universität Seeburg</p></div>\n"
        "</body></html>\n", encoding="utf-8")
    affs = {a.name: a for a in _person(page).affiliations}
    assert affs["Hochschule Nordtal"].current is True and affs["Hochschule Nordtal"].start_year == 2019
    seeburg = affs["Universität Seeburg"]
    assert (seeburg.current, seeburg.start_year, seeburg.end_year) == (False, 2014, 2019)


def test_a_timeline_s_years_after_the_place_do_not_date_the_next_line(tmp_path):
    # "Role | Place | 2016-2022": the years close their own line; the place on the next line is not held then
    page = tmp_path / "cv.html"
    page.write_text(
        "<html><head><title>Lena Marbach</title></head><body><h1>Lena Marbach</h1><h2>Über mich</h2>\n"
        "<p><strong>Datenwissenschaftlerin</strong> | Nordklinik Forschung, Kiel | 09/2022-</p>\n"
        "<p><strong>Wissenschaftliche Mitarbeiterin</strong> | Klinikum Seeburg | 2016-2022</p>\n"
        "<p><strong>Tutorin</strong> | Universität Seeburg | 2014-2015</p>\n"
        "</body></html>\n", encoding="utf-8")
    affs = {a.name: a for a in _person(page).affiliations}
    assert affs["Universität Seeburg"].start_year != 2016 and affs["Universität Seeburg"].end_year != 2022


def test_the_owners_pages_on_sites_kg_keeps_no_id_for_are_the_persons_links(tmp_path):
    """A list of the owner's accounts (Threads, Mastodon, Substack, a YouTube channel, a SourceForge user), an
    Instagram icon in the footer and a Mastodon link marked rel="me": each a link of the person, labelled by its
    site, and their lines read; a "/@name" link named for no site (a coauthor's) is no link of the owner's."""
    (tmp_path / "index.html").write_text(
        '<html><head><title>Ivo Brandt</title></head><body>\n<h1>Ivo Brandt</h1>\n'
        '<p>I am a professor of hydrology at Tarn University.</p>\n<h2>Elsewhere</h2>\n<ul>\n'
        '<li><a href="https://www.threads.net/@ivo_hydro">Threads</a></li>\n'
        '<li><a href="https://fosstodon.org/@ivobrandt">Mastodon</a></li>\n'
        '<li><a href="https://substack.com/@ivobrandt">Substack</a></li>\n'
        '<li><a href="https://www.youtube.com/channel/UCabcdefghijklmnop">YouTube</a></li>\n'
        '<li><a href="https://sourceforge.net/u/ibrandt/profile/">SourceForge</a></li>\n</ul>\n'
        '<p>Joint work with <a href="https://mas.to/@kvale">K. Vale</a>.</p>\n'
        '<p><a rel="me" href="https://scholar.social/@ivo"> - </a></p>\n'
        '<footer><a href="https://www.instagram.com/ivo.rivers" aria-label="Instagram"><svg></svg></a></footer>\n'
        '</body></html>\n')
    result = import_path(tmp_path / "index.html")
    links = result.profile.person.links
    assert links == {"threads": "https://www.threads.net/@ivo_hydro", "mastodon": "https://fosstodon.org/@ivobrandt",
                     "substack": "https://substack.com/@ivobrandt",
                     "youtube": "https://www.youtube.com/channel/UCabcdefghijklmnop",
                     "sourceforge": "https://sourceforge.net/u/ibrandt/profile/",
                     "instagram": "https://www.instagram.com/ivo.rivers"}
    assert "kvale" not in str(links)
    listed = {u.line for u in result.profile.unparsed}
    assert not listed & {6, 7, 8, 9, 10, 14}, result.profile.unparsed


def test_a_setting_naming_a_site_kg_keeps_no_id_for_is_a_link_of_the_owner(tmp_path):
    """A configuration's "ssrn:" and a lab record's "CV_lattes:" hold the owner's SSRN author page and Lattes CV."""
    from kg.importers.site.fields import apply_social
    from kg.model import Person

    p = Person(name="Ivo Brandt")
    assert apply_social(p, "ssrn", "https://papers.ssrn.com/sol3/cf_dev/AbsByAuth.cfm?per_id=1234567")
    assert apply_social(p, "CV_lattes", "http://lattes.cnpq.br/1234567890123456")
    assert not apply_social(p, "blog_post", "https://www.instagram.com/p/Cx1")  # a post, no account
    assert p.links == {"ssrn": "https://papers.ssrn.com/sol3/cf_dev/AbsByAuth.cfm?per_id=1234567",
                       "lattes": "http://lattes.cnpq.br/1234567890123456"}


def test_a_profile_link_inside_a_sentence_keeps_its_words_in_the_bio():
    """A link taken as the owner's profile standing inside a long sentence of any language ("... veja meu
    [Curriculo Lattes](...), ou então acesse o meu perfil ...") is part of the sentence: the bio keeps its words."""
    from kg.importers.page.parse import parse_markdown_page

    text = ("# Ivo Brandt\n\nSou professor de hidrologia na Universidade de Tarn e estudo rios de montanha há muitos "
            "anos.\n\nCaso esteja interessado em saber mais sobre minha produção acadêmica veja meu "
            "[Curriculo Lattes](http://lattes.cnpq.br/1234567890123456), ou então acesse o meu perfil de "
            "pesquisador\n")
    doc = SourceDoc(path=Path("index.md"), text=text)
    person = parse_markdown_page(doc, ImportOptions()).person
    assert person.links.get("lattes") == "http://lattes.cnpq.br/1234567890123456"
    assert "veja meu Curriculo Lattes, ou então" in (person.description or ""), person.description


def test_a_page_of_a_site_kg_keeps_no_id_for_named_as_someone_elses_is_no_link_of_the_owner(tmp_path):
    """A link named for the site and for someone else (the "lab YouTube channel", a conference's "ICFB Instagram",
    a "Conference Mastodon" page) is theirs, not the owner's; "Follow me on Instagram" is the owner's."""
    (tmp_path / "index.html").write_text(
        '<html><head><title>Ada Berlow</title></head><body>\n<h1>Ada Berlow</h1>\n'
        '<p>I am an assistant professor of biology at Tarn University. I study how small fish school in cold '
        'water. Our lab posts field videos on the <a href="https://www.youtube.com/c/FishLabTU">lab YouTube '
        'channel</a> every month.</p>\n'
        '<p>Follow the <a href="https://www.instagram.com/icfb2031">ICFB 2031 Instagram</a> for news.</p>\n'
        '<ul><li><a href="https://fosstodon.org/@icfb">Conference Mastodon</a></li>\n'
        '<li><a href="https://www.instagram.com/ada.berlow">Follow me on Instagram</a></li></ul>\n'
        '</body></html>\n')
    links = import_path(tmp_path / "index.html").profile.person.links
    assert links == {"instagram": "https://www.instagram.com/ada.berlow"}


def test_a_picture_a_link_to_another_page_shows_is_no_portrait_of_the_owner(tmp_path):
    """A book's cover linking to the book ("<a href=.../sna-book/><img alt="Cover 1"></a>") is no portrait: the
    owner's photo is the picture of the owner (here the later one, linking to its own full size)."""
    site = write_site(tmp_path, {
        "_config.yml": 'title: "Tom Arden"\nurl: "https://tarden.github.io"\n',
        "README.md": "# Tom Arden\n\nI study networks. My coursebooks:\n\n"
                     '<a href="https://tarden.github.io/sna-book/"><img src="/asset/cover.png" alt="Cover 1"></a>\n\n'
                     '<a href="/asset/tom-large.jpg"><img src="/asset/tom.jpg" alt="portrait"></a>\n'})
    person = import_path(site).profile.person
    assert person.image == "https://tarden.github.io/asset/tom.jpg"


@pytest.mark.parametrize("html,thumbnail", [
    ('<a href="https://x.example/sna-book/"><img src="cover.png" alt="Cover 1"></a>', True),
    ('<a href="projects/ice.html"><img src="ice.gif"></a>', True),
    ('<a href="index.htm"><img src="me.jpg" alt="Home"></a>', False),     # the home page's link
    ('<a href="/"><img src="me.jpg"></a>', False),
    ('<a href="me-large.jpg"><img src="me.jpg"></a>', False),             # its own full size
    ('<a href="https://x.example/about"><img src="me.jpg" alt="Tom Arden"></a>', False),  # named for the owner
    ('<img src="me.jpg">', False),
    ('<a href="https://uni.example/team/dr-tom-arden"><img src="me.jpg"></a>', False),  # the owner's page there
    ('<a href="https://tom-arden.github.io/sna-book/"><img src="c.png"></a>', True),    # the host is no page of his
    ('<a href="files/cv.pdf"><img src="../images/pdf-off.png" alt="image 4"></a>', True),  # a CV's link shows an icon
    ('<a href="https://www.linkedin.com/in/tarden/"><img src="linkedin-blue.png"> LinkedIn</a>', True),
    ('<a href="me-large.webp?raw=true"><img src="me.jpg"></a>', False),  # its own full size, any picture's file
])
def test_which_pictures_show_a_link_to_another_page(html, thumbnail):
    from kg.importers.page.bio import _pictures_a_link
    from kg.importers.page.source import parse_tree

    root, _ = parse_tree(f"<html><body><p>{html}</p></body></html>")
    assert _pictures_a_link(next(root.iter("img")), ["Tom Arden"]) is thumbnail


def test_a_degree_under_its_years_and_place_among_the_posts_held_previously(tmp_path):
    """'Previously' over a definition list of the owner's past: each term the years and the place, its description
    the post held there or the degree taken ('Ph.D. in Logic from Hill University.'): the degrees are education, the
    post a past affiliation."""
    root = write_site(tmp_path / "site", {"index.html": """<html><head><title>Nora Quist</title></head><body>
<h1>Nora Quist</h1><p>Assistant Professor, Lake University.</p>
<h3>Previously</h3><dl>
<dt>2019&ndash;2021, Marsh University</dt><dd>Postdoctoral Research Fellow.</dd>
<dt>2015&ndash;2019, Hill University, Dept. of Logic</dt><dd>Ph.D. in logic from Hill University.</dd>
<dt>2012&ndash;2015, Fen Institute of Technology</dt><dd>B.Sc. in physics from Fen Institute of Technology.</dd>
</dl></body></html>"""})
    p = _person(root)
    assert [(e.degree, e.institution, e.year) for e in p.education] == [
        ("Ph.D.", "Hill University", 2019), ("B.Sc.", "Fen Institute of Technology", 2015)]
    assert not any("Hill" in a.name or "Fen" in a.name for a in p.affiliations)


def test_a_post_whose_role_is_a_later_line_of_the_description_under_its_years_and_place(tmp_path):
    """A past post as a term of years and place over a description whose first line names the department and a
    later one the role ('Postdoctoral Research Fellow, funded by ...'): the place is the term's, the role that line's;
    the department's line is no part of the place's name."""
    root = write_site(tmp_path / "site", {"index.html": """<html><head><title>Nora Quist</title></head><body>
<h1>Nora Quist</h1><p>Assistant Professor, Lake University.</p>
<h3>Previously</h3><dl>
<dt>2019&ndash;2021, Marsh University, GEO</dt>
<dd>Department of Geology and Soil Science (GEO).<br>Postdoctoral Research Fellow, funded by a national grant.<br>
Postdoctoral Research Associate.</dd>
</dl></body></html>"""})
    p = _person(root)
    assert [(a.name, a.role, a.start_year, a.end_year) for a in p.affiliations if "Marsh" in a.name] == [
        ("Marsh University", "Postdoctoral Research Fellow", 2019, 2021)]


def test_degrees_listed_each_with_its_article_and_a_dotted_three_letter_masters(tmp_path):
    # "I also have a M.S. from X, a M.P.A. from Y, and a B.A. from Z": each degree after ", a" is one of its own
    # (before, the M.S.'s place ran on to "X, a M.P.A", and the M.P.A. was no degree: three dotted letters read
    # as a person's initials)
    page = tmp_path / "index.md"
    page.write_text("# Ivo Salas\n\nI teach public finance at Lakemont University. I received my Ph.D. from "
                    "Ridgeway University. I also have a M.S. from Hollin College, a M.P.A. from Tarnside State "
                    "University, and a B.A. from the University of Westhaven.\n", encoding="utf-8")
    edu = [(e.degree, e.institution) for e in _person(page).education]
    assert ("M.S.", "Hollin College") in edu
    assert ("M.P.A.", "Tarnside State University") in edu
    assert ("B.A.", "University of Westhaven") in edu
    page.write_text("# Ivo Salas\n\nI hold a BA in History from Hollin College, an MPH in Nutrition from Tarnside "
                    "State University, and a PhD in Economics from Ridgeway University.\n", encoding="utf-8")
    assert ("MPH", "Tarnside State University") in [(e.degree, e.institution) for e in _person(page).education]


def test_the_bios_list_of_degrees_takes_the_public_masters_from_the_one_vocabulary():
    # the masters of public policy, administration and health are one piece of common.DEGREES; the bio's list of
    # degrees ("a M.S. from X, a M.P.P. from Y") reads them with it, not with a looser copy of its own
    import inspect

    from kg.importers.common import DEGREE_WORD, DEGREES, PUBLIC_MASTERS
    from kg.importers.page import bio

    assert PUBLIC_MASTERS in DEGREES
    source = inspect.getsource(bio)
    assert source.count("PUBLIC_MASTERS") >= 3 and "P\\.?\\s?[PAH]" not in source and "MP[PAH]" not in source
    assert all(DEGREE_WORD.fullmatch(d) for d in ("M.P.P.", "M. P. H.", "MPA"))
    assert not DEGREE_WORD.fullmatch("M.P.H") and not DEGREE_WORD.fullmatch("M.J.K.")  # (dotted: to its last stop)


def test_a_place_named_tech_after_its_name_is_an_institution(tmp_path):
    # "PhD Candidate in X at Virginia Tech" in a profile README: the post and its place ("Virginia Tech", an
    # institute of technology's short name, holds no word an institution's name has otherwise)
    page = tmp_path / "README.md"
    page.write_text("# Ola Brenn\n\n- 🔭 PhD Candidate in Soil Physics at Virginia Tech\n"
                    "- 🌱 I build models of water in soils.\n", encoding="utf-8")
    person = _person(page)
    assert "PhD Candidate in Soil Physics" in person.job_title
    assert [a.name for a in person.affiliations] == ["Virginia Tech"]
    # a trade called "<Word> Tech" is no place ("a product manager in Ed Tech")
    page.write_text("# Ola Brenn\n\nAssistant Professor, School of Education, Lakemont University. Previously a "
                    "product manager in Ed Tech.\n", encoding="utf-8")
    assert [a.name for a in _person(page).affiliations] == ["Lakemont University"]


def test_a_degree_after_a_comma_and_its_article_is_the_owners_only_when_it_goes_on_a_list_of_degrees(tmp_path):
    # ", a Ph.D. from X" right after another person's name, or after the owner's own (what the owner is, said with
    # the degree): no list of the owner's degrees goes on there, so no degree is read
    page = tmp_path / "index.md"
    page.write_text("# Ivo Salas\n\nI am a postdoc at Lakemont University, working with Prof. Rhea Tamm, a Ph.D. "
                    "from Ridgeway University.\n", encoding="utf-8")
    assert _person(page).education == []
    page.write_text("# Ivo Salas\n\nI am Ivo Salas, a PhD economist at the Tarnside Reserve Bank.\n", encoding="utf-8")
    assert _person(page).education == []
