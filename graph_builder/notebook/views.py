"""Pictures of the graph: a static PNG (matplotlib) and an interactive page (vis-network).

Both work with no network: the PNG is embedded in the notebook, and the interactive page
inlines the vis-network script that pyvis ships.
"""

from __future__ import annotations

import html
import io
import json
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

CLASS_COLOURS = {
    "State": "#1f77b4",
    "Person": "#ff7f0e",
    "Organization": "#8c564b",
    "GovernmentBody": "#9467bd",
    "ArmedForce": "#d62728",
    "InternationalOrganization": "#17becf",
    "Group": "#bcbd22",
    "Place": "#7f7f7f",
}
EVENT_COLOUR = "#2ca02c"


def node_colour(attrs: Mapping[str, Any]) -> str:
    """Colour of a node by its class; every event class shares one colour, so kinds read apart.

    >>> node_colour({"kind": "actor", "class": "State"}), node_colour({"kind": "event", "class": "Attack"})
    ('#1f77b4', '#2ca02c')
    """
    if attrs.get("kind") == "event":
        return EVENT_COLOUR
    return CLASS_COLOURS.get(str(attrs.get("class")), "#c7c7c7")


class Picture:
    """A rendered matplotlib figure that Jupyter shows as a PNG (what GitHub renders too).

    Returned instead of the bare figure because a figure made without pyplot has no
    notebook display of its own; ``.figure`` is there for further drawing.
    """

    def __init__(self, figure: Figure) -> None:
        self.figure = figure
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", bbox_inches="tight")
        self.png = buffer.getvalue()

    def _repr_png_(self) -> bytes:
        return self.png

    def save(self, path: Path | str) -> Path:
        """Write the PNG to ``path``."""
        Path(path).write_bytes(self.png)
        return Path(path)


def draw_static(graph: nx.MultiDiGraph, path: Path | str | None = None, *, title: str | None = None) -> Picture:
    """Draw the graph with matplotlib (spring layout, fixed seed); also save the PNG to ``path``.

    Node colour follows the class (events share one colour), edge labels name the property.
    """
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch

    figure = Figure(figsize=(11, 8), dpi=100)
    axes = figure.subplots()
    positions = nx.spring_layout(graph, seed=7, k=1.2)
    colours = [node_colour(a) for _, a in graph.nodes(data=True)]
    shapes = [400 if a.get("kind") == "event" else 700 for _, a in graph.nodes(data=True)]
    nx.draw_networkx_nodes(graph, positions, ax=axes, node_color=colours, node_size=shapes, alpha=0.9)
    nx.draw_networkx_edges(graph, positions, ax=axes, arrows=True, alpha=0.5, node_size=shapes)
    nx.draw_networkx_labels(
        graph, positions, ax=axes, font_size=8, labels={n: a.get("label", n) for n, a in graph.nodes(data=True)}
    )
    edge_labels = {(u, v): k for u, v, k in graph.edges(keys=True)}
    nx.draw_networkx_edge_labels(graph, positions, ax=axes, edge_labels=edge_labels, font_size=7)
    used = sorted({a.get("class", "") for _, a in graph.nodes(data=True) if a.get("kind") != "event"})
    handles = [Patch(color=CLASS_COLOURS.get(c, "#c7c7c7"), label=c) for c in used]
    handles.append(Patch(color=EVENT_COLOUR, label="event"))
    axes.legend(handles=handles, loc="lower left", fontsize=8)
    axes.set_title(title or "", fontsize=11)
    axes.axis("off")
    picture = Picture(figure)
    if path is not None:
        picture.save(path)
    return picture


def draw_timeline(table: pd.DataFrame, path: Path | str | None = None) -> Picture:
    """Events over time (one row per event class) from :func:`event_table`; undated are left out."""
    import pandas as pd
    from matplotlib.figure import Figure

    dated = table.assign(day=pd.to_datetime(table["date"].astype("string"), errors="coerce", format="mixed"))
    dated = dated.dropna(subset=["day"])
    figure = Figure(figsize=(10, 3.5), dpi=100)
    axes = figure.subplots()
    classes = sorted(dated["type"].unique())
    for row, cls in enumerate(classes):
        days = dated.loc[dated["type"] == cls, "day"]
        axes.scatter(days, [row] * len(days), s=80, color=EVENT_COLOUR, alpha=0.7)
    axes.set_yticks(range(len(classes)), classes)
    axes.set_ylim(-0.5, max(len(classes), 1) - 0.5)
    axes.set_title(f"{len(dated)} dated events of {len(table)}")
    axes.grid(axis="x", alpha=0.3)
    figure.autofmt_xdate()
    figure.tight_layout()
    picture = Picture(figure)
    if path is not None:
        picture.save(path)
    return picture


# vis-network's tooltip needs only these rules from its 220 kB stylesheet; the rest styles
# editing toolbars Parley does not show.
_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ margin: 0; font-family: sans-serif; }}
#graph {{ width: 100%; height: {height}px; border: 1px solid #ddd; }}
div.vis-tooltip {{ position: absolute; visibility: hidden; padding: 6px; max-width: 420px;
  white-space: pre-wrap; font-size: 12px; background: #fffbe6; border: 1px solid #999;
  border-radius: 3px; box-shadow: 2px 2px 8px rgba(0,0,0,.2); pointer-events: none; z-index: 5; }}
</style>
<script>{script}</script>
</head><body><div id="graph"></div>
<script>
new vis.Network(document.getElementById("graph"),
  {{nodes: new vis.DataSet({nodes}), edges: new vis.DataSet({edges})}}, {options});
</script></body></html>"""


class InteractiveGraph:
    """A self-contained HTML page (vis-network inlined, nothing fetched) showing a graph.

    Displays inline in Jupyter as an ``<iframe srcdoc=…>``; ``save()`` writes the page.
    """

    def __init__(self, page: str, height: int) -> None:
        self.page = page
        self.height = height

    def _repr_html_(self) -> str:
        return (
            f'<iframe srcdoc="{html.escape(self.page, quote=True)}" width="100%" '
            f'height="{self.height + 20}" style="border:none"></iframe>'
        )

    def save(self, path: Path | str) -> Path:
        """Write the page to ``path``; it opens offline in any browser."""
        Path(path).write_text(self.page, encoding="utf-8")
        return Path(path)


def _hover(attrs: Mapping[str, Any]) -> str:
    lines = [f"{attrs.get('label', '')} — {attrs.get('class', '')}"]
    for key in ("date", "wikidata", "document"):
        if attrs.get(key):
            lines.append(f"{key}: {attrs[key]}")
    if attrs.get("evidence"):
        lines.append("evidence: " + str(attrs["evidence"]).replace(" | ", "\n  • "))
    return "\n".join(lines)


def interactive(graph: nx.MultiDiGraph, *, height: int = 560, title: str = "Parley graph") -> InteractiveGraph:
    """An interactive view: colour by class, edge labels by property, hover shows evidence.

    Built with pyvis (the ``notebooks`` extra), whose bundled vis-network script is inlined
    so the page works with no network at all.
    """
    import pyvis
    from pyvis.network import Network

    net = Network(height=f"{height}px", width="100%", directed=True, cdn_resources="in_line")
    for node, attrs in graph.nodes(data=True):
        shape = "box" if attrs.get("kind") == "event" else "dot"
        net.add_node(node, label=attrs.get("label", node), color=node_colour(attrs), title=_hover(attrs), shape=shape)
    for source, target, key, attrs in graph.edges(keys=True, data=True):
        net.add_edge(source, target, label=key, title=attrs.get("evidence", key), arrows="to", font={"size": 10})
    nodes, edges, *_, options = net.get_network_data()
    script = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"
    page = _PAGE.format(
        title=html.escape(title),
        height=height,
        script=script.read_text(encoding="utf-8"),
        nodes=json.dumps(nodes).replace("</", "<\\/"),
        edges=json.dumps(edges).replace("</", "<\\/"),
        options=options,
    )
    return InteractiveGraph(page, height)
