"""A dateline costs the story's first sentence nothing: the build blanks it before parsing.

Sentences written for these tests; none comes from an evaluation file."""

from __future__ import annotations

from graph_builder.build import Builder
from graph_builder.ingest import make_document


def test_the_story_s_first_name_survives_a_dateline(builder: Builder) -> None:
    # the small NER model drops "French" after "BAMAKO, Jan 12 -" when it reads the dateline
    text = "BAMAKO, Jan 12 - French fighter jets struck rebel columns near Konna."
    ((source, extraction),) = list(builder.extract([make_document("d1", text)]))
    (attack,) = extraction.events
    assert [a.text for a in attack.agents] == ["French"]
    assert source.text == text  # the stored text keeps its dateline
    assert all(span.text == text[span.start : span.end] for span in attack.evidence)
