"""The place-name component relabels places the NER took for people, and only those."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from graph_builder.nlp.place_names import PlaceNames


def test_person_spans_that_are_place_names_become_places(nlp: Language) -> None:
    doc = Doc(nlp.vocab, words=["Shelling", "hit", "Kherson", "as", "Michael", "Jordan", "watched"])
    doc.ents = [Span(doc, 2, 3, label="PERSON"), Span(doc, 4, 6, label="PERSON")]
    doc = PlaceNames(["Kherson", "Jordan"])(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Kherson", "GPE"), ("Michael Jordan", "PERSON")]


def test_component_is_configured_from_the_pipeline_config(nlp: Language) -> None:
    import spacy

    blank = spacy.blank("en")
    blank.add_pipe("parley_place_names", config={"names": ["Luhansk"]})
    restored = spacy.blank("en").from_config(blank.config)
    assert restored.get_pipe("parley_place_names").names == frozenset(["Luhansk"])  # type: ignore[attr-defined]


def test_organisation_spans_named_as_administrative_units_become_places(nlp: Language) -> None:
    words = ["Drones", "hit", "Belgorod", "Oblast", "and", "the", "Kherson", "Regional", "Administration"]
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, 2, 4, label="ORG"), Span(doc, 6, 9, label="ORG")]
    doc = PlaceNames([])(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Belgorod Oblast", "GPE"),
        ("Kherson Regional Administration", "ORG"),
    ]
