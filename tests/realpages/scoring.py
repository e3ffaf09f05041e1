"""The scoring rules of ``../shared/tools/score_import.py``, copied so the repo's own test and report use them.

``score(profile, gold)`` compares a profile (the JSON ``kg import CASE --to json`` prints) with a case's hand-read
``gold.json`` field by field (conventions: ``../shared/realpages/README.md``) and returns a :class:`Tally`, the
number of sampled publications found, and the counts ``{kind: (got, want)}``. Keep it in step with the shared
scorer: only ``import_case`` (in-process instead of a subprocess), the reading of a gold mark written as one
string (see ``score``) and the silent files ``score_case`` lists (``silent``) are ours.
"""
# ruff: noqa
import json, re, unicodedata, urllib.parse

from rapidfuzz import fuzz
def norm_text(s):
    if s is None:
        return ""
    s = unicodedata.normalize("NFKC", str(s))
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = re.sub(r"[\u2010-\u2015]", "-", s)
    s = re.sub(r"[*_`]+", "", s)
    s = re.sub(r"\s+", " ", s).strip().casefold()
    return s.rstrip(" .,;:")


def name_key(s):
    s = unicodedata.normalize("NFKD", str(s or ""))
    s = "".join(c for c in s if not unicodedata.combining(c))
    toks = re.findall(r"[^\W\d_]+", s.casefold())
    return tuple(sorted(toks))


def url_key(u):
    u = urllib.parse.unquote(str(u or "")).strip().rstrip("/")
    u = re.sub(r"^https?://", "", u)
    return u.casefold()


def flatten_values(x):
    if isinstance(x, dict):
        for v in x.values():
            yield from flatten_values(v)
    elif isinstance(x, (list, tuple)):
        for v in x:
            yield from flatten_values(v)
    elif x is not None:
        yield x


def get(d, *keys, default=None):
    for k in keys:
        if isinstance(d, dict) and k in d and d[k] not in (None, "", [], {}):
            return d[k]
    return default


def author_names(pub):
    out = []
    for a in pub.get("authors") or []:
        out.append(a if isinstance(a, str) else (a.get("name") or a.get("name_as_written") or ""))
    return out


def self_index(pub):
    for i, a in enumerate(pub.get("authors") or []):
        if isinstance(a, dict) and (a.get("is_self") or "self" in (a.get("marks") or [])):
            return i
    return None


def marks_of(pub, name):
    for a in pub.get("authors") or []:
        if isinstance(a, dict) and name_key(a.get("name")) == name_key(name):
            m = a.get("marks") or []
            if isinstance(m, dict):
                m = [k for k, v in m.items() if v]
            return set(m) - {"self"}
    return None


def venue_text(pub):
    v = pub.get("venue")
    if isinstance(v, dict):
        return " ".join(str(x) for x in flatten_values(v))
    return v or ""


class Tally:
    def __init__(self):
        self.ok = 0
        self.total = 0
        self.misses = []

    def check(self, label, good, detail=""):
        self.total += 1
        if good:
            self.ok += 1
        else:
            self.misses.append(f"{label}{': ' + detail if detail else ''}")


def score(profile, gold):
    t = Tally()
    counts = {}
    for key, want in (gold.get("counts") or {}).items():
        got = len(profile.get(key) or [])
        counts[key] = (got, want)
        t.check(f"count {key}", got == want, f"got {got}, want {want}")

    person = profile.get("person") or {}
    gp = gold.get("person") or {}
    names = [person.get("name")] + list(person.get("alternate_names") or [])
    if gp.get("name"):
        t.check("person.name", any(name_key(n) == name_key(gp["name"]) for n in names if n), f"got {person.get('name')!r}")
    if gp.get("alternate_name"):
        t.check("person.alternate_name", any(norm_text(n) == norm_text(gp["alternate_name"]) for n in names if n))
    for key in ("job_title", "job_title_contains"):
        if gp.get(key):
            got = norm_text(person.get("job_title"))
            want = norm_text(gp[key])
            t.check("person.job_title", bool(got) and (want in got or got in want), f"got {person.get('job_title')!r}")
    for key in ("affiliation", "affiliation_contains"):
        if gp.get(key):
            affs = " | ".join(norm_text(a.get("name") if isinstance(a, dict) else a) for a in person.get("affiliations") or [])
            want = norm_text(gp[key])
            t.check("person.affiliation", bool(affs) and want in affs, f"got {affs!r}")
    ids = [url_key(v) for v in flatten_values(person.get("identifiers") or {})]
    for k, v in (gp.get("identifiers") or {}).items():
        if v:
            t.check(f"person.identifiers.{k}", any(url_key(v) in i for i in ids), f"want {v}")
    if "email_present" in gp:
        t.check("person.email", bool(person.get("email")) == bool(gp["email_present"]))
    for ed in gp.get("education") or []:
        inst = norm_text(ed.get("institution"))
        hit = [e for e in person.get("education") or [] if inst and inst in norm_text(json.dumps(e, ensure_ascii=False))]
        t.check(f"education {ed.get('institution')}", bool(hit))
    for adv in gp.get("advisors") or []:
        got = [a if isinstance(a, str) else a.get("name") for a in person.get("advisors") or []]
        t.check(f"advisor {adv}", any(name_key(g) == name_key(adv) for g in got if g))

    pubs = profile.get("publications") or []
    found = 0
    for gpub in gold.get("publications_sample") or []:
        best, best_s = None, 0
        for p in pubs:
            s = fuzz.ratio(norm_text(p.get("title")), norm_text(gpub["title"]))
            if s > best_s:
                best, best_s = p, s
        label = gpub["title"][:40]
        if best is None or best_s < 90:
            t.check(f"pub found [{label}]", False, f"best {best_s:.0f}")
            # every field of a missing publication counts as missed
            for f in ("year", "venue", "authors", "self_position", "links"):
                if f in gpub and gpub[f] not in (None, {}, []):
                    t.check(f"pub {f} [{label}]", False, "publication not found")
            continue
        found += 1
        t.check(f"pub title [{label}]", norm_text(best.get("title")) == norm_text(gpub["title"]), f"got {best.get('title')!r}")
        if "year" in gpub:
            t.check(f"pub year [{label}]", best.get("year") == gpub["year"], f"got {best.get('year')!r}")
        if "date" in gpub and gpub["date"]:
            t.check(f"pub date [{label}]", str(best.get("date") or "")[:10] == gpub["date"], f"got {best.get('date')!r}")
        if gpub.get("venue"):
            got, want = norm_text(venue_text(best)), norm_text(gpub["venue"])
            t.check(f"pub venue [{label}]", bool(got) and (want in got or got in want), f"got {venue_text(best)!r}")
        if "authors" in gpub and gpub["authors"]:
            got = [name_key(n) for n in author_names(best)]
            want = [name_key(n) for n in gpub["authors"]]
            t.check(f"pub authors [{label}]", got == want, f"got {author_names(best)}")
        if "authors_truncated" in gpub:
            t.check(f"pub authors_truncated [{label}]", bool(best.get("authors_truncated")) == gpub["authors_truncated"])
        if "self_position" in gpub and gpub.get("authors"):
            t.check(f"pub self_position [{label}]", self_index(best) == gpub["self_position"], f"got {self_index(best)}")
        for name, marks in (gpub.get("marks") or {}).items():
            # Ours, not the shared scorer's: a gold mark written as one string (``"corresponding"``, as the README's
            # convention words it) is one mark; the shared scorer's ``set(marks)`` makes it a set of letters that no
            # profile can equal (26 fields of three dev cases).
            want = {marks} if isinstance(marks, str) else set(marks)
            t.check(f"pub marks {name} [{label}]", marks_of(best, name) == want, f"got {marks_of(best, name)}")
        links = [url_key(v) for v in flatten_values(best.get("links") or {}) if isinstance(v, str)]
        for k, u in (gpub.get("links") or {}).items():
            if not isinstance(u, str) or not re.match(r"https?://", u):
                continue  # relative file links depend on the site's layout
            t.check(f"pub link {k} [{label}]", url_key(u) in links, u)
    return t, found, counts




def import_case(case_dir, tmp_dir):
    """``kg import`` of one case as the shared scorer runs it (the case copied without gold.json and SOURCE.txt),
    in process: returns ``(profile dict or None, error or None, exit code, stderr)``."""
    import shutil
    from pathlib import Path

    from click.testing import CliRunner

    from kg.cli import main

    case_dir, tmp_dir = Path(case_dir), Path(tmp_dir)
    dst = tmp_dir / "site"
    shutil.copytree(case_dir, dst, ignore=shutil.ignore_patterns("gold.json", "SOURCE.txt"))
    res = CliRunner().invoke(main, ["import", str(dst), "--to", "json"])
    if res.exception is not None and not isinstance(res.exception, SystemExit):
        return None, f"internal error: {res.exception!r}", res.exit_code, res.stderr
    if res.exit_code not in (0, 1):
        last = (res.stderr or res.stdout).strip().splitlines()[-1:]
        return None, f"exit {res.exit_code}: {last}", res.exit_code, res.stderr
    try:
        data = json.loads(res.stdout)
    except json.JSONDecodeError as e:
        return None, f"stdout is not JSON ({e})", res.exit_code, res.stderr
    if isinstance(data, list):
        data = data[0] if data else {}
    return data, None, res.exit_code, res.stderr


def score_case(case_dir, tmp_dir):
    """One case scored: a dict with case, ok, total, score, found, counts, misses, error."""
    from pathlib import Path

    case_dir = Path(case_dir)
    gold = json.loads((case_dir / "gold.json").read_text(encoding="utf-8"))
    prof, err, _code, _stderr = import_case(case_dir, tmp_dir)
    n_sample = len(gold.get("publications_sample") or [])
    if err:
        # the shared scorer's rule for a case that does not import
        return {"case": case_dir.name, "ok": 0, "total": 10 + 6 * n_sample, "score": 0.0, "found": 0,
                "sample": n_sample, "counts": {}, "misses": [err], "error": err}
    t, found, counts = score(prof, gold)
    from tests.importers.sitefiles import silent_files

    # (ours: the site's files the import names nowhere, read or ignored or reported; none may be)
    silent = silent_files(Path(tmp_dir) / "site", prof) if (case_dir / "gold.json").exists() else []
    return {"case": case_dir.name, "ok": t.ok, "total": t.total, "score": t.ok / t.total if t.total else 0.0,
            "found": found, "sample": n_sample, "counts": counts, "misses": t.misses, "error": None,
            "silent": silent, "invalid": _model_errors(prof)}


def _model_errors(prof) -> list[str]:
    """(ours) What the model refuses in a profile ``kg import`` wrote: ``kg build`` loads the file by the same
    model, so each of these would stop the build of the import's own output."""
    from pydantic import ValidationError

    from kg.model import Profile

    try:
        Profile.model_validate(prof)
    except ValidationError as e:
        return [f"{'.'.join(map(str, err['loc']))}: {err['msg']}" for err in e.errors()][:5]
    return []
