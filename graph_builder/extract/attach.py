"""Attach dates, places and numbers to the event they belong to.

A modifier belongs to the nearest trigger above it in the dependency tree, or to the
trigger that a support verb above it governs ("held talks in Istanbul on June 2": the
place and date hang on "held", the event is "talks").
"""

from __future__ import annotations

from spacy.tokens import Token

from graph_builder.extract import lexicon as lx


def phrase_top(token: Token) -> Token:
    """The head of the whole noun phrase a nominal trigger sits in.

    "a prisoner of war exchange" parses as prisoner ← of ← exchange; the phrase, its
    verb and its modifiers hang on "prisoner".
    """
    node = token
    for _ in range(3):
        if node.dep_ == "compound" or (
            node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ in ("NOUN", "PROPN")
        ):
            node = node.head if node.dep_ == "compound" else node.head.head
        elif node.dep_ == "pobj" and node.head.lower_ == "in" and is_money(node.head.head):
            node = node.head.head  # "pledged $500 million in aid": the sum carries the phrase
        elif node.dep_ == "conj" and node.pos_ == "NOUN" and node.head.pos_ == "NOUN" and node.head.i < node.i:
            node = node.head  # "imposed a trade and financial embargo": the first conjunct carries the phrase
        else:
            break
    return node


MONEY_WORDS = frozenset(
    "million billion trillion dollar euro pound yen yuan rupee franc shekel ruble rouble riyal dirham".split()
)


def is_money(token: Token) -> bool:
    return token.lemma_.lower() in MONEY_WORDS or any(c.tag_ == "$" for c in token.children)


CLAIM_VERBS = frozenset(["claim"])
CLAIM_OR_DENIAL_VERBS = CLAIM_VERBS | {"deny", "confirm"}
ANNOUNCING_VERBS = frozenset(["announce", "unveil", "say", "report", "publish", "release", "disclose"])
RESPONSIBILITY_VERBS = frozenset(["claim", "take", "accept", "assume", "bear", "admit"])


def is_support_verb(verb: Token) -> bool:
    """A verb whose object names the event its subject performs; "reimposed", "re-signed" as
    their stem."""
    lemma = verb.lemma_.lower()
    # "resigned" is its own verb, not a second signing; only the hyphen keeps "re-sign"
    unhyphenated = lemma.startswith("re") and lemma != "resign"
    stem = lemma[3:] if lemma.startswith("re-") else lemma[2:] if unhyphenated else lemma
    return lemma in lx.SUPPORT_VERBS or stem in lx.SUPPORT_VERBS


def claiming_verb(top: Token) -> Token | None:
    """The verb by which someone owns the deed a noun phrase names: "IS claimed the bombing",
    "took responsibility for the attack", "the attack was claimed by the Taliban"."""
    head = top.head
    if top.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in CLAIM_VERBS:
        return head
    if top.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "responsibility":
        noun = head.head
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in RESPONSIBILITY_VERBS:
            return noun.head
    return None


def owning_trigger(token: Token, triggers: dict[int, int], *, max_steps: int = 8) -> int | None:
    """Index of the trigger that owns the modifier at ``token`` (or None).

    ``triggers`` maps a token index to the trigger it stands for (a trigger itself, or
    the top of the noun phrase a nominal trigger sits in).
    """
    node = token
    for _ in range(max_steps):
        if node != token:
            if node.i in triggers:
                return triggers[node.i]
            governed = _governed_trigger(node, triggers)
            if governed is not None:
                return governed
        if node.head == node:
            return None
        if node.dep_ in ("nsubj", "nsubjpass") and node != token and node.head.i not in triggers:
            return None  # a modifier of the subject ("parties in Sudan") says nothing of the event
        if node.dep_ == "appos" and node != token:
            return None  # nor does an apposition's ("JNIM, an affiliate active across the Sahel")
        if node.dep_ in ("acl", "relcl") and node.lemma_.lower() in ANNOUNCING_VERBS and node.i not in triggers:
            return None  # "a package announced in Canberra": where it was announced, not given
        node = node.head
    return None


def _governed_trigger(node: Token, triggers: dict[int, int]) -> int | None:
    """A trigger that the verb ``node`` supports through its object or subject."""
    if node.pos_ not in ("VERB", "AUX") or node.lemma_ == "be":
        return None  # "X was a response to Y": Y's modifiers are not X's
    if node.lemma_.lower() in CLAIM_OR_DENIAL_VERBS:
        return None  # "the assault was claimed on Sunday": the claim's day, not the assault's
    order = ("dobj", "nsubjpass", "attr", "nsubj", "prep", "xcomp", "advcl")
    for dep in order:
        for child in node.children:
            if child.dep_ != dep:
                continue
            if child.i in triggers:
                return triggers[child.i]
            if dep == "prep":
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.i in triggers:
                        return triggers[pobj.i]
    return None
