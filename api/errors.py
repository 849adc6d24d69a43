"""ParleyError → HTTP, mapped once. Unexpected errors are logged and become a bare 500."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from graph_builder.errors import (
    DocumentTooLargeError,
    InputError,
    NotFoundError,
    ParleyError,
    PermissionDeniedError,
    QueryError,
    QueryTimeoutError,
    StoreLockedError,
)

log = logging.getLogger("parley.api")

# Most specific first: the first matching class wins.
STATUS_BY_ERROR: tuple[tuple[type[ParleyError], int], ...] = (
    (QueryTimeoutError, 503),
    (QueryError, 400),
    (DocumentTooLargeError, 413),
    (InputError, 400),
    (NotFoundError, 404),
    (PermissionDeniedError, 403),
    (StoreLockedError, 503),
)


def status_for(error: ParleyError) -> int:
    return next((status for cls, status in STATUS_BY_ERROR if isinstance(error, cls)), 500)


def install_error_handlers(app: FastAPI) -> None:
    async def parley_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, ParleyError)
        status = status_for(exc)
        if status == 500:
            log.error("internal error", exc_info=exc)
            return JSONResponse({"detail": "internal error"}, status_code=500)
        return JSONResponse({"detail": str(exc)}, status_code=status)

    async def unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.error("unexpected error", exc_info=exc)
        return JSONResponse({"detail": "internal error"}, status_code=500)

    app.add_exception_handler(ParleyError, parley_error)
    app.add_exception_handler(Exception, unexpected)
