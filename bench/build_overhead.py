"""What Parley adds to spaCy in a build, stage by stage, in CPU seconds.

    .venv/bin/python bench/build_overhead.py --sentences 1000 --reps 3

CPU time (``time.process_time``), not wall time: on two cores shared with other work the
load moves wall-clock ratios by tens of percent, CPU time much less. Two parts:

* ``stages``: the corpus parsed once by ``nlp.pipe``, then each stage of the build timed
  over the parsed documents: extraction, entity resolution and linking, RDF mapping
  (``map_document``), the store write ``parley build`` makes
  (``replace_document`` into an in-memory store, entity lines deduplicated) and the
  N-Quads text the Spark job writes.
* ``end_to_end``: ``nlp.pipe``, ``Builder.build`` (what ``parley bench`` compares) and
  ``build_into_store`` into a new on-disk store (what ``parley build`` does) on the same
  texts, in rotating order, ``--reps`` times: the median of the per-repetition ratios of
  spaCy's time to Parley's, CPU and wall.

Uses only calls that have not changed since the build function got its own module, so
the same script measures an older checkout (``PYTHONPATH=<checkout>``). Configuration
comes from the environment as for ``parley build`` (PARLEY_LINK=0 and so on).
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

from graph_builder.benchmark import resolve_settings, synthetic_corpus
from graph_builder.benchmark.common import words
from graph_builder.build import Builder, EntityDeduplicator
from graph_builder.entities import derive_relations, resolve_document
from graph_builder.pipeline import build_into_store
from graph_builder.store import GraphStore
from graph_builder.terms import nquad_line


def cpu_and_wall(work: Callable[[], object]) -> tuple[float, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    work()
    return time.process_time() - cpu, time.perf_counter() - wall


def stages(builder: Builder, docs: list[Any]) -> dict[str, float]:
    """CPU seconds of each stage over the whole corpus."""
    spent = dict.fromkeys(["spacy", "extract", "link", "map", "store_write", "nquads_text"], 0.0)

    def clock(stage: str, work: Callable[..., Any], *args: Any) -> Any:
        start = time.process_time()
        result = work(*args)
        spent[stage] += time.process_time() - start
        return result

    parsed = clock("spacy", list, builder.nlp.pipe([d.text for d in docs], batch_size=32))
    mapped_docs = []
    for source, doc in zip(docs, parsed, strict=True):
        extraction = clock("extract", builder.extractor, doc, source.id, source.published)
        resolution = clock("link", resolve_document, extraction, builder.resolver)
        derived = clock("link", list, derive_relations(resolution))
        mapped_docs.append(clock("map", builder.mapper.map_document, source, extraction, resolution, derived))
    store, seen = GraphStore(None), EntityDeduplicator()
    for source, mapped in zip(docs, mapped_docs, strict=True):
        fresh = seen.fresh(mapped.entity_quads)
        clock("store_write", store.replace_document, source.id, mapped.doc_quads, fresh)
        seen.remember(fresh)
    seen = EntityDeduplicator()
    for mapped in mapped_docs:
        fresh = seen.fresh(mapped.entity_quads)
        clock("nquads_text", lambda quads: "\n".join(nquad_line(q) for q in quads), [*mapped.doc_quads, *fresh])
        seen.remember(fresh)
    return {stage: round(seconds, 3) for stage, seconds in spent.items()}


def end_to_end(builder: Builder, docs: list[Any], reps: int) -> dict[str, Any]:
    texts = [d.text for d in docs]

    def into_store() -> None:
        with tempfile.TemporaryDirectory() as work, GraphStore(Path(work) / "store") as store:
            build_into_store(docs, store, builder, force=True)

    runs: dict[str, Callable[[], tuple[float, float]]] = {
        "spacy": lambda: cpu_and_wall(lambda: deque(builder.nlp.pipe(texts, batch_size=32), maxlen=0)),
        "parley": lambda: cpu_and_wall(lambda: deque(builder.build(docs), maxlen=0)),
        "parley_into_store": lambda: cpu_and_wall(into_store),
    }
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in runs}
    for rep in range(reps):
        order = list(runs)[rep % len(runs) :] + list(runs)[: rep % len(runs)]
        for name in order:
            times[name].append(runs[name]())
    result: dict[str, Any] = {"reps": reps}
    for name in runs:
        result[f"{name}_cpu_s"] = [round(t[0], 3) for t in times[name]]
    for name in ("parley", "parley_into_store"):
        for index, kind in ((0, "cpu"), (1, "wall")):
            ratios = [s[index] / p[index] for s, p in zip(times["spacy"], times[name], strict=True)]
            result[f"{name}_ratio_{kind}"] = round(statistics.median(ratios), 3)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=1000, help="corpus size (8 sentences an article)")
    parser.add_argument("--reps", type=int, default=3, help="end-to-end repetitions (0: stages only)")
    args = parser.parse_args()
    settings = resolve_settings(lambda message: None)
    builder = Builder(settings)
    docs = synthetic_corpus(args.sentences)
    deque(builder.build(synthetic_corpus(16, seed=1)), maxlen=0)  # warm-up: lazy loads, caches
    load = Path("/proc/loadavg").read_text().split()[0]
    result: dict[str, Any] = {"sentences": args.sentences, "articles": len(docs), "words": words(docs),
                              "link": settings.link, "load_average_at_start": float(load)}  # fmt: skip
    result["stages_cpu_s"] = stages(builder, docs)
    if args.reps:
        result["end_to_end"] = end_to_end(builder, docs, args.reps)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
