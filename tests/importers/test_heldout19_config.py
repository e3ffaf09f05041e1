"""The owner's settings in a site's configuration (nineteenth diagnosis batch), as small synthetic sites in our
own words."""

from __future__ import annotations

from kg.importers import import_path


def test_bare_profile_keys_of_a_theme_less_jekyll_config_whose_home_page_is_only_templates(tmp_path):
    # a theme-less one-pager: the home page only loops over a collection; the owner's name, email and profile
    # user names sit at the top of _config.yml under their bare names ("github:", "twitter:", "scholar:")
    (tmp_path / "_config.yml").write_text(
        "name:     Mira Ostholt\nemail:    m.ostholt@uni-lindenau.example\n"
        "twitter:  mostholt\ngithub:   mirao\nscholar:  Qx1rTzkAAAAJ\n"
        "collections:\n  sections:\n    order: [about.md]\n")
    (tmp_path / "index.md").write_text("---\nlayout: default\n---\n{% for s in site.sections %}{{ s.content }}"
                                       "{% endfor %}\n")
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "papers.yml").write_text(
        "- title: Rivers of Data\n  year: 2021\n  authors: [Mira Ostholt, Jon Vale]\n"
        "- title: Stacked Ledgers\n  year: 2019\n  authors: [Mira Ostholt]\n")
    person = import_path(tmp_path).profile.person
    assert person.name == "Mira Ostholt"
    assert person.email == "m.ostholt@uni-lindenau.example"
    assert person.identifiers == {"github": "mirao", "twitter": "mostholt", "google_scholar": "Qx1rTzkAAAAJ"}

