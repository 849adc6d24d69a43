"""Relations between actors and places: allyOf, memberOf, partOf, locatedIn.

Read from appositions ("Belarus, a close ally"), titles ("Kremlin aide Vladimir
Medinsky"), possessives ("Russia's Defense Ministry") and place phrases ("the Saudi port
city of Jeddah", "Istanbul, Türkiye").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from graph_builder.extract import lexicon as lx
from graph_builder.extract.actors import PLACE_LABELS, actors_for, is_generic_body, ref_from_span
from graph_builder.extract.records import ActorRef, RelationRecord, TextSpan

COREF_MAIN_STATE = "COREF_MAIN"
ORGAN_HEADS = frozenset("council commission parliament assembly secretariat court committee mission".split())
DOMAIN_WORDS = frozenset(
    "defence defense foreign affairs interior justice health state security finance war europe ministers".split()
)
ORG_LABELS = frozenset(["ORG", "GPE", "NORP"])


def _evidence(tokens: Span) -> TextSpan:
    return TextSpan(tokens.start_char, tokens.end_char, tokens.text)


def _rel(subject: ActorRef, predicate: str, obj: ActorRef, around: Span) -> RelationRecord:
    return RelationRecord(subject, predicate, obj, _evidence(around))


def find_relations(doc: Doc, tokens: list[Token], ents: dict[int, Span]) -> list[RelationRecord]:
    found: list[RelationRecord] = []
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "ORG", "PERSON", "LOC", "FAC", "NORP"):
            continue
        found.extend(_appositions(ent, ents))
        if ent.label_ == "PERSON":
            found.extend(_titles(ent, ents))
        if ent.label_ == "ORG":
            found.extend(_organisation_parts(ent, ents))
    for token in tokens:
        if token.lower_ in lx.PLACE_NOUNS and token.pos_ == "NOUN":
            found.extend(_place_phrase(token, ents))
        if token.lower_ in lx.ARMED_HEADS or token.lower_ in lx.INSTITUTION_HEADS:
            found.extend(_institution_owner(token, ents))
        if token.lower_ in lx.BACKED_WORDS:
            found.extend(_backers(token, ents))
    return list(dict.fromkeys(found))


def _backers(backed: Token, ents: dict[int, Span]) -> Iterator[RelationRecord]:
    """ "Iranian-backed Houthi rebels": the backer is an ally of the group."""
    doc = backed.doc
    if backed.i < 2 or doc[backed.i - 1].text != "-" or (backed.i - 2) not in ents:
        return
    backer = ents[backed.i - 2]
    if backer.label_ not in ("NORP", "GPE", "ORG"):
        return
    group = backed.head
    while group.pos_ not in ("NOUN", "PROPN") and group.head != group:
        group = group.head
    around = doc[backer.start : group.i + 1]
    for subject in actors_for(group, ents):
        if subject.text != backer.text:
            yield _rel(subject, "allyOf", ref_from_span(backer, backer.label_), around)


def _appositions(ent: Span, ents: dict[int, Span]) -> Iterator[RelationRecord]:
    subject = ref_from_span(ent, ent.label_)
    for appos in (c for c in ent.root.children if c.dep_ == "appos"):
        around = ent.doc[ent.start : appos.right_edge.i + 1]
        for token in appos.subtree:
            if token.lower_ in lx.ALLY_NOUNS:
                # "Moscow's ally", "a close ally of Moscow"
                owners = [a for c in token.children if c.dep_ == "poss" for a in actors_for(c, ents)]
                owners += [
                    a
                    for p in token.children
                    if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children
                    if o.dep_ == "pobj"
                    for a in actors_for(o, ents)
                ]
                owners = owners or [ActorRef(token.text, token.idx, token.idx + len(token), COREF_MAIN_STATE)]
                yield from (_rel(subject, "allyOf", o, around) for o in owners)
            if token.lemma_.lower() in lx.ALLY_VERBS and token.pos_ == "VERB":
                for prep in token.children:
                    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                        yield from (_rel(subject, "allyOf", o, around) for o in actors_for(pobj, ents))
        in_list = any(c.dep_ in ("conj", "cc") for c in appos.children)  # "the US, Saudi Arabia, Egypt and …"
        if appos.i in ents and ents[appos.i].label_ in PLACE_LABELS and ent.label_ in PLACE_LABELS and not in_list:
            yield _rel(subject, "locatedIn", ref_from_span(ents[appos.i], ents[appos.i].label_), around)
        if appos.lemma_.lower() in ("agency", "ministry", "service", "force", "forces", "army", "department"):
            for owner in (c for c in appos.children if c.dep_ == "poss"):
                yield from (_rel(subject, "partOf", o, around) for o in actors_for(owner, ents))
        if ent.label_ in PLACE_LABELS and appos.lower_ in lx.PLACE_NOUNS:
            for c in appos.children:
                if c.i in ents and ents[c.i].label_ in ("NORP", "GPE") and c.dep_ in ("amod", "compound", "poss"):
                    yield _rel(subject, "locatedIn", ref_from_span(ents[c.i], ents[c.i].label_), around)
    listed = any(c.dep_ == "cc" for c in ent.root.children) or ent.root.dep_ == "conj"
    if ent.label_ in PLACE_LABELS and not listed:
        # "Istanbul, Turkey" parses as a conjunction without "and": a place and its country; in
        # "the United States, Saudi Arabia and Egypt" the second name goes on with the list.
        for conj in (c for c in ent.root.children if c.dep_ == "conj" and c.i == ent.end + 1 and c.i in ents):
            if any(g.dep_ in ("conj", "cc") for g in conj.children):
                continue
            if ents[conj.i].label_ == "GPE" and ent.doc[ent.end].text == ",":
                yield _rel(subject, "locatedIn", ref_from_span(ents[conj.i], "GPE"), ent.doc[ent.start : conj.i + 1])


def _titles(person: Span, ents: dict[int, Span]) -> Iterator[RelationRecord]:
    """ "Kremlin aide Vladimir Medinsky", "US President Donald Trump" → memberOf."""
    doc = person.doc
    # The title is the part of the person's phrase before the name: "US Secretary of State".
    left = [t for t in person.root.subtree if t.i < person.start and person.start - t.i <= 6]
    if not left or not any(t.lower_ in lx.TITLE_NOUNS for t in left):
        return
    start = min(t.i for t in left)
    subject = ref_from_span(person, "PERSON")
    # The first name in the title is the body ("Secretary of State": State is part of the title).
    owner = next((ents[t.i] for t in left if t.i in ents and ents[t.i].label_ in ORG_LABELS), None)
    if owner is not None:
        yield _rel(subject, "memberOf", ref_from_span(owner, owner.label_), doc[start : person.end])


def _organisation_parts(org: Span, ents: dict[int, Span]) -> Iterator[RelationRecord]:
    """ "Russia's Defense Ministry", "the Russian Defense Ministry", "Council of the EU"."""
    doc = org.doc
    head = org.root
    for child in head.children:
        owned_by_name = child.dep_ == "poss" and child.i in ents and child.i not in range(org.start, org.end)
        if owned_by_name and is_generic_body(org):
            owner_span = ents[child.i]
            # The body is named with its owner, as event roles name it ("Russia's Defense Ministry").
            whole = doc[owner_span.start : org.end]
            yield _rel(ref_from_span(whole, "ORG"), "partOf", ref_from_span(owner_span, owner_span.label_), whole)
    first = org[0] if org[0].lower_ != "the" else (org[1] if len(org) > 1 else org[0])
    owned = first.i != head.i and first.pos_ in ("PROPN", "ADJ") and first.text[:1].isupper()
    owned = owned and first.lower_ not in lx.TITLE_NOUNS and first.i + 1 < org.end
    if owned and is_generic_body(doc[first.i + 1 : org.end]):  # not "National Liberation Army"
        owner = ActorRef(first.text, first.idx, first.idx + len(first), "NORP")
        yield _rel(ref_from_span(org, "ORG"), "partOf", owner, org)
    for token in org:
        # "Council of the EU": an organ of a named organisation, not "Ministry of Defence".
        organ = token.head.lemma_.lower() in ORGAN_HEADS
        if token.lower_ == "of" and organ and token.head.i in range(org.start, org.end):
            for pobj in (c for c in token.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
                if pobj.lower_ in DOMAIN_WORDS:
                    continue
                tail = doc[pobj.left_edge.i : org.end]
                if tail.text.lower().startswith("the "):
                    tail = doc[pobj.left_edge.i + 1 : org.end]
                yield _rel(
                    ref_from_span(org, "ORG"), "partOf", ActorRef(tail.text, tail.start_char, tail.end_char, "ORG"), org
                )


def _institution_owner(head: Token, ents: dict[int, Span]) -> Iterator[RelationRecord]:
    """ "the Sudanese army", "Ukraine's secret services": a force or body of a state."""
    actor = actors_for(head, ents)
    owners = [c for c in head.children if c.dep_ in ("amod", "compound", "poss") and c.i in ents]
    owner = ents[owners[0].i] if owners else None
    if owner is None or (owner.label_ in ("PERSON", "ORG") and len(owner) == 1):
        owner = _untagged_demonym(head) or owner  # the NER's "Azerbaijani"/PERSON troops
    if len(actor) != 1 or owner is None or owner.label_ not in ("NORP", "GPE"):
        return
    if head.i in ents and not is_generic_body(ents[head.i]):
        return  # "Colombia's National Liberation Army" fights the state it is named after
    # Read as a demonym: only a state the knowledge base knows can own a force ("Tutsi" cannot).
    yield _rel(actor[0], "partOf", ref_from_span(owner, "NORP"), head.doc[owner.start : head.i + 1])


def _untagged_demonym(head: Token) -> Span | None:
    """ "Tajik units", "Azerbaijani troops" where the NER tagged nothing or a person: one
    capitalised adjective before a force's head, read as a people; only a state the knowledge
    base knows by that demonym is kept as the owner."""
    before = [c for c in head.lefts if c.dep_ in ("amod", "compound")]
    if len(before) != 1 or before[0].i != head.i - 1 or not before[0].is_title:
        return None
    return Span(head.doc, before[0].i, head.i, label="NORP")


def _place_phrase(noun: Token, ents: dict[int, Span]) -> Iterator[RelationRecord]:
    """ "the Saudi port city of Jeddah", "Sudan's Darfur region", "the Kereinik area of Darfur"."""
    named: list[ActorRef] = []
    for c in noun.children:
        if c.dep_ == "compound" and c.i in ents and ents[c.i].label_ in PLACE_LABELS | {"ORG", "PERSON"}:
            named.append(ref_from_span(ents[c.i], "LOC", as_place=True))  # keeps the unit: "Kharkiv region"
        if c.dep_ == "prep" and c.lower_ == "of":
            for pobj in (g for g in c.children if g.dep_ == "pobj"):
                if pobj.i in ents and ents[pobj.i].label_ in PLACE_LABELS:
                    named.append(ref_from_span(ents[pobj.i], ents[pobj.i].label_, as_place=True))
    if not named:
        return
    place, rest = named[0], named[1:]
    owners = [
        ref_from_span(ents[c.i], ents[c.i].label_, as_place=True)
        for c in noun.children
        if c.dep_ in ("poss", "amod", "compound")
        and c.i in ents
        and ents[c.i].label_ in ("GPE", "NORP", "LOC")
        and ents[c.i].start_char != place.start
    ]
    around = noun.doc[noun.left_edge.i : noun.right_edge.i + 1]
    for owner in owners + rest:
        yield _rel(place, "locatedIn", owner, around)
