"""The access log of ``parley serve``: uvicorn's line, written without the logging machinery.

uvicorn logs each request through :mod:`logging`: a ``LogRecord``, a formatter that copies
it, a lock, and a write and a flush of the stream per line. That was about an eighth of the
server process's CPU on a small query (issue 13). :class:`BufferedAccessLog` stands in for
the ``uvicorn.access`` logger in the HTTP protocol: it builds the same line with one
f-string and appends it to a buffer that is written to the handler's own stream, in order,
whole lines only, :data:`FLUSH_SECONDS` after the first line since the last write (or at
:data:`FLUSH_LINES` lines), when the app shuts down, and at exit: a server stopped normally
loses no line. It stands in only where uvicorn's own configuration is in force (its access
formatter without colours on one stream handler); any other logging setup keeps the logger,
and ``PARLEY_ACCESS_LOG=false`` turns the log off as before.
"""

from __future__ import annotations

import asyncio
import atexit
import http
import logging
from typing import IO

from uvicorn.logging import AccessFormatter

FLUSH_SECONDS = 0.1
FLUSH_LINES = 256
# uvicorn's format, which the line below reproduces: "INFO:" padded to 9, then the rest.
UVICORN_FORMAT = '%(levelprefix)s %(client_addr)s - "%(request_line)s" %(status_code)s'
# The message and arguments uvicorn's HTTP protocols log a request with.
UVICORN_MESSAGE = '%s - "%s %s HTTP/%s" %d'
_STATUS: dict[int, str] = {int(code): f"{int(code)} {code.phrase}" for code in http.HTTPStatus}


class BufferedAccessLog:
    """What the protocol calls as ``access_logger.info(msg, client, method, path, version,
    status)``, on the event loop's thread. A call with another message or other arguments
    (another uvicorn version) goes to the logger, after the lines held before it."""

    def __init__(self, stream: IO[str], logger: logging.Logger | None = None) -> None:
        self.stream = stream
        self.logger = logger or logging.getLogger("uvicorn.access")
        self.lines: list[str] = []
        self.timer: asyncio.TimerHandle | None = None

    def info(self, msg: str, *args: object) -> None:
        if msg != UVICORN_MESSAGE or len(args) != 5:  # another uvicorn's call: its logger knows it
            self.flush()
            self.logger.info(msg, *args)
            return
        client, method, path, version, status = args
        status_text = _STATUS.get(status) or f"{status} "  # type: ignore[call-overload]  # uvicorn: an int
        self.lines.append(f'INFO:     {client} - "{method} {path} HTTP/{version}" {status_text}\n')
        if len(self.lines) >= FLUSH_LINES:
            self.flush()
        elif self.timer is None:
            try:
                self.timer = asyncio.get_running_loop().call_later(FLUSH_SECONDS, self.flush)
            except RuntimeError:  # no loop running: nothing would flush later
                self.flush()

    def flush(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None
        if not self.lines:
            return
        text = "".join(self.lines)
        self.lines.clear()
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):  # a closed or broken stream: logging drops the line too
            pass


_BUFFERS: dict[logging.Handler, BufferedAccessLog] = {}


def fast_access_log(logger: logging.Logger) -> logging.Logger | BufferedAccessLog:
    """The buffered stand-in for ``logger`` (uvicorn's access logger) where it would write
    the same lines, one per handler; else ``logger`` itself."""
    handlers = logger.handlers
    if len(handlers) != 1 or logger.filters or logger.propagate or not logger.isEnabledFor(logging.INFO):
        return logger
    handler = handlers[0]
    formatter = handler.formatter
    if (
        type(handler) is not logging.StreamHandler
        or handler.filters
        or handler.level > logging.INFO
        or type(formatter) is not AccessFormatter
        or formatter.use_colors
        or formatter._fmt != UVICORN_FORMAT
    ):
        return logger
    buffered = _BUFFERS.get(handler)
    if buffered is None:
        if not _BUFFERS:
            atexit.register(flush_access_logs)
        buffered = _BUFFERS[handler] = BufferedAccessLog(handler.stream, logger)
    return buffered


def flush_access_logs() -> None:
    """Write out every buffered line (at shutdown)."""
    for buffered in _BUFFERS.values():
        buffered.flush()
