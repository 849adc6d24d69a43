"""A spaCy component that gives names the caller knows the label of what they name.

The small English model tags "Odesa" as LANGUAGE or not at all, "Armenia" as ORG and
"Kherson" as PERSON; the linker then looks in the wrong classes (an ORG never links to a
State) and the mention loses its place and its Wikidata link. The knowledge base knows what
these names are, so its class wins over the statistical label:

* **relabel**: an entity whose exact text (a leading "the" aside) is a known name gets the
  label of the name's class when its own label could not denote that class ("Armenia"/ORG
  becomes GPE; "Kyiv"/GPE stays, as does "the Pentagon"/FAC);
* **add**: a known name the NER missed entirely becomes an entity, but only where it is
  surely a name: title-case proper-noun tokens, inside no other entity, not the start of a
  sentence, not the first or last word of a longer capitalised name, and not a common English
  word ("Nice", "Split", "Mobile" and "Reading" are cities, but "Split" starting a sentence is
  a verb). Common words are the adjectives, verbs and adverbs of the pipeline's own
  lemmatizer tables, plus :data:`COMMON_NAMES`.

Which names are known, and as what, is the caller's business (the pipeline takes ``names``
from the knowledge base and ``actors`` from the Phoenix dictionaries); the component takes plain
mappings so its configuration round-trips through ``nlp.config``. ``actors`` are organisations
the knowledge base may lack (armed groups, international bodies) with their contract class:
they are only added where the NER missed them or made a person or a people of them, always as
ORG, and the entity keeps the class as its span ``id_`` so that the resolver types the mention
by it when nothing links ("the FDLR" stays an ArmedForce). A one-word actor name must also be
no English word at all (Phoenix lists "Tigers" and "Foundation" as aliases), unless it is an
acronym or hyphenated ("FARC", "Al-Shabaab").

It also takes "Belgorod Oblast" or "Idlib Governorate", which the model often tags ORG, for
the places their last word says they are.

``places`` are names the knowledge base knows only as places (cities, regions), never as
states: their entities keep the class ``Place`` as span ``id_``, so that extraction can tell
"the Pretoria agreement" (where it was signed) from "the Iran deal" (who made it) before
anything is linked.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

# Local words for a first-level unit that no organisation's name ends with ("Province" does:
# "Islamic State – West Africa Province").
UNIT_WORDS = frozenset(["Oblast", "Governorate", "Krai"])
# Labels a name can wrongly get; DATE, CARDINAL … on a known name are left alone ("March").
NAME_LABELS = frozenset(["ORG", "PERSON", "GPE", "LOC", "NORP", "LANGUAGE", "FAC", "PRODUCT", "WORK_OF_ART"])
# NER labels that already fit a target label: "the Pentagon" may stay a FAC, a city a LOC.
FITTING = {"GPE": frozenset(["GPE", "LOC", "FAC"]), "ORG": frozenset(["ORG", "FAC"]), "PERSON": frozenset(["PERSON"])}
TARGET_LABELS = frozenset(FITTING)
# Lower-case words inside a multi-word name ("Bank of England", "Jabhat al-Nusra").
CONNECTORS = frozenset(["of", "the", "and", "for", "de", "del", "la", "al", "el", "du", "des", "on", "in"])
MIN_ADDED_LENGTH = 4  # a one-word name shorter than this is too easily a word ("Of", "Bar")
COMMON_POS = ("adj", "verb", "adv")
# Nouns that are place names and everyday words; the lemmatizer's noun list cannot tell
# them apart from proper nouns (it lists "armenia" as well as "reading").
COMMON_NAMES = frozenset(
    ["reading", "bath", "police", "union", "victory", "independence", "liberty", "progress", "justice", "hope"]
)
PLACE = "Place"  # span id of an entity the knowledge base knows only as a place
OPENING_PUNCT = frozenset(['"', "\u201c", "'", "\u2018", "(", "[", ":", "-", "\u2013", "\u2014"])


def common_words(nlp: Language, parts: tuple[str, ...] = COMMON_POS) -> frozenset[str]:
    """Lower-case words of these parts of speech (adjectives, verbs and adverbs by default)
    from the pipeline's lemmatizer tables; for a pipeline without rule tables only
    :data:`COMMON_NAMES` guards additions."""
    if "lemmatizer" not in nlp.pipe_names:
        return COMMON_NAMES
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return COMMON_NAMES
    index = lookups.get_table("lemma_index")
    words: set[str] = set(COMMON_NAMES)
    for pos in parts:
        if pos in index:
            words.update(index[pos])
    return frozenset(words)


class KnownNames:
    """Relabel entities that are known names to the label of their class, and add known
    names the NER missed where they are surely names (see the module docstring)."""

    def __init__(
        self,
        nlp: Language,
        names: Mapping[str, str],
        add: Iterable[str] = (),
        actors: Mapping[str, str] | None = None,
        places: Iterable[str] = (),
    ) -> None:
        self.names = {name: label for name, label in names.items() if label in TARGET_LABELS}
        self.places = frozenset(places)
        self.add = frozenset(name for name in add if name in self.names)
        self.common = common_words(nlp)
        self.words = common_words(nlp, ("noun", *COMMON_POS))
        known = {name.lower() for name in self.names}
        self.actors = {
            name.lower(): cls
            for name, cls in (actors or {}).items()
            if name.lower() not in known and self._actor_name(name)
        }
        # Added names are found case-insensitively and checked for capitals in the text itself.
        self._added = _unambiguous((name.lower(), self.names[name]) for name in self.add)
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for key, phrases in (("KNOWN", self._added), ("ACTOR", self.actors)):
            if phrases:
                self.matcher.add(key, [nlp.make_doc(phrase) for phrase in sorted(phrases)])

    def _actor_name(self, name: str) -> bool:
        if " " in name:
            return True
        if "-" in name or name.isupper():
            return len(name) >= 3 and name.lower() not in self.common
        return name.lower() not in self.words

    def _relabelled(self, ent: Span) -> Span | None:
        """``ent`` with the label (and class) it should have, or ``None`` to keep it."""
        text = ent.text[4:] if ent.text.startswith("the ") else ent.text
        target = self.names.get(text)
        if target is not None and ent.label_ in NAME_LABELS and ent.label_ not in FITTING[target]:
            return Span(ent.doc, ent.start, ent.end, label=target)
        kind = self.actors.get(text.lower())
        if kind is not None and ent.label_ in NAME_LABELS - FITTING["GPE"]:
            return Span(ent.doc, ent.start, ent.end, label="ORG", span_id=kind)
        if ent.label_ == "ORG" and len(ent) > 1 and ent[-1].text in UNIT_WORDS:
            return Span(ent.doc, ent.start, ent.end, label="GPE")
        return None

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        changed = False
        for n, ent in enumerate(ents):
            relabelled = self._relabelled(ent)
            if relabelled is not None:
                ents[n] = relabelled
                changed = True
            elif self.places and ent.label_ in FITTING["GPE"] and not ent.id_ and self._place_name(ent):
                ents[n] = Span(doc, ent.start, ent.end, label=ent.label_, span_id=PLACE)
                changed = True
        added = self._missed(doc)
        if added:
            covered = {t.i for span in added for t in span}
            ents = [ent for ent in ents if ent.start not in covered]
        if added or changed:
            doc.ents = sorted(ents + added, key=lambda e: e.start)
        return doc

    def _place_name(self, ent: Span) -> bool:
        return (ent.text[4:] if ent.text.startswith("the ") else ent.text) in self.places

    def _missed(self, doc: Doc) -> list[Span]:
        matches = self.matcher(doc)
        if not matches:
            return []
        spans = [Span(doc, start, end, label=key) for key, start, end in matches]
        found = []
        for span in filter_spans(spans):
            if not self._surely_name(span):
                continue
            lower = span.text.lower()
            if span.label_ == "ACTOR":
                found.append(Span(doc, span.start, span.end, label="ORG", span_id=self.actors[lower]))
            elif lower in self._added:
                kind = PLACE if span.text in self.places else ""
                found.append(Span(doc, span.start, span.end, label=self._added[lower], span_id=kind))
        return found

    def _surely_name(self, span: Span) -> bool:
        doc = span.doc
        # "ECOWAS threatened …": a capitalised acronym opening a sentence is often tagged a noun
        acronym = len(span) == 1 and span[0].is_upper and len(span[0]) >= 3 and span[0].is_alpha
        # ("Odesa was hit …": the tagger may call an unfamiliar capitalised word a noun)
        rare_title = all(t.is_title and t.lower_ not in self.common for t in span if t.is_alpha)
        extends = self._extends_entity(span)
        if not (extends or all(not t.ent_type_ for t in span)):
            return False
        if not (acronym or rare_title or any(t.pos_ == "PROPN" for t in span)):
            return False
        inner = range(span.start + 1, span.end - 1)
        if not all(t.is_title or t.is_upper or (t.lower_ in CONNECTORS and t.i in inner) for t in span if t.is_alpha):
            return False
        if len(span) == 1 and not (acronym or self._lone_name(span[0])):
            return False
        first = span[0]
        opening = first.is_sent_start or (first.i > 0 and doc[first.i - 1].text in OPENING_PUNCT)
        if opening and first.lower_ in self.common and not extends:
            return False  # capitalised by position, not as a name: "Split" opening a sentence
        return not _in_longer_name(span)

    @staticmethod
    def _extends_entity(span: Span) -> bool:
        """ "Islamic State", tagged "Islamic"/NORP and "State": a known name that holds whole
        name-like entities and more words is the longer name (a crossing or equal span is not)."""
        inner = [ent for ent in span.doc.ents if ent.start < span.end and span.start < ent.end]
        return bool(inner) and all(
            span.start <= ent.start and ent.end <= span.end and len(ent) < len(span) and ent.label_ in NAME_LABELS
            for ent in inner
        )

    def _lone_name(self, token: Token) -> bool:
        return (
            (token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.is_title))
            and (token.is_title or (token.is_upper and len(token) >= 3))
            and len(token) >= (3 if token.is_upper else MIN_ADDED_LENGTH)
            and token.lower_ not in self.common
        )


def _unambiguous(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Lower-cased names that keep one label ("US" and "Us" must agree, or neither is added)."""
    found: dict[str, str] = {}
    clashes: set[str] = set()
    for name, label in pairs:
        if found.setdefault(name, label) != label:
            clashes.add(name)
    return {name: label for name, label in found.items() if name not in clashes}


def _capitalised(token: Token) -> bool:
    return token.pos_ == "PROPN" and (token.is_title or token.is_upper)


def _in_longer_name(span: Span) -> bool:
    """ "Gaza" in "Gaza Humanitarian Foundation": the name is part of a longer one."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return any(t is not None and _capitalised(t) and not t.is_sent_start for t in (before, after))


@Language.factory(
    "parley_known_names",
    assigns=["doc.ents"],
    requires=["doc.ents", "token.pos"],
    default_config={"names": {}, "add": [], "actors": {}, "places": []},
)
def make_known_names(
    nlp: Language, name: str, names: dict[str, str], add: list[str], actors: dict[str, str], places: list[str]
) -> KnownNames:
    return KnownNames(nlp, names, add, actors, places)
