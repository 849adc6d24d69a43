"""The notebook API on the session's sample store: what the notebook cells rely on."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal

from graph_builder import (
    GraphStore,
    draw_static,
    evidence,
    interactive,
    neighbourhood_graph,
    open_store,
    query_df,
    wikidata_facts,
)
from graph_builder.errors import NotFoundError
from graph_builder.namespaces import PA, PID

RUSSIA = str(PID["actor/russia"])


def test_query_df_keeps_column_order_and_binds_values(sample_store: GraphStore) -> None:
    sparql = "SELECT ?class ?event WHERE { ?event a ?class }"
    table = query_df(sample_store, sparql, {"class": PA.PrisonerExchange})
    assert list(table.columns) == ["class", "event"]
    assert len(table) >= 1 and set(table["class"]) == {str(PA.PrisonerExchange)}
    # A value that looks like SPARQL stays a value: it matches nothing and breaks nothing.
    assert query_df(sample_store, sparql, {"class": Literal("x } ; DROP ALL")}).empty


def test_neighbourhood_graph_counts_hops_along_roles(sample_store: GraphStore) -> None:
    one = neighbourhood_graph(sample_store, "russia", hops=1)
    two = neighbourhood_graph(sample_store, "russia", hops=2)
    assert one.graph["center"] == RUSSIA and RUSSIA in one
    assert set(one) < set(two), "a second hop reaches further"
    # Ukraine shares events with Russia but no direct edge: two hops away.
    ukraine = str(PID["actor/ukraine"])
    assert ukraine not in one and ukraine in two
    kinds = {attrs["kind"] for _, attrs in two.nodes(data=True)}
    assert kinds <= {"actor", "event", "place"}, "no mentions, documents or modality nodes"
    with pytest.raises(NotFoundError):
        neighbourhood_graph(sample_store, "atlantis")


def test_evidence_by_short_id_has_offsets_and_sentences(sample_store: GraphStore) -> None:
    rows = query_df(
        sample_store,
        "SELECT ?class ?event WHERE { ?event a ?class ; <https://w3id.org/parley/ontology#date> ?d }",
        {"class": PA.PrisonerExchange},
    )
    short = rows["event"].iloc[0].removeprefix(str(PID))
    table = evidence(sample_store, short)
    assert not table.empty
    for _, row in table.iterrows():
        assert row["start"] < row["end"]
        assert row["text"] in row["sentence"]
    assert set(table["title"]) == {"Russia and Ukraine exchange young prisoners of war"}
    assert evidence(sample_store, short, sources=None)["sentence"].isna().all()


def test_open_store_prefers_the_environment(sample_store: GraphStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARLEY_STORE", str(sample_store.path))
    opened = open_store()  # read-only beside the session's open read-write store
    assert opened.path == sample_store.path and opened.document_ids() == ["seed"]


def test_pictures_render_without_network(sample_store: GraphStore, tmp_path: Path) -> None:
    graph = neighbourhood_graph(sample_store, "russia", hops=2)
    picture = draw_static(graph, tmp_path / "russia.png")
    assert picture.png.startswith(b"\x89PNG") and (tmp_path / "russia.png").read_bytes() == picture.png
    page = interactive(graph).save(tmp_path / "russia.html").read_text(encoding="utf-8")
    assert "<script src=" not in page and "<link" not in page, "everything inlined"
    assert "new vis.Network" in page and '"label": "Russia"' in page
    assert "evidence:" in page, "hover text carries the evidence"


def test_wikidata_facts_offline_sends_nothing(sample_store: GraphStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PARLEY_WIKIDATA_ONLINE", raising=False)
    assert wikidata_facts(sample_store) is None
    monkeypatch.setenv("PARLEY_WIKIDATA_ONLINE", "0")
    assert wikidata_facts(sample_store) is None
