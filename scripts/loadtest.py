"""Load test of `kg serve` (a benchmark script, not a unit test): loopback only, bounded in requests and time.

    .venv/bin/python scripts/loadtest.py [--clients 32] [--requests 10000] [--profiles 60] [--max-seconds 900]

Builds a synthetic corpus (scripts/bench.py's generator) of at least 100k triples into a temporary
folder, starts `kg serve` on a free loopback port, and sends REQUESTS requests from CLIENTS concurrent
clients (each with one keep-alive connection) mixing named queries, raw SPARQL and page loads
(HTML pages, their pictures, Turtle). Prints the number of errors (any status but 200), p50/p99/max
latency overall and per kind, the throughput, and the peak resident memory of the server process and
of its query workers (VmHWM from /proc).
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))


def make_build(profiles: int, folder: Path) -> tuple[Path, int]:
    if (folder / "build" / "store").is_dir():  # --keep FOLDER from an earlier run
        from kg.store import read_info
        return folder / "build", read_info(folder / "build").triples
    """Synthetic profiles -> build/ (graph files, embeds and store); SHACL is skipped (not what is measured)."""
    import bench
    from kg.build import load_build
    from kg.export import write_outputs
    from kg.store import fingerprint, write_store

    data, out = folder / "data", folder / "build"
    bench.synthetic(data, people=profiles, works_per_person=40)
    b = load_build([data])
    write_outputs(b, out, b.corpus.report())
    base = "https://example.org/kg/"
    write_store(b, out, fingerprint(data, None), base)
    return out, len(b.triples)


# `venues` is left out: with its optional person it scans every work (about 3 s on 150k triples; see the README)
NAMED = ["coauthors", "publications-by-year", "first-author-papers", "awards", "mentees"]


def _peak_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _children(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:  # field 4 of stat: the parent's pid
            out.append(int(stat.parent.name))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clients", type=int, default=32)
    ap.add_argument("--requests", type=int, default=10_000)
    ap.add_argument("--profiles", type=int, default=60, help="synthetic profiles (about 2,000 triples each)")
    ap.add_argument("--max-seconds", type=float, default=900, help="stop sending after this long")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--warm-up", action="store_true",
                    help="before timing, load each owner's page and pictures once (their first drawing is slow)")
    ap.add_argument("--keep", type=Path, default=None, help="build into (or reuse) this folder and keep it")
    ap.add_argument("--workers", type=int, default=None, help="kg serve --workers")
    ap.add_argument("--cache-mib", type=float, default=None, help="kg serve --cache-mib (0: no answer cache)")
    args = ap.parse_args()

    tmp = args.keep or Path(tempfile.mkdtemp(prefix="kg-loadtest-"))
    tmp.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    out, triples = make_build(args.profiles, tmp)
    print(f"graph: {triples:,} triples in the default graph ({args.profiles} synthetic profiles), "
          f"built in {time.perf_counter() - t:.1f} s")
    if triples < 100_000:
        print("warning: fewer than 100,000 triples; raise --profiles")

    cmd = [sys.executable, "-m", "kg", "serve", str(out), "--port", "0"]
    if args.workers:
        cmd += ["--workers", str(args.workers)]
    if args.cache_mib is not None:
        cmd += ["--cache-mib", str(args.cache_mib)]
    server = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        url = None
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            line = server.stderr.readline()
            m = re.match(r"kg serve: http://(127\.0\.0\.1):(\d+)/", line)
            if m:
                host, port = m.group(1), int(m.group(2))
                url = f"http://{host}:{port}/"
                break
            if server.poll() is not None:
                raise SystemExit(f"kg serve did not start: {line}{server.stderr.read()}")
        if url is None:
            raise SystemExit("kg serve did not start in 120 s")
        threading.Thread(target=lambda: server.stderr.read(), daemon=True).start()
        print(f"server: {url} (pid {server.pid})")

        from kg.store import open_store

        store = open_store(out)
        from pyoxigraph import NamedNode

        rdf_type = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
        people = sorted({q.object.value for q in store.quads_for_pattern(None, NamedNode("https://schema.org/about"),
                                                                         None) if "/person/" in q.object.value})
        everyone = sorted({q.subject.value for q in store.quads_for_pattern(None, rdf_type,
                                                                            NamedNode("https://schema.org/Person"))})
        works = sorted({q.subject.value for q in store.quads_for_pattern(
            None, rdf_type, NamedNode("https://schema.org/ScholarlyArticle"))})
        del store
        print(f"{len(people)} profile owners, {len(everyone):,} people, {len(works):,} works")
        base = "https://example.org/kg/"
        slugs = [p[len(base) + len("person/"):] for p in people]
        work_paths = ["/" + w[len(base):] for w in works]
        rng = random.Random(args.seed)

        def pick() -> tuple[str, str, dict]:
            """(kind, path, headers) of one request."""
            # queries ask about anyone in the graph (few repeats: the answer cache rarely helps them);
            # pages and pictures are those of the profile owners, the pages a site links to
            r = rng.random()
            slug = rng.choice(slugs)
            anyone = rng.choice(everyone)
            if r < 0.45:
                name = rng.choice(NAMED)
                return ("named query", f"/queries/{name}?" + urllib.parse.urlencode({"person": f"<{anyone}>"}),
                        {"Accept": "application/sparql-results+json"})
            if r < 0.60:
                q = (f"SELECT ?work ?title WHERE {{ ?work schema:author <{anyone}> ; schema:name ?title }} "
                     "ORDER BY ?title LIMIT 20")
                return ("sparql", "/sparql?" + urllib.parse.urlencode({"query": q}),
                        {"Accept": "application/sparql-results+json"})
            if r < 0.80:
                return ("person page", f"/person/{slug}", {"Accept": "text/html"})
            if r < 0.90:
                return ("work page", rng.choice(work_paths), {"Accept": "text/html"})
            if r < 0.95:
                return ("picture", f"/person/{slug}/{rng.choice(['chart.svg', 'network.svg'])}", {})
            return ("turtle", f"/person/{slug}", {"Accept": "text/turtle"})

        if args.warm_up:
            t = time.perf_counter()
            conn = http.client.HTTPConnection(host, port, timeout=120)
            for slug in slugs:
                for path, accept in ((f"/person/{slug}", "text/html"), (f"/person/{slug}/chart.svg", "*/*"),
                                     (f"/person/{slug}/network.svg", "*/*")):
                    conn.request("GET", path, headers={"Accept": accept})
                    conn.getresponse().read()
            conn.close()
            print(f"warm-up: {len(slugs)} owners' pages and pictures loaded once in {time.perf_counter() - t:.1f} s")

        plan = [pick() for _ in range(args.requests)]
        results: list[tuple[str, float, int]] = []
        lock = threading.Lock()
        cursor = [0]
        stop_at = time.monotonic() + args.max_seconds
        errors: list[str] = []

        def client() -> None:
            conn = http.client.HTTPConnection(host, port, timeout=60)
            while time.monotonic() < stop_at:
                with lock:
                    i = cursor[0]
                    cursor[0] += 1
                if i >= len(plan):
                    break
                kind, path, headers = plan[i]
                t0 = time.perf_counter()
                try:
                    conn.request("GET", path, headers=headers)
                    resp = conn.getresponse()
                    body = resp.read()
                    status = resp.status
                except (OSError, http.client.HTTPException) as exc:
                    status, body = 0, str(exc).encode()
                    conn.close()
                    conn = http.client.HTTPConnection(host, port, timeout=60)
                took = time.perf_counter() - t0
                with lock:
                    results.append((kind, took, status))
                    if status != 200 and len(errors) < 10:
                        errors.append(f"{status} {path}: {body[:200]!r}")
            conn.close()

        peak = {"server": 0, "workers": 0}

        def sample() -> None:
            while not done.is_set():
                peak["server"] = max(peak["server"], _peak_kib(server.pid))
                peak["workers"] = max(peak["workers"], max([_peak_kib(c) for c in _children(server.pid)] or [0]))
                done.wait(0.2)

        done = threading.Event()
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        t0 = time.perf_counter()
        threads = [threading.Thread(target=client) for _ in range(args.clients)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        wall = time.perf_counter() - t0
        done.set()
        sampler.join()
        peak["server"] = max(peak["server"], _peak_kib(server.pid))

        def pct(xs: list[float], p: float) -> float:
            xs = sorted(xs)
            return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))] * 1000 if xs else float("nan")

        bad = sum(1 for _, _, s in results if s != 200)
        print(f"requests: {len(results):,} of {args.requests:,} from {args.clients} clients in {wall:.1f} s "
              f"({len(results) / wall:.0f} requests/s); errors: {bad}")
        print(f"{'kind':<14}{'count':>7}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}")
        kinds = ["all"] + sorted({k for k, _, _ in results})
        for kind in kinds:
            xs = [d for k, d, _ in results if kind == "all" or k == kind]
            print(f"{kind:<14}{len(xs):>7}{pct(xs, 50):>9.1f}{pct(xs, 99):>9.1f}{max(xs) * 1000:>9.1f}")
        print(f"peak memory: server process {peak['server'] / 1024:.0f} MiB, largest query worker "
              f"{peak['workers'] / 1024:.0f} MiB")
        for e in errors:
            print("  error:", e)
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(10)
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
