"""The buffered access log writes uvicorn's own line, in order, and only stands in for
uvicorn's logger where that logger would write the same thing."""

from __future__ import annotations

import asyncio
import io
import logging

from uvicorn.logging import AccessFormatter

from api.access_log import (
    FLUSH_LINES,
    FLUSH_SECONDS,
    UVICORN_FORMAT,
    UVICORN_MESSAGE,
    BufferedAccessLog,
    fast_access_log,
)

REQUESTS = [
    ("127.0.0.1:50123", "GET", "/sparql?query=ASK%7B%7D", "1.1", 200),
    ("127.0.0.1:50124", "POST", "/sparql", "1.1", 400),
    ("[::1]:8080", "GET", "/entities/Q1/neighbourhood?hops=1&limit=5", "1.0", 404),
    ("", "DELETE", "/graph-store?graph=urn:x", "1.1", 599),  # no client; a status without a phrase
]


def _uvicorn_line(args: tuple[str, str, str, str, int]) -> str:
    record = logging.LogRecord("uvicorn.access", logging.INFO, __file__, 0, UVICORN_MESSAGE, args, None)
    return AccessFormatter(fmt=UVICORN_FORMAT, use_colors=False).format(record) + "\n"


def test_lines_are_uvicorns_in_order() -> None:
    stream = io.StringIO()
    log = BufferedAccessLog(stream)
    for args in REQUESTS:
        log.info(UVICORN_MESSAGE, *args)  # outside a loop: written at once
    assert stream.getvalue() == "".join(_uvicorn_line(args) for args in REQUESTS)


def test_lines_wait_for_the_timer_or_a_full_buffer() -> None:
    async def serve() -> tuple[str, str, str]:
        stream = io.StringIO()
        log = BufferedAccessLog(stream)
        log.info(UVICORN_MESSAGE, *REQUESTS[0])
        held = stream.getvalue()
        await asyncio.sleep(FLUSH_SECONDS * 2)  # the flush timer is due first
        after_timer = stream.getvalue()
        for _ in range(FLUSH_LINES):
            log.info(UVICORN_MESSAGE, *REQUESTS[1])
        return held, after_timer, stream.getvalue()

    held, after_timer, after_burst = asyncio.run(serve())
    assert held == ""
    assert after_timer == _uvicorn_line(REQUESTS[0])
    assert after_burst == after_timer + _uvicorn_line(REQUESTS[1]) * FLUSH_LINES


def _logger(name: str, handler: logging.Handler, formatter: logging.Formatter) -> logging.Logger:
    logger = logging.getLogger(f"tests.access_log.{name}")
    logger.handlers = [handler]
    logger.propagate = False
    logger.setLevel(logging.INFO)
    handler.setFormatter(formatter)
    return logger


def test_stands_in_only_for_uvicorns_own_setup() -> None:
    plain = _logger("plain", logging.StreamHandler(io.StringIO()), AccessFormatter(UVICORN_FORMAT, use_colors=False))
    assert isinstance(fast_access_log(plain), BufferedAccessLog)
    assert fast_access_log(plain) is fast_access_log(plain)  # one buffer per stream
    coloured = _logger(
        "coloured", logging.StreamHandler(io.StringIO()), AccessFormatter(UVICORN_FORMAT, use_colors=True)
    )
    own_format = _logger(
        "own", logging.StreamHandler(io.StringIO()), AccessFormatter("%(client_addr)s", use_colors=False)
    )
    plain_formatter = _logger("formatter", logging.StreamHandler(io.StringIO()), logging.Formatter())
    for logger in (coloured, own_format, plain_formatter):
        assert fast_access_log(logger) is logger
    quiet = _logger("quiet", logging.StreamHandler(io.StringIO()), AccessFormatter(UVICORN_FORMAT, use_colors=False))
    quiet.setLevel(logging.WARNING)
    assert fast_access_log(quiet) is quiet


def test_a_call_it_does_not_know_goes_to_the_logger_after_the_lines_before_it() -> None:
    stream = io.StringIO()
    logger = _logger("fallback", logging.StreamHandler(stream), logging.Formatter("%(levelname)s %(message)s"))
    log = BufferedAccessLog(stream, logger)

    async def serve() -> None:
        log.info(UVICORN_MESSAGE, *REQUESTS[0])  # held for the timer
        log.info('%s - "%s %s HTTP/%s" %d %s', *REQUESTS[1], "extra")  # another uvicorn's call

    asyncio.run(serve())
    first, second = stream.getvalue().splitlines(keepends=True)
    assert first == _uvicorn_line(REQUESTS[0])
    assert second == 'INFO 127.0.0.1:50124 - "POST /sparql HTTP/1.1" 400 extra\n'
