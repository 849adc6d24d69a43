"""Shared pieces of the benchmarks: presets, timing, side-by-side ratios, where bench/ is."""

from __future__ import annotations

import statistics
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from graph_builder.errors import ParleyError
from graph_builder.ingest import SourceDocument

BENCH_DIR = Path(__file__).resolve().parents[2] / "bench"
MEASURES = ("extraction", "parallel", "store", "queries", "http", "memory")
SENTENCES_PER_ARTICLE = 8
HTTP_CENTERS = 10  # most nodes per kind (actor, event) the HTTP runs rotate over
Progress = Callable[[str], None]


@dataclass(frozen=True)
class Sizes:
    """How much work each measure does; ``PRESETS`` holds tiny (tests), quick and full."""

    name: str
    sentences: tuple[int, ...]
    reps: int
    parallel_sentences: int
    triples: tuple[int, ...]
    query_calls: int
    http_requests: int
    http_seconds: float
    memory_articles: int


PRESETS = {
    "tiny": Sizes("tiny", (48,), 1, 48, (3_000,), 20, 20, 1.0, 4),
    "quick": Sizes("quick", (1_000,), 3, 240, (100_000,), 48, 150, 0.5, 25),
    "medium": Sizes("medium", (1_000, 10_000), 3, 2_000, (100_000, 1_000_000), 200, 1_000, 5.0, 1_000),
    "full": Sizes("full", (1_000, 10_000, 100_000), 3, 10_000, (100_000, 1_000_000), 300, 3_000, 10.0, 10_000),
}


def bench_dir() -> Path:
    """The checkout's ``bench/`` folder (passages and the HTTP script live there)."""
    if not (BENCH_DIR / "passages.jsonl").is_file():
        raise ParleyError(f"{BENCH_DIR} not found: `parley bench` runs from a source checkout of Parley")
    return BENCH_DIR


def words(docs: Iterable[SourceDocument]) -> int:
    return sum(len(d.text.split()) for d in docs)


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def drain(items: Iterable[object]) -> None:
    deque(items, maxlen=0)


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile.

    >>> percentile([1.0, 2.0, 3.0, 4.0], 0.5), percentile([1.0, 2.0, 3.0, 4.0], 0.99)
    (2.0, 4.0)
    """
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, int(-(-q * len(ordered) // 1)) - 1))]


def latency(values_ms: Sequence[float]) -> dict[str, float]:
    return {"p50_ms": round(percentile(values_ms, 0.5), 3), "p99_ms": round(percentile(values_ms, 0.99), 3)}


def side_by_side(reps: int, runs: dict[str, Callable[[], float]]) -> dict[str, list[float]]:
    """Run each named measurement once per repetition, rotating the order; seconds each."""
    names = list(runs)
    times: dict[str, list[float]] = {n: [] for n in names}
    for rep in range(reps):
        for name in names[rep % len(names) :] + names[: rep % len(names)]:
            times[name].append(runs[name]())
    return times


def ratio(times: dict[str, list[float]], peer: str, ours: str) -> float:
    """Median over repetitions of ours' speed relative to the peer (peer time / our time)."""
    return round(statistics.median(p / o for p, o in zip(times[peer], times[ours], strict=True)), 3)


