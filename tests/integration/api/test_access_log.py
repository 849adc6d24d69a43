"""``parley serve`` logs one line per request, uvicorn's line, and loses none when it stops
normally; ``PARLEY_ACCESS_LOG=false`` turns the log off."""

from __future__ import annotations

import re
import shutil
import sys
import time
from pathlib import Path

import httpx

from tests.integration.api.conftest import _serve

SERVE = [sys.executable, "-m", "graph_builder.cli", "serve"]
LINE = re.compile(r'^INFO: {5}127\.0\.0\.1:\d+ - "(GET|POST) (\S+) HTTP/1\.1" (\d{3} [A-Za-z ]+)$', re.MULTILINE)


def _requests(log: Path) -> list[tuple[str, str, str]]:
    return [match.groups() for match in LINE.finditer(log.read_text(encoding="utf-8"))]


def test_every_request_is_logged_in_order(seed_dir: Path, tmp_path: Path) -> None:
    shutil.copytree(seed_dir, tmp_path / "store")
    log = tmp_path / "server.log"
    serving = _serve(tmp_path / "store", {}, log, SERVE)
    server = next(serving)
    try:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            first = client.get("/sparql", params={"query": "ASK {}"})
            assert first.status_code == 200, first.text
            expected = [("GET", "/sparql?query=ASK+%7B%7D", "200 OK")]
            for attempt in range(60):  # written a moment later, while the server runs
                if expected[0] in _requests(log):
                    break
                time.sleep(0.05 * (attempt + 1))
            else:
                raise AssertionError(f"no access log line for the first request:\n{log.read_text()}")
            for n in range(40):
                answer = client.get("/sparql", params={"query": "ASK {}", "n": n})
                assert answer.status_code == 200, answer.text
                expected.append(("GET", f"/sparql?query=ASK+%7B%7D&n={n}", "200 OK"))
            missing = client.get("/entities/no-such-entity/neighbourhood")
            expected.append(("GET", "/entities/no-such-entity/neighbourhood", f"{missing.status_code} Not Found"))
            bad = client.post("/sparql", content="SELEKT", headers={"Content-Type": "application/sparql-query"})
            expected.append(("POST", "/sparql", "400 Bad Request"))
            assert (missing.status_code, bad.status_code) == (404, 400), (missing.text, bad.text)
    finally:
        serving.close()  # stopped normally (SIGTERM) right after the last answer
    assert [line for line in _requests(log) if line[1] != "/health"] == expected


def test_the_log_can_be_turned_off(seed_dir: Path, tmp_path: Path) -> None:
    shutil.copytree(seed_dir, tmp_path / "store")
    log = tmp_path / "server.log"
    serving = _serve(tmp_path / "store", {"PARLEY_ACCESS_LOG": "false"}, log, SERVE)
    server = next(serving)
    try:
        answer = httpx.get(f"{server.url}/sparql", params={"query": "ASK {}"}, timeout=30)
        assert answer.status_code == 200, answer.text
    finally:
        serving.close()
    assert "Application shutdown complete" in log.read_text(encoding="utf-8")
    assert _requests(log) == []
