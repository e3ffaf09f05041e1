"""Readings found on real sites without gold (smoke runs, batch 28, second pass): general misreadings of the shared
page reader.  Synthetic pages, own words."""
from __future__ import annotations

from pathlib import Path

from .sitefiles import imported_site


def test_a_funded_projects_sub_heading_inside_the_publications_lists_no_papers(tmp_path: Path):
    # "## Publications" > "### Journal papers" then "### Participated projects" > "#### Some University": the
    # projects (their funder and years in brackets) are grants the owner worked on, not papers
    pubs = imported_site(tmp_path / "page", {"index.md": (
        "# Mira Holt\n\nI model how trams fill up at rush hour.\n\n## Publications\n\n### Journal papers\n"
        "1. **Holt, M.**, Berg, T., 2021. Counting riders on crowded trams with door sensors. Journal of Urban "
        "Transit, 12, pp.1-20.\n"
        "2. Berg, T. and **Holt, M.**, 2023. When do commuters switch lines? Transport Letters, 4, pp.30-41.\n\n"
        "### Participated projects\n\n#### Lakeside University:\n"
        "1. Smarter Timetables for Small Cities (National Transit Fund), 2022-2024\n"
        "2. Modelling the Flow of Passengers at Busy Stations (City Council) 2020-2021\n\n#### Old Institute:\n"
        "1. Planning the rolling stock of two long corridors, National Railway Company (Ministry of Railways), "
        "2015-2017. (Collaborator).\n"
        "2. Catering on fast trains, Science and technology department of Old Institute, 2013-2014. (Supervisor).\n")}).publications
    assert [p.title for p in pubs] == ["Counting riders on crowded trams with door sensors",
                                       "When do commuters switch lines?"]


def test_a_table_of_results_under_research_lists_no_papers(tmp_path: Path):
    # a "Research" page compares methods in a table whose first row of bold cells labels its columns (as jemdoc
    # writes a header): "Lee et al. 2019 | O(n log n) | ... | Yes" is a row of results, no paper; the papers are
    # in the list below it
    row = "<tr><td>{}</td><td>O(n log n)</td><td>0.5</td><td>{}</td></tr>\n"
    pubs = imported_site(tmp_path / "page", {"index.html": (
        "<html><head><title>Oren Galt</title></head><body>\n<h1>Oren Galt</h1>\n<p>I study fast sorting.</p>\n"
        "<h2>Research</h2>\n<h3>Sorting with noisy comparisons</h3>\n"
        "<p>Sorting when a comparison can lie is hard; the table compares the known methods.</p>\n"
        "<table>\n<tr><td><b>Method</b></td><td><b>Cost</b></td><td><b>Error</b></td><td><b>Adaptive</b></td></tr>\n"
        + row.format("Lee et al. 2019", "Yes") + row.format("Roe and Kim 2021", "No")
        + row.format("Our method 2023", "Yes") +
        "</table>\n<h2>Publications</h2>\n<ul>\n"
        "<li>O. Galt, A. Lee. Sorting when comparisons lie. <i>Journal of Algorithms</i>, 2023.</li>\n"
        "<li>O. Galt. Merging noisy lists quickly. <i>Symposium on Sorting</i>, 2021.</li>\n</ul>\n</body></html>\n")}).publications
    assert [p.title for p in pubs] == ["Sorting when comparisons lie", "Merging noisy lists quickly"]



def test_a_research_paragraph_dated_only_by_the_work_it_cites_is_no_paper(tmp_path: Path):
    # research.md: a figure's caption that cites a work by author and year ("redrawn from [(Rask and Moll,
    # 2022)](url)"); the year there is the cited work's, the caption is no paper (the papers are on pubs.md)
    pubs = imported_site(tmp_path / "site", {
        "_config.yml": "title: Tova Rask\nauthor: Tova Rask\n",
        "index.md": "---\nlayout: page\ntitle: Home\n---\n\nTova Rask is a PhD student who evolves small programs.\n",
        "research.md": (
            "---\nlayout: page\ntitle: Research\n---\n\n## Research\n\nI evolve small programs to study how traits "
            "arise.\n\n### Replaying evolution\n\n<div class=\"figure\" markdown=\"1\">\n"
            "![A replay run]({{\"/assets/replay.png\"}})\n"
            "The sketch of a replay run, redrawn from [(Rask and Moll, 2022)](https://example.org/replay).\n"
            "Colours in the top row mark lines of descent that split early.\n</div>\n"),
        "pubs.md": (
            "---\nlayout: page\ntitle: Publications\n---\n\n"
            "- Tova Rask, Jon Moll. Replaying the evolution of memory in digital organisms. *Artificial Life*, 2022.\n"
            "- Jon Moll, Tova Rask. Random subsets in lexicase selection. *Evolutionary Computation*, 2020.\n")}).publications
    assert sorted(p.title for p in pubs) == ["Random subsets in lexicase selection",
                                             "Replaying the evolution of memory in digital organisms"]


def test_a_title_heading_over_a_smaller_heading_of_authors_and_links_is_one_paper(tmp_path: Path):
    # "<h3>Title</h3><h5>A. Lee, <b>Owner</b><br>&gt; <a>paper</a></h5>": the page sets each paper's authors and
    # links as a smaller heading under its title's, and writes no year; each pair is one paper
    paper = ("<h3>{}</h3>\n<h5>\n  {}<br>\n  &gt; <a href=\"https://arxiv.org/abs/{}\">paper</a>\n</h5>\n")
    pubs = imported_site(tmp_path / "page", {"pubs.html": (
        "<html><head><title>Lena Voss</title></head><body>\n<h1>Lena Voss</h1>\n<h2>Selected publications</h2>\n"
        + paper.format("Learning shapes from few views", "Omar Feld, <b>Lena Voss</b>, Ida Brun", "2101.00001")
        + paper.format("When do image models fail on new scenes?", "<b>Lena Voss</b>, Omar Feld", "2202.00002")
        + "<h2>Talks</h2>\n<p>Vision seminar, Lund, 2023.</p>\n</body></html>\n")}).publications
    assert [p.title for p in pubs] == ["Learning shapes from few views", "When do image models fail on new scenes?"]
    assert [[a.name for a in p.authors] for p in pubs] == [["Omar Feld", "Lena Voss", "Ida Brun"],
                                                           ["Lena Voss", "Omar Feld"]]


def test_a_works_table_with_a_date_cell_and_a_title_and_authors_column(tmp_path: Path):
    # "| Date | Field | Title and Authors |": the last column holds two fields (the quoted title set in italics,
    # then "with" the coauthors, or a remark); the date cell, day first, dates the work and is no venue
    pubs = imported_site(tmp_path / "page", {"index.md": (
        "# Nils Aker\n\nI study fields and strings.\n\nPublications\n=========\n\n"
        "| Date | Field | Title and Authors |\n|------|------|------|\n"
        "| 15 November 2024 | hep-th | *\"Lectures on Hidden Symmetries\"* my PhD thesis |\n"
        "| 16 October 2024 | hep-th | *\"Dualities from dualities in two dimensions\"* with A. Berg, C. Dahl and E. Falk |\n")}).publications
    assert [p.title for p in pubs] == ["Lectures on Hidden Symmetries", "Dualities from dualities in two dimensions"]
    assert [p.year for p in pubs] == [2024, 2024]
    assert [a.name for a in pubs[1].authors] == ["Nils Aker", "A. Berg", "C. Dahl", "E. Falk"]
    assert not any(p.venue and p.venue.isdigit() for p in pubs)



def test_an_abstract_that_cites_other_work_by_author_and_year_holds_no_papers(tmp_path: Path):
    # a paper's heading, its bold names and year, its links, then its abstract: "[Tool](url) (Lee and Roe 2017) is
    # a popular tool ..." and a list "- Sparsity of effects (Box and Moe 1986)": author-year citations (no comma)
    # of other works, no papers of their own
    pubs = imported_site(tmp_path / "site", {
        "_quarto.yml": "project:\n  type: website\nwebsite:\n  title: Bruno Tamm\n",
        "index.qmd": "---\ntitle: Bruno Tamm\n---\n\nI study statistics.\n",
        "publications.qmd": (
            "---\ntitle: \"Research\"\n---\n\n## Statistical aspects of importance scores\n\n"
            "**Tamm, B. & Ilves, R. (2022)**\n\n*arXiv* | [Paper](https://arxiv.org/abs/2201.00001)\n\n"
            "[Shapley](https://example.org/shap) (Lee and Roe 2017) is a popular tool for ranking the inputs of a "
            "model. This paper looks at what makes its scores hard to estimate:\n\n"
            "1. How many samples to draw\n2. Which reference distribution to average over\n\n"
            "It draws on the design of experiments, in particular:\n\n"
            "- Functional ANOVA and the notion of *effective dimension* (Kuhn et al 2009)\n"
            "- Fractional designs and the principle of *sparsity of effects* (Box and Moe 1986)\n")}).publications
    assert [p.title for p in pubs] == ["Statistical aspects of importance scores"]


def test_a_harvard_citation_with_the_month_after_the_year_keeps_its_title(tmp_path: Path):
    # Google Scholar's Harvard export for a conference paper: "Names, 2024, October. Title. In Venue (pp. ..).": the
    # month closes the date, the title follows it
    pubs = imported_site(tmp_path / "page", {"index.md": (
        "# Mira Holt\n\nI model how trams fill up at rush hour.\n\n## Publications\n\n"
        "1. Zhang, L., **Holt, M.**, Liu, K. and Xiong, C., 2024, October. Flooded streets and how people move "
        "around them. In 2024 IEEE Conference on Humane Technology (CHT) (pp. 424-430). IEEE.\n"
        "2. **Holt, M.**, Berg, T., 2021. Counting riders on crowded trams with door sensors. Journal of Urban "
        "Transit, 12, pp.1-20.\n")}).publications
    assert [p.title for p in pubs] == ["Flooded streets and how people move around them",
                                       "Counting riders on crowded trams with door sensors"]
    assert pubs[0].year == 2024


def test_a_link_inside_a_sentence_of_research_prose_is_no_title(tmp_path: Path):
    # jemdoc's research page: "== Robust sorting" over a paragraph that links a term mid-sentence ("... used in
    # areas such as [load balancing](wiki). The goal is ..."); the paragraph is prose, its link no paper's title
    pubs = imported_site(tmp_path / "site", {
        "index.jemdoc": "# jemdoc: menu{MENU}{index.html}\n= Oren Galt\n\nI study fast sorting.\n",
        "research.jemdoc": (
            "# jemdoc: menu{MENU}{research.html}\n= Research\n\n== Robust sorting\n"
            "Sorting with unreliable comparisons has drawn much interest lately, and is used in areas such as "
            "[https://en.wikipedia.org/wiki/Load_balancing load balancing]. The goal is to recover the true order "
            "of a list when an adversary may flip a small fraction of the answers it is given. We gave a method "
            "that needs no bound on that fraction.\n"),
        "publications.jemdoc": (
            "# jemdoc: menu{MENU}{publications.html}\n= Publications\n\n"
            "- O. Galt and A. Lee, [https://example.org/a Sorting when comparisons lie], /Journal of Algorithms/, "
            "2023.\n")}).publications
    assert [p.title for p in pubs] == ["Sorting when comparisons lie"]


def test_a_bold_label_over_the_owners_profile_links_is_no_paper(tmp_path: Path):
    # an about page's list of bold labels: "**Research**" then "**Contact info and accounts**" over "[Google
    # Scholar](scholar...)" and "[GitHub](...)": the link labels are no paper's authors, the label no title
    prof = imported_site(tmp_path / "page", {"index.md": (
        "# Tova Rask\n\n## About\nSome facts about me.\n\n"
        "- **Current position**\n  - Assistant Professor at [Lake University](https://example.edu/)\n"
        "- **Research**\n  - In short: I evolve small programs to study how traits arise, over timescales that are "
        "hard to watch in nature.\n  - [More on my research page!](research.html)\n\n"
        "- **Contact info and accounts**\n  - Email: tova@example.edu\n"
        "  - [Google Scholar](https://scholar.google.com/citations?user=abcDEF123)\n"
        "  - [GitHub](https://github.com/tova-rask)\n")})
    assert prof.publications == []
