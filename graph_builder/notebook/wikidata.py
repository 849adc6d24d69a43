"""Wikidata from a notebook: the federated query, and what online mode changes.

Parley links offline: ``owl:sameAs`` comes from the knowledge base shipped in the repo, so a
build needs no network. Facts that live only in Wikidata (population, description,
head of state …) can be joined at query time with a SPARQL 1.1 ``SERVICE`` call to the
public endpoint. That needs the network, so it runs only when ``PARLEY_WIKIDATA_ONLINE=1``;
otherwise :func:`wikidata_facts` returns ``None`` without touching the network.

>>> online_mode({})
False
>>> online_mode({"PARLEY_WIKIDATA_ONLINE": "1"})
True
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from rdflib import URIRef

from graph_builder.config import Settings
from graph_builder.notebook.data import query_df, wikidata_links
from graph_builder.store import GraphStore

if TYPE_CHECKING:
    import pandas as pd

WIKIDATA_SPARQL = "https://query.wikidata.org/sparql"
ONLINE_VARIABLE = "PARLEY_WIKIDATA_ONLINE"

# ?item is bound to one linked QID per call (a substitution, not text formatting), so the
# SERVICE block sent to Wikidata asks about that item only instead of every item on Earth.
FEDERATED_QUERY = """PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX schema: <http://schema.org/>
SELECT ?entity ?label ?item ?description ?population WHERE {
  ?entity owl:sameAs ?item ; rdfs:label ?label .
  SERVICE <https://query.wikidata.org/sparql> {
    OPTIONAL { ?item schema:description ?description . FILTER(LANG(?description) = "en") }
    OPTIONAL { ?item wdt:P1082 ?population }
  }
}"""


def online_mode(environ: Mapping[str, str] | None = None) -> bool:
    """Whether ``PARLEY_WIKIDATA_ONLINE`` allows network calls to Wikidata (1, true, yes, on).

    Without ``environ`` this is the setting a build uses (environment, ``.env``, TOML)."""
    if environ is None:
        return Settings().wikidata_online
    return environ.get(ONLINE_VARIABLE, "").strip().lower() in {"1", "true", "yes", "on"}


def wikidata_facts(store: GraphStore, *, online: bool | None = None) -> pd.DataFrame | None:
    """Run :data:`FEDERATED_QUERY` for every linked entity, or ``None`` when offline.

    ``online`` defaults to :func:`online_mode`. Offline, nothing is sent anywhere.
    """
    import pandas as pd

    if not (online_mode() if online is None else online):
        return None
    items = wikidata_links(store)["wikidata"].dropna().unique()
    frames = [query_df(store, FEDERATED_QUERY, {"item": URIRef(item)}) for item in items]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
