"""Dependencies shared by the routers: the store, the settings and the query runner of this app.

All ``async def``: each plain ``def`` dependency would cost a request a thread-pool hop.
"""

from __future__ import annotations

import hashlib
from typing import Annotated

from fastapi import Depends, Request

from graph_builder.config import Settings
from graph_builder.response_cache import QueryRunner
from graph_builder.store import GraphStore


async def get_store(request: Request) -> GraphStore:
    store: GraphStore = request.app.state.store
    return store


async def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def get_runner(request: Request) -> QueryRunner:
    runner: QueryRunner = request.app.state.runner
    return runner


def client_of(request: Request) -> str:
    """Whom the per-client query limits count: the bearer token's holder, else the address."""
    header = request.headers.get("authorization")
    if header:
        return "token:" + hashlib.sha256(header.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return "address:" + (request.client.host if request.client else "")


StoreDep = Annotated[GraphStore, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
RunnerDep = Annotated[QueryRunner, Depends(get_runner)]
