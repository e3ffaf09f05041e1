"""Shapes of real homepages that batch 42 and hunt 42 still misread (issues 7 and 8), as small synthetic sites in
our own words."""

from __future__ import annotations

from .sitefiles import imported_site


def test_a_jekyll_home_page_made_only_of_a_markdown_include_is_owned_by_who_the_included_file_names(tmp_path):
    # a home page whose whole text is "{% include home_text.md %}" and a configuration naming nobody: the page
    # "had no text" and the import failed (exit 2), though the included file opens with the owner's name
    p = imported_site(tmp_path, {
        "_config.yml": "baseurl: ''\ntimezone: Europe/Oslo\n",
        "_layouts/plain.html": "<html><body>{{ content }}</body></html>\n",
        "index.md": "---\ntitle: Top\nlayout: plain\n---\n\n{% include home_text.md %}\n",
        "_includes/home_text.md": "{% assign here = site.data.pos %}\n\n## Ingrid Solberg\n"
                                  "- Postdoctoral fellow, Fjordvik University\n- **email**: ingrid@fjordvik.example\n\n"
                                  "## Publications\n\n- Ingrid Solberg, Per Aune. *Knots in thin tubes*. "
                                  "Topology Letters, 2021.\n",
    })
    assert p.person.name == "Ingrid Solberg"
    assert [x.title for x in p.publications] == ["Knots in thin tubes"]
