"""Benchmarks (not tests): print build time and peak memory for the shipped data and a synthetic
corpus, and import time per page.

    .venv/bin/python scripts/bench.py build [--data data] [--synthetic-triples 1000000]
    .venv/bin/python scripts/bench.py import [PAGE...]

Each corpus is built in its own process so that peak memory (ru_maxrss) is its own.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build_once(data: Path, out: Path, validate: bool = True) -> dict:
    """Time each stage of `kg build` on one data folder (run inside a fresh process)."""
    t0 = time.perf_counter()
    from kg.export import write_outputs
    from kg.identity import load_decisions, resolve
    from kg.graph import corpus_quads
    from kg.build import Build, _locations
    from kg.profiles import load_profiles
    from kg.validate import validate_build

    figures: dict = {"import_modules_s": round(time.perf_counter() - t0, 3)}
    t = time.perf_counter()
    loaded = load_profiles([data])
    figures["load_profiles_s"] = round(time.perf_counter() - t, 3)
    t = time.perf_counter()
    corpus = resolve(loaded, decisions=load_decisions([data]))
    figures["identity_merge_s"] = round(time.perf_counter() - t, 3)
    t = time.perf_counter()
    quads = corpus_quads(corpus)
    build = Build(corpus=corpus, quads=quads, locations=_locations(corpus))
    figures["graph_mapping_s"] = round(time.perf_counter() - t, 3)
    figures["triples_default_graph"] = len(build.triples)
    figures["quads_with_named_graphs"] = len(quads)
    figures["people"] = len(corpus.people)
    figures["works"] = len(corpus.works)
    if validate:
        t = time.perf_counter()
        results = validate_build(build)
        figures["shacl_validation_s"] = round(time.perf_counter() - t, 3)
        figures["violations"] = sum(r.severity == "Violation" for r in results)
    t = time.perf_counter()
    write_outputs(build, out, corpus.report())
    figures["write_outputs_s"] = round(time.perf_counter() - t, 3)
    t = time.perf_counter()
    _ = build.store
    figures["oxigraph_store_load_s"] = round(time.perf_counter() - t, 3)
    figures["total_s"] = round(time.perf_counter() - t0, 3)
    figures["peak_rss_mib"] = round(_peak_mib(), 1)
    return figures


FIRST = ["Ann", "Bo", "Chen", "Dan", "Eve", "Fei", "Gus", "Hao", "Ida", "Jun", "Kai", "Lin", "Mei", "Ning", "Ola",
         "Peng", "Qi", "Rui", "Sam", "Tao", "Uma", "Wei", "Xin", "Yan", "Zoe"]
LAST = ["Lee", "Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu",
        "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Smith", "Garcia", "Kim", "Patel", "Nguyen"]
VENUES = [("CVPR", "conference"), ("ICCV", "conference"), ("NeurIPS", "conference"), ("ICML", "conference"),
          ("T-PAMI", "journal"), ("IJCV", "journal"), ("TIP", "journal"), ("arXiv", "preprint")]
WORDS = ("learning deep neural network efficient robust sparse graph vision transformer quantization pruning "
         "distillation detection segmentation pose tracking retrieval generative adversarial contrastive "
         "self-supervised semantic scene dynamic convolution attention binary compact knowledge").split()


def synthetic(folder: Path, people: int, works_per_person: int, seed: int = 7) -> None:
    """Profiles that share coauthors and papers the way a department's pages do."""
    import yaml

    rng = random.Random(seed)
    pool = [f"{f} {l}" for f in FIRST for l in LAST]
    rng.shuffle(pool)
    owners = pool[:people]
    shared: list[dict] = []
    folder.mkdir(parents=True, exist_ok=True)
    for i, owner in enumerate(owners):
        pubs = []
        for j in range(works_per_person):
            if shared and rng.random() < 0.15:
                pub = json.loads(json.dumps(rng.choice(shared)))
                for a in pub["authors"]:
                    a["is_self"] = a["name"] == owner
                if not any(a["is_self"] for a in pub["authors"]):
                    pub["authors"].append({"name": owner, "is_self": True})
            else:
                n = rng.randint(3, 8)
                authors = [{"name": rng.choice(pool)} for _ in range(n - 1)]
                authors.insert(rng.randrange(n), {"name": owner, "is_self": True})
                seen, uniq = set(), []
                for a in authors:
                    if a["name"] not in seen:
                        seen.add(a["name"])
                        uniq.append(a)
                venue, vtype = rng.choice(VENUES)
                title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 10))).capitalize() + f" {i}-{j}"
                pub = {"title": title, "year": rng.randint(2005, 2025), "venue": venue, "venue_type": vtype,
                       "authors": uniq, "links": {"pdf": f"https://papers.example.org/{i}/{j}.pdf",
                                                  "code": f"https://github.com/lab{i}/repo{j}"}}
                if rng.random() < 0.3:
                    pub["authors"][0]["marks"] = ["equal_contribution"]
                shared.append(pub)
            pubs.append(pub)
        profile = {
            "person": {"name": owner, "job_title": "Researcher", "affiliations": [{"name": f"Lab {i % 40}"}],
                       "identifiers": {"google_scholar": f"GS{i:06d}AAAAJ"}, "description": "A researcher.",
                       "image": f"https://people.example.org/{i}.jpg"},
            "publications": pubs,
            "news": [{"date": f"2024-{m:02d}", "text": f"News item {m} of {owner}."} for m in range(1, 6)],
            "awards": [{"name": f"Award {k}", "year": 2010 + k} for k in range(3)],
            "source": {"file": f"page{i}.md", "format": "markdown", "checksum": "sha256:" + f"{i:064x}"},
        }
        (folder / f"p{i:04d}.yaml").write_text(yaml.safe_dump(profile, sort_keys=False, allow_unicode=True))


def run_child(data: Path, validate: bool) -> dict:
    out = Path(tempfile.mkdtemp(prefix="kg-bench-out-"))
    code = (f"import json,sys; sys.path.insert(0,{str(ROOT)!r}); sys.path.insert(0,{str(ROOT / 'scripts')!r}); "
            f"import bench; print(json.dumps(bench.build_once(__import__('pathlib').Path({str(data)!r}), "
            f"__import__('pathlib').Path({str(out)!r}), {validate})))")
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if proc.returncode:
        raise SystemExit(proc.stderr)
    figures = json.loads(proc.stdout.strip().splitlines()[-1])
    figures["process_wall_s"] = round(time.perf_counter() - t, 3)
    figures["output_bytes"] = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    return figures


def cmd_build(args) -> None:
    print(f"shipped data ({args.data}):")
    for k, v in run_child(Path(args.data), True).items():
        print(f"  {k}: {v}")
    if args.synthetic_triples:
        people = max(2, args.synthetic_triples // 2200)
        folder = Path(tempfile.mkdtemp(prefix="kg-bench-data-"))
        synthetic(folder, people=people, works_per_person=40)
        print(f"synthetic corpus ({people} profiles x 40 works, {folder}):")
        for k, v in run_child(folder, not args.no_shacl).items():
            print(f"  {k}: {v}")


def cmd_import(args) -> None:
    from kg.importers import import_path

    pages = [Path(p) for p in args.pages] or sorted(
        p for p in (ROOT / "tests" / "seeds").iterdir() if p.suffix in (".md", ".txt") and p.name != "README.md")
    from kg.errors import KgError

    for page in pages:
        try:
            import_path(page)  # warm: module imports and first-call costs are start-up, not per-page work
        except KgError as exc:
            print(f"{page.name}: not imported: {exc}")
            continue
        times = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            res = import_path(page)
            times.append(time.perf_counter() - t)
        kb = page.stat().st_size / 1024
        print(f"{page.name}: {kb:.1f} KB, format {res.format}, {len(res.profile.publications)} publications, "
              f"median {sorted(times)[len(times) // 2] * 1000:.1f} ms over {args.repeat} runs")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build")
    b.add_argument("--data", default=str(ROOT / "data"))
    b.add_argument("--synthetic-triples", type=int, default=1_000_000)
    b.add_argument("--no-shacl", action="store_true", help="skip SHACL on the synthetic corpus")
    b.set_defaults(fn=cmd_build)
    i = sub.add_parser("import")
    i.add_argument("pages", nargs="*")
    i.add_argument("--repeat", type=int, default=7)
    i.set_defaults(fn=cmd_import)
    args = ap.parse_args()
    args.fn(args)


if __name__ == "__main__":
    main()
