"""Shapes of real homepages that batches 36 to 38 still misread (issues 7 and 8), as small synthetic pages in our own
words."""

from __future__ import annotations

from kg.importers import import_path


def test_posts_in_a_subfolder_of_the_category_a_news_page_loops_over_are_news(tmp_path):
    # the news page lists "site.categories.fieldnotes"; the posts sit in _posts/fieldnotes/ (Jekyll reads
    # a collection's subfolders); a post of another category is no news
    root = tmp_path / "site"
    for d in ("_posts/fieldnotes", "_pages", "news"):
        (root / d).mkdir(parents=True)
    (root / "_config.yml").write_text("title: Orla Brennan\nauthor:\n  name: Orla Brennan\n")
    (root / "_pages" / "about.md").write_text("---\npermalink: /\n---\n\nOrla Brennan studies peat bogs.\n")
    (root / "news" / "index.html").write_text(
        "---\nlayout: page\ntitle: \"The Bog Group in the News\"\n---\n"
        "{% for post in site.categories.fieldnotes limit: 10 %}<h2>{{ post.title }}</h2>{% endfor %}\n")
    for day, title, cat in (("2021-03-04", "Sampling season opens", "fieldnotes"),
                            ("2021-06-10", "A grant for the peat survey", "fieldnotes"),
                            ("2021-07-01", "How we brew coffee", "kitchen")):
        (root / "_posts" / "fieldnotes" / f"{day}-x.md").write_text(
            f"---\ntitle: \"{title}\"\ndate: {day}\ncategories:\n - {cat}\n---\n\nSome words on it.\n")
    news = import_path(root).profile.news
    assert sorted(n.date for n in news) == ["2021-03-04", "2021-06-10"]

