"""Readings found on real sites without gold (smoke runs, batch 28): general misreadings of the shared page reader
and the site readers.  Synthetic pages, own words."""
from __future__ import annotations

from pathlib import Path

from .sitefiles import imported_site


def test_a_bibtex_block_inside_an_item_ends_where_its_record_closes(tmp_path: Path):
    # "- [Title](url)" then a folded BibTeX box, then the venue and the authors below it: the record's closing brace
    # ends the BibTeX (a field missing its own closing brace, as written by hand, included); what follows is the
    # entry's venue and authors
    item = ("- [{title}](https://example.org/{key})\n"
            "  <div class=\"links\">\n  <details>\n  <summary>[BibTeX]</summary>\n"
            "  <pre><code>@inproceedings{{{key},\n     title={{{title}}},\n     booktitle={{Proc. of Wetland Days,\n"
            "     year={{2023}}\n   }}</code></pre>\n  </details>\n  </div>\n\n"
            "  *Proceedings of Wetland Days*\n\n  Ines Vogt, **<u>Pavel Nyberg</u>**\n\n")
    pubs = imported_site(tmp_path / "page", {"index.md": (
        "# Pavel Nyberg\n\nI study the birds of wet meadows.\n\n# Publications\n\n"
        + item.format(title="Counting Snipes by Their Calls at Dusk", key="a")
        + item.format(title="Where the Corncrake Nests in Late Summer", key="b"))}).publications
    assert [p.title for p in pubs] == ["Counting Snipes by Their Calls at Dusk",
                                       "Where the Corncrake Nests in Late Summer"]
    assert all([a.name for a in p.authors] == ["Ines Vogt", "Pavel Nyberg"] for p in pubs)
    assert all(p.venue == "Proceedings of Wetland Days" for p in pubs)


def test_a_bold_remark_that_the_list_needs_updating_heads_no_news(tmp_path: Path):
    # "__Still need to update these__" under "## Publications": a remark of the author's, not a "News" or
    # "Updates" sub-section; the numbered papers below it stay papers
    prof = imported_site(tmp_path / "page", {"index.md": (
        "# Pavel Nyberg\n\nI study the birds of wet meadows.\n\n## Publications\n"
        "__Still need to update these :)__\n\n"
        "1. **Counting Snipes by Their Calls at Dusk**  \n_Wetland Days 2023_  \nI. Vogt, <u>P. Nyberg</u>  \n"
        "[[pdf](https://example.org/a.pdf)]\n\n"
        "2. **Where the Corncrake Nests in Late Summer**  \n_Journal of Meadows 2021_  \n<u>P. Nyberg</u>, I. Vogt  \n"
        "[[pdf](https://example.org/b.pdf)]\n")})
    assert [p.title for p in prof.publications] == ["Counting Snipes by Their Calls at Dusk",
                                                    "Where the Corncrake Nests in Late Summer"]
    assert prof.news == []


def test_a_config_name_written_with_a_line_break_tag_is_the_name_without_it(tmp_path: Path):
    # academicpages' sidebar shows "author: name:" as HTML: "Ana Lind<br>(林安)" is two lines on the screen, the
    # name and the name in another script; the tag is no part of either
    p = imported_site(tmp_path / "site", {
        "_config.yml": 'title: "Ana Lind"\nauthor:\n  name: "Ana Lind<br>(林安)"\n',
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\n\nI study the fish of slow rivers.\n"}).person
    assert p.name == "Ana Lind"
    assert p.alternate_names == ["林安"]



def test_a_bib_file_a_page_draws_is_the_owners_list_when_it_writes_the_owner_with_a_middle_initial(tmp_path: Path):
    # the site's name is "Oddny Halvorsen", the file writes "Oddny K. Halvorsen" and "O. K. Halvorsen": the owner,
    # as the BibTeX reader marks them, is an author of every entry, so the file is the owner's list of works
    bib = "".join(f"@article{{{k},\n  title = {{{t}}},\n  author = {{{a} and Per Lund}},\n"
                  f"  journal = {{Journal of Fjords}},\n  year = {{2019}}\n}}\n\n"
                  for k, t, a in (("a", "Tides in a Narrow Fjord", "Oddny K. Halvorsen"),
                                  ("b", "Salt Layers Under Winter Ice", "O. K. Halvorsen")))
    pubs = imported_site(tmp_path / "site", {
        "_quarto.yml": 'project:\n  type: website\nwebsite:\n  title: "Oddny Halvorsen"\n',
        "index.qmd": "---\ntitle: About\n---\n\nOddny Halvorsen studies the tides of narrow fjords.\n",
        "papers.qmd": '---\ntitle: Publications\nresources:\n  - "refs/mine.bib"\n  - "js/bib_list.js"\n---\n',
        "refs/mine.bib": bib}).publications
    assert sorted(p.title for p in pubs) == ["Salt Layers Under Winter Ice", "Tides in a Narrow Fjord"]


def test_a_folder_index_page_looping_over_a_data_file_lists_its_records_with_their_citations(tmp_path: Path):
    # "publications/index.html" (served at /publications/ with no permalink of its own) loops over
    # site.data.publications; each record has a title and a citation that leaves the title out
    prof = imported_site(tmp_path / "lab", {
        "_config.yml": 'title: "Vester Lab"\nauthor:\n  name: "Ilse Vester"\n',
        "index.html": "---\nlayout: home\n---\n<p>The Vester lab studies frogs of cloud forests.</p>\n",
        "publications/index.html": (
            "---\nlayout: page\ntitle: Publications\n---\n"
            "{% for pub in site.data.publications %}\n<h3>{{ pub.title | markdownify }}</h3>\n"
            "<h4>{{ pub.citation | markdownify }}</h4>\n{% endfor %}\n"),
        "_data/publications.yml": (
            '- title: "**Calls of tree frogs after rain**"\n'
            '  citation: "Moreno L, **Vester I**, Quint A. (2022) *Journal of Wet Forests*."\n'
            "  date: 202205\n\n"
            '- title: "**Frogs that climb the highest trees**"\n'
            '  citation: "**Vester I**, Moreno L. (2019) *Canopy Biology*."\n'
            "  date: 201903\n")})
    pubs = sorted(prof.publications, key=lambda p: p.title)
    assert [(p.title, p.year, p.venue) for p in pubs] == [
        ("Calls of tree frogs after rain", 2022, "Journal of Wet Forests"),
        ("Frogs that climb the highest trees", 2019, "Canopy Biology")]
    assert [a.name for a in pubs[0].authors] == ["Moreno L", "Vester I", "Quint A"]


def test_a_collection_named_for_code_holds_no_papers(tmp_path: Path):
    # "_code/": the owner's programs, each page with a title, a date and "venue: Python and C" (the language):
    # software, not works of the publication list
    item = '---\ntitle: "{t}"\ncollection: code\nvenue: "Python and C"\ndate: 2021-05-01\n---\n\nA tool, on GitHub.\n'
    prof = imported_site(tmp_path / "site", {
        "_config.yml": 'title: "Runa Solberg"\nauthor:\n  name: "Runa Solberg"\n',
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\n\nI model how glaciers slide.\n",
        "_code/2021-slide.md": item.format(t="SlideSim"),
        "_code/2022-melt.md": item.format(t="MeltMap")})
    assert prof.publications == []


def test_a_lab_site_whose_people_table_names_its_head_is_the_heads_profile(tmp_path: Path):
    # "# Quill Lab" over prose naming nobody, no papers; the people page's markdown table gives each member a bold
    # name and a role after a line break: the principal investigator is whose site it is (not a refusal)
    prof = imported_site(tmp_path / "lab", {
        "_quarto.yml": 'project:\n  type: website\nwebsite:\n  title: "Quill Lab @ Fenwick"\n  navbar:\n'
                       "    left:\n      - href: index.qmd\n        text: Home\n      - people.qmd\n",
        "index.qmd": "# Quill Lab\n\nOur group builds tools that read old handwriting with computers.\n",
        "people.qmd": (
            '---\ntitle: "People"\n---\n\n## Members\n\n| Name/Role | Links |\n|---|---|\n'
            "| **Marta Quill** <br /> Professor & Principal Investigator | [GitHub](https://github.com/mquill) |\n"
            "| **Tobin Ash** <br /> Ph.D. Student | [GitHub](https://github.com/tash) |\n"
            "| **Lea Moro** <br /> Ph.D. Student | [GitHub](https://github.com/lmoro) |\n")})
    assert prof.person.name == "Marta Quill"


def test_an_empty_file_among_the_publications_collection_stops_no_site_reading(tmp_path: Path):
    # "_publications/" with two papers and an empty file left beside them: the site is still read as the Jekyll
    # site it is (its papers as papers, its talks as talks), the empty file said in unparsed
    paper = ('---\ntitle: "{t}"\ncollection: publications\ndate: 2021-03-01\nvenue: "Journal of Bogs"\n'
             "citation: 'Kaur, S., Lind, P. (2021). {t}. Journal of Bogs.'\n---\n\nAbstract.\n")
    prof = imported_site(tmp_path / "site", {
        "_config.yml": 'title: "Simran Kaur"\nauthor:\n  name: "Simran Kaur"\n',
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\n\nI study peat bogs and the carbon they keep.\n",
        "_publications/2021-a.md": paper.format(t="Carbon stored in northern bogs"),
        "_publications/2022-b.md": paper.format(t="Mosses that build peat"),
        "_publications/2023-c.md": "",
        "_talks/2022-talk.md": ('---\ntitle: "Peat in a warming world"\ncollection: talks\ntype: "Talk"\n'
                                'venue: "Bog Days"\ndate: 2022-05-01\n---\n\nA talk.\n')})
    assert sorted(p.title for p in prof.publications) == ["Carbon stored in northern bogs", "Mosses that build peat"]
    assert [t.title for t in prof.talks] == ["Peat in a warming world"]
    assert any(u.file == "_publications/2023-c.md" for u in prof.unparsed)
