"""Readings found on batch 32/a (an academicpages site, a lab site, a hand-written site; measured at round 33):
synthetic pages, own words, names invented."""
from __future__ import annotations

from kg.importers import import_path

from .sitefiles import write_site


def _paper(title: str, body: str) -> str:
    return (f"---\ntitle: \"{title}\"\ncollection: publications\ndate: 2021-04-02\n"
            f"venue: 'Widget Letters'\npaperurl: 'https://example.org/w/{len(title)}'\n---\n{body}")


def test_a_bibtex_block_in_a_paper_page_gives_the_authors_the_front_matter_lacks(tmp_path):
    # academicpages: the front matter names no authors; the page ends with its own BibTeX entry as a code block
    fenced = ("A study of widgets and the gadgets around them.\n\n```bibtex\n@article{quill2021counting,\n"
              "  title={Counting widgets in the wild},\n  author={Brenn, Olaf and Quill, Mara and R{\\\"o}ss, Ida},\n"
              "  journal={Widget Letters},\n  volume={7},\n  pages={11--19},\n  year={2021}\n}\n```\n")
    other = ("Gadgets, again.\n\n```\n@inproceedings{x,\n  title={Some other work},\n"
             "  author={Lorn, Ivo and Quill, Mara},\n  booktitle={GadgetConf},\n  year={2020}\n}\n```\n")
    root = write_site(tmp_path / "site", {
        "_config.yml": "title: Mara Quill\nauthor:\n  name: Mara Quill\n  bio: Widget scientist\n",
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\nI study widgets.\n",
        "_publications/2021-04-02-counting.md": _paper("Counting widgets in the wild", fenced),
        "_publications/2021-05-02-dense.md": _paper("Dense gadgets at scale", other),
    })
    pubs = {p.title: p for p in import_path(root).profile.publications}
    counting = pubs["Counting widgets in the wild"]
    assert [a.name for a in counting.authors] == ["Olaf Brenn", "Mara Quill", "Ida Röss"]
    assert [a.is_self for a in counting.authors] == [False, True, False]
    assert (counting.venue, counting.pages, counting.volume) == ("Widget Letters", "11-19", "7")
    assert "@article" not in (counting.abstract or "")
    # an entry naming another work (a block copied from another page) fills nothing
    dense = pubs["Dense gadgets at scale"]
    assert dense.authors == [] and "@inproceedings" not in (dense.abstract or "")


def test_a_cut_author_list_with_its_count_of_names_is_the_byline(tmp_path):
    # "Ivo Lorn et al. (12 authors)": the named author and a count of the rest; the owner is hidden in the cut, not
    # the paper's only author
    page = tmp_path / "papers.html"
    item = '<ul><li><p>{}<br />\n{}<br />\n{} | <a href="papers/x.pdf">Paper PDF</a>\n</p></li></ul>\n'
    page.write_text("<html><head><title>Mara Quill</title></head><body><h1>Publications</h1>\n"
                    + item.format("Counting widgets in the wild", "Olaf Brenn, Mara Quill, and Ida Ross",
                                  "Widget Letters 2023")
                    + item.format("Dense gadgets at scale and beyond the valley", "Ivo Lorn et al. (12 authors)",
                                  "Gadget Journal 2022")
                    + item.format("Sprockets for all", "Mara Quill and Ivo Lorn", "Sprocket Journal 2021")
                    + "</body></html>\n")
    pubs = {p.title: p for p in import_path(page).profile.publications}
    dense = pubs["Dense gadgets at scale and beyond the valley"]
    assert [a.name for a in dense.authors] == ["Ivo Lorn"] and dense.authors_truncated
    assert not any(a.is_self for a in dense.authors)


_CARD = ('<table class="imgtable"><tr><td>\n<img src="images/{0}.jpg" alt="" width="100px" />&nbsp;</td>\n'
         '<td align="left"><p><a href="https://example.org/{0}/"><b>{1}</b></a><br />\n{2}\n</p>\n</td></tr></table>\n')


def test_the_head_card_among_the_lab_members_is_the_owner_and_an_alumnus_written_name_stop_degree_is_read(tmp_path):
    # a lab's home page: the head's card (name, role, e-mail, office) under "Faculty", a student's card, and alumni
    # lines written "Name, MS, ..." or "Name. MS, ..."
    root = write_site(tmp_path / "site", {"index.html": (
        "<html><head><title>Widget (WDG) Lab</title></head><body><h1>WDG Lab</h1>\n"
        "<p>We are a research group headed by Dr. Mara Quill.</p>\n<h2>Members</h2>\n<h3>Faculty</h3>\n"
        + _CARD.format("mq", "Mara Quill", "Associate Professor, WS and DSI<br />\nEmail: mquill [at] fit [dot] edu"
                       "<br />\nOffice: WS 1210")
        + "<h3>Graduate Students</h3>\n"
        + _CARD.format("il", "Ivo Lorn", "PhD, WS, FIT<br />\nOffice: WS 1232")
        + "<h3>Alumni</h3>\n<ul>\n<li><p>Olaf Brenn, PhD, WS, FIT, 2022. First job: Sprocket Inc.</p></li>\n"
          "<li><p>Ida Ross. MS, WS, FIT, 2021. First job: PhD at Gadget Tech.</p></li>\n"
          "<li><p>Bo Tran. BS, WS, FIT, 2019, now at Cog Labs.</p></li>\n</ul>\n</body></html>\n")})
    profile = import_path(root).profile
    assert profile.person.name == "Mara Quill" and profile.person.job_title == "Associate Professor"
    assert sorted(s.name for s in profile.students) == ["Bo Tran", "Ida Ross", "Ivo Lorn", "Olaf Brenn"]


def test_a_pointer_to_the_news_page_and_a_sentence_linking_a_work_are_no_items(tmp_path):
    # a lab's home page: its research overview links a summary paper mid-sentence ("you can also read <a><b>this
    # short note</b></a>"); its recent news ends with "Full list of lab news items here: News."
    news = "<ul><li><p>{}</p></li></ul>\n"
    item = '<ul><li><p>{}<br />\n{}<br />\n{} | <a href="papers/x.pdf">Paper PDF</a>\n</p></li></ul>\n'
    root = write_site(tmp_path / "site", {
        "index.html": (
            "<html><head><title>WDG Lab</title></head><body><h1>WDG Lab</h1>\n"
            "<p>We are a group headed by Dr. Mara Quill.</p>\n"
            "<p>The list of our papers is here: <a href=\"publications.html\"><b>Publications</b></a>.</p>\n"
            "<h2>Overview of Our Research</h2>\n<p>Our projects span widget meters and gadget yards.</p>\n"
            "<p>For an overview of our widget work, you can also read <a href=\"https://example.org/one.pdf\">"
            "<b>this short note</b></a>, listen to <a href=\"https://example.org/pod\"><b>this podcast</b></a>, or"
            " watch <a href=\"https://example.org/talk\"><b>this talk</b></a>.</p>\n<h2>Recent News</h2>\n"
            + news.format("11/25: Our sprocket paper is accepted to Widget Letters!")
            + news.format("8/24: Mara receives the Early Gadget Award!")
            + "<p>Full list of lab news items here: <a href=\"news.html\"><b>News</b></a>.<br />\n</p>\n"
            "</body></html>\n"),
        "publications.html": (
            "<html><head><title>Papers</title></head><body><h1>Publications</h1>\n"
            + item.format("Counting widgets in the wild", "Olaf Brenn, Mara Quill, and Ida Ross", "Widget Letters 2023")
            + item.format("Sprockets for all", "Mara Quill and Ivo Lorn", "Sprocket Journal 2021")
            + "</body></html>\n")})
    profile = import_path(root).profile
    assert len(profile.news) == 2 and not any("Full list" in n.text for n in profile.news)
    assert [p.title for p in profile.publications] == ["Counting widgets in the wild", "Sprockets for all"]


def test_research_prose_items_that_link_papers_are_no_papers_and_an_underlined_label_heads_a_list(tmp_path):
    # "<u>Education</u>" over the degrees; list items of research prose (first person, a DOI link inside) are prose
    long_i = ("While I don't build the widget meters myself (good ones are sold widely), I do keep trying to understand"
              " how they work in the field. One recent project looked at how the casing of a meter changes its readings"
              " from a theoretical point of view. You can read the first results <a href=\"https://doi.org/10.1/x\">"
              "here</a>.")
    long_we = ("Because the meters form an array with many scales, it is possible to follow single widgets across the"
               " yard and through time, which no single meter can do. Borrowing a trick from acoustics, we showed "
               "(<a href=\"https://doi.org/10.1/y\">here</a>) that the yard's response can be recovered from the"
               " background hum. This has several uses, and we demonstrated two of them on real yards.")
    page = tmp_path / "index.html"
    page.write_text(
        "<html><head><title>Mara Quill's Home Page</title></head><body><h1>Mara Quill</h1>\n"
        "<p>I am an assistant professor of widgetry at Fenwick University.</p>\n"
        "<u>Education</u>\n<ul>\n<li>2019 Ph.D. in Widgetry, Gadget Institute of Technology</li>\n"
        "<li>2014 B.S. in Widgetry, Sprocket University (minor in Cogs)</li>\n</ul>\n"
        f"<h3>Research:</h3>\n<u>Widget meters</u>\n<ul>\n<li>{long_i}</li>\n<li>{long_we}</li>\n</ul>\n"
        "<h3>Publications:</h3><ol><li>Quill, M., and I. Lorn (2023). <a href=\"https://doi.org/10.1/z\">Counting"
        " widgets in the wild.</a> <i>Widget Letters</i>.</li></ol></body></html>\n")
    profile = import_path(page).profile
    assert [p.title for p in profile.publications] == ["Counting widgets in the wild"]
    assert sorted(e.institution for e in profile.person.education) == ["Gadget Institute of Technology",
                                                                       "Sprocket University"]


def test_a_bibtex_block_under_a_list_item_fills_the_authors_the_item_does_not_show(tmp_path):
    # an HTML list whose items show title, venue and year, each with its BibTeX in a <pre class="bibtex"> below: the
    # one BibTeX reader gives the byline in order (the owner marked) and the DOI
    entry = ('<li><a href="https://example.org/{key}.pdf">{title}</a>. <i>{venue}</i>, {year}.\n<pre class="bibtex">'
             "@article{{{key},\n  title={{{title}}},\n  author={{{authors}}},\n  journal={{{venue}}}, year={{{year}}},"
             " doi={{10.1234/{key}}}\n}}</pre></li>\n")
    page = tmp_path / "index.html"
    page.write_text("<html><head><title>Mara Quill</title></head><body><h1>Mara Quill</h1><h2>Publications</h2><ul>\n"
                    + entry.format(key="cw21", title="Counting widgets in the wild", venue="Widget Letters",
                                   year=2021, authors="Brenn, Olaf and Quill, Mara and Ross, Ida")
                    + entry.format(key="sp19", title="Sprockets for all", venue="Sprocket Journal", year=2019,
                                   authors="Quill, Mara and Lorn, Ivo")
                    + "</ul></body></html>\n")
    pubs = {p.title: p for p in import_path(page).profile.publications}
    counting = pubs["Counting widgets in the wild"]
    assert [(a.name, a.is_self) for a in counting.authors] == [("Olaf Brenn", False), ("Mara Quill", True),
                                                               ("Ida Ross", False)]
    assert not counting.authors_truncated and counting.doi == "10.1234/cw21"


def test_the_lab_sentence_naming_its_head_with_dr_and_a_campus_gives_the_heads_university(tmp_path):
    # "We are a group headed by Dr. X, and we are a part of ... at the University of Y, Z (UYZ).": the title's stop
    # does not end the sentence, and the campus after the comma is part of the university's name
    root = write_site(tmp_path / "site", {"index.html": (
        "<html><head><title>Widget (WDG) Lab</title></head><body><h1>WDG Lab</h1>\n<h2>Introduction</h2>\n"
        "<p>We are an academic research group headed by Dr. Mara Quill, and we are a part of the Department of"
        " Widget Science and Engineering (WSE) and the Brightwater Gadget Institute at the University of Northfield,"
        " East Bay (UNEB). We build widget meters.</p>\n<h2>Members</h2>\n<h3>Faculty</h3>\n"
        + _CARD.format("mq", "Mara Quill", "Associate Professor, WSE and BGI<br />\nOffice: WSE 1210")
        + "</body></html>\n")})
    person = import_path(root).profile.person
    assert person.name == "Mara Quill"
    assert [a.name for a in person.affiliations] == ["University of Northfield, East Bay"]
