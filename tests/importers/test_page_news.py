"""News lists: where one item ends, and each event once (synthetic pages, invented names)."""

from pathlib import Path

import pytest

from kg.importers import import_path
from kg.importers.base import ImportOptions, SourceDoc
from kg.importers.page.parse import parse_html

from .sitefiles import imported_site

NEWS = """<html><body><h1>Rowan Ashby</h1>
<h2>News</h2>
<p><i>March 3, 2018</i>: Our paper on frost heave came out in Cold Ground.</p>
<p><div align="center">*****</div>
<i>October 14-15, 2017</i>: We hosted a workshop on glaciers.
<table><tr><td><img src="a.png"><div>Pic: the participants.</div></td>
<td><img src="b.png"><div>Pic: the opening talk.</div></td></tr></table>
<p><div align="center">*****</div>
<p><i>May 14, 2017</i>: Upcoming talks at the Winter Meeting:</p>
<ul><li>"Moraines of the north", Monday 10am</li><li>"Dating gravel", Tuesday 2pm</li></ul>
<div align="center">*****</div>
<div class="Copyright">Copyright &copy; Rowan Ashby</div>
</body></html>
"""


def test_dividers_captions_and_sub_lists_belong_to_the_dated_item_above_and_a_span_of_days_is_a_date():
    news = parse_html(SourceDoc(Path("news.html"), NEWS), ImportOptions()).news
    assert [n.date for n in news] == ["2018-03-03", "2017-10-14", "2017-05-14"]
    assert news[1].text.endswith("Pic: the opening talk.")


CARD = """<h2>Lab news</h2>
<ul>
<li>{d1}: Congratulations to Ada for the acceptance of her paper in Ecology!</li>
<li>2024-01-10: Welcome to Ben, our new undergraduate student.</li>
</ul>
"""


def test_a_news_card_copied_onto_every_page_with_other_words_is_each_event_once(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    head = "<html><body><h1>Fjord Ecology Lab</h1><p>The lab of Petra Lindqvist.</p>\n"
    (site / "index.html").write_text(head + CARD.format(d1="2024-02-16") + "</body></html>")
    (site / "people.html").write_text(head + CARD.format(d1="2024-02-17").replace(
        "for the acceptance of her paper in Ecology", "for her paper accepted in Ecology") + "</body></html>")
    news = import_path(site, owner="Petra Lindqvist").profile.news
    assert [n.date for n in news] == ["2024-02-16", "2024-01-10"]


def test_two_news_of_one_day_about_two_people_stay_two():
    from kg.importers import dedupe_news
    from kg.model import NewsItem

    items = [NewsItem(date="2023-12-01", text="Congrats to Ada's accepted paper in Ecology"),
             NewsItem(date="2023-12-01", text="Congrats to Benedikt's accepted paper in Hydrology Letters")]
    assert len(dedupe_news(items)) == 2


def test_two_news_of_one_month_naming_two_venues_stay_two():
    from kg.importers import dedupe_news
    from kg.model import NewsItem

    items = [NewsItem(date="2023-03", text="One paper is accepted by GEOL 2023!"),
             NewsItem(date="2023-03", text="One paper is accepted by HYDRO 2023!")]
    assert len(dedupe_news(items)) == 2


def test_two_news_in_chinese_of_one_month_about_two_students_stay_two():
    # "祝贺冉欢欢获得博士学位并入职X学院！" / "祝贺万添获得博士学位并入职X学院湖南分院！": the same words around two
    # students' names (no capitals to tell names by in Chinese); they were one item, the second news lost
    from kg.importers import dedupe_news
    from kg.model import NewsItem

    items = [NewsItem(date="2025-07", text="祝贺王小明获得博士学位并入职气象局培训学院湖南分院！"),
             NewsItem(date="2025-07", text="祝贺陈华获得博士学位并入职气象局培训学院！"),
             # (a copy of the first with a word left out is the same news)
             NewsItem(date="2025-07", text="祝贺王小明获得博士学位并入职气象局培训学院湖南分院")]
    assert [n.text for n in dedupe_news(items)] == [items[0].text, items[1].text]


HEADLINES = """<html><head><title>News | Lind Lab</title></head><body>
<div class="top"><h1 class="header"><header>NEWS</header></h1>
<p><strong><u><a name="a">Lab member wins the <em>Northwind</em> poster prize</a></u></strong>
<p>Student Ada Roe won first prize at the Northwind meeting for her work on moss roots in the lab.
<br></br></p>
<p><strong><u><a name="b">Lab movies shown at the <em>Harbor Film Festival</em></a></u></strong></p>
<p>Timelapse movies made in the lab were <a href="http://films.example.org/x">shown</a> at the festival.</p>
</div></body></html>
"""


def test_a_heading_wrapped_in_a_header_is_no_item_and_an_undated_bold_headline_opens_the_paragraph_below():
    news = parse_html(SourceDoc(Path("news.html"), HEADLINES), ImportOptions(owner="Jo Lind")).news
    assert [n.text.split(":")[0] for n in news] == ["Lab member wins the Northwind poster prize",
                                                    "Lab movies shown at the Harbor Film Festival"]
    assert news[1].text.endswith("at the festival.") and news[1].links == ["http://films.example.org/x"]


def test_undated_bold_items_one_after_another_stay_apart():
    page = ("<html><body><h1>Jo Lind</h1><h2>News</h2><p><b>Our paper on moss roots is out</b></p>"
            "<p><b>Ada Roe joins the lab</b></p><p>She comes from Harbor College.</p></body></html>")
    news = parse_html(SourceDoc(Path("index.html"), page), ImportOptions()).news
    assert [n.text for n in news] == ["Our paper on moss roots is out",
                                      "Ada Roe joins the lab: She comes from Harbor College."]


def test_dated_announcements_under_a_highlights_heading_are_news(tmp_path):
    """A profile README whose "Research Highlights" list (a heading read as publications) holds items that each
    open with a month and a year and tell what became of a work ("06.2025 [Tide](..) is accepted to **IROS'2025**!"):
    news items, one each, with their month. Before, they were read as papers, a line at a time: a paper titled
    "Best Paper Award" among them, the rest unread."""
    p = imported_site(tmp_path, {"README.md": (
        "## Hi, I'm Oona Varga\n\nI build robots at a startup.\n\n### Research Highlights\n\n"
        "- 06.2025 [**Tide**](https://github.com/ovarga/tide) is accepted to **IROS'2025**!\n"
        "- 01.2025 [**Reef**](https://github.com/ovarga/reef) is awarded **Best Paper Award**!\n"
        "- 03.2024 Kelp is accepted to **ICRA'2024**! [[paper here](https://example.org/kelp.pdf)]\n"
        "- 12.2021 [**Dune**](https://github.com/ovarga/dune) is accepted to **RA-L'2021**!\n")})
    assert [(n.date, n.text.split(" is ")[0]) for n in p.news] == [
        ("2025-06", "Tide"), ("2025-01", "Reef"), ("2024-03", "Kelp"), ("2021-12", "Dune")]
    assert p.publications == []


def test_a_dated_news_item_holding_a_bullet_list_is_one_item(tmp_path):
    """'- **2024-05** Our lab released two data sets:' over two sub-bullets: the dated item was read as the label of
    a group (its text short and ending in a colon), dropped, and each sub-bullet became a news item of its own with
    no date. A list item that opens with a date finer than a year and goes on in words is an entry, its sub-list
    its own; a year alone over its items still heads them."""
    page = ("# Mara Quill\n\nI am an assistant professor of computer science at Northfield University.\n\n"
            "## News\n\n"
            "- **2024-05** Our lab released two data sets:\n"
            "  - a corpus of harbor sounds recorded over three winters\n"
            "  - tide gauge readings from small bays\n"
            "- **2024-03** I gave a talk at the Coastal Robotics Workshop.\n"
            "- 2023\n"
            "  - Two papers accepted at the Conference on Robot Learning.\n"
            "  - Joined the editorial board of Sea Robots.\n")
    p = imported_site(tmp_path, {"index.md": page})
    got = [(x.date, x.text) for x in p.news]
    assert got == [("2024-05", "Our lab released two data sets: a corpus of harbor sounds recorded over three winters "
                               "tide gauge readings from small bays"),
                   ("2024-03", "I gave a talk at the Coastal Robotics Workshop."),
                   ("2023", "Two papers accepted at the Conference on Robot Learning."),
                   ("2023", "Joined the editorial board of Sea Robots.")]


def _quarto_news(tmp_path, panels):
    """The profile of a Quarto site whose home page's News section holds one callout (a panel) per text."""
    page = ("---\ntitle: \"Mara Quill\"\n---\n\nI am an assistant professor of computer science at Northfield "
            "University.\n\n## News\n\n"
            + "".join(f"::: {{.callout-note appearance=\"simple\"}}\n{panel}\n:::\n\n" for panel in panels))
    return imported_site(tmp_path, {"_quarto.yml": "project:\n  type: website\n", "index.qmd": page})


def test_a_news_panel_of_a_date_its_text_and_a_link_is_one_dated_item(tmp_path):
    """A Quarto callout (a panel) per news item holding three paragraphs, the date alone ("**2024-05-02**"), the text
    and a link: the date line was read as "2024-05" and a dash (the date's end needed a separator or a space after
    it), or, read whole, left the item no text and was dropped, the text and the link two undated items. A date
    alone on its line dates the paragraph after it, and the link goes on with it."""
    p = _quarto_news(tmp_path, ["**2024-05-02**\n\nOur paper on harbor maps was accepted.\n\n"
                                "[Read the paper](https://example.org/p1)", "**March 2024**\n\nI gave a talk in Lisbon."])
    assert [(x.date, x.text, x.links) for x in p.news] == [
        ("2024-05-02", "Our paper on harbor maps was accepted. Read the paper", ["https://example.org/p1"]),
        ("2024-03", "I gave a talk in Lisbon.", [])]


def test_a_date_alone_that_no_news_item_takes_is_unparsed_not_lost(tmp_path):
    """A date alone on its line dates the item under it; one no item takes (a panel whose text is missing, the
    last line of the section, or a date over an item that gives its own) is said as unparsed, as any line the
    readers cannot place (it was marked read and dropped)."""
    p = _quarto_news(tmp_path, ["**2024-05-02**\n\nOur paper on harbor maps was accepted.", "**2023-11-20**",
                                "**2023-10-02**\n\n2023-09: I gave a talk in Lisbon."])
    assert [(x.date, x.text) for x in p.news] == [
        ("2024-05-02", "Our paper on harbor maps was accepted."), ("2023-09", "I gave a talk in Lisbon.")]
    unparsed = [u.text for u in p.unparsed]
    assert any("2023-11-20" in t for t in unparsed) and any("2023-10-02" in t for t in unparsed), unparsed
    assert not any("2024-05-02" in t for t in unparsed), unparsed


def test_a_news_item_told_again_with_more_words_is_one_item():
    # the home page's card: "Feb 2024: Received the Lark Seed Grant"; the news archive: "... as lead PI"
    from kg.importers import dedupe_news
    from kg.model import NewsItem

    items = [NewsItem(date="2024-02", text="Received the Lark Seed Grant"),
             NewsItem(date="2024-02", text="Received the Lark Seed Grant as lead PI"),
             NewsItem(date="2023-02", text="Received the Lark Seed Grant as lead PI")]
    assert [(n.date, n.text) for n in dedupe_news(items)] == [
        ("2024-02", "Received the Lark Seed Grant"), ("2023-02", "Received the Lark Seed Grant as lead PI")]


def test_a_pointer_to_the_news_archive_is_no_news_item(tmp_path):
    # "See [News (2024)](...) and the [News Archive](...)" closing a list of dated news: the way to the older
    # news, no item of its own
    page = tmp_path / "index.md"
    page.write_text("# Ilse Varga\n\n## News\n\n- 2025/5/2: Our moth paper was accepted.\n"
                    "- 2025/4/9: Ilse gave a talk on moth sounds.\n"
                    "- See [News (2024)](/posts/news/2024) and the [News Archive](/tags/#news).\n")
    assert [n.date for n in import_path(page).profile.news] == ["2025-05-02", "2025-04-09"]


def test_a_month_alone_under_a_year_heading_dates_the_items_below_it_and_is_no_item(tmp_path):
    """'## 2024' / '__April__' / '- item' / '__Feburary__' (misspelled) / '- item': each month line was read as a
    news item of its own ('April'), half again as many items as the page lists."""
    page = tmp_path / "news.md"
    page.write_text("---\ntitle: News\n---\n# Ida Berg\n\n## News\n\n### 2021\n__April__\n"
                    " - We opened the new cold room.\n - I gave a talk on lake ice at the spring meeting.\n\n"
                    "__Feburary__\n - Our grant on river banks was funded.\n\n### 2020\n__May__\n"
                    " - I joined the lab of lakes.\n", encoding="utf-8")
    news = import_path(page).profile.news
    assert [(n.date, n.text) for n in news] == [
        ("2021-04", "We opened the new cold room."), ("2021-04", "I gave a talk on lake ice at the spring meeting."),
        ("2021-02", "Our grant on river banks was funded."), ("2020-05", "I joined the lab of lakes.")]


def test_a_month_and_year_sub_heading_under_the_news_dates_the_items_below_it():
    """left46 (rhasan): '<h1>Recent news</h1><h2>June 2026</h2><ul><li>...': the items under a month's heading had no
    date (a year alone was read as a year heading, a month and year not)."""
    profile = parse_html(SourceDoc(Path("index.html"), (
        "<html><head><title>Ana Ruiz</title></head><body>\n<h1>Ana Ruiz</h1>\n<p>I am a lecturer at Lakeside "
        "University.</p>\n<h1>Recent news</h1>\n<h2>June 2026</h2>\n<ul>\n<li>Gave a talk on tide pools at the spring "
        "meeting.</li>\n<li>Our paper on kelp was accepted at a workshop.</li>\n</ul>\n<h2>May 2026</h2>\n<ul>\n"
        "<li>Passed my thesis defense!</li>\n</ul>\n</body></html>\n")), ImportOptions())
    assert [(n.date, n.text) for n in profile.news] == [
        ("2026-06", "Gave a talk on tide pools at the spring meeting."),
        ("2026-06", "Our paper on kelp was accepted at a workshop."), ("2026-05", "Passed my thesis defense!")]


def test_a_news_page_that_only_embeds_a_social_feed_has_no_news_items(tmp_path):
    # a lab site's news page holds the feed widget's placeholder link ("Tweets by X", replaced by the feed when
    # the page loads): no news item is written on the page
    prof = imported_site(tmp_path, {
        "index.md": "# Marta Quill\n\nI am a professor of soil biology at Hill University.\n\n"
                    "## Publications\n\n- M. Quill, R. Oak. Roots in clay. *Soil Letters*, 2021.\n",
        "news.md": "# News\n\n<a class=\"twitter-timeline\" data-height=\"500\" href=\"https://twitter.com/mquill\">"
                   "Tweets by mquill</a> <script async src=\"https://platform.twitter.com/widgets.js\"></script>\n"})
    assert prof.person.name == "Marta Quill" and prof.news == []


def test_a_bracketed_date_with_a_place_or_glued_to_the_text_dates_the_item(tmp_path):
    """"[May 2026, Oslo]I gave a talk", "[Apr 2026]2 papers accepted": the place inside the date's brackets is no
    part of the text, and the closing bracket ends the date though no space follows it."""
    page = tmp_path / "README.md"
    page.write_text("# Rowan Ashby\n\n## News\n- <strong>[May 2026, Oslo]</strong>I gave a talk on frost.\n"
                    "- <strong>[Apr 2026]</strong>2 papers accepted to Cold Ground.\n", encoding="utf-8")
    news = import_path(page).profile.news
    assert [(n.date, n.text) for n in news] == [("2026-05", "I gave a talk on frost."),
                                                ("2026-04", "2 papers accepted to Cold Ground.")]


def test_a_news_lists_empty_state_its_more_link_and_what_follows_it_are_no_news():
    # a news section a template fills by script: one item written out, the filter's empty-state text ("No news
    # entries match this category yet."), the link to the rest ("View all news →"), then, under the same heading, the
    # caption of the page's banner: one news item, the caption's lines left unparsed
    page = """<html><body><h1>Ana Ruiz</h1>
<h2>News</h2>
<ul><li>2024-05-02: Our paper on river deltas was accepted.</li></ul>
<p class="news-empty" hidden>No news entries match this category yet.</p>
<p class="news-all"><a href="/news/">View all news →</a></p>
<small>The banner shows a painting of a river delta at dusk, a reminder that rivers carry the land to the sea and
that the maps we draw of them are always a little late.</small>
</body></html>
"""
    p = parse_html(SourceDoc(Path("index.html"), page), ImportOptions())
    assert [(n.date, n.text) for n in p.news] == [("2024-05-02", "Our paper on river deltas was accepted.")]
    assert any("The banner shows" in u.text for u in p.unparsed)


def test_the_news_of_the_owner_starting_a_phd_names_the_advisors():
    page = """<html><head><title>Kim Oduya</title></head><body><h1>Kim Oduya</h1>
<p>I am a lecturer in computing at Inland University.</p>
<h2>Recent news</h2>
<h3>March 2024</h3><ul><li>Gave a talk at the Widget Forum on gadget safety.</li></ul>
<h3>December 2022</h3><ul><li>Started PhD (Computing) at the Gadget Centre at Inland University (Supervisor:
Professor Ada Mwangi, Co-supervisor: Dr Lev Tamm)</li>
<li>My student Jo Bell started a PhD (Supervisor: me)</li></ul>
</body></html>"""
    profile = parse_html(SourceDoc(Path("index.html"), page), ImportOptions())
    assert profile.person.advisors == ["Ada Mwangi", "Lev Tamm"]


def test_a_news_sections_call_to_come_back_is_no_news_nor_is_the_scaffold_under_it():
    # a lab template's news page still empty: "Stay up to date with ...:" over the kinds of news to come, and
    # "Stay tuned ..." on the home page; before, each bullet and the call were news items (7 on the real site).
    # News read first under a heading keep a later "Stay tuned" line as one more item
    page = ("<html><body><h1>Rowan Ashby</h1><h2>Latest News</h2>"
            "<p>Stay tuned for updates on our latest research and events.</p>"
            "<h2>News</h2><h3>News &amp; Announcements</h3><p>Stay up to date with the latest news from the lab:</p>"
            "<ul><li>New team members</li><li>Grant awards and funding announcements</li>"
            "<li>Conference presentations</li></ul>"
            "<h2>Recent News</h2><ul><li>Our paper on frost heave is out in Cold Ground.</li>"
            "<li>Stay tuned for our next paper on moraines!</li></ul></body></html>")
    news = parse_html(SourceDoc(Path("news.html"), page), ImportOptions()).news
    assert [n.text for n in news] == ["Our paper on frost heave is out in Cold Ground.",
                                      "Stay tuned for our next paper on moraines!"]


@pytest.mark.parametrize("call", ["Stay tuned for more updates!", "Restez à l'écoute !", "Bleiben Sie dran!",
                                  "Próximamente más noticias.", "敬请期待！"])
def test_a_call_to_come_back_over_undated_news_leaves_them_news(call):
    # the call itself is no item, but one that opens no list (no colon) is no scaffold's lead either: the undated
    # items under it are the news ("Bo Lee joined the group"); before this, all were dropped with the call
    page = (f"<html><body><h1>Rowan Ashby</h1><h2>News</h2><p>{call}</p>"
            "<ul><li>Our paper on frost heave was accepted in Cold Ground.</li>"
            "<li>Bo Lee joined the group as a PhD student.</li></ul></body></html>")
    news = parse_html(SourceDoc(Path("news.html"), page), ImportOptions()).news
    assert [n.text for n in news] == ["Our paper on frost heave was accepted in Cold Ground.",
                                      "Bo Lee joined the group as a PhD student."]
