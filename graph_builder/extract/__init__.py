"""Doc → events and relations: a pure function of one parsed document.

No global state: the trigger matcher is built once per pipeline by :class:`Extractor`
and only read here, so documents can be extracted in worker processes.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from graph_builder.extract import lexicon as lx
from graph_builder.extract.actors import (
    ACTOR_LABELS,
    COREF_OFFICE,
    COREF_PAIR,
    COREF_SIDES,
    FILING_STATE,
    GENERIC,
    PLACE_LABELS,
    actors_for,
    entity_index,
    ref_from_span,
    speaks_for_state,
)
from graph_builder.extract.attach import owning_trigger, phrase_top
from graph_builder.extract.attribution import headline_speaker, quoted_speakers, reporters, transcript_speakers
from graph_builder.extract.cameo_verbs import classify_verb
from graph_builder.extract.cues import is_suppressed, modality
from graph_builder.extract.dates import resolve_date, timeline_headings
from graph_builder.extract.learned import revise_triggers
from graph_builder.extract.merge import NAMED_LABELS, Candidate, merge_candidates
from graph_builder.extract.quantities import VAGUE, quantity_of
from graph_builder.extract.records import ActorRef, DocumentExtraction, EventRecord, TextSpan
from graph_builder.extract.relations import find_relations
from graph_builder.extract.roles import SYMMETRIC, nominal_roles, qualifies_its_noun, subject_of, verbal_roles
from graph_builder.extract.triggers import (
    ACTOR_ENTITY_TYPES,
    QUOTE_MARKS,
    Trigger,
    build_trigger_matcher,
    find_triggers,
)
from graph_builder.nlp.document_names import dateline_end, filed_from
from graph_builder.nlp.known_names import PLACE

__all__ = ["Extractor", "extract_document"]

LOCATION_PREPS = frozenset(["in", "at", "near", "inside", "outside", "across", "around", "off", "within"])
NOT_QUANTITY_LABELS = frozenset(
    ["DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "ORG", "GPE", "PERSON", "NORP", "FAC", "LOC", "EVENT", "LAW"]
)
MAX_EVIDENCE_TOKENS = 30
AGE_WORDS = frozenset(["age", "aged", "old"])
NEEDS_AGENT = frozenset(["Demand", "Threat", "Statement", "Accusation"])
HANDOVER_CLASSES = frozenset(["Repatriation", "Release"])


class Extractor:
    """Holds what extraction reads but never changes (the trigger matcher)."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = build_trigger_matcher(nlp)

    def __call__(self, doc: Doc, doc_id: str, published: date | None) -> DocumentExtraction:
        return extract_document(doc, doc_id, published, self.matcher)


def extract_document(doc: Doc, doc_id: str, published: date | None, matcher: Matcher) -> DocumentExtraction:
    ents = entity_index(doc)
    triggers = {t.token.i: t for t in revise_triggers(doc, find_triggers(doc, matcher))}
    owners = {phrase_top(t.token).i: i for i, t in triggers.items() if t.nominal} | {i: i for i in triggers}
    modes = {i: modality(t.token, t.nominal) for i, t in triggers.items()}
    dates = _attach_dates(doc, modes, owners, published)
    tokens = list(doc)  # spaCy makes a new Token object per access: reuse one list
    places = _attack_places(triggers, ents) | _attach_places(doc, tokens, owners, ents)
    body = dateline_end(doc)  # the first token after "KYIV, March 16 -": no evidence or number before it
    numbers = _attach_quantities(tokens[body:], triggers, owners)
    speech_dates = _report_dates(doc, triggers, published)
    entry_dates = _timeline_dates(doc, triggers, published)
    turns = transcript_speakers(doc, ents, filed_from(doc))
    speakers = turns | quoted_speakers(doc, ents)
    order: list[int] = []
    candidates: list[Candidate] = []
    back_matter = _back_matter_start(doc)
    for index, trigger in triggers.items():
        if is_suppressed(trigger.token, trigger.nominal, conditional_content=trigger.event_class == "Threat"):
            continue
        if trigger.token.idx >= back_matter:
            continue  # "== See also == * 2007 Bagram Airfield bombing": a list of articles, no event told
        when = dates.get(index) or speech_dates.get(index) or entry_dates.get(index)
        record = _record(trigger, modes[index], ents, when, places.get(index), numbers.get(index), body)
        if index in speakers:
            record = _in_the_speakers_words(trigger, record, speakers[index])
        if index in turns:
            record = _told_in_a_turn(record, turns[index])
        if record.event_class in NEEDS_AGENT and not trigger.nominal and not _has_speaker(trigger.token, record):
            continue  # "it calls on Rwanda": a demand or threat by no one we can name is noise
        candidates.append(_candidate(trigger, record))
        order.append(index)
    for trigger, record in _headline_statements(doc, ents, triggers, body):
        triggers[trigger.token.i] = trigger
        candidates.append(_candidate(trigger, record))
        order.append(trigger.token.i)
    _link_candidates(candidates, order, triggers)
    events, where = merge_candidates(candidates)
    events = _propagate(events, candidates, where)
    _target_doers_of_condemned_deeds(events, where, [triggers[i].token for i in order])
    _captors_free_their_captives(events)
    events = [_with_sides_of_the_story(_with_parties_of_its_sentence(e, doc)) for e in events]
    mentions = tuple(
        ref_from_span(e, e.label_, as_place=_in_place_phrase(e)) for e in doc.ents if e.label_ in ACTOR_LABELS
    )
    return DocumentExtraction(doc_id, tuple(events), tuple(find_relations(doc, tokens, ents)), mentions)


# A wiki article's closing sections ("== See also ==", "== References =="): links and sources,
# no event the article tells.
BACK_MATTER_HEADING = re.compile(
    r"==+\s*(?:See also|References|External links|Further reading|Notes|Bibliography)\s*==+", re.IGNORECASE
)


def _back_matter_start(doc: Doc) -> int:
    heading = BACK_MATTER_HEADING.search(doc.text)
    return heading.start() if heading is not None else len(doc.text)


FIRST_PERSON = frozenset(["i", "we", "me", "us", "my", "our"])
MOTION_PREPS = frozenset(["from", "to", "into", "towards", "across", "over"])
# Where a name stands as a party of its clause, not as a word describing a thing.
PARTY_DEPS = frozenset(["nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "dative", "agent"])


def _with_parties_of_its_sentence(event: EventRecord, doc: Doc) -> EventRecord:
    """An event whose roles the parse gave no party takes the parties its sentence names, as
    plain participants: "Delegates of X and Y met …" misparsed still tells who met, as an event
    coder reading the sentence would code it. Places, the speaker who tells it and names that
    only describe a thing ("under the Maltese flag") are no parties."""
    # "the Secretary" may name no one the story named before, so it does not count yet
    parties = [r for r in (*event.participants, *event.agents, *event.targets) if r.label != COREF_OFFICE]
    if parties or not event.triggers:
        return event
    trigger = doc.char_span(event.triggers[0].start, event.triggers[0].end)
    if trigger is None:
        return event
    sentence = trigger[0].sent
    where = event.location.text if event.location is not None else None
    named = [
        e for e in doc.ents
        if e.label_ in ACTOR_ENTITY_TYPES and sentence.start <= e.start and e.end <= sentence.end and e.text != where
        and not _in_place_phrase(e) and not _place_of_motion(e) and _names_a_party(e)
    ]
    if not named:
        return event
    return replace(event, participants=tuple(dict.fromkeys(ref_from_span(e, e.label_) for e in named)))


SIDED_CLASSES = frozenset(["Ceasefire", "Agreement", "Negotiation"])


def _with_sides_of_the_story(event: EventRecord) -> EventRecord:
    """A truce, deal or round of talks its sentence gives no party ("the ceasefire that took
    hold on Sunday", "the talks resumed") is between the two sides the story named last
    before it, as a reader takes it."""
    has_parties = bool(event.participants or event.agents or event.targets)
    if event.event_class not in SIDED_CLASSES or has_parties or not event.triggers:
        return event
    trigger = event.triggers[0]
    return replace(event, participants=(ActorRef(trigger.text, trigger.start, trigger.end, COREF_SIDES),))


def _headline_statements(
    doc: Doc, ents: dict[int, Span], triggers: dict[int, Trigger], body: int
) -> list[tuple[Trigger, EventRecord]]:
    """ "Tehran: Israeli claims 'baseless'": a headline line's speaker states or, in the words of
    a crime, accuses; a line that tells an event of its own or a tally ("Health ministry: 24
    killed") is that event's, or nothing."""
    found = []
    for sentence in doc.sents:
        if sentence.start < body:
            continue
        heard = headline_speaker(sentence, ents)
        if heard is None or sentence.text.rstrip().endswith("?"):
            continue  # a question claims nothing
        words, speakers = heard
        colon = doc[words.end]
        rest = doc[colon.i + 1 : sentence.end]
        quoted = any(t.text in QUOTE_MARKS for t in rest)
        places_only = all(ents[t.i].label_ == "GPE" for t in words if t.i in ents)
        condemned = any(t.lemma_.lower() in lx.CONDEMNING_NOUNS for t in rest)  # "the raid was 'a crime'"
        told = any(t.i in triggers for t in rest) and not condemned
        if (places_only and not quoted) or told or any(t.like_num for t in rest):
            continue  # "Kharkiv: two killed", "Kyiv: strike hits port": a scene or an event's own line
        cls = "Accusation" if condemned else "Statement"
        end = sentence.end
        while end > colon.i + 1 and doc[end - 1].is_punct and doc[end - 1].text not in QUOTE_MARKS:
            end -= 1
        line = doc[words.start : end]
        record = EventRecord(
            event_class=cls,
            evidence=(TextSpan(line.start_char, line.end_char, line.text),),
            triggers=(TextSpan(colon.idx, colon.idx + 1, colon.text),),
            agents=tuple(speakers),
            confidence=0.6,
        )
        found.append((Trigger(colon, cls, nominal=False), record))
    return found


def _place_of_motion(ent: Span) -> bool:
    """ "a missile fired from Yemen", "flew to Doha": where from or to, not who."""
    return ent.label_ in PLACE_LABELS and ent.root.dep_ == "pobj" and ent.root.head.lower_ in MOTION_PREPS


def _names_a_party(ent: Span) -> bool:
    """A name standing as a noun phrase of the clause ("Yemen's Houthis", "talks with Hamas"),
    not a word describing a thing ("under the Maltese flag")."""
    root = ent.root
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in lx.SPEECH_VERBS:
        return False  # "…, the State Department said": who tells it, not who takes part
    if root.dep_ in PARTY_DEPS:
        return True
    return root.dep_ == "poss" or (root.dep_ in ("compound", "amod") and root.head.dep_ in ("nsubj", "nsubjpass"))


def _has_speaker(token: Token, record: EventRecord) -> bool:
    """A named agent, or a subject that is a noun phrase ("the paper urges", "physicians warned"),
    not a pronoun whose referent was not found."""
    return bool(record.agents) or any(s.pos_ in ("NOUN", "PROPN") for s in subject_of(token))


def _in_place_phrase(ent: Span) -> bool:
    """ "hospitals in Khartoum": a place name after a locative preposition is the place, not
    the state its capital can stand for ("dissent in Hamas" stays an organisation)."""
    in_place = ent.label_ in PLACE_LABELS and ent.root.dep_ == "pobj" and ent.root.head.lower_ in LOCATION_PREPS
    return in_place and not speaks_for_state(ent)


def _object_edge(obj: Token) -> int:
    """Where an object phrase ends, short of a participle qualifying it: "freed two fishermen
    seized off Sabah" frees the fishermen; their seizure is an event of its own."""
    qualifiers = [c for c in obj.children if qualifies_its_noun(c) and c.i > obj.i]
    if not qualifiers:
        return obj.right_edge.i
    return max([obj.i] + [t.i for t in obj.subtree if t.i < qualifiers[0].left_edge.i])


def _evidence(trigger: Trigger, body: int) -> TextSpan:
    token = trigger.token
    doc = token.doc
    if trigger.nominal:
        top = phrase_top(token)
        left, right = top.left_edge.i, top.right_edge.i
    else:
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        objects = [c for c in token.children if c.dep_ in ("dobj", "prt", "agent")]
        if token.lemma_.lower() in lx.SPEAKING_VERBS:
            # "Prague said it would expel more diplomats if …": what was said is the threat or demand
            objects += [c for c in token.children if c.dep_ == "ccomp"]
        left = min([s.left_edge.i for s in subjects] + [token.i])
        right = max([_object_edge(o) for o in objects] + [token.i])
    left = max(left, token.i - MAX_EVIDENCE_TOKENS, token.sent.start, body)
    right = min(right, token.i + MAX_EVIDENCE_TOKENS, token.sent.end - 1)
    while right > left and (doc[right].is_punct or doc[right].is_space):
        right -= 1  # a headline's line break belongs to no event's words
    span = doc[left : right + 1]
    return TextSpan(span.start_char, span.end_char, span.text)


def _record(
    trigger: Trigger,
    mode: str,
    ents: dict[int, Span],
    when: tuple[str | None, str] | None,
    where: ActorRef | None,
    number: tuple[int | None, str, str] | None,
    body: int,
) -> EventRecord:
    cls = trigger.event_class
    roles = (nominal_roles if trigger.nominal else verbal_roles)(trigger.token, cls, ents)
    if cls == "Release" and _is_reciprocal(trigger.token, roles.agents):
        cls = "PrisonerExchange"
        roles = replace(roles, participants=roles.participants + roles.agents, agents=(), targets=())
    quantity = fatalities = injuries = None
    quantity_text = None
    if number is not None:
        value, text, kind = number
        if kind == "fatalities":
            fatalities = value
        elif kind == "injuries":
            injuries = value
        else:
            quantity, quantity_text = value, text
    if cls == "Threat" and not trigger.nominal and trigger.token.lemma_.lower() in lx.SPEAKING_VERBS:
        # "the spokesman said the TDF would keep fighting": the party that would act threatens too
        doers = [s for c in trigger.token.children if c.dep_ == "ccomp" for s in subject_of(c) if s.pos_ != "PRON"]
        acting = tuple(a for s in doers for a in actors_for(s, ents) if a not in roles.agents)
        roles = replace(roles, agents=roles.agents + acting)
    reported_by = tuple(reporters(trigger.token, ents))
    if cls == "Aid" and not roles.agents:
        # Aid agencies report their own deliveries: "… reached Darfur, the WFP says".
        roles = replace(roles, agents=reported_by)
    if cls == "Statement" and not trigger.nominal and reported_by:
        # "Trump said the United States would withdraw from the deal": he declares it
        roles = replace(roles, agents=roles.agents + tuple(r for r in reported_by if r not in roles.agents))
    has_roles = bool(roles.participants or roles.agents or roles.targets)
    return EventRecord(
        event_class=cls,
        evidence=(_evidence(trigger, body),),
        triggers=tuple(TextSpan(t.idx, t.idx + len(t.text), t.text) for t in _naming_words(trigger)),
        participants=roles.participants,
        agents=roles.agents,
        targets=roles.targets,
        location=where,
        date=when[0] if when else None,
        date_text=when[1] if when else None,
        quantity=quantity,
        quantity_text=quantity_text,
        fatalities=fatalities,
        injuries=injuries,
        reported_by=reported_by,
        modality=mode,
        confidence=(0.75 if has_roles else 0.55) + (0.1 if not trigger.nominal else 0.0),
    )


def _in_the_speakers_words(trigger: Trigger, record: EventRecord, speaker: list[ActorRef]) -> EventRecord:
    """In a quoted account, "we"/"I" did what the speaker's side did, and "us", "me", "our
    convoy" are the speaker's side: "We negotiated line by line", "they shelled our positions"."""
    token = trigger.token
    verb = token if not trigger.nominal else _supported_by(token)
    if verb is None:
        return record
    subjects = subject_of(verb)  # "I stood … and asked both crowds": the first verb's subject
    doers = [c for c in subjects if c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON]
    sufferers = [c for c in subjects if c.dep_ == "nsubjpass" and c.lower_ in FIRST_PERSON]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    sufferers += [o for o in objects if o.lower_ in FIRST_PERSON or any(
        c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in o.children)]  # fmt: skip
    new = tuple(r for r in speaker if r not in record.agents + record.targets + record.participants)
    if doers and not record.agents:
        return replace(record, agents=new)
    if sufferers and not trigger.nominal and not record.targets:
        return replace(record, targets=new)
    return record


def _told_in_a_turn(record: EventRecord, speaker: list[ActorRef]) -> EventRecord:
    """What a named speaker tells in their turn of a debate ("Lord Smith: … Ukraine and Russia
    exchanged prisoners") is reported by them, as after "said"; not what they do themselves,
    nor a briefing's "we", which names a state and no one who speaks."""
    named = [r for r in speaker if r.label != FILING_STATE]
    if not named or record.reported_by or any(r in record.agents for r in named):
        return record
    return replace(record, reported_by=tuple(named))


def _supported_by(noun: Token) -> Token | None:
    """The verb whose subject does what a noun names: "we signed the agreement"."""
    top = phrase_top(noun)
    return top.head if top.dep_ == "dobj" and top.head.pos_ == "VERB" else None


def _naming_words(trigger: Trigger) -> list[Token]:
    """The trigger, and the verb that names the same event when the trigger is its object
    ("convened a summit", "launched an offensive", "imposed an embargo")."""
    token = trigger.token
    top = phrase_top(token)
    verb = top.head
    if not trigger.nominal or top.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB":
        return [token]
    cls = lx.VERB_TRIGGERS.get(verb.lemma_.lower())
    if cls is None:
        found = classify_verb(verb)
        cls = found.event_class if found is not None else None
    return sorted([token, verb], key=lambda t: t.i) if cls == trigger.event_class else [token]


def _is_reciprocal(token: Token, agents: tuple[ActorRef, ...]) -> bool:
    """ "the two sides released", "returned to each side": a release both ways is a swap."""
    words = {t.lower_ for t in token.subtree} | {
        t.lower_ for s in token.children if s.dep_ == "nsubj" for t in s.subtree
    }
    # "freed four hostages in return for 200 prisoners"; "Hamas handed over hostages and Israel
    # freed prisoners in return": a release answered by another in one sentence is one swap
    swapped = any(map(_in_return, (token, *_released_alongside(token))))
    return swapped or bool({"each", "both"} & words) or any(a.label == "COREF_PAIR" for a in agents)


def _in_return(verb: Token) -> bool:
    """ "in return" or "in exchange" said of this verb's act, wherever the parse hangs it
    ("freed prisoners from its prisons in return")."""
    for word in verb.subtree:
        if word.lower_ == "in" and any(o.lemma_.lower() in ("return", "exchange") for o in word.children):
            owner = word.head
            while owner.pos_ not in ("VERB", "AUX") and owner.head is not owner:
                owner = owner.head
            if owner == verb:
                return True
    return False


def _released_alongside(token: Token) -> list[Token]:
    """Verbs of release joined to this one by "and": "Hamas handed over … and Israel freed …"."""
    if token.pos_ != "VERB":
        return []
    return [c for c in token.conjuncts if c.pos_ == "VERB" and lx.VERB_TRIGGERS.get(c.lemma_.lower()) == "Release"]


def _candidate(trigger: Trigger, record: EventRecord) -> Candidate:
    token = trigger.token
    dets = {c.lower_ for c in token.children if c.dep_ in ("det", "poss", "amod")}
    referring = phrase_top(token).dep_ == "dobj" and phrase_top(token).head.lemma_.lower() in lx.REFERRING_VERBS
    definite = bool(dets & lx.ANAPHORIC_DETERMINERS) or referring
    anaphoric = trigger.nominal and definite and not (dets & lx.NEW_EVENT_MODIFIERS)
    if not trigger.nominal:
        # "another ballistic missile … slammed into": the subject says it is a new event.
        dets |= {d.lower_ for s in token.children if s.dep_ in ("nsubj", "nsubjpass") for d in s.children}
        # "Hours later, a missile struck …": the clause moves the story on to another event,
        # unless an event noun is its subject and already began it ("Separately, a drone strike killed")
        shifts = [c for c in token.children if c.dep_ in ("advmod", "npadvmod") and c.i < token.i]
        named_by_subject = any(s.dep_ == "nsubj" and s.lemma_.lower() in lx.NOUN_TRIGGERS for s in token.children)
        if not named_by_subject:
            dets |= {t.lower_ for c in shifts for t in c.subtree} & lx.TIME_SHIFT_WORDS
    verb = token if not trigger.nominal else phrase_top(token).head
    if verb.pos_ in ("VERB", "AUX") and _answers_another(verb):
        dets.add("later")
    return Candidate(
        record=record,
        anaphoric=anaphoric and not _has_own_arguments(record),
        weak_classes=trigger.candidates if trigger.weak else (),
        new_event=bool(dets & (lx.NEW_EVENT_MODIFIERS | lx.TIME_SHIFT_WORDS)),
        sentence=token.sent.start,
    )


def _answers_another(verb: Token) -> bool:
    """ "struck back in retaliation", "carried out strikes in the hours that followed": an act
    in answer to an earlier one is another event, whatever it shares with it."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during")):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if pobj.lemma_.lower() in lx.RESPONSE_NOUNS:
                return True
            if pobj.lemma_.lower() in ("hour", "day", "week") and any(
                c.dep_ == "relcl" and c.lemma_.lower() == "follow" for c in pobj.children
            ):
                return True
    return False


def _has_own_arguments(record: EventRecord) -> bool:
    """A definite phrase with its own date or number introduces, not repeats, an event."""
    return record.quantity is not None or (record.date is not None and record.location is not None)


def _link_candidates(candidates: list[Candidate], order: list[int], triggers: dict[int, Trigger]) -> None:
    """Record "A led to B" / "B was a result of A" and events nested in agreements."""
    position = {token_index: n for n, token_index in enumerate(order)}
    for n, token_index in enumerate(order):
        token = triggers[token_index].token
        for other_index, m in position.items():
            other = triggers[other_index].token
            if m != n and _leads_to(token, other):
                candidates[n].led_to.append(m)
        if candidates[n].record.event_class in ("Agreement", "Ceasefire"):
            scope = token.head.subtree if token.dep_ in ("nsubj", "nsubjpass") else token.subtree
            for t in scope:
                if t.i in position and t.i != token_index:
                    candidates[position[t.i]].nested_in = n


def _leads_to(cause: Token, effect: Token) -> bool:
    head = cause.head
    if cause.dep_ == "nsubj" and head.lemma_ == "lead":
        return any(p.lower_ == "to" and effect in p.children for p in head.children)
    if effect.dep_ == "nsubj" and head.lemma_ == "be":
        return False
    ancestor = cause.head
    return (
        ancestor.lower_ == "of"
        and ancestor.head.lemma_ in ("result", "outcome", "product")
        and any(c == effect for c in ancestor.head.head.children if c.dep_ == "nsubj")
    )


def _propagate(events: list[EventRecord], candidates: list[Candidate], where: list[int | None]) -> list[EventRecord]:
    """Results of talks inherit the talks' parties, place and date; nested plans inherit the agreement's parties."""
    links = [(where[n], where[m]) for n, c in enumerate(candidates) for m in c.led_to]
    for cause, effect in links:
        if cause is None or effect is None or cause == effect:
            continue
        events[cause] = replace(events[cause], led_to=tuple(dict.fromkeys((*events[cause].led_to, effect))))
        events[effect] = _inherit(events[effect], events[cause], place_and_date=True, union=True)
    _share_sentence_parties(events, candidates, where)
    _pair_from_earlier_sides(events)
    for n in range(len(candidates)):
        talks = _talks_before(events, candidates, where, n)
        if talks is not None and where[n] is not None and where[n] != talks:
            same = candidates[n].sentence in {c.sentence for m, c in enumerate(candidates) if where[m] == talks}
            events[where[n]] = _inherit(events[where[n]], events[talks], place_and_date=same)  # type: ignore[index]
    for n, candidate in enumerate(candidates):
        inner, outer = where[n], (where[candidate.nested_in] if candidate.nested_in is not None else None)
        if inner is not None and outer is None and candidate.nested_in is None:
            events[inner] = _inherit_discourse_parties(events, inner)
        if inner is not None and outer is not None and inner != outer:
            events[inner] = _inherit(events[inner], events[outer], place_and_date=False)
    return events


def _pair_from_earlier_sides(events: list[EventRecord]) -> None:
    """ "…accused each other of violating the deal. The AU called on both sides to …": "both
    sides" are the two parties of the story's fighting when it told of any ("Government troops
    and rebels fought for Malakal … Each side blamed the other"), else of the latest event that
    had two, when the story named them."""
    sides: tuple[ActorRef, ...] | None = None
    fighting: Counter[str] = Counter()
    fighters: dict[str, ActorRef] = {}
    for n, event in enumerate(events):
        actors = [*event.agents, *event.targets, *event.participants]
        pairs = [a for a in actors if a.label == COREF_PAIR]
        belligerents = tuple(fighters[name] for name, _ in fighting.most_common(2))
        # talks and deals are the parties' a story last named together, or its two states
        # (``entities.resolve_document``): "Both sides agreed to meet" after a border clash
        # means Pakistan and Afghanistan, not their forces
        talking = event.event_class in ("Agreement", "Negotiation")
        chosen = sides if talking else belligerents or sides
        if pairs and chosen is not None:
            # the pair never includes who speaks to it ("the AU called on both sides")
            if not set(chosen) & set(event.agents):
                events[n] = replace(
                    event,
                    agents=_swap(event.agents, pairs, chosen),
                    targets=_swap(event.targets, pairs, chosen),
                    participants=_swap(event.participants, pairs, chosen),
                )
            continue
        # "Kiir and Machar signed …; each side accused the other"
        named = list(dict.fromkeys(a for a in actors if a.label in NAMED_LABELS and not a.as_place))
        if len(named) == 2 and not pairs:
            sides = (named[0], named[1])
        if event.event_class == "Attack" and event.modality == "Asserted":
            where = event.location.text if event.location is not None else None
            for actor in actors:  # "an assault on Tskhinvali" names a place, not a side
                if actor.label in NAMED_LABELS | {GENERIC} and not actor.as_place and actor.text != where:
                    name = actor.text.lower()
                    fighting[name] += 1
                    fighters.setdefault(name, actor)


def _swap(refs: tuple[ActorRef, ...], pairs: list[ActorRef], sides: tuple[ActorRef, ...]) -> tuple[ActorRef, ...]:
    if not any(r in pairs for r in refs):
        return refs
    return tuple(dict.fromkeys(s for r in refs for s in (sides if r in pairs else (r,))))


def _target_doers_of_condemned_deeds(events: list[EventRecord], where: list[int | None], tokens: list[Token]) -> None:
    """ "Seoul condemned the launch", "Hamas denounced the strikes as a massacre": the accusation
    is aimed at whoever carried out the deed it names; and "the army blamed the RSF for the
    attack": a deed that names no doer has the one it is blamed on (the blame is its own event)."""
    at = {token.i: where[n] for n, token in enumerate(tokens)}
    for n, token in enumerate(tokens):
        index = where[n]
        if index is None or events[index].event_class != "Accusation" or token.pos_ != "VERB":
            continue
        deeds = [c for c in token.children if c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP")]
        if token.dep_ == "relcl":
            deeds.append(token.head)  # "the attack, which Western governments blamed on …"
        # "blamed the RSF for the attack", "accused Russian units of shelling Ukrainian positions"
        deeds += [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "of") for g in c.children]
        # the parser may hang "of shelling" on the accused: "accused [Russian units of shelling]"
        deeds += [g for d in deeds[:] if d.dep_ == "dobj" for c in d.children if c.lower_ == "of" for g in c.children]
        if token.dep_ == "advcl":  # "a drone strike killed two men, an official said, blaming Turkey"
            head = token.head
            deeds.append(head.head if head.dep_ == "parataxis" and head.lemma_.lower() in lx.SPEECH_VERBS else head)
        deed_events = [i for deed in deeds if (i := at.get(deed.i)) is not None and i != index]
        accused = events[index].targets
        if accused:
            for deed_index in deed_events:
                if not events[deed_index].agents:
                    events[deed_index] = replace(events[deed_index], agents=accused)
            continue
        doers = [ref for deed_index in deed_events for ref in events[deed_index].agents]
        if doers:
            events[index] = replace(events[index], targets=tuple(dict.fromkeys(doers)))


# Words by which an attack names a seizure of people: "abducted", "was seized", "the kidnapping".
ABDUCTION_STEMS = ("abduct", "kidnap", "seiz", "snatch", "taken", "hostage")


def _captors_free_their_captives(events: list[EventRecord]) -> None:
    """ "A priest abducted eleven days ago has been released … He was seized by gunmen": a release
    that names no one freeing is the captors' (CAMEO 0841), told by the abduction that names them.
    Only one abduction with a named doer in the story, or the one whose captives it frees."""
    abductions = [e for e in events if e.event_class == "Attack" and e.agents and _names_an_abduction(e)]
    for index, event in enumerate(events):
        if event.event_class != "Release" or event.agents or not abductions:
            continue
        freed = {r.text for r in event.targets}
        same = [a for a in abductions if freed & {r.text for r in a.targets}]
        captors = same[0] if same else abductions[0] if len(abductions) == 1 else None
        if captors is not None:
            targets = tuple(dict.fromkeys(event.targets + captors.targets))
            events[index] = replace(event, agents=captors.agents, targets=targets)


def _names_an_abduction(event: EventRecord) -> bool:
    return any(t.text.lower().startswith(ABDUCTION_STEMS) for t in event.triggers)


def _share_sentence_parties(events: list[EventRecord], candidates: list[Candidate], where: list[int | None]) -> None:
    """A truce or deal named with no parties, or talks named only with their host, are between
    the actors of their own sentence.

    "…handed by Hamas … for the release of prisoners by Israel, days before the truce
    was set to expire": the truce is between Hamas and Israel.
    """
    for n, candidate in enumerate(candidates):
        index = where[n]
        if index is None or events[index].event_class not in ("Ceasefire", "Agreement", "Negotiation"):
            continue
        talks = events[index].event_class == "Negotiation"
        named = [r for r in events[index].participants if r.label != "GROUP"]
        # talks "hosted by Cuba" name the host, not the sides: they come from the deal beside them
        sides_missing = len(named) == 1 if talks else not named
        if not sides_missing:
            continue
        others = [
            ref
            for m, other in enumerate(candidates)
            if other.sentence == candidate.sentence and where[m] not in (None, index)
            if not talks or other.record.event_class in ("Agreement", "Ceasefire")
            if other.record.event_class != "Threat"  # "dismissed the truce and said the TDF would keep fighting"
            for ref in other.record.agents + other.record.participants
            if ref.label in ("GPE", "ORG", "NORP")
        ]
        if len({r.text for r in others}) >= 2:
            events[index] = replace(events[index], participants=tuple(dict.fromkeys([*named, *others])))


def _inherit_discourse_parties(events: list[EventRecord], index: int) -> EventRecord:
    """Talks or deals with no named parties are between the parties of the story so far.

    "Armenia and Azerbaijan exchanged prisoners … before peace talks resume": the talks are
    theirs. Only the latest earlier two-sided event with two named parties is used.
    """
    event = events[index]
    if event.event_class not in ("Negotiation", "Agreement", "Ceasefire", "PrisonerExchange") or _named(event):
        return event
    for earlier in reversed(events[:index]):
        parties = [r for r in earlier.participants if r.label != "GROUP"]
        if earlier.event_class in SYMMETRIC and len(parties) >= 2:
            return replace(event, participants=tuple(parties))
        # "Ukraine handed over bodies to Russia … The repatriation was part of the agreement
        # reached at talks in Istanbul": a handover between two states is theirs too
        sides = [
            r for r in earlier.agents + earlier.targets + earlier.participants if r.label in ("GPE", "NORP", "ORG")
        ]
        if earlier.event_class in HANDOVER_CLASSES and len({r.text for r in sides}) >= 2:
            return replace(event, participants=tuple(dict.fromkeys(sides)))
    return event


def _named(event: EventRecord) -> bool:
    return any(r.label != "GROUP" for r in event.participants + event.agents + event.targets)


def _talks_before(
    events: list[EventRecord], candidates: list[Candidate], where: list[int | None], n: int
) -> int | None:
    """The talks an agreement or truce without named parties came out of: the latest before it."""
    if where[n] is None or events[where[n]].event_class not in ("Agreement", "Ceasefire"):  # type: ignore[index]
        return None
    for m in range(n - 1, -1, -1):
        target = where[m]
        if target is not None and events[target].event_class == "Negotiation" and events[target].modality == "Asserted":
            return target
    return None


def _inherit(event: EventRecord, source: EventRecord, *, place_and_date: bool, union: bool = False) -> EventRecord:
    if event.event_class not in SYMMETRIC | {"Repatriation"}:
        return event
    updated = event
    named = [r for r in event.participants + event.agents + event.targets if r.label != "GROUP"]
    if union or not named:
        inherited = source.participants + source.agents
        updated = replace(updated, participants=tuple(dict.fromkeys(event.participants + inherited)))
    if place_and_date and event.event_class in ("Agreement", "Ceasefire"):
        updated = replace(
            updated,
            location=event.location or source.location,
            date=event.date or source.date,
            date_text=event.date_text or source.date_text,
        )
    return updated


def _attach_dates(
    doc: Doc, modes: dict[int, str], owners: dict[int, int], published: date | None
) -> dict[int, tuple[str | None, str]]:
    found: dict[int, tuple[str | None, str]] = {}
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        if AGE_WORDS & {t.lower_ for t in ent}:
            continue  # "under the age of 25" is an age, not a date
        owner = owning_trigger(ent.root, owners)
        if owner is None or (owner in found and found[owner][0] is not None):
            continue
        future = modes[owner] == "Planned"
        text = ent.text
        prep = ent.root.head if ent.root.dep_ == "pobj" else None
        if prep is not None and prep.lower_ in ("on", "in", "since", "during"):
            text = f"{prep.text} {text}"
        resolved = resolve_date(ent.text, published, future=future)
        if resolved is not None or owner not in found:
            found[owner] = (resolved, text)
    return found


def _report_dates(doc: Doc, triggers: dict[int, Trigger], published: date | None) -> dict[int, tuple[str | None, str]]:
    """ "…, mediators announced on Sunday": an undated event takes the date of its report."""
    found: dict[int, tuple[str | None, str]] = {}
    for ent in doc.ents:
        if ent.label_ != "DATE" or AGE_WORDS & {t.lower_ for t in ent}:
            continue
        verb = ent.root
        for _ in range(4):  # "said in a statement on Thursday"
            verb = verb.head
            if verb.pos_ == "VERB":
                break
        if verb.lemma_.lower() not in lx.SPEECH_VERBS:
            continue
        resolved = resolve_date(ent.text, published)
        for index in triggers:
            if doc[index].sent.start == verb.sent.start and index not in found:
                found[index] = (resolved, ent.text)
    return found


def _timeline_dates(
    doc: Doc, triggers: dict[int, Trigger], published: date | None
) -> dict[int, tuple[str | None, str]]:
    """ "10 October: … agreed to a ceasefire. 11 October: …": an undated event of a timeline
    entry takes the entry's date."""
    found: dict[int, tuple[str | None, str]] = {}
    for start, end, heading in timeline_headings(doc.text):
        for index in triggers:
            if start <= doc[index].idx < end:
                found[index] = (resolve_date(heading, published), heading)
    return found


def _place_in(pobj: Token, ents: dict[int, Span]) -> ActorRef | None:
    candidates = [pobj] if pobj.i in ents else []
    if pobj.lower_ in lx.PLACE_NOUNS or pobj.lemma_.lower() in lx.PLACE_NOUNS:
        candidates += [c for c in pobj.children if c.dep_ == "compound" and c.i in ents]
        candidates += [
            g for c in pobj.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj" and g.i in ents
        ]
    for token in candidates:
        ent = ents[token.i]
        if ent.label_ in ("GPE", "LOC", "FAC"):
            return ref_from_span(ent, ent.label_, as_place=True)
    return None


def _attack_places(triggers: dict[int, Trigger], ents: dict[int, Span]) -> dict[int, ActorRef]:
    """ "an air strike on Abu Kamal", "shelling of the Fardous district of Aleppo": the place an
    attack hit is where it happened, unless a locative phrase says otherwise."""
    found: dict[int, ActorRef] = {}
    for index, trigger in triggers.items():
        if trigger.event_class != "Attack":
            continue
        preps = ("on", "against", "of") if trigger.nominal else ("on", "against")
        hit = [
            g
            for c in trigger.token.children
            if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if not trigger.nominal:
            hit += [c for c in trigger.token.children if c.dep_ in ("dobj", "nsubjpass")]
        place = next((p for p in (_place_in(h, ents) for h in hit) if p is not None), None)
        if place is not None:
            found[index] = place
    return found


def _attach_places(doc: Doc, tokens: list[Token], owners: dict[int, int], ents: dict[int, Span]) -> dict[int, ActorRef]:
    found: dict[int, ActorRef] = {}
    for index in set(owners.values()):
        trigger = doc[index]
        modifiers = [c for c in trigger.children if c.dep_ == "compound" and c.i in ents]
        if trigger.lemma_.lower() not in ("ceasefire", "truce", "cease-fire"):  # "the Gaza Strip truce"
            # "the Pretoria agreement": only a name known as a place alone, not "the Iran deal"
            modifiers = [c for c in modifiers if ents[c.i][-1].ent_id_ == PLACE]
        place = _place_in(modifiers[0], ents) if modifiers else None
        if place is not None:
            found[index] = place
    for token in tokens:
        if token.lower_ == "where" and token.head.dep_ == "relcl":
            antecedent = token.head.head
            named = antecedent if antecedent.i in ents else (antecedent.head if antecedent.dep_ == "appos" else None)
            place = _place_in(named, ents) if named is not None else None
            for child in token.head.subtree:
                if place is not None and child.i in owners and owners[child.i] not in found:
                    found[owners[child.i]] = place
    # "In Papua New Guinea, gunmen ambushed a truck near Mount Hagen": a fronted phrase sets the
    # scene, the phrase inside the clause says where; it goes first
    locative = [t for t in tokens if t.dep_ == "prep" and t.lower_ in LOCATION_PREPS]
    for prep in sorted(locative, key=_fronted):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            place = _place_in(pobj, ents)
            owner = owning_trigger(pobj, owners) if place else None
            if place is not None and owner is not None and owner not in found:
                found[owner] = place
    return found


def _fronted(prep: Token) -> bool:
    if not prep.is_sent_start:
        return False
    after = prep.right_edge.i + 1
    return after < len(prep.doc) and prep.doc[after].text == ","


def _attach_quantities(
    tokens: list[Token], triggers: dict[int, Trigger], owners: dict[int, int]
) -> dict[int, tuple[int | None, str, str]]:
    found: dict[int, tuple[int | None, str, str]] = {}
    for token in tokens:
        if token.ent_type_ in NOT_QUANTITY_LABELS or not (token.like_num or token.lower_ in VAGUE):
            continue
        if token.dep_ not in ("nummod", "dobj", "nsubj", "nsubjpass", "pobj"):
            continue
        if token.dep_ != "nummod" and token.ent_type_ != "CARDINAL" and token.lower_ not in VAGUE:
            continue  # the pronoun in "the last one" counts nothing
        quantity = quantity_of(token)
        if quantity is None:
            continue
        owner = owning_trigger(quantity.head, owners) if quantity.head.i not in triggers else None
        if owner is not None and (owner not in found or found[owner][0] is None):
            found[owner] = (quantity.value, quantity.text, quantity.kind)
    return found
