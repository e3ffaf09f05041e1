"""The page reader's public entry points under their old import name (``kg.importers.html``).

The reader itself lives in :mod:`kg.importers.page` (one module per stage); this module takes
nothing and gives the names callers have imported from here: ``parse_html``,
``parse_markdown_page``, ``parse_publications_fragment``, ``FragmentResult``, ``detect`` and
``IMPORTER``.
"""

from __future__ import annotations

from .page.parse import (
    IMPORTER,
    FragmentResult,
    detect,
    parse_html,
    parse_markdown_page,
    parse_publications_fragment,
)

__all__ = ["IMPORTER", "parse_html", "parse_markdown_page", "parse_publications_fragment", "FragmentResult", "detect"]
