"""A site built by a JavaScript framework (Gatsby, Next.js, Astro, Nuxt, SvelteKit, Vite): its pages are
components, its content data files.

Takes a folder with a ``package.json`` naming such a framework (and no Jekyll, Hugo, Quarto or MkDocs
configuration); gives one profile: the publication records of its data files and collections
(:func:`~.record_files.record_parts`), owned by the person its configuration names (Gatsby's ``siteMetadata``
``author``, a data module's or a profile file's ``name``) when the records agree or say nothing, else by the
author on most of the records.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ...errors import SourceError
from ...model import Person, Profile
from ..base import ImportOptions
from ..common import same_name
from .assemble import assemble
from .files import first_file, jekyll_config, read_file
from .generators import OTHER_GENERATORS, detect_generator_site
from .record_files import record_parts, records_owner

_FRAMEWORKS = ("gatsby", "next", "astro", "nuxt", "@sveltejs/kit", "vite", "react-scripts", "vuepress",
               "@docusaurus/core", "vitepress", "@11ty/eleventy")


def _package(path: Path) -> dict:
    try:
        data = json.loads((path / "package.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def detect_app_site(path: Path) -> float:
    """How sure it is that ``path`` is a JavaScript framework's site whose configuration and pages name nobody
    and which the static-site reader therefore leaves (0.65: above a folder's README, below a generator's own
    configuration; 0.15 when a ``content/`` folder holds its markdown pages, which the Hugo
    reader reads, the records with them)."""
    if not path.is_dir() or not (path / "package.json").is_file():
        return 0.0
    if jekyll_config(path) is not None or any((path / n).exists() for n in OTHER_GENERATORS):
        return 0.0
    if detect_generator_site(path) > 0:
        return 0.0  # its sources name the owner or hold a home page: the static-site reader (records included)
    if (path / "content").is_dir() and any((path / "content").glob("*.md")):
        return 0.15
    pkg = _package(path)
    deps = {**(pkg.get("dependencies") or {}), **(pkg.get("devDependencies") or {})} \
        if isinstance(pkg.get("dependencies") or {}, dict) and isinstance(pkg.get("devDependencies") or {}, dict) \
        else {}
    return 0.65 if any(f in deps for f in _FRAMEWORKS) else 0.0


_CONFIG_NAME = re.compile(r"""(?m)^\s*(?:author|name)\s*:\s*[`'"]([^`'"\n]{3,80})[`'"]""")
"""``author: `Jane Doe``` in Gatsby's ``siteMetadata``, ``name: "Jane Doe"`` in a data module about the owner."""


def _named_people(root: Path) -> list[str]:
    """The names the site's configuration and data modules give for whom the site is about, in order: Gatsby's
    ``siteMetadata.author``, a profile file's ``name:``, an about module's ``name: "..."``."""
    names = []
    config = first_file(root, ("gatsby-config.js", "gatsby-config.ts", "gatsby-config.mjs"))
    candidates = [config] if config else []
    for folder in ("src/data", "data", "content", "src/config", "src", "config"):
        d = root / folder
        if d.is_dir():
            candidates += sorted(p for p in d.iterdir() if p.is_file() and re.search(
                r"(?i)(about|profile|config|site|author|person|me)\w*\.(?:[jt]s|ya?ml|json)$", p.name))
    for path in candidates:
        try:
            text = read_file(root, path).text
        except (SourceError, OSError):
            continue
        for m in _CONFIG_NAME.finditer(text):
            name = " ".join(m.group(1).split())
            if 2 <= len(name.split()) <= 5 and not re.search(r"[/@:.]|\d", name):
                names.append(name)
    return names


def parse_app_site(path: Path, options: ImportOptions) -> Profile:
    """A JavaScript framework's site: its publication records and the person they are about."""
    root = path
    parts = record_parts(root, set(), options.base_url, options.owner)
    pubs = [p for part in parts for p in part.publications]
    owner = options.owner
    if owner is None:
        named = _named_people(root)
        authors = [a.name for p in pubs for a in p.authors]
        owner = next((n for n in named if any(same_name(n, a) for a in authors)), None) or (
            records_owner(pubs) if pubs else None) or (named[0] if named else None)
    if owner is None:
        raise SourceError("no owner name: neither the site's configuration nor its records name whom the site is "
                          "about; give --owner", path=str(root))
    if not options.owner:
        # records written with "coauthors" only: read again now that the owner is known
        parts = record_parts(root, set(), options.base_url, owner)
    return assemble(root, "app-site", Person(name=owner), parts, owner, base=options.base_url)
