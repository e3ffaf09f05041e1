"""The readers of one markdown field (kg.importers.site.fields) every site family shares."""

from __future__ import annotations

import pytest

from kg.importers.site.fields import md_links, md_text
from tests.importers.sitefiles import write_site


def test_a_link_whose_text_is_drawn_in_brackets_is_a_link():
    # "[[PDF]](...)": the page shows a link reading "[PDF]", as CommonMark reads a pair of brackets in a link's text
    text = "Sand ripples, 2019. [[PDF]](https://example.org/ripples.pdf) [[Slides]](/files/ripples-talk.pdf)"
    assert md_links(text) == [("[PDF]", "https://example.org/ripples.pdf"), ("[Slides]", "/files/ripples-talk.pdf")]
    assert md_text(text) == "Sand ripples, 2019. [PDF] [Slides]"


def test_a_bracket_left_open_before_a_link_is_no_part_of_its_text():
    assert md_links("[draft [Code](https://example.org/code)") == [("Code", "https://example.org/code")]


def test_a_paper_page_whose_download_link_is_drawn_in_brackets_gives_the_paper(tmp_path):
    from kg.importers.site.records import read_jekyll_publication

    page = "_publications/2020-tides.md"
    write_site(tmp_path, {page: "---\ntitle: \"Tides over a sloping shelf\"\ncollection: publications\n"
                                "date: 2020-03-01\nvenue: 'Coastal Letters'\n---\n"
                                "We model how tides rise over a sloping shelf.\n\n"
                                "[[Download paper here]](https://example.org/files/tides.pdf)\n"})
    pub = read_jekyll_publication(tmp_path, tmp_path / page, None, None, []).publications[0]
    # (the slot "[Download paper here]" names without its brackets, as academicpages' own template writes it)
    assert pub.links == {"paper": "https://example.org/files/tides.pdf"}
    assert pub.abstract == "We model how tides rise over a sloping shelf."


def test_a_key_written_with_a_hyphen_between_its_words_is_the_key_without_it():
    # "book-title:" in a chapter's front matter is BibTeX's booktitle, the book the chapter is in (not its publisher)
    from kg.importers.site.fields import misspelt_key
    from kg.importers.site.records import RECORD_KEYS, publication_from_record

    assert misspelt_key("book_title", ("journal", "booktitle")) == "booktitle"
    # the known key written with its own hyphen, underscore or space folds as the key does. Before: None for these
    assert misspelt_key("container_title", ("venue", "container-title")) == "container-title"
    assert misspelt_key("published-in", ("published_in",)) == "published_in"
    assert misspelt_key("publication-title", ("publication title",)) == "publication title"
    assert misspelt_key("container-title", ("container-title",)) is None  # the key itself is no slip
    pub = publication_from_record({"title": "Dunes of the North", "book-title": "Essays on Sand",
                                   "publisher": "Lark Press", "date": "2023-01-02"}, RECORD_KEYS, None)
    assert pub.venue == "Essays on Sand"


def test_a_subtitle_gives_a_position_then_its_place_after_a_comma_and_an_address():
    from kg.importers.site.fields import read_subtitle
    from kg.model import Person

    # before: no position (the whole line, nine words, too long for one), no place, and no address read
    person = Person(name="Ines Varga")
    assert read_subtitle("Catedrática de Geología, Facultad de Ciencias de Tarna (UTA)", person, over_prose=True)
    assert (person.job_title, [a.name for a in person.affiliations]) == (
        "Catedrática de Geología", ["Facultad de Ciencias de Tarna (UTA)"])
    other = Person(name="Ines Varga")
    assert read_subtitle("✉️ ivarga at tarn dot edu", other)
    assert other.email == "ivarga@tarn.edu" and other.job_title is None
    # the place after the comma is taken apart only when it names an institution (before: the unit lost, job
    # 'Assistant Professor', no place); "Founder at Acme dot ai" is a post, no address
    unit = Person(name="Ines Varga")
    read_subtitle("Assistant Professor, Department of Physics", unit)
    assert (unit.job_title, unit.affiliations) == ("Assistant Professor, Department of Physics", [])
    founder = Person(name="Ines Varga")
    read_subtitle("Founder at Acme dot ai", founder)
    assert founder.email is None


def test_a_subtitles_unit_after_the_position_is_kept_whole_or_as_the_departments_name():
    from kg.importers.site.fields import read_subtitle
    from kg.model import Person

    # before: job 'Assistant Professor' (or 'PhD Student', ...) and no place, the unit lost
    for line in ("PhD Student, NLP Lab", "Postdoc, Faculté des Sciences", "Lecturer, School of Geography",
                 "Research Fellow, Centre for Ice Studies (CIS)"):
        person = Person(name="Ines Varga")
        read_subtitle(line, person)
        assert (person.job_title, person.affiliations) == (line, []), line
    # before: [('Tarnwood University', None)], the department lost
    person = Person(name="Ines Varga")
    read_subtitle("Assistant Professor, Department of Physics, Tarnwood University", person)
    assert person.job_title == "Assistant Professor"
    assert [(a.name, a.department) for a in person.affiliations] == [("Tarnwood University", "Department of Physics")]


def test_a_subtitle_gives_no_address_read_out_of_a_position_or_labelled_as_someone_elses():
    from kg.importers.site.fields import read_subtitle
    from kg.model import Person

    # before: Founder@Acme.ai, Engineer@data.world, maria@tarn.edu, lab-admin@tarn.edu (base: none); an obfuscated
    # address is one after a mark that says so, a plain one unless a label gives it to someone else
    for line in ("Founder at Acme dot ai", "Engineer at data dot world",
                 "Professor of Physics. Assistant: maria@tarn.edu", "PhD student | contact: lab-admin at tarn dot edu"):
        person = Person(name="Ines Varga")
        read_subtitle(line, person)
        assert person.email is None, line
    person = Person(name="Ines Varga")
    read_subtitle("PhD student, Tarn University, ivarga@tarn.edu", person)
    assert person.email == "ivarga@tarn.edu"


def test_a_records_social_mapping_gives_one_profile_link_per_key_and_skips_the_empty_ones():
    # a member page's "social: {twitter: URL, github: (empty)}": read as a configuration's "links:" mapping
    from kg.importers.site.fields import apply_social
    from kg.model import Person

    p = Person(name="Mira Voss")
    assert apply_social(p, "social", {"twitter": "https://twitter.com/miravoss", "github": None,
                                      "google-scholar": "https://scholar.google.com/citations?user=Zx9kLmNoAAAJ"})
    assert p.identifiers == {"twitter": "miravoss", "google_scholar": "Zx9kLmNoAAAJ"}


def test_a_scripts_camel_case_language_keys_are_one_language():
    # "nameEn"/"nameZh" (a hand-written JavaScript lab site's members.json): the record's name in English, as
    # "name_en" is (before: no name key, no member read); "photoId", "imageUrl" name no language
    from kg.importers.site.fields import one_language

    assert one_language({"nameZh": "王", "nameEn": "Wang Li"}, {})[0]["name"] == "Wang Li"
    assert "photo" not in one_language({"nameEn": "Wang Li", "photoId": "7", "imageUrl": "a.png"}, {})[0]


def test_a_camel_case_key_ending_in_id_or_in_names_no_language(tmp_path):
    # "nameId", "linkedIn", "isPi": a capital and a small letter at the end that are no language's code (before:
    # "nameId" read as the name in Indonesian, the handle "mkowalczyk" one of the owner's names)
    from kg.importers import import_path
    from kg.importers.site.fields import LANGUAGE_KEY

    assert LANGUAGE_KEY.fullmatch("nameId") is None and LANGUAGE_KEY.fullmatch("linkedIn") is None
    assert LANGUAGE_KEY.fullmatch("isPi") is None and LANGUAGE_KEY.fullmatch("photoId") is None
    assert LANGUAGE_KEY.fullmatch("namePl")[2] == "Pl"
    root = write_site(tmp_path / "lab", {
        "config.md": '+++\nprepath = ""\n+++\n',
        "index.md": '+++\ntitle = "Home"\n+++\n\n~~~\n{{hero}}\n{{people_pi}}\n~~~\n',
        "_data/team.toml": '[[person]]\nid = "head"\ntier = "pi"\nnameEn = "Marta Kowalczyk"\n'
                           'namePl = "Marta Kowalczyk-Nowak"\nnameId = "mkowalczyk"\nroleEn = "Professor of Glaciology"\n'
                           '\n[[person]]\nid = "s1"\ntier = "phd"\nnameEn = "Jonas Berg"\nnamePl = "Jonas Berg"\n',
    })
    person = import_path(root).profile.person
    assert person.name == "Marta Kowalczyk"
    assert "mkowalczyk" not in person.alternate_names


def test_language_key_camel_case_codes_are_languages_codes():
    # (rr77c: "Kh" is no language's code; Hebrew, Hindi, Catalan, Finnish, Danish, Slovak were missing; "No" stays
    # out: "phoneNo", "serialNo" are numbers)
    from kg.importers.site.fields import LANGUAGE_KEY

    assert all(LANGUAGE_KEY.fullmatch(k) for k in ("nameHe", "nameHi", "nameCa", "nameFi", "nameDa", "nameSk"))
    assert not LANGUAGE_KEY.fullmatch("nameKh") and not LANGUAGE_KEY.fullmatch("phoneNo")


def test_a_fields_invisible_characters_are_no_letters_of_its_words():
    # a byte-order mark or zero-width space pasted into a front-matter field ("'\ufeffTal, M., Vek, O.'")
    from kg.importers.site.fields import as_text

    assert as_text("\ufeffTal, M., Vek, O. (2019). A title.") == "Tal, M., Vek, O. (2019). A title."
    assert as_text("Wave\u200b Letters") == "Wave Letters"
    assert as_text("\ufeff") is None


def test_a_link_with_a_pasted_invisible_mark_is_the_address_after_it():
    # "[Download paper here](\ufeffhttp://...)": the byte-order mark pasted before the address made it a relative
    # path joined to the site ("https://site/%EF%BB%BFhttp:/..."); a zero-width space inside is no part of it either
    from kg.importers.site.fields import absolute_url

    assert absolute_url("\ufeffhttp://doi.example.org/10.1/x", "https://tal.example.io") == "http://doi.example.org/10.1/x"
    assert absolute_url("https://doi.example.org/\u200b10.1/x", None) == "https://doi.example.org/10.1/x"
    assert absolute_url("/files/paper.pdf", "https://tal.example.io") == "https://tal.example.io/files/paper.pdf"


def test_a_subtitles_position_before_its_linked_institution_outranks_the_prose():
    from kg.importers.site.fields import read_subtitle
    from kg.model import Person

    # al-folio's "description: Visiting Fellow, <a href=...>X Geological Survey</a>" over a bio that says "I am a
    # Hydrologist working at ...": the words outside the link are the post, the linked institution where it is held
    # (a nation's geological survey is an institution of its own); before, the survey was no place (its name has
    # no university's word) and the bio's post stayed
    person = Person(name="Ines Varga", job_title="Hydrologist")
    assert read_subtitle('Visiting Fellow, <a href="https://www.tarngs.example/">Tarn Geological Survey</a>', person,
                         over_prose=True)
    assert person.job_title == "Visiting Fellow"
    assert [(a.name, a.role) for a in person.affiliations] == [("Tarn Geological Survey", "Visiting Fellow")]
    # (a linked project's name after the post is no place, and the post states nothing over the prose)
    other = Person(name="Ines Varga", job_title="Hydrologist")
    read_subtitle('Visiting Fellow, <a href="https://x.example/">Sand Rivers Project</a>', other, over_prose=True)
    assert other.job_title == "Hydrologist" and other.affiliations == []


@pytest.mark.parametrize("subtitle", [
    # a post said to be over is no post held now at the linked place
    'Former Postdoc, <a href="https://x.example/">Northfield University</a>',
    'Previously Research Scientist, <a href="https://x.example/">Northfield University</a>',
    # two linked places: the words left between them are two posts run together, none stated at one place
    'Professor, <a href="https://x.example/">Northfield University</a> and Visiting Professor, '
    '<a href="https://y.example/">Southfield University</a>',
])
def test_a_subtitles_past_post_or_two_posts_at_two_linked_places_do_not_outrank_the_prose(subtitle):
    from kg.importers.site.fields import read_subtitle
    from kg.model import Person

    person = Person(name="Ines Varga", job_title="Assistant Professor")
    read_subtitle(subtitle, person, over_prose=True)
    assert person.job_title == "Assistant Professor"
    assert "Northfield University" in [a.name for a in person.affiliations]
