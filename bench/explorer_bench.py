"""Latency of the requests the explorer's pages make, against `parley serve` over a large store.

    .venv/bin/python bench/explorer_bench.py --triples 1000000 --reps 20 [--json out.json]

The store is grown as ``parley bench`` grows it (graph_builder.benchmark.corpus): a small
synthetic corpus built by the real pipeline, its document graphs copied under new ids up to
``--triples``, bulk-loaded into an on-disk store. A real uvicorn server serves it on a free
127.0.0.1 port; this process is the client, one request at a time (a person clicking), every
request of a page in turn, ``--reps`` times. Prints one JSON object: p50/p95/max milliseconds
per page and per request, and the first (cold) event listing after start. Each repetition
types other letters into the search, so its evidence-text lookups are not repeats.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from graph_builder.benchmark.common import percentile
from graph_builder.benchmark.corpus import base_documents, write_nquads
from graph_builder.bulk import load_rdf
from graph_builder.config import Settings
from graph_builder.store import GraphStore

REPO = Path(__file__).resolve().parents[1]
WORDS = "*"  # stands for the next word of TYPED in a request's parameters
TYPED = ["ukr", "rus", "pri", "tal", "exc", "min", "att", "agr", "cea", "sta", "def", "off", "gov", "mil", "pea"]


def _pages(http: httpx.Client) -> dict[str, list[tuple[str, dict[str, Any]]]]:
    """Each page's requests, with ids picked from the store the way a visitor would reach them."""
    def get(path: str, **params: Any) -> Any:
        response = http.get(path, params=params)
        if response.status_code != 200:
            raise SystemExit(f"{path} {params}: {response.status_code} {response.text[:300]}")
        return response.json()

    actor = get("/entities", q="ukr", limit=1)["results"][0]["id"]
    event = get("/events", sort="-date", limit=1)["events"][0]  # timed in measure() as the cold request
    doc = event["evidence"][0]["document"].rsplit("/doc/", 1)[-1]
    return {
        "home": [("/health", {}), ("/events", {"sort": "-date", "limit": 10})],
        # Each repetition types other letters: every evidence-text scan is a cold one.
        "search (as you type)": [
            ("/entities", {"q": WORDS, "limit": 8}),
            ("/events", {"q": WORDS, "limit": 5, "sort": "-date"}),
        ],
        "actor page": [
            (f"/entities/{actor}", {}),
            (f"/entities/{actor}/neighbourhood", {"hops": 1, "limit": 150}),
            ("/events", {"actor": actor, "sort": "-date", "limit": 10}),
        ],
        "events list": [("/events", {"sort": "-date", "limit": 50})],
        "event page": [(f"/events/{event['id']}", {}), (f"/documents/{doc}", {})],
        "map": [("/events/places", {"limit": 1000})],
        "documents": [("/documents", {"limit": 50})],
    }


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _serve(store: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    env = {**os.environ, "PARLEY_STORE": str(store)}
    command = [sys.executable, "-m", "uvicorn", "api.app:create_app", "--factory", "--host", "127.0.0.1"]
    process = subprocess.Popen([*command, "--port", str(port), "--log-level", "warning"], cwd=REPO, env=env)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 300  # start-up imports spaCy: slow on a loaded machine
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if httpx.get(url + "/health", timeout=1).status_code == 200:
                return process, url
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("the server did not start")


def measure(url: str, reps: int) -> dict[str, Any]:
    with httpx.Client(base_url=url, timeout=60) as http:
        # The first listing after start scans every event (later pages and repeats are slices
        # of that scan, until the next write): timed once here, then left out of the pages.
        start = time.perf_counter()
        http.get("/events", params={"sort": "-date", "limit": 1}).raise_for_status()
        cold = {"cold first GET /events?sort=-date after start": round((time.perf_counter() - start) * 1000, 1)}
        pages = _pages(http)
        times: dict[str, list[float]] = {}
        for rep in range(reps):
            for page, requests in pages.items():
                total = 0.0
                for path, template in requests:
                    params = {k: TYPED[rep % len(TYPED)] if v == WORDS else v for k, v in template.items()}
                    start = time.perf_counter()
                    response = http.get(path, params=params)
                    elapsed = (time.perf_counter() - start) * 1000
                    if response.status_code != 200:
                        raise SystemExit(f"{path} {params}: {response.status_code} {response.text[:300]}")
                    times.setdefault(f"{page}: GET {path.split('/')[1]} {sorted(params)}", []).append(elapsed)
                    total += elapsed
                times.setdefault(f"PAGE {page}", []).append(total)

    def summary(values: list[float]) -> dict[str, float]:
        return {
            "p50_ms": round(statistics.median(values), 1),
            "p95_ms": round(percentile(values, 95), 1),
            "max_ms": round(max(values), 1),
        }

    return {**cold, **{name: summary(values) for name, values in times.items()}}


def _load(nq: Path, store_dir: Path) -> int:
    # A function of its own: the store object is dropped on return, which frees its lock
    # for the server process.
    with GraphStore(store_dir) as store:
        if nq.exists():
            load_rdf(store, nq)
        return len(store)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--reps", type=int, default=20)
    parser.add_argument("--articles", type=int, default=40, help="synthetic articles built by the real pipeline")
    parser.add_argument("--json", type=Path, help="also write the result here")
    parser.add_argument("--store", type=Path, help="build the store here and keep it; reuse it if it exists")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        nq, store_dir = Path(work) / "data.nq", args.store or Path(work) / "store"
        written = 0
        if not store_dir.exists():
            base = base_documents(Settings(), args.articles)
            written = write_nquads(base, args.triples, nq)
        size = _load(nq, store_dir)
        process, url = _serve(store_dir)
        try:
            result = {"triples_written": written, "quads_in_store": size, "reps": args.reps, **measure(url, args.reps)}
        finally:
            process.terminate()
            process.wait(10)
    text = json.dumps(result, indent=1)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
