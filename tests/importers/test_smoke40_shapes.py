"""Shapes of real homepages that the smoke set of stop 40 misread (issues 7 and 8), as small synthetic sites in our
own words."""

from __future__ import annotations

from .sitefiles import imported_site


def test_a_paper_document_with_only_a_citation_in_its_front_matter(tmp_path):
    # academicpages' _publications/*.md whose front matter has no title, date nor venue: only "citation:", the
    # owner underlined, the title in italics; the year is the file name's and the citation's
    cite = ("'<u>Nora Quist</u>, Piet Alder, and Sami Ruud.<i> Counting gulls on windy shores</i>. "
            "In 2019 Conference on Coastal Birds, 12–20. Coastal Press, 2019.'")
    profile = imported_site(tmp_path / "site", {
        "_config.yml": "title: Nora Quist\nauthor:\n  name: Nora Quist\n",
        "_pages/about.md": "---\npermalink: /\n---\n\nNora Quist counts birds.\n",
        "_publications/2019-gulls.md": f"---\ncollection: publications\npaperurl: '/files/gulls.pdf'\n"
                                       f"citation: {cite}\n---\n",
        "_publications/2021-terns.md": "---\ncollection: publications\ncitation: 'Piet Alder and <u>Nora Quist</u>."
                                       "<i> Terns in the fog</i>. Journal of Shore Life, 2021.'\n---\n",
    })
    works = sorted((p.title, p.year, [a.name for a in p.authors]) for p in profile.publications)
    assert works == [("Counting gulls on windy shores", 2019, ["Nora Quist", "Piet Alder", "Sami Ruud"]),
                     ("Terns in the fog", 2021, ["Piet Alder", "Nora Quist"])]
