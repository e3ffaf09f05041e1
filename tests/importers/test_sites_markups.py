"""Page markups the markdown reader reads once rewritten as markdown on the same lines: Org-mode sources (a
folder of ``.org`` pages published with ox-html) and reStructuredText pages (Pelican, Sphinx) whose links are
references to targets written elsewhere on the page. Each fixture is a small invented site written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.importers import import_path
from kg.importers.base import ImportOptions, SourceDoc
from kg.importers.document import jemdoc_to_markdown
from kg.importers.page.parse import parse_markdown_page
from kg.importers.site import pages
from tests.importers.sitefiles import write_site, write_site as _write


def _org(text: str) -> SourceDoc:
    return pages.org_view(SourceDoc(Path("page.org"), text))


def test_org_markup_reads_as_markdown_on_the_same_lines():
    view = _org("#+TITLE: Ada Quill\n#+OPTIONS: toc:nil\n* Papers\n:PROPERTIES:\n:CUSTOM_ID: papers\n:END:\n"
                "- /Tide Tables/, with [[https://ex.org/b][Bo Lund]] =2020=\n"
                "  1) first [[file:a.pdf][pdf]]\n"
                "# a comment\n"
                "** Hidden :noexport:\n- not shown\n"
                "** COMMENT Draft\n- not shown either\n"
                "* Contact\n| Email | ~ada@ex.org~ |\n#+BEGIN_EXPORT html\n<b>raw</b>\n#+END_EXPORT\n"
                "#+BEGIN_SRC sh\nscp x ada@host.example.org:\n#+END_SRC\n")
    lines = view.text.split("\n")
    assert len(lines) == 22  # line for line
    assert lines[0] == "# Ada Quill" and lines[2] == "## Papers"
    assert lines[6] == "- *Tide Tables*, with [Bo Lund](https://ex.org/b) `2020`"
    assert lines[7] == "  1. first [pdf](a.pdf)"
    assert "not shown" not in view.text and "Hidden" not in view.text and "Draft" not in view.text
    assert lines[13] == "## Contact" and "`ada@ex.org`" in lines[14] and lines[16] == "<b>raw</b>"
    # what ox-html does not show is no data of the page
    assert {2, 4, 5, 6, 9, 10, 11, 12, 13, 16, 18, 19, 20, 21} <= view.ignored and "scp" not in view.text


def test_org_link_over_two_lines_and_macros_and_minlevel():
    view = _org("#+MACRO: venue /$1/ (in press)\n** Older\nAt the [[https://ex.org/u][Lowmoor\nInstitute]] "
                "{{{venue(Sea Notes)}}}\n")
    assert view.text.split("\n")[2:4] == ["At the [Lowmoor", "Institute](https://ex.org/u) *Sea Notes* (in press)"]
    # included at ":minlevel 3" under a titled page: the file's top headings are <h4>
    assert pages.org_view(SourceDoc(Path("p.org"), "* A paper title\n"), minlevel=3).lines == ["#### A paper title"]



def test_an_org_macro_expanding_to_an_html_link_keeps_its_address_whole():
    """'#+MACRO: LINK @@html:<a href=$1>$2</a>@@' used with a web address, '{{{LINK("https://x.org/a", News.)}}}': the
    address is the HTML link's, not an autolink written inside its attribute (a bare address elsewhere still is)."""
    view = _org('#+MACRO: LINK @@html:<a href=$1>$2</a>@@\n- Tanks {{{LINK("https://news.example.org/tanks-1", '
                'Press release.)}}} see https://ex.org/t\n')
    assert view.text.split("\n")[1] == ('- Tanks <a href="https://news.example.org/tanks-1">Press release.</a> see '
                                         '<https://ex.org/t>')


def test_org_quotes_tables_fixed_width_rules_and_other_back_ends():
    # Org syntax none of the measured pages uses: a quote block, another back-end's export block, a table with a
    # rule under its head row and one between body rows, a fixed-width line, a horizontal rule, a term :: text item
    view = _org("#+BEGIN_QUOTE\nSlow tides\n\n#+END_QUOTE\n#+BEGIN_EXPORT latex\n\\newpage\n#+END_EXPORT\n"
                "| Year | Prize |\n|------+-------|\n| 2021 | Gull Medal |\n|------+-------|\n"
                ": kept as written\n-----\n- Cruise :: the North Sea\n")
    lines = view.text.split("\n")
    assert len(lines) == 15  # line for line
    assert lines[1:3] == ["> Slow tides", ">"] and 6 in view.ignored and "newpage" not in view.text
    assert lines[7:11] == ["| Year | Prize |", "| --- | --- |", "| 2021 | Gull Medal |", ""] and 11 in view.ignored  # (1-based)
    assert lines[11:14] == ["    kept as written", "***", "- **Cruise**: the North Sea"]


def test_org_link_kinds_doi_image_bare_address_and_links_inside_the_document():
    # a doi: link, an image with no label (shown, no text), a bare address, a link to a heading, a site-defined
    # link type (shown as its text)
    view = _org("- [[doi:10.1/clay][DOI]] [[file:gull.png]] [[https://ex.org/a]] [[#papers][above]] [[sc:J. Fin.]]\n")
    assert view.text == "- [DOI](https://doi.org/10.1/clay)  <https://ex.org/a> above *J. Fin.*\n"

_ORG_HOME = ("#+TITLE: Ada Quill\n#+AUTHOR: Ada Quill\n#+EMAIL: ada.quill@lowmoor.example.edu\n"
             "#+OPTIONS: toc:nil email:t\n\nReader in Oceanography\\\\\n[[https://lowmoor.example.edu][Lowmoor University]]\n\n"
             "[[https://github.com/adaquill][GitHub]]\n\n"
             "* Publications\n:PROPERTIES:\n:CUSTOM_ID: pubs\n:END:\n#+INCLUDE: papers.org\n\n"
             "* Teaching :noexport:\n#+INCLUDE: teaching.org\n")
_ORG_PAPERS = ("- Ada Quill, Bo Lund. Tides over warm shelves. /Journal of Sea Notes/, 2021. "
               "[[https://doi.org/10.1234/tides.1][DOI]]\n"
               "- Bo Lund, Ada Quill. Salt fingers in cold basins. /Ocean Letters/, 2019.\n")


def test_a_folder_of_org_sources_is_a_site_read_with_its_includes(tmp_path):
    # index.org names the owner (#+TITLE/#+AUTHOR) and their address (#+EMAIL); the publications are in a file
    # #+INCLUDE:d under a "Publications" heading; a subtree tagged :noexport: is not on the page
    site = _write(tmp_path, {"index.org": _ORG_HOME, "papers.org": _ORG_PAPERS,
                             "teaching.org": "- Ada Quill, Ben Ray. Notes on a course. /Class Notes/, 2018.\n"})
    result = import_path(site)
    profile = result.profile
    assert profile.source.format == "org"
    assert profile.person.name == "Ada Quill" and profile.person.email == "ada.quill@lowmoor.example.edu"
    assert profile.person.identifiers.get("github") == "adaquill"
    assert [p.title for p in profile.publications] == ["Tides over warm shelves", "Salt fingers in cold basins"]
    assert profile.publications[0].links.get("doi") == "https://doi.org/10.1234/tides.1"
    # without "email:t" ox-html does not show #+EMAIL (Emacs fills it in with the machine's user)
    (tmp_path / "index.org").write_text(_ORG_HOME.replace(" email:t", ""), encoding="utf-8")
    assert import_path(site).profile.person.email is None


def test_org_sources_beside_their_html_export_leave_the_site_to_the_html(tmp_path):
    # the exported pages are what visitors read: the HTML site reader takes the folder
    site = _write(tmp_path, {"org/index.org": _ORG_HOME, "org/papers.org": _ORG_PAPERS,
                             "index.org": _ORG_HOME, "papers.org": _ORG_PAPERS,
                             "index.html": "<html><body><h1>Ada Quill</h1><p>Reader in Oceanography at Lowmoor "
                                           "University.</p></body></html>\n"})
    assert import_path(site).profile.source.format == "html-site"  # (any reader but the Org one passed "!= org")


@pytest.mark.parametrize("build", ["public", "www", "dist"])
def test_org_sources_whose_export_is_in_a_build_folder_leave_the_site_to_the_html(tmp_path, build):
    # the export in any of the folders a site's pages are served from (files.BUILD_DIRS; the Org reader had its own
    # shorter list, without www/ and dist/)
    site = _write(tmp_path, {"index.org": _ORG_HOME, "papers.org": _ORG_PAPERS,
                             f"{build}/index.html": "<html><body><h1>Ada Quill</h1><p>Reader in Oceanography at "
                                                    "Lowmoor University.</p></body></html>\n"})
    profile = import_path(site).profile
    # the served page is the site (its papers.org, an export's source, gives no works)
    assert (profile.source.format, profile.publications) == ("html-site", [])


_ORG_WORKS = """#+TITLE: List of works of Quill A.
#+AUTHOR: Quill A.
#+PROPERTY: header-args:bibtex :tangle quill.bib

* Chapters

** Tides over warm shelves
   :PROPERTIES:
   :Year:     2019
   :END:

#+BEGIN_SRC bibtex
  @InCollection{quill-tides,
   author    = {Quill, A. and Lund, B.},
   crossref  = {shelf-handbook-2019},
   title     = {Tides over warm shelves},
   pages     = {10--20},
  }
#+END_SRC

** The handbook

#+BEGIN_SRC bibtex
  @Collection{shelf-handbook-2019,
   title     = {Handbook of Shelf Seas},
   editor    = {Ray, B.},
   publisher = {Lowmoor Press},
   year      = {2019},
  }
#+END_SRC

* Articles

#+BEGIN_SRC bibtex
  @Article{quill-salt,
   author    = {Quill, A.},
   title     = {Salt fingers in cold basins},
   journal   = {Ocean Letters},
   year      = {2021},
  }
#+END_SRC
"""


def test_an_org_document_of_ones_works_kept_as_bibtex_source_blocks(tmp_path):
    # a repository whose one Org document (no index.org; a README about the repository, a second Org file of talks)
    # lists its author's works as headings, each with its BibTeX entry in a source block it tangles to a
    # bibliography: the document is the owner's, its entries the works; a chapter takes the year and the title of
    # the volume its crossref names, and that edited volume is no work of its own
    site = _write(tmp_path, {"quill.org": _ORG_WORKS,
                             "quill.talks.org": "#+TITLE: Talks of Quill A.\n#+AUTHOR: Quill A.\n\n* Talks\n",
                             "README.md": "# works\n\nMy list of works, tangled to a bibliography.\n"})
    profile = import_path(site).profile
    assert profile.source.format == "org"
    assert profile.person.name == "Quill A."
    assert [(p.title, p.year, p.venue) for p in profile.publications] == [
        ("Tides over warm shelves", 2019, "Handbook of Shelf Seas"), ("Salt fingers in cold basins", 2021, "Ocean Letters")]
    assert [a.is_self for a in profile.publications[0].authors] == [True, False]


_QUARTO_CARDS = """---
title: "Publications"
---

## Articles

::: {.pub-grid}

::: {.pub-card}
![](images/tides.jpg)

::: {.pub-entry}

**Tides over warm shelves.**

Lund, Bo , **Quill, Ada**, Roe, Cy

*Ocean Letters* · 2022

[doi.org/10.1234/tides.1](https://doi.org/10.1234/tides.1){.doi-link}

:::

:::

::: {.pub-card}

::: {.pub-entry}

**Salt fingers in cold basins.**

**Quill, Ada**, Lund, Bo

*Sea Notes* · 2021

:::

:::

:::
"""


def test_a_quarto_pages_cards_of_papers_in_fenced_divs_are_one_entry_each(tmp_path):
    # Pandoc writes each "::: {.pub-card}" as a <div> around its blocks: the card's paragraphs (title, authors in
    # "Family, Given" pairs, venue and year, link) are one paper, as the same card in a page's own HTML is; before,
    # the fences were blank lines and the paragraphs, each alone, no paper at all
    site = _write(tmp_path, {"_quarto.yml": "website:\n  title: Ada Quill\n", "index.qmd": "---\ntitle: Ada Quill\n---\n\nHello.\n",
                             "publications.qmd": _QUARTO_CARDS})
    profile = import_path(site).profile
    assert [(p.title, [a.name for a in p.authors], p.venue, p.year) for p in profile.publications] == [
        ("Tides over warm shelves", ["Bo Lund", "Ada Quill", "Cy Roe"], "Ocean Letters", 2022),
        ("Salt fingers in cold basins", ["Ada Quill", "Bo Lund"], "Sea Notes", 2021)]
    assert profile.publications[0].links.get("doi") == "https://doi.org/10.1234/tides.1"


def test_a_quarto_home_page_naming_the_sites_owner_with_a_middle_name_keeps_the_fuller_name(tmp_path):
    # the site is titled "Dr. Ada Quill Roe", its home page "Dr. Ada Maren Quill Roe", the papers write the owner
    # "Quill Roe, Ada Maren": the home page's own name is the owner's (the title names the same person, a middle
    # name left out), not a coauthor's the title must overrule
    site = _write(tmp_path, {
        "_quarto.yml": 'website:\n  title: "Dr. Ada Quill Roe"\n  page-footer:\n    center: "(c) Ada Quill Roe"\n',
        "index.qmd": '---\ntitle: "Dr. Ada Maren Quill Roe"\n---\n\n## About\n\nI study tides.\n',
        "publications.qmd": _QUARTO_CARDS.replace("Quill, Ada", "Quill Roe, Ada Maren")})
    profile = import_path(site).profile
    assert profile.person.name == "Ada Maren Quill Roe"
    assert [a.is_self for a in profile.publications[0].authors] == [False, True, False]


def test_rst_references_substitutions_and_auto_numbered_items():
    text = ("Publications\n############\n\n"
            "+--------------+\n| |scholar|    |\n+--------------+\n\n"
            "#. A. Quill, B. Lund. Tides over warm shelves.  \n   J. Sea Notes 3:12, 2021. `[PDF]`__ - `[DOI]`__\n\n"
            "#. B. Lund, A. Quill. Salt fingers. Ocean Lett. 2:1, 2019. `[PDF]`__\n\n"
            "   Data for `basins`_\n\n"
            "Contact:\n\n    |mail|\n\n    Lowmoor University\n\n"
            ".. |scholar| image:: scholar.png\n   :alt: Google Scholar\n"
            "   :target: https://scholar.google.com/citations?user=AbCdEfGhIjkL\n"
            ".. |mail| image:: mail.png\n   :target: mailto:ada@lowmoor.example.edu\n"
            ".. _basins: https://data.example.org/basins\n"
            "__ https://ex.org/a.pdf\n__ https://doi.org/10.1234/a\n.. __: https://ex.org/b.pdf\n")
    view = pages.rst_view(SourceDoc(Path("p.rst"), text))
    lines = view.text.split("\n")
    assert lines[4] == "[Google Scholar](https://scholar.google.com/citations?user=AbCdEfGhIjkL)"
    assert lines[7] == "1. A. Quill, B. Lund. Tides over warm shelves."  # (two trailing spaces: no line break)
    assert lines[8].endswith("[[PDF]](https://ex.org/a.pdf) - [[DOI]](https://doi.org/10.1234/a)")
    assert lines[10].startswith("1. ") and lines[10].endswith("[[PDF]](https://ex.org/b.pdf)")
    assert lines[12] == "   Data for [basins](https://data.example.org/basins)"
    # a block quote is paragraphs, not markdown's indented code
    assert lines[16] == "[mail](mailto:ada@lowmoor.example.edu)" and lines[18] == "Lowmoor University"
    assert {27, 28, 29} <= view.ignored  # the anonymous targets' lines


def test_rst_raw_html_substitutions_and_image_references_to_a_target():
    # ".. |br| raw:: html" over its block "<br />" is that HTML where |br| is used (the block no text of its own);
    # "|paper|_" is a link to the target "paper" labelled by its image's file name; Pelican's "{filename}/x" is
    # the site's "/x"
    text = ("Reports\n=======\n\n.. |br| raw:: html\n\n    <br />\n\n"
            "- **\"Tides of the Bay\"** with Bo Lund |br|\n  May 2020 |tides|_\n"
            "- **\"Salt Fingers\"** |br|\n  June 2019 |salt|_\n\n"
            ".. |tides| image:: {filename}/images/external.png\n.. _tides: https://ex.org/tides\n"
            ".. |salt| image:: {filename}/images/pdf.png\n.. _salt: {filename}/pdf/salt.pdf\n")
    lines = pages.rst_view(SourceDoc(Path("p.rst"), text)).text.split("\n")
    assert lines[5] == ""
    assert lines[7:11] == ['- **"Tides of the Bay"** with Bo Lund <br />', "  May 2020 [external](https://ex.org/tides)",
                           '- **"Salt Fingers"** <br />', "  June 2019 [pdf](/pdf/salt.pdf)"]


def test_a_pelican_list_broken_by_a_raw_html_substitution_keeps_its_year_and_last_name(tmp_path):
    site = _write(tmp_path, {
        "pelicanconf.py": "AUTHOR = u'Ada Quill'\nSITENAME = u'Ada Quill'\nSITEURL = 'https://aquill.example.org'\n",
        "content/pages/papers.rst": (
            "Working Papers\n==============\n\n.. |br| raw:: html\n\n    <br />\n\n"
            "- **\"Tides of the Inner Bay\"** with Bo Lund and Cy Moor |br|\n  May 2020 |tides|_\n"
            "- **\"Salt Fingers in Cold Basins\"** with Di Roe |br|\n  June 2019 |salt|_\n\n"
            ".. |tides| image:: {filename}/images/external.png\n.. _tides: https://ex.org/tides\n"
            ".. |salt| image:: {filename}/images/pdf.png\n.. _salt: https://ex.org/salt.pdf\n"),
    })
    pubs = {p.title: p for p in import_path(site).profile.publications}
    tides, salt = pubs["Tides of the Inner Bay"], pubs["Salt Fingers in Cold Basins"]
    assert (tides.year, [a.name for a in tides.authors]) == (2020, ["Ada Quill", "Bo Lund", "Cy Moor"])
    assert (salt.year, [a.name for a in salt.authors]) == (2019, ["Ada Quill", "Di Roe"])
    assert salt.links.get("pdf") == "https://ex.org/salt.pdf"


def test_a_pelican_publications_page_of_rst_references_is_read(tmp_path):
    site = _write(tmp_path, {
        "pelicanconf.py": "AUTHOR = u'aquill'\nSITENAME = u'Ada Quill'\nSITEURL = 'https://aquill.example.org'\n",
        "content/pages/publications.rst": (
            "Publications\n############\n\n"
            "#. A. Quill, B. Lund. Tides over warm shelves.\n   J. Sea Notes 3:12, 2021. `[PDF]`__ - `[DOI]`__\n\n"
            "#. B. Lund, A. Quill. Salt fingers in cold basins. Ocean Lett. 2:1, 2019. `[PDF]`__\n\n"
            "__ https://ex.org/a.pdf\n__ https://doi.org/10.1234/a\n__ https://ex.org/b.pdf\n"),
        "content/pages/contact.rst": ("Contact\n#######\n\n|mail| |orcid|\n\n"
                                      ".. |mail| image:: m.png\n   :target: mailto:ada@lowmoor.example.edu\n"
                                      ".. |orcid| image:: o.png\n   :target: https://orcid.org/0000-0002-1825-0097\n"),
    })
    profile = import_path(site).profile
    assert profile.person.email == "ada@lowmoor.example.edu"
    assert profile.person.identifiers.get("orcid") == "0000-0002-1825-0097"
    pubs = {p.title: p for p in profile.publications}
    assert set(pubs) == {"Tides over warm shelves", "Salt fingers in cold basins"}
    assert pubs["Tides over warm shelves"].links.get("pdf") == "https://ex.org/a.pdf"
    assert pubs["Salt fingers in cold basins"].links.get("pdf") == "https://ex.org/b.pdf"


def test_a_pelican_sites_own_citation_directive_is_one_work_each(tmp_path):
    # a site's own directive (rendered by its plugin) whose block is a field list naming a work, values running
    # on over more indented lines: each block one work, none lost whether its fields wrap or not
    site = _write(tmp_path, {
        "pelicanconf.py": "AUTHOR = u'Ada Quill'\nSITENAME = u'Ada Quill'\nSITEURL = 'https://aquill.example.org'\n",
        "content/pages/home.rst": (
            "Ada Quill\n#########\n\n:save_as: index.html\n\nI study tides.\n\n"
            "Papers\n======\n\n"
            ".. citation::\n   :author: <strong>A. Quill</strong>, B. Lund, C.\n       Moor\n   :year: 2021\n"
            "   :title: Tides over warm\n       continental shelves\n   :proc: Meeting on Shelf Seas (MSS)\n"
            "   :address: Lowtown, Marsh\n   :doi: 10.1234/tides.1\n\n"
            ".. citation::\n   :author: B. Lund and <strong>A. Quill</strong>\n   :year: 2019\n"
            "   :title: Salt fingers in cold basins\n   :proc: Ocean Letters\n   :pdf: {static}/docs/salt.pdf\n\n"
            ".. image:: pic.png\n   :width: 50%\n   :alt: a wave\n"),
    })
    profile = import_path(site).profile
    pubs = {p.title: p for p in profile.publications}
    assert set(pubs) == {"Tides over warm continental shelves", "Salt fingers in cold basins"}
    tides, salt = pubs["Tides over warm continental shelves"], pubs["Salt fingers in cold basins"]
    assert (tides.year, salt.year) == (2021, 2019)
    assert [a.name for a in tides.authors] == ["A. Quill", "B. Lund", "C. Moor"]
    assert tides.links.get("doi") == "https://doi.org/10.1234/tides.1"
    assert "Lowtown" not in (tides.venue or "")
    assert salt.venue == "Ocean Letters" and salt.links.get("pdf", "").endswith("/docs/salt.pdf")


def test_asciidoc_markup_reads_as_markdown_on_the_same_lines():
    view = pages.adoc_view(SourceDoc(Path("papers.adoc"), (
        ":email: ada@ex.org\n= Ada Quill\n\n== Papers\n// an old entry\n"
        "\t* Ada Quill, Bo Lund. link:papers/tides.pdf[Tides over\nwarm shelves]. _Ocean Letters_. *2020*.\n"
        "** a note https://ex.org/b[on the data]\n. first +\n----\nscp x host:\n----\n'''\nWrite to {email}.\n")))
    lines = view.text.split("\n")
    assert len(lines) == 15  # line for line
    assert lines[1] == "# Ada Quill" and lines[3] == "## Papers"
    assert lines[5] == "- Ada Quill, Bo Lund. [Tides over" and lines[6] == "warm shelves](papers/tides.pdf). " \
        "_Ocean Letters_. **2020**."
    assert lines[7] == "  - a note [on the data](https://ex.org/b)" and lines[8] == "1. first\\"
    assert lines[12] == "* * *" and lines[13] == "Write to ada@ex.org."
    # what the HTML back-end does not show (attribute entries, comments, a listing block) is no data of the page
    assert {0, 4, 9, 10, 11} <= {n - 1 for n in view.ignored} and "scp" not in view.text


def test_an_asciidoc_list_marker_inside_a_paragraph_is_its_text():
    # "... (pp. 664\n- 666). Press. (2014)": AsciiDoc starts a list only after an empty line (or another item); a
    # wrapped line that happens to open with "- " goes on with the paragraph
    view = pages.adoc_view(SourceDoc(Path("papers.adoc"), (
        "== Papers\n\nAda Quill. Title. In Book, Chapter 6 (pp. 664\n- 666). Press. (2014)\n\n"
        "* first item\n- second item\nits second line\n* third item\n")))
    lines = view.text.split("\n")
    assert lines[3] == "\\- 666). Press. (2014)"
    assert lines[5:9] == ["- first item", "- second item", "its second line", "- third item"]


_ADOC_PAPERS = ("== Publications\n\n=== Journals\n\n"
                "Ada Quill, Bo Lund. link:https://ex.org/a[Tides over warm shelves]. _Ocean Letters_. Vol. 3. 2021.\n\n"
                "Cy Moss, Ada Quill. https://ex.org/b[Salt fingers in cold basins]. _Marine Notes_. 2019.\n\n"
                "Ada Quill. link:c.pdf[Eddies\nnear a ridge]. _Flow_. 2018.\n")
_RST_PAPERS = (".. title: Publications\n.. slug: publications\n\nPeer-reviewed:\n--------------\n\n"
               "3. **A. Quill**, B. Lund, \"Tides over warm shelves.\" Ocean Letters **3** (2021) 12.\n"
               "   [`link <https://ex.org/a>`__\\ ]\n\n"
               "2. C. Moss, **A. Quill**, \"Salt fingers in cold basins.\" Marine Notes **1** (2019) 4.\n\n"
               "1. **A. Quill**, \"Eddies near a ridge.\" Flow **9** (2018) 7.\n")


@pytest.mark.parametrize("files", [
    # AsciiDoc sources built by asciidoc's own script (no generator's configuration kg knows)
    {"index.adoc": ":frame: none\n\n== Short Bio\n\nI am a lecturer in oceanography at the University of Lowmoor.\n",
     "publications.adoc": _ADOC_PAPERS, "build.sh": "asciidoc --backend=xhtml11 index.adoc\n"},
    # a Nikola site: reST pages under pages/, its conf.py no Sphinx configuration
    {"conf.py": 'BLOG_TITLE = "Notes"\nPAGES = (("pages/*.rst", "", "page.tmpl"),)\n',
     "pages/about.rst": ".. title: About\n\nI am a lecturer in oceanography at the University of Lowmoor.\n",
     "pages/publications.rst": _RST_PAPERS},
], ids=["asciidoc", "nikola-rst"])
def test_a_folder_of_pages_of_a_markup_no_family_knows_is_read_by_its_pages(tmp_path, files):
    # no family recognises the folder: the shared readers read its pages, whatever their markup, and the owner
    # is the author on most of its works
    profile = import_path(_write(tmp_path, files)).profile
    assert profile.person.name in ("Ada Quill", "A. Quill")
    assert sorted(p.title for p in profile.publications) == [
        "Eddies near a ridge", "Salt fingers in cold basins", "Tides over warm shelves"]
    assert {p.year for p in profile.publications} == {2018, 2019, 2021}


def test_a_site_description_saying_whose_website_it_is_names_the_owner(tmp_path):
    # an R distill site's _site.yml names nobody but in its description; its papers write the owner "Quill A"
    from kg.importers.site.owner import person_title

    assert person_title("Website of Ada Quill") == "Ada Quill" and person_title("Personal homepage of Ada Quill") \
        == "Ada Quill"
    assert person_title("Website of the ocean group") is None
    root = _write(tmp_path, {
        "_site.yml": 'name: "notes"\ntitle: "Oceans and things"\ndescription: |\n  Website of Ada Quill\n'
                     "output_dir: \".\"\n",
        "index.Rmd": '---\ntitle: "Oceans and things"\nsite: distill::distill_website\n---\n\nI am a lecturer.\n',
        "publications.Rmd": '---\ntitle: "Publications"\n---\n\n'
                            "**Quill A** and B Lund. 2021. Tides over warm shelves. _Ocean Letters_ **3** 12.\n"})
    profile = import_path(root).profile
    assert profile.person.name == "Ada Quill"
    assert [p.title for p in profile.publications] == ["Tides over warm shelves"]


def test_rst_nikola_metadata_title_heads_the_page_and_two_links_over_lines_in_a_row_are_links():
    # Nikola writes a page's title in metadata comments over its text; the page shows it as its heading, and the
    # document's own sections below it ("Group" / "Postgraduate": the students under the page's heading)
    view = pages.rst_view(SourceDoc(Path("pages/group.rst"), (
        ".. title: Group\n.. slug: group\n.. type: text\n\nI work in the `Lab of Tides\n<https://ex.org/a>`__ at the "
        "`University of\nLowmoor <https://ex.org/b>`__.\n\nPostgraduate\n------------\n\n* Bo Lund, on tides.\n")))
    lines = view.text.split("\n")
    assert lines[0] == "# Group" and {1, 2} <= {n - 1 for n in view.ignored}
    assert lines[4] == "I work in the [Lab of Tides" and lines[5] == "](https://ex.org/a) at the [University of"
    assert lines[6] == "Lowmoor ](https://ex.org/b)."
    assert lines[8] == "## Postgraduate"


def test_a_nikola_confs_author_email_and_address_are_the_sites(tmp_path):
    # Nikola's conf.py (no Sphinx configuration): BLOG_AUTHOR names the owner, BLOG_EMAIL (the default footer's
    # mailto) is theirs, SITE_URL is where the pages are published
    profile = import_path(_write(tmp_path, {
        "conf.py": 'BLOG_AUTHOR = "Ada Quill"  # (translatable)\nBLOG_TITLE = "Notes"\n'
                   'SITE_URL = "https://ada.example.org/"\nBLOG_EMAIL = "ada@lowmoor.example.edu"\n'
                   'PAGES = (("pages/*.rst", "", "page.tmpl"),)\n',
        "pages/publications.rst": _RST_PAPERS})).profile
    assert profile.person.name == "Ada Quill" and profile.person.email == "ada@lowmoor.example.edu"
    assert profile.person.homepage == "https://ada.example.org/"
    assert not any("inferred" in u.text for u in profile.unparsed)


def test_rst_link_over_lines_is_one_link():
    # reST reads a paragraph as one text: a link's title and its address may be on different lines
    view = pages.rst_view(SourceDoc(Path("p.rst"), "- A. Quill, `Tides over\n  warm shelves\n  <https://ex.org/t.pdf>`__, "
                                                   "J. Sea Notes, 2021.\n"))
    assert view.lines == ["- A. Quill, [Tides over", "  warm shelves", "  ](https://ex.org/t.pdf), J. Sea Notes, 2021."]


def test_an_escaped_space_in_rst_is_nothing():
    # "[`link <url>`__\\ ]": reST removes a backslash and the space after it (the link and the bracket written close)
    view = pages.rst_view(SourceDoc(Path("p.rst"), "1. A. Quill, Title. Notes **3** (2021).\n   [`link <https://ex.org/a>`__\\ ]\n"))
    assert view.lines[1] == "   [[link](https://ex.org/a)]"


def test_a_students_list_naming_each_before_what_they_work_on_without_a_comma(tmp_path):
    # "* Ana Ruiz working on tide models.": what the student works on ends the name, as ", working on" does
    page = tmp_path / "group.md"
    page.write_text("# Ada Quill\n\n## Postgraduate students\n\n* Bo Lund working on household models.\n"
                    "* Cy Moss, working on tides. Main supervisor Ida Berg.\n* [Di Roe](https://ex.org/di)\n"
                    "  working on influenza, co-supervised by Eli Fox.\n", encoding="utf-8")
    assert [s.name for s in import_path(page).profile.students] == ["Bo Lund", "Cy Moss", "Di Roe"]


def test_jemdoc_a_link_over_two_lines_is_one_link():
    from kg.importers.document import jemdoc_to_markdown

    md = jemdoc_to_markdown("- A. Lee (2018). [https://x.org/a Widget set testing in\nmixed models]. /Genetics/, 4.")
    # the link spans the line's end as markdown allows; each line stays on its own line
    assert md == "- A. Lee (2018). [Widget set testing in\nmixed models](https://x.org/a). *Genetics*, 4."


JEMDOC_PAPERS = """# jemdoc: menu{MENU}{index.html}
= Dara Quell Lab

Dara Quell is an Assistant Professor at Eastfield University.

== Publications
- *Quell, D.*, Marsh, E. W., and Oyelaran, W. (2016). \\n I[http://example.org/a1 Filling in missing values in wide scans of gadget data]. /Gadgetics/, 11(2):132-139.
- Ro, Z., *Quell, D.*, Pan, W., and Gadget Imaging Initiative (GII). (2017). \\n [https://example.org/a2 Gadget-wide association study: merging gadget traits in scans]. /GadgetImage/, 159:159-169.
- Lee, J.Y., *Quell, D.*, and Pan, W. (2018). [https://example.org/a3 Adaptive widget set testing in
mixed models with application to family widgets]. /Widget Genetics/, 48(1):55-66.
"""


def test_jemdoc_papers_with_a_stray_letter_a_group_author_and_a_broken_link(tmp_path):
    site = _write(tmp_path / "site", {"index.jemdoc": JEMDOC_PAPERS, "MENU": "Menu\n  Home [index.html]\n"})
    pubs = import_path(site).profile.publications
    got = [(p.title, p.venue, p.year, [a.name for a in p.authors], p.links.get("paper")) for p in pubs]
    assert got == [
        # a stray letter glued before the linked title is no part of it
        ("Filling in missing values in wide scans of gadget data", "Gadgetics", 2016,
         ["D. Quell", "E. W. Marsh", "W. Oyelaran"], "http://example.org/a1"),
        # a group closing a family-name-first list is its last author, its acronym kept
        ("Gadget-wide association study: merging gadget traits in scans", "GadgetImage", 2017,
         ["Z. Ro", "D. Quell", "W. Pan", "Gadget Imaging Initiative (GII)"], "https://example.org/a2"),
        ("Adaptive widget set testing in mixed models with application to family widgets", "Widget Genetics", 2018,
         ["J.Y. Lee", "D. Quell", "W. Pan"], "https://example.org/a3"),
    ]


def test_a_menu_page_named_for_something_else_is_read_for_the_students_section_it_holds(tmp_path):
    """A jemdoc site whose MENU links 'experience.html', a page titled "Work Experience" (no section kg reads by
    that name) holding "== Teaching" and then "== Mentoring" with the owner's mentees: the page is read, and the
    mentees are the owner's students. Before, the page's title decided alone: it was left unread."""
    root = write_site(tmp_path / "site", {
        "MENU": "Mara Quill\n  Home  [index.html]\n  Experience  [experience.html]\n",
        "index.jemdoc": "# jemdoc: menu{MENU}{index.html}\n= Mara Quill\n\nI am a lecturer in statistics at Tarn "
                        "University.\n",
        "experience.jemdoc": "# jemdoc: menu{MENU}{experience.html}\n= Work Experience\n\n== Teaching\n\n"
                             "- Stat 101, Instructor, Fall 2023\n\n== Mentoring\n\n"
                             "- Ivo Lorn, PhD student, Statistics, Tarn University\n"
                             "- Ada Brenn, PhD student, Statistics, Tarn University\n",
    })
    assert [s.name for s in import_path(root).profile.students] == ["Ivo Lorn", "Ada Brenn"]


_HOME = """<!DOCTYPE html>
<html><head><title>Rosa Quintero</title></head>
<body>
<div id="menu"><a href="index.html">Home</a> <a href="papers.html">Papers</a> <a href="prizes.html">Prizes</a></div>
<h1>Rosa Quintero</h1>
<p>I am a lecturer in applied physics at Northfield University.</p>
</body></html>
"""


_PAPERS = """# jemdoc: menu{MENU}{papers.html}
== Publications

== Optics

- [https://example.org/p/1 Slow light in warm vapour cells] \\n
  with Ivo Brandt and Lena Osei \\n
  /Optics Letters, 2021/ \\n

- [https://example.org/p/2 A tunable filter made of coupled rings] \\n
  with Lena Osei \\n
  /CLEO, 2019/ \\n

== Acoustics

- [https://example.org/p/3 Sound in porous glass] \\n
  with Ivo Brandt, Tom Varga, and Lena Osei \\n
  /Journal of Sound, 2018/ \\n
"""


_PRIZES = """# jemdoc: menu{MENU}{prizes.html}
== Prizes

- Young Physicist Prize, Northfield Society, 2020.
- Best Poster Award, Optics Meeting, 2017.
"""


def test_a_link_to_a_built_page_that_is_absent_reads_its_jemdoc_source(tmp_path):
    # the home page links "papers.html"; only "papers.jemdoc", its source, is in the folder: that is the page
    site = write_site(tmp_path / "site", {"index.html": _HOME, "papers.jemdoc": _PAPERS, "prizes.jemdoc": _PRIZES})
    profile = import_path(site).profile
    assert profile.person.name == "Rosa Quintero"
    assert [(a.year, a.file) for a in profile.awards] == [(2020, "prizes.jemdoc"), (2017, "prizes.jemdoc")]
    assert [p.title for p in profile.publications] == [
        "Slow light in warm vapour cells", "A tunable filter made of coupled rings", "Sound in porous glass"]


def test_groups_at_the_level_of_an_empty_section_heading_are_the_sections(tmp_path):
    # "== Publications" has nothing under it: "== Optics" and "== Acoustics" are its groups, no other sections
    page = tmp_path / "papers.jemdoc"
    page.write_text("= Rosa Quintero\n\n" + _PAPERS.split("\n", 1)[1])
    profile = import_path(page).profile
    pubs = profile.publications
    assert [(p.title, p.venue, p.year) for p in pubs] == [
        ("Slow light in warm vapour cells", "Optics Letters", 2021),
        ("A tunable filter made of coupled rings", "CLEO", 2019),
        ("Sound in porous glass", "Journal of Sound", 2018)]
    assert [a.name for a in pubs[2].authors] == ["Rosa Quintero", "Ivo Brandt", "Tom Varga", "Lena Osei"]
    assert not profile.unparsed


def _jemdoc_lab_site(tmp_path, bio: str):
    # a lab's jemdoc site: the home page is the lab's, the menu's "PI" page is its head's own, with a "== Short Bio"
    return import_path(write_site(tmp_path / "site", {
        "MENU": "Ravi Okafor\n    Home    [index.html]\n    PI    [PI.html]\n    Papers    [papers.html]\n",
        "index.jemdoc": "# jemdoc: menu{MENU}{index.html}\n= Ravi Okafor Lab\n\n== Intro\nRavi Okafor is an "
                        "Assistant Professor at [https://www.example.edu Lakeside University]. The lab builds "
                        "methods for noisy sensor data.\n\n== Selected Publications\n\n"
                        ". *Okafor, R.*, Lee, A. (2021). [https://doi.org/10.1000/a1 Robust filters for drifting "
                        "sensors]. /Journal of Signals/, 3(1), 1-9.\n",
        "PI.jemdoc": "# jemdoc: menu{MENU}{PI.html}\n= Ravi Okafor\n\n== Short Bio\n" + bio + "\n",
        "papers.jemdoc": "# jemdoc: menu{MENU}{papers.html}\n= Papers\n\n"
                         "- *Okafor, R.*, Lee, A. (2021). [https://doi.org/10.1000/a1 Robust filters for drifting "
                         "sensors]. /Journal of Signals/, 3(1), 1-9.\n"})).profile


def test_a_jemdoc_page_headed_by_a_bio_section_is_read_for_the_owner(tmp_path):
    # jemdoc writes its sections "== Short Bio": the page was judged by markdown's "##" headings alone, found no
    # section kg reads and was left unread (its degrees lost)
    p = _jemdoc_lab_site(tmp_path, "I am an Assistant Professor at Lakeside University. I received my Ph.D. in Statistics "
                            "from [https://north.example.edu University of Northland] in 2015.")
    assert [(e.degree, e.institution, e.year) for e in p.person.education] == [
        ("Ph.D.", "University of Northland", 2015)]


def _md_doc(text: str, name: str = "page.md"):
    return parse_markdown_page(SourceDoc(Path(name), text), ImportOptions())


def test_jemdoc_bare_brackets_are_text_not_links():
    # "[7] ... Title[J]. Venue": a citation number and a GB/T type code in brackets are the writer's brackets
    assert jemdoc_to_markdown("[7] Ho K, Lam T. A title[J]. A Journal, 2021.") == \
        "\\[7\\] Ho K, Lam T. A title\\[J\\]. A Journal, 2021."
    # an address, a file or a link with its text stays a link
    assert jemdoc_to_markdown("[papers.html] [https://x.org/a arXiv]") == \
        "[papers.html](papers.html) [arXiv](https://x.org/a)"


def test_jemdoc_gbt_citations_numbered_per_section():
    page = ("= Papers\n\n== Journal Papers\n"
            "[2] Ho K, Lam T, Ngo V. Drone lanes over dense districts[J]. Journal of Air Transport, 2024, 12(3): 40.\n\n"
            "[1] Lam T, Ho K. Wind-aware routing of small aircraft[J]. Aerospace Letters, 2022, 7: 11.\n"
            "== Conference Papers\n"
            "[1] Ho K, Lam T, et al. Gate scheduling under delays[C]//2023 Symposium on Air Traffic (SAT). IEEE, 2023: 1-6.\n")
    p = _md_doc(page, "publications.jemdoc")
    assert [x.title for x in p.publications] == [
        "Drone lanes over dense districts", "Wind-aware routing of small aircraft", "Gate scheduling under delays"]
    first = p.publications[0]
    assert [a.name for a in first.authors] == ["Ho K", "Lam T", "Ngo V"]
    assert first.year == 2024 and first.venue.startswith("Journal of Air Transport")
    assert p.publications[2].authors_truncated


def test_a_jemdoc_menu_links_the_owners_profiles(tmp_path):
    # jemdoc's MENU puts its links on every page: a profile link there is the owner's (a commented line is not shown)
    root = write_site(tmp_path / "site", {
        "MENU": "Mara Quill\n\tHome  [index.html]\n\tScholar  [https://scholar.google.com/citations?user=AbCdEfGhIjkL]\n"
                "#\tOld  [https://www.linkedin.com/in/someone-else-1]\n\tLinkedIn [https://www.linkedin.com/in/mara-q-7/]\n",
        "index.jemdoc": "# jemdoc: menu{MENU}{index.html}\n= Mara Quill\n\n*Mara Quill*\\n\nAssistant Professor\\n\n"
                        "University of Fenwick\n",
    })
    person = import_path(root).profile.person
    assert person.identifiers == {"google_scholar": "AbCdEfGhIjkL", "linkedin": "mara-q-7"}
