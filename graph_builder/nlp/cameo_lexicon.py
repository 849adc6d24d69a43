"""The CAMEO/Phoenix-derived lexicon in ``data/lexicon`` (built by ``scripts/build_lexicon.py``).

Read-only lookups over the compiled dictionaries, each file loaded once on first use:

* verbs: every verb lemma of the CAMEO verb dictionary with its default CAMEO code and the
  phrase patterns of its block, each mapped to a contract event class (or none);
* agents: Phoenix generic agent nouns ("rebels", "police", "the ministry") → actor class;
* actors: armed non-state groups and international organisations with their aliases;
* discards: phrases that mark a sentence as not codable (sports, entertainment).

Pattern words are lower-case; ``a|b`` are alternatives, ``&name`` a synonym set (see
:func:`expand_token`), and the slots ``$`` (source actor), ``+`` (target actor), ``^`` (any noun
phrase) and ``%`` (compound actor) stand for noun phrases. No spaCy model is needed to import
this module; the matcher helpers take a ``Vocab``.

>>> entry = verb_entries("visit")[0]
>>> entry.code, entry.event_class
('042', 'Negotiation')
>>> agent_class("rebels"), agent_class("police"), agent_class("ministry")
('ArmedForce', 'ArmedForce', 'GovernmentBody')
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from spacy.matcher import Matcher, PhraseMatcher
from spacy.vocab import Vocab

from graph_builder.errors import ConfigError

SLOTS = frozenset({"$", "+", "^", "%"})


def lexicon_dir() -> Path:
    """The compiled lexicon shipped with the repository (``data/lexicon``)."""
    return Path(__file__).resolve().parents[2] / "data" / "lexicon"


@cache
def _load(name: str) -> Any:
    path = lexicon_dir() / name
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot read the CAMEO lexicon file {path}: {exc}; run scripts/build_lexicon.py") from exc


# --- event classes ----------------------------------------------------------------------------


@cache
def _class_prefixes() -> Mapping[str, tuple[str, bool]]:
    rows = _load("cameo-classes.json")["prefixes"]
    return {row["prefix"]: (row["class"], bool(row.get("planned", False))) for row in rows}


def cameo_class(code: str | None) -> str | None:
    """The contract event class of a CAMEO code (longest prefix of ``cameo-classes.json``).

    >>> cameo_class("0841"), cameo_class("1622"), cameo_class("173"), cameo_class("1451")
    ('Release', 'Sanction', None, None)
    """
    if not code:
        return None
    prefixes = _class_prefixes()
    for end in range(len(code), 1, -1):
        hit = prefixes.get(code[:end])
        if hit is not None:
            return hit[0]
    return None


# --- verbs ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class VerbPattern:
    """One CAMEO phrase pattern: the words around the verb and the event they code.

    ``before``/``after`` are the pattern's words in order (see the module docstring for the
    token syntax). ``swap`` means the code describes the target acting on the source
    (``[:173]``); ``reverse_code`` is the counterpart event of ``[042:043]``-style codes;
    ``verb`` is the block member the dictionary wrote the pattern for, when it says so.
    """

    code: str | None
    event_class: str | None
    before: tuple[str, ...]
    after: tuple[str, ...]
    planned: bool = False
    reverse_code: str | None = None
    swap: bool = False
    verb: str | None = None

    @property
    def source_slot(self) -> tuple[str, int] | None:
        """``("before" | "after", index)`` of the ``$`` slot, if the pattern has one."""
        return _slot(self, "$")

    @property
    def target_slot(self) -> tuple[str, int] | None:
        """``("before" | "after", index)`` of the ``+`` slot, if the pattern has one."""
        return _slot(self, "+")

    @property
    def words(self) -> tuple[str, ...]:
        """The pattern's word tokens (slots left out), before the verb then after it."""
        return tuple(t for t in (*self.before, *self.after) if t not in SLOTS)


def _slot(pattern: VerbPattern, marker: str) -> tuple[str, int] | None:
    for side, tokens in (("before", pattern.before), ("after", pattern.after)):
        if marker in tokens:
            return side, tokens.index(marker)
    return None


@dataclass(frozen=True)
class VerbEntry:
    """A verb of the CAMEO dictionary: its default code and its block's patterns.

    ``lemma`` is the verb word a parser lemmatises to; ``phrase`` adds the particles of
    multi-word verbs (``ask for``: ``after == ("for",)``). ``forms`` are the irregular
    inflections the dictionary lists. A ``code`` of None means the bare verb is no event:
    only its patterns code one.
    """

    lemma: str
    phrase: str
    block: str
    code: str | None
    event_class: str | None
    before: tuple[str, ...]
    after: tuple[str, ...]
    forms: tuple[str, ...]
    patterns: tuple[VerbPattern, ...]
    planned: bool = False
    reverse_code: str | None = None
    swap: bool = False

    @property
    def attested(self) -> bool:
        """Whether the dictionary names its block after this verb or wrote a pattern for it.

        Most block members come from WordNet synonym sets and inherit the block's default
        code untested: "match" codes an attack (190) like "beat", "reside" an occupation (192).
        A default of an unattested verb is a weak cue, best confirmed by a pattern or context.
        """
        return self.block.split()[0] == self.lemma or any(p.verb == self.lemma for p in self.patterns)

    def own_patterns(self) -> tuple[VerbPattern, ...]:
        """Patterns written for this verb, or for no verb in particular.

        PETRARCH applies every pattern of a block to every verb in it; for broad blocks
        ("start" has 172 patterns over 20 verbs) the patterns written for the verb itself are
        the safer set.
        """
        return tuple(p for p in self.patterns if p.verb in (None, self.lemma))


def _pattern(row: Mapping[str, Any]) -> VerbPattern:
    return VerbPattern(
        code=row["code"],
        event_class=row["class"],
        before=tuple(row["before"]),
        after=tuple(row["after"]),
        planned=bool(row.get("planned", False)),
        reverse_code=row.get("reverse_code"),
        swap=bool(row.get("swap", False)),
        verb=row.get("verb"),
    )


@cache
def _verbs() -> Mapping[str, tuple[VerbEntry, ...]]:
    data = _load("verbs.json")
    patterns = {name: tuple(_pattern(p) for p in block["patterns"]) for name, block in data["blocks"].items()}
    verbs: dict[str, tuple[VerbEntry, ...]] = {}
    for lemma, rows in data["verbs"].items():
        verbs[lemma] = tuple(
            VerbEntry(
                lemma=lemma,
                phrase=row["phrase"],
                block=row["block"],
                code=row["code"],
                event_class=row["class"],
                before=tuple(row["before"]),
                after=tuple(row["after"]),
                forms=tuple(row["forms"]),
                patterns=patterns[row["block"]],
                planned=bool(row.get("planned", False)),
                reverse_code=row.get("reverse_code"),
                swap=bool(row.get("swap", False)),
            )
            for row in rows
        )
    return verbs


def verb_entries(lemma: str) -> tuple[VerbEntry, ...]:
    """The dictionary's entries for a verb lemma (several when it sits in several blocks, or
    heads multi-word verbs such as ``ask for``); empty when CAMEO does not know the verb.

    >>> [e.phrase for e in verb_entries("ask")]
    ['ask for', 'ask', 'ask for']
    """
    return _verbs().get(lemma.lower(), ())


def verb_lemmas() -> frozenset[str]:
    """Every verb lemma of the dictionary."""
    return frozenset(_verbs())


@cache
def _forms() -> Mapping[str, str]:
    index: dict[str, str] = {}
    for lemma, entries in sorted(_verbs().items()):
        for entry in entries:
            for form in entry.forms:
                index.setdefault(form, lemma)
    return index


def lemma_for_form(form: str) -> str | None:
    """The verb lemma of an irregular form the dictionary lists (``fled`` → ``flee``).

    >>> lemma_for_form("fled"), lemma_for_form("table")
    ('flee', None)
    """
    return _forms().get(form.lower())


@cache
def synset(name: str) -> tuple[str, ...]:
    """The members of a CAMEO synonym set (``refugee`` or ``&refugee``), plurals included."""
    return tuple(_load("verbs.json")["synsets"].get(name.lstrip("&"), ()))


def expand_token(token: str) -> tuple[str, ...]:
    """The words or phrases a pattern token stands for; empty for a slot.

    >>> expand_token("bombing|explosion"), expand_token("$")
    (('bombing', 'explosion'), ())
    >>> "refugees" in expand_token("&refugee")
    True
    """
    if token in SLOTS or token == "*":
        return ()
    if token.startswith("&"):
        return synset(token)
    return tuple(token.split("|"))


# --- agents and named actors ------------------------------------------------------------------


@dataclass(frozen=True)
class AgentEntry:
    """A Phoenix generic agent: a noun phrase naming a kind of actor.

    ``role`` is the three-letter Phoenix role (``REB``, ``COP``, ``GOV`` …) of ``code``
    (``~GOVMIL``); ``person`` is True for singular nouns naming one person (``foreign
    minister``), whose ``event_class`` is the class of the body they belong to.
    """

    phrase: str
    code: str
    role: str
    event_class: str | None
    person: bool
    singular: str

    @property
    def actor_class(self) -> str | None:
        """The contract actor class (same as ``event_class``; kept for readable call sites)."""
        return self.event_class


@cache
def _agents() -> Mapping[str, AgentEntry]:
    rows = _load("agents.json")["agents"]
    return {
        phrase: AgentEntry(
            phrase=phrase,
            code=row["code"],
            role=row["role"],
            event_class=row["class"],
            person=bool(row["person"]),
            singular=row.get("singular", phrase),
        )
        for phrase, row in rows.items()
    }


def agent(phrase: str) -> AgentEntry | None:
    """The agent entry of a noun phrase (lower-cased; singular or plural), if Phoenix lists it."""
    return _agents().get(" ".join(phrase.lower().split()))


def agent_in_phrase(words: Sequence[str]) -> tuple[int, AgentEntry] | None:
    """The longest agent phrase that ends a noun phrase, and where it starts.

    For actors no knowledge base knows ("Houthi rebels", "Syrian insurgents", "the defence
    ministry"): the agent gives the class, the words before it stay part of the actor's name.

    >>> start, entry = agent_in_phrase(["Houthi", "rebels"])
    >>> start, entry.phrase, entry.event_class
    (1, 'rebels', 'ArmedForce')
    >>> agent_in_phrase(["the", "weather"]) is None
    True
    """
    lowered = [w.lower() for w in words]
    for start in range(len(lowered)):
        entry = _agents().get(" ".join(lowered[start:]))
        if entry is not None:
            return start, entry
    return None


def agent_class(phrase: str) -> str | None:
    """The contract actor class of a generic agent noun phrase, or None.

    >>> agent_class("security forces"), agent_class("refugees"), agent_class("banana")
    ('ArmedForce', 'Group', None)
    """
    entry = agent(phrase)
    return entry.event_class if entry else None


def agent_phrases() -> frozenset[str]:
    """Every agent surface form (singular and plural)."""
    return frozenset(_agents())


@dataclass(frozen=True)
class NamedActor:
    """An armed non-state group (``source == "MilNonState"``) or an international organisation."""

    name: str
    aliases: tuple[str, ...]
    code: str
    actor_class: str
    source: str

    @property
    def surface_forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@cache
def named_actors() -> tuple[NamedActor, ...]:
    """All named actors: armed groups first, then international organisations."""
    return tuple(
        NamedActor(
            name=row["name"],
            aliases=tuple(row["aliases"]),
            code=row["code"],
            actor_class=row["class"],
            source=row["source"],
        )
        for row in _load("actors.json")["actors"]
    )


def armed_group_names() -> tuple[NamedActor, ...]:
    """The armed non-state groups (Phoenix MilNonState), with their aliases."""
    return tuple(a for a in named_actors() if a.source == "MilNonState")


@cache
def _actor_index() -> Mapping[str, tuple[NamedActor, ...]]:
    index: dict[str, list[NamedActor]] = {}
    for actor in named_actors():
        for form in dict.fromkeys(f.lower() for f in actor.surface_forms):
            index.setdefault(form, []).append(actor)
    return {form: tuple(actors) for form, actors in index.items()}


def resolve_actor(name: str) -> tuple[NamedActor, ...]:
    """Every named actor a name or alias may denote (case-insensitive); ambiguous names give several.

    >>> [a.name for a in resolve_actor("FARC")]
    ['Revolutionary Armed Forces of Colombia']
    """
    return _actor_index().get(" ".join(name.lower().split()), ())


# --- discards ---------------------------------------------------------------------------------


@cache
def discard_phrases() -> frozenset[str]:
    """Lower-case phrases that mark a sentence as not about political events (sports …)."""
    return frozenset(_load("discards.json")["phrases"])


# --- spaCy matchers ---------------------------------------------------------------------------


def _phrase_matcher(vocab: Vocab, phrases: Iterable[tuple[str, str]]) -> PhraseMatcher:
    """A LOWER-attribute PhraseMatcher over ``(key, phrase)`` pairs; the phrases are tokenised
    with a blank English tokenizer sharing ``vocab``, so multi-word forms align with the Doc."""
    from spacy.lang.en import English

    nlp = English(vocab=vocab)
    matcher = PhraseMatcher(vocab, attr="LOWER")
    grouped: dict[str, list[str]] = {}
    for key, phrase in phrases:
        grouped.setdefault(key, []).append(phrase)
    for key in sorted(grouped):
        matcher.add(key, [nlp.make_doc(text) for text in sorted(set(grouped[key]))])
    return matcher


def agent_matcher(vocab: Vocab) -> PhraseMatcher:
    """Matches generic agents case-insensitively; the match key is the actor class
    (``ArmedForce`` …); :func:`agent` on the span text gives the full entry."""
    return _phrase_matcher(vocab, ((e.event_class, p) for p, e in _agents().items() if e.event_class))


def named_actor_matcher(vocab: Vocab, source: str | None = None) -> PhraseMatcher:
    """Matches named actors' names and aliases case-insensitively; the key is the canonical name.

    ``source`` restricts to ``"MilNonState"`` or ``"International"``. Names are matched on
    lower case, so short aliases that are also words ("Red Line") want a check on the span's
    capitalisation by the caller.
    """
    actors = [a for a in named_actors() if source is None or a.source == source]
    return _phrase_matcher(vocab, ((a.name, form) for a in actors for form in a.surface_forms))


def discard_matcher(vocab: Vocab) -> PhraseMatcher:
    """Matches discard phrases case-insensitively (key ``DISCARD``)."""
    return _phrase_matcher(vocab, (("DISCARD", p) for p in discard_phrases()))


def _token_spec(token: str) -> dict[str, Any]:
    words: set[str] = set()
    for alternative in expand_token(token):
        # A token spec holds one word: multi-word alternatives are matched on their head (last) word.
        last = alternative.split()[-1]
        words.update((last, _plural(last)))
    return {"LOWER": {"IN": sorted(words)}}


def _plural(word: str) -> str:
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("s", "x", "ch", "sh")) else "s")


def token_pattern(entry: VerbEntry, pattern: VerbPattern) -> list[dict[str, Any]]:
    """A spaCy ``Matcher`` pattern for one verb pattern: the pattern's words in order around the
    verb (matched by lemma), any tokens between them. Slots are left to the caller's parse.

    >>> entry = next(e for e in verb_entries("halt") if e.block == "cancel")
    >>> pattern = next(p for p in entry.patterns if p.after == ("aid",))
    >>> token_pattern(entry, pattern)[0], token_pattern(entry, pattern)[-1]
    ({'LEMMA': 'halt'}, {'LOWER': {'IN': ['aid', 'aids']}})
    """
    gap: dict[str, Any] = {"OP": "*", "IS_PUNCT": False}
    spec: list[dict[str, Any]] = []
    for token in (*entry.before, *pattern.before):
        if token not in SLOTS:
            spec += [_token_spec(token), gap]
    spec.append({"LEMMA": entry.lemma})
    for token in (*entry.after, *pattern.after):
        if token not in SLOTS:
            spec += [gap, _token_spec(token)]
    return spec


@cache
def _word_sets(tokens: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    sets = []
    for token in tokens:
        if token in SLOTS:
            continue
        words: set[str] = set()
        for alternative in expand_token(token):
            last = alternative.split()[-1]
            words.update((last, _plural(last)))
        sets.append(frozenset(words))
    return tuple(sets)


def _in_order(wanted: tuple[frozenset[str], ...], words: Sequence[str]) -> bool:
    position = 0
    for alternatives in wanted:
        while position < len(words) and words[position] not in alternatives:
            position += 1
        if position == len(words):
            return False
        position += 1
    return True


def match_patterns(entry: VerbEntry, before: Sequence[str], after: Sequence[str]) -> tuple[VerbPattern, ...]:
    """The entry's patterns whose words occur, in order, among ``before`` and ``after``.

    ``before``/``after`` are the lower-case words (or lemmas) the caller relates to the verb, for
    example the verb's syntactic subtree left and right of it. Slots are not checked: the
    caller's parse finds the actors. The most specific patterns (most words) come first; a
    multi-word verb (``ask for``) needs its particle among ``after`` for any pattern to match.

    >>> entry = next(e for e in verb_entries("halt") if e.block == "cancel")
    >>> [(p.code, p.event_class) for p in match_patterns(entry, [], ["all", "aid"])][:1]
    [('162', 'Sanction')]
    """
    before = [w.lower() for w in before]
    after = [w.lower() for w in after]
    if not (_in_order(_word_sets(entry.before), before) and _in_order(_word_sets(entry.after), after)):
        return ()
    hits = [
        p
        for p in entry.patterns
        if p.words and _in_order(_word_sets(p.before), before) and _in_order(_word_sets(p.after), after)
    ]
    return tuple(sorted(hits, key=lambda p: -len(p.words)))


def verb_pattern_key(entry: VerbEntry, index: int) -> str:
    """The match key :func:`verb_matcher` uses for ``entry.patterns[index]``."""
    return f"{entry.phrase}|{entry.block}|{index}"


def verb_matcher(vocab: Vocab, classes: Iterable[str] | None = None, own_only: bool = True) -> Matcher:
    """A ``Matcher`` over the verb patterns that code one of ``classes`` (all classes if None).

    Keys come from :func:`verb_pattern_key`. ``own_only`` keeps only patterns written for the
    verb itself (:meth:`VerbEntry.own_patterns`). Patterns without words (a bare slot) are
    left out: the verb's default code covers them.
    """
    wanted = None if classes is None else frozenset(classes)
    matcher = Matcher(vocab)
    for lemma in sorted(_verbs()):
        for entry in _verbs()[lemma]:
            allowed = set(entry.own_patterns()) if own_only else None
            for index, pattern in enumerate(entry.patterns):
                if pattern.event_class is None or (wanted is not None and pattern.event_class not in wanted):
                    continue
                if (allowed is not None and pattern not in allowed) or not pattern.words:
                    continue
                matcher.add(verb_pattern_key(entry, index), [token_pattern(entry, pattern)])
    return matcher


def pattern_for_key(key: str) -> tuple[VerbEntry, VerbPattern]:
    """The entry and pattern behind a :func:`verb_matcher` key."""
    phrase, block, index = key.rsplit("|", 2)
    lemma_entries = [e for entries in _verbs().values() for e in entries if e.phrase == phrase and e.block == block]
    if not lemma_entries:
        raise KeyError(key)
    entry = lemma_entries[0]
    return entry, entry.patterns[int(index)]
