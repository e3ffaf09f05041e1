"""kg.importers.site.news: a site's dated announcements wherever it keeps them (al-folio ``_news/``, the posts a
news page loops over, a data file's records), as small synthetic sites in our own words."""

from __future__ import annotations

from kg.importers import import_path

from .sitefiles import academicpages_home, imported_site, write_site


def test_posts_in_a_subfolder_of_the_category_a_news_page_loops_over_are_news(tmp_path):
    # the news page lists "site.categories.fieldnotes"; the posts sit in _posts/fieldnotes/ (Jekyll reads
    # a collection's subfolders); a post of another category is no news
    files = {
        **academicpages_home("Orla Brennan", "Orla Brennan studies peat bogs.\n"),
        "news/index.html":
        "---\nlayout: page\ntitle: \"The Bog Group in the News\"\n---\n"
        "{% for post in site.categories.fieldnotes limit: 10 %}<h2>{{ post.title }}</h2>{% endfor %}\n",
    }
    for day, title, cat in (("2021-03-04", "Sampling season opens", "fieldnotes"),
                            ("2021-06-10", "A grant for the peat survey", "fieldnotes"),
                            ("2021-07-01", "How we brew coffee", "kitchen")):
        files[f"_posts/fieldnotes/{day}-x.md"] = (
            f"---\ntitle: \"{title}\"\ndate: {day}\ncategories:\n - {cat}\n---\n\nSome words on it.\n")
    news = imported_site(tmp_path / "site", files).news
    assert sorted(n.date for n in news) == ["2021-03-04", "2021-06-10"]


def test_posts_a_news_section_of_the_home_page_loops_over_are_news(tmp_path):
    """The home page's "## 新闻" (News) section assigns the site's posts to a variable and loops over it
    ('{% assign posts = site.posts | where:"lang", page.lang %}' then '{% for post in posts limit:3 %}'), with a
    "查看全部>>" (see all) link under it: every post is news, the link none. Before, only a page titled news looping
    over site.posts itself made posts news: the link was the one news item."""
    files = {
        **academicpages_home("Orla Brennan", "Orla Brennan studies peat bogs.\n\n## 新闻\n"
                             "{% assign posts = site.posts | where:\"lang\", page.lang %}\n"
                             "<ul>{% for post in posts limit:3 %}\n  {% include archive-single.html %}\n{% endfor %}</ul>\n\n"
                             "[查看全部>>]({{ site.baseurl }}/year-archive/)\n\n## Teaching\n\nPeat 101.\n"),
    }
    for day, title in (("2021-03-04", "Sampling season opens"), ("2021-06-10", "A grant for the peat survey")):
        files[f"_posts/{day}-x.md"] = f"---\ntitle: \"{title}\"\nlang: zh\ndate: {day}\n---\n\nSome words on it.\n"
    news = imported_site(tmp_path / "site", files).news
    assert sorted(n.date for n in news) == ["2021-03-04", "2021-06-10"]


def test_the_demo_announcements_of_a_site_whose_about_page_says_news_false_are_no_news(tmp_path):
    # al-folio's about page with "news: false" lists no announcements, and no page loops over site.news: the
    # theme's demo items left in _news are shown nowhere
    from tests.importers.sitefiles import write_site

    files = {"_config.yml": "title: Tamsin Vell\nfirst_name: Tamsin\nlast_name: Vell\n",
             "_pages/about.md": "---\nlayout: about\ntitle: About\npermalink: /\nnews: false\n---\n\n"
                                "I am a lecturer in Hydrology at the University of Lowmere.\n",
             "_news/announcement_1.md": "---\nlayout: post\ndate: 2015-10-22 15:59:00-0400\ninline: true\n---\n\n"
                                        "A short inline note about nothing in particular.\n"}
    assert import_path(write_site(tmp_path / "a", files)).profile.news == []
    files["_pages/about.md"] = files["_pages/about.md"].replace("news: false", "news: true")
    assert len(import_path(write_site(tmp_path / "b", files)).profile.news) == 1


def test_a_hidden_announcement_file_is_no_news(tmp_path):
    # "_news/.announcement_1.md" (a theme's sample kept aside under a dot): Jekyll leaves hidden files out of a
    # collection, so the site shows only the other announcement
    from tests.importers.sitefiles import write_site

    item = "---\nlayout: post\ndate: {d}\ninline: true\n---\n\n{t}\n"
    files = {"_config.yml": "title: Tamsin Vell\nfirst_name: Tamsin\nlast_name: Vell\n",
             "_pages/about.md": "---\nlayout: about\ntitle: About\npermalink: /\nnews: true\n---\n\n"
                                "I am a lecturer in Hydrology at the University of Lowmere.\n",
             "_news/.announcement_1.md": item.format(d="2024-09-16", t="Stay tuned for more."),
             "_news/announcement_2.md": item.format(d="2024-10-01", t="Our river paper was accepted.")}
    news = import_path(write_site(tmp_path, files)).profile.news
    assert [(n.date, n.text) for n in news] == [("2024-10-01", "Our river paper was accepted.")]


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


def test_dated_news_records_whose_sentence_is_an_html_snippet_are_news(tmp_path):
    # "_data/news.yml": each item a date and an "html" key, a snippet with links the home page's loop prints as it is
    profile = imported_site(tmp_path / "site", {
        "_config.yml": "title: Siri Lund\nurl: https://slund.example.org\nauthor:\n  name: Siri Lund\n",
        "index.md": "---\nlayout: default\n---\n\nI study moss and peat in cold places.\n\n## News\n\n"
                    "<ul>{% for item in site.data.news %}<li>{{ item.date }}: {{ item.html }}</li>{% endfor %}</ul>\n",
        "_data/news.yml": "- date: \"June 2025\"\n  html: >-\n    Our paper\n    <a href=\"https://papers.example.org/moss\">"
                          "Moss Cover</a>\n    was accepted at River Ecology.\n"
                          "- date: \"March 2024\"\n  html: >-\n    I gave a talk at <b>Peat Days</b>.\n",
    })
    news = profile.news
    assert [(str(n.date), n.text) for n in news] == [
        ("2025-06", "Our paper Moss Cover was accepted at River Ecology."),
        ("2024-03", "I gave a talk at Peat Days.")]
    assert news[0].links == ["https://papers.example.org/moss"]


def test_a_news_records_year_beside_its_full_date_is_read_with_the_date(tmp_path):
    """'date: 2024-05-02' beside 'year: 2024' (a template shows the year as the list's heading): the year is the
    date's own, read with it; a year that says another is left listed. Before, every item's 'year:' was listed."""
    profile = imported_site(tmp_path / "site", {
        "_config.yml": "title: Siri Lund\nurl: https://slund.example.org\nauthor:\n  name: Siri Lund\n",
        "index.md": "---\nlayout: default\n---\n\nI study moss and peat in cold places.\n\n## News\n\n"
                    "<ul>{% for item in site.data.news %}<li>{{ item.date }}: {{ item.content }}</li>{% endfor %}</ul>\n",
        "_data/news.yml": "- date: 2024-05-02\n  year: 2024\n  content: Our paper on moss cover was accepted.\n"
                          "- date: 2023-01-10\n  year: 2022\n  content: I received the Fjord Prize.\n",
    })
    assert [str(n.date) for n in profile.news] == ["2024-05-02", "2023-01-10"]
    assert [u.text for u in profile.unparsed if u.file == "_data/news.yml"] == ["year: 2022"]


def test_the_post_jekyll_new_writes_is_no_news(tmp_path):
    # "Welcome to Jekyll!" ("You'll find this post in your `_posts` directory ..."), tagged "update", left in a
    # real site: template residue, no news of the owner; the owner's own post tagged so stays news
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_posts").mkdir()
    (tmp_path / "_config.yml").write_text('title: "Lu Hartigan"\nauthor:\n  name: "Lu Hartigan"\n')
    (tmp_path / "_pages" / "about.md").write_text("---\npermalink: /\n---\n\nI am a PhD candidate at Tarn University.\n")
    (tmp_path / "_posts" / "2019-04-18-welcome-to-jekyll.md").write_text(
        "---\ntitle: \"Welcome to Jekyll!\"\ndate: 2019-04-18\ntags:\n  - update\n---\n\nYou'll find this post in "
        "your `_posts` directory. Go ahead and edit it and re-build the site to see your changes.\n")
    (tmp_path / "_posts" / "2024-05-01-job.md").write_text(
        "---\ntitle: \"New paper out\"\ndate: 2024-05-01\ntags:\n  - update\n---\n\nOur paper on ferries is out.\n")
    news = import_path(tmp_path).profile.news
    assert [n.date for n in news] == ["2024-05-01"]


def test_an_empty_script_of_the_theme_stops_nothing(tmp_path):
    # the theme's placeholder "assets/js/theme.js" (0 bytes) and a whitespace-only module among the scripts the
    # news reader looks into: no news there, and the site is read as it would be without them
    files = {
        **academicpages_home("Orla Brennan", "Orla Brennan studies peat bogs at Fenwick University.\n"),
        "_publications/2021-a.md": "---\ntitle: \"Peat clocks\"\ndate: 2021-01-01\nvenue: \"Bog Lett.\"\n---\n",
        "assets/js/theme.js": "",
        "src/news.mjs": "  \n\n",
    }
    profile = imported_site(tmp_path / "site", files)
    assert profile.person.name == "Orla Brennan"
    assert [p.title for p in profile.publications] == ["Peat clocks"]


def test_a_folder_of_pages_each_one_dated_item_is_the_news(tmp_path):
    """A Nuxt Content site keeps its news as one page each, ``content/news/<date>.md``, the item's date and sentence
    in the front matter (``date``, ``content``) over a longer body; its template page (an empty date) is none.
    Before: no news, the pages read as the owner's own pages (an award in one was taken for the owner's)."""
    from .test_site_fallthrough import _vue_app

    def item(date, text):
        return f"---\ndate: \"{date}\"\ncontent: \"{text}\"\n---\n\n### {text}\n\nMore words about it.\n"

    profile = imported_site(tmp_path, _vue_app({
        "content/biography/en.md": "Ines Varga studies lichens at Northfjord University.\n",
        "content/news/2024-05-02.md": item("2024-05-02", "Our lichen paper is out."),
        "content/news/2024-09-12.md": item("2024-09-12", "I received the Young Botanist Award."),
        "content/news/0000-00-00.md": "---\ndate: \"\"\ncontent: \"\"\n---\n\n### title\n\n{{ content }}\n",
    }))
    assert sorted((n.date, n.text) for n in profile.news) == [
        ("2024-05-02", "Our lichen paper is out."), ("2024-09-12", "I received the Young Botanist Award.")]
    assert profile.awards == []


def test_an_announcement_dated_on_a_day_no_calendar_has_costs_its_date_not_the_import(tmp_path):
    """One post's "date: 2031-14-03" (month 14) was an internal error that ended the whole import: the item is
    kept with the date's year alone (as parse_date reads any day no calendar has), the date's line reported
    unparsed, and the other items and talks are read as usual."""
    files = {"_config.yml": "title: Tamsin Vell\nfirst_name: Tamsin\nlast_name: Vell\n",
             "_pages/about.md": "---\nlayout: about\ntitle: About\npermalink: /\nnews: true\n---\n\n"
                                "I am a lecturer in Hydrology at the University of Lowmere.\n",
             "_news/a.md": "---\nlayout: post\ndate: 2031-14-03\ninline: true\n---\n\nOur flume is built.\n",
             "_news/b.md": "---\nlayout: post\ndate: 2031-02-11\ninline: true\n---\n\nA grant for the flume.\n",
             "_talks/t.md": "---\ntitle: \"Flumes at dusk\"\ncollection: talks\nvenue: \"Lowmere seminar\"\n"
                            "date: 2031-00-09\n---\n"}
    profile = import_path(write_site(tmp_path / "s", files)).profile
    assert sorted((n.date or "", n.text) for n in profile.news) == [("2031", "Our flume is built."),
                                                                   ("2031-02-11", "A grant for the flume.")]
    assert [(t.title, t.date) for t in profile.talks] == [("Flumes at dusk", "2031")]
    assert {(u.file, u.line, u.text) for u in profile.unparsed} >= {("_news/a.md", 3, "date: 2031-14-03"),
                                                                    ("_talks/t.md", 5, "date: 2031-00-09")}


def test_a_news_module_that_only_imports_its_list_from_json_stops_nothing(tmp_path):
    # "import data from './news.json'; export const news = data": the module writes no item itself (the objects
    # it binds are the JSON file's, once an internal error), and the site is still read; the JSON file's items are
    # the news (they were no news, the file reported unread)
    files = {
        **academicpages_home("Orla Brennan", "Orla Brennan studies peat bogs at Fenwick University.\n"),
        "_publications/2021-a.md": "---\ntitle: \"Peat clocks\"\ndate: 2021-01-01\nvenue: \"Bog Lett.\"\n---\n",
        "src/data/news.json": '[\n  {"date": "May 2024", "text": "Gave a talk on fens."},\n'
                              '  {"date": "Jan 2024", "text": "Joined the moss group."}\n]\n',
        "src/data/news.ts": "import data from './news.json'\n\nexport interface Item {\n  date: string\n  text: string\n}\n\n"
                            "export const news: Item[] = data as Item[]\n",
    }
    profile = imported_site(tmp_path / "site", files)
    assert profile.person.name == "Orla Brennan"
    assert [p.title for p in profile.publications] == ["Peat clocks"]
    assert [n.text for n in profile.news] == ["Gave a talk on fens.", "Joined the moss group."]
    assert not [u for u in profile.unparsed if u.file == "src/data/news.json"]


def _posts_news(tmp_path, posts: dict[str, str]):
    """The news of an academicpages site whose news page lists its ``posts`` (file name: text)."""
    files = {
        **academicpages_home("Orla Brennan", "Orla Brennan studies peat bogs.\n"),
        "news/index.html":
        "---\nlayout: page\ntitle: \"News\"\n---\n"
        "{% for post in site.posts limit: 10 %}<h2>{{ post.title }}</h2>{% endfor %}\n",
        **posts,
    }
    return imported_site(tmp_path / "site", files).news


def test_a_themes_sample_post_left_as_shipped_is_no_news(tmp_path):
    # the starter's sample posts are about the site builder itself ("Hugo Blox is designed to give technical
    # content creators a seamless experience"): left in place, they are the theme's, not the owner's news; the
    # owner's own post beside them stays
    posts = {
        "_posts/2021-03-04-a.md": "---\ntitle: \"Sampling season opens\"\ndate: 2021-03-04\n---\n\nWe start in May.\n",
        "_posts/2023-10-27-b.md": "---\ntitle: \"Charts for your results\"\ndate: 2023-10-27\n---\n\n"
                                  "[Hugo Blox](https://hugoblox.com) is designed to give technical content creators a "
                                  "seamless experience. You focus on the words.\n",
    }
    news = _posts_news(tmp_path, posts)
    assert [n.date for n in news] == ["2021-03-04"]


def test_an_owners_post_naming_hugo_blox_in_words_of_their_own_is_news(tmp_path):
    # "Hugo Blox changes that" in the owner's own sentence is no starter post (it once dropped the post); the
    # starter's notebook post, its whole sentence, still is one
    posts = {
        "_posts/2024-02-01-b.md": "---\ntitle: \"A new site\"\ndate: 2024-02-01\n---\n\nKeeping a site up to date used "
                                  "to take days; Hugo Blox changes that. Join us for the launch talk on 5 March.\n",
        "_posts/2025-01-02-c.md": "---\ntitle: \"Notebooks\"\ndate: 2025-01-02\n---\n\nBut sharing those insights "
                                  "effectively usually means taking screenshots.\n\nHugo Blox changes that. With the "
                                  "`{{</* notebook */>}}` shortcode, you can render your actual `.ipynb` files.\n",
    }
    news = _posts_news(tmp_path, posts)
    assert [n.date for n in news] == ["2024-02-01"]


def test_a_draft_in_a_folder_of_dated_pages_is_no_news(tmp_path):
    """A site keeps its announcements as one page each (``content/posts/*.md``, a title and a date in the front
    matter); a page marked ``draft: true`` is one Hugo does not build, no item of the list. Before: three items."""
    from kg.importers.site.script_data import page_news

    def post(title, date, draft=""):
        return f"---\ntitle: '{title}'\nsummary: 'More about it.'\ndate: {date}\n{draft}---\n\nMore about it.\n"

    root = write_site(tmp_path, {
        "content/posts/field-trip.md": post("Field trip to the fjord", "2024-05-02"),
        "content/posts/lichen-paper.md": post("Our lichen paper is out", "2024-09-12"),
        "content/posts/next-paper.md": post("A preprint on mosses", "2025-01-20", draft="draft: true\n"),
    })
    parts = page_news(root, sorted(root.glob("content/posts/*.md")), None)
    assert sorted((n.date, n.text) for part in parts for n in part.news) == [
        ("2024-05-02", "Field trip to the fjord"), ("2024-09-12", "Our lichen paper is out")]
    draft = next(part for part in parts if part.rel.endswith("next-paper.md"))
    assert not draft.news and draft.doc.unparsed() == []  # (kept off the site's pages, its lines ignored)


def test_a_draft_is_reported_alike_in_a_folder_of_dated_pages_and_in_hugos_content(tmp_path):
    """review74a #8: a draft in a folder of dated pages read as news is reported as the Hugo path reports one ("not
    read: a draft (not published)"), one text for both. Before: the folder's draft was dropped with no report."""
    post = "---\ntitle: '{}'\nsummary: 'More about it.'\ndate: {}\n{}---\n\nMore about it.\n"
    posts = {"a.md": post.format("Field trip to the fjord", "2024-05-02", ""),
             "b.md": post.format("Our lichen paper is out", "2024-09-12", ""),
             "c.md": post.format("A preprint on mosses", "2025-01-20", "draft: true\n")}
    pubs = ('- title: "Tidal mixing in fjords"\n  authors: Ines Varga, Olle Lund\n  journal: Fjord Letters\n'
            '  year: 2021\n- title: "Salt wedges in narrow straits"\n  authors: Ines Varga, Tove Rade\n'
            '  journal: Journal of Straits\n  year: 2019\n')
    dated = write_site(tmp_path / "dated", {"data/publications.yml": pubs,
                                            **{f"content/posts/{k}": v for k, v in posts.items()}})
    hugo = write_site(tmp_path / "hugo", {
        "config.toml": 'baseURL = "https://ines.example.org"\ntitle = "Ines Varga"\n[params]\n  author = "Ines Varga"\n',
        "content/_index.md": "---\ntitle: Ines Varga\n---\n\nI am a hydrologist at Tarn University.\n",
        **{f"content/news/{k}": v for k, v in posts.items()}})
    notes = [[u.text for u in import_path(root).profile.unparsed if u.file and u.file.endswith("/c.md")]
             for root in (dated, hugo)]
    assert notes == [["not read: a draft (not published)"]] * 2


def test_a_themes_lorem_ipsum_news_items_are_no_news(tmp_path):
    # "_data/news.yml" left as the theme shipped it: its items' text is "Lorem ipsum ...", no news of the owner's
    from tests.importers.sitefiles import academicpages_home, imported_site

    lorem = ("- date: 05/09/19\n  title: A great thing\n  content: Lorem ipsum dolor sit amet, consectetur adipiscing.\n"
             "- date: 03/09/19\n  title: Another thing\n  content: Lorem ipsum dolor sit amet, sed do eiusmod.\n")
    files = {**academicpages_home("Ines Varga", "I study lakes.\n"), "_data/news.yml": lorem,
             "_pages/news.md": "---\ntitle: News\npermalink: /news/\n---\n\n{% for item in site.data.news %}\n"
                               "{{ item.date }}: {{ item.content }}\n{% endfor %}\n"}
    assert imported_site(tmp_path / "a", files).news == []
    files["_data/news.yml"] = lorem.replace("Lorem ipsum dolor sit amet, consectetur adipiscing.", "Our lake paper is out.")
    assert [n.text for n in imported_site(tmp_path / "b", files).news] == ["Our lake paper is out."]


def test_a_news_item_hugos_build_options_keep_out_of_lists_is_reported_not_read(tmp_path):
    """A news post whose front matter says ``_build: {list: never}``: no list of the site shows it, so it is no
    news item; the report says why (a draft stays as quiet as before)."""
    from kg.importers.site.news import news_item

    write_site(tmp_path, {
        "post/a.md": "---\ntitle: Our paper on tides is out\ndate: 2024-02-01\n_build:\n  list: never\n---\n\nRead it.\n",
        "post/b.md": "---\ntitle: A draft note\ndate: 2024-03-01\ndraft: true\n---\n\nSoon.\n",
    })
    hidden, draft = news_item(tmp_path, tmp_path / "post/a.md", None), news_item(tmp_path, tmp_path / "post/b.md", None)
    assert not hidden.news and not draft.news
    assert [(u.file, u.text) for u in hidden.extra_unparsed] == [
        ("post/a.md", "not read: in no list of the site (Hugo's build options: list: never)")]
    assert draft.extra_unparsed == []


def test_posts_that_are_works_records_are_works_not_the_news_every_post_is(tmp_path):
    """A group's Jekyll site keeps its papers as blog posts, one a post ("categories: publications" over
    "authors:", "journal:", "year:"), beside its news posts; the news page lists every post, and
    the publications page loops over the posts of that category. Each paper post is one work (before, all were
    news items and the site had no work); a news post stays news, one naming its writer and no venue ("author: ada",
    "tags: Science") too, and so does a post filed under news that names a journal (a paper out)."""
    files = {
        **academicpages_home("Ada Lind", "Ada Lind models ice shelves.\n"),
        "_pages/news.md": "---\npermalink: /news/\ntitle: News\n---\n\n"
                          "{% for post in site.posts %}<h3>{{ post.title }}</h3>{% endfor %}\n",
        "_pages/publications.md": "---\npermalink: /publications/\ntitle: Publications\n---\n\n"
                                  "{% for post in site.posts %}{% if post.categories contains 'publications' %}"
                                  "<p>\"{{ post.title }}\", {{ post.authors }}, <i>{{ post.journal }}</i> "
                                  "({{ post.year }})</p>{% endif %}{% endfor %}\n",
        "_posts/pubs/2021-02-01-calving.md": "---\ncategories: publications\ndate: 2021-02-01\n"
                                           "title: \"Calving fronts under warm water\"\n"
                                           "authors: \"Ada Lind, Bo Kerr and Cy Marsh\"\njournal: \"Ice Letters\"\n"
                                           "year: \"2021\"\n---\n",
        "_posts/pubs/2022-05-03-melt.md": "---\ncategories: publications\ndate: 2022-05-03\n"
                                         "title: \"Basal melt of a floating tongue\"\n"
                                         "authors: \"Bo Kerr and Ada Lind\"\njournal: \"Polar Reviews\"\n"
                                         "year: \"2022\"\n---\n",
        "_posts/news/2022-06-01-welcome.md": "---\ncategories: news\ndate: 2022-06-01\n"
                                            "title: \"Cy Marsh joins the group\"\n---\n\nWelcome, Cy!\n",
        "_posts/2022-08-01-retreat.md": "---\ntitle: \"Group retreat\"\nauthor: ada\ntags:\n  - Science\n---\n\n"
                                       "A day of talks by the sea.\n",
        "_posts/news/2022-07-01-out.md": "---\ncategories: news\ndate: 2022-07-01\n"
                                        "title: \"Our melt paper is out\"\nauthors: \"Bo Kerr\"\n"
                                        "journal: \"Polar Reviews\"\n---\n\nRead it now.\n",
    }
    profile = imported_site(tmp_path / "site", files)
    pubs = sorted(profile.publications, key=lambda p: p.year or 0)
    assert [(p.title, p.venue, p.year) for p in pubs] == [
        ("Calving fronts under warm water", "Ice Letters", 2021),
        ("Basal melt of a floating tongue", "Polar Reviews", 2022)]
    assert [a.name for a in pubs[0].authors] == ["Ada Lind", "Bo Kerr", "Cy Marsh"]
    assert sorted(n.date for n in profile.news) == ["2022-06-01", "2022-07-01", "2022-08-01"]


def test_a_paper_post_is_read_once_by_the_posts_reader_and_handed_to_the_records_reader(tmp_path, monkeypatch):
    """The posts reader reads each post's front matter to tell a paper post from news; the records reader takes
    that reading (document, path, front matter) rather than reading the file again."""
    from kg.importers.site import jekyll, record_files

    files = {
        **academicpages_home("Ada Lind", "Ada Lind models ice shelves.\n"),
        "_posts/2021-02-01-calving.md": "---\ncategories: publications\ntitle: \"Calving fronts under warm water\"\n"
                                        "authors: \"Ada Lind and Bo Kerr\"\njournal: \"Ice Letters\"\n"
                                        "year: \"2021\"\n---\n",
        "_posts/2022-05-03-melt.md": "---\ncategories: publications\ntitle: \"Basal melt of a floating tongue\"\n"
                                     "authors: \"Bo Kerr and Ada Lind\"\njournal: \"Polar Reviews\"\n"
                                     "year: \"2022\"\n---\n",
    }
    read: list[str] = []

    def counted(root, path):
        read.append(path.name)
        return real(root, path)

    real = jekyll.read_markdown
    monkeypatch.setattr(jekyll, "read_markdown", counted)
    monkeypatch.setattr(record_files, "read_markdown", counted)
    profile = imported_site(tmp_path / "site", files)
    assert sorted((p.title, p.venue, p.year) for p in profile.publications) == [
        ("Basal melt of a floating tongue", "Polar Reviews", 2022),
        ("Calving fronts under warm water", "Ice Letters", 2021)]
    assert read.count("2021-02-01-calving.md") == 1 and read.count("2022-05-03-melt.md") == 1


def test_a_news_post_that_links_the_preprint_it_announces_stays_news(tmp_path):
    """A lab's news posts name their writer ("author: ivo") and link what they announce under a key of the theme's
    own ("link: https://arxiv.org/abs/...") or cite an address in their prose ("excerpt: ... https://doi.org/..."):
    a post is a work's record only when a key of a record's says where the work appeared ("journal:", "doi:"), so
    these stay news (with the address anywhere, every such post was taken for a work and the news page was empty)."""
    files = {
        **academicpages_home("Ada Lind", "Ada Lind models ice shelves.\n"),
        "_pages/news.md": "---\npermalink: /news/\ntitle: News\n---\n\n"
                          "{% for post in site.posts %}<h3>{{ post.title }}</h3>{% endfor %}\n",
        "_posts/2022-03-01-preprint.md": "---\ntitle: \"Our preprint on calving fronts is out\"\nauthor: ivo\n"
                                         "link: https://arxiv.org/abs/2203.00011\n---\n\nCongratulations, Bo!\n",
        "_posts/2022-04-01-welcome.md": "---\ntitle: \"Cy Marsh joins the group\"\nauthor: ivo\n"
                                        "excerpt: \"Cy wrote https://doi.org/10.1000/thesis.7 before\"\n---\n\n"
                                        "Welcome, Cy!\n",
    }
    profile = imported_site(tmp_path / "site", files)
    assert profile.publications == []
    assert sorted(n.date for n in profile.news) == ["2022-03-01", "2022-04-01"]


def test_dated_news_records_whose_sentence_is_a_message_with_a_link_beside_it(tmp_path):
    """``- message: ... / date: May 2026 / url: ...`` (a CV theme's ``_data/news.yml``): the sentence under
    "message", its link under "url". Before, the file was dismissed whole as no list."""
    profile = imported_site(tmp_path / "site", {
        "_config.yml": "title: Siri Lund\nurl: https://slund.example.org\nauthor:\n  name: Siri Lund\n",
        "index.md": "---\nlayout: default\n---\n\nI study moss and peat in cold places.\n\n## News\n\n"
                    "{% for news in site.data.news %}- {{ news.date }}: {{ news.message }}\n{% endfor %}\n",
        "_data/news.yml": "- message: Our paper on **moss cover** was accepted!\n  date: May 2026\n"
                          "  url: https://papers.example.org/moss\n"
                          "- message: I joined the Peat Lab as a postdoc.\n  date: January 2025\n",
    })
    assert [(str(n.date), n.text, n.links) for n in profile.news] == [
        ("2026-05", "Our paper on moss cover was accepted!", ["https://papers.example.org/moss"]),
        ("2025-01", "I joined the Peat Lab as a postdoc.", [])]
    assert not [u for u in profile.unparsed if u.file == "_data/news.yml"]


def test_a_press_items_headline_and_outlet_open_its_text_over_its_description(tmp_path):
    """'_data/news.yml' of press coverage: each item a headline (``title:``), the paper that ran it (``outlet:``), a
    link, a date and a line on what the owner did in it (``description:``). The headline and the outlet are the
    item's, read with its description (before, the description alone was the text and both stayed listed); an
    item with no description is its headline alone."""
    result = import_path(write_site(tmp_path / "site", {
        "_config.yml": "title: Siri Lund\nurl: https://slund.example.org\nauthor:\n  name: Siri Lund\n",
        "index.md": "---\nlayout: default\n---\n\nI study moss and peat in cold places.\n\n## In the press\n\n"
                    "{% for item in site.data.news %}- {{ item.title }}{% endfor %}\n",
        "_data/news.yml": "- title: \"Why the bogs are drying out\"\n  outlet: \"The Northern Herald\"\n"
                          "  url: \"https://herald.example.com/bogs\"\n  date: 2025-04-02\n"
                          "  image: \"https://herald.example.com/bog.jpg\"\n"
                          "  description: >\n    Quoted on how warm winters\n    shrink peat moss.\n"
                          "- title: \"Moss counts by volunteers\"\n  date: 2024-09-15\n"
                          "  url: \"https://radio.example.com/moss\"\n",
    }))
    news = result.profile.news
    assert [(str(n.date), n.text) for n in news] == [
        ("2025-04-02",
         "Why the bogs are drying out (The Northern Herald): Quoted on how warm winters shrink peat moss."),
        ("2024-09-15", "Moss counts by volunteers")]
    listed = [u.text.strip() for u in result.profile.unparsed if u.file == "_data/news.yml"]
    assert not [t for t in listed if t.startswith(("- title:", "outlet:"))]


def test_a_press_items_headline_and_outlet_are_read_whichever_key_holds_its_text(tmp_path):
    """Press items (an outlet named) whose headline is their only text, whose headline sits under ``headline:``
    beside a ``description:``, or whose headline is a link: each is read as "Headline (Outlet)", its sentence after
    it, the headline's link among its links; nothing of them stays listed (before, the outlet stayed listed, the
    description of a ``headline:`` item was dropped and the headline's link lost)."""
    result = import_path(write_site(tmp_path / "site", {
        "_config.yml": "title: Siri Lund\nurl: https://slund.example.org\nauthor:\n  name: Siri Lund\n",
        "index.md": "---\nlayout: default\n---\n\nI study moss and peat in cold places.\n\n## In the press\n\n"
                    "{% for item in site.data.news %}- {{ item.title }}{% endfor %}\n",
        "_data/news.yml": "- title: \"Why the bogs are drying out\"\n  outlet: \"The Northern Herald\"\n"
                          "  date: 2025-04-02\n"
                          "- headline: \"Moss counts by volunteers\"\n  outlet: Radio North\n  date: 2024-09-15\n"
                          "  description: Spoke on the moss count.\n"
                          "- title: \"[Peat on fire](https://paper.example.com/peat)\"\n  newspaper: Daily Peat\n"
                          "  date: 2023-01-05\n  content: Interviewed about fires.\n",
    }))
    assert [(str(n.date), n.text, n.links) for n in result.profile.news] == [
        ("2025-04-02", "Why the bogs are drying out (The Northern Herald)", []),
        ("2024-09-15", "Moss counts by volunteers (Radio North): Spoke on the moss count.", []),
        ("2023-01-05", "Peat on fire (Daily Peat): Interviewed about fires.", ["https://paper.example.com/peat"])]
    assert not [u for u in result.profile.unparsed if u.file == "_data/news.yml"]
