"""Markdown tables from `parley bench --json` output, for BENCHMARKS.md.

    .venv/bin/parley bench --quick --json > quick.json
    .venv/bin/python bench/report.py quick.json [more.json …]

Each file contributes the measures it holds; a measure found in several files is taken
from the last one given.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any


def table(header: list[str], rows: list[list[Any]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(f"{v:,}" if isinstance(v, int) else str(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def extraction(m: dict[str, Any]) -> str:
    rows = [[r["sentences"], r["words"], r["spacy_words_per_s"], r["parley_words_per_s"], r["ratio_vs_spacy"]]
            for r in m["sizes"]]
    return table(["sentences", "words", "raw spaCy words/s", "Parley words/s", "ratio (median)"], rows)


def parallel(m: dict[str, Any]) -> str:
    return table(["articles", "words", "chunk", "1 worker words/s", "2 workers words/s", "speed-up (median)"],
                 [[m["articles"], m["words"], m["chunk_size"], m["workers_1_words_per_s"],
                   m["workers_2_words_per_s"], m["speedup_2_vs_1"]]])


def store(m: dict[str, Any]) -> str:
    rows = [[r["triples"], r["documents"], r["pyoxigraph_bulk_load_triples_per_s"], r["parley_bulk_triples_per_s"],
             r["bulk_ratio_vs_pyoxigraph"], r["parley_replace_document_triples_per_s"],
             r["replace_ratio_vs_pyoxigraph"], r["rdflib_memory_triples_per_s"], r["bulk_ratio_vs_rdflib"]]
            for r in m["sizes"]]
    return table(["triples", "docs", "pyoxigraph bulk_load t/s", "Parley bulk t/s", "bulk ratio",
                  "Parley replace_document t/s", "replace ratio", "rdflib memory t/s", "bulk vs rdflib"], rows)


def queries(m: dict[str, Any]) -> str:
    names = ["one_hop", "one_hop_actor", "one_hop_event", "two_hop_event", "aggregate", "date_range"]
    return f"{m['triples']:,} triples\n\n" + table(
        ["query", "p50 ms", "p99 ms"], [[n, m[n]["p50_ms"], m[n]["p99_ms"]] for n in names if n in m])


def http(m: dict[str, Any]) -> str:
    rows = [[server, query, f["requests_per_s"], f["p50_ms"], f["p99_ms"], f.get("cpu_ms_per_request", "?"),
             f["requests"], f["errors"]]
            for server, qs in m["servers"].items() for query, f in sorted(qs.items())]
    ratios = [[peer, r["one_hop"], r["one_hop_sparql"], r["select"], m["ratios"][peer]]
              for peer, r in m["ratios_by_query"].items()]
    memory = [[server, mem["vmrss_mb"], mem["vmhwm_mb"], m["startup_s"][server]] for server, mem in m["memory"].items()]
    return "\n\n".join([
        table(["server", "query", "req/s (median)", "p50 ms", "p99 ms", "CPU ms/request", "requests", "errors"], rows),
        table(["Parley vs", "one_hop", "one_hop_sparql", "select", "headline (geo. mean one_hop, select)"], ratios),
        table(["server", "RSS MB after load", "peak RSS MB", "start-up s"], memory),
        *([mixed_load(m["mixed_load"])] if m.get("mixed_load") else []),
    ])


def mixed_load(m: dict[str, Any]) -> str:
    rows = [[server, kind, f["requests"], f["p50_ms"], f["p99_ms"], f["errors"]]
            for server, kinds in m.items() for kind, f in kinds.items() if isinstance(f, dict)]
    return "Mixed load (`ASK {}` with six 1-hop clients and an admin posting updates):\n\n" + table(
        ["server", "client", "requests", "p50 ms", "p99 ms", "errors"], rows)


def memory(m: dict[str, Any]) -> str:
    return table(["articles", "`parley build` peak RSS MB", "raw nlp.pipe peak RSS MB", "build s", "nlp.pipe s"],
                 [[m["articles"], m["build_peak_rss_mb"], m["spacy_pipe_peak_rss_mb"], m["build_wall_s"],
                   m["spacy_pipe_wall_s"]]])


def load(result: dict[str, Any], when: str) -> str:
    value = result["machine"].get(f"load_average_at_{when}")
    return "?" if value is None else f"{value:.1f}"


SECTIONS = {"extraction": extraction, "parallel": parallel, "store": store, "queries": queries, "http": http,
            "memory": memory}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results", nargs="+", type=Path)
    merged: dict[str, Any] = {}
    for path in parser.parse_args().results:
        result = json.loads(path.read_text(encoding="utf-8"))
        for name in SECTIONS:
            if name in result:
                merged[name] = (result, path.name)
    for name, render in SECTIONS.items():
        if name in merged:
            result, source = merged[name]
            print(f"### {name} ({source}: preset {result['preset']['name']}, reps {result['preset']['reps']}, "
                  f"link={result['config']['link']}, load average {load(result, 'start')}→{load(result, 'end')})\n")
            print(render(result[name]) + "\n")


if __name__ == "__main__":
    main()
