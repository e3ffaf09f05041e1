"""Tests of kg.importers.page.scores: what reads as a person's name."""

from __future__ import annotations

from kg.importers.page.scores import name_like


def test_a_name_never_ends_with_a_particle():
    # a Dutch sentence before a link ("Lees de <a>recensies</a>": "read the reviews") left "Lees de", which read as
    # a name and won the owner of a page; a particle written in lower case stands before a family name
    assert not name_like("Lees de") and not name_like("Kijk van")
    assert name_like("Jan van den Berg") and name_like("Ana de la Cruz")
    assert name_like("Anh Le") and name_like("Minh Van")  # (a capitalised family name that is spelled as a particle)


def test_a_vancouver_byline_puts_the_particle_after_the_initials():
    # "Smith A, Berg J van den. Stress in Dutch. Language. 2019": the trailing-particle rule read the byline as the
    # title and kept only the owner as author; after initials the particle closes the name
    assert name_like("Berg J van den") and name_like("Gogh V. van") and name_like("Silva JM da")
    assert not name_like("Lees de")
    assert not name_like("A Casa de")  # review rr77b #9: a one-letter word opening it is the article (was a name)


def test_vancouver_initials_that_spell_a_word_close_a_name(tmp_path):
    # "Fenwick AS", "Roe AN": one or two capitals after a family name are its initials, though "as" and "an" are
    # words; the byline broke at them and its names after them were read as the title and the venue
    from kg.importers import import_path

    assert name_like("Fenwick AS") and name_like("Roe AN") and name_like("Quill TO")
    assert not name_like("IEEE ON") and not name_like("AS")
    # review r78e #3, #9: the initials close a name of three words at most, after a family name ("Engineer Statoil
    # AS", "Senior Researcher Equinor AS": a job and a firm, were names); "OECD ON": no family name, and no word
    # that names no one
    assert name_like("van Dijk AS") and name_like("De Souza AN") and name_like("O'Neill AS")
    assert not name_like("Bo Roe Engineer Statoil AS") and not name_like("Senior Researcher Equinor AS")
    assert not name_like("OECD ON")
    page = tmp_path / "pubs.md"
    page.write_text("# Tamsin Moss\n\n## Publications\n\n"
                    "1. **Moss TR**, Fenwick AS, Quill B, Lark D, Roe AN (2022) Ripples on still ponds and the fish"
                    " beneath them. [*Journal of Pond Studies*](https://doi.org/10.1000/pond.1)\n"
                    "2. Brook P, Fenwick AS, **Moss TR** (2021) Shallow water and the reeds along its edge."
                    " [*Wetland Letters*](https://doi.org/10.1000/wet.2)\n", encoding="utf-8")
    pubs = import_path(page).profile.publications
    assert [([a.name for a in p.authors], p.title, p.venue) for p in pubs] == [
        (["Moss TR", "Fenwick AS", "Quill B", "Lark D", "Roe AN"], "Ripples on still ponds and the fish beneath them",
         "Journal of Pond Studies"),
        (["Brook P", "Fenwick AS", "Moss TR"], "Shallow water and the reeds along its edge", "Wetland Letters")]


def test_an_a_after_a_bare_initial_is_an_initial_in_a_two_name_byline():
    # "Q A Lund and B A Okafor, "Title," Venue": a byline of initials written without stops; the "A" after "Q" is
    # the name's second initial, as after "Q." (before: the article, and a byline with no comma holds none, so the
    # list scored 0 and the entry's two authors were dropped for the owner alone)
    from kg.importers.page.scores import author_score

    assert author_score("Q A Lund and B A Okafor") == 1.0
    assert author_score("Q A Lund and T Berg") == 1.0
    assert author_score("Q. A. Lund and B. A. Okafor") == 1.0  # (as before)
    # (the article still opens a title: "A Note and Comment" names no one)
    assert author_score("A Note and Comment") == 0.0


def test_an_a_after_a_capital_closing_a_title_word_is_the_article():
    # review r78c/6: "Vitamin D A Review and Update. Quentin Tamm, Rolf Berg. ...": the "A" after "D" opens the
    # title's next phrase, "D" no initial opening a name (then: 1.0, the title read as the byline); an "A" after a
    # capital that opens a name, at the start or after "and" or a comma, is still the name's initial, in any script
    from kg.importers.page.scores import author_score

    assert author_score("Vitamin D A Review and Update") == 0.0
    assert author_score("Plan B A Guide and Checklist") == 0.0
    assert author_score("M A Yousuf and B A Asiyanbola") == 1.0
    assert author_score("Ł A Nowak and B A Okafor") == 1.0


def test_forthcoming_names_where_the_work_appears_as_to_appear_does():
    # "Forthcoming at the Review of X" in a card's italic line scored 0 (no venue word, "Review" is no journal word),
    # so the line was left unparsed and the card kept no venue; "forthcoming" says what "to appear" says
    from kg.importers.page.scores import venue_score

    assert venue_score("Forthcoming at the Review of Labour Studies") == venue_score("Submitted to the Review of "
                                                                                     "Labour Studies") == 2
    assert venue_score("Review of Labour Studies") == 0


def test_forthcoming_as_a_titles_word_names_no_venue(tmp_path):
    # review r78f #1: "forthcoming" anywhere scored a title as a venue ("[Forthcoming Changes in Arctic Lake Ice](x.pdf)
    # (with B)"), and the entry went to unparsed; only "forthcoming at/in X" or a closing "..., forthcoming" is a status
    from kg.importers import import_path
    from kg.importers.page.scores import venue_score

    assert venue_score("Forthcoming Changes in Arctic Sea Ice") == 0
    assert venue_score("Review of Labour Studies, forthcoming") > 0
    page = tmp_path / "papers.md"
    page.write_text("# Ana Ruiz\n\n## Working papers\n\n"
                    "- [Forthcoming Changes in Arctic Lake Ice](https://ana.example.org/lake.pdf) (with Bo Lint)\n"
                    "- [The Forthcoming Recession in Small Economies](https://ana.example.org/rec.pdf) (with Bo Lint)\n")
    profile = import_path(page).profile
    assert [p.title for p in profile.publications] == ["Forthcoming Changes in Arctic Lake Ice",
                                                       "The Forthcoming Recession in Small Economies"]


def test_a_heading_saying_our_in_another_language_is_no_name():
    # a group's page headed "Unser Arbeitsbereich", "Notre équipe", "Nuestro grupo": what the group does, no one
    assert not name_like("Unser Arbeitsbereich")
    assert not name_like("Nuestro Grupo")
    assert not name_like("Onze Groep") and not name_like("Il Nostro Laboratorio")
    assert name_like("Ana Nostrand") and name_like("Jonas Unseld")
    # the same words as family names are people's: "Michael Unser", "Paulo Nossa", a Vancouver list's "Unser M"
    assert name_like("Tomas Unser") and name_like("Rita Nossa") and name_like("Unser T")
    from kg.importers.page.citation import _full_name
    assert _full_name("Tomas Unser")


def test_a_coauthor_whose_family_name_is_an_our_word_stays_an_author(tmp_path):
    # review rm-w82h #1: "Unser" and "Nossa" are family names too; in a list of authors they are people, and the
    # entry's title does not take them in
    from kg.importers import import_path

    page = tmp_path / "index.html"
    page.write_text("<html><head><title>Kira Holm</title></head><body><h1>Kira Holm</h1><h2>Publications</h2><ul>"
                    "<li>Tomas Unser, Kira Holm. Wavelets on the sphere revisited. Signal Processing, 2019.</li>"
                    "<li>Rita Nossa, Kira Holm. Regional maps of drought. Finisterra, 2018.</li></ul></body></html>\n")
    pubs = import_path(page).profile.publications
    assert [p.title for p in pubs] == ["Wavelets on the sphere revisited", "Regional maps of drought"]
    assert [[a.name for a in p.authors] for p in pubs] == [["Tomas Unser", "Kira Holm"], ["Rita Nossa", "Kira Holm"]]


def test_a_byline_mixing_family_first_and_given_first_names_is_an_author_list():
    # AGU's and AMS's bylines write the first author (and often the owner) family name first, the others given name
    # first: "Cox, C.J., V.P. Walden, and Rowe, P.M."; the scorer cut it into "Cox", "C.J", ... and scored no list
    from kg.importers.page.scores import _quick_names, author_score

    assert author_score("Lind, B.J., S. Hale, and Varga, I.M.") == 1.0
    assert author_score("Moss, Z, K. Strand, M. Wolf, Varga, I., V. Hale") == 1.0
    assert _quick_names("Lind, B.J., S. Hale, and Varga, I.M.")[0] == ["B.J. Lind", "S. Hale", "I.M. Varga"]
    # a lone initial after a whole name is no such list; a title stays no list
    assert author_score("Cold Lakes, A, Study of Owls") < 1
    assert author_score("Polar clouds over the western sea") == 0.0


def test_a_family_name_left_without_initials_makes_no_mixed_byline():
    # "Roe, A., Lind-Moss, X. & Vela-Cruz, X. En Actas e Informes": the family name before "X. En Actas" has no
    # initials of its own after it; the text is no list of names (a Spanish "e" joined into "and" made it one)
    from kg.importers.page.scores import _quick_names, author_score

    text = "Roe, A., Lind-Moss, X. & Vela-Cruz, X. En Actas and Informes Anuales"
    assert author_score(text) < 1 and _quick_names(text)[0][:2] == ["Roe", "A"]


def test_a_mixed_family_first_list_is_read_by_the_common_reader():
    from kg.importers.page.scores import _paired_inverted

    # "Cox, C.J., V.P. Walden, and Rowe, P.M.": some names family name first, the others given name first
    assert _paired_inverted(["Cox", "C.J", "V.P. Walden", "Rowe", "P.M"]) == ["C.J. Cox", "V.P. Walden", "P.M. Rowe"]
    # a family name with a Latin Extended-A capital pairs with its initials too
    assert _paired_inverted(["Łęcki", "K.", "V.P. Walden", "Šrámek", "P.M"])[::2] == ["K. Łęcki", "P.M. Šrámek"]
    # a one-word name with no initials after it: no such list, the chunks as they are
    assert _paired_inverted(["Cox", "C.J", "Lind", "V.P. Walden"]) == ["Cox", "C.J", "Lind", "V.P. Walden"]


def test_initials_closing_after_a_family_name_with_latin_extended_capitals():
    from kg.importers.page.scores import initials_closing
    assert initials_closing(["Łoś", "AB"], 1) and initials_closing(["Ž’Abek", "A"], 1) and initials_closing(["O'Neill", "AS"], 1)
    assert not initials_closing(["IEEE", "ON"], 1)


def test_lower_case_particles_do_not_count_toward_a_names_length():
    # a Brazilian name of five words and a "da" is a name; six capitalised words are not, nor eight with particles
    assert name_like("R. Ivo da Souza Lima Filho") and name_like("Ana Maria dos Santos Lima")
    assert not name_like("Tides Of Small Harbours Near Porto") and not name_like("A. B. da C. de D. do E. F.")
    # (nor words after a name that does not open with an initial: a title's, a label's)
    assert not name_like("Zinov A. Biologie des Systemes du Cancer") and not name_like("Ana Ruiz Lima Projeto de Pesquisa")
    # (nor after a capital alone that a Portuguese or Spanish title opens with, the article "A"; "A K M de Vallera",
    # initials running on, is a name)
    assert not name_like("A Torre de la Estrella del Mar") and not name_like("A Vida de los Campos de Santos")
    assert name_like("A K M G de Vallera")


def test_an_a_closing_a_family_name_before_and_is_an_initial():
    # smoke126: "Tamm A and Berg R." (Vancouver, two names joined by "and"): the "A" after the family name is the
    # first author's initial, not the article (before: 0.0, the byline dropped and the entry lost with it)
    from kg.importers.page.scores import author_score

    assert author_score("Tamm A and Berg R") == 1.0
    assert author_score("Tamm A and Berg RK.") == 1.0
    # (a title's "A and" stays the article's: no name with its initials after the "and")
    assert author_score("Vitamin A and Health") == 0.0
    assert author_score("Vitamin A and Cancer Risk") == 0.0


def test_the_same_word_before_two_capitals_joined_by_and_is_a_titles():
    # "Toxin A and Toxin B", "Vitamin A and Vitamin D": the same word before each capital is a title's pair of
    # things, no two Vancouver names (an "A" closing a family name before "and" is an initial only when the name
    # after the "and" is another)
    from kg.importers.page.scores import author_score

    assert author_score("Toxin A and Toxin B") == 0.0 and author_score("Vitamin A and Vitamin D") == 0.0
    assert author_score("Plan A and Plan B") == 0.0 and author_score("Tamm A and Berg R") == 1.0
