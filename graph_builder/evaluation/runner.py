"""``parley evaluate``: build every gold passage with the real pipeline, then score it."""

from __future__ import annotations

from pathlib import Path

from graph_builder.config import Settings
from graph_builder.evaluation.corpus_score import CorpusReport, score_corpus
from graph_builder.evaluation.external import (
    Corpus,
    CorpusFormatError,
    corpus_files,
    detect_corpus,
    half_of,
    load_corpus,
)
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


def evaluate_file(path: Path, settings: Settings, half: str | None = None) -> EvaluationReport:
    """Load a gold file and evaluate the pipeline configured by ``settings`` on it, or on the
    passages of one half of it (split by passage id as the corpora are by document id)."""
    passages = load_gold(path)
    if half is not None:
        passages = [p for p in passages if half_of(p.id) == half]
    return evaluate_passages(passages, Builder(settings))


def evaluate_corpus(corpus: Corpus, half: str, builder: Builder) -> CorpusReport:
    """Extract every document of a public corpus and score triggers and arguments."""
    sources = (make_document(f"doc-{n}", document.text) for n, document in enumerate(corpus.documents))
    extractions = [extraction for _source, extraction in builder.extract(sources)]
    return score_corpus(corpus, half, list(zip(corpus.documents, extractions, strict=True)))


def evaluate_corpus_file(
    path: Path,
    settings: Settings,
    *,
    halves: tuple[str, ...],
    corpus: str | None = None,
    builder: Builder | None = None,
) -> list[CorpusReport]:
    """Score the halves asked for of one corpus file, or of every corpus in a directory."""
    paths = list(corpus_files(path).values()) if path.is_dir() else [path]
    missing = [p for p in paths if not p.is_file()]
    if missing:
        raise CorpusFormatError(f"corpus file not found: {missing[0]}")
    builder = builder or Builder(settings)
    reports = []
    for file in paths:
        for half in halves:
            loaded = load_corpus(file, corpus if not path.is_dir() else None, half=None if half == "all" else half)  # type: ignore[arg-type]
            reports.append(evaluate_corpus(loaded, half, builder))
    return reports


def is_corpus_input(path: Path) -> bool:
    """A directory of corpora or a corpus file, as opposed to gold-format passages."""
    return path.is_dir() or detect_corpus(path) is not None
