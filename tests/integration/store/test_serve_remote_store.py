"""`parley serve` over a SPARQL server while `parley build` writes to the same server.

Both are real processes; readers query through Parley's API the whole time the build
replaces every document, and must only ever see a document's old graph or its new one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

from graph_builder.namespaces import DOC_GRAPH_PREFIX
from tests.servers import free_port

REPO = Path(__file__).resolve().parents[3]
SENTENCES = [
    "Russia and Ukraine exchanged 90 prisoners of war on Monday, officials said.",
    "Talks between Armenia and Azerbaijan were held in Doha last week.",
    "Israel and Hamas agreed to a ceasefire in Gaza on June 2.",
    "Sudan's army shelled El Fasher on Tuesday, killing 12 civilians.",
    "Qatar and Egypt said they would send humanitarian aid to Gaza.",
    "The foreign minister of Turkey visited Kyiv and called for negotiations with Russia.",
]
COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


def articles(path: Path, version: int) -> Path:
    lines = []
    for i in range(12):
        text = " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(version + 1))
        lines.append(json.dumps({"id": f"n{i:02d}", "text": text, "published": "2025-06-09"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def parley(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "graph_builder.cli", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=600)  # fmt: skip


def graph_counts(api: httpx.Client) -> dict[str, int]:
    response = api.get("/sparql", params={"query": COUNTS}, headers={"Accept": "application/sparql-results+json"})
    assert response.status_code == 200, response.text
    rows = response.json()["results"]["bindings"]
    return {
        row["g"]["value"][len(DOC_GRAPH_PREFIX) :]: int(row["n"]["value"])
        for row in rows
        if row["g"]["value"].startswith(DOC_GRAPH_PREFIX)
    }


def test_build_while_serving_never_shows_a_half_written_document(server_url: str, tmp_path: Path) -> None:
    httpx.post(server_url + "update", data={"update": "CLEAR ALL"}, timeout=30).raise_for_status()
    env = {**os.environ, "PARLEY_STORE": server_url, "PARLEY_LINK": "0", "PARLEY_ADMIN_TOKEN": "t"}
    first = parley("build", str(articles(tmp_path / "v1.jsonl", 1)), env=env)
    assert first.returncode == 0, first.stderr

    port = free_port()
    log = (tmp_path / "serve.log").open("wb")
    serve = subprocess.Popen([sys.executable, "-m", "graph_builder.cli", "serve", "--port", str(port)], cwd=REPO,
                             env=env, stdout=log, stderr=subprocess.STDOUT)  # fmt: skip
    api = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30)
    try:
        for _ in range(300):
            try:
                if api.get("/health").status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        health = api.get("/health").json()
        assert health["documents"] == 12, health
        before = graph_counts(api)

        seen: list[dict[str, int]] = []
        stop = threading.Event()

        def read() -> None:
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as reader:
                while not stop.is_set():
                    seen.append(graph_counts(reader))

        readers = [threading.Thread(target=read) for _ in range(2)]
        for thread in readers:
            thread.start()
        try:
            second = parley("build", str(articles(tmp_path / "v2.jsonl", 3)), env=env)
        finally:
            stop.set()
            for thread in readers:
                thread.join(60)
        assert second.returncode == 0, second.stderr
        assert "built 12, unchanged 0" in second.stdout
        after = graph_counts(api)
        assert all(after[d] > before[d] for d in before)  # every document grew: old and new graphs differ

        assert len(seen) >= 10, "the readers barely ran while the build wrote"
        for snapshot in seen:
            assert set(snapshot) == set(before)  # a document is never missing, not even between drop and insert
            for doc_id, count in snapshot.items():
                assert count in (before[doc_id], after[doc_id]), (doc_id, count, before[doc_id], after[doc_id])
        assert any(s != before and s != after for s in seen) or seen[-1] == after  # the build was observed
    finally:
        api.close()
        serve.terminate()
        serve.wait(20)
        log.close()
