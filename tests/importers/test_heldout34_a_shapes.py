"""Shapes of real homepages seen in batch 34 (issue 8), as small synthetic sites in our own words."""

from __future__ import annotations

from kg.importers import import_path
from .sitefiles import write_site

_ADMIN = "---\ntitle: Tove Marlund\nrole: Geologist\norganizations:\n  - name: University of Brenholm\n---\n\nI map rocks.\n"


def _hugo_site(tmp_path, papers: dict[str, str]):
    files = {"config/_default/hugo.yaml": "title: Tove Marlund\n", "content/authors/admin/_index.md": _ADMIN}
    files.update({f"content/publication/{slug}/index.md": text for slug, text in papers.items()})
    write_site(tmp_path, files)
    return import_path(tmp_path).profile


_REAL = ('---\ntitle: "Layered Basalt at the Northern Rim"\ndate: 2011-05-02T10:00:00Z\nauthors:\n- T. Marlund\n'
         '- O. Vesk\nabstract: "We walk the rim and count the basalt layers."\npublication_types: ["2"]\n---\n'
         "http://arxiv.org/abs/1105.01234v2\n")


def test_a_hugo_paper_page_whose_body_is_one_address_links_the_paper_there(tmp_path):
    # an arXiv import: the front matter has no links, the page's body is the paper's address written out (Hugo
    # shows it as a link); the address is the paper's arXiv link, not an abstract
    (pub,) = _hugo_site(tmp_path, {"p1": _REAL}).publications
    assert pub.links.get("arxiv") == "http://arxiv.org/abs/1105.01234v2"
    assert pub.abstract == "We walk the rim and count the basalt layers."


def test_a_theme_sample_paper_with_filler_abstract_is_not_the_owners(tmp_path):
    # the theme's sample paper left beside the owner's (its abstract the "Lorem ipsum" filler, its first author
    # the "admin" user that stands for the owner): no work of the owner's
    sample = ("---\ntitle: 'A sample meeting paper'\nauthors:\n  - admin\n  - Pat Quill\ndate: '2015-01-01T00:00:00Z'\n"
              "publication: In *Sample Meeting*\nabstract: Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n---\n")
    p = _hugo_site(tmp_path, {"p1": _REAL, "sample-paper": sample})
    assert [x.title for x in p.publications] == ["Layered Basalt at the Northern Rim"]


_CHICAGO_PAGE = """<html><body><h1>Ada Korn</h1>
<h2>Papers</h2>
<p class="paper"><a href="https://arxiv.org/abs/2008.10903">
Korn, Ada. 2020. "Counting Sheep in the Rain: A Bayesian Model." arXiv:2008.10903 [stat.ME]</a>.</p>
<p class="paper"><a href="https://example.org/p2">Korn, Ada, Bo Lind, and Cy Moss. 2019. "Rain on the Hills."
<i>Journal of Weather</i> 4 (2): 1-9</a>.</p>
<p><a href="https://example.org/supp.pdf">Supplemental document</a><br>
<a href="https://example.org/code.zip">Replication code</a></p>
<p>How do hills change the rain? We build a model and test it with gauges read in the Alps in 2013. We find
that the hills matter a great deal and that the model fits the rain of many valleys over the years of the study.</p>
</body></html>
"""


def _chicago(tmp_path):
    page = tmp_path / "papers.html"
    page.write_text(_CHICAGO_PAGE)
    return import_path(page).profile.publications


def test_an_arxiv_number_is_not_the_papers_year(tmp_path):
    # "2020. ... arXiv:2008.10903": the number opens with the month the preprint was posted (2020-08); the year
    # written in the citation is the paper's
    assert _chicago(tmp_path)[0].year == 2020


def test_an_abstract_paragraph_dated_by_a_year_it_mentions_is_no_paper(tmp_path):
    # the abstract under a paper: a question, then sentences opening "We ...", a year among them
    assert [p.title for p in _chicago(tmp_path)] == ["Counting Sheep in the Rain: A Bayesian Model", "Rain on the Hills"]


def test_pieces_for_the_public_are_no_papers(tmp_path):
    # "Public engagement" after the papers: the owner's posts on a policy blog, written as citations, no papers
    page = tmp_path / "papers.html"
    page.write_text(_CHICAGO_PAGE.split("<p>How do")[0] + """<h3>Public engagement</h3>
<p class="paper"><a href="https://blog.example.org/sheep">Korn, Ada. 2021. "Why Count Sheep at All?"
<i>The Valley Policy Blog</i>, March 3.</a></p>
</body></html>
""")
    assert [p.title for p in import_path(page).profile.publications] == [
        "Counting Sheep in the Rain: A Bayesian Model", "Rain on the Hills"]


def test_a_titles_head_before_its_bold_part_is_the_titles_not_an_author(tmp_path):
    # "A, B, **Owner**, Reading the Sea: **Learning Tides ...**, Venue": the words between the last name and the
    # bold title, closed by a colon, open the title (they were read as one more author)
    page = tmp_path / "index.md"
    page.write_text("# Mira Tolk\n\n## Publications\n\n"
                    "* Ann Lee, Bo Chen, <b>Mira Tolk</b>, Reading the Sea: <b>Learning Tides from Sparse Gauges</b>, "
                    "NAACL 2025. [[paper](https://arxiv.org/abs/2402.11651)]\n"
                    "* Ann Lee, <b>Mira Tolk</b>, <b>Rain on Slopes with Few Gauges</b>, ACL 2024.\n")
    first, second = import_path(page).profile.publications
    assert first.title == "Reading the Sea: Learning Tides from Sparse Gauges"
    assert [a.name for a in first.authors] == ["Ann Lee", "Bo Chen", "Mira Tolk"]
    assert second.title == "Rain on Slopes with Few Gauges"


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
