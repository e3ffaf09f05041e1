"""Sites whose family reader finds less than it expects: the folder goes on to the readers every family shares.

Each test is an invented site whose papers live only in data files: a Jekyll data list closed by a stray
``---`` (a second, empty YAML document), a Hugo site of a non-academic theme with no home page whose papers
are a folder of one-record YAML files, a hand-written HTML page whose papers live in a BibTeX file its script
draws. Before, each read no publication or exited 2 for want of an author page.
"""

from __future__ import annotations

from kg.importers import import_path
from tests.importers.sitefiles import write_site


def test_a_data_list_closed_by_a_stray_document_marker_is_read(tmp_path):
    """``_data/articles.yaml`` opens and closes with ``---``: YAML reads two documents, the second empty, and
    Jekyll shows the first; before, the file read as invalid YAML and the page's include loop gave nothing."""
    write_site(tmp_path, {
        "_config.yml": 'title: "Orla Finnegan"\nauthor:\n  name: "Orla Finnegan"\n',
        "_pages/papers.md": "---\ntitle: Publications\npermalink: /papers/\n---\n\n## Journal articles\n\n"
                            "{% include articles.html %}\n",
        "_includes/articles.html": "<ol>\n{% for paper in site.data.articles %}\n<li>{{ paper.authors }}. "
                                   "{{ paper.year }}. {{ paper.title }}, <em>{{ paper.journal }}</em></li>\n"
                                   "{% endfor %}\n</ol>\n",
        "_data/articles.yaml": "---\n- authors: __Orla Finnegan__, Tomas Brandt\n  title: Moss on city walls\n"
                               "  journal: Urban Botany\n  year: 2021\n\n"
                               "- authors: Ines Carvalho, __Orla Finnegan__\n  title: Lichens after the rain\n"
                               "  journal: Field Notes in Ecology\n  year: 2019\n---\n",
    })
    profile = import_path(tmp_path).profile
    pubs = {p.title: p for p in profile.publications}
    assert sorted(pubs) == ["Lichens after the rain", "Moss on city walls"]
    moss = pubs["Moss on city walls"]
    assert moss.venue == "Urban Botany" and moss.year == 2021 and moss.file == "_data/articles.yaml"
    assert [a.name for a in moss.authors] == ["Orla Finnegan", "Tomas Brandt"] and moss.authors[0].is_self
