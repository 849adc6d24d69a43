"""Fixtures shared by the whole suite: the real spaCy pipeline and extractor, loaded once."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from graph_builder.config import Settings
from graph_builder.extract import Extractor
from graph_builder.extract.records import DocumentExtraction
from graph_builder.nlp import build_nlp


@pytest.fixture(scope="session")
def nlp() -> Language:
    return build_nlp(Settings())


@pytest.fixture(scope="session")
def extractor(nlp: Language) -> Extractor:
    return Extractor(nlp)


@pytest.fixture(scope="session")
def extract(nlp: Language, extractor: Extractor):  # type: ignore[no-untyped-def]
    """Extract from a text written for a test, as if published on ``published``."""

    def run(text: str, published: date | None = date(2025, 6, 9)) -> DocumentExtraction:
        return extractor(nlp(text), "t", published)

    return run
