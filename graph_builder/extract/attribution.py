"""Who reports an event: "according to X", "X said …", ", the ministry said".

The innermost speech verb that governs a trigger is its source; "according to" sources
cover every event of their sentence. Sources are actors only: "reliable sources" or
"reports" name no one and give nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from graph_builder.extract import lexicon as lx
from graph_builder.extract.actors import FILING_STATE, actors_for, is_office_holder, ref_from_span
from graph_builder.extract.records import ActorRef
from graph_builder.extract.roles import subject_of
from graph_builder.nlp.document_names import live_blog_marker

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
    # a source is told by the body it speaks for ("a Ukrainian security official said" is Ukraine's word)
    return [r for r in dict.fromkeys(speech_sources(trigger, ents) + refs) if not is_office_holder(r)]


# Verbs that frame a first-person account: "she recalls:", "told the podcast how …".
FRAMING_VERBS = lx.SPEECH_VERBS | {"recall", "remember", "recount", "describe", "speak", "talk"}
OPENING_QUOTES = frozenset(['"', "\u201c", "``"])
CLOSING_QUOTES = frozenset(['"', "\u201d", "''"])


def quoted_speakers(doc: Doc, ents: dict[int, Span]) -> dict[int, list[ActorRef]]:
    """Token index → who speaks, for every token inside a quotation whose speaker the text
    names: the subject of a speech verb before the quote in its sentence ("He told the BBC:
    "…"), after it (""…," said the negotiator"), or of the sentence that frames it ("Rajan
    told her story to a reporter. "In May we crossed …""). First-person accounts say "we" and
    "I" for that speaker."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for token in doc:
        if start is None and token.text in OPENING_QUOTES:
            start = token.i
        elif start is not None and token.text in CLOSING_QUOTES:
            spans.append((start, token.i))
            start = None
    speakers: dict[int, list[ActorRef]] = {}
    for first, last in spans:
        refs = _quote_speaker(doc, first, last, ents)
        if refs:
            speakers.update(dict.fromkeys(range(first + 1, last), refs))
    return speakers


def _quote_speaker(doc: Doc, first: int, last: int, ents: dict[int, Span]) -> list[ActorRef]:
    opening, closing = doc[first].sent, doc[last].sent
    before = [t for t in opening if t.i < first]
    after = [t for t in closing if t.i > last]
    framing = doc[opening.start - 1].sent if opening.start > 0 and first - opening.start <= 1 else None
    for candidates in (reversed(before), after, framing or ()):
        for verb in candidates:
            if verb.pos_ == "VERB" and verb.lemma_.lower() in FRAMING_VERBS:
                refs = [a for s in subject_of(verb) for a in _source_actors(s, ents)]
                if refs:
                    return refs
                unsaid = not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
                if unsaid and opening.start > 0:
                    return _introduced_before(doc[opening.start - 1].sent, ents)  # "As told to a magazine: …"
    return []


def _introduced_before(sent: Span, ents: dict[int, Span]) -> list[ActorRef]:
    """The person a story introduces before an account it gives without naming the speaker:
    "Sergeant Pierre Delorme … was posted to the bridge. As told to a magazine: "…"."""
    people = [s for s in sent.root.children if s.dep_ in ("nsubj", "nsubjpass") and s.ent_type_ == "PERSON"]
    return [a for s in people for a in _source_actors(s, ents)]


QUESTION_LABELS = frozenset(["q", "question", "questioner", "reporter", "journalist"])
MAX_LABEL_TOKENS = 4
MAX_NAMED_LABEL_TOKENS = 12
TURN_BREAKS = frozenset([".", "?", "!", '"', "\u201d"])


def transcript_speakers(doc: Doc, ents: dict[int, Span], filed: str | None) -> dict[int, list[ActorRef]]:
    """Token index → who speaks, for the turns of a transcript, so that "we" and "I" there
    are the speaker's side.

    * A turn a person's name opens ("The Minister of State (Jane Doe): We have …", "Lord
      Smith: My Lords, I welcome …") is that person's words.
    * In a briefing ("QUESTION: … MR. PRICE: We condemn …", "Q: … A: We urge …") an
      official's "we" is the state whose capital the dateline names ("WASHINGTON --"). A text
      with no question label is no briefing; a dateline that names no capital ("NEW YORK")
      gives no one, which the resolver decides (:data:`FILING_STATE` resolves to a state or
      to nothing).
    * In an interview with no dateline ("Jane Doe runs a clinic in Tawila. Q: … A: I call on
      the army …"), the answers are the words of the person the text introduced before the
      first question."""
    labels = _speaker_labels(doc, ents)
    if not labels:
        return {}
    answerer: list[ActorRef] = []
    if any(label.asks for label in labels):
        if filed is not None:
            answerer = [ActorRef(text=filed, start=0, end=len(filed), label=FILING_STATE)]
        else:
            answerer = _interviewee(doc[: labels[0].start], ents)
    speakers: dict[int, list[ActorRef]] = {}
    ends = [label.start for label in labels[1:]] + [len(doc)]
    for label, end in zip(labels, ends, strict=True):
        who = label.named or ([] if label.asks else answerer)
        # a line break ends a turn too: a live blog's "Spokesman Jane Doe: …" line is one entry
        end = next((t.i + 1 for t in doc[label.colon + 1 : end] if "\n" in t.text_with_ws), end)
        if who:
            speakers.update(dict.fromkeys(range(label.colon + 1, end), who))
    return speakers


def _interviewee(framing: Span, ents: dict[int, Span]) -> list[ActorRef]:
    """The person an interview's opening paragraph is about: the first one named as a subject
    ("For two years Jane Doe … has sat across tables from …"), else the first one named."""
    people = [e for e in framing.ents if e.label_ == "PERSON" and e.root.i in ents]
    subjects = [e for e in people if e.root.dep_ in ("nsubj", "nsubjpass")]
    return [a for e in (subjects or people)[:1] for a in actors_for(e.root, ents)]


@dataclass(frozen=True)
class SpeakerLabel:
    start: int
    colon: int
    asks: bool  # "QUESTION:", "Q:"
    named: list[ActorRef]  # the person a title-case label names


def _speaker_labels(doc: Doc, ents: dict[int, Span]) -> list[SpeakerLabel]:
    """Labels that open a turn with a colon: upper case ("QUESTION:", "MR. PRICE:", "A:"), or
    a person's name with no verb, maybe in an office's words ("The Minister of State (Jane
    Doe):", "Baroness Hale (Con):")."""
    labels = []
    for colon in (t.i for t in doc if t.text.endswith(":") and not t.like_num):  # "):" is one token
        start = colon
        while start > 0 and colon - start < MAX_LABEL_TOKENS and _label_word(doc[start - 1]):
            start -= 1
        if start < colon and _opens_turn(doc, start):
            labels.append(SpeakerLabel(start, colon, doc[colon - 1].lower_.rstrip(".") in QUESTION_LABELS, []))
            continue
        start = colon
        while start > 0 and colon - start < MAX_NAMED_LABEL_TOKENS and doc[start - 1].text not in TURN_BREAKS:
            start -= 1
        words = doc[start:colon]
        if not words or not _opens_turn(doc, start) or any(t.pos_ in ("VERB", "AUX") for t in words):
            continue
        people = [t for t in words if t.i in ents and ents[t.i].label_ == "PERSON" and t == ents[t.i].root]
        named = actors_for(people[-1], ents) if people else _addressed_by_rank(words)
        if named:
            labels.append(SpeakerLabel(start, colon, False, named))
    return labels


def _addressed_by_rank(words: Span) -> list[ActorRef]:
    """A name the model missed, told by the rank it opens with: "Lord Ashcombe", "Senator
    Jane Roe (D-Ohio)" (what the brackets add is no part of it)."""
    name = words[: next((t.i - words.start for t in words if t.text == "("), len(words))]
    if len(name) < 2 or name[0].lower_.rstrip(".") not in lx.HONORIFICS or any(t.pos_ != "PROPN" for t in name):
        return []
    return [ref_from_span(name, "PERSON")]


def _opens_turn(doc: Doc, start: int) -> bool:
    return start == 0 or doc[start - 1].text in TURN_BREAKS or doc[start - 1].is_space


def _label_word(token: Token) -> bool:
    word = token.text.rstrip(".")
    return word.isalpha() and word.isupper()


MAX_HEADLINE_SPEAKER_TOKENS = 6


def headline_speaker(sentence: Span, ents: dict[int, Span]) -> tuple[Span, list[ActorRef]] | None:
    """The party a headline or live-blog line opens with before a colon, and the colon:
    "Tehran: Israeli claims 'baseless'", "09:40 Netanyahu's office: …". The rest of the line is
    that party's words, as after "said". Returns the speaker's words and who they are; the colon
    follows them."""
    doc = sentence.doc
    start = sentence.start
    while start < sentence.end and (doc[start].is_punct or doc[start].is_space or live_blog_marker(doc[start])):
        start += 1  # "12:05 -", "BREAKING:"
    colon = next(
        (t for t in doc[start : min(sentence.end, start + MAX_HEADLINE_SPEAKER_TOKENS + 1)] if t.text == ":"), None
    )
    if colon is None or colon.i == start or colon.i + 1 >= sentence.end:
        return None
    words = doc[start : colon.i]
    if any(t.pos_ in ("VERB", "AUX") for t in words) or not any(t.i in ents for t in words):
        return None  # "Russia says: …" has its own verb; "Key points:" names no one
    if all(t.is_upper or not t.is_alpha for t in words):
        return None  # a transcript's speaker label ("MR. MILLER:", "QUESTION:") introduces a turn, not a headline
    heads = [t for t in words if not (start <= t.head.i < colon.i) or t.head == t]
    speakers = [a for h in heads[:1] for a in actors_for(h, ents)]
    return (words, speakers) if speakers else None
