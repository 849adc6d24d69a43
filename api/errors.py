"""ParleyError → HTTP, mapped once. Unexpected errors are logged and become a bare 500."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from api.auth import AuthenticationRequiredError
from graph_builder.errors import (
    ConfigError,
    DocumentTooLargeError,
    InputError,
    NotFoundError,
    ParleyError,
    PermissionDeniedError,
    QueryError,
    QueryTimeoutError,
    ServerBusyError,
    StoreLockedError,
    StoreUnavailableError,
)
from graph_builder.sparql_formats import NotAcceptableError

log = logging.getLogger("parley.api")

# Most specific first: the first matching class wins.
STATUS_BY_ERROR: tuple[tuple[type[ParleyError], int], ...] = (
    (QueryTimeoutError, 503),
    (ServerBusyError, 429),
    (NotAcceptableError, 406),
    (QueryError, 400),
    (DocumentTooLargeError, 413),
    (InputError, 400),
    (NotFoundError, 404),
    (AuthenticationRequiredError, 401),
    (PermissionDeniedError, 403),
    (StoreLockedError, 503),
    (StoreUnavailableError, 503),
    # A server that cannot ingest (spaCy model or knowledge base missing) says so.
    (ConfigError, 503),
)


def status_for(error: ParleyError) -> int:
    return next((status for cls, status in STATUS_BY_ERROR if isinstance(error, cls)), 500)


def error_response(exc: ParleyError) -> JSONResponse:
    """The JSON answer to ``exc``: its status, its reason, and the headers that status needs."""
    status = status_for(exc)
    if status == 500:
        log.error("internal error", exc_info=exc)
        return JSONResponse({"detail": "internal error"}, status_code=500)
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    if isinstance(exc, ServerBusyError):
        headers = {"Retry-After": str(exc.retry_after)}
    return JSONResponse({"detail": str(exc)}, status_code=status, headers=headers)


def install_error_handlers(app: FastAPI) -> None:
    async def parley_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, ParleyError)
        return error_response(exc)

    async def unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.error("unexpected error", exc_info=exc)
        return JSONResponse({"detail": "internal error"}, status_code=500)

    app.add_exception_handler(ParleyError, parley_error)
    app.add_exception_handler(Exception, unexpected)
