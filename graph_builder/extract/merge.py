"""One node per event: later mentions ("this exchange", "the swap") add evidence to the
event they refer to instead of minting a new one.

A mention joins an earlier event of the same class when it is anaphoric (definite or
demonstrative, no "another"/"new") or when nothing contradicts it (same modality, no
conflicting date, place or number, and the parties overlap or are unknown).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from graph_builder.extract.records import ActorRef, EventRecord


@dataclass
class Candidate:
    """An event mention before merging, with the cues the merge needs."""

    record: EventRecord
    anaphoric: bool = False
    weak_classes: tuple[str, ...] = ()
    new_event: bool = False
    led_to: list[int] = field(default_factory=list)
    nested_in: int | None = None
    sentence: int = -1


def _compatible_values(a: str | int | None, b: str | int | None) -> bool:
    if a is None or b is None:
        return True
    if isinstance(a, str) and isinstance(b, str):
        return a.startswith(b) or b.startswith(a)
    return a == b


def _keys(refs: tuple[ActorRef, ...]) -> set[str]:
    return {r.text.lower() for r in refs}


def _named_keys(refs: tuple[ActorRef, ...]) -> set[str]:
    return {r.text.lower() for r in refs if r.label != "GROUP"}


def _actor_keys(record: EventRecord) -> set[str]:
    refs = record.participants + record.agents + record.targets
    return {r.text.lower() for r in refs if not r.label.startswith("COREF") and r.label != "GROUP"}


def _same_party(a: set[str], b: set[str]) -> bool:
    """Some party in common, by name or as a shorter name of it: "Israeli", "the Israeli military"."""
    if a & b:
        return True
    return any(set(x.split()) <= set(y.split()) or set(y.split()) <= set(x.split()) for x in a for y in b)


NAMED_LABELS = frozenset(["GPE", "ORG", "NORP", "PERSON"])


def _same_doers(event: EventRecord, mention: EventRecord) -> bool:
    """Whether a definite mention may repeat the event: not when both name different doers
    ("Lithuania expelled … Latvia ordered the closure"); a claim by a group named for an
    attack by "militants" still repeats it."""
    named = tuple(a for a in mention.agents if a.label in NAMED_LABELS)
    before = tuple(a for a in event.agents if a.label in NAMED_LABELS)
    # only names of one kind can be told apart here: "Putin" may act for "Russia"
    comparable = {a.label for a in named} & {a.label for a in before}
    return not comparable or _same_party(_keys(before), _keys(named))


def _compatible(event: EventRecord, mention: EventRecord, *, same_sentence: bool = False) -> bool:
    if event.modality != mention.modality:
        return False
    if not _compatible_values(event.date, mention.date):
        return False
    if not same_sentence and not _compatible_values(event.quantity, mention.quantity):
        return False  # in one sentence, two counts describe one event ("4 bases hit and 41 planes")
    if event.location and mention.location and event.location.text.lower() != mention.location.text.lower():
        return False
    # a group of people ("doctors", "villagers") may be anyone's: only named doers tell two events apart
    doers, other_doers = _named_keys(event.agents), _named_keys(mention.agents)
    swap_told_in_halves = same_sentence and event.event_class == "PrisonerExchange"
    if doers and other_doers and not _same_party(doers, other_doers) and not swap_told_in_halves:
        return False  # "Hamas will release hostages, while Israel will free prisoners": two releases
    if same_sentence:
        return True  # "swapped prisoners …, with 205 combatants returned to each side"
    a, b = _actor_keys(event), _actor_keys(mention)
    return not a or not b or _same_party(a, b)


def _more_precise(a: str | None, b: str | None) -> str | None:
    if a is None or b is None:
        return a or b
    return b if len(b) > len(a) and b.startswith(a) else a


def _absorb(event: EventRecord, mention: EventRecord) -> EventRecord:
    """Add a later mention's evidence and any roles or values the event lacked."""

    def union(x: tuple[ActorRef, ...], y: tuple[ActorRef, ...]) -> tuple[ActorRef, ...]:
        return tuple(dict.fromkeys(x + y))

    date = _more_precise(event.date, mention.date)
    place = event.location or mention.location
    # "the Mogadishu bombing" names where the bombing was, not who bombed
    mention_agents = tuple(a for a in mention.agents if not (place and a.text.lower() == place.text.lower()))
    return replace(
        event,
        evidence=event.evidence + tuple(s for s in mention.evidence if s not in event.evidence),
        triggers=event.triggers + tuple(s for s in mention.triggers if s not in event.triggers),
        participants=union(event.participants, mention.participants),
        agents=union(event.agents, mention_agents),
        targets=union(event.targets, mention.targets),
        reported_by=union(event.reported_by, mention.reported_by),
        location=event.location or mention.location,
        date=date,
        date_text=mention.date_text if date != event.date else (event.date_text or mention.date_text),
        quantity=event.quantity if event.quantity is not None else mention.quantity,
        quantity_text=event.quantity_text or mention.quantity_text,
        fatalities=event.fatalities if event.fatalities is not None else mention.fatalities,
        injuries=event.injuries if event.injuries is not None else mention.injuries,
        confidence=min(0.95, max(event.confidence, mention.confidence) + 0.05),
    )


def _names(record: EventRecord) -> set[str]:
    return _actor_keys(record) | ({record.location.text.lower()} if record.location else set())


def _target_for(events: list[EventRecord], sentences: list[set[int]], candidate: Candidate) -> int | None:
    mention = candidate.record
    classes = candidate.weak_classes or (mention.event_class,)
    if candidate.anaphoric and _names(mention):
        # "the Mogadishu bombing" after attacks in three towns: the one in Mogadishu
        for index in range(len(events) - 1, -1, -1):
            if events[index].event_class in classes and _names(events[index]) & _names(mention):
                return index
    for index in range(len(events) - 1, -1, -1):
        event = events[index]
        if event.event_class not in classes:
            continue
        if candidate.anaphoric and not _same_doers(event, mention):
            continue  # "Lithuania expelled … Latvia ordered the closure of …": another party's act
        if candidate.anaphoric or candidate.weak_classes:
            return index
        same_sentence = candidate.sentence in sentences[index]
        if not candidate.new_event and _compatible(event, mention, same_sentence=same_sentence):
            return index
    if candidate.anaphoric and mention.event_class == "Agreement":
        # "Under the deal, …" after a ceasefire was announced: the deal is the truce.
        return next((i for i in range(len(events) - 1, -1, -1) if events[i].event_class == "Ceasefire"), None)
    return None


def merge_candidates(candidates: list[Candidate]) -> tuple[list[EventRecord], list[int | None]]:
    """Merge mentions into events; also return, per candidate, the event it became."""
    events: list[EventRecord] = []
    sentences: list[set[int]] = []
    where: list[int | None] = []
    for candidate in candidates:
        target = _target_for(events, sentences, candidate)
        if target is not None:
            events[target] = _absorb(events[target], candidate.record)
            sentences[target].add(candidate.sentence)
            where.append(target)
        elif candidate.weak_classes:
            where.append(None)  # a bare "the operation" with nothing to refer to
        else:
            events.append(candidate.record)
            sentences.append({candidate.sentence})
            where.append(len(events) - 1)
    return events, where
