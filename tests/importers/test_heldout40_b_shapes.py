"""Site shapes met in batch 40b, in synthetic form: a lab site whose page is an empty shell its script fills from
JSON files (papers kept as a mapping keyed by their titles, indented with tabs, authors under a key of the site's
own words)."""

from __future__ import annotations

import json

from kg.importers import import_path
from tests.importers.sitefiles import write_site

_SHELL = ("<!DOCTYPE html><html><head><title>Lena Marsh's Laboratory</title>"
          '<script defer src="app/papers/papers.js"></script></head><body>'
          '<div id="nav"><div class="papers">Papers</div></div><main id="content"></main></body></html>\n')


def test_a_json_file_indented_with_tabs_is_read_with_its_lines(tmp_path):
    # JSON lets a tab stand between any two tokens; YAML refuses it as indentation: the file is still read as the
    # structured text it is, each paper at its own line (not all of them at the file's first)
    papers = [{"title": "Salt Marsh Roots Under Tidal Stress", "authors": ["Lena Marsh", "Oskar Dahl"],
               "journal": "Wetland Biology", "year": 2021},
              {"title": "Reed Beds as Carbon Stores", "authors": ["Pia Holm", "Lena Marsh"],
               "journal": "Coastal Soils", "year": 2019}]
    site = write_site(tmp_path / "site", {"index.html": _SHELL,
                                          "app/papers/papers.json": json.dumps({"papers": papers}, indent="\t")})
    pubs = import_path(site).profile.publications
    assert [p.title for p in pubs] == ["Salt Marsh Roots Under Tidal Stress", "Reed Beds as Carbon Stores"]
    assert [p.line for p in pubs] == [4, 13]

