"""The Spark build writes the quads `parley build --output` writes, and its output loads into a server."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
from pyspark.sql import SparkSession
from typer.testing import CliRunner

from graph_builder.benchmark.corpus import synthetic_corpus
from graph_builder.build import read_manifest
from graph_builder.cli import app
from graph_builder.config import Settings
from graph_builder.spark import spark_build
from graph_builder.store import GraphStore
from tests.servers import oxigraph_server


def write_articles(path: Path, n: int) -> list[str]:
    docs = synthetic_corpus(n * 8, seed=11)
    lines = [json.dumps({"id": d.id, "text": d.text, "published": d.published.isoformat()}) for d in docs]
    lines.insert(5, '{"id": "broken", "text": ""}')  # one bad record: reported, the rest goes on
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [d.id for d in docs]


def nquads(paths: list[Path]) -> set[str]:
    """The quads as a store holds them: through an Oxigraph store, which keeps values in
    canonical form (``"0.90"^^xsd:decimal`` is ``0.9``), as every store the output goes to does."""
    store = ox.Store()
    for path in paths:
        store.load(path=str(path), format=ox.RdfFormat.N_QUADS)
    return {str(q) for q in store}


def test_spark_build_equals_parley_build_and_loads_into_a_server(spark: SparkSession, tmp_path: Path) -> None:
    articles = tmp_path / "articles.jsonl"
    ids = write_articles(articles, 20)
    out = tmp_path / "spark-out"
    report = spark_build(str(articles), str(out), Settings(), spark=spark, partitions=4)
    assert (report.built, report.failed) == (20, 1)

    manifest = read_manifest(out)
    assert sorted(r["id"] for r in manifest if not r["error"]) == sorted(ids)
    [failed] = [r for r in manifest if r["error"]]
    assert failed["id"] == "broken" and "no text" in failed["error"]
    assert all(len(r["digest"]) == 64 and r["quads"] > 0 for r in manifest if not r["error"])
    parts = sorted((out / "quads").glob("part-*"))
    lines = [line for p in parts for line in p.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == len(set(lines)) or len(parts) > 1  # entity lines are written once per partition

    local = tmp_path / "local.nq"
    store = str(tmp_path / "store")
    result = CliRunner().invoke(app, ["build", str(articles), "--store", store, "--output", str(local)])
    assert result.exit_code == 2, result.output  # the broken record
    assert nquads(parts) == nquads([local])

    # The output loads into a real SPARQL server with its own loader, and a build against the
    # server then finds every document unchanged (the digests came with the quads).
    with oxigraph_server(tmp_path / "server-data") as url:
        loaded = CliRunner().invoke(app, ["spark", "load", str(out), "--store", url])
        assert loaded.exit_code == 0, loaded.output
        with GraphStore(url) as remote:
            assert remote.document_ids() == sorted(ids)
            assert {str(q) for q in remote.quads_for_pattern()} == nquads([local])
        again = CliRunner().invoke(app, ["build", str(articles), "--store", url])
        assert "built 0, unchanged 20, failed 1" in again.output, again.output
