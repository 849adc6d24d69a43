"""Differential fuzzing of the SPARQL guard against Oxigraph itself (a tool, not a test).

    .venv/bin/python -m tests.integration.api.security.differential --seconds 90 --seed 1

Mutants of queries that call a local listener through ``SERVICE`` go first through
``check_sparql`` (no federation allowed) and, when it lets them pass, to a real query pool
with open network. Any connection the listener then counts is a text the guard failed to
see as reaching out: a bypass, printed. Workers lost count queries that passed the guard
and still crashed the engine.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import tempfile
import time
from pathlib import Path

from graph_builder.errors import ParleyError
from graph_builder.guards import SparqlLimits, check_sparql
from graph_builder.query_pool import QueryPool, QueryTask
from graph_builder.store import GraphStore
from tests.integration.api.security.conftest import Listener
from tests.integration.api.security.fuzz import SEED_QUERIES, TOKENS, Fuzzer

# Characters whose reading differs between a naive scan and Oxigraph's parser.
HIDING = ["'", '"', "<", "#", "\n", "'''", '"""', "\\u0027", "\\u003C", "<'>", "<#>", "?v<", "1<", "(", ")"]


def run(seconds: float, seed: int) -> dict[str, int]:
    trap = Listener()
    service = f" SERVICE <{trap.origin}/x> {{ }} "
    fuzzer = Fuzzer(random.Random(seed), trap.origin, trap.port)
    tokens = [*TOKENS, *[*HIDING, service, service.replace(" ", "")] * 3]
    fuzzer.token = lambda: fuzzer.rng.choice(tokens)  # type: ignore[method-assign]
    seeds = [q.replace("WHERE {", "WHERE {" + service, 1) for q in SEED_QUERIES] + SEED_QUERIES
    counts = {"tried": 0, "passed_guard": 0, "bypasses": 0}
    with tempfile.TemporaryDirectory() as work:
        with GraphStore(Path(work) / "store") as store:
            store.update("INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> 1, 'x', <urn:o> } }")
        pool = QueryPool(Path(work) / "store", size=2, timeout=1.0, short_seconds=0)
        try:
            ends = time.monotonic() + seconds
            while time.monotonic() < ends:
                counts["tried"] += 1
                query = fuzzer.mutate(fuzzer.rng.choice(seeds))
                try:
                    check_sparql(query, SparqlLimits())
                except ParleyError:
                    continue
                counts["passed_guard"] += 1
                before = trap.connections
                with contextlib.suppress(ParleyError):
                    pool.run(QueryTask(query))
                time.sleep(0.01)  # let the listener count a connection
                if trap.connections > before:
                    counts["bypasses"] += 1
                    print("bypass:", repr(query)[:500])
            counts["workers_lost"] = pool.lost
        finally:
            pool.close()
            trap.close()
    return counts


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=90)
    parser.add_argument("--seed", type=int, default=1)
    arguments = parser.parse_args()
    print(run(arguments.seconds, arguments.seed))
