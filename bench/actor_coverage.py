"""How the participants of extracted events resolve on the public corpora: linked to Wikidata,
kept unlinked with the name the text gives, a group of one document ("the rebels"), a
collective ("civilians"), or lost (a mention that resolves to nothing).

    .venv/bin/python bench/actor_coverage.py ../shared/eval/external --half tune

Counts every agent, target and participant mention of every event Parley extracts from the
documents of the chosen half (``graph_builder.evaluation.external.half_of``), with linking on
as ``parley build`` does. Runs on older checkouts too (the "before" column of
``docs/evaluation.md``): put that checkout first on ``PYTHONPATH``.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from graph_builder.config import Settings
from graph_builder.entities import resolve_document
from graph_builder.evaluation.external import corpus_files, load_corpus
from graph_builder.ingest import SourceDocument
from graph_builder.pipeline import Builder

KINDS = ("linked", "unlinked named", "document group", "collective", "lost")


def kind_of(entities: tuple[object, ...]) -> str:
    if not entities:
        return "lost"
    entity = entities[0]
    if getattr(entity, "qid", None):
        return "linked"
    if getattr(entity, "local", False):
        return "document group"
    if getattr(entity, "contract_class", None) == "Group":
        return "collective"
    return "unlinked named"


def count(path: Path, half: str | None, builder: Builder) -> dict[str, int]:
    corpus = load_corpus(path, half=half)  # type: ignore[arg-type]
    sources = [SourceDocument(doc.id, doc.text) for doc in corpus.documents]
    counts: Counter[str] = Counter()
    for _source, extraction in builder.extract(sources):
        resolution = resolve_document(extraction, builder.resolver)
        for event in extraction.events:
            counts["events"] += 1
            refs = list(dict.fromkeys(event.participants + event.agents + event.targets))
            counts["events with a participant"] += any(resolution.get(r) for r in refs)
            for ref in refs:
                entities = resolution.get(ref, ())
                kind = kind_of(entities)
                counts[kind] += 1
                if kind in ("unlinked named", "document group"):
                    counts[f"{kind}: {getattr(entities[0], 'contract_class', '?')}"] += 1
    return dict(counts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path, help="the directory of the three corpora")
    parser.add_argument("--half", choices=["tune", "sealed", "all"], default="tune")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    builder = Builder(Settings())
    half = None if args.half == "all" else args.half
    results = {name: count(path, half, builder) for name, path in sorted(corpus_files(args.directory).items())}
    if args.json:
        print(json.dumps(results, indent=1))
        return
    print(f"half: {args.half}")
    print(f"{'corpus':<11} {'events':>6} {'w/ actor':>8} {'mentions':>8} " + " ".join(f"{k:>15}" for k in KINDS))
    for name, counts in results.items():
        total = sum(counts.get(k, 0) for k in KINDS)
        shares = " ".join(f"{counts.get(k, 0):>6} ({counts.get(k, 0) / max(total, 1):5.1%})" for k in KINDS)
        events, with_actor = counts.get("events", 0), counts.get("events with a participant", 0)
        print(f"{name:<11} {events:>6} {with_actor:>8} {total:>8} {shares}")
        by_class = sorted((k, v) for k, v in counts.items() if ": " in k)
        print(" " * 12 + ", ".join(f"{k} {v}" for k, v in by_class))


if __name__ == "__main__":
    main()
