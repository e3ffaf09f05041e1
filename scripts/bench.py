"""Benchmarks (not tests): print build time and peak memory for the shipped data and a synthetic
corpus, and import time per page.

    .venv/bin/python scripts/bench.py build [--data data] [--sizes 100000,1000000] [--large] [--no-naive]
                                            [--no-rebuild]
    .venv/bin/python scripts/bench.py import [PAGE...] [--repeat 7]   # ms per page, PASS/FAIL at 100 ms
    .venv/bin/python scripts/bench.py make-pages       # rewrite scripts/bench-pages/ (synthetic)
    .venv/bin/python scripts/bench.py big-site [--sizes 250,1000] [--kind pages,records] [--baseline CHECKOUT]
    .venv/bin/python scripts/bench.py query BUILD_DIR [BUILD_DIR...]   # named-query p50 per build size
    .venv/bin/python scripts/bench.py startup [--repeat 7] [--baseline CHECKOUT]   # CPU of a fresh `kg import`

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


def _cpu() -> float:
    """CPU seconds of this process (all threads) and of its finished worker processes."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def build_once(data: Path, out: Path, validate: bool = True, cache: bool = False) -> dict:
    """Time each stage of `kg build` on one data folder (run inside a fresh process): wall seconds
    as ``<stage>_s`` and CPU seconds as ``<stage>_cpu`` (the machine may be busy with other jobs).
    ``cache``: use and write ``out/.cache`` as `kg build` does (kg.cache)."""
    figures: dict = {}
    clock = [time.perf_counter(), _cpu()]

    def done(stage: str) -> None:
        wall, cpu = time.perf_counter(), _cpu()
        figures[f"{stage}_s"] = round(wall - clock[0], 3)
        figures[f"{stage}_cpu"] = round(cpu - clock[1], 3)
        figures[f"{stage}_peak_mib"] = round(_peak_mib(), 1)  # the peak so far: which stage sets it
        clock[:] = [wall, cpu]

    t0, c0 = time.perf_counter(), _cpu()
    from kg.export import write_outputs
    from kg.identity import load_decisions, resolve
    from kg.graph import corpus_quads
    from kg.build import Build, _locations
    from kg.profiles import load_profiles
    from kg.validate import validate_build

    from kg.cache import BuildCache
    from kg.identity import DEFAULT_BASE

    import contextlib

    import kg.cli
    from kg.memory import collector_paused

    done("import_modules")
    # as `kg build` does: the cyclic collector paused for the whole build (an older checkout given as --baseline
    # paused it only around loading, the merge and validation)
    whole = "collector_paused" in kg.cli.build.callback.__code__.co_varnames
    with collector_paused() if whole else contextlib.nullcontext():
        build_cache = BuildCache.open(out, DEFAULT_BASE) if cache else None
        loaded = build_cache.load_profiles([data]) if cache else load_profiles([data])
        done("load_profiles")
        if cache and "previous" in resolve.__code__.co_varnames:
            # as `kg build` does: the parts of the people the previous build resolved are taken from it
            # (and, where the checkout has them, the works merged again only where their pages or people changed)
            keys = {"page_keys": build_cache.page_keys()} if "page_keys" in resolve.__code__.co_varnames else {}
            corpus = resolve(loaded, decisions=load_decisions([data]), previous=build_cache.previous_merge(), **keys)
            build_cache.record_merge(corpus.merge_table, *corpus.merge_parts,
                                     **({"works": corpus.merge_works} if keys else {}),
                                     **({"people": corpus.merge_people} if hasattr(corpus, "merge_people") else {}))
        else:
            corpus = resolve(loaded, decisions=load_decisions([data]))
        done("identity_merge")
        # as `kg build` does: the named graphs mapped after validation, which reads the default graph only (an
        # older checkout given as --baseline maps them with it)
        later = "named_later" in corpus_quads.__code__.co_varnames
        quads = corpus_quads(corpus, cache=build_cache, **({"named_later": True} if later else {}))
        # as `kg build` does: the locations made when validation's results first ask for one (an older checkout
        # given as --baseline made them here)
        lazy = Build.__dataclass_fields__["locations"].default is None
        build = Build(corpus=corpus, quads=quads) if lazy else Build(corpus=corpus, quads=quads,
                                                                     locations=_locations(corpus))
        # a count that does not parse the text (an older checkout given as --baseline has no triple_count)
        figures["triples_default_graph"] = build.triple_count if hasattr(build, "triple_count") else len(build.triples)
        done("graph_mapping")
        figures["people"] = len(corpus.people)
        figures["works"] = len(corpus.works)
        if validate:
            # as `kg build` does: the previous build's findings reused where nothing they read changed (an older
            # checkout given as --baseline validates in full)
            results = (validate_build(build, cache=build_cache) if cache and "cache" in
                       validate_build.__code__.co_varnames else validate_build(build))
            figures["violations"] = sum(r.severity == "Violation" for r in results)
            done("shacl_validation")
        if later:
            quads.complete()
            done("named_graphs")
        figures["quads_with_named_graphs"] = len(quads)
        try:
            from kg.store import STORE_DIR, write_store
        except ImportError:  # an older checkout given as --baseline: its in-memory store, as it was measured
            write_store = None
        try:  # as `kg build` does: a store loaded in full written by a child process beside the files
            from kg.store import start_store
        except ImportError:  # an older checkout given as --baseline: written here, before the files
            start_store = None
        first = "first" in write_outputs.__code__.co_varnames  # `kg build` writes its store before the files
        writing = []

        def store_into(folder: Path) -> list[str]:
            # the on-disk store as `kg build` makes it (an in-memory Store of every quad, measured here before,
            # is not what the command makes); before the files, or after them in an older checkout
            if not first:
                done("write_outputs")
            fill = build_cache.store_filler(build, DEFAULT_BASE) if cache else None
            if write_store is None:
                _ = build.store
            elif start_store is not None:
                writing.append(start_store(build, folder, "bench", DEFAULT_BASE, fill=fill))
            else:  # with the cache, as `kg build` does: the previous store updated where it can be
                write_store(build, folder, "bench", DEFAULT_BASE, fill=fill)
            if first:
                done("store_write")
            return ([STORE_DIR] if write_store is not None else []) + (
                [] if first or not cache else build_cache.write(folder))

        def cache_into(folder: Path) -> list[str]:
            done("write_outputs")
            for w in writing:  # a store written beside the files: its wait (its child's CPU counted here)
                w.wait()
            if writing:
                done("store_wait")
            return build_cache.write(folder) if cache else []  # last: it records the files' sizes and times

        order = {"first": store_into, "extra": cache_into} if first else {"extra": store_into}
        # as `kg build` does: what changed replaced in the previous build's files where it can be
        write_outputs(build, out, corpus.report(), **order, **({"previous": build_cache} if cache else {}))
        done("cache_write" if first else "store_write")
    if cache:
        figures["cache"] = build_cache.stats.line()
    figures["total_s"] = round(time.perf_counter() - t0, 3)
    figures["total_cpu"] = round(_cpu() - c0, 3)
    figures["peak_rss_mib"] = round(_peak_mib(), 1)
    # worker processes (profile loading) have their own peak
    figures["workers_peak_rss_mib"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)
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
    if people > len(pool):
        # beyond 625 owners (about 1.4M triples) two given names: before, every larger corpus had the same
        # 625 profiles (the --large corpora were 1.24M triples); smaller corpora are unchanged
        pool += [f"{f} {g} {l}" for f in FIRST for g in FIRST if g != f for l in LAST]
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


def _child(code: str) -> dict:
    """Run ``code`` (which prints one JSON line last) in a fresh Python; add wall and CPU time."""
    t = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode:
        raise SystemExit(proc.stderr)
    figures = json.loads(proc.stdout.strip().splitlines()[-1])
    figures["process_wall_s"] = round(time.perf_counter() - t, 3)
    figures["process_cpu_s"] = round((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), 3)
    return figures


def run_child(data: Path, validate: bool, out: Path | None = None, kg_root: Path = ROOT, cache: bool = False) -> dict:
    """``build_once`` in a fresh process, with the kg package of ``kg_root`` (another checkout to compare)."""
    out = out or Path(tempfile.mkdtemp(prefix="kg-bench-out-"))
    figures = _child(f"import json,sys; sys.path.insert(0,{str(ROOT / 'scripts')!r}); import bench; "
                     f"sys.path.insert(0,{str(kg_root)!r}); "
                     f"print(json.dumps(bench.build_once(__import__('pathlib').Path({str(data)!r}), "
                     f"__import__('pathlib').Path({str(out)!r}), {validate}"
                     + (", cache=True" if cache else "") + ")))")
    figures["output_bytes"] = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    return figures


def edit_one_profile(data: Path) -> Path:
    """Change the middle profile of a synthetic corpus the way a researcher updates a page: the first
    publication's title is revised and one news item is added."""
    import yaml

    files = sorted(data.glob("p*.yaml"))
    path = files[len(files) // 2]
    profile = yaml.safe_load(path.read_text())
    profile["publications"][0]["title"] += " (revised)"
    profile["news"].append({"date": "2025-01", "text": "A new item on the page."})
    path.write_text(yaml.safe_dump(profile, sort_keys=False, allow_unicode=True))
    return path


def _outputs_equal(a: Path, b: Path) -> bool:
    """The same files with the same bytes, leaving out the cache and the store (a database: not byte-identical
    between two writes; kg.store)."""
    def files(folder: Path) -> dict[str, Path]:
        return {str(p.relative_to(folder)): p for p in folder.rglob("*")
                if p.is_file() and p.relative_to(folder).parts[0] not in (".cache", "store")}

    fa, fb = files(a), files(b)
    return sorted(fa) == sorted(fb) and all(fa[n].read_bytes() == fb[n].read_bytes() for n in fa)


def rebuild_figures(corpus: Path, shacl: bool) -> dict:
    """The one-profile rebuild: a build with its cache, one profile edited, the rebuild with the cache,
    then a cold build of the edited inputs into a fresh folder to compare with (time and bytes)."""
    import shutil

    work = Path(tempfile.mkdtemp(prefix="kg-bench-rebuild-"))
    data, out, cold_out = work / "data", work / "build", work / "cold"
    shutil.copytree(corpus, data)
    first = run_child(data, shacl, out, cache=True)
    edited = edit_one_profile(data)
    again = run_child(data, shacl, out, cache=True)
    cold = run_child(data, shacl, cold_out, cache=True)
    same = _outputs_equal(out, cold_out)
    ratio = again["total_s"] / cold["total_s"]
    import os

    print(f"one-profile rebuild ({edited.name} edited; {again.get('cache')}; load average now "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}):")
    print(f"  {'stage':24} {'rebuild s':>10} {'cpu s':>9} {'cold s':>9} {'cpu s':>9}")
    for k in KG_STAGES:
        if f"{k}_s" in again:
            print(f"  {k:24} {again[f'{k}_s']:10.3f} {again[f'{k}_cpu']:9.3f} {cold[f'{k}_s']:9.3f} "
                  f"{cold[f'{k}_cpu']:9.3f}")
    print(f"  rebuild {again['total_s']} s (cpu {again['total_cpu']} s, peak {again['peak_rss_mib']} MiB) vs cold "
          f"{cold['total_s']} s (cpu {cold['total_cpu']} s) of the same inputs: {ratio:.1%} of cold wall, "
          f"{again['total_cpu'] / cold['total_cpu']:.1%} of its cpu (goal < 3%); first build with cache "
          f"{first['total_s']} s (cpu {first['total_cpu']} s); outputs byte-identical to the cold build: "
          f"{'yes' if same else 'NO'}")
    shutil.rmtree(work, ignore_errors=True)
    return {"rebuild": again, "cold": cold, "first": first, "ratio": round(ratio, 4), "identical": same}


def floor_once(out: Path) -> dict:
    """The Oxigraph floor on kg's own output: load the default graph (N-Triples) and every quad
    (TriG) into a Store, dump Turtle, N-Triples, JSON-LD and TriG (run inside a fresh process)."""
    import pyoxigraph as ox

    t0 = time.perf_counter()
    store = ox.Store()
    store.bulk_load(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG)
    triples = list(ox.parse(path=str(out / "graph.nt"), format=ox.RdfFormat.N_TRIPLES))
    figures = {"load_s": round(time.perf_counter() - t0, 3), "triples": len(triples), "quads": len(store)}
    t = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kg-bench-floor-") as tmp:
        for fmt, name in ((ox.RdfFormat.TURTLE, "g.ttl"), (ox.RdfFormat.N_TRIPLES, "g.nt"),
                          (ox.RdfFormat.JSON_LD, "g.jsonld")):
            ox.serialize(triples, output=str(Path(tmp) / name), format=fmt)
        store.dump(output=str(Path(tmp) / "g.trig"), format=ox.RdfFormat.TRIG)
    figures["dump_s"] = round(time.perf_counter() - t, 3)
    figures["total_s"] = round(time.perf_counter() - t0, 3)
    figures["peak_rss_mib"] = round(_peak_mib(), 1)
    return figures


def naive_once(out: Path) -> dict:
    """The naive pipeline on kg's own output: rdflib parses the graph, pyshacl validates it whole
    with the shapes as written, rdflib writes Turtle, N-Triples, JSON-LD and TriG."""
    import rdflib
    from pyshacl import validate

    t0 = time.perf_counter()
    g = rdflib.Graph().parse(out / "graph.nt", format="nt")
    ds = rdflib.Dataset().parse(out / "graph.trig", format="trig")
    figures = {"parse_s": round(time.perf_counter() - t0, 3)}
    t = time.perf_counter()
    shapes = rdflib.Graph()
    for f in sorted((ROOT / "shapes").glob("*.ttl")):
        shapes.parse(f, format="turtle")
    conforms, _report, _text = validate(g, shacl_graph=shapes, inference="none", allow_warnings=True)
    figures["pyshacl_s"] = round(time.perf_counter() - t, 3)
    t = time.perf_counter()
    for fmt in ("turtle", "nt", "json-ld"):
        g.serialize(format=fmt)
    ds.serialize(format="trig")
    figures["serialize_s"] = round(time.perf_counter() - t, 3)
    figures["total_s"] = round(time.perf_counter() - t0, 3)
    figures["peak_rss_mib"] = round(_peak_mib(), 1)
    return figures


def _in_child(fn: str, out: Path) -> dict:
    return _child(f"import json,sys; sys.path.insert(0,{str(ROOT)!r}); sys.path.insert(0,{str(ROOT / 'scripts')!r}); "
                  f"import bench; print(json.dumps(bench.{fn}(__import__('pathlib').Path({str(out)!r}))))")


KG_STAGES = ("import_modules", "load_profiles", "identity_merge", "graph_mapping", "shacl_validation",
             "named_graphs", "store_write", "write_outputs", "store_wait", "cache_write", "total")


def bench_size(triples: int, naive: bool, shacl: bool = True, baseline: Path | None = None,
               rebuild: bool = True) -> dict:
    """Build a synthetic corpus of about ``triples`` merged triples with kg, then the floor (and naive)."""
    people = max(2, triples // 2200)
    folder = Path(tempfile.mkdtemp(prefix="kg-bench-data-"))
    synthetic(folder, people=people, works_per_person=40)
    out = Path(tempfile.mkdtemp(prefix="kg-bench-out-"))
    kg = run_child(folder, shacl, out)
    floor = _in_child("floor_once", out)
    print(f"\n== {triples:,} triples target: {people} profiles x 40 works ({folder})")
    print(f"kg build: {kg['triples_default_graph']:,} triples, {kg['quads_with_named_graphs']:,} quads, "
          f"{kg['people']} people, {kg['works']} works, {kg.get('violations', '-')} violations")
    print(f"  {'stage':24} {'wall s':>9} {'cpu s':>9} {'peak MiB so far':>16}")
    for k in KG_STAGES:
        if f"{k}_s" in kg:
            print(f"  {k:24} {kg[f'{k}_s']:9.3f} {kg[f'{k}_cpu']:9.3f} {kg.get(f'{k}_peak_mib', ''):>16}")
    print(f"  {'peak rss mib':24} {kg['peak_rss_mib']} (workers {kg['workers_peak_rss_mib']})")
    print(f"  {'process wall / cpu s':24} {kg['process_wall_s']} / {kg['process_cpu_s']}  (output in {out})")
    print(f"oxigraph floor (bulk load TriG + parse N-Triples, dump ttl/nt/jsonld/trig): load {floor['load_s']} s, "
          f"dump {floor['dump_s']} s, total {floor['total_s']} s, peak {floor['peak_rss_mib']} MiB, "
          f"process cpu {floor['process_cpu_s']} s")
    ratio = kg["total_s"] / floor["total_s"]
    print(f"ratio kg / floor: {ratio:.2f}x wall, {kg['process_cpu_s'] / floor['process_cpu_s']:.2f}x cpu "
          f"(process), {kg['peak_rss_mib'] / floor['peak_rss_mib']:.2f}x peak memory")
    per_m = 1_000_000 / kg["triples_default_graph"]
    print(f"per million triples: kg {kg['total_s'] * per_m:.1f} s ({kg['process_cpu_s'] * per_m:.1f} cpu s), "
          f"{kg['peak_rss_mib'] * per_m:.0f} MiB; floor {floor['total_s'] * per_m:.1f} s "
          f"({floor['process_cpu_s'] * per_m:.1f} cpu s)")
    result = {"kg": kg, "floor": floor, "ratio": round(ratio, 2)}
    if baseline is not None:
        base_out = Path(tempfile.mkdtemp(prefix="kg-bench-base-"))
        base = run_child(folder, shacl, base_out, kg_root=baseline)
        same = subprocess.run(["diff", "-r", "-q", "-x", "store", "-x", ".cache", str(base_out), str(out)], capture_output=True).returncode == 0
        print(f"baseline kg ({baseline}), wall / cpu s: "
              + ", ".join(f"{k} {base[f'{k}_s']} / {base[f'{k}_cpu']}" for k in KG_STAGES if f"{k}_s" in base)
              + f", peak {base['peak_rss_mib']} MiB")
        print(f"this kg is {base['total_s'] / kg['total_s']:.2f}x faster (wall), "
              f"{base['total_cpu'] / kg['total_cpu']:.2f}x (cpu); outputs byte-identical: {'yes' if same else 'NO'}")
        result["baseline"] = base
    if naive:
        nv = _in_child("naive_once", out)
        print(f"naive pipeline (rdflib parse, pyshacl on the whole graph, rdflib serializers): "
              f"parse {nv['parse_s']} s, "
              f"pyshacl {nv['pyshacl_s']} s, serialize {nv['serialize_s']} s, total {nv['total_s']} s, "
              f"peak {nv['peak_rss_mib']} MiB; kg is {nv['total_s'] / kg['total_s']:.1f}x faster")
        result["naive"] = nv
    if rebuild:
        result["rebuild"] = rebuild_figures(folder, shacl)
    return result


def cmd_build(args) -> None:
    print(f"shipped data ({args.data}):")
    for k, v in run_child(Path(args.data), True).items():
        print(f"  {k}: {v}")
    sizes = [int(x) for x in args.sizes.split(",") if x]
    if args.large:
        sizes += [2_000_000, 5_000_000]
    for size in sizes:
        bench_size(size, naive=(size <= 100_000 and not args.no_naive), shacl=not args.no_shacl,
                   baseline=Path(args.baseline) if args.baseline else None,
                   rebuild=not args.no_rebuild and size <= 1_000_000)


# --- import: per-page time of `kg import`'s work -----------------------------------------------------

IMPORT_BUDGET_MS = 100.0  # the goal: a page of about 50 KB imports in under 100 ms
BENCH_PAGES = ROOT / "scripts" / "bench-pages"

_TOPICS = ("sparse coding of river sediment maps; tidal flow sensing with cheap buoys; glacier melt forecasts from "
           "satellite radar; soil moisture estimation under cloud cover; rainfall nowcasting with graph models; "
           "coastal erosion tracking from drone imagery; wildfire smoke plume segmentation; aquifer recharge "
           "inference; snowpack depth from passive microwave data; flood extent mapping in dense cities; urban "
           "heat island prediction; drought index learning across basins").split("; ")
_TWISTS = ("a Bayesian view", "robust estimators", "weak labels", "physics priors", "few field samples",
           "uncertainty bounds", "active sampling", "transfer across regions", "streaming updates", "low-power sensors")
_GIVEN = "Ines Tomas Greta Omar Lucia Pavel Keiko Dmitri Amara Felix Noor Bruno Selin Jonas Mira Theo".split()
_FAMILY = "Halvorsen Okafor Brandt Moreau Castillo Novak Ishikawa Varga Lindqvist Duarte Rahman Kowal".split()
_VENUES = [("Water Resources Research", "WRR"), ("Remote Sensing of Environment", "RSE"),
           ("International Geoscience and Remote Sensing Symposium", "IGARSS"),
           ("Conference on Neural Information Processing Systems", "NeurIPS"),
           ("Journal of Hydrology", "JHydrol"), ("AAAI Conference on Artificial Intelligence", "AAAI")]
_OWNER = ("Rosalind Achterberg", "R. Achterberg")


def _bench_entries(rng: random.Random, n: int) -> list[dict]:
    """Invented publications (titles, coauthors, venues, links) for the synthetic bench pages."""
    out = []
    for i in range(n):
        title = f"{rng.choice(_TOPICS).capitalize()} with {rng.choice(_TWISTS)}"
        if rng.random() < 0.4:
            title = f"{rng.choice(['Towards', 'Revisiting', 'On', 'Scaling'])} {title[0].lower()}{title[1:]}"
        coauthors = [f"{rng.choice(_GIVEN)} {rng.choice(_FAMILY)}" for _ in range(rng.randint(1, 5))]
        coauthors = list(dict.fromkeys(coauthors))
        venue, short = rng.choice(_VENUES)
        year = 2024 - i // 12
        out.append({"title": title, "authors": coauthors, "owner_at": rng.randint(0, len(coauthors)),
                    "venue": venue, "short": short, "year": year, "n": i + 1,
                    "pdf": f"https://papers.example.org/{year}/achterberg-{i + 1}.pdf",
                    "code": f"https://github.com/achterberg-lab/project-{i + 1}" if rng.random() < 0.5 else None,
                    "oral": rng.random() < 0.1})
    return out


def _bench_markdown(target: int) -> str:
    """An academicpages ``about.md``-style page of about ``target`` bytes, all invented."""
    rng = random.Random(11)
    head = ["---", "permalink: /", "title: \"About\"", "author_profile: true", "---", "",
            "I am an Associate Professor of Earth Observation at the University of Nordhavn, where I lead the "
            "Hydrology and Sensing Group. My work joins machine learning with field hydrology.", "",
            "## News", ""]
    head += [f"- **[{m} {2024 - k}]** Our paper on {rng.choice(_TOPICS)} was accepted." for k, m in
             enumerate(["Mar", "Jan", "Oct", "Jun", "Feb"])]
    head += ["", "## Publications", "", "(\\* equal contribution)", ""]
    body: list[str] = []
    year = None
    for e in _bench_entries(rng, 400):
        if e["year"] != year:
            year = e["year"]
            body += [f"### {year}", ""]
        names = list(e["authors"])
        names.insert(e["owner_at"], f"**{_OWNER[0]}**")
        links = f"[[PDF]]({e['pdf']})" + (f" [[Code]]({e['code']})" if e["code"] else "")
        body += [f"- **{e['title']}**<br>", f"  {', '.join(names)}<br>",
                 f"  *{e['venue']} ({e['short']})*, {e['year']}{' **Oral**' if e['oral'] else ''} {links}", ""]
        if len("\n".join(head + body).encode()) >= target - 600:
            break
    tail = ["## Awards", "", "- Early Career Award, Nordic Hydrology Society, 2021", "",
            "## Students", "", "- Ines Halvorsen (PhD, 2020-)", "- Omar Duarte (PhD, 2021-)", ""]
    return "\n".join(head + body + tail)


def _bench_html(target: int) -> str:
    """A hand-written HTML homepage of about ``target`` bytes (year headings, numbered entries), all invented."""
    rng = random.Random(13)
    head = ["<!DOCTYPE html>", "<html>", "<head>", '<meta charset="utf-8">', f"<title>{_OWNER[0]}</title>",
            "</head>", "<body>", '<div id="nav"><a href="index.html">Home</a> | <a href="#pubs">Papers</a></div>',
            f"<h1>{_OWNER[0]}</h1>", "<p>Associate Professor<br>", "Department of Earth Observation<br>",
            "University of Nordhavn<br>", 'Email: rachterberg [at] nordhavn.example.edu<br>',
            '<a href="https://scholar.google.com/citations?user=AbCdEfGhIjkL">Google Scholar</a></p>',
            '<h2 id="pubs">Publications</h2>']
    body: list[str] = []
    year = None
    for e in _bench_entries(rng, 400):
        if e["year"] != year:
            if year is not None:
                body.append("</ol>")
            year = e["year"]
            body += [f"<h3>{year}</h3>", "<ol>"]
        names = list(e["authors"])
        names.insert(e["owner_at"], f"<b>{_OWNER[1]}</b>")
        links = f'[<a href="{e["pdf"]}">pdf</a>]' + (f' [<a href="{e["code"]}">code</a>]' if e["code"] else "")
        body.append(f"<li>{', '.join(names)}.<br>\n<b>{e['title']}</b>.<br>\n"
                    f"<i>{e['venue']}</i> ({e['short']}), {e['year']}.{' <b>Oral</b>.' if e['oral'] else ''} "
                    f"{links}</li>")
        if len("\n".join(head + body).encode()) >= target - 300:
            break
    tail = ["</ol>", '<div id="footer">Last updated: March 2024</div>', "</body>", "</html>", ""]
    return "\n".join(head + body + tail)


def cmd_make_pages(args) -> None:
    """(Re)write the synthetic bench pages shipped in scripts/bench-pages/ (deterministic)."""
    BENCH_PAGES.mkdir(exist_ok=True)
    for name, text in (("synthetic-50kb.md", _bench_markdown(50 * 1024)), ("synthetic-50kb.html", _bench_html(50 * 1024))):
        (BENCH_PAGES / name).write_text(text, encoding="utf-8")
        print(f"wrote {BENCH_PAGES / name} ({len(text.encode()) / 1024:.1f} KB)")


BIG_SITE_KINDS = ("pages", "records")


def make_big_site(root: Path, n: int, kind: str = "pages") -> Path:
    """Write under ``root`` (emptied first) an invented Jekyll site of ``n`` works, deterministic for the same
    ``n`` and ``kind``: ``pages``, an academicpages site of one ``_publications/`` file a work; ``records``, an
    al-folio site whose ``_bibliography/papers.bib`` holds the ``n`` works as BibTeX entries. Either also holds a
    folder of ``n`` text files no reader reads (``notes/``: the account of a site's files names each), as real lab
    sites hold folders of thousands of files beside their pages. Gives ``root``.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     site = make_big_site(Path(d), 3, "records")
    ...     sorted(str(p.relative_to(site)) for p in site.rglob("*") if p.is_file())[:3]
    ['_bibliography/papers.bib', '_config.yml', '_pages/about.md']
    """
    import shutil

    if kind not in BIG_SITE_KINDS:
        raise ValueError(f"kind is one of {', '.join(BIG_SITE_KINDS)}, not {kind!r}")
    if root.exists():
        shutil.rmtree(root)
    files = {"_config.yml": f"title: {_OWNER[0]}\nauthor:\n  name: {_OWNER[0]}\n",
             "_pages/about.md": "---\npermalink: /\ntitle: About\n---\n\nI am an Associate Professor of Earth "
                                "Observation at the University of Nordhavn.\n"}
    rng = random.Random(17 + n)
    bib = []
    for e in _bench_entries(rng, n):
        year = 2024 - (e["n"] - 1) % 30
        title = f"{e['title']}, case {e['n']}"  # (titles of their own: none merges with another)
        names = list(e["authors"])
        names.insert(e["owner_at"], _OWNER[0])
        if kind == "pages":
            files[f"_publications/{year}-{e['n']:05}.md"] = (
                f"---\ntitle: '{title}'\ncollection: publications\nauthors: '{', '.join(names)}'\n"
                f"date: {year}-{1 + e['n'] % 12:02}-01\nvenue: '{e['venue']}'\npaperurl: '{e['pdf']}'\n---\n")
        else:
            bib.append(f"@inproceedings{{achterberg{year}case{e['n']},\n  title = {{{title}}},\n"
                       f"  author = {{{' and '.join(names)}}},\n  booktitle = {{{e['venue']}}},\n"
                       f"  year = {{{year}}},\n  pdf = {{{e['pdf']}}}\n}}\n")
        files[f"notes/gauge-{e['n']:05}.txt"] = f"Gauge {e['n']}: {rng.randint(1, 400)} cm, read at dawn.\n"
    if kind == "records":
        files["_bibliography/papers.bib"] = "\n".join(bib)
        files["_pages/publications.md"] = ("---\nlayout: page\npermalink: /publications/\ntitle: Publications\n"
                                           "---\n\n{% bibliography %}\n")
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def _import_site_once(site: str) -> dict:
    """CPU and wall seconds of importing one site (run inside a fresh process: no memo of an earlier run), after
    an untimed import of a site of one work (module imports and compiled patterns are start-up, not per-file)."""
    from kg.importers import import_path

    with tempfile.TemporaryDirectory() as tmp:
        import_path(make_big_site(Path(tmp) / "warm", 1, "pages"))
        import_path(make_big_site(Path(tmp) / "warm", 1, "records"))
    t, c = time.perf_counter(), time.process_time()
    res = import_path(Path(site))
    return {"wall_s": time.perf_counter() - t, "cpu_s": time.process_time() - c,
            "publications": len(res.profile.publications), "format": res.format}


def cmd_big_site(args) -> None:
    """Import time of a synthetic big site (:func:`make_big_site`) at each size, per file: a cost that grows
    faster than the site (a loop over all files for each file) shows as a time per file that grows with it."""
    import os

    sizes = [int(x) for x in args.sizes.split(",")]
    kinds = args.kind.split(",")
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs; each import "
          f"in a fresh process; CPU time (wall is CPU plus waiting for the CPU on a busy machine)")
    print(f"{'kind':8} {'works':>6} {'files':>6} {'pubs':>5} {'wall s':>8} {'cpu s':>7} {'cpu ms/file':>12}")
    with tempfile.TemporaryDirectory() as tmp:
        for kind in kinds:
            per_file = []
            for n in sizes:
                site = make_big_site(Path(tmp) / f"{kind}-{n}", n, kind)
                files = sum(1 for p in site.rglob("*") if p.is_file())
                for label, kg_root in (("", ROOT), *((" (baseline)", Path(args.baseline)),) * bool(args.baseline)):
                    # (kg_root first on the path after bench's import, which puts this checkout first)
                    r = _child(f"import json,sys; sys.path.insert(0,{str(ROOT / 'scripts')!r}); import bench; "
                               f"sys.path.insert(0,{str(kg_root)!r}); "
                               f"print(json.dumps(bench._import_site_once({str(site)!r})))")
                    print(f"{kind:8} {n:6} {files:6} {r['publications']:5} {r['wall_s']:8.2f} {r['cpu_s']:7.2f} "
                          f"{r['cpu_s'] * 1000 / files:12.2f}{label}")
                    if not label:
                        per_file.append(r["cpu_s"] * 1000 / files)
            if len(per_file) > 1:
                print(f"{kind:8} CPU per file grows {per_file[-1] / per_file[0]:.2f}x while the site grows "
                      f"{sizes[-1] / sizes[0]:.0f}x (flat: about 1x; a loop over all files for each file: about "
                      f"{sizes[-1] / sizes[0]:.0f}x)")


def _clear_caches() -> None:
    """Empty the memo caches of kg's modules (``lru_cache`` of more than one entry): a timed run must not reuse
    what an earlier run of the same page memoised, since ``kg import`` reads a page once per process. One-entry
    and unbounded caches hold set-up (the markdown parser, bundled resources) and are kept: start-up."""
    for name, mod in list(sys.modules.items()):
        if name == "kg" or name.startswith("kg."):
            for obj in list(vars(mod).values()):
                params = getattr(obj, "cache_parameters", None)
                if callable(params) and (params().get("maxsize") or 0) > 1:
                    obj.cache_clear()


def cmd_import(args) -> None:
    """Median wall and CPU ms of ``import_path(page)`` per page (read, detect, parse, finish: the work of
    `kg import PAGE` in process, without interpreter start-up, module imports and printing) after one untimed
    warm-up run, with the memo caches emptied before each timed run; PASS/FAIL: the CPU median against
    IMPORT_BUDGET_MS."""
    import os

    from kg.importers import import_path

    pages = [Path(p) for p in args.pages] or [
        *sorted(BENCH_PAGES.glob("synthetic-*")),
        *sorted(p for p in (ROOT / "tests" / "seeds").iterdir() if p.suffix in (".md", ".txt") and p.name != "README.md")]
    from kg.errors import KgError

    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs; "
          f"median of {args.repeat} runs per page, memo caches emptied before each; PASS: CPU median under "
          f"{IMPORT_BUDGET_MS:.0f} ms (wall is CPU plus waiting for the CPU on a busy machine)")
    print(f"{'page':44} {'KB':>6} {'format':>10} {'pubs':>5} {'wall ms':>8} {'cpu ms':>7}  result")
    failed = 0
    for page in pages:
        walls, cpus = [], []
        try:
            import_path(page)  # warm, untimed: module imports and compiled regexes are start-up, not per-page work
            for _ in range(args.repeat):
                _clear_caches()
                t, c = time.perf_counter(), time.process_time()
                res = import_path(page)
                walls.append(time.perf_counter() - t)
                cpus.append(time.process_time() - c)
        except KgError as exc:
            print(f"{page.name}: not imported: {exc}")
            failed += 1
            continue
        kb = sum(f.stat().st_size for f in ([page] if page.is_file() else page.rglob("*")) if f.is_file()) / 1024
        wall = sorted(walls)[len(walls) // 2] * 1000
        cpu = sorted(cpus)[len(cpus) // 2] * 1000
        ok = cpu < IMPORT_BUDGET_MS
        failed += not ok
        label = "/".join(page.resolve().parts[-2:]) + ("" if page.is_file() else "/")
        print(f"{label[:44]:44} {kb:6.1f} {res.format:>10} {len(res.profile.publications):5} {wall:8.1f} {cpu:7.1f}  "
              f"{'PASS' if ok else 'FAIL'}")
    print(f"{len(pages) - failed} of {len(pages)} pages under {IMPORT_BUDGET_MS:.0f} ms (CPU median)")


def query_once(out: Path, repeat: int) -> dict:
    """p50 (and worst) ms of every named query on a build's graph (its store opened read-only, as
    `kg query` reads it, with the counts kg.facts keeps there; ``out/graph.trig`` bulk-loaded into an
    in-memory Store for a build without a store; run inside a fresh process): people are the first two
    profile owners (the persons sources are ``schema:about``), a string parameter is a title word."""
    import pyoxigraph as ox

    from kg.query import named_queries, run_query

    if (out / "store" / "kg-store.json").is_file():
        from kg.store import open_store

        store = open_store(out)
    else:
        store = ox.Store()
        store.bulk_load(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG)
    about = ox.NamedNode("https://schema.org/about")
    owners = sorted({q.object.value for q in store.quads_for_pattern(None, about, None, ox.DefaultGraph())})
    values = {"person": owners[0], "other": owners[1 % len(owners)], "work": None}
    figures: dict = {"triples": sum(1 for _ in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))}
    for q in named_queries():
        params = {}
        for p in q.params:
            if p.kind == "person":
                params[p.name] = values[p.name] if p.name in values else owners[0]
            elif p.kind == "int" or p.optional:
                continue
            else:
                params[p.name] = "learning"
        times, cpus = [], []
        for _ in range(repeat):
            t, c = time.perf_counter(), time.process_time()
            rows = len(run_query(store, q, **params).rows)
            times.append((time.perf_counter() - t) * 1000)
            cpus.append((time.process_time() - c) * 1000)
        times.sort()
        cpus.sort()
        figures[q.name] = {"p50_ms": round(times[len(times) // 2], 1), "max_ms": round(times[-1], 1),
                           "p50_cpu_ms": round(cpus[len(cpus) // 2], 1), "rows": rows}
    figures["works"] = sum(1 for _ in store.quads_for_pattern(
        None, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
        ox.NamedNode("https://schema.org/ScholarlyArticle"), ox.DefaultGraph()))
    return figures


def cmd_query(args) -> None:
    """Named-query latency on the outputs of earlier builds (say a 100k and a 1M build folder)."""
    runs = [(Path(d), _child(f"import json,sys; sys.path.insert(0,{str(ROOT)!r}); "
                             f"sys.path.insert(0,{str(ROOT / 'scripts')!r}); import bench; "
                             f"print(json.dumps(bench.query_once(__import__('pathlib').Path({d!r}), {args.repeat})))"))
            for d in args.builds]
    names = [k for k in runs[0][1] if isinstance(runs[0][1][k], dict)]
    # wall time stretches with the machine's load; CPU time of the process much less (Oxigraph
    # evaluates a query on the calling thread)
    print(f"load average {' '.join(f'{x:.1f}' for x in __import__('os').getloadavg())}")
    print(f"{'query: p50 ms wall / cpu / rows':44}" + "".join(f"{r['triples']:>26,}" for _d, r in runs))
    for name in names:
        print(f"{name:44}" + "".join(f"{r[name]['p50_ms']:>10} /{r[name].get('p50_cpu_ms', ''):>8} /{r[name]['rows']:>6}"
                                     for _d, r in runs))
    if len(runs) > 1:
        first, last = runs[0][1], runs[-1][1]
        data_growth = last["triples"] / first["triples"]
        works = f", works {last['works'] / first['works']:.1f}x" if "works" in first and "works" in last else ""
        key = "p50_cpu_ms" if "p50_cpu_ms" in last[names[0]] else "p50_ms"
        print(f"data grows {data_growth:.1f}x (triples{works}); queries whose {key} grows faster than the "
              f"triples (over 5 ms): " + (", ".join(
                  f"{n} {last[n][key] / max(first[n][key], 0.1):.0f}x" for n in names
                  if last[n][key] > 5 and last[n][key] / max(first[n][key], 0.1) > data_growth) or "none"))


STARTUP_PAGE = """# Ada Quill

I am a postdoc at the University of Nordhavn working on tidal gauges.

## Publications

- A. Quill, B. Marsh. Reading the tide twice. In Proc. of the Harbour Workshop, 2021.
"""
"""The tiny page of `bench.py startup`: what a researcher's one-page import waits for is the process's start-up."""

_STARTUP_PROBE = r"""
import json, re, sys, time
_compile, spent, depth, count = re._compile, [0.0], [0], [0]
def _timed(pattern, flags):
    if depth[0] or isinstance(pattern, re.Pattern):
        return _compile(pattern, flags)
    depth[0] += 1
    count[0] += 1
    t = time.process_time()
    try:
        return _compile(pattern, flags)
    finally:
        spent[0] += time.process_time() - t
        depth[0] -= 1
re._compile = _timed
t = time.process_time()
import kg.importers
figures = {"import_cpu": time.process_time() - t, "import_re_cpu": spent[0], "import_re_calls": count[0]}
sys.argv = ["kg", "import", sys.argv[1], "--to", "json"]
from kg.cli import main
try:
    main()
except SystemExit:
    pass
figures.update(run_cpu=time.process_time() - t, run_re_cpu=spent[0], run_re_calls=count[0])
print(json.dumps(figures), file=sys.stderr)
"""
"""Run in a child: CPU of ``import kg.importers`` and of the whole import, and the share spent in compiling regular
expressions (every call of ``re``'s compile that is not a cache hit of a compiled pattern is timed; the timing
itself adds a little)."""


def _startup_env(kg_root: Path, pycache: Path | None) -> dict:
    """The child's environment: kg from ``kg_root``; bytecode written to and read from ``pycache`` (a folder of
    this run, so an installed kg's or another checkout's .pyc is never used), or none written (``None``: kg's modules
    compiled from source, the libraries' installed .pyc read, as on a machine that sets PYTHONDONTWRITEBYTECODE)."""
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}
    env["PYTHONPATH"] = str(kg_root)
    if pycache is None:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    else:
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def _child_cpu(argv: list[str], env: dict) -> tuple[float, str]:
    """CPU seconds (user + system) of one child process, and what it wrote to stderr."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), done.stderr


def cmd_startup(args) -> None:
    """CPU of a fresh `kg import PAGE --to json` process on a tiny page (median of --repeat runs), with bytecode
    cached (warmed once into a folder of this run) and compiled from source; then, in an instrumented child, the
    CPU of ``import kg.importers`` and the share of regular-expression compiling. With ``--baseline`` the other
    checkout runs too, each run of one alternating with the other's (the machine's load falls on both alike)."""
    import os
    import statistics

    roots = [("this", ROOT)] + ([("baseline", Path(args.baseline).resolve())] if args.baseline else [])
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(args.page) if args.page else Path(tmp) / "page.md"
        if not args.page:
            page.write_text(STARTUP_PAGE, encoding="utf-8")
        kg_argv = [sys.executable, "-P", "-m", "kg", "import", str(page), "--to", "json"]
        envs = {name: (_startup_env(root, Path(tmp) / f"pyc-{name}"), _startup_env(root, None)) for name, root in roots}
        for name, root in roots:
            if next((root / "kg").rglob("__pycache__"), None):
                print(f"note: {root}/kg holds __pycache__ folders: its 'from source' runs read them")
        for name, _root in roots:
            _child_cpu(kg_argv, envs[name][0])  # warm the bytecode
        cached: dict[str, list[float]] = {name: [] for name, _r in roots}
        source: dict[str, list[float]] = {name: [] for name, _r in roots}
        probes: dict[str, list[dict]] = {name: [] for name, _r in roots}
        load = os.getloadavg()
        for i in range(args.repeat):
            for name, _root in (roots if i % 2 == 0 else roots[::-1]):
                cached[name].append(_child_cpu(kg_argv, envs[name][0])[0])
                if i < args.source_repeat:
                    source[name].append(_child_cpu(kg_argv, envs[name][1])[0])
                if i < 3:
                    err = _child_cpu([sys.executable, "-P", "-c", _STARTUP_PROBE, str(page)], envs[name][0])[1]
                    probes[name].append(json.loads(err.strip().splitlines()[-1]))
        load_after = os.getloadavg()
        lines = len(page.read_text(encoding="utf-8").splitlines())
    print(f"load average {load[0]:.2f} -> {load_after[0]:.2f} on {os.cpu_count()} CPUs; `kg import` of a "
          f"{lines}-line page, fresh process, CPU seconds (median)")
    for name, root in roots:
        med = {k: statistics.median(p[k] for p in probes[name]) for k in probes[name][0]}
        src = f"{statistics.median(source[name]):.3f}" if source[name] else "-"
        print(f"{name:8} {str(root)[-40:]:40} bytecode cached {statistics.median(cached[name]):.3f} "
              f"(min {min(cached[name]):.3f}, n={len(cached[name])}); from source {src}")
        print(f"{'':8} import kg.importers {med['import_cpu']:.3f} (regex compiling {med['import_re_cpu']:.3f}, "
              f"{med['import_re_calls']:.0f} calls); whole run {med['run_cpu']:.3f} (regex compiling "
              f"{med['run_re_cpu']:.3f}, {med['run_re_calls']:.0f} calls)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build")
    b.add_argument("--data", default=str(ROOT / "data"))
    b.add_argument("--sizes", default="100000,1000000",
                   help="synthetic corpus sizes in merged triples, comma-separated (default: 100k and 1M)")
    b.add_argument("--large", action="store_true", help="also 2M and 5M triples")
    b.add_argument("--no-naive", action="store_true", help="skip the naive rdflib/pyshacl pipeline (run at <=100k)")
    b.add_argument("--no-shacl", action="store_true", help="skip SHACL on the synthetic corpora")
    b.add_argument("--no-rebuild", action="store_true",
                   help="skip the one-profile rebuild (run at <=1M: a cached build, one profile edited, the rebuild "
                        "and a cold build of the same inputs to compare with)")
    b.add_argument("--baseline", help="another kg checkout (e.g. the commit before a change): build each corpus "
                                      "with it too, print its figures and whether the outputs are byte-identical")
    b.set_defaults(fn=cmd_build)
    i = sub.add_parser("import")
    i.add_argument("pages", nargs="*")
    i.add_argument("--repeat", type=int, default=7)
    i.set_defaults(fn=cmd_import)
    mp = sub.add_parser("make-pages", help="rewrite the synthetic 50 KB pages of scripts/bench-pages/")
    mp.set_defaults(fn=cmd_make_pages)
    bs = sub.add_parser("big-site", help="import time per file of a synthetic big site at two sizes (growth shows)")
    bs.add_argument("--sizes", default="250,1000", help="works (and files of each kind) per site, comma-separated")
    bs.add_argument("--kind", default=",".join(BIG_SITE_KINDS), help="pages, records or both, comma-separated")
    bs.add_argument("--baseline", help="another kg checkout (e.g. the commit before a change): import each site "
                                       "with it too")
    bs.set_defaults(fn=cmd_big_site)
    qy = sub.add_parser("query", help="named-query p50 on the outputs of builds (e.g. of 100k and 1M)")
    qy.add_argument("builds", nargs="+", help="build output folders (with graph.trig), smallest first")
    qy.add_argument("--repeat", type=int, default=5)
    qy.set_defaults(fn=cmd_query)
    st = sub.add_parser("startup", help="CPU of a fresh `kg import` process on a tiny page, and its regex share")
    st.add_argument("--page", help="the page to import (default: a 7-line markdown page)")
    st.add_argument("--repeat", type=int, default=7)
    st.add_argument("--source-repeat", type=int, default=3,
                    help="of these runs, how many also run with no bytecode (compiled from source)")
    st.add_argument("--baseline", help="another kg checkout (e.g. the commit before a change): run it too, "
                                       "alternately")
    st.set_defaults(fn=cmd_startup)
    args = ap.parse_args()
    args.fn(args)


if __name__ == "__main__":
    main()
