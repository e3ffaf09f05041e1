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
