"""Dependencies shared by the routers: the store and the settings of this app."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from graph_builder.config import Settings
from graph_builder.store import GraphStore


def get_store(request: Request) -> GraphStore:
    store: GraphStore = request.app.state.store
    return store


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


StoreDep = Annotated[GraphStore, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
