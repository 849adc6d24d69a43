"""A bounded load run against a running Parley API (not a test; measures request rates).

    python -m tests.integration.api.load http://127.0.0.1:8000 --requests 2000 --threads 8

Each scenario sends a fixed number of requests from a few threads (one keep-alive client
each) and reports requests per second, latency percentiles and non-200 answers.
"""

from __future__ import annotations

import argparse
import statistics
import threading
import time
from collections.abc import Callable

import httpx

SELECT = (
    "SELECT ?s ?label WHERE { ?s a <https://w3id.org/parley/ontology#State> ; "
    "<http://www.w3.org/2000/01/rdf-schema#label> ?label }"
)
SCENARIOS: dict[str, Callable[[httpx.Client], httpx.Response]] = {
    "neighbourhood_1hop": lambda http: http.get("/entities/russia/neighbourhood"),
    "sparql_select": lambda http: http.get("/sparql", params={"query": SELECT}),
    "health": lambda http: http.get("/health"),
}


def run(url: str, scenario: str, requests: int, threads: int) -> dict[str, float]:
    """Send ``requests`` requests of one scenario from ``threads`` threads; summarise."""
    call = SCENARIOS[scenario]
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    share = [requests // threads + (1 if i < requests % threads else 0) for i in range(threads)]

    def worker(count: int) -> None:
        nonlocal errors
        with httpx.Client(base_url=url, timeout=30) as http:
            call(http)  # warm the connection
            for _ in range(count):
                started = time.perf_counter()
                status = call(http).status_code
                elapsed = time.perf_counter() - started
                with lock:
                    latencies.append(elapsed)
                    errors += status != 200

    pool = [threading.Thread(target=worker, args=(n,)) for n in share]
    started = time.perf_counter()
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    wall = time.perf_counter() - started
    cuts = statistics.quantiles(latencies, n=100)
    return {
        "requests": len(latencies),
        "errors": errors,
        "seconds": round(wall, 2),
        "req_per_s": round(len(latencies) / wall, 1),
        "p50_ms": round(cuts[49] * 1000, 2),
        "p95_ms": round(cuts[94] * 1000, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--scenario", action="append", choices=sorted(SCENARIOS))
    args = parser.parse_args()
    for scenario in args.scenario or ["neighbourhood_1hop", "sparql_select"]:
        print(scenario, run(args.url, scenario, args.requests, args.threads), flush=True)


if __name__ == "__main__":
    main()
