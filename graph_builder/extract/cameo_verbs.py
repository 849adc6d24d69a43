"""Verbs the hand lexicon does not list, classed by the CAMEO verb dictionary.

The dictionary (compiled into ``data/lexicon`` by ``scripts/build_lexicon.py``) gives each
verb a default CAMEO code and phrase patterns around it ("CUT * AID" is a sanction, "TAKE *
HOSTAGE" an abduction). A verb is classed by its most specific matching pattern, else by its
default code, through the contract's CAMEO codes. As in the PETRARCH coders that the
dictionary was written for, a verb found this way names an event only when an actor takes
part in it (see :func:`has_actor_argument`); the caller checks that.

Two of CAMEO's classes are left to the hand lexicon: CAMEO codes every "said" as a public
statement (010), while the contract records reported speech as attribution and keeps
``pa:Statement`` for declarations that are themselves the news.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from graph_builder.nlp import cameo_lexicon as cameo

LEFT_TO_HAND_LEXICON = frozenset(["Statement"])
WINDOW_BEFORE = 5
WINDOW_AFTER = 8
# A verb whose clause complement carries the action ("helped to rebuild", "sought to end")
# is not itself the event CAMEO codes it as.
CLAUSE_DEPS = frozenset(["xcomp", "ccomp"])
CLAUSE_SENSITIVE = frozenset(["Aid", "Attack", "Sanction", "Negotiation"])


@dataclass(frozen=True)
class VerbClass:
    event_class: str
    code: str
    pattern: bool  # a phrase pattern decided it, not the verb's default

    @property
    def vague(self) -> bool:
        """A verb's default "not specified" code (``040`` consult, ``190`` use force): CAMEO
        files broad verbs ("go", "want", "need", "die") there, so, as PETRARCH does, the event
        needs an actor on both sides; a phrase pattern or a specific code (``042`` visit,
        ``181`` abduct) needs one."""
        return not self.pattern and (len(self.code) < 3 or self.code.endswith("0"))

    @property
    def communicative(self) -> bool:
        """Appeals, demands, disapproval and threats (CAMEO 02, 10, 11, 13) are said to someone."""
        return self.code[:2] in ("02", "10", "11", "13")


@cache
def known_verbs() -> frozenset[str]:
    """Lemmas the dictionary can class as one of the contract's events (default or pattern)."""
    found = set()
    for lemma in cameo.verb_lemmas():
        entries = cameo.verb_entries(lemma)
        if any(_usable(e.event_class) for e in entries) or any(
            _usable(p.event_class) for e in entries for p in e.own_patterns()
        ):
            found.add(lemma)
    return frozenset(found)


def _usable(event_class: str | None) -> bool:
    return event_class is not None and event_class not in LEFT_TO_HAND_LEXICON


def classify_verb(token: Token) -> VerbClass | None:
    """The contract class CAMEO gives this verb in its context, or None."""
    entries = cameo.verb_entries(token.lemma_.lower())
    if not entries:
        return None
    particles = {c.lower_ for c in token.children if c.dep_ in ("prt", "prep")}
    phrasal = [e for e in entries if e.after and set(e.after) <= particles]
    candidates = phrasal or [e for e in entries if not e.after]
    before, after = _context(token)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
    best: tuple[int, str | None, str | None] | None = None
    tied_classes: set[str | None] = set()
    for entry in candidates:
        for pattern in entry.own_patterns():
            if passive and pattern.before:
                continue  # words before a passive verb name who it was done to, not the actor
            size = _matches(pattern, before, after)
            if size and (best is None or size > best[0]):
                best = (size, pattern.event_class, pattern.code)
                tied_classes = {pattern.event_class}
            elif size and size == best[0]:  # type: ignore[index]
                tied_classes.add(pattern.event_class)
    if best is not None:
        _size, event_class, code = best
        if len(tied_classes) > 1:
            return None  # equally specific patterns disagree ("LIFT * SANCTION": 0351 and 085)
        if not _usable(event_class) or code is None:
            return None  # the phrase codes something outside the contract ("take * office")
        return _checked(token, VerbClass(event_class, code, pattern=True))  # type: ignore[arg-type]
    for entry in candidates:
        if _usable(entry.event_class) and entry.code is not None:
            return _checked(token, VerbClass(entry.event_class, entry.code, pattern=False))  # type: ignore[arg-type]
    return None


def _checked(token: Token, found: VerbClass) -> VerbClass | None:
    if found.event_class in CLAUSE_SENSITIVE and any(c.dep_ in CLAUSE_DEPS for c in token.children):
        return None
    return found


def _context(token: Token) -> tuple[set[str], set[str]]:
    """Words and lemmas just before the verb (its subject side) and in its phrase after it."""
    sent = token.sent
    left = token.doc[max(sent.start, token.i - WINDOW_BEFORE) : token.i]
    last = min(sent.end, token.i + 1 + WINDOW_AFTER)
    # a clause of its own says when or why, not what was done: "left their homes since the war began"
    aside = {t.i for c in token.children if c.dep_ == "advcl" for t in c.subtree}
    right = [t for t in token.subtree if token.i < t.i < last and t.i not in aside]
    before = {t.lower_ for t in left} | {t.lemma_.lower() for t in left}
    after = {t.lower_ for t in right} | {t.lemma_.lower() for t in right}
    before.add(" ".join(t.lower_ for t in left))
    after.add(" ".join(t.lower_ for t in right))
    return before, after


@cache
def _options(word: str) -> tuple[str, ...]:
    return cameo.expand_token(word)


def _matches(pattern: cameo.VerbPattern, before: set[str], after: set[str]) -> int:
    """Number of pattern words found around the verb, or 0 when one is missing."""
    size = 0
    for words, side in ((pattern.before, before), (pattern.after, after)):
        for word in words:
            options = _options(word)
            if not options:
                continue  # a slot or the verb itself
            if not any(_present(option, side) for option in options):
                return 0
            size += 1
    return size


def _present(option: str, side: set[str]) -> bool:
    if " " not in option:
        return option in side
    return any(option in text for text in side if " " in text)
