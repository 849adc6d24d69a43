"""Compile the CAMEO verb dictionary and the Phoenix actor dictionaries into ``data/lexicon``.

Build-time only (``scripts/build_lexicon.py``); the extractor reads the result through
:mod:`graph_builder.nlp.cameo_lexicon`. The source files are PETRARCH2's dictionaries (MIT,
``../shared/data/cameo``); their formats are described in ``dictionaries-format.rst`` there.
What is kept, and what is left as the dictionaries' own quirks, is documented in
``data/lexicon/README.md``.

The output is deterministic: lists keep the dictionaries' order or are sorted, and JSON is
written with sorted keys, so a rebuild from the same sources gives byte-identical files.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph_builder.errors import InputError

VERB_FILE = "CAMEO.2.0.txt"
AGENT_FILE = "Phoenix.agents.txt"
ARMED_GROUP_FILE = "Phoenix.MilNonState.actors.txt"
INTERNATIONAL_FILE = "Phoenix.International.actors.txt"
DISCARD_FILE = "Phoenix.discards.txt"
LICENCE_FILE = "LICENSE-MIT"

# Hand-written inputs that sit next to the compiled files (they are data, and documented there).
CLASS_MAP_FILE = "cameo-classes.json"
ROLE_MAP_FILE = "phoenix-roles.json"

OUTPUT_FILES = ("verbs.json", "agents.json", "actors.json", "discards.json", "LICENSE-MIT")

# Slot tokens of a PETRARCH pattern: source actor, target actor, any noun phrase, compound actor.
SLOTS = frozenset({"$", "+", "^", "%"})

_CODE = re.compile(r"\[([^\]]*)\]")
_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
_VOWEL = re.compile(r"[AEIOUY]")
_CONSONANTS = re.compile(r"[B-DF-HJ-NP-TV-XZ]{3}")


@dataclass(frozen=True)
class CompileStats:
    """What one build wrote (printed by the script, asserted by the tests)."""

    verbs: int
    verb_phrases: int
    blocks: int
    patterns: int
    patterns_dropped: int
    agents: int
    actors: int
    discards: int
    pattern_classes: Mapping[str, int]


# --- shared helpers -------------------------------------------------------------------------


def _read_lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read CAMEO/Phoenix dictionary {path}: {exc}") from exc


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0]


def _phrase(raw: str) -> str:
    """A dictionary phrase (``PRIME_MINISTER_``) as lower-case words (``prime minister``)."""
    return " ".join(raw.replace("_", " ").lower().split())


def plural(phrase: str) -> str:
    """Regular English plural of a phrase's last word, as the dictionaries generate them.

    A word already ending in a single ``s`` is taken as plural already (the dictionaries list
    "security forces" and "representatives" and would otherwise get "forceses").

    >>> plural("armed group"), plural("militia"), plural("army"), plural("boss"), plural("forces")
    ('armed groups', 'militias', 'armies', 'bosses', 'forces')
    """
    if phrase.endswith("s") and not phrase.endswith("ss"):
        return phrase
    if phrase.endswith("y") and len(phrase) > 1 and phrase[-2] not in "aeiou":
        return phrase[:-1] + "ies"
    if phrase.endswith(("s", "x", "z", "ch", "sh")):
        return phrase + "es"
    return phrase + "s"


def _code_flags(planned: bool, reverse: str | None, swapped: bool) -> dict[str, Any]:
    """The optional keys of a coded block, verb or pattern: written only when they say something."""
    flags: dict[str, Any] = {}
    if planned:
        flags["planned"] = True
    if reverse:
        flags["reverse_code"] = reverse
    if swapped:
        flags["swap"] = True
    return flags


def parse_code(text: str) -> tuple[str | None, str | None, bool]:
    """A CAMEO code field: ``(code, reverse code, swapped)``.

    ``[042:043]`` codes the source-to-target event and the target's counterpart;
    ``[:173]`` codes only the target-to-source event, so source and target swap;
    ``[---]`` is the null code (the phrase is not an event).

    >>> parse_code("042:043"), parse_code(":173"), parse_code("---"), parse_code("0841")
    (('042', '043', False), ('173', None, True), (None, None, False), ('0841', None, False))
    """
    text = text.strip()
    first, _, second = text.partition(":")
    first, second = first.strip(), second.strip()
    norm = [part if part and part.strip("-") else None for part in (first, second)]
    if norm[0] is None and norm[1] is not None:
        return norm[1], None, True
    return norm[0], norm[1], False


# --- class mappings ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ClassMap:
    """CAMEO code → contract class, by longest prefix, with the two refinements of cameo-classes.json."""

    prefixes: Mapping[str, tuple[str, bool]]
    reciprocal: Mapping[str, str]
    synset: Mapping[tuple[str, str], str]

    @classmethod
    def load(cls, path: Path) -> ClassMap:
        data = _load_json(path)
        prefixes = {row["prefix"]: (row["class"], bool(row.get("planned", False))) for row in data["prefixes"]}
        reciprocal: dict[str, str] = {}
        synset: dict[tuple[str, str], str] = {}
        for row in data["refinements"]:
            if row.get("reciprocal"):
                reciprocal[row["prefix"]] = row["class"]
            elif "synset" in row:
                synset[(row["prefix"], row["synset"])] = row["class"]
        return cls(prefixes, reciprocal, synset)

    def lookup(self, code: str | None) -> tuple[str | None, bool]:
        """``(class, planned)`` of a code; ``(None, False)`` when no prefix covers it."""
        if code is None:
            return None, False
        for end in range(len(code), 1, -1):
            hit = self.prefixes.get(code[:end])
            if hit is not None:
                return hit
        return None, False

    def classify(self, code: str | None, reverse: str | None, tokens: Iterable[str]) -> tuple[str | None, bool]:
        """The class of a pattern, refinements first (they may give a class where the prefix has none)."""
        cls, planned = self.lookup(code)
        if code is None:
            return cls, planned
        if reverse == code:
            for prefix, refined in self.reciprocal.items():
                if code.startswith(prefix):
                    return refined, planned
        synsets = {token[1:] for token in tokens if token.startswith("&")}
        for (prefix, name), refined in self.synset.items():
            if code.startswith(prefix) and name in synsets:
                return refined, planned
        return cls, planned


def _load_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read mapping file {path}: {exc}") from exc


# --- verb dictionary --------------------------------------------------------------------------


def _pattern_token(raw: str, synsets: Mapping[str, list[str]]) -> str | None:
    """One pattern word as the compiled form: lower-case, ``a|b`` alternatives, ``&name`` synsets.

    None when the word names a synset the dictionary never defines (PETRARCH drops the pattern).
    """
    if raw in SLOTS or raw == "*":
        return raw
    if raw.startswith("&"):
        name = raw[1:].rstrip("_").lower()
        return "&" + name if name in synsets else None
    return "|".join(_phrase(alt) for alt in raw.split("/") if alt)


def _verb_phrase(raw: str) -> tuple[str, list[str], list[str]]:
    """``+ASK_FOR`` → ``("ask", [], ["for"])``: the verb and the words around it."""
    words = [w for w in raw.split("_") if w]
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    head = marked[0] if marked else 0
    clean = [w.lstrip("+").lower() for w in words]
    return clean[head], clean[:head], clean[head + 1 :]


def _verb_forms(raw: str) -> list[str]:
    forms = []
    for form in raw.split():
        head, _, _ = _verb_phrase(form)
        if head and head not in forms:
            forms.append(head)
    return forms


def compile_verbs(lines: list[str], classes: ClassMap) -> tuple[dict[str, Any], int, int]:
    """The verb dictionary as ``{"synsets", "blocks", "verbs"}``; also counts kept and dropped patterns."""
    synsets: dict[str, list[str]] = {}
    blocks: dict[str, dict[str, Any]] = {}
    verbs: dict[str, list[dict[str, Any]]] = {}
    current_synset: tuple[str, bool] | None = None
    block: dict[str, Any] | None = None
    block_verbs: set[str] = set()
    seen_patterns: set[tuple[Any, ...]] = set()
    dropped = 0
    kept = 0
    for raw_line in lines:
        line = raw_line.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("&"):
            label = line.split()[0]
            current_synset = (label[1:].rstrip("_").lower(), not label.endswith("_"))
            synsets.setdefault(current_synset[0], [])
            continue
        if line.startswith("+") and block is None and current_synset is not None:
            body = _strip_comment(line)[1:].strip()
            member = _phrase(body)
            if not member:
                continue
            members = synsets[current_synset[0]]
            forms = [member] if (body.endswith("_") or not current_synset[1]) else [member, plural(member)]
            members.extend(f for f in forms if f not in members)
            continue
        match = _BLOCK.match(line)
        if match:
            name = match.group(1).replace("_", " ").lower()
            code, reverse, swapped = parse_code(match.group(2))
            cls, planned = classes.lookup(code)
            block = {"code": code, "class": cls, "patterns": []}
            block.update(_code_flags(planned, reverse, swapped))
            while name in blocks:  # a block name used twice stays two blocks
                name += "'"
            blocks[name] = block
            block_verbs = set()
            seen_patterns = set()
            current_synset = None
            continue
        if block is None:
            continue
        if line.startswith("~"):
            continue  # verb-verb transformations: PETRARCH-internal, not a lexicon entry
        if line.startswith("-"):
            entry = _compile_pattern(line, synsets, classes, block_verbs)
            if entry is None:
                dropped += 1
                continue
            key = (tuple(entry["before"]), tuple(entry["after"]), entry["code"], entry.get("reverse_code"))
            if key in seen_patterns:
                continue
            seen_patterns.add(key)
            block["patterns"].append(entry)
            kept += 1
            continue
        # A verb line: WORD {FORMS} [CODE] # comment
        body = _strip_comment(line).strip()
        forms_match = re.search(r"\{([^}]*)\}", body)
        code_match = _CODE.search(body)
        word = body.split()[0] if body.split() else ""
        if not word or word.startswith("{"):
            continue
        head, before, after = _verb_phrase(word)
        block_verbs.add(head)
        if code_match:
            code, reverse, swapped = parse_code(code_match.group(1))
        else:
            code, reverse, swapped = block["code"], block.get("reverse_code"), bool(block.get("swap"))
        cls, planned = classes.lookup(code)
        verb: dict[str, Any] = {
            "block": list(blocks)[-1],
            "phrase": " ".join([*before, head, *after]),
            "before": before,
            "after": after,
            "code": code,
            "class": cls,
            "forms": [f for f in _verb_forms(forms_match.group(1)) if f != head] if forms_match else [],
        }
        verb.update(_code_flags(planned, reverse, swapped))
        verbs.setdefault(head, []).append(verb)
    return {"synsets": synsets, "blocks": blocks, "verbs": verbs}, kept, dropped


def _compile_pattern(
    line: str, synsets: Mapping[str, list[str]], classes: ClassMap, block_verbs: set[str]
) -> dict[str, Any] | None:
    text = line[1:]
    comment = text.split("#", 1)[1].strip() if "#" in text else ""
    text = _strip_comment(text)
    codes = _CODE.findall(text)
    if not codes:
        return None
    code, reverse, swapped = parse_code(codes[-1])
    body = _CODE.sub(" ", text)
    # Noun-phrase braces and prepositional parentheses only group words; the compiled pattern keeps
    # the word order, which is what a token or dependency matcher uses.
    body = re.sub(r"[{}()]", " ", body)
    tokens: list[str] = []
    for raw in body.split():
        token = _pattern_token(raw, synsets)
        if token is None:
            return None
        if token:
            tokens.append(token)
    if tokens.count("*") != 1:
        return None
    star = tokens.index("*")
    before, after = tokens[:star], tokens[star + 1 :]
    cls, planned = classes.classify(code, reverse, before + after)
    entry: dict[str, Any] = {"before": before, "after": after, "code": code, "class": cls}
    entry.update(_code_flags(planned, reverse, swapped))
    origin = comment.split()[0].lower() if comment.split() else ""
    if origin in block_verbs:
        entry["verb"] = origin
    return entry


# --- agents -----------------------------------------------------------------------------------

# Head nouns that name one person although no suffix rule catches them.
_PERSON_WORDS = frozenset(
    """
    aide chief head envoy deputy official general colonel captain major admiral marshal king queen
    prince princess sheikh emir sultan pope cleric imam priest monk nun rabbi bishop mullah ayatollah
    guerrilla guerilla rebel militant spy thief thug cop judge mp diplomat delegate representative consul
    chancellor premier mayor senator legislator spokesperson commander soldier secretary dignitary
    emissary missionary functionary revolutionary mercenary adversary paramilitary attache child boy girl
    youth victim hostage captive detainee militiaman president resident student agent correspondent
    lieutenant sergeant servant immigrant migrant civilian refugee returnee citizen sniper assassin
    gunman bandit pirate kidnapper smuggler terrorist extremist jihadist insurgent fighter
    """.split()
)
# -er/-or/-ist words that name things or institutions, not people.
_NOT_PERSON_WORDS = frozenset(
    """
    chamber center centre freighter tanker oiler container carrier bomber destroyer cruiser
    minesweeper helicopter transporter trawler computer border order power water cluster quarter
    corner number paper newspaper headquarter headquarters register sector theater theatre
    monitor council tribunal ministry industry military judiciary
    """.split()
)
_HEAD_ENDS = frozenset("of for de del without to at in on from with and".split())
_PERSON_SUFFIXES = ("man", "woman", "person", "er", "or", "ist", "ian", "ee", "ant", "ier")


def is_person_noun(phrase: str) -> bool:
    """Whether an agent phrase names one person (``foreign minister``) rather than a body.

    >>> is_person_noun("foreign minister"), is_person_noun("foreign ministry"), is_person_noun("police")
    (True, False, False)
    >>> is_person_noun("head of state"), is_person_noun("chamber of commerce")
    (True, False)
    >>> is_person_noun("minister for agriculture"), is_person_noun("ministry for agriculture")
    (True, False)
    """
    words = phrase.split()
    # The head of "minister for agriculture" or "head of state" comes before the preposition.
    cut = next((i for i, w in enumerate(words) if i and w in _HEAD_ENDS), len(words))
    words = words[:cut]
    head = words[-1] if words else ""
    if head in _NOT_PERSON_WORDS:
        return False
    if head in _PERSON_WORDS:
        return True
    if head.endswith("ent") and not head.endswith("ment"):
        return True
    return head.endswith(_PERSON_SUFFIXES)


@dataclass(frozen=True)
class RoleMap:
    """Phoenix role code (three letters) → (class, class of its person nouns)."""

    roles: Mapping[str, tuple[str, str]]

    @classmethod
    def load(cls, path: Path) -> RoleMap:
        rows = _load_json(path)["roles"]
        return cls({row["role"]: (row["class"], row.get("people_class", row["class"])) for row in rows})

    def classify(self, role: str, person: bool) -> str | None:
        hit = self.roles.get(role)
        if hit is None:
            return None
        return hit[1] if person else hit[0]


def _agent_role(code: str) -> str:
    """``~GOVMIL`` → ``GOV``; ``IGO~`` → ``IGO``."""
    return code.strip("~")[:3].upper()


def compile_agents(lines: list[str], roles: RoleMap) -> dict[str, Any]:
    """Generic agents: every surface form (plurals included) → role, class, person flag."""
    substitutions: dict[str, list[str]] = {}
    agents: dict[str, dict[str, Any]] = {}
    for raw_line in lines:
        line = _strip_comment(raw_line).strip()
        if not line or line.startswith("<"):
            continue
        sub = re.match(r"^!(\w+)!\s*=\s*(.+)$", line)
        if sub:
            substitutions[sub.group(1)] = [_phrase(x) for x in sub.group(2).split(",") if x.strip()]
            continue
        code_match = re.search(r"\[([^\]}]*)[\]}]", line)
        if not code_match:
            continue
        code = code_match.group(1).strip()
        head_text = line[: code_match.start()]
        plural_match = re.search(r"\{([^}]*)\}", head_text)
        phrase_raw = re.sub(r"\{[^}]*\}", " ", head_text).strip()
        if not phrase_raw:
            continue
        markers = re.findall(r"!(\w+)!", phrase_raw)
        if markers:
            forms = [phrase_raw]
            for marker in markers:
                values = substitutions.get(marker, [])
                forms = [f.replace(f"!{marker}!", f" {v} ", 1) for f in forms for v in values]
            singular_forms = [_phrase(f) for f in forms]
            plural_forms: list[str] = []
        else:
            singular_forms = [_phrase(phrase_raw)]
            if plural_match is None:
                # Abbreviations ("lt.") and phrases ending in a preposition ("ambassador to") have no plural.
                last = singular_forms[0].split()[-1] if singular_forms[0] else ""
                regular = not last.endswith(".") and last not in _SMALL_WORDS
                plural_forms = [plural(singular_forms[0])] if regular else []
            else:
                plural_forms = [_phrase(p) for p in plural_match.group(1).split()]
        role = _agent_role(code)
        for singular in singular_forms:
            if not singular:
                continue
            person = is_person_noun(singular)
            cls = roles.classify(role, person)
            for form, is_plural in [(singular, False), *[(p, True) for p in plural_forms]]:
                if form and form not in agents:
                    entry: dict[str, Any] = {"code": code, "role": role, "class": cls}
                    entry["person"] = person and not is_plural
                    if is_plural:
                        entry["singular"] = singular
                    agents[form] = entry
    return agents


# --- named actors -----------------------------------------------------------------------------


@dataclass
class _ActorRecord:
    primary: str
    aliases: list[str]
    codes: list[str]
    dated: bool
    restricted: bool = False  # codes came on indented restriction lines


def _actor_records(lines: list[str]) -> Iterator[_ActorRecord]:
    record: _ActorRecord | None = None
    blank_before = True
    for raw_line in lines:
        if not raw_line.strip():
            blank_before = True
            continue
        if raw_line.lstrip().startswith("#"):
            continue
        body = _strip_comment(raw_line)
        codes = _CODE.findall(body)
        dated = any(re.search(r"\d", c) for c in codes)
        text = _CODE.sub(" ", body).strip()
        if raw_line[0] in " \t":
            if record is not None:
                record.codes += [c.split()[0] for c in codes if c.split()]
                record.dated = record.dated or dated
                record.restricted = True
        elif raw_line.startswith("+"):
            if record is not None:
                record.aliases += [a for a in text[1:].split("+") if a.strip()]
                record.codes += [c.split()[0] for c in codes if c.split()]
        elif not codes and record is not None and record.codes and not record.restricted and not blank_before:
            # A code-less line right under a one-line coded record is one more spelling of it
            # ("UN_ [IGOUNO]" then "U.N._"); after restriction lines it starts the next record.
            record.aliases.append(text)
        elif text:
            if record is not None:
                yield record
            record = _ActorRecord(text, [], [c.split()[0] for c in codes if c.split()], dated)
        blank_before = False
    if record is not None:
        yield record


_SMALL_WORDS = frozenset("of the and for in on to de del la le el al du da des di at by".split())


def _display_word(word: str, acronym: bool) -> str:
    # The dictionaries are all upper case: a word is kept as an acronym when it has no vowel
    # ("PKK"), carries dots ("U.N."), or the caller found it stands alone and short.
    if acronym or "." in word or not _VOWEL.search(word.upper()):
        return word.upper()
    parts = [p.lower() if p.lower() in _SMALL_WORDS else p[:1].upper() + p[1:].lower() for p in word.split("-")]
    return "-".join(parts)


def display_name(raw: str) -> tuple[str, list[str]]:
    """A Phoenix actor phrase as a display name, and the acronyms it carries in parentheses.

    >>> display_name("IRISH_NATIONAL_LIBERATION_ARMY_(INLA)_")
    ('Irish National Liberation Army', ['INLA'])
    >>> display_name("NATIONAL_LIBERATION_ARMY_(COLOMBIA)_")
    ('National Liberation Army (Colombia)', [])
    >>> display_name("AL-SHABAAB"), display_name("PKK")
    (('Al-Shabaab', []), ('PKK', []))
    """
    text = " ".join(raw.replace("_", " ").split())
    acronyms: list[str] = []
    qualifiers: list[str] = []
    for inner in re.findall(r"\(([^)]*)\)", text):
        compact = inner.replace(".", "").replace("-", "")
        if compact.isalpha() and compact.isupper() and len(compact) <= 6 and " " not in inner:
            acronyms.append(inner)
        else:
            qualifiers.append(inner)
    words = re.sub(r"\([^)]*\)", " ", text).split()
    if words and words[0] == "THE" and len(words) > 1:
        words = words[1:]
    # A one-word name that is short, or has three consonants running ("UNHCR"), is an acronym.
    single_short = len(words) == 1 and (len(words[0]) <= 4 or bool(_CONSONANTS.search(words[0].upper())))
    shown = [_display_word(w, single_short) for w in words]
    if shown:
        shown[0] = shown[0][:1].upper() + shown[0][1:]
    name = " ".join(shown)
    for qualifier in qualifiers:
        name += " (" + " ".join(_display_word(w, False) for w in qualifier.split()) + ")"
    return name, acronyms


def compile_actors(
    armed_lines: list[str], international_lines: list[str], roles: RoleMap
) -> list[dict[str, Any]]:
    """Armed non-state groups and international organisations with their aliases."""
    actors: list[dict[str, Any]] = []
    seen: dict[tuple[str, str], int] = {}
    for source, lines in (("MilNonState", armed_lines), ("International", international_lines)):
        for record in _actor_records(lines):
            code = next((c for c in record.codes if c.strip("-")), None)
            if code is None:
                continue
            # People (date-bounded posts, ELI codes) are not organisations.
            if record.dated or "ELI" in record.codes:
                continue
            if source == "MilNonState":
                cls: str | None = "ArmedForce"
            else:
                # Companies (MNC) and country-coded entries are left out.
                cls = roles.classify(code[:3], person=False) if code[:3] in {"IGO", "NGO"} else None
                if cls is None:
                    continue
            name, acronyms = display_name(record.primary)
            aliases: list[str] = []
            for alias in [*acronyms, *record.aliases]:
                shown, more = display_name(alias)
                for candidate in [shown, *more]:
                    if candidate and candidate != name and candidate not in aliases:
                        aliases.append(candidate)
            forms = {f.lower() for f in (name, *aliases)}
            known = next((seen[(code, f)] for f in sorted(forms) if (code, f) in seen), None)
            if known is not None:
                # The same organisation listed twice (the UN appears in several sections): one entry.
                merged = actors[known]
                merged["aliases"] += [f for f in (name, *aliases) if f != merged["name"] and f not in merged["aliases"]]
            else:
                known = len(actors)
                actors.append({"name": name, "aliases": aliases, "code": code, "class": cls, "source": source})
            for form in forms:
                seen.setdefault((code, form), known)
    return actors


# --- discards ---------------------------------------------------------------------------------


def compile_discards(lines: list[str]) -> list[str]:
    """Discard phrases, lower-case, story-level ``+`` and whole-word ``_`` markers dropped."""
    phrases = set()
    for raw_line in lines:
        text = _strip_comment(raw_line).strip().lstrip("+").strip()
        phrase = _phrase(text)
        if phrase:
            phrases.add(phrase)
    return sorted(phrases)


# --- the build --------------------------------------------------------------------------------


def _is_record(value: Any) -> bool:
    """A dict or list of scalars and scalar lists: written on one line."""
    items = value.values() if isinstance(value, dict) else value
    return all(
        not isinstance(item, dict | list)
        or (isinstance(item, list) and not any(isinstance(x, dict | list) for x in item))
        for item in items
    )


def _dumps(value: Any, indent: str = "") -> str:
    """JSON with one record per line: small files in git diffs, still plain JSON."""
    if not isinstance(value, dict | list) or _is_record(value):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    inner = indent + " "
    if isinstance(value, dict):
        rows = [f"{inner}{json.dumps(k, ensure_ascii=False)}:{_dumps(value[k], inner)}" for k in sorted(value)]
        return "{\n" + ",\n".join(rows) + "\n" + indent + "}"
    rows = [inner + _dumps(item, inner) for item in value]
    return "[\n" + ",\n".join(rows) + "\n" + indent + "]"


def _write_json(path: Path, data: Any) -> None:
    path.write_text(_dumps(data) + "\n", encoding="utf-8")


def build_lexicon(source: Path, target: Path, mappings: Path | None = None) -> CompileStats:
    """Compile the dictionaries in ``source`` into ``target`` (created if missing).

    ``mappings`` is the directory holding ``cameo-classes.json`` and ``phoenix-roles.json``;
    it defaults to ``target``, where they ship.
    """
    if not source.is_dir():
        raise InputError(f"CAMEO dictionary directory {source} does not exist")
    mappings = mappings or target
    classes = ClassMap.load(mappings / CLASS_MAP_FILE)
    roles = RoleMap.load(mappings / ROLE_MAP_FILE)
    target.mkdir(parents=True, exist_ok=True)

    verbs, kept, dropped = compile_verbs(_read_lines(source / VERB_FILE), classes)
    agents = compile_agents(_read_lines(source / AGENT_FILE), roles)
    actors = compile_actors(_read_lines(source / ARMED_GROUP_FILE), _read_lines(source / INTERNATIONAL_FILE), roles)
    discards = compile_discards(_read_lines(source / DISCARD_FILE))

    header = {"source": "PETRARCH2 dictionaries (openeventdata/petrarch2), MIT; see README.md"}
    _write_json(target / "verbs.json", {**header, **verbs})
    _write_json(target / "agents.json", {**header, "agents": agents})
    _write_json(target / "actors.json", {**header, "actors": actors})
    _write_json(target / "discards.json", {**header, "phrases": discards})
    try:
        shutil.copyfile(source / LICENCE_FILE, target / LICENCE_FILE)
    except OSError as exc:
        raise InputError(f"cannot copy the dictionaries' licence: {exc}") from exc

    counts: dict[str, int] = {}
    for block in verbs["blocks"].values():
        for pattern in block["patterns"]:
            key = pattern["class"] or "none"
            counts[key] = counts.get(key, 0) + 1
    return CompileStats(
        verbs=len(verbs["verbs"]),
        verb_phrases=sum(len(v) for v in verbs["verbs"].values()),
        blocks=len(verbs["blocks"]),
        patterns=kept,
        patterns_dropped=dropped,
        agents=len(agents),
        actors=len(actors),
        discards=len(discards),
        pattern_classes=dict(sorted(counts.items())),
    )
