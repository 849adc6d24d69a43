"""The CAMEO/Phoenix-derived lexicon: what the compiled data says, and that it rebuilds identically.

Every sentence here is written for the test; words are checked against the compiled lexicon,
whose sources are the dictionaries in ../shared/data/cameo.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from spacy.language import Language

from graph_builder.errors import InputError
from graph_builder.nlp import cameo_compile
from graph_builder.nlp import cameo_lexicon as lex

REPO = Path(__file__).resolve().parents[2]
SOURCES = Path(__file__).resolve().parents[3] / "shared" / "data" / "cameo"
LEXICON = REPO / "data" / "lexicon"


def default(lemma: str) -> tuple[str | None, str | None]:
    """(code, class) of the verb's first dictionary entry without particles."""
    entry = next(e for e in lex.verb_entries(lemma) if not e.before and not e.after)
    return entry.code, entry.event_class


def sentence_patterns(nlp: Language, text: str, lemma: str) -> list[lex.VerbPattern]:
    """The patterns of ``lemma`` that match its subtree in ``text``, as the extractor would ask."""
    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ == lemma)
    words = list(verb.subtree)
    before = [t.lower_ for t in words if t.i < verb.i]
    after = [t.lower_ for t in words if t.i > verb.i]
    return [p for e in lex.verb_entries(lemma) for p in lex.match_patterns(e, before, after)]


# --- verbs ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lemma", "code", "event_class"),
    [
        ("visit", "042", "Negotiation"),
        ("kidnap", "181", "Attack"),
        ("abduct", "181", "Attack"),
        ("torture", "1822", "Attack"),
        ("boycott", "163", "Sanction"),
        ("complain", "114", "Accusation"),
        ("accuse", "112", "Accusation"),
        ("threaten", "130", "Threat"),
        ("release", "084", "Release"),
        ("bomb", "190", "Attack"),
    ],
)
def test_verb_defaults_map_through_cameo_codes(lemma: str, code: str, event_class: str) -> None:
    assert default(lemma) == (code, event_class)


def test_indict_is_coded_173_and_has_no_contract_class() -> None:
    # CAMEO 173 (arrest, detain, charge) is domestic law enforcement: deliberately unmapped.
    assert default("indict") == ("173", None)
    assert lex.cameo_class("173") is None


def test_verbs_that_are_events_only_in_a_phrase_have_no_default() -> None:
    assert default("halt") == (None, None)
    assert default("suspend") == (None, None)


@pytest.mark.parametrize(
    ("text", "lemma", "code"),
    [
        ("The donors will halt aid to the port authority.", "halt", "162"),
        ("Two governments suspended aid after the coup.", "suspend", "162"),
        ("The council cut loans to the northern districts.", "cut", "1621"),
    ],
)
def test_stopping_aid_is_a_sanction(nlp: Language, text: str, lemma: str, code: str) -> None:
    patterns = sentence_patterns(nlp, text, lemma)
    assert patterns, f"no pattern of {lemma!r} matched {text!r}"
    assert patterns[0].event_class == "Sanction"
    assert patterns[0].code == code


def test_a_verb_without_its_phrase_matches_no_pattern(nlp: Language) -> None:
    assert not [p for p in sentence_patterns(nlp, "The convoy halted at dusk.", "halt") if p.event_class]


def test_exchanging_prisoners_is_a_prisoner_exchange_and_releasing_them_a_release(nlp: Language) -> None:
    swap = sentence_patterns(nlp, "Both armies exchanged prisoners at a bridge.", "exchange")
    assert swap[0].event_class == "PrisonerExchange"
    freed = sentence_patterns(nlp, "The militia released prisoners on Sunday.", "release")
    assert {p.event_class for p in freed} == {"Release"}


def test_returning_refugees_is_a_repatriation(nlp: Language) -> None:
    patterns = sentence_patterns(nlp, "The two states will repatriate refugees next spring.", "repatriate")
    assert [p.event_class for p in patterns][:1] == ["Repatriation"]


def test_offers_are_planned_events() -> None:
    offer = next(e for e in lex.verb_entries("offer") if e.block == "offer")
    assert (offer.code, offer.event_class, offer.planned) == ("030", "Agreement", True)
    codes = {p.after: (p.code, p.event_class, p.planned) for p in offer.patterns}
    assert codes[("talks",)] == ("036", "Negotiation", True)
    assert codes[("&ceasefire",)] == ("0356", "Ceasefire", True)
    # The same intent code without a ceasefire word (an offer to withdraw) has no class.
    assert codes[("withdraw",)] == ("0356", None, True)


def test_an_offer_to_release_composes_intent_and_release(nlp: Language) -> None:
    # CAMEO has no "offer to release" pattern: the governing verb brings the intent, the
    # complement's pattern the class.
    doc = nlp("The kidnappers offered to release the hostages within a week.")
    offer = next(t for t in doc if t.lemma_ == "offer")
    release = next(t for t in offer.subtree if t.lemma_ == "release")
    assert all(e.planned for e in lex.verb_entries("offer"))
    after = [t.lower_ for t in release.subtree if t.i > release.i]
    patterns = [p for e in lex.verb_entries("release") for p in lex.match_patterns(e, [], after)]
    assert patterns and patterns[0].event_class == "Release" and not patterns[0].planned


def test_multi_word_verbs_keep_their_particles() -> None:
    call_off = next(e for e in lex.verb_entries("call") if e.phrase == "call off")
    assert (call_off.after, call_off.code, call_off.event_class) == (("off",), "160", "Sanction")
    ask = [e for e in lex.verb_entries("ask") if e.phrase == "ask for"]
    assert ask and all(e.after == ("for",) for e in ask)
    # Without its particle, "ask for" matches nothing; with it, its patterns can.
    entry = ask[0]
    assert lex.match_patterns(entry, [], ["help"]) == ()
    assert lex.match_patterns(entry, [], ["for", "help"])


def test_wordnet_members_without_patterns_are_marked_unattested() -> None:
    assert next(iter(lex.verb_entries("kidnap"))).attested
    reside = next(iter(lex.verb_entries("reside")))
    assert reside.event_class == "Attack" and not reside.attested


def test_irregular_forms_lead_back_to_the_lemma() -> None:
    assert lex.lemma_for_form("fled") == "flee"
    assert lex.lemma_for_form("Kidnapped") == "kidnap"
    assert "sped" in next(iter(lex.verb_entries("speed"))).forms


def test_source_and_target_slots_are_located() -> None:
    entry = next(e for e in lex.verb_entries("add") if e.block == "add")
    banned = next(p for p in entry.patterns if "$" in p.after)
    assert banned.source_slot == ("after", len(banned.after) - 1)
    assert banned.target_slot is None
    assert banned.code == "1722" and banned.event_class is None


def test_swapped_codes_mark_the_reverse_direction() -> None:
    appear = next(e for e in lex.verb_entries("appear") if e.block == "appear")
    court = next(p for p in appear.patterns if p.after == ("before", "court"))
    assert (court.code, court.swap) == ("173", True)
    visit = next(e for e in lex.verb_entries("visit") if e.block == "visit")
    assert (visit.code, visit.reverse_code) == ("042", "043")


def test_synonym_sets_are_expanded_with_plurals() -> None:
    hostages = lex.expand_token("&hostage")
    assert {"hostage", "hostages", "prisoner", "prisoners"} <= set(hostages)
    assert lex.expand_token("to|for") == ("to", "for")
    assert lex.expand_token("+") == ()


@pytest.mark.parametrize(
    ("code", "event_class"),
    [
        ("046", "Negotiation"),
        ("043", "Negotiation"),
        ("036", "Negotiation"),
        ("057", "Agreement"),
        ("0871", "Ceasefire"),
        ("0841", "Release"),
        ("1621", "Sanction"),
        ("166", "Sanction"),
        ("073", "Aid"),
        ("010", "Statement"),
        ("017", None),
        ("112", "Accusation"),
        ("115", None),
        ("138", "Threat"),
        ("023", "Demand"),
        ("1011", "Demand"),
        ("145", None),
        ("1451", None),
        ("181", "Attack"),
        ("195", "Attack"),
        ("202", "Attack"),
        ("0842", None),
        (None, None),
    ],
)
def test_cameo_codes_map_to_contract_classes(code: str | None, event_class: str | None) -> None:
    assert lex.cameo_class(code) == event_class


def test_every_class_in_the_lexicon_is_a_contract_event_class() -> None:
    from rdflib import Graph, Namespace
    from rdflib.namespace import RDFS

    pa = Namespace("https://w3id.org/parley/ontology#")
    onto = Graph().parse(REPO / "ontology" / "parley.ttl")
    contract = {str(c).removeprefix(str(pa)) for c in onto.transitive_subjects(RDFS.subClassOf, pa.Event)}
    used = {
        p.event_class
        for lemma in lex.verb_lemmas()
        for e in lex.verb_entries(lemma)
        for p in (*e.patterns, e)
        if p.event_class
    }
    assert used and used <= contract
    # Every contract event class is reachable from some verb pattern or default.
    assert contract - {"Event"} <= used


# --- agents, named actors, discards -----------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "actor_class"),
    [
        ("rebels", "ArmedForce"),
        ("rebel", "ArmedForce"),
        ("police", "ArmedForce"),
        ("security forces", "ArmedForce"),
        ("Troops", "ArmedForce"),
        ("ministry", "GovernmentBody"),
        ("foreign ministry", "GovernmentBody"),
        ("court", "GovernmentBody"),
        ("refugees", "Group"),
        ("civilians", "Group"),
        ("journalists", "Group"),
        ("newspaper", "Organization"),
        ("chess", None),
    ],
)
def test_generic_agents_have_actor_classes(phrase: str, actor_class: str | None) -> None:
    assert lex.agent_class(phrase) == actor_class


def test_person_nouns_are_flagged_and_plurals_point_to_their_singular() -> None:
    minister = lex.agent("foreign minister")
    assert minister is not None and minister.person and minister.role == "GOV"
    ministry = lex.agent("foreign ministry")
    assert ministry is not None and not ministry.person
    rebels = lex.agent("rebels")
    assert rebels is not None and rebels.singular == "rebel" and not rebels.person


@pytest.mark.parametrize(
    ("words", "start", "actor_class"),
    [
        (["Kurdish", "militants"], 1, "ArmedForce"),
        (["the", "interior", "ministry"], 1, "GovernmentBody"),
        (["displaced", "families"], 0, "Group"),
        (["the", "harvest"], None, None),
    ],
)
def test_unknown_actors_take_their_class_from_the_agent_that_ends_them(
    words: list[str], start: int | None, actor_class: str | None
) -> None:
    found = lex.agent_in_phrase(words)
    result = (found[0], found[1].event_class) if found else (None, None)
    assert result == (start, actor_class)


def test_armed_group_aliases_resolve_to_one_canonical_name() -> None:
    (farc,) = lex.resolve_actor("farc")
    assert farc.name == "Revolutionary Armed Forces of Colombia"
    assert farc.actor_class == "ArmedForce" and farc.source == "MilNonState"
    (shabaab,) = lex.resolve_actor("Al Shabab")
    assert shabaab.name == "Al-Shabaab"
    # A parenthesised acronym becomes an alias; a parenthesised country stays in the name.
    (inla,) = lex.resolve_actor("INLA")
    assert inla.name == "Irish National Liberation Army"
    assert "National Liberation Army (Colombia)" in {a.name for a in lex.armed_group_names()}


def test_international_organisations_are_classed_and_people_are_left_out() -> None:
    (nato,) = lex.resolve_actor("North Atlantic Treaty Organization")
    assert (nato.name, nato.actor_class) == ("NATO", "InternationalOrganization")
    (icrc,) = lex.resolve_actor("ICRC")
    assert icrc.actor_class == "Organization"
    # Secretaries-general are listed with dated posts: people, not organisations.
    assert lex.resolve_actor("Kofi Annan") == ()
    assert all(a.actor_class in {"ArmedForce", "InternationalOrganization", "Organization"} for a in lex.named_actors())


def test_discard_phrases_are_lower_case_without_markers() -> None:
    phrases = lex.discard_phrases()
    assert "basketball" in phrases
    assert all(p == p.lower() and not p.startswith("+") and not p.endswith("_") for p in phrases)


def test_phrase_matchers_find_agents_groups_and_discards(nlp: Language) -> None:
    doc = nlp("Hizbollah fighters and riot police clashed before the basketball final.")
    agents = {(doc[s:e].text, nlp.vocab.strings[k]) for k, s, e in lex.agent_matcher(nlp.vocab)(doc)}
    assert ("riot police", "ArmedForce") in agents
    groups = {(doc[s:e].text, nlp.vocab.strings[k]) for k, s, e in lex.named_actor_matcher(nlp.vocab)(doc)}
    assert groups == {("Hizbollah", "Hezbollah")}
    assert [doc[s:e].text for _, s, e in lex.discard_matcher(nlp.vocab)(doc)] == ["basketball"]


def test_token_matcher_finds_a_pattern_in_order(nlp: Language) -> None:
    matcher = lex.verb_matcher(nlp.vocab, classes=["Sanction"])
    doc = nlp("The ministry halted all aid to the region.")
    keys = [nlp.vocab.strings[k] for k, _, _ in matcher(doc)]
    found = [lex.pattern_for_key(k) for k in keys]
    assert any(e.lemma == "halt" and p.code == "162" for e, p in found)
    assert not matcher(nlp("The aid convoy halted at the checkpoint."))


# --- the build --------------------------------------------------------------------------------


def run_build(source: Path, target: Path) -> subprocess.CompletedProcess[str]:
    script = REPO / "scripts" / "build_lexicon.py"
    command = [sys.executable, str(script), str(source), "--target", str(target)]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def test_the_build_is_deterministic_and_matches_the_shipped_files(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    for target in (first, second):
        done = run_build(SOURCES, target)
        assert done.returncode == 0, done.stderr
    for name in cameo_compile.OUTPUT_FILES:
        built = (first / name).read_bytes()
        assert built == (second / name).read_bytes(), name
        assert built == (LEXICON / name).read_bytes(), f"{name} is stale: run scripts/build_lexicon.py"


def test_a_missing_source_directory_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        cameo_compile.build_lexicon(tmp_path / "nowhere", tmp_path / "out", mappings=LEXICON)
    done = run_build(tmp_path / "nowhere", tmp_path / "out")
    assert done.returncode == 1 and "does not exist" in done.stderr


def test_pattern_parsing_of_a_written_block() -> None:
    lines = [
        "&THING_",
        "+BOX",
        "",
        "---  LIFT   [---]  ---",
        "+PICK_UP {+PICKS_UP +PICKED_UP} [073]",
        "LIFT",
        "- * &THING (TO +)   [0841]   # LIFT",
        "- $ * (FROM ^)      [:190]",
        "- * {HEAVY BOX/CRATE} [---]",
        "- * &MISSING        [070]",
    ]
    classes = cameo_compile.ClassMap.load(LEXICON / "cameo-classes.json")
    data, kept, dropped = cameo_compile.compile_verbs(lines, classes)
    assert (kept, dropped) == (3, 1)
    assert data["synsets"] == {"thing": ["box"]}
    pick = data["verbs"]["pick"][0]
    assert (pick["phrase"], pick["after"], pick["code"], pick["class"], pick["forms"]) == (
        "pick up",
        ["up"],
        "073",
        "Aid",
        ["picks", "picked"],
    )
    first, second, third = data["blocks"]["lift"]["patterns"]
    assert first == {"before": [], "after": ["&thing", "to", "+"], "code": "0841", "class": "Release", "verb": "lift"}
    assert second == {"before": ["$"], "after": ["from", "^"], "code": "190", "class": "Attack", "swap": True}
    assert third["after"] == ["heavy", "box|crate"] and third["code"] is None
