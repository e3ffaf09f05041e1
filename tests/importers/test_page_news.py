"""News lists: where one item ends, and each event once (synthetic pages, invented names)."""

from pathlib import Path

from kg.importers import import_path
from kg.importers.base import ImportOptions, SourceDoc
from kg.importers.page.parse import parse_html

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
