"""What a batched describe would save the 1-hop neighbourhood (a suggestion, measured).

    .venv/bin/python bench/neighbourhood_batched.py --triples 1000000

``graph_builder.neighbourhood.neighbourhood`` describes every node it found with one query
each (label, types): up to 501 queries around a hub actor. The prototype below asks the
same two edge queries, then describes all nodes in one query with ``VALUES``, and must
return the same nodes and edges. Both run side by side over the same centres; prints JSON.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS

from graph_builder.benchmark import resolve_settings
from graph_builder.benchmark.common import latency, timed
from graph_builder.benchmark.corpus import base_documents
from graph_builder.benchmark.inprocess import load_serve_data, pick_centers
from graph_builder.neighbourhood import INCOMING, OUTGOING, SKIP_PREDICATES, Edge, Neighbourhood, Node, neighbourhood
from graph_builder.store import GraphStore

DESCRIBE_MANY = f"""SELECT ?s ?label ?type WHERE {{
  VALUES ?s {{ $nodes }}
  OPTIONAL {{ ?s <{RDFS.label}> ?label }} OPTIONAL {{ ?s <{RDF.type}> ?type }}
}}"""


def batched(store: GraphStore, center: URIRef, limit: int = 500) -> Neighbourhood:
    """One hop, like ``neighbourhood(store, center)``, with one describe query for all nodes."""
    result = Neighbourhood(center=str(center))
    iri = str(center)
    found = [(iri, str(r["p"]), str(r["o"])) for r in store.select(OUTGOING, {"s": center}, limit=limit)]
    found += [(str(r["s"]), str(r["p"]), iri) for r in store.select(INCOMING, {"o": center}, limit=limit)]
    edges: dict[tuple[str, str, str], Edge] = {}
    seen = {iri}
    for source, predicate, target in found:
        if predicate in SKIP_PREDICATES:
            continue
        if len(edges) >= limit:
            result.truncated = True
            break
        edges[(source, predicate, target)] = Edge(source, predicate, target)
        seen.update((source, target))
    # The node IRIs come from the store, never from a user: safe to write into the query.
    rows = store.select(DESCRIBE_MANY.replace("$nodes", " ".join(f"<{n}>" for n in sorted(seen))), limit=100_000)
    labels: dict[str, list[str]] = {}
    types: dict[str, set[str]] = {}
    for row in rows:
        node = str(row["s"])
        if isinstance(row.get("label"), Literal):
            labels.setdefault(node, []).append(str(row["label"]))
        if "type" in row:
            types.setdefault(node, set()).add(str(row["type"]))
    result.edges = list(edges.values())
    result.nodes = {n: Node(n, (labels.get(n) or [None])[0], tuple(sorted(types.get(n, ())))) for n in sorted(seen)}
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=100_000)
    parser.add_argument("--centres", type=int, default=50, help="per kind (actor, event)")
    args = parser.parse_args()
    settings = resolve_settings(print)
    with tempfile.TemporaryDirectory(prefix="parley-hood-") as tmp:
        _, store_dir = load_serve_data(base_documents(settings, 100), args.triples, Path(tmp))
        with GraphStore(store_dir) as store:
            centres = pick_centers(store, args.centres)
            out: dict[str, object] = {"triples": len(store), "link": settings.link}
            for kind, nodes in centres.items():
                now, then = [], []
                for node in nodes:
                    a, b = neighbourhood(store, URIRef(node)), batched(store, URIRef(node))
                    assert set(a.edges) == set(b.edges) and set(a.nodes) == set(b.nodes), node
                    now.append(timed(lambda n=node: neighbourhood(store, URIRef(n))) * 1000)
                    then.append(timed(lambda n=node: batched(store, URIRef(n))) * 1000)
                speedup = statistics.median(x / y for x, y in zip(now, then, strict=True))
                out[kind] = {"current": latency(now), "batched": latency(then), "speedup_median": round(speedup, 2)}
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
