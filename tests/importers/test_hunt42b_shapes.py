"""Shapes of real homepages whose whole import failed (second hunt of stop 42, issue 8), as small synthetic sites in
our own words."""

from __future__ import annotations

from .sitefiles import imported_site


def _paper(title: str, venue: str) -> str:
    return f"---\ntitle: \"{title}\"\ncollection: publications\ndate: 2022-05-01\nvenue: '{venue}'\n---\n"


def test_a_publications_collection_translated_in_a_language_folder_counts_each_work_once(tmp_path):
    # an academicpages site in two languages: each paper a file of _publications/ in the default language and a
    # file of the same name in _publications/en/ in English; every paper was counted twice
    p = imported_site(tmp_path, {
        "_config.yml": "title: Wei Lin\nauthor:\n  name: Wei Lin\n",
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\n\nI study bridges.\n",
        "_publications/2022-01-01-cables.md": _paper("斜拉桥索力识别", "土木工程学报"),
        "_publications/2022-03-01-decks.md": _paper("桥面振动监测", "工程力学"),
        "_publications/en/2022-01-01-cables.md": _paper("Cable force identification of stayed bridges",
                                                        "China Civil Engineering Journal"),
        "_publications/en/2022-03-01-decks.md": _paper("Monitoring deck vibration", "Engineering Mechanics"),
        # a sub-folder of no language is a group of the collection's works, read as before
        "_publications/preprints/2023-02-01-piers.md": _paper("Pier scour in floods", "arXiv"),
    })
    assert sorted(x.title for x in p.publications) == ["Pier scour in floods", "斜拉桥索力识别", "桥面振动监测"]
