"""``parley evaluate``: build every gold passage with the real pipeline, then score it."""

from __future__ import annotations

from pathlib import Path

from graph_builder.config import Settings
from graph_builder.evaluation.gold import GoldPassage, load_gold
from graph_builder.evaluation.report import EvaluationReport, aggregate
from graph_builder.evaluation.scoring import score_passage
from graph_builder.ingest import SourceDocument, make_document
from graph_builder.pipeline import Builder


def _document(passage: GoldPassage) -> SourceDocument:
    return make_document(passage.id, passage.text, published=passage.published, title=passage.title, url=passage.url)


def evaluate_passages(passages: list[GoldPassage], builder: Builder) -> EvaluationReport:
    """Score each passage against the graph built from its text alone."""
    scores = []
    for passage, (_source, _extraction, mapped) in zip(
        passages, builder.build(_document(p) for p in passages), strict=True
    ):
        scores.append(score_passage(passage, mapped.as_graph()))
    return aggregate(scores)


def evaluate_file(path: Path, settings: Settings) -> EvaluationReport:
    """Load a gold file and evaluate the pipeline configured by ``settings`` on it."""
    return evaluate_passages(load_gold(path), Builder(settings))
