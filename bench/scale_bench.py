"""Beyond one machine, measured on one: Spark vs worker processes, server loads, HTTP writes.

    .venv/bin/python bench/scale_bench.py --articles 1000 --load-quads 1000000 --json > scale.json

1. ``parley spark build`` (local[2]) vs ``parley build --workers 2`` on the same articles:
   wall and CPU seconds of the whole process tree (JVM and Python workers included), at N
   articles and at 1 article; the per-article cost is the difference divided by N - 1, so
   JVM start and pipeline loading stay apart (reported as the 1-article run).
2. Loading a Spark output of about ``--load-quads`` quads (the N-article output copied under
   new document ids) into Oxigraph server: ``parley spark load`` (HTTP, the server's bulk
   loader) vs the server's own ``oxigraph load`` into its directory.
3. Per-document ``replace_document`` throughput: over HTTP to ``oxigraph serve`` vs the
   embedded store.

Side by side and alternating; the machine's load average is recorded at start and end.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from graph_builder.benchmark.corpus import synthetic_corpus  # noqa: E402
from tests.servers import oxigraph_executable, oxigraph_server  # noqa: E402

TICKS = os.sysconf("SC_CLK_TCK")


def descendants_cpu(root: int, seen: dict[int, float]) -> None:
    """Record the CPU seconds every live process under ``root`` has used itself (its reaped
    children are counted as processes of their own, never twice); a process's last < 0.1 s
    before it exits is missed."""
    parents: dict[int, int] = {}
    stats: dict[int, float] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            text = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = text[text.rindex(")") + 2 :].split()
        parents[int(entry)] = int(fields[1])
        stats[int(entry)] = (int(fields[11]) + int(fields[12])) / TICKS
    tree = {root}
    changed = True
    while changed:
        changed = False
        for pid, parent in parents.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                changed = True
    for pid in tree:
        if pid in stats:
            seen[pid] = max(seen.get(pid, 0.0), stats[pid])


def timed(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Wall and process-tree CPU seconds of one command (sampled every 0.1 s)."""
    seen: dict[int, float] = {}
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stderr: list[bytes] = []
    reader = threading.Thread(target=lambda: stderr.append(process.stderr.read()))  # type: ignore[union-attr]
    reader.start()
    while process.poll() is None:
        descendants_cpu(process.pid, seen)
        time.sleep(0.1)
    wall = time.perf_counter() - start
    reader.join()
    if process.returncode not in (0,):
        raise RuntimeError(f"{command} failed: {b''.join(stderr).decode()[-2000:]}")
    return {"wall_s": round(wall, 2), "cpu_s": round(sum(seen.values()), 2)}


def write_articles(path: Path, n: int) -> Path:
    docs = synthetic_corpus(n * 8, seed=5)
    lines = [json.dumps({"id": d.id, "text": d.text, "published": str(d.published)}) for d in docs]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def parley(*args: str) -> list[str]:
    return [sys.executable, "-m", "graph_builder.cli", *args]


def bench_build(work: Path, n: int, env: dict[str, str]) -> dict[str, Any]:
    result: dict[str, Any] = {"articles": n}
    for size in (1, n):
        articles = write_articles(work / f"a{size}.jsonl", size)
        runs = {
            "local_workers_2": parley("build", str(articles), "--store", str(work / f"store-{size}"), "--workers", "2"),
            "spark_local_2": parley("spark", "build", str(articles), str(work / f"spark-{size}"), "--master",
                                    "local[2]", "--partitions", "4"),
        }  # fmt: skip
        order = list(runs) if size == 1 else list(reversed(runs))
        for name in order:
            result[f"{name}_{'one' if size == 1 else 'n'}"] = timed(runs[name], env)
    for name in ("local_workers_2", "spark_local_2"):
        one, many = result[f"{name}_one"], result[f"{name}_n"]
        result[f"{name}_cpu_ms_per_article"] = round(1000 * (many["cpu_s"] - one["cpu_s"]) / (n - 1), 1)
        result[f"{name}_wall_ms_per_article"] = round(1000 * (many["wall_s"] - one["wall_s"]) / (n - 1), 1)
    result["spark_vs_local_cpu_per_article"] = round(
        result["spark_local_2_cpu_ms_per_article"] / result["local_workers_2_cpu_ms_per_article"], 2
    )
    result["spark_vs_local_wall_per_article"] = round(
        result["spark_local_2_wall_ms_per_article"] / result["local_workers_2_wall_ms_per_article"], 2
    )
    return result


def grow_output(source: Path, target: Path, quads: int) -> int:
    """The Spark output copied under new document ids until it holds about ``quads`` quads."""
    (target / "quads").mkdir(parents=True)
    (target / "manifest").mkdir()
    parts = [p for p in sorted((source / "quads").glob("part-*")) if p.stat().st_size]
    text = "".join(p.read_text(encoding="utf-8") for p in parts)
    manifest = "".join(p.read_text(encoding="utf-8") for p in sorted((source / "manifest").glob("part-*")))
    per_copy = text.count("\n")
    copies = max(1, round(quads / per_copy))
    ids = re.compile(r"(bench-\d{6})")
    for copy in range(copies):
        suffix = f"-c{copy}"
        (target / "quads" / f"part-{copy:05d}").write_text(ids.sub(r"\g<1>" + suffix, text), encoding="utf-8")
        (target / "manifest" / f"part-{copy:05d}").write_text(ids.sub(r"\g<1>" + suffix, manifest), encoding="utf-8")
    return per_copy * copies


def bench_load(work: Path, spark_out: Path, quads: int, reps: int, env: dict[str, str]) -> dict[str, Any]:
    grown = work / "grown"
    total = grow_output(spark_out, grown, quads)
    parts = sorted(str(p) for p in (grown / "quads").glob("part-*"))
    parley_s, own_s = [], []
    for rep in range(reps):
        def via_parley(rep: int = rep) -> None:
            with oxigraph_server(work / f"load-parley-{rep}") as url:
                parley_s.append(timed(parley("spark", "load", str(grown), "--store", url), env)["wall_s"])

        def via_own(rep: int = rep) -> None:
            command = [oxigraph_executable(), "load", "--location", str(work / f"load-own-{rep}"), "--format", "nq",
                       "--file", *parts]
            own_s.append(timed(command, env)["wall_s"])

        for step in ((via_parley, via_own) if rep % 2 == 0 else (via_own, via_parley)):
            step()
    ratios = [o / p for o, p in zip(own_s, parley_s, strict=True)]
    return {"quads": total, "files": len(parts), "parley_load_s": parley_s, "oxigraph_load_s": own_s,
            "parley_quads_per_s": round(total / statistics.median(parley_s)),
            "oxigraph_quads_per_s": round(total / statistics.median(own_s)),
            "parley_vs_oxigraph_load": round(statistics.median(ratios), 2)}  # fmt: skip


def bench_replace(work: Path, n_docs: int, reps: int) -> dict[str, Any]:
    from graph_builder.build import EntityDeduplicator
    from graph_builder.config import Settings
    from graph_builder.pipeline import Builder
    from graph_builder.store import GraphStore

    built = [(s.id, m.doc_quads, m.entity_quads) for s, _, m in Builder(Settings()).build(synthetic_corpus(n_docs * 8))]

    def write_all(store: GraphStore) -> float:
        seen = EntityDeduplicator()
        start = time.perf_counter()
        for doc_id, doc_quads, entity_quads in built:
            fresh = seen.fresh(entity_quads)
            store.replace_document(doc_id, doc_quads, fresh)
            seen.remember(fresh)
        return len(built) / (time.perf_counter() - start)

    embedded, remote = [], []
    with oxigraph_server(work / "replace-server") as url:
        for rep in range(reps):
            def on_embedded(rep: int = rep) -> None:
                with GraphStore(work / f"replace-embedded-{rep}") as store:
                    embedded.append(write_all(store))

            def on_server() -> None:
                httpx.post(url + "update", data={"update": "CLEAR ALL"}, timeout=60).raise_for_status()
                with GraphStore(url) as store:
                    remote.append(write_all(store))

            for step in ((on_embedded, on_server) if rep % 2 == 0 else (on_server, on_embedded)):
                step()
    ratios = [r / e for r, e in zip(remote, embedded, strict=True)]
    return {"documents": len(built), "embedded_docs_per_s": round(statistics.median(embedded), 1),
            "http_docs_per_s": round(statistics.median(remote), 1),
            "http_vs_embedded_replace": round(statistics.median(ratios), 2)}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--load-quads", type=int, default=1_000_000)
    parser.add_argument("--replace-docs", type=int, default=200)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--only", action="append", choices=["build", "load", "replace"])
    parser.add_argument("--spark-output", type=Path, help="load: reuse this `parley spark build` output")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    only = args.only or ["build", "load", "replace"]
    env = {**os.environ}
    result: dict[str, Any] = {"load_average_at_start": os.getloadavg(), "cores": os.cpu_count()}
    work = Path(tempfile.mkdtemp(prefix="parley-scale-"))
    try:
        if "build" in only or ("load" in only and args.spark_output is None):
            result["build"] = bench_build(work, args.articles, env)
        if "load" in only:
            spark_output = args.spark_output or work / f"spark-{args.articles}"
            result["load"] = bench_load(work, spark_output, args.load_quads, args.reps, env)
        if "replace" in only:
            result["replace"] = bench_replace(work, args.replace_docs, args.reps)
    finally:
        result["load_average_at_end"] = os.getloadavg()
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
