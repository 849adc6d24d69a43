"""Quoted first-person accounts: "we" and "I" are the speaker the text names, "us" and "our
convoy" the speaker's side (``extract.attribution.quoted_speakers``).

Sentences written for these tests; none comes from an evaluation file.
"""

from __future__ import annotations

from graph_builder.extract.records import EventRecord


def only(extract, text: str, cls: str) -> EventRecord:  # type: ignore[no-untyped-def]
    events = [e for e in extract(text).events if e.event_class == cls]
    assert len(events) == 1, [e.event_class for e in extract(text).events]
    return events[0]


def texts(refs) -> set[str]:  # type: ignore[no-untyped-def]
    return {r.text for r in refs}


def test_we_in_a_quote_followed_by_its_speaker_is_the_speaker(extract) -> None:  # type: ignore[no-untyped-def]
    text = '"We signed the truce just before dawn," said Omar Haddad, the militia\'s envoy.'
    assert "Omar Haddad" in texts(only(extract, text, "Ceasefire").agents)


def test_a_framing_line_names_who_says_i_in_the_quote_after_it(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Colonel Anna Berg, who led the Swedish company, told the radio programme about that winter. "
        '"I met the Serb commander at the bridge. For two nights they shelled our positions."'
    )
    assert "Anna Berg" in texts(only(extract, text, "Negotiation").agents)
    assert "Anna Berg" in texts(only(extract, text, "Attack").targets)


def test_a_colon_introduces_the_speaker_of_the_quote(extract) -> None:  # type: ignore[no-untyped-def]
    text = 'Leila Nasser, a nurse in Aleppo, recalls: "The jets bombed us every night in December."'
    assert "Leila Nasser" in texts(only(extract, text, "Attack").targets)


def test_we_outside_any_quote_or_with_no_named_speaker_stays_unresolved(extract) -> None:  # type: ignore[no-untyped-def]
    assert not only(extract, "We signed the truce just before dawn in Aden.", "Ceasefire").agents
    text = 'Many said the same. "We signed the truce just before dawn in Aden."'
    assert not only(extract, text, "Ceasefire").agents


def test_a_speaker_who_spoke_to_a_radio_station_says_we(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        'Captain Amina Bello, a ceasefire monitor, spoke to Radio Dabanga about that winter. '
        '"We asked both commanders to meet us in the town, and only the rebels came."'
    )
    assert "Amina Bello" in texts(only(extract, text, "Demand").agents)


def test_an_account_given_as_told_to_a_magazine_is_the_person_introduced_before(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Corporal Anna Weiss was sent to the checkpoint in May. "
        'As told to a local paper: "I asked the militia commander to release the drivers."'
    )
    assert "Anna Weiss" in texts(only(extract, text, "Demand").agents)
