"""Bearer-token checks: reads open unless ``read_token`` is set; writes need ``admin_token``.

Tokens are compared in constant time. A missing or malformed ``Authorization`` header is
401 (with ``WWW-Authenticate: Bearer``); a wrong token, or a write while writes are not
configured, is 403.

The dependencies are ``async def``: a plain ``def`` dependency costs every request a hop
to the thread pool and back (issue 13 measured four such hops on ``/sparql``).
"""

from __future__ import annotations

import secrets

from fastapi import Depends, Request

from graph_builder.config import Settings
from graph_builder.errors import PermissionDeniedError


class AuthenticationRequiredError(PermissionDeniedError):
    """No usable bearer token was sent (HTTP 401)."""


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization")
    if header is None:
        return None
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise AuthenticationRequiredError("malformed Authorization header: send 'Authorization: Bearer <token>'")
    return token.strip()


def _check(request: Request, expected: str, what: str) -> None:
    token = _bearer(request)
    if token is None:
        raise AuthenticationRequiredError(f"{what} needs a bearer token: send 'Authorization: Bearer <token>'")
    if not secrets.compare_digest(token.encode(), expected.encode()):
        raise PermissionDeniedError(f"the bearer token is not valid for {what}")


def check_read(request: Request, settings: Settings) -> None:
    """Reads are open unless ``read_token`` is set; the admin token reads too."""
    if settings.read_token is None:
        return
    token = _bearer(request)
    if (
        token is not None
        and settings.admin_token
        and secrets.compare_digest(token.encode(), settings.admin_token.encode())
    ):
        return
    _check(request, settings.read_token, "reading")


def check_admin(request: Request, settings: Settings) -> None:
    """Writes are disabled unless ``admin_token`` is set, and then need it."""
    if not settings.admin_token:
        raise PermissionDeniedError(
            "writes are disabled on this server: set PARLEY_ADMIN_TOKEN (admin_token) to enable them"
        )
    _check(request, settings.admin_token, "writing")


async def require_read(request: Request) -> None:
    check_read(request, request.app.state.settings)


async def require_admin(request: Request) -> None:
    check_admin(request, request.app.state.settings)


ReadAccess = Depends(require_read)
AdminAccess = Depends(require_admin)
