"""Edges a careless client hits: every one answers a 4xx in JSON, with the reason."""

from __future__ import annotations

import socket
from urllib.parse import urlsplit

import httpx

from tests.integration.api.conftest import Server


def _raw_get(server: Server, target: bytes) -> tuple[bytes, bytes]:
    """Send a GET the way no well-behaved client library would; return (head, body)."""
    parts = urlsplit(server.url)
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as sock:
        sock.sendall(b"GET " + target + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        data = b""
        try:
            while chunk := sock.recv(65536):
                data += chunk
        except ConnectionResetError:
            pass  # the server may close before reading the whole request line
    head, _, body = data.partition(b"\r\n\r\n")
    return head, body


def test_very_long_url_gets_a_json_error(exposed_server: tuple[Server, str]) -> None:
    server, _ = exposed_server
    head, body = _raw_get(server, b"/sparql?query=" + b"x" * 2_000_000)
    assert head.startswith(b"HTTP/1.1 400"), head
    assert b"content-type: application/json" in head.lower(), head
    assert httpx.Response(400, content=body).json()["detail"], body


def test_percent_ff_in_a_form_body_is_refused(client: httpx.Client) -> None:
    body = "query=ASK%20%7B%20FILTER(%22%FF%22%20%3D%20%22%FF%22)%20%7D"
    response = client.post("/sparql", content=body, headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert response.status_code == 400, response.text
    assert "not UTF-8" in response.json()["detail"]


def test_unknown_event_class_lists_the_valid_ones(client: httpx.Client) -> None:
    for name in ("attack", "Attak", "pa:State", "http://example.org/Attack"):
        response = client.get("/events", params={"type": name})
        assert response.status_code == 400, response.text
        detail = response.json()["detail"]
        assert "is not an event class" in detail and "Attack" in detail and "PrisonerExchange" in detail
    assert client.get("/events", params={"type": "Attack"}).status_code == 200


def test_host_header_is_checked_when_allowed_hosts_are_set(exposed_server: tuple[Server, str]) -> None:
    server, _ = exposed_server
    with server.client() as http:
        assert http.get("/health").status_code == 200
        rebound = http.get("/health", headers={"Host": "attacker.example"})
        assert rebound.status_code == 400, rebound.text
        assert "PARLEY_ALLOWED_HOSTS" in rebound.json()["detail"]
