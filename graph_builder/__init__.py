"""Parley: knowledge graphs of conflict and diplomacy news.

The public API notebooks and scripts import. Heavy optional libraries (pandas,
matplotlib, pyvis) are imported inside the functions that use them, so this import
stays quick and works with the core dependencies alone.
"""

from __future__ import annotations

from graph_builder.config import Settings
from graph_builder.errors import ParleyError
from graph_builder.notebook import (
    FEDERATED_QUERY,
    InteractiveGraph,
    Picture,
    actor_centrality,
    build_sample,
    draw_static,
    draw_timeline,
    event_table,
    evidence,
    interactive,
    linking_available,
    neighbourhood_graph,
    online_mode,
    open_store,
    query_df,
    wikidata_facts,
    wikidata_links,
)
from graph_builder.projection import export, project, to_cytoscape
from graph_builder.store import GraphStore

__all__ = [
    "FEDERATED_QUERY",
    "GraphStore",
    "InteractiveGraph",
    "ParleyError",
    "Picture",
    "Settings",
    "actor_centrality",
    "build_sample",
    "draw_static",
    "draw_timeline",
    "event_table",
    "evidence",
    "export",
    "interactive",
    "linking_available",
    "neighbourhood_graph",
    "online_mode",
    "open_store",
    "project",
    "query_df",
    "to_cytoscape",
    "wikidata_facts",
    "wikidata_links",
]
