"""Page shapes met in batch 46c, in synthetic form: a theme-less Jekyll site whose section pages sit in a folder of
their own, each served at an address its front matter gives (``pages/news.md`` with ``permalink: /news/``); a
page of news reports headed "新闻报道"; Chinese citations (GB/T 7714) closing their names with "等" (et al.); an
education list in Chinese whose lines end with the degree ("计算机博士")."""

from __future__ import annotations

from kg.importers import import_path

from .sitefiles import write_site

_CONFIG = "title: 林静的主页\nowner:\n  name: 林静\n  email: lin@example.org\n"

_HOME = """---
layout: page
---

# 主页

## 关于我

我是一名视觉算法工程师，关注工业图像检测。
"""

_NEWS = """---
layout: page
permalink: /news/index.html
title: 新闻报道
---
## 新闻报道
**2024-05-06** 我们的检测系统在行业大会上发布。[链接](https://example.org/n/1)  
**2023-11-20** 团队的缺陷检测模型被报纸报道。[链接](https://example.org/n/2)  
"""

_HONORS = """---
layout: page
permalink: /honors/index.html
title: 所获荣誉
---
## 竞赛奖项

- 2023 图像识别挑战赛 二等奖
- 2022 工业视觉大赛 优秀奖
"""


def test_a_themeless_jekyll_site_reads_the_section_pages_its_own_folder_serves(tmp_path):
    # "pages/news.md" with "permalink: /news/index.html": Jekyll serves it as the site's news page, linked or not
    site = write_site(tmp_path / "site", {"_config.yml": _CONFIG, "index.md": _HOME,
                                          "pages/news.md": _NEWS, "pages/honors.md": _HONORS})
    profile = import_path(site).profile
    assert profile.person.name == "林静"
    assert [n.date for n in profile.news] == ["2024-05-06", "2023-11-20"]
    assert len(profile.awards) == 2


def test_news_reports_in_chinese_head_news_and_prizes_head_awards():
    from kg.importers.common import section_kind

    # "新闻报道" (news reports) is news, as "News Coverage" is; "媒体报道" (media coverage) stays press
    assert section_kind("新闻报道") == "news"
    assert section_kind("媒体报道") == "press"
    assert section_kind("竞赛奖项") == "awards"


def test_a_chinese_citation_closing_its_names_with_deng_reads_it_as_et_al(tmp_path):
    page = tmp_path / "papers.md"
    page.write_text("# 林静\n\n## 论文\n"
                    "[1]**林静**,等.一种焊缝图像的分割方法[J].自动化技术,2021,(3):10-15.  \n"
                    "[2]周立,**林静**,等.边缘设备上的图像压缩研究[J].计算机应用,2020,(7):1-6.  \n"
                    "[3]赵阳,**林静**.工业图像异常检测综述[J].计算机工程,2022,(2):30-36.  \n",
                    encoding="utf-8")
    pubs = import_path(page).profile.publications
    assert [p.title for p in pubs] == ["一种焊缝图像的分割方法", "边缘设备上的图像压缩研究", "工业图像异常检测综述"]
    assert [[a.name for a in p.authors] for p in pubs] == [["林静"], ["周立", "林静"], ["赵阳", "林静"]]
    assert [p.authors_truncated for p in pubs] == [True, True, False]
    assert [p.venue for p in pubs] == ["自动化技术", "计算机应用", "计算机工程"]


def test_an_education_list_in_chinese_reads_the_degree_that_ends_its_line(tmp_path):
    page = tmp_path / "index.md"
    page.write_text("# 林静\n\n## 教育经历\n\n### **北江大学**\n\n计算机博士 <span>2020.09-至今</span>\n\n"
                    "### **南湖理工大学**\n\n应用物理学士 <span>2012.09-2016.06</span>\n", encoding="utf-8")
    education = import_path(page).profile.person.education
    assert [(e.degree, e.institution) for e in education] == [("博士", "北江大学"), ("学士", "南湖理工大学")]


_CV = """---
sidebar_position: 2
title: About Me
---

# Ana Roe Lind

## Overview

Researcher at [Inland University](https://inland.example.org) working on build systems.

### Publications

#### 2024
1. **Roe Lind A.**, Kim B., Moss C., [**Diffing build scripts of many kinds**](https://x.example.org/p1), 21st Conference on Mining Things (**MCT**) Tools Track, 2024.
   - [Tool Repository](https://github.com/aroelind/differ)
   - [Slides](https://slides.example.org/differ)

#### 2023
1. Kim B., Moss C., **Roe Lind A.**, [**The workflow automation landscape**](https://x.example.org/p3), Software Landscapes: Tools and Analyses, Book chapter, Springer, 2023.
2. **Roe Lind A.**, Kim B., [**A first look at workflow changes**](https://x.example.org/p2), Seminar on Tools for Evolution (**STE**), 2023.

## Research Certificates and Awards

### Certificates
- [Statistics for Everyone](../static/certs/stats.pdf)
- [Python Basics](../static/certs/python.pdf)

### Awards
- [MCT 2024 Best Tool Award](../static/certs/award.pdf)

## Social Media

- [GitHub](https://github.com/aroelind)
"""


def test_a_docusaurus_site_reads_the_cv_its_docs_folder_serves(tmp_path):
    # Docusaurus' classic preset serves "docs/": the CV page there is the owner's, its person and its works
    site = write_site(tmp_path / "site", {
        "docusaurus.config.ts": 'const config = {\n  title: "Ana Roe Lind",\n  url: "https://aroelind.example.org",\n'
                                '  baseUrl: "/",\n};\nexport default config;\n',
        "src/pages/index.tsx": "export default function Home() { return <Layout title={siteConfig.title} />; }\n",
        "docs/CV.md": _CV})
    profile = import_path(site).profile
    assert profile.person.identifiers.get("github") == "aroelind"
    assert [a.name for a in profile.person.affiliations][:1] == ["Inland University"]
    assert len(profile.publications) == 3
    assert [a.name for a in profile.awards] == ["MCT 2024 Best Tool Award"]


def test_a_family_name_of_two_words_written_first_is_the_owner(tmp_path):
    # "Roe Lind A." for Ana Roe Lind (a reference list's order, family name first): the owner, not a title in bold
    page = tmp_path / "cv.md"
    page.write_text(_CV, encoding="utf-8")
    pubs = import_path(page).profile.publications
    assert [p.title for p in pubs] == ["Diffing build scripts of many kinds", "The workflow automation landscape",
                                       "A first look at workflow changes"]
    assert [[a.is_self for a in p.authors] for p in pubs] == [[True, False, False], [False, False, True], [True, False]]
    # the bold linked title before the venue's colon ("Software Landscapes: Tools and Analyses") is the title; the
    # sub-item "[Tool Repository]" is the work's code, no title
    assert pubs[1].venue.startswith("Software Landscapes: Tools and Analyses")
    assert pubs[0].links.get("code") == "https://github.com/aroelind/differ"
    assert pubs[0].links.get("slides") == "https://slides.example.org/differ"
    assert [p.venue for p in pubs][2] == "STE"


def test_certificates_are_a_section_of_their_own_no_works():
    from kg.importers.common import section_kind

    assert [section_kind(h) for h in ("Certificates", "Industry Certificates", "Licenses & Certifications")] == \
        ["certificates"] * 3


def test_the_owner_who_goes_by_a_short_given_name_is_found_under_the_full_one():
    from kg.importers.common import owner_variant
    from kg.model import Author
    from kg.importers.common import mark_owner

    authors = [Author(name="Ivo Brandt"), Author(name="Christopher S. Vale")]
    assert mark_owner(authors, "Chris Vale") == 1
    assert not owner_variant("Christina Vale", "Chris Vale")  # another given name, not his
    assert not owner_variant("Christopher Moss", "Chris Vale")


def test_a_jekyll_footer_include_gives_the_profiles_it_links_written_out(tmp_path):
    # the site's own _includes/footer.html links the owner's Scholar and (old-style) LinkedIn profiles with their
    # addresses written out; the configured GitHub account is filled in by Liquid and a theme credit links a project
    footer = ('<footer><ul>\n'
              '<li><a href="https://github.com/{{ site.github_username }}">GitHub</a></li>\n'
              '<li><a href="https://uk.linkedin.com/pub/ivo-brandt/12/ab3/c4d">LinkedIn</a></li>\n'
              '<li><a href="https://scholar.google.co.uk/citations?user=AbCdEf0AAAAJ&hl=en">Scholar</a></li>\n'
              '<!-- <li><a href="https://orcid.org/0000-0002-1825-0097">ORCID</a></li> -->\n'
              '<li>Theme by <a href="https://github.com/someone/some-theme">some-theme</a></li>\n'
              '</ul></footer>\n')
    site = write_site(tmp_path / "site", {
        "_config.yml": "title: Ivo Brandt\nname: Ivo Brandt\ngithub_username: ivobrandt\n",
        "_includes/footer.html": footer,
        "_bibliography/papers.bib": "@article{b1, title={Wave tanks}, author={Brandt, Ivo}, journal={Fluids}, year={2020}}\n",
        "index.md": "---\nlayout: default\n---\n\nI am a lecturer in fluid dynamics at Northfield University.\n"})
    ids = import_path(site).profile.person.identifiers
    assert ids.get("github") == "ivobrandt"
    assert ids.get("linkedin") == "ivo-brandt"
    assert ids.get("google_scholar") == "AbCdEf0AAAAJ"
    assert "orcid" not in ids  # (commented out)


def test_a_post_said_after_what_the_owner_does_is_their_position(tmp_path):
    # "I research, teach, and build software as Senior Systems Faculty in ... at X": the verbs, "as", the post
    page = tmp_path / "index.md"
    page.write_text("# Ivo Brandt\n\nI research, teach, and build tools as Senior Systems Faculty in the Wave Institute "
                    "within the School of Engineering at Northfield University. My interests are in wave tanks.\n",
                    encoding="utf-8")
    person = import_path(page).profile.person
    assert person.job_title == "Senior Systems Faculty"
    assert [a.name for a in person.affiliations] == ["Northfield University"]


def test_a_career_line_in_chinese_names_an_engineer_post_and_its_unit(tmp_path):
    # "高级研发工程师 人工智能研究所 2019.11-至今" (senior R&D engineer, AI institute, since 2019.11): the post, the unit,
    # and the dates with their months no part of the unit's name
    page = tmp_path / "index.md"
    page.write_text("# 林静\n\n## 工作经历\n\n### **北江软件**\n\n高级研发工程师 人工智能研究所 <span>2019.11-至今</span>\n\n"
                    "负责视觉方案。\n", encoding="utf-8")
    person = import_path(page).profile.person
    assert person.job_title == "高级研发工程师"
    assert [(a.name, a.role, a.current) for a in person.affiliations] == [("人工智能研究所", "高级研发工程师", True)]


def test_a_bio_in_chinese_says_where_the_owner_works_now(tmp_path):
    # "曾就职于百度" (once worked at Baidu) is past; "2019年就职于X公司" (employed at X since 2019) is the workplace
    page = tmp_path / "index.md"
    page.write_text("# 林静\n\n## 关于我\n\n北江大学在职博士，曾就职于南湖网络。2019年就职于上海北江软件股份有限公司，"
                    "专注于工业视觉方向。\n", encoding="utf-8")
    person = import_path(page).profile.person
    assert [(a.name, a.start_year) for a in person.affiliations] == [("上海北江软件股份有限公司", 2019)]
    assert person.description.startswith("北江大学在职博士")


def test_a_repository_link_is_the_works_code():
    from kg.importers.common import link_kind

    assert link_kind("Tool Repository", "https://example.org/t") == "code"
    assert link_kind("Repo", "https://example.org/t") == "code"
    assert link_kind("Data Repository", "https://example.org/d") == "data"


def test_a_styled_title_before_a_colon_of_the_venue_is_the_title(tmp_path):
    # "A, B, **[Title](url)**, Book Series: Subtitle, Book chapter, 2023": the colon is the venue's, not the names'
    page = tmp_path / "papers.md"
    page.write_text("# Ana Roe\n\n## Publications\n\n"
                    "1. Kim B., Moss C., **Roe A.**, [**The workflow automation landscape**](https://x.example.org/p3), "
                    "Software Landscapes: Tools and Analyses, Book chapter, Springer, 2023.\n"
                    "2. **Roe A.**, Kim B., [**A first look at workflow changes**](https://x.example.org/p2), "
                    "Seminar on Tools for Evolution (**STE**), 2023.\n", encoding="utf-8")
    pubs = import_path(page).profile.publications
    assert pubs[0].title == "The workflow automation landscape"
    assert [a.name for a in pubs[0].authors] == ["Kim B", "Moss C", "Roe A"]
