"""Who reports an event: "according to X", "X said …", ", the ministry said".

The innermost speech verb that governs a trigger is its source; "according to" sources
cover every event of their sentence. Sources are actors only: "reliable sources" or
"reports" name no one and give nothing.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from graph_builder.extract import lexicon as lx
from graph_builder.extract.actors import actors_for
from graph_builder.extract.records import ActorRef
from graph_builder.extract.roles import subject_of

SOURCE_NOUNS = frozenset(
    ["statement", "report", "reports", "source", "sources", "communique", "announcement", "release", "account"]
)


def _source_actors(noun: Token, ents: dict[int, Span]) -> list[ActorRef]:
    """Actors behind "a statement issued by X", "a joint US-Saudi statement", "X's report"."""
    refs = actors_for(noun, ents)
    if refs or noun.lemma_.lower() not in SOURCE_NOUNS:
        return refs
    for token in noun.subtree:
        if token.dep_ == "agent" or (token.dep_ == "prep" and token.lower_ in ("by", "from")):
            refs.extend(a for pobj in token.children if pobj.dep_ == "pobj" for a in actors_for(pobj, ents))
    if refs:
        return list(dict.fromkeys(refs))
    for token in noun.subtree:
        if token == noun or token.i not in ents:
            continue
        if token.dep_ in ("pobj", "poss", "compound", "amod", "nmod", "npadvmod"):
            refs.extend(actors_for(token, ents))
    return list(dict.fromkeys(refs))


def according_to_sources(sent: Span, ents: dict[int, Span]) -> tuple[list[ActorRef], set[int]]:
    """Sources of "according to …" in a sentence, and the token indexes the phrase covers."""
    refs: list[ActorRef] = []
    covered: set[int] = set()
    for token in sent:
        if token.lower_ == "according":
            for to in token.children:
                for pobj in (c for c in to.children if c.dep_ == "pobj"):
                    refs.extend(_source_actors(pobj, ents))
            covered.update(t.i for t in token.subtree)
    return refs, covered


def speech_sources(trigger: Token, ents: dict[int, Span]) -> list[ActorRef]:
    """The subject of the innermost speech verb above the trigger."""
    node = trigger
    while node.head != node:
        child, node = node, node.head
        if node.pos_ == "VERB" and node.lemma_.lower() in lx.SPEECH_VERBS and child.dep_ not in ("nsubj", "nsubjpass"):
            refs = [a for s in subject_of(node) for a in _source_actors(s, ents)]
            if refs:
                return refs
    return _paratactic_sources(trigger, ents)


def _paratactic_sources(trigger: Token, ents: dict[int, Span]) -> list[ActorRef]:
    """ ", the ministry said" attached beside the clause instead of above it."""
    root = trigger.sent.root
    for child in root.children:
        is_report = child.dep_ in ("parataxis", "ccomp") and child.lemma_.lower() in lx.SPEECH_VERBS
        if is_report and trigger.i not in {t.i for t in child.subtree}:
            return [a for s in subject_of(child) for a in _source_actors(s, ents)]
    return []


def reporters(trigger: Token, ents: dict[int, Span]) -> list[ActorRef]:
    """Every source of the event at ``trigger``."""
    refs, covered = according_to_sources(trigger.sent, ents)
    if trigger.i in covered:
        return []
    return list(dict.fromkeys(speech_sources(trigger, ents) + refs))
