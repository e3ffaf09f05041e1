"""News: the site's dated announcements, wherever it keeps them; one reader for every family.

Takes a collection item with front matter (al-folio's ``_news/*.md``, a Hugo post a news block lists) or the
records of a data file or script module (``_data/news.yml``, ``[{date, content}]``); gives
:class:`~kg.model.NewsItem` items in the file's :class:`Part`, the lines and keys read marked as used.
"""
from __future__ import annotations

import re
from pathlib import Path

from ...model import NewsItem
from ..common import fold, parse_date, placeholder_text
from .assemble import Part
from .fields import absolute_url, as_text, date_read, md_links, md_text, plain_text
from .files import DRAFT, body_with_links, off_site, off_site_reason, read_markdown, settle_keys, skip_notes, starter_page


_NEWS_TEXT = ("headline", "text", "content", "message", "news", "description", "body", "title", "summary", "info",
              "html")
"""The keys a dated news record keeps its sentence under, the first one holding text read ("html": a snippet the
site's loop prints as it is, its links in it)."""


_DATE_KEYS = ("date", "dateISO", "date_iso", "isoDate", "when", "year")
"""The keys a dated news record keeps its date under, in order ("dateISO: '2025-03-04'" beside a "date:" the module
computes from it, which the module's reader cannot know)."""


def date_key(data: dict) -> str | None:
    """The key a dated record keeps its date under (:data:`_DATE_KEYS`), or None."""
    return next((k for k in _DATE_KEYS if data.get(k)), None)


def news_record(data: dict) -> bool:
    """Whether a data record is a news item: a date and a sentence (under a key of :data:`_NEWS_TEXT`, or written
    in pieces around a link, :func:`_split_news`).

    >>> news_record({"date": "2024-05-02", "content": "Our paper is out."}), news_record({"title": "Tide Maps"})
    (True, False)
    >>> news_record({"dateISO": "2025-03-04", "content": "Gave a talk."})
    True
    """
    key = date_key(data)
    return key is not None and key != "year" and (any(as_text(data.get(k)) for k in _NEWS_TEXT)
                                                  or bool(_split_news(data)[0]))


def _split_news(data: dict) -> tuple[list[str], str | None]:
    """A dated record whose sentence is written in pieces around a link (``prefix``, ``link_text``, ``url``,
    ``suffix``, as the site's loop prints them): its keys that hold text, in their order, and the key of the link's
    address."""
    pieces = [k for k in ("prefix", "link_text", "suffix") if as_text(data.get(k))]
    return (pieces, _news_url_key(data)) if "suffix" in pieces or "link_text" in pieces else ([], None)


def _news_url_key(data: dict) -> str | None:
    """The key of a news record's link address (``url``, ``link``, ``href``), or None."""
    return next((k for k in ("url", "link", "href") if as_text(data.get(k))), None)


_HEADLINE_KEYS = ("headline", "title")
"""The keys a press item keeps its article's headline under beside the sentence of another key (``title:`` over
its ``description:``)."""
_OUTLET_KEYS = ("outlet", "newspaper")
"""The keys a press item names the paper, magazine or station that ran it under (``outlet: Fortune``)."""


def titled(title: str | None, text: str) -> str:
    """A news item's text with its headline before it, where the text does not open with it already ("Title: text").

    >>> titled("New grant", "We won it."), titled("New grant", "New grant from the council."), titled(None, "Hi.")
    ('New grant: We won it.', 'New grant from the council.', 'Hi.')
    """
    return f"{title}: {text}" if title and text and not fold(text).startswith(fold(title)) else text or title or ""


def read_news(part: Part, records, base: str | None) -> None:
    """The news items of a data file's or script module's records (``_data/news.yml``, ``[{date, content}]``), as
    (data, key spans, keys) triples: each one's sentence, date and links into ``part.news``, the keys read settled
    (the rest stay listed as unparsed). A press item's headline and the outlet that ran it (``title: ..., outlet:
    Fortune`` over its ``description:``) open its text."""
    for data, spans, _keys in records:
        # (a press item, named by the outlet that ran it: its headline is the article's, read with it, its sentence
        # under another key or none; a theme's "title: A great thing" over "content:" its loop alone prints stays
        # as it was)
        outlet = next((k for k in _OUTLET_KEYS if as_text(data.get(k))), None)
        head = next((k for k in _HEADLINE_KEYS if outlet and as_text(data.get(k))), None)
        key = next((k for k in _NEWS_TEXT if k != head and as_text(data.get(k))), None)
        # (a sentence under one key may have its link beside it: "message: ..., url: https://...")
        if key is not None or head is not None:
            pieces, url_key = [key] if key is not None else [], _news_url_key(data)
        else:
            pieces, url_key = _split_news(data)
        if not pieces and head is None:
            continue
        raw = " ".join(as_text(data[k]) for k in pieces)
        text = md_text(raw)
        if placeholder_text(text or md_text(as_text(data[head]) if head is not None else "")):
            continue  # (a theme's sample item left as shipped, "Lorem ipsum dolor sit amet": no news; listed unparsed)
        if head is not None and outlet is not None:
            text = titled(f"{md_text(as_text(data[head]))} ({md_text(as_text(data[outlet]))})", text)
            raw = " ".join(as_text(data[k]) for k in (head, *pieces, outlet))  # (the headline's link too)
            pieces = [*pieces, head, outlet]
        if not text:
            continue
        dated = date_key(data)
        date = parse_date(str(data[dated])) if dated else None
        links = [u for _label, target in md_links(raw) if (u := absolute_url(target, base))]
        if url_key and (u := absolute_url(as_text(data[url_key]), base)) and u not in links:
            links.append(u)
        first = min(first for first, _last in spans.values())
        part.news.append(NewsItem(date=date, text=text, links=links, line=first, file=part.rel))
        # ("dateISO: '2025-03-04'" beside "year: 2025": the other date keys that say the same date, or the
        # year of it, read with it)
        agreeing = [k for k in _DATE_KEYS if k != dated and date and (said := parse_date(str(data.get(k) or "")))
                    and date.startswith(said)]
        settle_keys(part.doc, spans, [*pieces, *([url_key] if url_key else []), *([dated] if dated else []),
                                      *agreeing])


def news_item(root: Path, path: Path, base: str | None) -> Part:
    """One al-folio ``_news/*.md`` announcement (or a Hugo post a news block lists) -> a news item."""
    doc, rel, fm = read_markdown(root, path)
    part = Part(rel, doc, "jekyll-news")
    if off_site(fm.data, listed=True) or starter_page(path):
        # "published: false" (Jekyll), "draft: true" (Hugo): the generator leaves the item off the site; a theme's
        # sample post left as shipped is the theme's, no news of the owner
        doc.ignore(1, len(doc.lines))
        if (why := off_site_reason(fm.data, listed=True)) not in (None, DRAFT):
            # (Hugo's build options keep it off the site's lists: the report says so)
            part.extra_unparsed += skip_notes(root, [(path, why)])
        return part
    # (the front matter's date, else the one a post's file name starts with; a day no calendar has, its year)
    written = fm.data.get("date") or (m.group(0) if (m := re.match(r"\d{4}-\d{2}-\d{2}", path.stem)) else None)
    date, lost = date_read(written) if written else (None, False)
    title = plain_text(fm.data.get("title"))
    lines, body, labelled = body_with_links(doc, fm.body_start, base)
    links = [url for _label, url in labelled]
    text = " ".join(body)
    text = titled(title, text)
    if not text:
        return part
    part.news.append(NewsItem(date=date, text=text, links=links, line=(lines[0][0] if lines else 1), file=rel))
    for first, last in lines:
        doc.use(first, last)
    # (a date written that is no day stays unread, and so reported, where the other keys are the post's plumbing)
    read = date is not None and not lost
    settle_keys(doc, fm.spans, [k for k, got in (("date", read), ("title", title)) if got],
                lambda key: key != "date" or read or not written)
    return part
