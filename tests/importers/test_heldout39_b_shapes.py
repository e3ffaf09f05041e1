"""Site shapes met in batch 39b, in synthetic form: one document of a Jekyll papers collection that is the whole
list of papers (HTML cards under a section title)."""

from __future__ import annotations

from kg.importers import import_path
from tests.importers.sitefiles import imported_site

_CARD = """
<div class="card">
  <h3>{title}</h3>
  <p>{authors}</p>
  <p><em>{venue}</em></p>
  <a href="https://papers.example.org/{n}.pdf">Paper</a>
</div>
"""


def test_a_collection_document_titled_as_the_section_holding_every_paper_as_html_cards(tmp_path):
    # academicpages, but the owner wrote all papers by hand into one _publications document: its title names the
    # section ("Papers"), its permalink is the publications page, and its body is HTML, one <h3> card per paper
    cards = "".join(_CARD.format(title=t, authors=a, venue=v, n=n) for n, (t, a, v) in enumerate([
        ("Lichen Growth on Granite Walls", "Ola Brekke, Siri Lund*, Tor Vang", "Journal of Moss 2023"),
        ("Peat Depth Under Winter Snow", "Siri Lund, Per Hale", "Cold Soils 2022"),
        ("Moss Cover on Cold River Banks", "Tor Vang, Siri Lund", "River Ecology 2021"),
    ]))
    profile = imported_site(tmp_path / "site", {
        "_config.yml": "title: Siri Lund\nurl: https://slund.example.org\nauthor:\n  name: Siri Lund\n",
        "_pages/about.md": "---\npermalink: /\ntitle: About\n---\nI study moss and peat in cold places.\n",
        "_pages/publications.html": "---\nlayout: archive\npermalink: /publications/\n---\n"
                                    "{% for post in site.publications reversed %}"
                                    "{% include archive-single.html %}{% endfor %}\n",
        "_publications/papers.md": "---\ntitle: \"Papers\"\ncollection: publications\npermalink: /publications/\n"
                                   "---\n\n<div class=\"list\">\n" + cards + "</div>\n",
    })
    pubs = profile.publications
    assert [p.title for p in pubs] == ["Lichen Growth on Granite Walls", "Peat Depth Under Winter Snow",
                                       "Moss Cover on Cold River Banks"]
    assert [a.name for a in pubs[0].authors] == ["Ola Brekke", "Siri Lund", "Tor Vang"]
    assert pubs[1].authors[0].is_self


def test_a_plain_block_whose_class_calls_it_the_year_dates_the_cards_after_it(tmp_path):
    # "<div class="year">2022</div>" between the cards: no heading element, no bold, nothing but its class says
    # it is the year of the cards that follow (the venues write no year)
    cards = [("Lichen Growth on Granite Walls", "Ola Brekke, Siri Lund", "Journal of Moss"),
             ("Peat Depth Under Winter Snow", "Siri Lund, Per Hale", "Cold Soils"),
             ("Moss Cover on Cold River Banks", "Tor Vang, Siri Lund", "River Ecology")]
    body = ('<div class="year">2023</div>\n' + _CARD.format(title=cards[0][0], authors=cards[0][1],
                                                               venue=cards[0][2], n=0)
            + '<div class="year">2021</div>\n' + "".join(_CARD.format(title=t, authors=a, venue=v, n=n)
                                                         for n, (t, a, v) in enumerate(cards[1:], start=1)))
    profile = imported_site(tmp_path / "site", {
        "index.html": "<html><head><title>Siri Lund</title></head><body><h1>Siri Lund</h1>\n"
                      "<p>I study moss and peat in cold places.</p>\n<h2>Publications</h2>\n" + body
                      + "</body></html>\n"})
    pubs = profile.publications
    assert [(p.title, p.year) for p in pubs] == [("Lichen Growth on Granite Walls", 2023),
                                                 ("Peat Depth Under Winter Snow", 2021),
                                                 ("Moss Cover on Cold River Banks", 2021)]


def test_a_ranking_tag_set_after_the_venue_in_a_span_of_its_own_is_a_note(tmp_path):
    # "<em>Venue</em> <span class="paper-tag">CCF B</span>": the ranking the owner sets beside each venue is no
    # part of the venue's name
    cards = "".join(
        f'<div class="card"><h3>{t}</h3><p>{a}</p><p><em>{v}</em> <span class="paper-tag">{tag}</span></p></div>\n'
        for t, a, v, tag in [("Lichen Growth on Granite Walls", "Ola Brekke, Siri Lund", "Journal of Moss 2023",
                              "CCF B"),
                             ("Peat Depth Under Winter Snow", "Siri Lund, Per Hale", "Cold Soils 2022", "Q1, Top"),
                             ("Moss Cover on Cold River Banks", "Tor Vang, Siri Lund", "River Ecology 2021",
                              "Oral, CCF A")])
    profile = imported_site(tmp_path / "site", {
        "index.html": "<html><head><title>Siri Lund</title></head><body><h1>Siri Lund</h1>\n"
                      "<p>I study moss and peat in cold places.</p>\n<h2>Publications</h2>\n" + cards
                      + "</body></html>\n"})
    pubs = profile.publications
    assert [(p.venue, p.year) for p in pubs] == [("Journal of Moss", 2023), ("Cold Soils", 2022),
                                                 ("River Ecology", 2021)]
    assert [p.notes for p in pubs] == [["CCF B"], ["Q1, Top"], ["Oral, CCF A"]]


def test_a_jekyll_configs_social_mapping_of_profiles_by_key_gives_the_identifiers(tmp_path):
    # no theme: the site's own layout reads "site.social.github" and friends, a mapping (not a list of icon links)
    profile = imported_site(tmp_path / "site", {
        "_config.yml": "title: Siri Lund\nurl: https://slund.example.org\nauthor:\n  name: Siri Lund\n"
                       "social:\n  github: \"siri-lund\"\n"
                       "  scholar: \"https://scholar.google.com/citations?user=AbCdEfGhIjkl&hl=en\"\n"
                       "  linkedin: \"https://www.linkedin.com/in/sirilund/\"\n",
        "index.html": "---\nlayout: default\n---\n<h2>About</h2>\n<p>I study moss and peat in cold places.</p>\n"
                      "<a href=\"https://github.com/{{ site.social.github }}\">GitHub</a>\n",
    })
    ids = profile.person.identifiers
    assert (ids.get("github"), ids.get("google_scholar"), ids.get("linkedin")) == (
        "siri-lund", "AbCdEfGhIjkl", "sirilund")


def test_the_config_authors_title_after_a_degree_is_the_job_title(tmp_path):
    # academicpages' sidebar: "author: title:" set to the degree and the position ("博士/副教授", Dr./associate
    # professor); the about page states no position
    profile = imported_site(tmp_path / "site", {
        "_config.yml": "title: \"学术主页\"\nurl: https://slund.example.org\nauthor:\n  name: \"林思\"\n"
                       "  title: \"博士/副教授\"\n  employer: \"北方大学\"\n",
        "_pages/about.md": "---\npermalink: /\ntitle: 个人简介\n---\n研究方向：苔藓与泥炭。\n",
    })
    person = profile.person
    assert person.job_title == "副教授"


def test_an_old_sites_contact_page_named_with_the_words_run_together_is_read_for_the_email(tmp_path):
    # "contactus.htm" (Contact Us) in the image menu of a hand-written site (each link a picture of its label, no
    # alt text): the only page that gives the owner's email
    menu = "<table><tr>" + "".join(f'<td><a href="{page}"><img src="menu_{n}.gif" width="160"></a></td>' for n, page in
                                   enumerate(["index.html", "publications.htm", "contactus.htm"])) + "</tr></table>\n"
    profile = imported_site(tmp_path / "site", {
        "index.html": "<html><head><title>Siri Lund</title></head><body>" + menu
                      + "<h1>Siri Lund</h1>\n<p>Siri Lund is a Professor of Botany at Fjord University.</p>\n"
                      "</body></html>\n",
        "publications.htm": "<html><head><title>Publications</title></head><body>" + menu
                            + "<ol>\n<li>S. Lund and P. Hale, \"Moss Cover on Cold River Banks\", River Ecology, "
                            "2021</li>\n<li>O. Brekke and S. Lund, \"Peat Depth Under Winter Snow\", Cold Soils, "
                            "2019</li>\n</ol></body></html>\n",
        "contactus.htm": "<html><head><title>Contact</title></head><body>" + menu
                         + "<p><b>Siri Lund</b></p>\n<p>Department of Botany, Fjord University</p>\n"
                         "<p><b>Email: </b><b>slund@fjord.example.edu</b></p>\n</body></html>\n",
    })
    assert profile.person.email == "slund@fjord.example.edu"


def test_dated_news_records_whose_text_is_split_around_a_link_are_news(tmp_path):
    # "_data/news.yml": each item a date and its sentence in pieces around an optional link (prefix, link_text, url,
    # suffix), as the site's own loop prints them
    profile = imported_site(tmp_path / "site", {
        "_config.yml": "title: Siri Lund\nurl: https://slund.example.org\nauthor:\n  name: Siri Lund\n",
        "index.html": "---\nlayout: default\n---\n<h2>About</h2>\n<p>I study moss and peat in cold places.</p>\n"
                      "<h2>News</h2>\n<ul>{% for n in site.data.news %}<li>{{ n.date }} {{ n.prefix }} "
                      "<a href=\"{{ n.url }}\">{{ n.link_text }}</a> {{ n.suffix }}</li>{% endfor %}</ul>\n",
        "_data/news.yml": "- date: 2024-05-02\n  prefix: \"Our paper\"\n  link_text: \"Moss Cover\"\n"
                          "  url: \"https://papers.example.org/moss\"\n  suffix: \"was accepted at River Ecology!\"\n"
                          "- date: 2023-01-10\n  prefix: \"\"\n  link_text: \"\"\n  url: \"\"\n"
                          "  suffix: \"I received the Fjord Prize for young researchers.\"\n",
    })
    news = profile.news
    assert [(str(n.date), n.text) for n in news] == [
        ("2024-05-02", "Our paper Moss Cover was accepted at River Ecology!"),
        ("2023-01-10", "I received the Fjord Prize for young researchers.")]
    assert news[0].links == ["https://papers.example.org/moss"]


def test_a_one_word_title_in_quotes_between_the_names_and_the_venue_is_the_title(tmp_path):
    # an encyclopedia entry: 'W. Fan and K. Lee, "Bagging", Encyclopedia of X, pp. 1-9, Publisher' (no year)
    page = tmp_path / "pubs.html"
    page.write_text("<html><head><title>Publications</title></head><body><h1>Kari Lee</h1>\n"
                    "<h2>Publications</h2>\n<ol>\n"
                    "<li> O. Brekke and K. Lee, \"Moss Cover on Cold River Banks\", River Ecology, 2021 </li>\n"
                    "<li> P. Hale and K. Lee, \"Lichens\", Encyclopedia of Cold Places, pp. 20-24, Fjord Press </li>\n"
                    "</ol></body></html>\n", encoding="utf-8")
    pubs = import_path(page).profile.publications
    assert [(p.title, p.venue) for p in pubs] == [("Moss Cover on Cold River Banks", "River Ecology"),
                                                  ("Lichens", "Encyclopedia of Cold Places")]
    assert [a.name for a in pubs[1].authors] == ["P. Hale", "K. Lee"]


def test_profile_links_a_hugo_home_template_writes_out_in_a_partial_give_the_identifiers(tmp_path):
    # a hand-made Hugo theme: layouts/index.html pulls in a sidebar partial whose links to the owner's profiles are
    # written out in the template ("<a href=https://orcid.org/... rel=me>"), nowhere in the configuration
    profile = imported_site(tmp_path / "site", {
        "config.yaml": "title: Siri Lund\nparams:\n  author:\n    name: Siri Lund\n    email: siri@example.org\n",
        "content/_index.md": "---\ntitle: Home\n---\nI am a botanist who studies moss and peat in cold places.\n",
        "layouts/index.html": "{{ define \"main\" }}\n<div>{{ .Content }}</div>\n"
                              "{{ partial \"home-sidebar.html\" . }}\n{{ end }}\n",
        "layouts/partials/home-sidebar.html": "<ul>\n<li><a href=\"/bio/\">Biography</a></li>\n"
                                              "<li><a href=\"https://github.com/sirilund\" rel=\"me\">GitHub</a></li>\n"
                                              "<li><a href=\"https://orcid.org/0000-0002-1825-0097\" rel=\"me\">ORCID"
                                              "</a></li>\n</ul>\n",
        "layouts/partials/unused.html": "<a href=\"https://github.com/someone-else\">GitHub</a>\n",
    })
    ids = profile.person.identifiers
    assert (ids.get("github"), ids.get("orcid")) == ("sirilund", "0000-0002-1825-0097")
