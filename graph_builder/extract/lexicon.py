"""Trigger and cue words: the data side of extraction, kept apart from the rules.

Every entry is a lemma (lower case). Classes follow ``ontology-contract.md``.
"""

from __future__ import annotations

import re

# A weapon or aircraft designation: "F-35s", "Su-34", "MiG-29s", "J-10C", "KN-23", "a C-130".
WEAPON_DESIGNATION = re.compile(r"[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]{0,2}s?")

VERB_TRIGGERS: dict[str, str] = {
    **dict.fromkeys(["swap", "exchange", "trade"], "PrisonerExchange"),
    **dict.fromkeys(["release", "free", "hand", "handover", "return", "transfer", "pass"], "Release"),
    **dict.fromkeys(["repatriate"], "Repatriation"),
    **dict.fromkeys(["negotiate", "meet", "discuss", "confer"], "Negotiation"),
    **dict.fromkeys(["agree", "sign", "commit", "ratify", "promise", "pledge", "vow"], "Agreement"),
    **dict.fromkeys(
        [
            "attack",
            "counterattack",
            "strike",
            "shell",
            "bomb",
            "bombard",
            "behead",
            "decapitate",
            "slaughter",
            "hit",
            "target",
            "shoot",
            "kill",
            "invade",
            "capture",
            "seize",
            "storm",
            "rout",
            "raid",
            "destroy",
            "slam",
            "pound",
            "ambush",
            "assault",
            "knock",
            "fire",
            "launch",
            "fight",
            "clash",
            "besiege",
            "assassinate",
            "drop",
            "hurl",
            "lob",
            "retake",
            "retook",  # the lemmatizer leaves this past form as it is
            "recapture",
            "liberate",
            "overrun",
            "overran",  # the lemmatizer leaves this past form as it is
        ],
        "Attack",
    ),
    **dict.fromkeys(["sanction", "embargo", "blacklist", "expel"], "Sanction"),
    **dict.fromkeys(
        ["aid", "assist", "deliver", "donate", "supply", "ship", "support", "send", "airlift", "provide", "arm"], "Aid"
    ),
    # a veto is a declaration that is itself the news: "Russia vetoed the draft"
    **dict.fromkeys(["reiterate", "reaffirm", "insist", "declare", "veto"], "Statement"),
    **dict.fromkeys(["accuse", "allege", "blame", "condemn", "denounce", "indict"], "Accusation"),
    **dict.fromkeys(["threaten", "warn", "intimidate", "blackmail", "coerce"], "Threat"),
    # a démarche is a diplomat's formal request to a government: "the Ambassador demarched the minister on …"
    **dict.fromkeys(
        ["demand", "urge", "call", "appeal", "request", "order", "instruct", "plead", "implore", "demarche"], "Demand"
    ),
}

# Nouns that name an event. The CAMEO verb dictionary has no nominal entries, so this list
# holds the nominalisations of its verbs and the nouns its phrase patterns take as objects
# ("LAUNCH * ATTACK", "IMPOSE * EMBARGO"), grouped by the contract class of their CAMEO code.
NOUN_TRIGGERS: dict[str, str] = {
    **dict.fromkeys(["exchange", "swap", "trade"], "PrisonerExchange"),
    **dict.fromkeys(["release", "handover", "hand-over"], "Release"),
    **dict.fromkeys(["repatriation"], "Repatriation"),
    **dict.fromkeys(
        [
            "talk",
            "talks",
            "negotiation",
            "discussion",
            "meeting",
            "dialogue",
            "consultation",
            "summit",
            "conference",
            "mediation",
            "visit",
        ],
        "Negotiation",
    ),
    **dict.fromkeys(
        # "understanding", "protocol", "consensus" only when reached or signed: triggers._check_noun
        "agreement deal accord treaty memorandum commitment pact pledge arrangement understanding protocol "
        "consensus".split(),
        "Agreement",
    ),
    **dict.fromkeys(["ceasefire", "cease-fire", "truce", "armistice"], "Ceasefire"),
    **dict.fromkeys(
        [
            "attack",
            "strike",
            "airstrike",
            "shelling",
            "bombing",
            "bombardment",
            "offensive",
            "counteroffensive",
            "counterattack",
            "assault",
            "raid",
            "fighting",
            "invasion",
            "incursion",
            "clash",
            "advance",
            "barrage",
            "ambush",
            "explosion",
            "blast",
            "detonation",
            "battle",
            "combat",
            "skirmish",
            "firefight",
            "gunfight",
            "gunbattle",
            "shootout",
            "shooting",
            "gunfire",
            "massacre",
            "slaughter",
            "assassination",
            "downing",  # of an aircraft (CAMEO 195, "shot down")
            "capture",  # "whose capture by Hezbollah"; only in a military context (AMBIGUOUS_ATTACK_NOUNS)
            "blockade",  # CAMEO 191; an economic one is a sanction (triggers._check_noun)
            "killing",
            "murder",
            "kidnapping",
            "abduction",
            "hijacking",
            "siege",
            "onslaught",
            "bombardment",
            "torture",
            "war",
            "warfare",
            "hostilities",
            "conflict",
        ],
        "Attack",
    ),
    **dict.fromkeys(["sanction", "sanctions", "embargo", "penalty", "blacklist", "boycott", "expulsion"], "Sanction"),
    **dict.fromkeys(["aid", "assistance", "relief", "donation"], "Aid"),
    **dict.fromkeys(["allegation", "accusation", "condemnation", "indictment"], "Accusation"),
    # CAMEO 139: an ultimatum is a threat with a deadline, not a request
    **dict.fromkeys(["threat", "warning", "ultimatum"], "Threat"),
    **dict.fromkeys(["demand", "appeal", "request", "plea"], "Demand"),
}

# Nouns that only ever refer back to an event already found ("the operation").
ANAPHOR_ONLY_NOUNS: dict[str, tuple[str, ...]] = {
    "operation": ("Attack",),
    "handover": ("Repatriation", "Release", "PrisonerExchange"),
    "process": ("Repatriation", "Release", "PrisonerExchange", "Negotiation"),
    "signing": ("Agreement", "Ceasefire"),
}

# Multi-word nominal triggers: (lemmas, class); the last word is the head.
PHRASE_TRIGGERS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("cessation", "of", "hostility"), "Ceasefire"),
    (("restrictive", "measure"), "Sanction"),
    (("price", "cap"), "Sanction"),
    (("asset", "freeze"), "Sanction"),
    (("phone", "call"), "Negotiation"),
    (("telephone", "call"), "Negotiation"),
    (("video", "call"), "Negotiation"),
    (("phone", "conversation"), "Negotiation"),
    (("telephone", "conversation"), "Negotiation"),
    (("video", "conference"), "Negotiation"),
    (("persona", "non", "grata"), "Sanction"),  # CAMEO 1663, expel diplomats
)

CAPTIVE_NOUNS = frozenset(
    [
        "prisoner",
        "prisoners",
        "pow",
        "pows",
        "detainee",
        "captive",
        "hostage",
        "servicemen",
        "serviceman",
        "soldier",
        "combatant",
        "personnel",
        "civilian",
        "body",
        "remains",
        "coffin",
        "pilot",
        "sailor",
        "fighter",
        "people",
        "national",
        "citizen",
        "child",
        "children",
        "crew",
        "seafarer",
        "seafarers",
    ]
)
# Participles that make a noun a captive: "women held in Gaza", "sailors seized last year".
CAPTIVITY_VERBS = frozenset(["hold", "detain", "capture", "kidnap", "abduct", "imprison", "jail", "seize", "take"])
# Verbs that are aid only with aid, relief or arms as their object ("delivered a speech" is not).
GIVING_VERBS = frozenset(["deliver", "supply", "ship", "support", "send", "airlift", "provide"])
REMAINS_NOUNS = frozenset(["body", "bodies", "remains", "coffin", "corpse"])
AID_OBJECT_NOUNS = frozenset(
    [
        "armour",
        "armor",
        "radios",
        "uniforms",
        "aid",
        "assistance",
        "food",
        "supply",
        "supplies",
        "medicine",
        "relief",
        "weapon",
        "weapons",
        "ammunition",
        "equipment",
        "fuel",
        "water",
        "shelter",
        "tent",
        "arms",
        "munitions",
        "tanks",
        "systems",
        "vehicles",
        "aircraft",
        "jets",
        "interceptors",
        "missiles",
        "rockets",
        "shells",
        "rifles",
        "drones",
        "howitzers",
        "artillery",
        "launchers",
        "batteries",
        "vaccines",
        "ambulances",
        "medicines",
        "grain",
        "wheat",
        "flour",
        "rice",
        "maize",
        "sorghum",
    ]
)
# Equipment one party hands another ("gave four radars and two boats to the navy"); sent
# alone ("sent boats to the area") it is no aid.
DONATED_EQUIPMENT = frozenset(["boats", "vessels", "ambulances", "helicopters", "planes", "trucks", "radars"])
GIVEN_TO_A_PARTY = AID_OBJECT_NOUNS | DONATED_EQUIPMENT
# What an attack noun before them names a kind of: "attack helicopters", "strike aircraft".
ARMED_PLATFORMS = frozenset(
    "drone helicopter aircraft plane jet submarine boat craft rifle dog vehicle group unit".split()
)
ATTACK_OBJECT_VERBS = frozenset(["fire", "launch", "drop", "hurl", "lob"])  # attacks only with a weapon object
# what is dropped to people in need is aid, not an attack: "dropped 900 tonnes of food"
AIRDROP_VERBS = frozenset(["drop", "airdrop", "parachute"])
WEAPON_NOUNS = frozenset(
    [
        "missile",
        "missiles",
        "rocket",
        "rockets",
        "drone",
        "drones",
        "shell",
        "shells",
        "bomb",
        "bombs",
        "projectile",
        "attack",
        "attacks",
        "strike",
        "strikes",
        "offensive",
        "artillery",
        "rounds",
        "mortar",
        "mortars",
        "grenade",
        "grenades",
        "shots",
        "bullets",
        "munition",
        "munitions",
        "ordnance",
        "salvo",
        "volley",
    ]
)

# Verbs whose subject is the actor of the event named by their object ("held talks").
SUPPORT_VERBS = frozenset(
    [
        "order",  # "ordered the closure of the consulates", "ordered an air strike"
        "proceed",  # translated French ("procéder à"): "proceeded to the neutralisation of …"
        "hand",  # "handed Qatar a list of demands"
        "issue",  # "issued an ultimatum"
        "make",  # "made fresh demands"
        "present",
        "submit",
        "give",
        "grant",
        "offer",
        "pledge",
        "promise",
        "allocate",
        "donate",
        "hold",
        "execute",
        "conduct",
        "carry",
        "sign",
        "reach",
        "accept",
        "approve",
        "impose",
        "launch",
        "announce",
        "agree",
        "conclude",
        "broker",
        "mediate",
        "facilitate",
        "end",
        "begin",
        "start",
        "resume",
        "stage",
        "mount",
        "receive",
        "provide",
        "send",
        "deliver",
        "deploy",
        "put",
        "implement",
        "honor",
        "honour",
        "adopt",
        "declare",
        "extend",
        "violate",
        "break",
        "breach",
        "put",
        "seal",
        "finalize",
        "finalise",
        "secure",
        "clinch",
        "ink",
        "initial",
        "negotiate",
        "continue",
        "pledge",
        "promise",
        "vow",
        "offer",
        "slap",
        "levy",
        "unveil",
        "introduce",
        "wage",
        "intensify",
        "escalate",
        "renew",
        "tighten",
        "consent",
        "commit",
        "host",
        "wrap",
        "complete",
        "finish",
        "join",
        "attend",
        "enter",
        "open",
    ]
)

# Verbs that stop aid, making the event a sanction (CAMEO 162 "reduce or stop aid"); the
# dictionary's own "HALT * AID" / "CUT * AID" patterns cover halt and cut, these the rest.
WITHHOLDING_VERBS = frozenset(["suspend", "freeze", "withhold", "halt", "cut", "stop", "slash", "withdraw", "block", "pause"])

# Verbs that make a threat, warning or demand an act of speech ("issued a warning").
ISSUING_VERBS = frozenset(
    [
        "issue",
        "make",
        "repeat",
        "renew",
        "deliver",
        "send",
        "reiterate",
        "voice",
        "utter",
        "level",
        "post",
        "carry",
        "give",
    ]
)

# Verbs whose object is an event already agreed or known ("honor agreements").
REFERRING_VERBS = frozenset(
    [
        "honor",
        "honour",
        "implement",
        "fulfil",
        "fulfill",
        "respect",
        "violate",
        "breach",
        "uphold",
        "abide",
        "observe",
        "extend",
        "prolong",
    ]
)

# Verbs that put a deed on someone "on" whom it is blamed: "blamed the attack on the RSF".
BLAMING_VERBS = frozenset(["blame", "pin"])
# What a party is "held" to be when blamed (CAMEO 112): "held Israel fully responsible".
ANSWERABLE_WORDS = frozenset(["responsible", "accountable", "liable", "culpable"])
# Hostile acts short of an armed attack that one party attributes to another.
HOSTILE_DEED_NOUNS = frozenset(
    "cyberattack hack hacking intrusion breach theft sabotage poisoning leak plot campaign operation explosion blast fire".split()
)
SPEECH_VERBS = frozenset(
    [
        "say",
        "report",
        "announce",
        "disclose",
        "confirm",
        "state",
        "tell",
        "claim",
        "note",
        "add",
        "assure",
        "write",
        "reveal",
        "indicate",
        "insist",
        "explain",
        "post",
        "publish",
        "acknowledge",
        "inform",
    ]
)
PLANNED_CUES = frozenset(
    [
        "plan",
        "agree",
        "commit",
        "commitment",
        "agreement",
        "deal",
        "expect",
        "set",
        "intend",
        "prepare",
        "ready",
        "readiness",
        "aim",
        "promise",
        "pledge",
        "decide",
        "schedule",
        "propose",
        "offer",
        "hope",
        "seek",
        "want",
        "plan",
        "threaten",
    ]
)
# Verbs whose object is an event asked for, offered or threatened, not one that took place.
ASKING_VERBS = frozenset(
    ["request", "demand", "seek", "threaten", "propose", "urge", "want", "offer", "warn", "call", "appeal", "ask"]
)
# Verbs of a demand or threat, whose object event is only asked for or held out (CAMEO 02, 10, 13).
DEMANDING_VERBS = frozenset(["request", "demand", "urge", "call", "appeal", "ask", "threaten", "warn", "encourage", "exhort"])
GENERIC_ADVERBS = frozenset(
    ["regularly", "often", "usually", "frequently", "typically", "routinely", "always", "sometimes"]
)
HYPOTHETICAL_MODIFIERS = frozenset(
    ["possible", "potential", "hypothetical", "future", "eventual", "any", "similar", "such", "simulated", "mock"]
)
# Drills act an event out: "an exercise simulating a rocket strike on the port".
SIMULATING_VERBS = frozenset(["simulate", "rehearse"])
# Nouns that give a task, whose "to" clause is what may be done, not what was: "a mandate to protect civilians"
MANDATE_NOUNS = frozenset(["mandate", "authority", "authorisation", "authorization", "power", "powers", "duty", "right"])
NEW_EVENT_MODIFIERS = frozenset(["another", "second", "third", "new", "latest", "separate"])
# Adverbials that move a story on to another event: "hours later, a missile struck".
TIME_SHIFT_WORDS = frozenset(["later", "earlier", "meanwhile", "separately", "afterwards", "subsequently"])
RESPONSE_NOUNS = frozenset(["response", "retaliation", "reprisal", "revenge", "reply"])
ANAPHORIC_DETERMINERS = frozenset(["this", "that", "these", "those", "the", "its", "their", "such"])
PAIR_HEADS = frozenset(
    [
        # "both commanders", "the two camps", "the two governments": the story's two parties
        "camp",
        "camps",
        "commander",
        "commanders",
        "government",
        "governments",
        "army",
        "armies",
        "delegation",
        "delegations",
        "side",
        "sides",
        "country",
        "countries",
        "nation",
        "nations",
        "party",
        "parties",
        "neighbour",
        "neighbours",
        "neighbor",
        "neighbors",
    ]
)
ALLY_NOUNS = frozenset(["ally", "allies", "partner", "partners"])
ALLY_VERBS = frozenset(["back", "support", "link", "ally", "arm", "sponsor"])
BACKED_WORDS = frozenset(["backed", "supported", "sponsored", "funded", "armed", "allied", "aligned"])
TITLE_NOUNS = frozenset(
    [
        "aide",
        "president",
        "minister",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "official",
        "envoy",
        "negotiator",
        "commander",
        "leader",
        "chief",
        "general",
        "ambassador",
        "premier",
        "chancellor",
        "adviser",
        "advisor",
        "king",
        "prince",
        "head",
        "director",
        "representative",
        "officer",
        "diplomat",
        "delegate",
        "governor",
        "mayor",
        "lawmaker",
        "senator",
        "foreign",
        "defence",
        "defense",
        "prime",
    ]
)
# Generic and local words for a first-level administrative unit, any one standing for the
# others: "the Kharkiv region" is Kharkiv Oblast, not the city (read by extraction and the
# linker).
ADMINISTRATIVE_UNITS = frozenset(["region", "province", "oblast", "governorate", "state", "krai"])
# Second-level words name other, smaller units: "the Pokrovsk district" is neither the city
# nor the oblast, so it is kept as the unit it is and never swapped for a first-level word.
LOCAL_UNITS = frozenset(["district", "county", "raion"])
PLACE_NOUNS = frozenset(
    [
        "city",
        "town",
        "village",
        "region",
        "area",
        "province",
        "district",
        "port",
        "capital",
        "oblast",
        "state",
        "governorate",
        "county",
        "camp",
        "prison",
        "base",
    ]
)
ARMED_HEADS = frozenset(
    "forces force army military troops navy militia fighters rebels "
    "unit units column columns battalion battalions brigade brigades".split()
)
REPRESENTATIVE_HEADS = frozenset(
    [
        "delegation",
        "delegations",
        "delegate",
        "delegates",
        "mediator",
        "mediators",
        "negotiator",
        "negotiators",
        "officer",
        "officers",
        "commander",
        "commanders",
        "official",
        "officials",
        "government",
        "authorities",
        "diplomat",
        "diplomats",
        "facilitator",
        "facilitators",
        "leader",
        "leaders",
        "side",
        "minister",
        "ministers",
        "president",
        "envoy",
        "envoys",
        "counterpart",
        "counterparts",
        "premier",
        "chancellor",
        "emissary",
        "emissaries",
        "representative",
        "representatives",
        "prince",
        "king",
        "emir",
        "sultan",
        "monarch",
    ]
)
INSTITUTION_HEADS = frozenset(
    ["service", "services", "agency", "ministry", "department", "office", "council", "government", "intelligence", "junta"]
)
# Words of names that any state's body could have ("Defense Ministry", "Air Force", "Security
# Service"): such a name needs its owner ("Russia's Defense Ministry") to name one body.
GENERIC_BODY_WORDS = frozenset(
    "ministry ministries department office agency service services council army navy military forces force "
    "air guard guards police security intelligence defence defense foreign affairs interior justice health "
    "finance state war border coast national armed general staff joint chiefs of and for special prosecutor "
    "central bank parliament government cabinet embassy consulate mission command emergency emergencies "
    "situations ministers secret treasury commerce trade energy home economy economic education information "
    "culture labour labor transport agriculture environment development marine marines corps directorate main "
    "federal bureau investigation investigative committee".split()
)
CONTAINER_NOUNS = frozenset(["package", "round", "series", "wave", "set", "list", "batch", "raft"])
AID_KINDS = frozenset(
    [
        "humanitarian",
        "medical",
        "military",
        "financial",
        "food",
        "economic",
        "emergency",
        "psychological",
        "development",
        "security",
        "relief",
        "lifesaving",
    ]
)
AID_VERBS = frozenset(
    ["provide", "receive", "deliver", "send", "give", "pledge", "offer", "approve", "supply", "ship", "bring"]
)
GROUP_HEADS = frozenset(
    [
        "prisoners",
        "detainees",
        "hostages",
        "civilians",
        "captives",
        "refugees",
        "pows",
        "servicemen",
        "soldiers",
        "combatants",
        "people",
        "families",
        "residents",
        "migrants",
    ]
)

# Attack verbs with everyday senses: they need a military word nearby.
AMBIGUOUS_ATTACK_VERBS = frozenset(
    "hit target capture seize destroy storm pound slam launch fire knock shoot raid fight clash attack rout "
    "liberate overrun overran".split()
)
MILITARY_WORDS = frozenset(
    "force troops army military soldier drone missile rocket shell artillery airstrike strike "
    "warplane bomber jet militant rebel fighter militia attack weapon bomb explosive base aircraft warship "
    "helicopter gunship mortar sniper "
    "airfield position offensive frontline front navy ship vessel tank war ceasefire houthi "
    "hamas hezbollah killed kill wounded casualty peacekeeper commando paratrooper marine guerrilla insurgent "
    "paramilitary gunman jihadist invasion shelling bombardment".split()
)
NON_MILITARY_MODIFIERS = frozenset(
    "general labour labor hunger workers rail teachers national heart panic police cyber verbal "
    "shark dog bear crocodile snake animal wolf leopard tiger lion elephant "
    # wars of markets and words: "trade war fears", "a price war among airlines"
    "trade tariff currency price bidding culture".split()
)
# Works that tell of a war, whose subject "about" or "on" is no event told: "a film about the siege".
CREATIVE_WORK_NOUNS = frozenset(
    "film movie documentary drama series book novel memoir play exhibition song album podcast opera".split()
)
AMBIGUOUS_ATTACK_NOUNS = frozenset("strike attack raid offensive clash advance assault capture counterattack counteroffensive".split())
# CAMEO files these under defeat (19x); said of anything but troops they are figures of speech or,
# for "disarm", the terms of a demand or a deal ("gave Sudan 30 days to disarm the militias").
FIGURATIVE_DEFEAT_VERBS = frozenset(["dominate", "overshadow", "overtake", "overcome", "surmount", "master", "overwhelm", "disarm"])
# War nouns and the prepositions that name what they are waged on; a foe that is no one makes
# them figures of speech ("the war on waste", "the fight against corruption").
FIGURATIVE_WAR_NOUNS = {"war": ("on", "against"), "battle": ("against",), "fight": ("against",), "offensive": ("against",)}

# Heads that count or hold what follows "of": "dozens of prisoners" names prisoners.
NON_AGREEMENT_ARRANGEMENTS = frozenset(
    "seating flower floral living travel sleeping musical housing funeral payment childcare".split()
)
AMOUNT_NOUNS = frozenset(
    "dozens hundreds thousands millions scores number group groups batch batches bodies remains dozen hundred thousand "
    "tonnes tons tonne ton".split()
)

# Verbs of explosion, with the particle some need ("blew up", "went off"). CAMEO files them
# under 190 (use force, needs actors on both sides); a bomb that explodes names no attacker
# yet, so an explosive device as subject or object stands for the attacker's side.
EXPLOSION_VERBS: dict[str, str | None] = {"explode": None, "detonate": None, "blow": "up", "go": "off"}
EXPLOSIVE_NOUNS = frozenset(
    "bomb bombs device devices explosive explosives ied ieds grenade grenades mine mines landmine landmines "
    "charge charges vest bomber bombers munition munitions ordnance shell shells rocket rockets missile missiles "
    "tnt dynamite car-bomb".split()
)
# Short names of weapons and things, which the parser may take for a group's ("an IED detonated").
THING_ACRONYMS = frozenset(
    "ied ieds vbied vbieds rpg rpgs uav uavs ugv atgm atgms manpads apc apcs ifv ifvs mlrs gps sms tv "
    "gdp ceo ai covid".split()
)
# Orders are demands only with what is ordered: "ordered troops to withdraw", not "ordered a pizza".
ORDER_VERBS = frozenset(["order", "instruct"])

# Harm with a cause, not an attacker: "floods killed 12", "a fire broke out, killing nine".
NATURAL_CAUSE_NOUNS = frozenset(
    "earthquake quake tremor aftershock flood floods flooding storm cyclone hurricane typhoon tornado fire blaze "
    "wildfire landslide landslides mudslide avalanche drought heatwave famine disease outbreak epidemic pandemic "
    "virus cholera crash accident collision derailment tsunami eruption lightning rain rains downpour snowstorm "
    # animals that maul: "a leopard attacked a woman in Uri"
    "leopard tiger lion bear elephant crocodile shark wolf wolves dog dogs snake".split()
)
# Modifiers that make "fire" or "crash" an act of war: "mortar fire", "a drone crash"
# is left alone either way.
ARMED_CAUSE_MODIFIERS = frozenset(
    "mortar artillery sniper gun machine-gun tank rocket enemy friendly cross automatic small-arms "
    "shell naval anti-aircraft".split()
)

# Civil unrest is not armed conflict: "protesters clashed with police" is a riot, and a
# labour "strike" is a stoppage.
UNREST_NOUNS = frozenset(
    "protester protesters demonstrator demonstrators rioter rioters marcher marchers fan fans "
    "supporters crowd crowds mob hooligan hooligans student students".split()
)
MUTUAL_FIGHT_NOUNS = frozenset(["clash", "clashes", "skirmish", "scuffle", "confrontation", "fighting", "brawl"])
MUTUAL_FIGHT_VERBS = frozenset(["clash", "fight", "skirmish", "scuffle", "brawl"])
LABOUR_NOUNS = frozenset(
    "worker workers union unions teacher teachers doctor doctors nurse nurses employee employees staff driver "
    "drivers miner miners docker dockers pilot pilots labour labor wage wages pay".split()
)
LABOUR_STRIKE_VERBS = frozenset(["go", "be", "remain", "stay", "walk", "call", "end", "join"])

# A war or conflict is an event of the news only with its parties ("the war with Iraq",
# "declared war on", "the Iran-Iraq war"); "the war" in passing and named wars ("the Gulf
# War") are background, and "a conflict of interest" none at all.
WAR_NOUNS = frozenset(["war", "wars", "warfare", "hostilities", "conflict", "conflicts"])
# Long armed struggles whose toll a relative clause gives: "a rebellion that has killed 120,000".
STRUGGLE_NOUNS = WAR_NOUNS | {"rebellion", "insurgency", "uprising", "fighting", "violence", "campaign"}
WAR_STARTING_VERBS = frozenset(["wage", "declare", "launch", "start", "begin", "fight", "escalate", "go"])
NON_NEGOTIATION_CONFERENCE_MODIFIERS = frozenset(["press", "news", "academic", "medical", "scientific"])

# Stopping the fighting is a truce: "agreed to halt hostilities", "stopped firing".
STOPPING_VERBS = frozenset(["halt", "stop", "cease", "end", "suspend", "pause"])
# texts a body issues, which speak for it: "a resolution calling on the government to …"
ISSUED_TEXT_NOUNS = frozenset(["resolution", "statement", "communique", "declaration", "letter", "decree", "motion"])
FIGHTING_NOUNS = frozenset(
    ["hostility", "hostilities", "fighting", "fire", "attack", "shelling", "strike", "firing", "combat", "bombardment"]
)
HALTED_OPERATION_NOUNS = FIGHTING_NOUNS | {"offensive", "airstrike", "bombing", "assault", "incursion"}
# Verbs that call an event off before it happens: "the talks were postponed".
CALLING_OFF_VERBS = frozenset(["postpone", "cancel", "delay", "scrap", "shelve", "defer"])
# Documents that are agreements only when reached or signed: "reached an understanding on the bases".
AGREEMENT_DOCUMENT_NOUNS = frozenset(["understanding", "protocol", "consensus"])
CONCLUDING_VERBS = frozenset(["reach", "sign", "initial", "ink", "conclude", "ratify", "agree"])
# What is flown or shipped to people in need: "flew 20 tonnes of medical supplies into Benghazi".
SHIPPING_VERBS = frozenset(["fly", "ship", "airlift", "ferry", "unload", "offload"])
# Handing out relief, by a party (a firm delivering food to shops is trade): "UNICEF delivered
# 40,000 doses of vaccine", "the agency dispatched 35 trucks of food".
DELIVERING_VERBS = frozenset(["deliver", "dispatch", "distribute"])
# What goods travel in, named before them: "90 trucks of flour", "a planeload of medicine".
CARGO_NOUNS = frozenset(
    "truck lorry convoy planeload shipload boatload shipment consignment load cargo crate box container "
    "dose doses sack bag".split()
)
# Arrivals that deliver what their vehicles carry: "trucks loaded with tents crossed at Rafah";
# not "reached Darfur", whose object is where, which the parse would make a party.
ARRIVING_VERBS = frozenset(["cross", "arrive", "reach", "enter", "dock"])
# How a vehicle's load is told without a verb of giving: "trucks loaded with flour".
LOADED_VERBS = frozenset(["load", "pack", "laden", "fill", "stack"])
# Only a relief agency's convoy "reaches" or "enters" as an event of its own; a convoy that
# carries aid names it already ("a convoy carrying aid has reached …" is the aid's event).
REACHING_VERBS = frozenset(["reach", "enter"])
# Relief agencies whose convoys carry relief whatever the text says they load: "a WFP convoy
# reached El Fasher". Names as written, lower case; UN blue helmets or NATO are not here.
RELIEF_AGENCY_NAMES = frozenset(
    [
        *"wfp unhcr unicef icrc msf unrwa ocha iom oxfam".split(),
        "red cross",
        "red crescent",
        "world food programme",
        "world food program",
        "médecins sans frontières",
        "medecins sans frontieres",
        "doctors without borders",
        "save the children",
        "un refugee agency",
        "international organization for migration",
    ]
)
ENDING_NOUNS = frozenset(["end", "halt", "stop", "cessation"])
# Operations halted only when military: "suspend its air campaign", not "its election campaign".
MILITARY_OPERATION_NOUNS = frozenset(["operation", "operations", "campaign", "act", "acts"])
MILITARY_OPERATION_KINDS = frozenset(
    "military air bombing ground combat aerial naval clearance counterinsurgency hostile offensive".split()
)
PURPOSE_WORDS = frozenset(["intend", "intended", "design", "designed", "aim", "aimed", "mean", "meant"])
# Returned people who were not captives: refugees and deportees come home (pa:Repatriation).
DISPLACED_NOUNS = frozenset(
    "refugee refugees migrant migrants deportee deportees evacuee evacuees asylum-seekers displaced returnees "
    "seeker seekers".split()  # "rejected asylum seekers"
)
# Receiving the dead is the other side of their repatriation.
RECEIVING_VERBS = frozenset(["receive", "recover", "collect", "repatriate"])
# Aid "received from" a giver: the subject is the receiver, the giver follows "from".
RECEIVING_AID_VERBS = frozenset(["receive", "get", "obtain", "accept"])
# Talking together: "spoke by phone", "talked with his counterpart".
CONVERSATION_VERBS = frozenset(["speak", "talk", "chat", "confer"])
PHONE_WORDS = frozenset(["phone", "telephone", "video", "videoconference", "videolink", "hotline"])
CAPTIVITY_WORDS = frozenset(
    "captivity custody detention hostage hostages captive captives kidnapped abducted imprisoned detained".split()
)
# Objects that make "strike" or "hit" figurative.
FIGURATIVE_STRIKE_OBJECTS = frozenset(
    "deal deals agreement accord bargain compromise balance tone note chord pose record high low jackpot "
    # what a camera shoots: "shot a campaign video near the front line"
    "video film footage scene photo photograph picture documentary advert".split()
)
# Police work is not an armed attack: "police raided a house and seized drugs".
POLICE_NOUNS = frozenset(["police", "policeman", "policemen", "officers", "cops", "gendarmes", "detectives"])
LAW_ENFORCEMENT_VERBS = frozenset(["raid", "seize", "storm", "capture", "search", "shoot"])
CONTRABAND_NOUNS = frozenset(
    "drug drugs cocaine heroin cannabis marijuana cash contraband goods cigarettes alcohol counterfeit".split()
)
# Violence in a household is crime, not conflict: "killed his wife".
KIN_NOUNS = frozenset(
    "wife husband girlfriend boyfriend partner son daughter mother father brother sister neighbour neighbor "
    "stepfather stepmother fiancee fiance".split()
)
# A demand made by a protest is the protest's aim: "demonstrated to demand lower prices".
PROTEST_VERBS = frozenset(["demonstrate", "protest", "march", "rally", "picket", "riot"])
# Bringing food or medicine to people is aid even without the word: "lorries carrying food".
CARRYING_VERBS = frozenset(["carry", "bring", "truck", "transport", "airlift", "airdrop"])
HUMANITARIAN_NOUNS = frozenset(
    "food medicine medicines medical supplies supply aid water fuel tents vaccines flour wheat blankets rations "
    "sheeting shelter grain rice sorghum maize kits vaccine meals bread tent blanket tarpaulin tarpaulins "
    "generators biscuits mattresses jerrycans soap".split()
)
# Heads that make an event noun before them a kind of body: "aid agencies", "peace groups".
BODY_HEADS = frozenset(
    "agency agencies group groups organisation organisations organization organizations official officials "
    "chief chiefs envoy envoys".split()
)
CAPTOR_NOUNS = frozenset(["kidnapper", "abductor", "captor", "hostage-taker"])
QUANTIFIER_WORDS = frozenset(
    ["most", "some", "all", "many", "several", "half", "dozens", "hundreds", "last", "rest", "remainder", "first"]
)
# Munitions that land where they are fired ("two shells fell on the hospital"); "attacks fell
# by half" is a trend, so the event nouns of WEAPON_NOUNS are not here.
MUNITION_NOUNS = frozenset(
    "missile rocket drone shell bomb projectile round mortar grenade munition ordnance salvo barrage".split()
)
LANDING_VERBS = frozenset(["fall", "land", "crash", "rain"])
# Bringing down what the other side flies (CAMEO 19): "downed 41 drones", "intercepted 20 missiles".
DOWNING_VERBS = frozenset(["down", "intercept"])
DOWNED_THINGS = MUNITION_NOUNS | frozenset(["aircraft", "plane", "jet", "helicopter", "fighter", "bomber", "uav"])
LANDING_PREPOSITIONS = frozenset(["on", "in", "into", "near", "onto", "inside", "at", "around"])
# Verbs that commit a sum: with "to" or "for" someone it is aid (CAMEO 071), not a promise.
# "released 3 million euros in emergency aid": money freed for someone is given.
FUNDING_VERBS = frozenset(
    "pledge promise donate give grant allocate announce earmark contribute approve release disburse unlock".split()
)
# Verbs that pay for the thing they take (CAMEO 071): "would fund two field kitchens".
FINANCING_VERBS = frozenset(["fund", "finance", "bankroll"])
# What a takeover agrees to do: "agreed to buy the gaming company" is commerce, not a pact.
COMMERCE_VERBS = frozenset(["buy", "acquire", "purchase", "sell", "merge", "invest", "license"])
# Courts and prosecutors name a crime: "charged with murder", "sentenced for the killing".
JUSTICE_VERBS = frozenset(["charge", "sentence", "convict", "acquit", "try", "jail", "imprison", "indict", "arrest"])
# What a warning threatens, as opposed to a danger it points at ("warned of retaliation", not
# "warned of famine"): the warner's own acts.
THREATENED_ACTS = frozenset(
    "retaliation response reprisal reprisals consequence consequences measure measures countermeasure countermeasures"
    " action step steps force war price".split()
)
# What a warning promises a wrongdoer: "would not go unpunished", "will pay a heavy price".
PUNISHMENT_WORDS = frozenset(["unpunished", "consequence", "consequences", "punishment", "regret"])
# What a wrongdoer will meet, in a warning: "any provocation would meet enormous retaliation",
# "… would remain a target"; "reprisal" and "revenge" alone also in plain speech.
RETALIATION_WORDS = frozenset(["retaliation", "reprisal", "reprisals", "revenge", "vengeance"])
MET_IN_WARNINGS = RETALIATION_WORDS | {"response", "target"}
# Commitments to use force are threats (CAMEO 138), not agreements: "vowed to retaliate",
# "promised revenge".
VOWING_VERBS = frozenset(["vow", "pledge", "promise"])
# What a party vows to answer with force: "would respond to any provocation".
PROVOCATION_NOUNS = frozenset(["provocation", "aggression", "escalation", "incursion", "violation"])
# What a wrongdoer is made to pay for: "would pay for its crimes".
WRONG_NOUNS = PROVOCATION_NOUNS | {"crime", "hostility", "betrayal", "treachery"}
FORCE_VERBS = frozenset(
    ["retaliate", "avenge", "crush", "destroy", "annihilate", "punish", "eliminate", "wipe", "hunt"]
)
# What security forces call an armed operation "against terrorists" (see _against_terrorists).
SECURITY_OPERATION_NOUNS = frozenset(["operation", "operations", "measure", "measures", "activities", "activity"])
# Words (spaces removed) that make an "operation" a security forces' sweep, and what a clearance
# clears when it is none.
SWEEP_WORDS = ("intelligence-based", "intelligencebased", "clearance", "clearing", "sanitisation", "sanitization",
               "mop-up", "mopping-up", "cordonandsearch", "search-and-destroy")  # fmt: skip
CLEARED_THINGS = ("mine", "rubble", "debris", "snow", "customs", "ordnance", "explosive")
# Unnamed measures promised against a party (CAMEO 130), and the words that make them so.
MEASURE_NOUNS = frozenset(["measure", "step", "action", "countermeasure"])
RESOLVE_WORDS = frozenset(
    "necessary firm decisive retaliatory appropriate proportionate response further all tough harsh resolute".split()
)
# What one is told to think or feel, not to do: "told reporters to expect delays".
COGNITION_VERBS = frozenset(["expect", "believe", "think", "know", "understand", "remember", "consider", "feel", "be"])
# Lines and ways that "meet" where they join: no talks.
MEETING_PLACE_NOUNS = frozenset(["border", "frontier", "line", "road", "river", "railway", "boundary", "street"])
# Going on or growing: "would keep attacking", "attacks will widen".
CONTINUING_VERBS = frozenset(["keep", "continue", "widen", "expand", "intensify", "escalate", "extend", "spread"])
FORCE_NOUNS = frozenset(["revenge", "vengeance", "retribution"])
# Diplomats told to leave are expelled (CAMEO 1663).
# "chargé d'affaires" parses with "d'affaires" as the head.
DIPLOMAT_NOUNS = frozenset(["ambassador", "envoy", "diplomat", "attache", "chargé", "charge", "consul", "d'affaire", "d'affaires"])
# Verbs of public criticism (CAMEO 111) that news also uses for blows: "slammed X for Y".
CRITICISING_VERBS = frozenset(["slam", "blast", "lambast", "castigate", "rebuke", "criticise", "criticize"])
# What a speaker calls a deed to condemn it (CAMEO 111): "called the bombing an outrage".
CONDEMNING_NOUNS = frozenset(
    "genocide cleansing cruel inhumane outrage atrocity crime savagery barbarism massacre provocation violation terrorism aggression "
    "blow stab betrayal illegal unlawful criminal barbaric cowardly heinous unacceptable outrageous "
    "provocative unjustified brutal inhuman invasion hostile dangerous reckless irresponsible piracy blackmail "
    "theft robbery banditry illegitimate unforgivable inexcusable deplorable despicable shameful abhorrent "
    "reprehensible monstrous barbarous "
    # verdicts of shame or deceit: "called the vote a disgrace", "called the detention a kidnapping"
    "disgrace disgraceful shame shameless sham farce travesty mockery kidnapping abduction stunt propaganda "
    # verdicts of terror and injustice: "called the strike an act of terror", "unconscionable"
    "terror intimidation unconscionable unjust spit".split()
)
# Verbs that give a deed a name: "called the raid an outrage", "described the strike as legitimate".
NAMING_VERBS = frozenset(["call", "describe", "brand", "label", "term", "dub"])
# What a party is called when it is accused (CAMEO 111): "called the prime minister a traitor".
BRANDING_NOUNS = frozenset(
    "traitor terrorist criminal murderer butcher puppet aggressor occupier liar thug warmonger".split()
)
# Measures a party passes a verdict on besides events: "called the measures illegal".
JUDGED_ACTS = frozenset(
    "measure move decision step ruling resolution arrest verdict acquittal ban exclusion suspension policy incident"
    " remark comment finding announcement plan proposal".split()
)
# Public praise or thanks (CAMEO 051), which news reports as a declaration: "welcomed the deal".
# Counts an attack noun can be the source of: "the death toll from the bombing".
TOLL_NOUNS = frozenset(["toll", "tally", "count"])
# Denials are Statements (the contract: "reiterates, announces, denies") when what is denied is a
# charge or a part in something.
DENYING_VERBS = frozenset(["deny", "reject", "dismiss", "refute"])
CHARGE_NOUNS = frozenset(
    "charge claim accusation allegation report involvement responsibility role part complicity link assertion "
    "suggestion suggestions label narrative portrayal characterisation characterization".split()
)
# Threats told as what the speaker will do (CAMEO 138): "said it would respond in kind".
SPEAKING_VERBS = frozenset(["say", "tell", "declare", "state", "repeat", "reiterate", "insist", "stress"])
RESPONDING_VERBS = frozenset(["respond", "react", "answer", "hit", "strike"])
FORCEFUL_MANNER = frozenset(
    "force kind mirror firmly decisively harshly forcefully militarily severely strongly appropriately".split()
)
# "The agency quoted the minister as saying …": a report that hands the act to the one quoted.
QUOTING_VERBS = frozenset(["quote", "cite"])
# Who speaks for a state when its forces strike: "the army said it had targeted …".
STATE_VOICE_NOUNS = frozenset(["army", "military", "ministry", "government", "coalition", "junta", "tatmadaw", "navy"])
# ... and the words of a body's name that make it one: "the Israel Defense Forces".
STATE_VOICE_NAME_WORDS = STATE_VOICE_NOUNS | {"defense", "defence"}
# Driving attackers back is fighting: "pushed the attackers back".
REPELLING_VERBS = frozenset(["push", "drive", "beat", "force"])
# Beating off or killing fighters, which armies report as a deed of their own (CAMEO 19):
# "repelled the attackers", "dislodged the insurgents", "neutralised 32 terrorists".
REPULSING_VERBS = frozenset(["repel", "repulse", "dislodge", "neutralise", "neutralize"])
NEUTRALISING_NOUNS = frozenset(["neutralisation", "neutralization"])
FOE_NOUNS = frozenset(
    ["attacker", "attackers", "assailant", "assailants", "enemy", "raider", "raiders", "invader", "invaders"]
)
# Burning homes is violence against civilians (CAMEO 18): "burned the village".
BURNING_VERBS = frozenset(["burn", "torch", "raze"])
# Who "returned to their homes" after fighting, not after a shift: households, not workers.
UPROOTED_HOUSEHOLDS = frozenset("family families villager villagers resident residents household households".split())
MODAL_WORDS = frozenset("can could may might must should would will shall".split())
DWELLING_NOUNS = frozenset("village villages town home homes house houses hut huts settlement hamlet".split())
ADVANCE_PREPS = frozenset(["on", "towards", "toward", "into", "against"])
# Participles by which a party that leads, brokers or hosts an event is named in front of it.
BROKERING_PARTICIPLES = frozenset(["led", "brokered", "sponsored", "mediated", "hosted", "backed", "organised", "organized"])
# Verbs of an armed advance on a place (CAMEO 192, occupy): "troops pushed into the town".
ADVANCING_VERBS = frozenset(["push", "advance", "sweep", "thrust", "punch", "roll", "burst", "barge"])
# Buildings and sites armed men burst into or storm: "burst into a television studio".
STORMED_SITES = frozenset(
    "slum studio school hospital church mosque compound station office hotel palace parliament embassy terminal "
    "airport market barracks headquarters checkpoint prison jail building home house".split()
)
# CAMEO 181, abduct: a verb of seizing that names an abduction when what is seized are people.
ABDUCTING_VERBS = frozenset(["snatch", "kidnap", "abduct"])
# Handing a detained suspect to a court (a handover of a detainee, CAMEO 0841): "handed the
# former president to the tribunal", "extradited two suspects"; the court is told by its name.
HANDOVER_VERBS = frozenset(["hand", "transfer", "surrender", "extradite"])
COURT_WORDS = frozenset(["court", "tribunal", "hague"])
WANTED_PEOPLE_NOUNS = frozenset(["suspect", "fugitive", "defendant", "warlord", "indictee"])
# Putting a group or firm on a terror or sanctions list (CAMEO 163): "designated the movement a
# terrorist organisation", "added two firms to its sanctions list".
DESIGNATING_VERBS = frozenset(["designate", "list", "blacklist", "proscribe"])
LISTING_VERBS = frozenset(["add", "put", "place"])
BLACKLIST_WORDS = frozenset(["terrorist", "terror", "sanction", "sanctions", "blacklist", "asset-freeze", "freeze"])
# Sinking a vessel in a conflict is an attack (CAMEO 19): "helicopters sank three boats".
# Vessels, by lemma, that a torpedo, a ram or a water cannon hits (SUNK_VESSELS matches surface forms).
WARSHIP_NOUNS = frozenset(
    "boat ship vessel warship cruiser destroyer frigate corvette submarine tanker freighter carrier trawler".split()
)
# What forces seize that is a find, not a place or people taken: "seized a cache of rockets".
SEIZING_VERBS = frozenset(["seize", "confiscate", "capture", "find", "discover", "uncover"])
HAUL_NOUNS = frozenset(["cache", "stockpile", "haul", "consignment", "shipment", "stash", "package", "crate"])
# Blows between ships short of gunfire: "rammed", "water-cannoned" (the hyphen splits off "cannoned").
RAMMING_VERBS = frozenset(["ram", "cannon", "water-cannon"])
SUNK_VESSELS = frozenset(["boat", "boats", "ship", "ships", "vessel", "vessels", "warship", "warships", "skiff", "skiffs"])
# What a party cuts off from another when it stops it (CAMEO 163, embargo; 16, reduce relations):
# "suspended bilateral trade", "withdrew the trade privileges it had granted".
TRADE_BENEFITS = frozenset(["trade", "privilege", "privileges", "preference", "preferences", "imports", "exports"])
# Classes only a political or armed party does; a company's or a court's act of that kind is
# business or justice (Phoenix roles: business, judiciary, education, media).
STATECRAFT_CLASSES = frozenset(["Agreement", "Sanction"])
NON_STATECRAFT_ROLES = frozenset(["BUS", "JUD", "EDU", "MED"])
BUSINESS_NOUNS = frozenset(
    "bank lender creditor insurer chipmaker carmaker manufacturer firm club carrier operator retailer".split()
)
# Nouns whose "is to …" states an aim, not an arrangement: "the goal is to provide aid".
AIM_NOUNS = frozenset(["goal", "aim", "objective", "purpose", "task", "priority", "idea", "mission", "plan", "intention"])
# Ultimatums: "gave Sudan 30 days to …", "… or face sanctions".
DEADLINE_NOUNS = frozenset(["hour", "day", "week", "month", "deadline"])
ULTIMATUM_PENALTIES = frozenset(
    "intervention sanction sanctions penalty penalties expulsion suspension attack attacks strike strikes".split()
)
# What is done to demands already standing: "until its demands are met".
MEETING_DEMAND_VERBS = frozenset(["meet", "satisfy", "grant", "address", "fulfil", "fulfill", "accept"])
# Offers whose rejection is a statement: "rejected a truce", "rejected the peace plan".
# Decisions and findings of others a party takes a public position on (CAMEO 01, 05, 12):
# "welcomed the ruling", "rejected the verdict", "would not recognise the outcome".
DECIDED_NOUNS = frozenset(
    "ruling verdict judgment judgement decision resolution outcome result results findings order orders opinion "
    "warrant warrants".split()
)
# What a party said or wrote, which another party welcomes or rejects: "rejected the text".
UTTERANCE_NOUNS = frozenset(
    "statement text draft document remarks words speech comments letter message assurance assurances pledge "
    "commitment gesture signal".split()
)
REJECTED_OFFER_NOUNS = frozenset(
    "proposal plan offer demand call ultimatum initiative request appeal truce ceasefire deal talks".split()
) | DECIDED_NOUNS | UTTERANCE_NOUNS | frozenset(
    # another party's account or measure a party dismisses: "rejected that version of events",
    # "dismissed the sanctions as unlawful", "rejected the designations"
    "account version announcement listing listings measure measures sanction sanctions designation".split()
)
# Words that make a convoy or a flight one of relief: "humanitarian convoys", "aid flights".
RELIEF_KINDS = frozenset(["humanitarian", "relief", "aid", "mercy"])
PRAISING_VERBS = frozenset(["welcome", "thank", "praise", "hail", "commend", "applaud"])
# CAMEO 010, make a statement: what a party announces or declares, when it tells of no
# event of its own ("announced that elections would be held in June", "declared victory").
ANNOUNCING_VERBS = frozenset(["announce", "declare", "proclaim"])
# A declared end or victory: "declared the operation over", "declared victory".
DECLARED_WORDS = frozenset(["over", "ended", "finished", "complete", "completed", "victory"])
# Standing positions a party states: "said it remained committed to the talks".
STANCE_WORDS = frozenset(["committed", "open", "ready", "determined"])
# What a standing position is to, besides an event: "remains committed to dialogue".
POSITION_TOPICS = frozenset(["peace", "dialogue", "diplomacy", "plan", "process", "solution", "settlement", "accord"])
# What a state grants in recognising another (CAMEO 054): "formally recognised a Palestinian state".
RECOGNISED_STATUS_NOUNS = frozenset(["state", "statehood", "independence", "sovereignty", "government", "annexation"])
# What a party says it will not accept: "said it would not accept foreign troops".
REFUSED_STANCE_VERBS = frozenset(["accept", "recognise", "recognize", "tolerate", "allow"])
# A state's sides in sport and culture, which a world body suspends as it would the state.
NATIONAL_SIDE_NOUNS = frozenset(["team", "federation", "union", "association", "committee", "delegation", "squad"])
# Standing behind an armed group (CAMEO 074, military support): "backing the M23 rebels".
BACKING_VERBS = frozenset(["back", "sponsor", "bankroll"])
# A stated opposition, which news reports as a declaration (CAMEO 01): "firmly opposes".
OPPOSING_VERBS = frozenset(["oppose", "disagree", "object"])
# How a speaker names its own side: "said the government would not pay ransoms".
OWN_SIDE_NOUNS = frozenset(["government", "state", "country", "administration", "kingdom", "nation"])
# What a party says it never made: "said Kabul had made no such commitment".
DISOWNED_NOUNS = frozenset(["commitment", "promise", "pledge", "agreement", "deal", "concession", "offer"])
PRAISED_NOUNS = DECIDED_NOUNS | UTTERANCE_NOUNS | frozenset(
    "decision announcement outcome deal move step agreement release efforts help mediation declaration "
    "offer proposal initiative plan ceasefire truce formation progress resolution crackdown gesture handover swap".split()
) | frozenset(
    # news of an act: "welcomed the news", "hailed the three-day pause", "the signing", "welcomed the vote"
    "news breakthrough pause signing return talks vote ratification approval recognition".split()
) | frozenset(
    # acts of justice a party welcomes or calls something: "welcomed the transfer", "called the arrest a step"
    "arrest transfer verdict acquittal conviction sentence indictment warrant extradition handover".split()
)
# Endings of nouns made from verbs, which name an act when a party welcomes one: "the easing of
# tension", "the withdrawal", "the appointment of an envoy".
ACT_NOUN_ENDINGS = ("ment", "tion", "sion", "ing", "wal", "sal", "ance", "ence", "ure")
# Aims a sum or a force is sent for: "21 million pounds to help refugees", "troops to back the army".
SUPPORTING_AIMS = frozenset(
    [
        "help", "support", "back", "assist", "aid", "bolster", "reinforce", "fund", "evacuate", "rescue", "train",
        # reconstruction and relief (CAMEO 071, 073): "pledged $100 million to rebuild schools"
        "rebuild", "reconstruct", "restore", "repair", "feed", "shelter", "house", "resettle",
    ]
)
# Who is sent to train or advise another state's forces (CAMEO 07x military aid).
MILITARY_TRAINERS = frozenset(["adviser", "advisers", "advisor", "advisors", "instructor", "instructors", "trainer", "trainers"])
# Bodies sent that stand for their members: "a team of advisers".
UNIT_NOUNS = frozenset(["team", "contingent", "unit", "detachment", "group", "mission"])
# Means lent for relief: "offered helicopters to evacuate the wounded".
RELIEF_MEANS = frozenset(["helicopter", "aircraft", "plane", "ship", "vessel", "boat", "truck", "lorry", "ambulance"])
# Where captives were held: "released from house arrest".
PLACES_OF_CAPTIVITY = frozenset(["prison", "jail", "arrest", "detention", "custody", "captivity", "camp"])
# A pause that is a truce: "a humanitarian pause", "a lull in the fighting".
PAUSE_NOUNS = frozenset(["pause", "lull", "respite", "halt", "moratorium", "suspension"])
# What stops fighting; the fighting it stops is what is halted, not an attack told of:
# "an end to the fighting", "the halt to strikes on energy facilities".
HALTING_NOUNS = PAUSE_NOUNS | {"end", "ceasefire", "truce", "cessation"}
# Support that, withheld, is a sanction (CAMEO 162); "support" alone may be political.
WITHHELD_SUPPORT_NOUNS = frozenset(["funding", "funds", "financing", "loan", "loans", "payment", "payments"])
MATERIAL_SUPPORT_KINDS = frozenset(["budget", "budgetary", "financial", "military", "economic", "development"])
# Accidents whose consequences are no attack: "the bus plunged into a ravine, killing 23".
ACCIDENT_VERBS = frozenset(
    ["plunge", "crash", "collide", "derail", "capsize", "overturn", "sink", "collapse", "veer", "skid", "topple"]
)
# Blasts with a cause that is no weapon: "a gas explosion", "a boiler blast".
BLAST_NOUNS = frozenset(["explosion", "blast", "fire", "blaze"])
ACCIDENTAL_BLAST_MODIFIERS = frozenset(
    "gas boiler cylinder pipeline tanker factory industrial methane firework fireworks transformer kitchen".split()
)
# Crime is not armed conflict: "gang members killed a shopkeeper". Bandits, kidnappers and
# pirates stay armed parties: conflict coders count their raids.
CRIMINAL_NOUNS = frozenset(
    "gang gangs gangster gangsters criminal criminals robber robbers thief thieves burglar burglars "
    "mugger muggers dealer dealers".split()
)
# What the state holds or who defends it; a gang's attack on them is armed violence, not crime.
STATE_TARGETS = frozenset(
    "prison jail police policeman officer station barracks airport palace ministry parliament soldier troops "
    "base checkpoint army".split()
)
# Ways to put an official complaint to a party: "lodged a protest", "handed him a note of protest".
LODGING_VERBS = frozenset(["lodge", "make", "file", "hand", "deliver", "send", "submit", "register"])
# Places people live in, as what an armed party attacks or takes.
SETTLEMENT_NOUNS = frozenset("town city village commune neighbourhood neighborhood suburb district".split())
# What a protest says is its message, not a demand or accusation between parties.
PROTEST_MESSAGE_CLASSES = frozenset(["Demand", "Accusation"])
# Going somewhere: CAMEO files these under "consult" (040), but only a pattern ("left for
# talks in") makes one a visit.
MOTION_VERBS = frozenset(["leave", "depart", "go", "come", "arrive", "return", "head", "travel", "fly"])
# Verbs whose object does what the clause after it says: "urged allies to send arms".
OBJECT_CONTROL_VERBS = frozenset(
    "urge ask call order instruct tell press persuade force allow permit encourage invite authorize authorise".split()
)
# People whose return home is a repatriation: "the return of 65 children to their families".
RETURNED_PEOPLE_NOUNS = frozenset("child children civilian civilians citizen citizens national nationals family families".split())
# An operation in which people are arrested is police work: "arrested 12 suspects in raids".
ARREST_VERBS = frozenset(["arrest", "detain", "apprehend", "round"])
# Events that are acts of speech.
SPEECH_CLASSES = frozenset(["Accusation", "Demand", "Threat", "Statement"])
# Verbs that say their infinitive did not happen: "failed to supply", "refused to release".
FAILING_VERBS = frozenset(["fail", "refuse", "decline", "neglect", "omit"])
# Cutting relations (CAMEO 161) and barring entry or trade (CAMEO 163): "severed diplomatic
# ties", "banned entry to 500 Americans".
RELATION_NOUNS = frozenset(["relations", "ties", "tie", "relation", "contacts"])
# Diplomatic posts whose closure cuts relations (CAMEO 16): "ordered the closure of Russian consulates".
DIPLOMATIC_POSTS = frozenset(["embassy", "embassies", "consulate", "consulates", "mission", "missions"])
CLOSING_VERBS = frozenset(["close", "shut"])
# How a people goes back in the mass, on its own: "streamed back", "crossed back".
MASS_MOTION_VERBS = frozenset(["stream", "flood", "flow", "cross", "trek", "pour"])
MASS_COUNT_WORDS = frozenset(["hundreds", "thousands", "millions", "tens"])
# Words that mark people as from elsewhere, whom a state deports: "foreign inmates".
ALIEN_WORDS = frozenset(["foreign", "undocumented", "illegal", "irregular", "stateless"])
# What one party cuts with another (CAMEO 16): "cut transport links with Doha", "closed its
# borders with Niger", "suspended financial transactions with Niamey".
LINK_NOUNS = frozenset("link links tie ties transaction transactions border borders flight flights trade cooperation coordination".split())
# Taking one's diplomats home or another's credentials away (CAMEO 161).
RECALLING_VERBS = frozenset(["recall", "strip", "withdraw"])
# Arms supplies a halt of which is a sanction (CAMEO 16): "halted weapons deliveries".
ARMS_WORDS = frozenset(["arms", "weapons", "weapon", "ammunition", "munitions", "military"])
# Nouns of arms handed over (CAMEO 074, military aid): "Iran's transfer of ballistic missiles to
# Russia", "the delivery of tanks", "a shipment of rifles to the army".
ARMS_DELIVERY_NOUNS = frozenset(["transfer", "delivery", "shipment", "supply", "consignment"])
DELIVERED_ARMS = ARMS_WORDS | frozenset(
    "missile rocket drone shell tank rifle gun boat vessel warship jet aircraft helicopter interceptor".split()
)
SUPPLY_NOUNS = frozenset(["delivery", "shipment", "supply", "sale", "export", "transfer"])
SEVERING_VERBS = frozenset(["sever", "break", "cut", "suspend", "downgrade", "freeze", "rupture"])
# Their nouns, read only before "of relations": "announced the severance of diplomatic relations".
SEVERING_NOUNS = frozenset(["severance", "severing", "rupture", "suspension", "breaking", "downgrading", "freezing"])
BARRED_NOUNS = frozenset("entry import export flight travel visa overflight shipment".split())  # lemmas
# Kinds of restrictions one party puts on another (CAMEO 163): "visa restrictions", "trade restrictions".
RESTRICTION_KINDS = BARRED_NOUNS | {"trade", "financial", "economic"}
# Who flies or lands aircraft for a living: halting their own flights is business, not a sanction.
AIR_CARRIER_WORDS = frozenset(["airline", "airlines", "airways", "carrier", "airport", "aviation", "aeroflot"])
AIR_CARRIER_NAME_WORDS = AIR_CARRIER_WORDS | {"air"}  # "Air France", "the UN Humanitarian Air Service"
BARRING_VERBS = frozenset(["ban", "bar", "prohibit", "restrict", "halt", "suspend", "block"])
BARRED_PLACES = frozenset(["airspace", "territory", "port", "airport", "market", "water", "sky"])  # lemmas
# Nouns by which a story refers back to a party it named: "the group freed two staff".
PARTY_REFERENCES = frozenset(["movement", "faction", "side", "militia", "junta", "regime", "authorities"])
# Leaving a deal (a party's declaration, not a deal): "withdrew from the accord", "quit the truce".
LEAVING_VERBS = frozenset(["withdraw", "quit", "exit", "abandon", "renounce", "scrap", "ditch", "leave", "pull"])
# Clauses that date a story by an earlier deed: "six months after Washington quit the deal".
BACKGROUND_MARKS = frozenset(["after", "since", "before", "when"])
ENTERING_VERBS = frozenset(["enter", "visit", "travel", "land", "dock", "fly"])
# Whom sanctions officials "designate": people, firms and ships put on a list.
DESIGNATED_TARGETS = frozenset(
    "individual entity company firm bank person official vessel tanker network business oligarch".split()
)
# Acts one party does to or for another: agreeing to them is deciding them, not a deal.
ONE_SIDED_CLASSES = frozenset(["Sanction", "Release", "Repatriation", "Aid"])
# Teams sent to help: "sent search and rescue teams" is aid; "sent troops" is not.
AID_TEAM_KINDS = frozenset(["rescue", "medical", "relief", "humanitarian", "emergency", "firefighting"])
# Games are no wars: "Liverpool crushed Everton 4-0", "attacked down the left".
SPORTS_WORDS = frozenset(
    "match derby league cup goal goals goalkeeper striker midfielder season tournament championship "
    "playoff playoffs semifinal semi-final final score scored coach referee stadium pitch fans inning "
    "innings wicket touchdown winger shootout penalty penalties footballers".split()
)
# Verbs and nouns a match report shares with war reports: not a military word there.
# Bodies of sport whose talks are no diplomacy: "talks between the two clubs".
SPORT_BODY_NOUNS = frozenset(["club", "team", "federation", "league", "franchise"])
SPORT_ACTION_WORDS = frozenset("attack attacked strike struck hit shoot shot fire beat crush storm".split())
# What is signed that is no agreement between parties: "signed a contract with the club".
SIGNED_NON_AGREEMENTS = frozenset(
    "contract contracts petition petitions autograph autographs book books law laws bill bills decree decrees order".split()
)
# Sanctions lifted, eased or ended are no sanction imposed (CAMEO 085 eases them).
LIFTING_VERBS = frozenset(["lift", "ease", "remove", "relax", "end", "scrap", "drop", "roll", "waive", "revoke"])
# What is released that is no captive: "released a video", "released figures".
RELEASED_MEDIA_NOUNS = frozenset(
    "video videos footage statement report photo photos image images recording audio list details figures data "
    "album film book document documents record records".split()
)
# People whom an armed party frees are its captives: "Hamas freed two elderly women".
FREED_PEOPLE_NOUNS = frozenset(
    "woman women man men child children civilian civilians people person citizen citizens national nationals "
    "soldier soldiers worker workers tourist tourists journalist journalists girl girls boy boys "
    "student students pupil pupils sailor sailors fisherman fishermen crew schoolgirls schoolchildren villagers "
    "passengers teenager teenagers "
    "peacekeeper peacekeepers airman airmen pilot pilots officer officers policeman policemen guard guards "
    "diplomat diplomats monitor monitors observer observers engineer engineers contractor contractors "
    "missionary missionaries priest priests nun nuns doctor doctors nurse nurses farmworker farmworkers "
    "farmer farmers teacher teachers trader traders driver drivers employee employees volunteer volunteers "
    "shepherd shepherds herder herders staff resident residents "
    # professions whose members are held and freed: "released the former adviser"
    "adviser advisers advisor advisors economist economists academic academics researcher researchers "
    "lawyer lawyers professor professors businessman businessmen businesswoman activist activists "
    "blogger bloggers reporter reporters photographer photographers filmmaker filmmakers writer writers "
    "scholar scholars analyst analysts aide aides".split()
)
# People an attack can be aimed at, beyond named actors: "attacked its defenders".
HUMAN_TARGETS = frozenset(
    "defender defenders villager villagers worshipper worshippers passenger passengers guard guards "
    "patrol convoy leader commander".split()
)
# Ranks and forms of address a speaker's name opens with in a debate's record: "Lord Ashcombe:".
HONORIFICS = frozenset(
    "lord lady baroness baron earl viscount sir dame mr mrs ms miss dr senator sen representative rep "
    "congressman congresswoman chairman chairwoman chair".split()
)
# Warrants: the verbs that issue them, and what makes one a charge of the kind the contract
# records (CAMEO 112, accuse) rather than a court's routine.
WARRANT_VERBS = frozenset(["issue", "unseal"])  # a prosecutor seeking one asks the judges: a demand
GRAVE_CRIME_WORDS = frozenset(
    "crime genocide deportation persecution massacre murder torture extermination humanity atrocity "
    "enslavement starvation".split()
)
INTERNATIONAL_COURTS = ("International Criminal Court", "ICC", "Tribunal", "tribunal", "The Hague")
# Concern, alarm or regret a party voices (CAMEO 012, a pessimistic comment) is a declaration:
# "voiced concern", "regretted the vote", "said it was deeply troubled".
CONCERN_VERBS = frozenset(["express", "voice", "regret"])
CONCERN_NOUNS = frozenset("concern concerns alarm regret dismay disappointment".split())
CONCERN_WORDS = frozenset("concerned alarmed troubled dismayed disappointed disheartened saddened shocked appalled".split())
