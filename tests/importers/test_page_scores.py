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


def test_forthcoming_names_where_the_work_appears_as_to_appear_does():
    # "Forthcoming at the Review of X" in a card's italic line scored 0 (no venue word, "Review" is no journal word),
    # so the line was left unparsed and the card kept no venue; "forthcoming" says what "to appear" says
    from kg.importers.page.scores import venue_score

    assert venue_score("Forthcoming at the Review of Labour Studies") == venue_score("Submitted to the Review of "
                                                                                     "Labour Studies") == 2
    assert venue_score("Review of Labour Studies") == 0
