"""Link labels (kg/importers/page/labels.py): which links are a paper's buttons rather than its words."""

from pathlib import Path

import lxml.html

from kg.importers.base import ImportOptions, SourceDoc
from kg.importers.page.labels import is_label_anchor
from kg.importers.page.parse import parse_html


def _anchor(text: str, href: str = "https://ieeexplore.ieee.org/document/10001"):
    return lxml.html.fragment_fromstring(f'<a href="{href}">{text}</a>')


def test_a_call_to_read_more_is_a_label_not_a_title():
    assert all(is_label_anchor(_anchor(t)) for t in ("Read more", "Learn more", "See more", "More info"))
    assert not is_label_anchor(_anchor("Read the Sea Floor"))


_READ_MORE_LIST = """<html><head><title>Mira Tollens</title></head><body><h1>Mira Tollens</h1>
<h2>Publications</h2>
<ul>
<li>[2025] Mapping Eelgrass Meadows With Cheap Sonar <em><a href="https://ieeexplore.ieee.org/document/10001">Read more</a></em></li>
<li>[2024] Drift Models for Lost Fishing Gear <em><a href="https://link.springer.com/chapter/10.1007/x-2">Read more</a></em></li>
<li>[2023] Counting Seals From Harbour Webcams <em><a href="https://ieeexplore.ieee.org/document/10003">Read more</a></em></li>
<li>[2022] A Field Guide to Tidal Pool Sensors <em><a href="https://ieeexplore.ieee.org/document/10004">Read more</a></em></li>
<li>[2021] Noise Budgets for Underwater Microphones <em><a href="https://ieeexplore.ieee.org/document/10005">Read more</a></em></li>
</ul></body></html>"""


def test_titles_with_a_read_more_link_are_papers_with_that_link():
    pubs = parse_html(SourceDoc(Path("publications.html"), _READ_MORE_LIST), ImportOptions()).publications
    assert sorted((p.title, p.year) for p in pubs) == [
        ("A Field Guide to Tidal Pool Sensors", 2022), ("Counting Seals From Harbour Webcams", 2023),
        ("Drift Models for Lost Fishing Gear", 2024), ("Mapping Eelgrass Meadows With Cheap Sonar", 2025),
        ("Noise Budgets for Underwater Microphones", 2021)]
    assert "Read more" not in {p.title for p in pubs}
