"""Modality and suppression cues: is the event asserted, planned, alleged, denied — or
not an event at all (a question, a hypothetical, a habit)?"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Token

from graph_builder.extract import lexicon as lx
from graph_builder.extract.attach import claiming_verb, is_support_verb, phrase_top
from graph_builder.extract.dates import MONTHS, WEEKDAYS

CONDITIONAL_MARKS = frozenset(["if", "whether", "unless"])
HYPOTHETICAL_AUX = frozenset(["could", "might", "may"])
FUTURE_AUX = frozenset(["will", "shall", "would", "'ll", "wo"])
PLANNED_MODIFIERS = frozenset(
    ["planned", "upcoming", "proposed", "next", "scheduled", "future", "intended", "prospective"]
)
DENY_LEMMAS = frozenset(["deny", "reject", "dismiss", "refute"])
DENIED_ROLES = frozenset(["involvement", "responsibility", "role", "part", "complicity", "link", "links"])
ALLEGE_LEMMAS = frozenset(["accuse", "allege", "allegation", "claim", "accusation"])
CHARGE_LEMMAS = ALLEGE_LEMMAS | {"charge", "blame"}


def _ancestors(token: Token, steps: int) -> list[Token]:
    found = []
    node = token
    for _ in range(steps):
        if node.head == node:
            break
        node = node.head
        found.append(node)
    return found


def _coordinated_with(trigger: Token, chain: list[Token]) -> set[Token]:
    """Verbs above the trigger reached through "and": the act beside them, not inside them."""
    found: set[Token] = set()
    node = trigger
    for head in chain:
        if node.dep_ == "conj":
            found.add(head)
        node = head
    return found


def governing_verb(token: Token) -> Token | None:
    """The verb whose argument the (nominal) trigger is, through "package of" chains."""
    node = token
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") and node != token:
            return node
        if node.head == node:
            return None
        node = node.head
    return None


def is_suppressed(trigger: Token, nominal: bool, *, conditional_content: bool = False) -> bool:
    """Questions, hypotheticals, negated and habitual statements name no event. A threat's
    condition is what it threatens ("warned of a response if it struck"), so with
    ``conditional_content`` the trigger's own "if" clause does not make it hypothetical."""
    sent = trigger.sent
    if any(t.text == "?" for t in sent[-3:]):
        return True
    chain = [trigger, *_ancestors(trigger, 3)]
    for node in chain:
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in node.children):
            return True
        if node.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in node.children
        ):
            return True  # "Russia could launch a new offensive"
        own_condition = conditional_content and node == trigger
        if not own_condition and any(
            c.dep_ == "advcl" and any(m.lower_ in CONDITIONAL_MARKS for m in c.children) for c in node.children
        ):
            return True  # the consequence of "if talks fail"
    if any(
        c.lower_ in lx.HYPOTHETICAL_MODIFIERS or c.lower_ in ("no",)
        for c in trigger.children
        if c.dep_ in ("amod", "det")
    ):
        return True
    # "no date has been agreed", "no prisoners were freed", "shot down nothing": the verb's one
    # argument is none at all
    arguments = [c for c in trigger.children if c.dep_ in ("nsubjpass", "dobj")]
    none_at_all = any(c.lower_ in ("nothing", "none", "nobody") for c in arguments)
    none_at_all = none_at_all or any(d.dep_ == "det" and d.lower_ == "no" for c in arguments for d in c.children)
    if not nominal and (none_at_all or _done_by_no_one(trigger)):
        return True
    governor = governing_verb(trigger) if nominal and phrase_top(trigger).dep_ != "nsubj" else None
    # the verb's subject would do the event: "no group has claimed responsibility for the attack" leaves it done
    if governor is not None and governor.lemma_.lower() in DOING_VERBS and _done_by_no_one(governor):
        return True  # "neither side has agreed to a truce"
    if governor is not None and governor.lemma_.lower() in lx.SIMULATING_VERBS:
        return True  # "an exercise simulating a rocket strike": a drill
    # "did not rule out strikes": the negation is the idiom's own, the threat stands
    if not nominal and any(c.dep_ == "neg" for c in trigger.children) and not _rules_out(trigger):
        return True
    if nominal and trigger.dep_ == "oprd" and _names_a_deed_told(trigger.head):
        return True  # "called the detention a kidnapping": the name a speaker gives a deed, no deed of its own
    if nominal and _only_asked_for(trigger):
        return True  # "called for a ceasefire", "threatened sanctions": the demand or threat is the news
    if _asked_for_not_told(trigger, nominal) and any(map(_demanded_act, chain)):
        return True  # "demanded that the army end its shelling", "asked the factions to sign a truce"
    if nominal and _undone_by_its_verb(trigger):
        return True  # "have not held talks since 2008", "the deal was never signed", "talks were postponed"
    if _no_plans_for(trigger):
        return True  # "there were no plans to send aid"
    if not nominal and trigger.dep_ in ("acl", "relcl") and trigger.head.lemma_.lower() in lx.MANDATE_NOUNS:
        return True  # "a Security Council mandate to protect civilians": a task, not a deed
    if not nominal and _ongoing_since(trigger):
        return True  # "the Tigers have fought for a homeland since 1983": background
    if not nominal and trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in lx.FAILING_VERBS:
        return True  # "failed to supply ammunition", "refused to release them": it did not happen
    return _is_habitual(trigger, nominal)


LONG_FIGHT_VERBS = lx.MUTUAL_FIGHT_VERBS | {"fight", "battle"}
# Verbs whose negation undoes their event noun: "have not held talks", "was never signed",
# "talks did not take place", "has not fought a battle since 2019".
NEGATABLE_EVENT_VERBS = lx.SUPPORT_VERBS | LONG_FIGHT_VERBS | {"sign", "hold", "reach", "take", "happen", "occur", "go"}
# Verbs whose subject does the event their object names: "neither side has agreed to a truce".
DOING_VERBS = NEGATABLE_EVENT_VERBS | {"agree"}


def _undone_by_its_verb(trigger: Token) -> bool:
    """An event noun whose own verb is negated or calls it off."""
    top = phrase_top(trigger)
    if top.dep_ not in ("dobj", "nsubjpass", "nsubj"):
        return False
    verb = top.head
    negated = any(c.dep_ == "neg" for c in verb.children)
    called_off = verb.lemma_.lower() in lx.CALLING_OFF_VERBS and top.dep_ in ("dobj", "nsubjpass")
    return (negated and verb.lemma_.lower() in NEGATABLE_EVENT_VERBS) or called_off


# Date words of this year's news, not a struggle's history: "since 5 December", "for three days".
RECENT_DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | {"day", "days", "week", "weeks"}
YEAR = re.compile(r"(?:19|20)\d{2}")


def _done_by_no_one(verb: Token) -> bool:
    """ "Neither side has agreed to a truce", "no country has signed the accord": the subject is none."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(s.lower_ in ("neither", "nobody", "none") or any(d.dep_ == "det" and d.lower_ in ("neither", "no")
                                                               for d in s.children) for s in subjects)  # fmt: skip


def _ongoing_since(verb: Token) -> bool:
    """ "have fought for a homeland since 1983", "whose soldiers have fought alongside the army
    since December": a struggle's history. Forces that "have been battling gunmen since 5 December"
    or "for three days" are this week's news."""
    perfect = any(c.dep_ == "aux" and c.lower_ in ("have", "has") for c in verb.children)
    spans = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("since", "for")]
    dated = [g for c in spans for g in c.subtree if g.ent_type_ == "DATE"]
    words = {g.lower_ for g in dated}
    progressive = verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ == "been" for c in verb.children)
    recent = progressive and bool(words & RECENT_DATE_WORDS) and not any(YEAR.fullmatch(word) for word in words)
    return perfect and bool(dated) and not recent and verb.lemma_.lower() in LONG_FIGHT_VERBS


def _no_plans_for(trigger: Token) -> bool:
    for node in _ancestors(trigger, 3):
        if node.lemma_.lower() in lx.PLANNED_CUES and any(c.dep_ == "det" and c.lower_ == "no" for c in node.children):
            return True
    return False


def _is_habitual(trigger: Token, nominal: bool) -> bool:
    verb = governing_verb(trigger) if nominal else trigger
    if verb is None:
        return False
    has_adverb = any(c.lower_ in lx.GENERIC_ADVERBS for c in verb.children)
    bare_plural = (
        nominal and trigger.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in trigger.children)
    )
    return has_adverb and (bare_plural or verb.tag_ in ("VBZ", "VBP"))


def modality(trigger: Token, nominal: bool) -> str:
    """Asserted, Planned, Alleged or Denied, from the words around the trigger."""
    chain = _ancestors(trigger, 4)
    lemmas = [t.lemma_.lower() for t in chain]
    # what a denial covers hangs below it; "rejected the offer and called for a truce"
    # coordinates a second act with the denial, through the verb the trigger is, or is under
    coordinated = _coordinated_with(trigger, chain)
    pairs = enumerate(zip(chain, lemmas, strict=True))
    denied = [n for n, (t, lemma) in pairs if lemma in DENY_LEMMAS and t not in coordinated]
    # "denied any involvement in the attack": the attack happened, the part in it is denied;
    # "accused Rwanda of arming rebels, a charge Kigali denies": the charge was made, what it
    # says is denied
    charge = trigger.lemma_.lower() in CHARGE_LEMMAS
    if denied and not charge and not any(lemma in DENIED_ROLES for lemma in lemmas[: denied[0]]):
        return "Denied"
    # "accused the rebels of killing": accuse ← rebels ← of ← killing
    # "claimed (responsibility for) the bombing": the bombing happened, the claim is whose it was
    claimed_deed = "responsibility" in lemmas[:3] or (nominal and claiming_verb(phrase_top(trigger)) is not None)
    # "accused Haftar of a coup and said its forces had counter-attacked": the second verb is
    # coordinated with the accusation, which does not cover what it says
    crossings = (n + 1 for n, t in enumerate(chain[:3]) if t.dep_ == "conj" and t.head.lemma_.lower() in ALLEGE_LEMMAS)
    reach = next(crossings, 3)
    alleged = any(lemma in ALLEGE_LEMMAS for lemma in lemmas[:reach]) and not claimed_deed
    if any(c.lower_ == "allegedly" for c in trigger.children) or alleged:
        return "Alleged"
    if not nominal and trigger.dep_ == "pcomp" and trigger.head.lower_ == "for" and trigger.head.head.lemma_ == "blame":
        return "Alleged"  # "blamed Kabul for sheltering militants"; "blamed X for the attack" blames, the attack was
    if _is_planned(trigger, nominal, chain):
        return "Planned"
    return "Asserted"


def _asked_for_not_told(trigger: Token, nominal: bool) -> bool:
    """A trigger that can be what a demand asks for: not a demand itself, and, as a noun, not
    a deal or truce the text points back to ("urged both sides to respect the 2014 truce",
    "the accord that it signed")."""
    if trigger.lemma_.lower() in lx.DEMANDING_VERBS:
        return False
    if not nominal:
        return True
    pointed = any(c.dep_ in ("poss", "relcl", "acl", "compound", "nummod") or c.lower_ in ("the", "this", "that")
                  for c in trigger.children)  # fmt: skip
    return not pointed


def _demanded_act(node: Token) -> bool:
    """An act in the base form that a demand asks of someone: "demanded that the army end …",
    "asked the factions to sign …". The demand is the news; what it asks has not happened."""
    asked = node.head.lemma_.lower() in lx.DEMANDING_VERBS - {"threaten", "warn"}
    return asked and node.dep_ in ("ccomp", "xcomp") and node.tag_ == "VB"


def _names_a_deed_told(verb: Token) -> bool:
    """ "called the arrest …": a naming verb whose object is a deed the text tells; in "launched
    what Baku called an operation" the name is all the deed has."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return verb.lemma_.lower() in lx.NAMING_VERBS and any(o.lower_ not in ("what", "which") for o in objects)


def _only_asked_for(noun: Token) -> bool:
    """An event noun that a demand or threat asks for or holds out, and no more: "called for a
    humanitarian ceasefire", "demanded the release of", "threatened sanctions", "warned of
    strikes". Annotators record the demand or threat, not what it asks for."""
    verb = _asking_verb(noun)
    if verb is not None and verb.lemma_.lower() in lx.DEMANDING_VERBS:
        return True
    # "has not ruled out strikes on Iran": the strikes are held out, as "threatened strikes" are
    top = phrase_top(noun)
    return top.dep_ == "dobj" and _rules_out(top.head)


def _rules_out(verb: Token) -> bool:
    return verb.lemma_.lower() == "rule" and any(c.lower_ == "out" for c in verb.children)


def _asking_verb(noun: Token) -> Token | None:
    """The verb that asks for, offers or holds out the event a noun names: "requested a
    meeting", "warned of new strikes", "asked for talks"; but "called the bombing an outrage"
    names a deed done."""
    top = phrase_top(noun)
    named_as = any(c.dep_ in ("oprd", "attr", "appos") for c in (*top.children, *top.head.children))
    if top.dep_ == "dobj" and top.head.lemma_.lower() in lx.ASKING_VERBS and not named_as:
        return top.head
    asked_of = top.head.head if top.dep_ == "pobj" and top.head.dep_ == "prep" else None
    return asked_of if asked_of is not None and asked_of.lemma_.lower() in lx.ASKING_VERBS else None


def _is_planned(trigger: Token, nominal: bool, chain: list[Token]) -> bool:
    if nominal and any(c.lower_ in PLANNED_MODIFIERS for c in trigger.children):
        return True
    verb = governing_verb(trigger) if nominal else trigger
    for node in [v for v in (verb,) if v is not None] + chain[:3]:
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in node.children):
            return True
        if node.lemma_.lower() in ("go",) and any(c.dep_ == "xcomp" for c in node.children):
            return True
    path = [trigger, *chain[:4]]
    if nominal:
        # The noun must be what the plan does ("to carry out an exchange"), not what it
        # stops ("intended to halt fighting").
        if _asking_verb(trigger) is not None:
            return True  # "offered talks", "proposed a swap": asked for or offered, not held
        top = phrase_top(trigger)
        if top.dep_ == "dobj" and not is_support_verb(top.head):
            return False
    for lower, upper in itertools.pairwise(path):
        infinitive = lower.dep_ in ("xcomp", "advcl", "acl") and any(
            c.dep_ in ("aux", "auxpass") and c.lower_ == "to" for c in lower.children
        )
        # "planned to", and asked for: "urged allies to send"
        # "gave Sudan 30 days to disarm the militias": demanded, not done; but "… or face
        # measures" is the threat the ultimatum makes
        deadline = (
            upper.lemma_.lower() == "give"
            and any(c.lemma_.lower() in lx.DEADLINE_NOUNS for c in upper.children)
            and trigger.lemma_.lower() != "face"
        )
        # "are to be freed by March 10", "the two sides are to swap prisoners": arranged, not done
        arranged = (
            upper.lemma_.lower() == "be"
            and lower.dep_ == "xcomp"
            # "the goal is to provide aid" says what an aim is
            and not any(c.lemma_.lower() in lx.AIM_NOUNS for c in upper.children if c.dep_ == "nsubj")
        )
        if infinitive and (
            deadline
            or arranged
            or upper.lemma_.lower() in lx.PLANNED_CUES | lx.ASKING_VERBS | lx.OBJECT_CONTROL_VERBS
            or any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in lx.PLANNED_CUES for c in upper.children)
        ):
            return True
    return False
