"""Parties an event coder reads off a sentence beyond its words, through the real builder
(linker on): the state a place attacked lies in.

Sentences written for these tests; none comes from an evaluation file."""

from __future__ import annotations

from graph_builder.entities import resolve_document
from graph_builder.ingest import make_document
from graph_builder.pipeline import Builder


def _attack_targets(builder: Builder, text: str) -> list[str]:
    [(_source, extraction)] = builder.extract([make_document("t", text)])
    resolution = resolve_document(extraction, builder.resolver)
    attack = next(e for e in extraction.events if e.event_class == "Attack")
    return [entity.label for ref in attack.targets for entity in resolution.get(ref, ())]


def test_a_place_attacked_stands_for_its_state_when_the_story_names_it(builder: Builder) -> None:
    text = "Ukraine said on Monday that Russian drones had struck Kharkiv overnight."
    assert _attack_targets(builder, text) == ["Kharkiv", "Ukraine"]


def test_a_place_attacked_in_a_story_that_names_no_state_is_only_the_place(builder: Builder) -> None:
    assert _attack_targets(builder, "Russian drones struck Kharkiv overnight.") == ["Kharkiv"]
