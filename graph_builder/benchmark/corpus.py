"""The synthetic corpus (dev-passage sentences and templates) and the N-Quads grown from its build."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from graph_builder.benchmark.common import SENTENCES_PER_ARTICLE, bench_dir
from graph_builder.config import Settings
from graph_builder.ingest import SourceDocument

ACTORS = ["Russia", "Ukraine", "Israel", "Hamas", "Sudan", "the Rapid Support Forces", "Armenia", "Azerbaijan",
          "the United States", "Qatar", "Egypt", "Turkey", "the United Nations", "NATO", "Iran", "Hezbollah"]
PLACES = ["Istanbul", "Doha", "Kharkiv", "Gaza", "Khartoum", "Geneva", "Cairo", "Donetsk", "El Fasher", "Beirut"]
WHEN = ["on Monday", "on Tuesday", "last week", "on March 3", "in February", "on June 2", "earlier this month"]
TEMPLATES = [
    "{a} shelled {p} {w}, killing {n} civilians, officials said.",
    "{a} and {b} agreed to a ceasefire in {p} {w}.",
    "Talks between {a} and {b} were held in {p} {w}.",
    "{a} released {n} prisoners of war, according to a statement from {b}.",
    "{a} accused {b} of a drone attack on {p} that wounded {n} people.",
    "Delegations from {a} and {b} met in {p} to discuss an exchange of prisoners.",
    "{a} said it would send humanitarian aid to {p} {w}.",
    "The foreign minister of {a} visited {p} {w} and called for negotiations with {b}.",
    "At least {n} people were killed in an air strike on {p}, {a} said.",
    "{a} imposed new sanctions on {b} {w}.",
]


def passage_sentences(path: Path) -> list[str]:
    """The sentences of the dev passages, split at sentence-final punctuation."""
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    split = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
    return [s.strip() for text in texts for s in split.split(text) if len(s.split()) >= 4]


def synthetic_corpus(n_sentences: int, *, seed: int = 7) -> list[SourceDocument]:
    """Articles of eight sentences: dev-passage sentences mixed with filled templates."""
    rng = random.Random(seed)
    real = passage_sentences(bench_dir() / "passages.jsonl")
    sentences: list[str] = []
    for _ in range(n_sentences):
        if rng.random() < 0.4:
            sentences.append(rng.choice(real))
        else:
            a, b = rng.sample(ACTORS, 2)
            text = rng.choice(TEMPLATES).format(
                a=a, b=b, p=rng.choice(PLACES), w=rng.choice(WHEN), n=rng.choice([3, 12, 40, 250, 1200])
            )
            sentences.append(text[0].upper() + text[1:])
    start = date(2022, 1, 1)
    return [
        SourceDocument(
            id=f"bench-{i // SENTENCES_PER_ARTICLE:06d}",
            text=" ".join(sentences[i : i + SENTENCES_PER_ARTICLE]),
            published=start + timedelta(days=rng.randrange(4 * 365)),
        )
        for i in range(0, n_sentences, SENTENCES_PER_ARTICLE)
    ]


def base_documents(settings: Settings, n_articles: int) -> list[tuple[str, list[Any], list[Any]]]:
    """Real build output of a small synthetic corpus: the seed the store data grows from."""
    from graph_builder.pipeline import Builder

    builder = Builder(settings)
    return [(s.id, m.doc_quads, m.entity_quads) for s, _, m in builder.build(synthetic_corpus(n_articles * 8, seed=3))]


def write_nquads(base: Sequence[tuple[str, list[Any], list[Any]]], n_triples: int, path: Path) -> int:
    """Copies of the base documents under new ids (actors stay shared) up to ``n_triples``."""
    from graph_builder.store import to_ox

    def nq(quads: Iterable[Any]) -> str:
        data = ox.serialize([ox.Quad(*map(to_ox, q)) for q in quads], format=ox.RdfFormat.N_QUADS)  # type: ignore[arg-type]
        return (data or b"").decode()

    entity_lines = sorted({line for _, _, e in base for line in nq(e).splitlines()})
    docs = [(doc_id, nq(quads)) for doc_id, quads, _ in base]
    written = len(entity_lines)
    with path.open("w", encoding="utf-8") as out:
        out.write("\n".join(entity_lines) + "\n")
        replica = 0
        while written < n_triples:
            for doc_id, text in docs:
                if written >= n_triples:
                    break
                chunk = text.replace(doc_id, f"{doc_id}-r{replica}")
                out.write(chunk)
                written += chunk.count("\n")
            replica += 1
    return written


def documents_of(path: Path) -> list[tuple[str, list[Any], list[Any]]]:
    """N-Quads → (doc id, doc quads, entity quads) per document graph, as rdflib terms."""
    from graph_builder.namespaces import DOC_GRAPH_PREFIX
    from graph_builder.terms import from_ox

    by_graph: dict[str, list[Any]] = {}
    for q in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS):
        by_graph.setdefault(str(q.graph_name.value), []).append(tuple(from_ox(t) for t in q))  # type: ignore[union-attr]
    entities = [q for g, qs in by_graph.items() if not g.startswith(DOC_GRAPH_PREFIX) for q in qs]
    docs: list[tuple[str, list[Any], list[Any]]] = [
        (g[len(DOC_GRAPH_PREFIX) :], qs, []) for g, qs in by_graph.items() if g.startswith(DOC_GRAPH_PREFIX)
    ]
    docs[0] = (docs[0][0], docs[0][1], entities)
    return docs


