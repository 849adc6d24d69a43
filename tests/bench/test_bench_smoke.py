"""`parley bench` end to end at the tiny size: every measure runs and reports sane figures.

No timing is asserted (timing goals live in BENCHMARKS.md); the test checks that the
harness runs the real pipeline, stores and servers and prints the keys the issue asks for.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

HEADLINE = (
    "extraction_ratio_vs_spacy",
    "load_ratio_vs_pyoxigraph",
    "one_hop_p50_ms",
    "http_ratio_vs_rdflib_endpoint",
    "http_ratio_vs_oxigraph",
    "http_mixed_ask_p99_ms",
)


def test_tiny_bench_prints_every_headline_figure(tmp_path: Path) -> None:
    # Linking off keeps the run inside the test budget: each worker process would load
    # the knowledge base again, and the harness itself does not depend on linking.
    env = {**os.environ, "PARLEY_LINK": "0"}
    command = [sys.executable, "-m", "graph_builder.cli", "bench", "--size", "tiny", "--json"]
    command += ["--workdir", str(tmp_path)]
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout)

    for key in (*HEADLINE, "parallel_speedup_2_vs_1"):
        value = result[key]
        assert isinstance(value, (int, float)) and math.isfinite(value) and value > 0, (key, value)
    assert result["config"]["link"] is False
    assert {"extraction", "parallel", "store", "queries", "http", "memory"} <= result.keys()
    for server, queries in result["http"]["servers"].items():
        for query, figures in queries.items():
            assert figures["errors"] == 0, (server, query, figures)
            assert figures["requests"] > 0, (server, query, figures)
    assert result["memory"]["build_peak_rss_mb"] > 50
    assert not list(tmp_path.iterdir()), "the harness leaves no temporary stores behind"


def test_bench_refuses_an_unknown_measure() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "graph_builder.cli", "bench", "--size", "tiny", "--only", "speed"],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 1, done.stderr
    assert "unknown measure" in done.stderr and "Traceback" not in done.stderr
