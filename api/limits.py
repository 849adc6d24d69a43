"""Refuse oversized request bodies (HTTP 413) before they are read into memory, and answer
requests the HTTP parser rejects (over-long URLs) in JSON.

``parley serve`` parses HTTP with httptools (:class:`JsonErrorHttpToolsProtocol`, several
times faster than h11); httptools sets no size limit on a request's head, so the protocol
keeps h11's (:data:`MAX_HEAD_BYTES`) itself. :class:`JsonErrorH11Protocol` is the same for
a server run with h11.

A pure ASGI middleware: a declared ``Content-Length`` over the limit is refused before the
app runs; a chunked body is counted as it arrives and cut off when it passes the limit.
Before answering, the rest of the body is read and thrown away (up to ``DRAIN_FACTOR``
times the limit): a server that answers and closes while the client is still sending makes
the client's kernel see a reset, and many clients then report a connection error instead
of the 413.
"""

from __future__ import annotations

import json
from typing import Any

import h11
import httptools
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from api.access_log import fast_access_log

DRAIN_FACTOR = 8
# h11's default limit on a request line plus headers, which the server had before httptools.
MAX_HEAD_BYTES = 16 * 1024


class BodyTooLargeError(Exception):
    """Raised from ``receive`` when a streamed body passes the limit."""


class BodySizeLimit:
    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await self._drain(receive)
            await self._refuse(send)
            return
        seen = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise BodyTooLargeError
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLargeError:
            if not started:
                await self._drain(receive)
                await self._refuse(send)

    async def _drain(self, receive: Receive) -> None:
        seen = 0
        while seen <= self.max_bytes * DRAIN_FACTOR:
            message = await receive()
            if message["type"] != "http.request" or not message.get("more_body", False):
                return
            seen += len(message.get("body", b""))

    async def _refuse(self, send: Send) -> None:
        body = json.dumps({"detail": f"request body over the {self.max_bytes}-byte limit"}).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": 413, "headers": headers})
        await send({"type": "http.response.body", "body": body})


class JsonErrorH11Protocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol, but a request it cannot parse (a request line or headers
    past h11's size limit, bad syntax) is answered in JSON like every other error, and the
    access log is buffered (:mod:`api.access_log`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.access_log:
            self.access_logger = fast_access_log(self.access_logger)  # type: ignore[assignment]  # info() is all it uses

    def send_400_response(self, msg: str) -> None:
        body = json.dumps({"detail": f"{msg} (request line or headers malformed or too long)"}).encode()
        headers = [(b"content-type", b"application/json"), (b"connection", b"close")]
        for event in (h11.Response(status_code=400, headers=headers), h11.Data(data=body), h11.EndOfMessage()):
            self.transport.write(self.conn.send(event))  # type: ignore[arg-type]
        self.transport.close()


def _json_400(msg: str) -> bytes:
    body = json.dumps({"detail": f"{msg} (request line or headers malformed or too long)"}).encode()
    head = (b"HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\nconnection: close\r\n"
            b"content-length: " + str(len(body)).encode() + b"\r\n\r\n")  # fmt: skip
    return head + body


class JsonErrorHttpToolsProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with h11's limit on the request head (a URL of megabytes
    is refused before it is read whole), parse errors answered in JSON, and the access log
    buffered (:mod:`api.access_log`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.access_log:
            self.access_logger = fast_access_log(self.access_logger)  # type: ignore[assignment]  # info() is all it uses

    def on_message_begin(self) -> None:
        self._head_bytes = 0
        super().on_message_begin()

    def on_url(self, url: bytes) -> None:
        self._count_head(len(url))
        super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._count_head(len(name) + len(value) + 4)
        super().on_header(name, value)

    def _count_head(self, size: int) -> None:
        self._head_bytes += size
        if self._head_bytes > MAX_HEAD_BYTES:
            # Raised inside the parser's callback: httptools reports it as a parse error.
            raise httptools.HttpParserError(f"request head over {MAX_HEAD_BYTES} bytes")

    def send_400_response(self, msg: str) -> None:
        self.transport.write(_json_400(msg))
        self.transport.close()
