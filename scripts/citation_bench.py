#!/usr/bin/env python3
"""Measure kg's citation reader on real citations against structured records the sites' owners wrote.

Usage: .venv/bin/python scripts/citation_bench.py KG SITES_DIR [--json OUT] [--misses]
(KG: the ``kg`` to measure, e.g. .venv/bin/kg or another checkout's, to compare two.)

SITES_DIR holds one folder per site, each with what the site commits side by side:
- an academicpages ``_publications/*.md`` collection: the front matter's ``title``, ``venue``, ``date`` (and
  ``authors`` when given) are the record; its ``citation:`` string is the written form;
- the owner's name from ``_config.yml`` (``author: name:`` or ``name:``).
The written citations of a site are put as the items of one small HTML page under the owner's name, read with
``KG import PAGE --to json --owner NAME``, matched to the records by title (fuzzy) and scored per field: title,
year, venue (contains, either way, as tests/realpages/scoring.py checks it: a short venue kg read inside the
record's passes; years and punctuation left out on both sides), authors in order (family name and first initial,
when the record lists them), the owner's position (when the record lists the authors and names the owner) and
``self found`` (the citation names the owner's surname and kg marks an author as the owner).
Only academicpages pairs are read (no BibTeX or Hugo records yet). A site kg fails on is named on stderr and its
works count as not found.
A field is scored only where record and citation agree on it: a record whose title is not in its citation is a
different version of the work (left out whole); a title, venue or year the citation writes otherwise is not scored.
The sites are real pages fetched for reading: keep them outside the repository (they are no fixtures).
"""
import html
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import yaml
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.realpages.scoring import author_names, norm_text, self_index, venue_text  # noqa: E402


def no_year(s):
    s = re.sub(r"\b(19|20)\d\d\b", " ", norm_text(html.unescape(str(s or ""))))
    s = re.sub(r"[^\w]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def loose_name_key(s):
    """Family name and first initial: the citation may abbreviate what the record spells out ("Roe A." too)."""
    s = unicodedata.normalize("NFKD", re.sub(r"<[^>]+>|[*_]", "", str(s or "")))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    parts = s.split()
    if "," in s:
        last, _, first = s.partition(",")
    elif len(parts) >= 2 and re.fullmatch(r"(?:\w\.?-?){1,3}", parts[-1]) and len(parts[0]) > 2:
        last, first = " ".join(parts[:-1]), parts[-1]  # "Roe A.", "Roe AB"
    else:
        last, first = (parts[-1] if parts else ""), " ".join(parts[:-1])
    last = re.sub(r"[^\w]", "", last)
    fi = re.sub(r"[^\w]", "", first)[:1]
    return (last, fi)


def front_matter(text):
    m = re.match(r"\s*---\s*\n(.*?)\n---", text, re.S)
    if not m:
        return None
    try:
        d = yaml.safe_load(m.group(1))
    except (yaml.YAMLError, ValueError):
        return None
    return d if isinstance(d, dict) else None


def owner_name(site):
    cfg = site / "_config.yml"
    if not cfg.exists():
        return None
    try:
        d = yaml.safe_load(cfg.read_text(errors="replace"))
    except (yaml.YAMLError, ValueError):
        return None
    if not isinstance(d, dict):
        return None
    a = d.get("author")
    names = [a.get("name") if isinstance(a, dict) else None, d.get("name")]
    names = [n.strip() for n in names if isinstance(n, str) and n.strip()]
    return max(names, key=lambda n: len(n.split())) if names else None  # the fuller of the two


def split_gold_authors(v):
    if isinstance(v, list):
        return [str(x).strip() for x in v if str(x).strip()]
    if isinstance(v, str):
        v = re.sub(r"[*_]", "", v)
        parts = re.split(r"\s*(?:,|;|\band\b|&)\s*", v)
        return [p for p in parts if p.strip()]
    return None


def records(site):
    out = []
    for f in sorted((site / "_publications").glob("*.md")):
        d = front_matter(f.read_text(errors="replace"))
        if not d or not isinstance(d.get("citation"), str) or not isinstance(d.get("title"), str):
            continue
        title = d["title"].strip()
        if re.search(r"paper title number", title, re.I):
            continue
        cit = d["citation"].strip()
        if len(cit) < len(title) or cit.startswith("@"):
            continue  # (a placeholder, or a BibTeX record shown raw: no written citation)
        year = None
        m = re.match(r"(\d{4})", str(d.get("date") or ""))
        if m:
            year = int(m.group(1))
        rec = {"file": f.name, "title": title, "year": year, "venue": d.get("venue"), "citation": cit}
        au = d.get("authors") or d.get("Authors")
        if au:
            rec["authors"] = split_gold_authors(au)
        out.append(rec)
    return out


def page_for(owner, recs):
    items = "\n".join(f"<li>{r['citation']}</li>" for r in recs)  # the theme puts the string in raw
    return (f"<html><head><title>{html.escape(owner)}</title></head><body><h1>{html.escape(owner)}</h1>\n"
            f"<h2>Publications</h2>\n<ul>\n{items}\n</ul></body></html>\n")


def run_kg(kg, page, owner):
    """The profile kg reads from the page; None (and a line on stderr) when kg fails on it: its works then count as
    not found, and the summary says on how many sites that happened."""
    cmd = [kg, "import", str(page), "--to", "json"]
    if owner:
        cmd += ["--owner", owner]
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    except subprocess.TimeoutExpired:
        print(f"{page.name}: kg timed out (300 s): its works count as not found", file=sys.stderr)
        return None
    if p.returncode != 0:
        last = (p.stderr.strip().splitlines() or ["no message"])[-1]
        print(f"{page.name}: kg exit {p.returncode} ({last}): its works count as not found", file=sys.stderr)
        return None
    try:
        return json.loads(p.stdout)
    except ValueError:
        print(f"{page.name}: kg printed no JSON: its works count as not found", file=sys.stderr)
        return None


def score_site(kg, site, tmp):
    owner = owner_name(site)
    recs = records(site)
    if not recs:
        return []
    page = Path(tmp) / f"{site.name}.html"
    page.write_text(page_for(owner or "", recs))
    prof = run_kg(kg, page, owner)
    pubs = (prof or {}).get("publications") or []
    rows = [] if prof is not None else [{"site": site.name, "failed": True}]
    for r in recs:
        plain = norm_text(html.unescape(re.sub(r"<[^>]+>", "", r["citation"])))  # the citation as the page reads
        # the record is gold only where the citation is of the same work: its title is in the citation
        if fuzz.partial_ratio(norm_text(r["title"]), plain) < 90:
            rows.append({"site": site.name, "rec": r, "skip": "citation names another title"})
            continue
        best, best_s = None, 0
        for p in pubs:
            s = fuzz.ratio(norm_text(p.get("title")), norm_text(r["title"]))
            if s > best_s:
                best, best_s = p, s
        row = {"site": site.name, "rec": r, "owner": owner, "got": best, "match": best_s, "checks": {}}
        c = row["checks"]
        found = best is not None and best_s >= 80
        c["found"] = found
        if norm_text(r["title"]) in plain:  # the record's title as the citation writes it; else they disagree
            c["title"] = found and norm_text(best.get("title")) == norm_text(r["title"])
        if r["year"] and re.search(rf"\b{r['year']}\b", r["citation"]):
            c["year"] = found and best.get("year") == r["year"]
        ven = no_year(r.get("venue"))
        if ven and ven in no_year(plain):  # kg keeps the year out of the venue: compare without years
            got = no_year(venue_text(best)) if found else ""
            c["venue"] = bool(got) and (ven in got or got in ven)
        gold_auth = r.get("authors")
        if gold_auth and len(gold_auth) > 1:
            got = [loose_name_key(n) for n in author_names(best)] if found else []
            c["authors"] = got == [loose_name_key(n) for n in gold_auth]
            if owner:
                ok = [i for i, a in enumerate(gold_auth) if loose_name_key(a) == loose_name_key(owner)]
                if len(ok) == 1:
                    c["self_position"] = found and self_index(best) == ok[0]
        if owner:
            sur = loose_name_key(owner)[0]
            head = r["citation"].split(str(r["year"]))[0] if r["year"] else r["citation"]
            head = unicodedata.normalize("NFKD", head.split(r["title"][:20])[0]).casefold()  # the byline's part
            if sur and len(sur) > 2 and re.search(rf"\b{re.escape(sur)}\b", head):
                c["self_found"] = found and self_index(best) is not None
        rows.append(row)
    return rows


def main(argv):
    if len(argv) < 3 or not Path(argv[2]).is_dir():
        sys.exit("usage: citation_bench.py KG SITES_DIR [--json OUT] [--misses] (SITES_DIR: a folder of site folders)")
    kg, root = argv[1], Path(argv[2])
    out = argv[argv.index("--json") + 1] if "--json" in argv else None
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        sites = sorted(p for p in root.iterdir() if p.is_dir())
        with ThreadPoolExecutor(2) as ex:
            for part in ex.map(lambda s: score_site(kg, s, tmp), sites):
                rows += part
    failed = sum(1 for r in rows if r.get("failed"))
    rows = [r for r in rows if not r.get("failed")]
    scored = [r for r in rows if "skip" not in r]
    fields = ["found", "title", "year", "venue", "authors", "self_position", "self_found"]
    sites = len({r["site"] for r in scored})
    print(f"{len(scored)} works from {sites} sites ({len(rows) - len(scored)} left out: record and citation differ)")
    if failed:
        print(f"  kg failed on {failed} site(s): their works are scored as not found (see stderr)")
    for f in fields:
        vals = [r["checks"][f] for r in scored if f in r["checks"]]
        if vals:
            print(f"  {f:14s} {sum(vals):4d}/{len(vals):<4d} {100 * sum(vals) / len(vals):5.1f}%")
    if "--misses" in argv:
        for r in scored:
            bad = [f for f, v in r["checks"].items() if not v]
            if bad:
                g = r["got"] or {}
                rec = r["rec"]
                print(f"- {r['site']} {bad}\n    CIT {rec['citation'][:300]}\n    REC {rec['title']!r} | "
                      f"{rec.get('venue')!r} | {rec['year']} | {rec.get('authors')}\n    GOT {g.get('title')!r} | "
                      f"{venue_text(g)!r} | {g.get('year')} | {author_names(g)} self={self_index(g)}")
    if out:
        Path(out).write_text(json.dumps(rows, indent=1, default=str))


if __name__ == "__main__":
    main(sys.argv)
