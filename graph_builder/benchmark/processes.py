"""Measures that run other processes: peak memory of a build, the HTTP servers under load."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from graph_builder.benchmark.common import HTTP_CENTERS, SENTENCES_PER_ARTICLE, Progress, Sizes, bench_dir
from graph_builder.benchmark.corpus import synthetic_corpus
from graph_builder.config import Settings
from graph_builder.errors import ParleyError

# wait4's ru_maxrss would not do: Linux carries the parent's high-water mark over the
# fork into the child, so every child would look at least as large as this process.
PEAK_WRAPPER = """import runpy, sys
out, target = sys.argv.pop(1), sys.argv.pop(1)
sys.argv[0] = target
try:
    runpy.run_path(target, run_name="__main__") if target.endswith(".py") else runpy.run_module(
        target, run_name="__main__", alter_sys=True)
finally:
    hwm = next(line for line in open("/proc/self/status") if line.startswith("VmHWM"))
    open(out, "w").write(hwm.split()[1])
"""
SPACY_PIPE = """import json, sys, spacy
nlp = spacy.load(sys.argv[1])
for _ in nlp.pipe((json.loads(line)["text"] for line in open(sys.argv[2])), batch_size=int(sys.argv[3])):
    pass
"""


def peak_rss_mb(target: str, args: list[str], env: dict[str, str], work: Path) -> tuple[float, float]:
    """Run a module or script; its peak resident memory (MB) and wall time (s)."""
    out = work / "peak-kb.txt"
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", PEAK_WRAPPER, str(out), target, *args], env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
    if done.returncode != 0:
        raise ParleyError(f"{target} exited with {done.returncode}: {done.stderr[-2000:]}")
    return round(int(out.read_text()) / 1024, 1), time.perf_counter() - start


def bench_memory(settings: Settings, sizes: Sizes, work: Path, progress: Progress) -> dict[str, Any]:
    docs = synthetic_corpus(sizes.memory_articles * SENTENCES_PER_ARTICLE, seed=5)
    corpus, script = work / "memory.jsonl", work / "spacy_pipe.py"
    corpus.write_text("".join(json.dumps({"id": d.id, "text": d.text, "published": str(d.published)}) + "\n"
                              for d in docs), encoding="utf-8")
    script.write_text(SPACY_PIPE, encoding="utf-8")
    progress(f"memory: peak RSS of `parley build` over {len(docs)} articles")
    env = {**os.environ, "PARLEY_LINK": "1" if settings.link else "0"}
    build_args = ["build", str(corpus), "--store", str(work / "mem-store")]
    build_mb, build_s = peak_rss_mb("graph_builder.cli", build_args, env, work)
    spacy_args = [settings.spacy_model, str(corpus), str(settings.batch_size)]
    spacy_mb, spacy_s = peak_rss_mb(str(script), spacy_args, env, work)
    return {"articles": len(docs), "build_peak_rss_mb": build_mb, "spacy_pipe_peak_rss_mb": spacy_mb,
            "build_wall_s": round(build_s, 1), "spacy_pipe_wall_s": round(spacy_s, 1)}


def bench_http(nq: Path, store_dir: Path, centers: dict[str, list[str]], sizes: Sizes, work: Path,
               progress: Progress) -> dict[str, Any]:
    progress(f"http: three servers over {nq.name}, {sizes.http_requests} requests or {sizes.http_seconds} s per run")
    spec = work / "centers.json"
    per_kind = max(2, min(HTTP_CENTERS, sizes.query_calls // 8))
    spec.write_text(json.dumps({kind: nodes[:per_kind] for kind, nodes in centers.items()}), encoding="utf-8")
    mixed_seconds = min(sizes.http_seconds, 1.0) if sizes.name == "tiny" else max(5.0, sizes.http_seconds)
    command = [sys.executable, str(bench_dir() / "http_bench.py"), "--nq", str(nq), "--parley-store", str(store_dir),
               "--centers", str(spec), "--requests", str(sizes.http_requests), "--seconds", str(sizes.http_seconds),
               "--reps", str(sizes.reps), "--workdir", str(work),
               # The mixed load needs a few seconds for its p99 to mean anything.
               "--mixed-seconds", str(mixed_seconds), "--cached-variant"]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise ParleyError(f"bench/http_bench.py failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout)  # type: ignore[no-any-return]


