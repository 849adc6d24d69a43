"""The known-names component: a known name gets the label of its class, and a name the NER
missed is added only where it is surely a name."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from graph_builder.nlp.known_names import KnownNames

NAMES = {
    "Kherson": "GPE",
    "Jordan": "GPE",
    "Odesa": "GPE",
    "Armenia": "GPE",
    "Split": "GPE",
    "Mobile": "GPE",
    "Gaza": "GPE",
    "Pentagon": "ORG",
    "Hezbollah": "ORG",
    "Islamic State": "ORG",
}
ACTORS = {
    "National Liberation Army": "ArmedForce",
    "FDLR": "ArmedForce",
    "Tigers": "ArmedForce",
    "Ecowas": "InternationalOrganization",
}


def _doc(nlp: Language, words: list[str], pos: list[str], ents: list[tuple[int, int, str]] = ()) -> Doc:  # type: ignore[assignment]
    doc = Doc(nlp.vocab, words=words, pos=pos, sent_starts=[True] + [False] * (len(words) - 1))
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


def _ents(doc: Doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents]


def test_a_known_name_takes_the_label_of_its_class_whatever_the_ner_said(nlp: Language) -> None:
    words = ["Shelling", "hit", "Kherson", "as", "Michael", "Jordan", "and", "Armenia", "watched", "Odesa", "News"]
    pos = ["NOUN", "VERB", "PROPN", "SCONJ", "PROPN", "PROPN", "CCONJ", "PROPN", "VERB", "PROPN", "PROPN"]
    doc = _doc(nlp, words, pos, [(2, 3, "PERSON"), (4, 6, "PERSON"), (7, 8, "ORG"), (9, 10, "LANGUAGE")])
    doc = KnownNames(nlp, NAMES)(doc)
    assert _ents(doc) == [("Kherson", "GPE"), ("Michael Jordan", "PERSON"), ("Armenia", "GPE"), ("Odesa", "GPE")]


def test_a_label_that_already_fits_the_class_is_kept(nlp: Language) -> None:
    words = ["Talks", "at", "the", "Pentagon", "and", "in", "Kherson", "or", "on", "March"]
    pos = ["NOUN", "ADP", "DET", "PROPN", "CCONJ", "ADP", "PROPN", "CCONJ", "ADP", "PROPN"]
    doc = _doc(nlp, words, pos, [(2, 4, "FAC"), (6, 7, "LOC"), (9, 10, "DATE")])
    doc = KnownNames(nlp, {**NAMES, "March": "GPE"})(doc)
    assert _ents(doc) == [("the Pentagon", "FAC"), ("Kherson", "LOC"), ("March", "DATE")]


def test_organisation_spans_named_as_administrative_units_become_places(nlp: Language) -> None:
    words = ["Drones", "hit", "Belgorod", "Oblast", "and", "the", "Kherson", "Regional", "Administration"]
    doc = _doc(nlp, words, ["NOUN", "VERB"] + ["PROPN"] * 2 + ["CCONJ", "DET"] + ["PROPN"] * 3)
    doc.ents = [Span(doc, 2, 4, label="ORG"), Span(doc, 6, 9, label="ORG")]
    doc = KnownNames(nlp, {})(doc)
    assert _ents(doc) == [("Belgorod Oblast", "GPE"), ("Kherson Regional Administration", "ORG")]


def test_a_missed_name_is_added_as_what_it_names(nlp: Language) -> None:
    words = ["Drones", "struck", "Odesa", "after", "the", "National", "Liberation", "Army", "left"]
    pos = ["NOUN", "VERB", "PROPN", "ADP", "DET", "PROPN", "PROPN", "PROPN", "VERB"]
    doc = KnownNames(nlp, NAMES, add=NAMES, actors=ACTORS)(_doc(nlp, words, pos))
    assert _ents(doc) == [("Odesa", "GPE"), ("National Liberation Army", "ORG")]
    assert [e.id_ for e in doc.ents] == ["", "ArmedForce"]


def test_an_armed_group_the_ner_took_for_a_person_is_an_organisation_of_its_class(nlp: Language) -> None:
    words = ["Fighters", "of", "the", "FDLR", "met", "Ecowas", "envoys"]
    pos = ["NOUN", "ADP", "DET", "PROPN", "VERB", "PROPN", "NOUN"]
    doc = KnownNames(nlp, NAMES, actors=ACTORS)(_doc(nlp, words, pos, [(3, 4, "PERSON"), (5, 6, "ORG")]))
    assert [(e.text, e.label_, e.id_) for e in doc.ents] == [
        ("FDLR", "ORG", "ArmedForce"),
        ("Ecowas", "ORG", "InternationalOrganization"),
    ]


def test_an_armed_group_alias_that_is_an_english_word_is_not_added(nlp: Language) -> None:
    words = ["Fans", "cheered", "the", "Tigers", "and", "Hezbollah", "supporters"]
    pos = ["NOUN", "VERB", "DET", "PROPN", "CCONJ", "PROPN", "NOUN"]
    doc = KnownNames(nlp, NAMES, add=NAMES, actors=ACTORS)(_doc(nlp, words, pos))
    assert _ents(doc) == [("Hezbollah", "ORG")]


def test_a_known_name_that_is_an_everyday_word_is_not_added(nlp: Language) -> None:
    words = ["Talks", "may", "Split", "the", "bloc", "as", "Mobile", "units", "move"]
    pos = ["NOUN", "AUX", "PROPN", "DET", "NOUN", "SCONJ", "PROPN", "NOUN", "VERB"]
    doc = KnownNames(nlp, NAMES, add=NAMES)(_doc(nlp, words, pos))
    assert _ents(doc) == []


def test_a_name_is_not_added_where_capitals_do_not_mark_a_name(nlp: Language) -> None:
    # Inside a longer name the NER missed, or lower-case.
    cases = [
        (["the", "Gaza", "Humanitarian", "Foundation", "said"], ["DET", "PROPN", "PROPN", "PROPN", "VERB"]),
        (["they", "hit", "odesa", "again"], ["PRON", "VERB", "PROPN", "ADV"]),
    ]
    for words, pos in cases:
        doc = KnownNames(nlp, NAMES, add=NAMES)(_doc(nlp, words, pos))
        assert _ents(doc) == [], words


def test_an_added_name_never_overlaps_an_entity(nlp: Language) -> None:
    words = ["Fighters", "of", "Hezbollah", "and", "Gaza", "Strip", "groups"]
    pos = ["NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "PROPN", "NOUN"]
    doc = KnownNames(nlp, NAMES, add=NAMES)(_doc(nlp, words, pos, [(4, 6, "LOC")]))
    assert _ents(doc) == [("Hezbollah", "ORG"), ("Gaza Strip", "LOC")]


def test_component_is_configured_from_the_pipeline_config(nlp: Language) -> None:
    blank = spacy.blank("en")
    config = {"names": {"Luhansk": "GPE"}, "add": ["Luhansk"], "actors": {"Al-Shabaab": "ArmedForce"}}
    blank.add_pipe("parley_known_names", config=config)
    restored = spacy.blank("en").from_config(blank.config)
    component = restored.get_pipe("parley_known_names")
    assert component.names == {"Luhansk": "GPE"}  # type: ignore[attr-defined]
    assert component.add == frozenset(["Luhansk"])  # type: ignore[attr-defined]
    assert component.actors == {"al-shabaab": "ArmedForce"}  # type: ignore[attr-defined]


def test_real_pipeline_places_a_city_the_ner_did_not_see(nlp: Language) -> None:
    component = KnownNames(nlp, NAMES, add=NAMES)
    doc = component(nlp("Russian drones struck Odesa overnight, and Armenia protested."))
    assert ("Odesa", "GPE") in _ents(doc)
    assert ("Armenia", "GPE") in _ents(doc)


def test_a_known_name_opening_a_sentence_is_still_a_name(nlp: Language) -> None:
    # "Odesa was quiet", '"Odesa is ours"': capitals by position hide nothing when the word is
    # no everyday word, whatever the tagger guessed; an everyday word stays out ("Split").
    cases = [
        (["Odesa", "was", "quiet"], ["PROPN", "AUX", "ADJ"]),
        (["Odesa", "was", "hit"], ["NOUN", "AUX", "VERB"]),  # the tagger's guess at an unfamiliar word
        (["they", "hit", "Odesa", "again"], ["PRON", "VERB", "NOUN", "ADV"]),
        (["he", "said", '"', "Odesa", "is", "ours"], ["PRON", "VERB", "PUNCT", "PROPN", "AUX", "ADJ"]),
    ]
    for words, pos in cases:
        doc = KnownNames(nlp, NAMES, add=NAMES)(_doc(nlp, words, pos))
        assert [text for text, _label in _ents(doc)] == ["Odesa"], words
    split = KnownNames(nlp, NAMES, add=NAMES)(_doc(nlp, ["Split", "was", "quiet"], ["PROPN", "AUX", "ADJ"]))
    assert _ents(split) == []


def test_an_acronym_opening_a_sentence_is_a_name_even_tagged_a_noun(nlp: Language) -> None:
    words = ["FDLR", "threatened", "to", "attack"]
    doc = KnownNames(nlp, NAMES, add=NAMES, actors=ACTORS)(_doc(nlp, words, ["NOUN", "VERB", "PART", "VERB"]))
    assert _ents(doc) == [("FDLR", "ORG")]


def test_a_known_name_replaces_the_shorter_entity_inside_it(nlp: Language) -> None:
    # "Islamic State" tagged "Islamic"/NORP: the known longer name wins, even opening a sentence
    for words, pos, ents in [
        (["Islamic", "State", "claimed", "it"], ["PROPN", "PROPN", "VERB", "PRON"], [(0, 1, "NORP")]),
        (["fighters", "of", "Islamic", "State"], ["NOUN", "ADP", "PROPN", "PROPN"], [(2, 3, "NORP")]),
    ]:
        doc = KnownNames(nlp, NAMES, add=NAMES)(_doc(nlp, words, pos, ents))
        assert _ents(doc) == [("Islamic State", "ORG")], words


def test_a_known_name_crossing_an_entity_leaves_it_alone(nlp: Language) -> None:
    words = ["the", "Islamic", "State", "Department", "said"]
    pos = ["DET", "PROPN", "PROPN", "PROPN", "VERB"]
    doc = KnownNames(nlp, NAMES, add=NAMES)(_doc(nlp, words, pos, [(2, 4, "ORG")]))
    assert _ents(doc) == [("State Department", "ORG")]


def test_names_known_only_as_places_are_marked_as_places(nlp: Language) -> None:
    component = KnownNames(nlp, {"Pretoria": "GPE", "Iran": "GPE"}, places=["Pretoria"])
    doc = component(nlp("Both sides accused each other of violating the Pretoria agreement and the Iran deal."))
    assert [(e.text, e.id_) for e in doc.ents if e.label_ == "GPE"] == [("Pretoria", "Place"), ("Iran", "")]
