"""Small synthetic sites for the importer tests: a helper that writes a site's files (and one that imports them), the
files of an academicpages owner's home most of them start from, and one that counts the parses of their front matter
while a site is imported."""

from __future__ import annotations

from pathlib import Path


def write_site(root: Path, files: dict[str, str]) -> Path:
    """Write ``files`` (path relative to ``root`` -> text, UTF-8) under ``root``; gives ``root``."""
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    return root


def academicpages_home(owner: str, about: str, titled: bool = False) -> dict[str, str]:
    """The two files of an academicpages (Jekyll) site of ``owner`` that most site tests start from: ``_config.yml``
    naming them as the site's title and author, and the home page ``_pages/about.md`` (``permalink: /``, its title
    "About" when ``titled``) holding ``about``; a test adds the files it is about (``{**academicpages_home(...),
    "_publications/a.md": ...}``).

    >>> academicpages_home("Ada Lind", "I study ice.\\n")["_config.yml"]
    'title: Ada Lind\\nauthor:\\n  name: Ada Lind\\n'
    """
    return {"_config.yml": f"title: {owner}\nauthor:\n  name: {owner}\n",
            "_pages/about.md": "---\npermalink: /\n" + ("title: About\n" if titled else "") + "---\n\n" + about}


def sveltekit_site(files: dict[str, str]) -> dict[str, str]:
    """The files of a SvelteKit site (its ``package.json`` and a home page that names no one) with ``files`` added:
    a JavaScript framework's site whose particulars are in its data files (``src/data/cv.yaml``)."""
    return {"package.json": '{"name": "site", "devDependencies": {"@sveltejs/kit": "^2.0.0"}}\n',
            "src/routes/+page.svelte": "<h1>Welcome</h1>\n", **files}


def imported_site(root: Path, files: dict[str, str]):
    """The profile kg imports from the site of ``files`` written under ``root`` (:func:`write_site`): what most
    importer tests read."""
    from kg.importers import import_path

    return import_path(write_site(root, files)).profile


_CONTENT = (".md", ".markdown", ".html", ".htm", ".qmd", ".rmd", ".org", ".jemdoc", ".txt", ".bib")
_DATA = (".yml", ".yaml", ".json", ".toml", ".csv")


def _named(profile, out: set[str]) -> None:
    if isinstance(profile, dict):
        for key, value in profile.items():
            if key == "file" and isinstance(value, str):
                out.add(value)
            else:
                _named(value, out)
    elif isinstance(profile, list):
        for value in profile:
            _named(value, out)


def silent_files(root: Path, profile: dict) -> list[str]:
    """The files of the site folder ``root`` that could hold content (pages, BibTeX, data files under a data
    folder) that ``profile`` (``kg import --to json``, as a dict) names nowhere: no item, source part or
    ``unparsed`` note has it as its ``file`` (a note on a folder, ``file`` ending in ``/``, names what is under
    it; a site read from a folder of ``root`` names the files beside that folder with its note)."""
    import re

    named: set[str] = set()
    _named(profile, named)
    sub = next((m.group(1) for u in profile.get("unparsed", [])
                for m in [re.match(r"site read from its folder (.*/) ", u["text"])] if m), "")
    noted = bool(sub)  # (the note names the files beside that folder)
    source = (profile.get("source") or {}).get("file") or ""
    if not sub and source and source != root.name and "/" not in source:
        # a family reader that found its site's pages in a folder of ``root`` (an HTML site's ``de/``): the
        # paths are that folder's
        found = [d for d in root.rglob(source) if d.is_dir()]
        sub = found[0].relative_to(root).as_posix() + "/" if len(found) == 1 else ""
    out = []
    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.is_symlink():
            continue
        rel = path.relative_to(root).as_posix()
        data = bool({"_data", "data"} & set(rel.lower().split("/")[:-1]))
        if not (rel.lower().endswith(_CONTENT) or data and rel.lower().endswith(_DATA)):
            continue
        if sub:
            if not rel.startswith(sub):
                if not noted:
                    out.append(rel)
                continue
            rel = rel[len(sub):]
        if rel not in named and not any(n.endswith("/") and rel.startswith(n) for n in named):
            out.append(rel)
    return out


def import_counting_parses(site: Path, monkeypatch, parser: str):
    """The site's profile, and the names of the files whose front matter kg.importers.document's ``parser``
    (``toml_with_spans``, ``yaml_with_spans``) parsed while importing it, once per parse: for the tests that a site's
    files are read once."""
    from kg.importers import document, import_path

    parsed: list[str] = []
    parse = getattr(document, parser)
    monkeypatch.setattr(document, parser,
                        lambda text, offset, display, *more, **kw: parsed.append(Path(display).name)
                        or parse(text, offset, display, *more, **kw))
    return import_path(site).profile, parsed


# A CV page in markdown (a Docusaurus doc): the owner's family name of two words written first, bold linked
# titles, sub-items of links, certificates beside awards; read alone and as a site's docs/CV.md
CV_PAGE = """---
sidebar_position: 2
title: About Me
---

# Ana Roe Lind

## Overview

Researcher at [Inland University](https://inland.example.org) working on build systems.

### Publications

#### 2024
1. **Roe Lind A.**, Kim B., Moss C., [**Diffing build scripts of many kinds**](https://x.example.org/p1), 21st Conference on Mining Things (**MCT**) Tools Track, 2024.
   - [Tool Repository](https://github.com/aroelind/differ)
   - [Slides](https://slides.example.org/differ)

#### 2023
1. Kim B., Moss C., **Roe Lind A.**, [**The workflow automation landscape**](https://x.example.org/p3), Software Landscapes: Tools and Analyses, Book chapter, Springer, 2023.
2. **Roe Lind A.**, Kim B., [**A first look at workflow changes**](https://x.example.org/p2), Seminar on Tools for Evolution (**STE**), 2023.

## Research Certificates and Awards

### Certificates
- [Statistics for Everyone](../static/certs/stats.pdf)
- [Python Basics](../static/certs/python.pdf)

### Awards
- [MCT 2024 Best Tool Award](../static/certs/award.pdf)

## Social Media

- [GitHub](https://github.com/aroelind)
"""
