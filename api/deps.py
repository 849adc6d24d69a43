"""Dependencies shared by the routers: the store, the settings and the query runner of this app."""

from __future__ import annotations

from typing import Annotated, Protocol

from fastapi import Depends, Request

from graph_builder.config import Settings
from graph_builder.query_pool import QueryAnswer, QueryTask
from graph_builder.store import GraphStore


class QueryRunner(Protocol):
    """Evaluates user SPARQL under the deadline (a QueryPool, or in-process for memory stores)."""

    killed: int
    lost: int

    def run(self, task: QueryTask, timeout: float | None = None) -> QueryAnswer: ...

    def close(self) -> None: ...


def get_store(request: Request) -> GraphStore:
    store: GraphStore = request.app.state.store
    return store


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_runner(request: Request) -> QueryRunner:
    runner: QueryRunner = request.app.state.runner
    return runner


StoreDep = Annotated[GraphStore, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
RunnerDep = Annotated[QueryRunner, Depends(get_runner)]
