"""``parley bench``: how fast Parley is against the tools users would pick instead.

Every figure in BENCHMARKS.md comes from :func:`run_benchmarks`. Each measure runs Parley
and its peer side by side in one process, alternating, ``reps`` times; what is reported
is the median of the per-repetition ratios, never a lone absolute time (the machines are
small and shared, so absolute times drift by tens of percent).

Measures: ``extraction`` (Builder.build against raw ``nlp.pipe``), ``parallel`` (1 vs 2
worker processes), ``store`` (bulk and per-document loads against raw pyoxigraph and
rdflib), ``queries`` (neighbourhood, aggregate, date range, in process), ``http`` (three
servers under a bounded load: ``bench/http_bench.py``) and ``memory`` (peak RSS of a build).
The corpus is synthetic: sentences of the dev passages (``bench/passages.jsonl``) mixed
with templates, reproducible from a seed.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from graph_builder.benchmark.common import MEASURES, PRESETS, Progress, Sizes, bench_dir
from graph_builder.benchmark.corpus import base_documents, synthetic_corpus
from graph_builder.benchmark.inprocess import (
    bench_extraction,
    bench_parallel,
    bench_queries,
    bench_store,
    load_serve_data,
)
from graph_builder.benchmark.processes import bench_http, bench_memory
from graph_builder.config import Settings
from graph_builder.errors import ParleyError

__all__ = [
    "MEASURES",
    "PRESETS",
    "Sizes",
    "format_summary",
    "headline",
    "resolve_settings",
    "run_benchmarks",
    "synthetic_corpus",
]


def resolve_settings(progress: Progress) -> Settings:
    """The default configuration (from the environment); without linking if it cannot load."""
    settings = Settings()
    if settings.link:
        from graph_builder.pipeline import load_linker

        try:
            load_linker(settings)
        except (ImportError, ParleyError, OSError) as exc:
            progress(f"linking unavailable ({exc!r}); measuring with PARLEY_LINK=0")
            settings = settings.model_copy(update={"link": False})
    return settings


def machine() -> dict[str, Any]:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), "unknown")
    mem_kb = int(Path("/proc/meminfo").read_text().split()[1])
    return {"nproc": os.cpu_count(), "memory_gb": round(mem_kb / 2**20, 1), "cpu": cpu,
            "python": sys.version.split()[0], "load_average_at_start": os.getloadavg()[0]}


def run_benchmarks(sizes: Sizes, *, only: Sequence[str] = MEASURES, workdir: Path | None = None,
                   progress: Progress = lambda _: None) -> dict[str, Any]:
    """Run the selected measures and return one JSON-ready object with the headline ratios."""
    unknown = set(only) - set(MEASURES)
    if unknown:
        raise ParleyError(f"unknown measure(s) {sorted(unknown)}: choose from {', '.join(MEASURES)}")
    bench_dir()
    settings = resolve_settings(progress)
    out: dict[str, Any] = {"preset": asdict(sizes), "machine": machine(),
                           "config": {"link": settings.link, "spacy_model": settings.spacy_model}}
    with tempfile.TemporaryDirectory(prefix="parley-bench-", dir=workdir) as tmp:
        work = Path(tmp)
        if "extraction" in only:
            out["extraction"] = bench_extraction(settings, sizes, progress)
        if "parallel" in only:
            out["parallel"] = bench_parallel(settings, sizes, progress)
        if {"store", "queries", "http"} & set(only):
            base = base_documents(settings, {"tiny": 10, "quick": 50}.get(sizes.name, 100))
            if "store" in only:
                out["store"] = bench_store(base, sizes, work, progress)
        if {"queries", "http"} & set(only):
            nq, store_dir = load_serve_data(base, sizes.triples[-1], work)
            out["queries"] = bench_queries(store_dir, sizes, progress)
            if "http" in only:
                out["http"] = bench_http(nq, store_dir, out["queries"]["centers"], sizes, work, progress)
        if "memory" in only:
            out["memory"] = bench_memory(settings, sizes, work, progress)
    out["machine"]["load_average_at_end"] = os.getloadavg()[0]  # other users of the cores: noise
    out.update(headline(out))
    return out


def headline(out: dict[str, Any]) -> dict[str, float | None]:
    """The figures the issue asks for, taken at the largest size measured."""
    def pick(*path: str) -> Any:
        node: Any = out
        for key in path:
            node = node[key] if isinstance(node, dict) and key in node else None
        return node

    http = out.get("http", {}).get("ratios", {})
    return {
        "extraction_ratio_vs_spacy": pick("extraction", "sizes") and out["extraction"]["sizes"][-1]["ratio_vs_spacy"],
        "parallel_speedup_2_vs_1": pick("parallel", "speedup_2_vs_1"),
        "load_ratio_vs_pyoxigraph": pick("store", "sizes") and out["store"]["sizes"][-1]["bulk_ratio_vs_pyoxigraph"],
        "one_hop_p50_ms": pick("queries", "one_hop", "p50_ms"),
        "http_ratio_vs_rdflib_endpoint": http.get("rdflib_endpoint"),
        "http_ratio_vs_oxigraph": http.get("oxigraph"),
        "http_mixed_ask_p99_ms": pick("http", "mixed_load", "parley", "ask", "p99_ms"),
    }


GOALS = {
    "extraction_ratio_vs_spacy": ">= 0.9",
    "load_ratio_vs_pyoxigraph": ">= 0.5",
    "one_hop_p50_ms": "<= 5",
    "http_ratio_vs_rdflib_endpoint": ">= 5",
    "http_ratio_vs_oxigraph": ">= 0.65",
    "http_mixed_ask_p99_ms": "< 250",
}


def format_summary(out: dict[str, Any]) -> str:
    """The headline figures with their goals, one a line.

    >>> print(format_summary({"preset": {"name": "tiny"}, "machine": {"nproc": 2, "cpu": "x"},
    ...                       "config": {"link": False}, "one_hop_p50_ms": 0.5}))
    preset tiny, link=False, 2 CPUs (x)
    one_hop_p50_ms                   0.5        goal <= 5
    (--json for every figure)
    """
    m = out["machine"]
    lines = [f"preset {out['preset']['name']}, link={out['config']['link']}, {m['nproc']} CPUs ({m['cpu']})"]
    for key in (*GOALS, "parallel_speedup_2_vs_1"):
        if out.get(key) is not None:
            goal = f"goal {GOALS[key]}" if key in GOALS else ""
            lines.append(f"{key:<32} {out[key]!s:<10} {goal}".rstrip())
    return "\n".join([*lines, "(--json for every figure)"])
