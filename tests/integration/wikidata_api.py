"""A local stand-in for the Wikidata API: serves recorded responses over real HTTP.

Online-mode tests point ``PARLEY_WIKIDATA_API`` at this server, so the client's URL
building, headers, JSON decoding, caching and failure handling all run for real without
the network. Unknown searches answer an empty hit list, unknown QIDs ``missing``, as the
API does; ``failing = True`` makes every request a 503, and ``throttle`` answers that many
requests 429 with ``Retry-After: 0`` before serving again; ``malformed = True`` answers
``wbgetentities`` with items whose blocks have the wrong types.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

RECORDED = Path(__file__).resolve().parents[1] / "fixtures" / "wikidata_api" / "recorded.json"


class RecordedWikidataApi:
    def __init__(self, recorded: Path = RECORDED) -> None:
        data = json.loads(recorded.read_text(encoding="utf-8"))
        self.searches: dict[str, Any] = data["wbsearchentities"]
        self.entities: dict[str, Any] = data["wbgetentities"]
        self.requests: list[dict[str, str]] = []  # query parameters, in arrival order
        self.user_agents: list[str] = []
        self.failing = False
        self.throttle = 0
        self.malformed = False
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/w/api.php"

    def actions(self) -> list[str]:
        return [request["action"] for request in self.requests]

    def answer(self, params: dict[str, str]) -> dict[str, Any]:
        if params.get("action") == "wbsearchentities":
            search = params.get("search", "")
            return self.searches.get(search, {"searchinfo": {"search": search}, "search": [], "success": 1})
        if params.get("action") == "wbgetentities":
            ids = params.get("ids", "").split("|")
            if self.malformed:
                broken = {"labels": {"en": {"value": "x"}}, "aliases": [], "claims": []}
                return {"entities": {qid: {"id": qid, **broken} for qid in ids}, "success": 1}
            found = {qid: self.entities.get(qid, {"id": qid, "missing": ""}) for qid in ids}
            return {"entities": found, "success": 1}
        return {"error": {"code": "unknown_action", "info": f"Unrecognized value for parameter \"action\": {params}"}}

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                params = {key: values[0] for key, values in parse_qs(urlparse(self.path).query).items()}
                api.requests.append(params)
                api.user_agents.append(self.headers.get("User-Agent", ""))
                status, body = (503, {"error": "unavailable"}) if api.failing else (200, api.answer(params))
                if api.throttle > 0:
                    api.throttle -= 1
                    status, body = 429, {"error": "too many requests"}
                payload = json.dumps(body).encode()
                self.send_response(status)
                if status == 429:
                    self.send_header("Retry-After", "0")
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, format: str, *args: object) -> None:
                pass

        return Handler

    @contextmanager
    def running(self) -> Iterator[RecordedWikidataApi]:
        thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self._server.shutdown()
            self._server.server_close()
            thread.join(timeout=5)
