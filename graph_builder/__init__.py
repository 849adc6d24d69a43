"""Parley: knowledge graphs of conflict and diplomacy news.

The public API notebooks and scripts import. Heavy optional libraries (pandas,
matplotlib, pyvis) are imported inside the functions that use them, so this import
stays quick and works with the core dependencies alone.
"""

from __future__ import annotations

from graph_builder.config import Settings
from graph_builder.errors import ParleyError
from graph_builder.notebook import (
    InteractiveGraph,
    actor_centrality,
    build_sample,
    draw_static,
    draw_timeline,
    event_table,
    evidence,
    interactive,
    neighbourhood_graph,
    open_store,
    query_df,
)
from graph_builder.projection import export, project, to_cytoscape
from graph_builder.store import GraphStore

__all__ = [
    "GraphStore",
    "InteractiveGraph",
    "ParleyError",
    "Settings",
    "actor_centrality",
    "build_sample",
    "draw_static",
    "draw_timeline",
    "event_table",
    "evidence",
    "export",
    "interactive",
    "neighbourhood_graph",
    "open_store",
    "project",
    "query_df",
    "to_cytoscape",
]
