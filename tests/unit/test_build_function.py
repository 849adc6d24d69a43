"""The engine-free build function: JSON lines → per-document N-Quads and manifest lines."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pyoxigraph as ox
from spacy.language import Language

from graph_builder import build
from graph_builder.build import Builder, build_lines, content_digest
from graph_builder.config import Settings
from graph_builder.ingest import make_document

TEXT = "Russia and Ukraine exchanged 90 prisoners of war on Monday, officials said."


def test_the_build_module_imports_no_store_and_no_engine() -> None:
    tree = ast.parse(Path(build.__file__).read_text(encoding="utf-8"))
    imported = {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    imported |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    forbidden = ("graph_builder.store", "graph_builder.pipeline", "graph_builder.parallel", "pyspark", "multiproc")
    assert not [name for name in imported if name.startswith(forbidden)]


def test_build_lines_gives_nquads_and_a_manifest_line_per_document(nlp: Language) -> None:
    settings = Settings(link=False)
    builder = Builder(settings, nlp=nlp)
    lines = [
        json.dumps({"id": "a1", "text": TEXT, "published": "2025-06-09"}),
        "",
        "not json",
        json.dumps({"id": "a2", "text": TEXT + " Russia said more would follow.", "published": "2025-06-09"}),
        json.dumps({"id": "bad id!", "text": TEXT}),
    ]
    outputs = list(build_lines(lines, settings, source="in.jsonl", builder=builder))
    manifest = [json.loads(o.manifest) for o in outputs]
    assert [(m["id"], m["error"] is None) for m in manifest] == [
        ("a1", True), (None, False), ("a2", True), ("bad id!", False)]  # fmt: skip
    assert manifest[1]["source"] == "in.jsonl:3" and "not valid JSON" in manifest[1]["error"]
    first, second = outputs[0], outputs[2]
    source = make_document("a1", TEXT, published="2025-06-09")
    assert manifest[0]["digest"] == content_digest(source, builder.fingerprint)
    quads = [list(ox.parse(o.nquads.encode(), format=ox.RdfFormat.N_QUADS)) for o in (first, second)]
    assert [len(q) for q in quads] == [m["quads"] + m["entity_quads"] for m in (manifest[0], manifest[2])]
    # Russia's and Ukraine's descriptions came with the first document; the second repeats none of them.
    entities = [{str(q) for q in qs if q.graph_name.value.endswith("graph/entities")} for qs in quads]
    assert entities[0] and not entities[0] & entities[1]
    assert manifest[0]["entity_quads"] == len(entities[0])
