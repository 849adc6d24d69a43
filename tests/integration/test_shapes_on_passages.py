"""Every graph built from the evaluation passages is valid under ontology/shapes.ttl."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph_builder.evaluation import load_gold
from graph_builder.evaluation.runner import evaluate_passages
from graph_builder.ingest import make_document
from graph_builder.pipeline import Builder
from graph_builder.validation import validate_graph

REPO = Path(__file__).resolve().parents[2]
PASSAGE_FILES = [REPO.parent / "shared" / "eval" / "dev.jsonl", REPO / "bench" / "eval" / "heldout.jsonl"]


@pytest.mark.parametrize("path", PASSAGE_FILES, ids=lambda p: p.name)
def test_built_passages_conform(builder: Builder, path: Path) -> None:
    passages = load_gold(path)
    docs = [make_document(p.id, p.text, published=p.published) for p in passages]
    for source, _extraction, mapped in builder.build(docs):
        report = validate_graph(mapped.as_graph())
        assert report.conforms, f"{source.id}:\n{report.text}"


def test_dev_scores_meet_the_extraction_goals(builder: Builder) -> None:
    """The figures docs/evaluation.md reports, as floors a change must not break."""
    report = evaluate_passages(load_gold(PASSAGE_FILES[0]), builder).to_dict()
    totals = report
    assert totals["events"]["precision"] >= 0.85, totals["events"]
    assert totals["events"]["f1"] >= 0.80
    assert totals["arguments"]["f1"] >= 0.65
    assert totals["relations"]["f1"] >= 0.60
