"""The notebooks' toolbox: open or build a store, query into pandas, see the graph.

Cells in ``notebooks/`` call these functions and hold no logic of their own. pandas,
matplotlib and pyvis (the ``notebooks`` extra) are imported inside the functions that need
them, so ``import graph_builder`` stays fast and works without them.
"""

from __future__ import annotations

from graph_builder.notebook.data import (
    SAMPLE_DIR,
    actor_centrality,
    build_sample,
    enclosing_sentence,
    event_table,
    evidence,
    linking_available,
    neighbourhood_graph,
    open_store,
    query_df,
    wikidata_links,
)
from graph_builder.notebook.views import (
    InteractiveGraph,
    Picture,
    draw_static,
    draw_timeline,
    interactive,
    node_colour,
)
from graph_builder.notebook.wikidata import FEDERATED_QUERY, online_mode, wikidata_facts

__all__ = [
    "FEDERATED_QUERY",
    "SAMPLE_DIR",
    "InteractiveGraph",
    "Picture",
    "actor_centrality",
    "build_sample",
    "draw_static",
    "draw_timeline",
    "enclosing_sentence",
    "event_table",
    "evidence",
    "interactive",
    "linking_available",
    "neighbourhood_graph",
    "node_colour",
    "online_mode",
    "open_store",
    "query_df",
    "wikidata_facts",
    "wikidata_links",
]
