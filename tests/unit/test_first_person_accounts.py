"""Quoted first-person accounts: "we" and "I" are the speaker the text names, "us" and "our
convoy" the speaker's side (``extract.attribution.quoted_speakers``).

Sentences written for these tests; none comes from an evaluation file.
"""

from __future__ import annotations

import pytest

from graph_builder.extract.records import EventRecord


def only(extract, text: str, cls: str) -> EventRecord:  # type: ignore[no-untyped-def]
    events = [e for e in extract(text).events if e.event_class == cls]
    assert len(events) == 1, [e.event_class for e in extract(text).events]
    return events[0]


def texts(refs) -> set[str]:  # type: ignore[no-untyped-def]
    return {r.text for r in refs}


@pytest.mark.parametrize(
    ("text", "cls", "role", "speaker"),
    [
        # the speech verb after the quote
        ('"We signed the truce just before dawn," said Omar Haddad, the militia\'s envoy.', "Ceasefire", "agents",
         "Omar Haddad"),
        # a framing line before it, for "I" and for "our positions"
        ("Colonel Anna Berg, who led the Swedish company, told the radio programme about that winter. "
         '"I met the Serb commander at the bridge. For two nights they shelled our positions."', "Negotiation",
         "agents", "Anna Berg"),
        ("Colonel Anna Berg, who led the Swedish company, told the radio programme about that winter. "
         '"I met the Serb commander at the bridge. For two nights they shelled our positions."', "Attack",
         "targets", "Anna Berg"),
        # a colon after the speech verb
        ('Leila Nasser, a nurse in Aleppo, recalls: "The jets bombed us every night in December."', "Attack",
         "targets", "Leila Nasser"),
        # whoever spoke to a station
        ("Captain Amina Bello, a ceasefire monitor, spoke to Radio Dabanga about that winter. "
         '"We asked both commanders to meet us in the town, and only the rebels came."', "Demand", "agents",
         "Amina Bello"),
        # an account "as told to" a paper: the person introduced just before
        ("Corporal Anna Weiss was sent to the checkpoint in May. "
         'As told to a local paper: "I asked the militia commander to release the drivers."', "Demand", "agents",
         "Anna Weiss"),
    ],
)
def test_the_speaker_the_text_names_around_a_quote_is_its_we_and_i(  # type: ignore[no-untyped-def]
    extract, text: str, cls: str, role: str, speaker: str
) -> None:
    assert speaker in texts(getattr(only(extract, text, cls), role))


def test_we_outside_any_quote_or_with_no_named_speaker_stays_unresolved(extract) -> None:  # type: ignore[no-untyped-def]
    assert not only(extract, "We signed the truce just before dawn in Aden.", "Ceasefire").agents
    text = 'Many said the same. "We signed the truce just before dawn in Aden."'
    assert not only(extract, text, "Ceasefire").agents
