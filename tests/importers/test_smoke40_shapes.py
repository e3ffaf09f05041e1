"""Shapes of real homepages that the smoke set of stop 40 misread (issues 7 and 8), as small synthetic sites in our
own words."""

from __future__ import annotations

from .sitefiles import academicpages_home, imported_site


def test_a_paper_document_with_only_a_citation_in_its_front_matter(tmp_path):
    # academicpages' _publications/*.md whose front matter has no title, date nor venue: only "citation:", the
    # owner underlined, the title in italics; the year is the file name's and the citation's
    cite = ("'<u>Nora Quist</u>, Piet Alder, and Sami Ruud.<i> Counting gulls on windy shores</i>. "
            "In 2019 Conference on Coastal Birds, 12–20. Coastal Press, 2019.'")
    profile = imported_site(tmp_path / "site", {
        **academicpages_home("Nora Quist", "Nora Quist counts birds.\n"),
        "_publications/2019-gulls.md": f"---\ncollection: publications\npaperurl: '/files/gulls.pdf'\n"
                                       f"citation: {cite}\n---\n",
        "_publications/2021-terns.md": "---\ncollection: publications\ncitation: 'Piet Alder and <u>Nora Quist</u>."
                                       "<i> Terns in the fog</i>. Journal of Shore Life, 2021.'\n---\n",
    })
    works = sorted((p.title, p.year, [a.name for a in p.authors]) for p in profile.publications)
    assert works == [("Counting gulls on windy shores", 2019, ["Nora Quist", "Piet Alder", "Sami Ruud"]),
                     ("Terns in the fog", 2021, ["Piet Alder", "Nora Quist"])]


def test_an_author_block_naming_its_owner_in_one_script_per_key(tmp_path):
    # an AcadHomepage variant: no "name:", an empty "english_name:" beside "chinese_name:"; the about page only
    # pulls in its fragments ("{% include_relative includes/intro.md %}"), which the configured owner's site reads
    profile = imported_site(tmp_path / "site", {
        "_config.yml": "title: Homepage\nauthor:\n  english_name:\n  chinese_name: \"林晓雨\"\n"
                       "  employer: \"北岸大学\"\n  email: \"lin@example.edu\"\n",
        "_pages/about.md": "---\npermalink: /\n---\n{% include_relative includes/intro.md %}\n\n"
                           "{% include_relative includes/honors.md %}\n",
        "_pages/includes/intro.md": "# 简介\n\n林晓雨，北岸大学法学院讲师。\n",
        "_pages/includes/honors.md": "# 🏆 Honors and Awards\n\n- 青年教师教学竞赛一等奖（2024）\n",
    })
    assert profile.person.name == "林晓雨"
    assert [a.name for a in profile.person.affiliations][:1] == ["北岸大学"]
    assert [a.year for a in profile.awards] == [2024]


def test_an_author_block_with_a_name_in_english_and_in_chinese(tmp_path):
    profile = imported_site(tmp_path / "site", {
        "_config.yml": "author:\n  chinese_name: \"林晓雨\"\n  english_name: \"Xiaoyu Lin\"\n",
        "_pages/about.md": "---\npermalink: /\n---\n\nI teach law at Northshore University.\n",
    })
    assert (profile.person.name, profile.person.alternate_names) == ("Xiaoyu Lin", ["林晓雨"])


def test_an_eleventy_site_under_src_site_with_its_papers_in_a_data_file(tmp_path):
    # Eleventy's input folder two levels down ("src/site/"), nothing at the root: its pages are Nunjucks loops,
    # the papers only in "_data/publication.json" (a list per kind), the owner in "_data/metadata.json"
    papers = ('{"articles": [{"authors": ["R. Okafor", "L. Sand"], "title": "Tides of the inner delta",'
              ' "journal": "Journal of Rivers", "date": "2020-05"}],'
              ' "proceedings": [{"authors": ["M. Berg", "R. Okafor"], "title": "Mapping silt with drones",'
              ' "journal": "Proc. of the Delta Workshop", "date": "2018-09"}]}')
    profile = imported_site(tmp_path / "repo", {
        "src/site/_data/metadata.json": '{"title": "Ruth Okafor", "author": {"name": "Ruth Okafor"}}',
        "src/site/_data/publication.json": papers,
        "src/site/index.md": "---\ntitle: Ruth Okafor\nlayout: layouts/base.njk\n---\n\n"
                             "I am a PhD candidate in Geography, Lakeside University.\n",
        "src/site/publication.md": "---\ntitle: publications\n---\n\n## journal papers\n\n"
                                   "{% for paper in publication.articles -%}\n<li>\"{{ paper.title }}\"</li>\n"
                                   "{% endfor -%}\n",
    })
    assert profile.person.name == "Ruth Okafor"
    assert sorted((p.title, p.year) for p in profile.publications) == [
        ("Mapping silt with drones", 2018), ("Tides of the inner delta", 2020)]


def test_a_numbered_list_of_chinese_citations_with_the_journal_in_title_marks(tmp_path):
    # "题目，《期刊》2023年第2期，CSSCI;": the owner's own papers, no byline; the journal between title marks, its
    # issue and an index's tag after it
    profile = imported_site(tmp_path / "site", {
        "README.md": "# 林晓雨\n\n林晓雨，北岸大学法学院讲师。\n\n## 论文\n\n"
                     "1. 海岸湿地保护的立法路径，《北岸法学》2023年第2期，CSSCI;\n"
                     "2. 渔业资源的公共信托理论，《海洋法评论》2019年第4期；\n",
    })
    assert [(p.title, p.year, p.venue) for p in profile.publications] == [
        ("海岸湿地保护的立法路径", 2023, "北岸法学"), ("渔业资源的公共信托理论", 2019, "海洋法评论")]


def test_online_contributions_are_no_papers(tmp_path):
    # a long CV page: its "Online Contributions" are blog posts and podcast guest spots ("Guest"), not works
    page = ("<html><body><h1>Ines Barros</h1><p>Ines Barros is a research scientist at Norland Labs.</p>"
            "<h4>Journal Articles</h4>"
            "<p>J2. <a href='j2.pdf'>Sparse models of river flow</a>. Ines Barros and Tom Vale. "
            "Journal of Hydrology, 2021.</p>"
            "<p>J1. <a href='j1.pdf'>Rain gauges that learn</a>. Ines Barros. Water Letters, 2019.</p>"
            "<h4>Online Contributions</h4>"
            "<p>O2. <a href='https://example.org/pod'>Guest</a>. Ines Barros. The Data Podcast, May 2, 2022.</p>"
            "<p>O1. <a href='https://example.org/blog'>Why rivers need models</a>. Ines Barros. "
            "Norland Labs Blog, March 3, 2021.</p></body></html>")
    profile = imported_site(tmp_path / "site", {"index.html": page})
    assert sorted(p.title for p in profile.publications) == ["Rain gauges that learn", "Sparse models of river flow"]


def test_a_pointer_in_the_owners_voice_and_an_eyebrow_label_are_no_workplaces(tmp_path):
    # "For a deeper insight into my research, please refer to my <a>google scholar</a>": a sentence whose words
    # hold "research"; "Research output", a small label over the list of papers: neither is an organisation
    page = ("<html><body><main><section><h1><strong>Ada</strong> Lind</h1><p class='sub'>Ph.D. Candidate</p></section>"
            "<div class='bio'><p>I am a Ph.D. student in the Department of Physics at "
            "<a href='https://nu.example.edu/'>Northshore University</a>. I study magnets.</p></div>"
            "<div class='note'><p>For a deeper insight into my research, please refer to my "
            "<a href='https://scholar.google.com/citations?user=abcdefAAAAAJ'>google scholar</a>.</p></div>"
            "<section><div class='eye'>Research output</div><h2>Selected publications</h2>"
            "<ul><li>Ada Lind, Bo Ng. Magnets at rest. Phys. Rev. B, 2021.</li></ul></section></main></body></html>")
    profile = imported_site(tmp_path / "site", {"index.html": page})
    assert [a.name for a in profile.person.affiliations] == ["Northshore University"]
    assert [p.title for p in profile.publications] == ["Magnets at rest"]


_MARKDOWN_LIST = """---
title: Publications
---

# Preprints

1. **H-T Moreau**, KL Dunn,  
   _A fast simulator of lattice fermions_  
   [arXiv:2606.01234 (2026)](https://arxiv.org/abs/2606.01234)

# Thesis

2. **H-T Moreau**,  
   _Quantum simulation with tunnel-coupled atoms_  
   Ph.D. Thesis, Lakeside University (2026)
"""


def _moreau_works(tmp_path):
    profile = imported_site(tmp_path / "site", {
        "_config.yml": "name: Haotian Moreau\nauthor:\n  name: Haotian Moreau\n",
        "index.md": "---\nlayout: single\n---\n\nI study cold atoms at Lakeside University.\n",
        "pub.md": _MARKDOWN_LIST,
    })
    return {p.title: p for p in profile.publications}


def test_a_preprint_dated_only_in_its_arxiv_link(tmp_path):
    # "[arXiv:2606.01234 (2026)](...)": the link names the server, the identifier and the year
    pub = _moreau_works(tmp_path)["A fast simulator of lattice fermions"]
    assert (pub.year, pub.arxiv) == (2026, "2606.01234")


def test_a_thesis_whose_author_line_is_the_owner_alone_as_the_papers_write_them(tmp_path):
    # "**H-T Moreau**," for Haotian Moreau: the owner's given name's syllables as initials, alone on the line
    works = _moreau_works(tmp_path)
    thesis = works["Quantum simulation with tunnel-coupled atoms"]
    assert ([a.name for a in thesis.authors], thesis.year) == (["H-T Moreau"], 2026)
    assert "H-T Moreau" not in works


def test_a_thesis_whose_title_line_opens_with_its_kind(tmp_path):
    # 'Master thesis: "Title,"' over the school and the year: the label is the kind of work, not the title's
    profile = imported_site(tmp_path / "site", {
        "README.md": "# Ivo Brandt\n\nI am an associate professor at Lakeside University.\n\n## Theses\n\n"
                     "- Master thesis: \"Faster Algorithms for Sparse Matrices,\u201d\n\n"
                     "  Lakeside University, 2013, supervised by Ana Ruiz.\n\n"
                     "- Doctoral dissertation: \"Submodular Methods for Sensing,\"\n\n"
                     "  Graduate School of Information Science, Hillview University, 2016.\n",
    })
    assert [(p.title, p.year, p.venue_type) for p in profile.publications] == [
        ("Faster Algorithms for Sparse Matrices", 2013, "thesis"), ("Submodular Methods for Sensing", 2016, "thesis")]
