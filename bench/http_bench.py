"""Bounded HTTP load against Parley's server, the Oxigraph server and rdflib-endpoint.

Run by ``parley bench`` (graph_builder/benchmark.py); usable alone:

    python bench/http_bench.py --nq data.nq --parley-store DIR --centers centers.json

The three servers hold the same N-Quads and run as their own processes on free
127.0.0.1 ports: ``parley serve`` over a store already loaded from the file,
``oxigraph serve --union-default-graph`` over a copy loaded with ``oxigraph load``, and
``rdflib-endpoint serve`` (rdflib's in-memory Dataset, union default graph). This
process is the client: a few threads on keep-alive connections send the same requests
to each server in turn, each run bounded by a request count and a time limit, the order
of the servers rotating between repetitions. Each run also reads the CPU time the server's
whole process tree spent (Parley's query workers included), per request, and that of the
server process alone (Parley's event loop).

A last run puts Parley and the Oxigraph server under a mixed load: six clients looping the
1-hop query, an admin posting small updates, and one client sending ``ASK {}`` whose
latency is what is reported (a cheap query must not wait behind heavy ones).
Prints one JSON object.
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import math
import os
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

PID = "https://w3id.org/parley/id/"
PA = "https://w3id.org/parley/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
# What GET /entities/{id}/neighbourhood?hops=1 computes, as one SPARQL query: edges to and
# from the node (no rdf:type, no provenance links) with the labels and types of the nodes,
# at most 500 rows as the endpoint returns at most 500 edges.
ONE_HOP = f"""SELECT ?s ?p ?o ?label ?type WHERE {{
  {{ BIND($c AS ?s) $c ?p ?o FILTER(isIRI(?o) && ?p != <{RDF}type>) BIND(?o AS ?n) }}
  UNION {{ BIND($c AS ?o) ?s ?p $c FILTER(isIRI(?s)) BIND(?s AS ?n) }}
  FILTER(?p != <{PROV_DERIVED}>)
  OPTIONAL {{ ?n <{RDFS}label> ?label }} OPTIONAL {{ ?n <{RDF}type> ?type }}
}} LIMIT 500"""
SELECT = f"""SELECT ?e ?type ?date WHERE {{
  ?e <{PA}participant> $c ; a ?type . OPTIONAL {{ ?e <{PA}date> ?date }}
}} LIMIT 100"""
ASK = "ASK { ?s ?p ?o }"
ACCEPT = {"Accept": "application/sparql-results+json"}
ADMIN_TOKEN = "bench-admin-token"
# The admin's writes under the mixed load: one small graph replaced again and again.
UPDATE = """DELETE WHERE { GRAPH <urn:parley-bench:mixed> { ?s ?p ?o } };
INSERT DATA { GRAPH <urn:parley-bench:mixed> { <urn:parley-bench:x> <urn:parley-bench:n> %d } }"""
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
# Seconds between two of the admin's updates: each write makes every query worker reopen its
# read-only view (about 40 ms on this machine), so the pace of writes sets much of the cost.
ADMIN_PAUSE = 0.25


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def executable(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: install the bench extra (pip install -e '.[bench]')")
    return found


class Server:
    """One server process and how to ask it a SPARQL query."""

    def __init__(self, name: str, command: list[str], sparql_path: str, port: int, log: Path,
                 env: dict[str, str] | None = None, update_path: str | None = None) -> None:
        self.name, self.sparql_path, self.port, self.log = name, sparql_path, port, log
        self.update_path = update_path
        start = time.perf_counter()
        with log.open("wb") as out:
            self.process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT,
                                            env=None if env is None else {**os.environ, **env})
        self.wait_ready(timeout=1800)
        self.startup_s = round(time.perf_counter() - start, 2)

    def sparql(self, query: str) -> str:
        return f"{self.sparql_path}?{urlencode({'query': query})}"

    def wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.fail(f"exited with {self.process.returncode} while starting")
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
                conn.request("GET", self.sparql(ASK), headers=ACCEPT)
                status = conn.getresponse().status
            except OSError:
                status = None
            if status == 200:
                return
            if status is not None:
                self.fail(f"answered ASK with HTTP {status}")
            time.sleep(0.2)
        self.fail(f"did not answer within {timeout} s")

    def fail(self, why: str) -> None:
        self.stop()
        tail = self.log.read_text(errors="replace")[-2000:]
        raise RuntimeError(f"{self.name} {why}; its log ends:\n{tail}")

    def memory_mb(self) -> dict[str, float]:
        if self.process.poll() is not None:
            self.fail(f"exited with {self.process.returncode} during the load")
        status = Path(f"/proc/{self.process.pid}/status").read_text().splitlines()
        fields = {k: v for k, _, v in (line.partition(":") for line in status)}
        return {key.lower() + "_mb": round(int(fields[key].split()[0]) / 1024, 1) for key in ("VmRSS", "VmHWM")}

    def cpu_seconds(self) -> float:
        """CPU time (user + system) of the server and every process under it so far,
        reaped children included (Parley's query workers run under its fork server)."""
        return sum(_process_cpu(pid) for pid in _tree(self.process.pid))

    def own_cpu_seconds(self) -> float:
        """CPU time of the server process alone: for Parley, its event loop without the workers."""
        return _process_cpu(self.process.pid, children=False)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _children() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rpartition(")")[2].split()[1])
            children.setdefault(ppid, []).append(int(entry.name))
    return children


def _tree(pid: int) -> list[int]:
    children, found, todo = _children(), [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(children.get(current, []))
    return found


def _process_cpu(pid: int, *, children: bool = True) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:  # ended between the listing and now
        return 0.0
    # utime, stime, cutime, cstime: fields 14-17 of stat(5), 12-15 after the command name.
    return sum(int(v) for v in fields[11 : 15 if children else 13]) / CLOCK_TICKS


def start_servers(nq: Path, parley_store: Path, workdir: Path, *, quiet_variant: bool = False,
                  cached_variant: bool = False) -> list[Server]:
    """Start the three servers; if one fails, stop those already running.

    ``quiet_variant`` adds Parley's app under uvicorn without the access log, over a copy of
    the store, to see what `parley serve`'s per-request logging costs; ``cached_variant``
    adds `parley serve` with its response cache on (64 MB), over another copy, measured
    apart from the uncached figures.
    """
    ox_dir = workdir / "oxigraph-server"
    oxigraph = executable("oxigraph")
    subprocess.run([oxigraph, "load", "--location", str(ox_dir), "--file", str(nq)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    commands = {
        "parley": ([sys.executable, "-m", "graph_builder.cli", "serve", "--store", str(parley_store), "--port"],
                   "/sparql"),
        "oxigraph": ([oxigraph, "serve", "--location", str(ox_dir), "--union-default-graph", "--bind"], "/query"),
        "rdflib_endpoint": ([executable("rdflib-endpoint"), "serve", str(nq), "--host", "127.0.0.1", "--port"], "/"),
    }
    updates = {"parley": "/sparql/update", "oxigraph": "/update"}
    env: dict[str, dict[str, str]] = {"parley": {"PARLEY_ADMIN_TOKEN": ADMIN_TOKEN}}
    if quiet_variant:
        quiet_store = workdir / "parley-quiet-store"
        shutil.copytree(parley_store, quiet_store)
        env["parley_quiet"] = {"PARLEY_STORE": str(quiet_store)}
        commands["parley_quiet"] = ([sys.executable, "-m", "uvicorn", "api.app:create_app", "--factory",
                                     "--no-access-log", "--host", "127.0.0.1", "--port"], "/sparql")
    if cached_variant:
        cached_store = workdir / "parley-cached-store"
        shutil.copytree(parley_store, cached_store)
        env["parley_cached"] = {"PARLEY_RESPONSE_CACHE_MB": "64"}
        commands["parley_cached"] = ([sys.executable, "-m", "graph_builder.cli", "serve", "--store",
                                      str(cached_store), "--port"], "/sparql")
    servers: list[Server] = []
    try:
        for name, (command, path) in commands.items():
            port = free_port()
            address = f"127.0.0.1:{port}" if name == "oxigraph" else str(port)
            servers.append(Server(name, [*command, address], path, port, workdir / f"{name}.log", env.get(name),
                                  updates.get(name)))
    except BaseException:
        for server in servers:
            server.stop()
        raise
    return servers


def request_paths(server: Server, centers: dict[str, list[str]]) -> dict[str, list[str]]:
    nodes = [c for pair in zip(centers["actor"], centers["event"], strict=False) for c in pair]
    paths = {
        "one_hop_sparql": [server.sparql(ONE_HOP.replace("$c", f"<{c}>")) for c in nodes],
        "select": [server.sparql(SELECT.replace("$c", f"<{c}>")) for c in centers["actor"]],
    }
    if server.name.startswith("parley"):
        paths["one_hop"] = [f"/entities/{quote(c[len(PID):], safe='/')}/neighbourhood?hops=1" for c in nodes]
    else:
        paths["one_hop"] = paths["one_hop_sparql"]
    return paths


def load(server: Server, paths: list[str], *, requests: int, seconds: float, threads: int) -> dict[str, Any]:
    """Send up to ``requests`` requests within ``seconds`` from ``threads`` connections."""
    port = server.port
    latencies: list[float] = []
    errors = [0]
    counter = itertools.count()
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        while (i := next(counter)) < requests and time.perf_counter() < deadline:
            start = time.perf_counter()
            try:
                conn.request("GET", paths[i % len(paths)], headers=ACCEPT)
                response = conn.getresponse()
                response.read()
                ok = response.status == 200
            except (OSError, http.client.HTTPException):
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
                ok = False
            with lock:
                latencies.append((time.perf_counter() - start) * 1000)
                errors[0] += not ok
        conn.close()

    cpu, own_cpu = server.cpu_seconds(), server.own_cpu_seconds()
    start = time.perf_counter()
    workers = [threading.Thread(target=client) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    elapsed = time.perf_counter() - start
    cpu, own_cpu = server.cpu_seconds() - cpu, server.own_cpu_seconds() - own_cpu
    served = max(len(latencies), 1)
    return {**spread(latencies), "errors": errors[0], "requests_per_s": round(len(latencies) / elapsed, 1),
            "cpu_ms_per_request": round(1000 * cpu / served, 2),
            "server_process_cpu_ms_per_request": round(1000 * own_cpu / served, 2)}


def spread(latencies: list[float]) -> dict[str, Any]:
    ordered = sorted(latencies) or [math.nan]
    return {"requests": len(latencies), "p50_ms": round(ordered[len(ordered) // 2], 2),
            "p99_ms": round(ordered[math.ceil(0.99 * len(ordered)) - 1], 2)}


def mixed(server: Server, heavy: list[str], *, seconds: float) -> dict[str, Any]:
    """``ASK {}`` latency while six clients loop ``heavy`` requests and an admin posts updates."""
    stop = time.perf_counter() + seconds
    figures: dict[str, list[float]] = {"ask": [], "heavy": [], "update": []}
    errors = {name: 0 for name in figures}
    lock = threading.Lock()

    def client(name: str, send: Any, pause: float = 0.0) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=120)
        i = 0
        while time.perf_counter() < stop:
            time.sleep(pause)
            start = time.perf_counter()
            try:
                response = send(conn, i)
                response.read()
                ok = response.status in (200, 204)
            except (OSError, http.client.HTTPException):
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=120)
                ok = False
            with lock:
                figures[name].append((time.perf_counter() - start) * 1000)
                errors[name] += not ok
            i += 1
        conn.close()

    def ask(conn: http.client.HTTPConnection, _i: int) -> http.client.HTTPResponse:
        conn.request("GET", server.sparql("ASK {}"), headers=ACCEPT)
        return conn.getresponse()

    def heavy_request(conn: http.client.HTTPConnection, i: int) -> http.client.HTTPResponse:
        conn.request("GET", heavy[i % len(heavy)], headers=ACCEPT)
        return conn.getresponse()

    def update(conn: http.client.HTTPConnection, i: int) -> http.client.HTTPResponse:
        headers = {"Content-Type": "application/sparql-update", "Authorization": f"Bearer {ADMIN_TOKEN}"}
        conn.request("POST", server.update_path or "", body=(UPDATE % i).encode(), headers=headers)
        return conn.getresponse()

    threads = [threading.Thread(target=client, args=("ask", ask)),
               threading.Thread(target=client, args=("update", update, ADMIN_PAUSE)),  # an admin, not a bulk load
               *(threading.Thread(target=client, args=("heavy", heavy_request)) for _ in range(6))]
    cpu = server.cpu_seconds()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    cpu = server.cpu_seconds() - cpu
    out = {name: {**spread(values), "errors": errors[name]} for name, values in figures.items()}
    out["cpu_ms_per_request"] = round(1000 * cpu / max(sum(len(v) for v in figures.values()), 1), 2)  # type: ignore[assignment]
    return out


def run(args: argparse.Namespace) -> dict[str, Any]:
    centers = json.loads(Path(args.centers).read_text(encoding="utf-8"))
    servers = start_servers(Path(args.nq), Path(args.parley_store), Path(args.workdir),
                            quiet_variant=args.quiet_variant, cached_variant=args.cached_variant)
    try:
        runs: dict[str, dict[str, list[dict[str, Any]]]] = {s.name: {} for s in servers}
        for rep in range(args.reps):
            for server in servers[rep % len(servers) :] + servers[: rep % len(servers)]:
                for query, paths in request_paths(server, centers).items():
                    if rep == 0:  # warm-up: every distinct request once (rdflib caches parsed queries)
                        load(server, paths, requests=len(paths), seconds=120, threads=1)
                    result = load(server, paths, requests=args.requests, seconds=args.seconds,
                                  threads=args.threads)
                    runs[server.name].setdefault(query, []).append(result)
        under_mixed_load = {s.name: mixed(s, request_paths(s, centers)["one_hop"], seconds=args.mixed_seconds)
                            for s in servers if s.update_path and args.mixed_seconds > 0}
        memory = {s.name: s.memory_mb() for s in servers}
    finally:
        for server in servers:
            server.stop()
    out = summarise(runs, memory, {s.name: s.startup_s for s in servers}, args)
    out["mixed_load"] = under_mixed_load
    return out


def summarise(runs: dict[str, Any], memory: dict[str, Any], startup: dict[str, float],
              args: argparse.Namespace) -> dict[str, Any]:
    """Medians per server and query; Parley's requests/s over each peer's, per repetition."""
    servers = {
        name: {q: {k: statistics.median(r[k] for r in rs) for k in rs[0]} for q, rs in queries.items()}
        for name, queries in runs.items()
    }
    by_query: dict[str, dict[str, float]] = {}
    for ours_name in [name for name in runs if name.startswith("parley")]:
        for peer in ("oxigraph", "rdflib_endpoint"):
            key = peer if ours_name == "parley" else f"{ours_name}_vs_{peer}"
            by_query[key] = {
                q: round(statistics.median(
                    ours["requests_per_s"] / max(theirs["requests_per_s"], 1e-9)
                    for ours, theirs in zip(runs[ours_name][q], runs[peer][q], strict=True)
                ), 3)
                for q in ("one_hop", "one_hop_sparql", "select")
            }
    ratios = {key: round(math.sqrt(r["one_hop"] * r["select"]), 3) for key, r in by_query.items()}
    return {"threads": args.threads, "reps": args.reps, "requests_per_run": args.requests,
            "seconds_per_run": args.seconds, "servers": servers, "memory": memory, "startup_s": startup,
            "ratios_by_query": by_query, "ratios": ratios}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nq", required=True, help="N-Quads file every server serves")
    parser.add_argument("--parley-store", required=True, help="Parley store already loaded from --nq")
    parser.add_argument("--centers", required=True, help='JSON {"actor": [IRI…], "event": [IRI…]}')
    parser.add_argument("--requests", type=int, default=300, help="most requests per run")
    parser.add_argument("--seconds", type=float, default=2.0, help="longest run, seconds")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--threads", type=int, default=4, help="client connections")
    parser.add_argument("--workdir", default=".", help="where the Oxigraph server's copy goes")
    parser.add_argument("--quiet-variant", action="store_true", help="also Parley's app without the access log")
    parser.add_argument("--cached-variant", action="store_true", help="also Parley with its response cache on")
    parser.add_argument("--mixed-seconds", type=float, default=5.0, help="length of the mixed-load run (0: none)")
    print(json.dumps(run(parser.parse_args()), indent=2))


if __name__ == "__main__":
    main()
