"""Shapes of real homepages met in batch 26 (jemdoc sources, single-page CVs, JS-filled pages, bibtex2html
sites), written in our own words."""

from pathlib import Path

from kg.importers.base import ImportOptions, SourceDoc
from kg.importers.document import jemdoc_to_markdown
from kg.importers.page.parse import parse_markdown_page


def _md(text: str, name: str = "page.md"):
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
    p = _md(page, "publications.jemdoc")
    assert [x.title for x in p.publications] == [
        "Drone lanes over dense districts", "Wind-aware routing of small aircraft", "Gate scheduling under delays"]
    first = p.publications[0]
    assert [a.name for a in first.authors] == ["Ho K", "Lam T", "Ngo V"]
    assert first.year == 2024 and first.venue.startswith("Journal of Air Transport")
    assert p.publications[2].authors_truncated


def test_a_cv_page_of_included_inline_html_fragments(tmp_path):
    # a Jekyll CV page pulls in hand-written HTML fragments: inline markup only, one item per blank-line paragraph
    from kg.importers import import_path
    from tests.importers.sitefiles import write_site

    root = write_site(tmp_path / "site", {
        "_config.yml": "title: Ida Marsh\nauthor:\n  name: Ida Marsh\n  bio: Professor of Economics\n",
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\nI am a professor of economics at Lakeside University.\n",
        "_pages/cv.md": "---\ntitle: CV\npermalink: /cv/\n---\n\n# Publications\n\n## Refereed Publications\n"
                        "  {% include cv/papers.htm %}\n\n# Supervision\n\n## PhD Students\n"
                        "  {% include cv/phd.html %}\n\n# Grants and Research Contracts\n  {% include cv/money.htm %}\n",
        "_includes/cv/papers.htm":
            "<em><a href=\"https://example.org/a\">Shift Work and Wages in Coastal Towns</a></em>, with <a href=\"https://example.org/t\">"
            "Tom Reyes</a>, <strong>Labour Review</strong> 31, 2, 2011, 10-30.\n\n"
            "<em>Hiring Under Uncertainty: Evidence from Payroll Data</em>, <B>Journal of Firms</B>, 12, 4 (May), 2004, 1-19.\n\n"
            "<a href=\"https://example.org/c\"><I>Search Frictions and the Spread of Pay in Small Towns</I></a>, with Ana Kim and "
            "Bo Lund, <strong>Regional Economics</strong>, 44, 3 (August), 863-894, 1999.\n",
        "_includes/cv/phd.html":
            "<a href=\"https://example.org/p\">Lena Frost</a>\n: Professor, Hill University. Ph.D., May 2001.\n"
            ": Title: <em>Essays on Migration</em>.\n\n"
            "Omar Diaz\n: Economist, Bank of Nowhere. Ph.D. June 2008.\n: Title: <em>Three Essays on Credit</em>.\n",
        "_includes/cv/money.htm":
            "Research Council\n: <em>Research Grant</em>, \"Wages in Mining Towns,\" $30,000, 2001-04; Role: PI\n\n"
            "Other Agencies\n: <i>Innovation Fund</i>, \"A Computing Lab for Research,\" $9,000, 2004.\n",
    })
    prof = import_path(root).profile
    assert [p.title for p in prof.publications] == [
        "Shift Work and Wages in Coastal Towns", "Hiring Under Uncertainty: Evidence from Payroll Data",
        "Search Frictions and the Spread of Pay in Small Towns"]
    assert [a.name for a in prof.publications[2].authors] == ["Ida Marsh", "Ana Kim", "Bo Lund"]
    assert [s.name for s in prof.students] == ["Lena Frost", "Omar Diaz"]


def test_grants_and_research_contracts_is_a_grants_heading():
    from kg.importers.common import section_kind

    assert section_kind("Grants and Research Contracts") == "grants"
    assert section_kind("Research Contracts") == "grants"
    assert section_kind("Research and Publications") == "publications"


def test_with_names_end_where_the_bold_venue_begins():
    # "<em>Title</em>, with A. Lee, <b>Policy Options</b>": two capitalised words styled as the venue are no name
    from kg.importers.base import ImportOptions, SourceDoc
    from kg.importers.page.parse import parse_html

    page = ("<html><head><title>Ida Marsh</title></head><body><h1>Ida Marsh</h1><h2>Publications</h2>"
            "<p><em>Search Frictions and the Spread of Pay in Small Towns</em>, with Ana Kim and Bo Lund, "
            "<strong>Regional Economics</strong>, 44, 3 (August), 863-894, 1999.</p>"
            "<p><em>Hiring Under Uncertainty: Evidence from Payroll Data</em>, with Tom Reyes, Jr., "
            "<b>Journal of Firms</b>, 12, 4 (May), 2004, 1-19.</p></body></html>")
    pubs = parse_html(SourceDoc(Path("page.html"), page), ImportOptions(owner="Ida Marsh")).publications
    assert [(p.venue, [a.name for a in p.authors]) for p in pubs] == [
        ("Regional Economics", ["Ida Marsh", "Ana Kim", "Bo Lund"]),
        ("Journal of Firms", ["Ida Marsh", "Tom Reyes, Jr"])]


def test_a_generation_suffix_after_a_comma_stays_with_its_name():
    from kg.importers.common import split_authors

    assert [a.name for a in split_authors("Ann Lee, Bo Smith, Jr., and Cy Roe").authors] == [
        "Ann Lee", "Bo Smith, Jr", "Cy Roe"]


def test_profile_addresses_of_bluesky_and_repec_and_a_setting_kg_has_no_name_for():
    from kg.importers.common import identifier_from_url
    from kg.importers.site.fields import apply_social
    from kg.model import Person

    assert identifier_from_url("https://bsky.app/profile/ann.bsky.social") == ("bluesky", "ann.bsky.social")
    assert identifier_from_url("https://ideas.repec.org/e/plee12.html") == ("repec", "plee12")
    assert identifier_from_url("https://ideas.repec.org/p/abc/wpaper/12.html") is None
    p = Person(name="Ann Lee")
    assert apply_social(p, "ideas", "https://ideas.repec.org/e/plee12.html")
    assert p.identifiers == {"repec": "plee12"}
    assert not apply_social(p, "repository", "https://github.com/ann/site-src")


def test_a_page_filled_by_its_script_from_json_files(tmp_path):
    # index.html holds empty containers; its script fetches the bio, links and news from data/*.json
    import json

    from kg.importers import import_path
    from tests.importers.sitefiles import write_site

    root = write_site(tmp_path / "site", {
        "index.html": "<!DOCTYPE html><html><head><title>Mara Quist</title><script src=\"js/load.js\"></script>"
                      "</head><body><h1>Mara Quist</h1><div id=\"bio\"></div><h2>News</h2><ul id=\"news\"></ul>"
                      "<h2>Publications</h2><span>* denotes equal contribution</span><div id=\"pubs\"></div>"
                      "</body></html>\n",
        "js/load.js": "const files = ['data/profile.json', 'data/news.json', 'data/papers.json'];\n"
                      "async function get(p) { return (await fetch(p)).json(); }\n",
        "data/profile.json": json.dumps({
            "name": "Mara Quist",
            "bio": ["I am a PhD student at the <a href='https://x.org'>University of Westbridge</a>, advised by "
                    "Prof. <a href='https://y.org'>Tomas Berg</a>."],
            "email": "",
            "links": [{"name": "Email", "url": "mailto:mara@example.org"},
                      {"name": "GitHub", "url": "https://github.com/mquist"},
                      {"name": "BlueSky", "url": "https://bsky.app/profile/mquist.bsky.social"}]}, indent=2),
        "data/news.json": json.dumps([
            {"date": "2026-03", "content": "Our paper <a href='https://x.org/p'>SLED</a> was accepted at ACL 2026!"},
            {"date": "2025-09", "content": "I started my PhD."}], indent=2),
        "data/papers.json": json.dumps([
            {"title": "Sled: Tracking Sea Ice with Small Drones", "authors": ["Mara Quist*", "Ines Varga*", "Tomas Berg"],
             "venue": "ACL 2026", "paper_url": "https://x.org/p"},
            {"title": "Ice Floes Seen from Above at Night", "authors": ["Ines Varga", "Mara Quist"],
             "venue": "EMNLP 2025", "paper_url": "https://x.org/q"}], indent=2),
    })
    prof = import_path(root).profile
    p = prof.person
    assert p.job_title == "PhD student" and p.email == "mara@example.org"
    assert p.identifiers == {"github": "mquist", "bluesky": "mquist.bsky.social"}
    assert p.advisors == ["Tomas Berg"]
    assert [(n.date, n.text) for n in prof.news] == [
        ("2026-03", "Our paper SLED was accepted at ACL 2026!"), ("2025-09", "I started my PhD.")]
    first = prof.publications[0]
    assert [(a.name, a.marks) for a in first.authors] == [
        ("Mara Quist", ["equal_contribution"]), ("Ines Varga", ["equal_contribution"]), ("Tomas Berg", [])]


def test_a_jekyll_site_without_author_block_and_a_cv_folder_page(tmp_path):
    # _config.yml names the owner only in its title and keeps minima's footer settings; the CV is cv/index.md, a
    # page no reader takes, with the owner's awards and mentees
    from kg.importers import import_path
    from tests.importers.sitefiles import write_site

    root = write_site(tmp_path / "site", {
        "_config.yml": "title: Lena Frost\ntwitter_username: \"@lfrost\"\ngithub_username: lfrost\n"
                       "remote_theme: someone/sometheme\n",
        "index.md": "---\nlayout: home\ntitle: Lena Frost\n---\n\nI am a postdoc in the systems group at Hill "
                    "University.\n\n## Publications\n\n- Lena Frost, Omar Diaz. Proving Bus Traces Correct. "
                    "In *PLDI*, 2024.\n- Omar Diaz, Lena Frost. Verified Memory Maps for Chips. In *CPP*, 2023.\n",
        "cv/index.md": "---\nlayout: page\ntitle: CV\n---\n\n## Fellowships and Awards\n\n"
                       "| Hill Fellowship 2024 | Hill Postdoctoral Fellowship |\n"
                       "| NOI 2010 | Ranked 1st at the National Olympiad in Informatics |\n\n"
                       "## Mentoring\n\nAt Hill, I am mentoring two PhD students on verifying their systems:\n"
                       "* Ana Kim:<br>\nMemory accesses on a chip\n* Bo Lund:<br>\nBus traces\n\n"
                       "At my previous school, I mentored three undergraduate students on our group's projects:\n"
                       "* Cy Roe\n* Dee Park\n* Eli Moss\n",
        # (the BibTeX the list was made from, kept in a collection folder: no theme-less site)
        "_publications/papers.bib": "@inproceedings{frost24,\n  author = {Lena Frost and Omar Diaz},\n"
                                    "  title = {Proving Bus Traces Correct},\n  booktitle = {PLDI},\n  year = {2024}\n}\n",
    })
    prof = import_path(root).profile
    assert prof.person.identifiers == {"twitter": "lfrost", "github": "lfrost"}
    assert len(prof.awards) == 2
    assert [s.name for s in prof.students] == ["Ana Kim", "Bo Lund", "Cy Roe", "Dee Park", "Eli Moss"]


def test_an_italic_title_ending_with_the_years_it_studies():
    # "<em>Wages Among Civil Engineers, 1950-1975</em>, <strong>Journal</strong>, ...": the span of years is the
    # title's, the italic run is no venue for it
    from kg.importers.base import ImportOptions, SourceDoc
    from kg.importers.page.parse import parse_html

    page = ("<html><head><title>Ida Marsh</title></head><body><h1>Ida Marsh</h1><h2>Publications</h2>"
            "<p><em>Interactive Tutorials in Applied Statistics</em>, <strong>Journal of Statistics Education</strong>"
            ", Vol 3, 3, 1995.</p>"
            "<p><em>Pay Grades and the Spread of Earnings Among Civil Engineers, 1950-1975</em>, "
            "<strong>Journal of Labor Economics</strong>, Vol. 4, No 2, May 1996, 10-29.</p></body></html>")
    pubs = parse_html(SourceDoc(Path("page.html"), page), ImportOptions(owner="Ida Marsh")).publications
    assert [(p.title, p.year) for p in pubs] == [
        ("Interactive Tutorials in Applied Statistics", 1995),
        ("Pay Grades and the Spread of Earnings Among Civil Engineers, 1950-1975", 1996)]
