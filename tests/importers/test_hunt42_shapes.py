"""Shapes of real homepages whose whole import failed, found by hunting unseen real sites (issue 8), as small
synthetic sites in our own words."""

from __future__ import annotations

from .sitefiles import imported_site

_HUGO_CONFIG = "baseURL: https://example.org/\ntitle: Rosa Imbert\n"


def test_a_hugo_home_page_showing_one_author_makes_that_author_the_owner_over_the_demo_admin(tmp_path):
    # a Wowchemy site that kept the theme's demo author page (admin: a demo name and job) and wrote the owner's own
    # page beside it, the home page's biography block naming it: the owner was the demo name
    p = imported_site(tmp_path, {
        "config/_default/hugo.yaml": _HUGO_CONFIG,
        "content/_index.md": "---\ntitle: Home\ntype: landing\nsections:\n  - block: resume-biography\n"
                             "    content:\n      username: rosa-imbert\n  - block: resume-experience\n"
                             "    content:\n      username: rosa-imbert\n---\n",
        "content/authors/admin/_index.md": "---\ntitle: Demo Person\nrole: Chief Demo Officer\nsuperuser: true\n"
                                           "organizations:\n  - name: Demo Corp\n---\nA placeholder biography.\n",
        "content/authors/rosa-imbert/_index.md": "---\ntitle: Rosa Imbert\nrole: Soil Scientist\nsuperuser: true\n"
                                                 "organizations:\n  - name: Vale Agronomy Institute\n---\n"
                                                 "I measure carbon in farm soils.\n",
        "content/publication/one/index.md": "---\ntitle: Carbon under cover crops\nauthors:\n  - Rosa Imbert\n"
                                            "  - Tom Ruel\ndate: 2021-03-01\npublication: Soil Letters\n---\n",
    })
    assert p.person.name == "Rosa Imbert"
    assert p.person.job_title == "Soil Scientist"
    assert [a.name for a in p.person.affiliations] == ["Vale Agronomy Institute"]
    assert [x.title for x in p.publications] == ["Carbon under cover crops"]
