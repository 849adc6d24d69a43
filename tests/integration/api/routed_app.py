"""Parley's app with every request routed by FastAPI, hot routes included: the reference
the hot paths are compared with (``test_hot_routes.py``)."""

from __future__ import annotations

from fastapi import FastAPI
from starlette.types import ASGIApp, Receive, Scope, Send

from api.app import create_app


def create_routed_app() -> ASGIApp:
    app = create_app()

    async def routed(scope: Scope, receive: Receive, send: Send) -> None:
        await FastAPI.__call__(app, scope, receive, send)

    return routed
