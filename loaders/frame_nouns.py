"""The noun tables of the trigger lexicon: holder nouns ("Y's backer X", "X, the leader of Y"), action
nouns ("X's support for Y"), and the nouns of forces, parts, places and bodies the frames walk through.

Part of the trigger lexicon: ``loaders.frames`` re-exports every name here, so
``from pactgraph.loaders import frames as fr`` reaches them as before (``fr.HOLDER_NOUNS``).
"""

from __future__ import annotations

from typing import Final

#: Nouns that describe their holder by its relation to an owner: "Y's backer X", "X, the leader of Y",
#: "X is a member of Y". Direction ``h>o``: predicate(holder, owner); ``o>h``: predicate(owner, holder).
HOLDER_NOUNS: Final[dict[str, tuple[str, str]]] = {
    **dict.fromkeys(("backer", "backers", "patron", "patrons", "sponsor", "sponsors", "protector",
                     "protectors", "supporter", "supporters", "benefactor", "benefactors", "supplier",
                     "suppliers", "paymaster", "paymasters", "financier", "financiers", "guardian"),
                    ("backs", "h>o")),
    **dict.fromkeys(("proxy", "proxies", "client", "clients", "protege", "protégé"), ("backs", "o>h")),
    **dict.fromkeys(("ally", "allies", "partner", "partners"), ("allied_with", "h>o")),
    **dict.fromkeys(("enemy", "enemies", "rival", "rivals", "foe", "foes", "adversary", "adversaries",
                     "opponent", "opponents", "nemesis", "archenemy", "arch-enemy", "arch-rival"),
                    ("opposes", "h>o")),
    **dict.fromkeys(("leader", "leaders", "head", "chief", "chairman", "chairwoman", "chairperson",
                     "president", "commander-in-chief", "secretary-general", "emir", "boss", "supremo",
                     "chief of staff"), ("leader_of", "h>o")),
    **dict.fromkeys(("commander",), ("leader_of", "h>o")),
    **dict.fromkeys(("member", "members", "minister", "spokesman", "spokeswoman", "spokesperson", "envoy",
                     "official", "officials", "ambassador", "deputy", "negotiator", "negotiators",
                     "representative", "representatives", "officer", "delegate", "adviser", "advisor",
                     "lieutenant", "commanders", "emissary", "secretary", "diplomat", "counterpart",
                     "counterparts"),
                    ("member_of", "h>o")),
    **dict.fromkeys(("wing", "branch", "faction", "factions", "affiliate", "affiliates", "arm", "franchise",
                     "unit", "units", "component", "components", "part", "division", "subsidiary",
                     "province", "cell", "brigade", "battalion", "contingent", "backbone", "mainstay"),
                    ("member_of", "h>o")),
    **dict.fromkeys(("offshoot", "splinter", "successor", "outgrowth", "rebranding", "heir", "remnant",
                     "remnants", "breakaway"), ("evolved_from", "h>o")),
    **dict.fromkeys(("mediator", "mediators", "guarantor", "guarantors", "broker", "brokers", "facilitator",
                     "facilitators", "co-chair", "co-chairs", "moderator"), ("brokered", "h>o")),
    **dict.fromkeys(("signatory", "signatories", "party", "parties", "signer", "signers"),
                    ("party_to", "h>o")),
    # "Z, a X stronghold", "X's stronghold of Z": the place is the owner's
    **dict.fromkeys(("stronghold", "strongholds", "bastion", "bastions", "fiefdom", "fief"),
                    ("controls", "o>h")),
}

#: "the chair of X", "the government panel chair X".
HOLDER_NOUNS["chair"] = ("leader_of", "h>o")
HOLDER_NOUNS.update(dict.fromkeys(("envoys", "delegates", "emissaries", "advisers"), ("member_of", "h>o")))

#: Parts of an actor that a person may lead without leading the actor ("X fighters led by Y").
PART_NOUNS: Final = frozenset({
    "fighters", "faction", "factions", "wing", "delegation", "team", "unit", "units", "cells", "cell",
    "branch", "contingent", "column", "battalion", "company", "squad", "men", "troops", "forces", "force",
    "splinter", "offshoot", "commission", "committee", "panel",
})

#: Modifiers that make a head of something within an actor one of its people ("the defence chief",
#: "a senior commander", "the regional leader").
SUBORDINATE_MODIFIERS: Final = frozenset({
    "senior", "deputy", "vice", "foreign", "defence", "defense", "military", "intelligence", "security",
    "regional", "local", "field", "provincial", "district", "policy", "army", "police",
    "naval", "air", "junior", "assistant", "acting", "second",
})

#: Modifiers that make a role the head of the actor ("the Prime Minister", "the Supreme Leader").
HEAD_MODIFIERS: Final = frozenset({"prime", "supreme", "first"})

#: Modifiers that make a part of an actor one that left it ("a dissident faction of X").
SPLIT_MODIFIERS: Final = frozenset({"dissident", "breakaway", "splinter", "renegade", "rebel", "former"})

#: Roles whose "for" names the actor they belong to ("a spokesman for X"; an envoy for X is sent to X).
SPEAKS_FOR: Final = frozenset({"spokesman", "spokeswoman", "spokesperson", "negotiator", "negotiators"})

#: Holder nouns of a role that is not the whole actor's head when indefinite ("a commander of X").
INDEFINITE_MEMBER: Final = frozenset({"commander", "leader", "head", "chief"})

#: Nouns of an action or a state between an agent and a patient: "X's support for Y", "support from X",
#: "the war against Y", "X's control of Z". Slots: where the agent and the patient stand.
ACTION_NOUNS: Final[dict[str, str]] = {
    **dict.fromkeys(("support", "backing", "sponsorship", "patronage", "funding", "financing", "aid",
                     "assistance", "protection", "arming", "supplies", "shipments", "deliveries",
                     "bankrolling", "training"), "backs"),
    **dict.fromkeys(("war", "fight", "fighting", "offensive", "campaign", "conflict", "struggle", "rivalry",
                     "hostility", "hostilities", "feud", "insurgency", "attack", "attacks", "assault",
                     "rebellion", "battle", "battles", "clashes", "confrontation", "enmity", "hostile",
                     "operations", "operation", "strikes", "strike", "airstrikes", "raids", "raid", "bombing",
                     "bombardment", "shelling", "ambush", "ambushes"), "opposes"),
    **dict.fromkeys(("alliance", "partnership", "coalition"), "allied_with"),
    # "the front between X and Y" (not "a united front", see ``loaders.dependency``)
    **dict.fromkeys(("front", "frontline", "frontlines"), "opposes"),
    **dict.fromkeys(("control", "grip", "hands", "occupation", "hold"), "controls"),
    # "X's capture of Z", "the seizure of Z by X", "the fall of Z to X": a place taken
    **dict.fromkeys(("capture", "seizure", "recapture", "takeover", "conquest", "annexation", "fall"),
                    "controls"),
    **dict.fromkeys(("mediation", "auspices", "facilitation", "brokering", "guarantee", "guarantees"),
                    "brokered"),
    **dict.fromkeys(("leadership", "command", "chairmanship", "presidency", "rule"), "leader_of"),
}

#: Prepositions that introduce the agent of an action noun (besides the possessive).
AGENT_PREPS: Final = frozenset({"from", "by", "of"})

#: Prepositions that introduce the patient of an action noun, by predicate.
PATIENT_PREPS: Final[dict[str, frozenset[str]]] = {
    "backs": frozenset({"for", "to", "of"}),
    "opposes": frozenset({"against", "with", "on"}),
    "allied_with": frozenset({"with"}),
    "controls": frozenset({"of", "over", "on"}),
    "brokered": frozenset(),
    "leader_of": frozenset({"of"}),
}

#: Prepositions that attach a place to an agreement it governs ("a ceasefire in Z", "the truce for Z").
GOVERNS_PREPS: Final = frozenset({"in", "for", "over", "across", "along", "around", "covering", "on"})

#: Words that make a phrase a pair of sides ("the war between X and Y", "a truce between X and Y").
BETWEEN: Final = "between"

#: What a mediator mediates when it is not the agreement itself ("talks mediated by X"): the agreement
#: in context is meant.
TALK_NOUNS: Final = frozenset({
    "talks", "negotiations", "process", "dialogue", "mediation", "discussions", "round", "rounds",
    "exchanges", "efforts", "diplomacy",
    "consultations", "deal", "peace", "contacts", "meetings", "meeting", "summit", "conference",
})

#: Nouns of a person's role that stand for the person named beside them and for the actor they serve
#: ("the UN envoy, X", "the Turkish foreign minister"): both are meant.
ROLE_NOUNS: Final = frozenset({
    "envoy", "envoys", "representative", "minister", "ministers", "spokesman", "spokeswoman", "official",
    "officials", "delegation", "delegations", "negotiator", "negotiators", "diplomat", "diplomats",
    "president", "premier", "leader", "chief", "head", "commander", "emissary", "ambassador", "secretary",
    "mediator", "mediators", "delegate", "delegates", "government", "foreign", "chairman",
})

#: Nouns that stand for the actor they belong to ("Russian forces", "the army of X", "the general's army").
FORCE_NOUNS: Final = frozenset({
    "forces", "force", "troops", "army", "armies", "military", "soldiers", "fighters", "militiamen", "men",
    "units", "government", "authorities", "regime", "administration", "navy", "jets", "aircraft",
    "warplanes", "drones", "militia", "militias", "loyalists", "gunmen", "police", "guards", "junta",
    "cabinet", "ministry", "leadership", "side", "delegation", "officials", "commanders", "battalions",
    "lookouts", "checkpoints", "posts", "barracks", "garrison", "garrisons", "formations",
    "marines", "sailors", "airmen", "paratroopers", "commandos", "personnel", "recruits", "cadets",
    "brigades", "contingent", "contingents", "artillery", "positions", "convoys", "convoy", "patrols",
    "patrol", "bases", "base", "headquarters", "outposts", "camps", "strongholds", "hideouts",
    # a group's cells stand for it ("X cells have fought alongside Y")
    "cells",
    # what an attack hits of an actor: "struck Y's nuclear sites"
    "sites", "facilities", "installations", "depots",
    # "X helicopters strafed Y", "X gunners pounded Y"
    "helicopters", "gunships", "warships", "gunners", "bombers",
})

#: Nouns whose "of" phrase holds the actors meant ("a merger of X and Y", "remnants of Y").
WRAPPER_NOUNS: Final = frozenset({
    "merger", "union", "remnants", "remains", "ranks", "elements", "members", "parts", "operations",
    "core", "coalition", "combination", "fusion", "amalgamation", "rump", "cadres", "veterans",
    # the people who act for an actor stand for it ("the leaders of X put their names to the accord")
    "leaders", "representatives", "delegates", "envoys", "negotiators",
    # an agreement's parts stand for it ("its core chapters apply to Z")
    "chapters", "chapter", "provisions", "terms", "text", "clauses", "articles", "annex", "protocols",
})

#: Nouns of a place's extent or kind whose "of" phrase names the place ("the whole of Z", "the
#: provinces of Z and W", "the town of Z").
PLACE_WRAPPERS: Final = frozenset({
    "territory", "whole", "entirety", "rest", "parts", "part", "much", "most", "half", "swathes", "swaths",
    "stretch", "section", "sections", "outskirts", "centre", "center", "province", "provinces", "region",
    "regions", "district", "districts", "city", "cities", "town", "towns", "village", "villages", "port",
    "area", "areas", "zone", "zones", "governorate", "governorates", "state", "states", "county",
    "counties", "island", "islands", "enclave", "capital", "strip", "valley", "heights", "corridor",
    "municipality", "municipalities", "oblast", "department", "departments", "length", "all",
    "hub", "hubs", "base", "bases", "stronghold", "strongholds", "bastion", "ports", "airport", "crossing",
    "pass", "road", "highway", "border", "bridge", "mine", "field", "fields", "camp", "camps", "suburbs",
    "neighbourhood", "neighborhood", "quarter",
})

#: Modifiers of "sides" that set the actors against each other.
OPPOSING: Final = frozenset({"opposing", "rival", "opposite", "different", "enemy"})

#: The people and units a state lends to a force or a mission ("troops from X", "Kessan soldiers of the
#: force", "personnel from X and Y"): the states that send them are members of the force.
CONTRIBUTOR_NOUNS: Final = frozenset({
    "troops", "soldiers", "personnel", "officers", "battalions", "contingents", "peacekeepers",
    "policemen", "monitors", "observers",
})

#: The prepositions that put contributors inside a force ("deploying under the mission", "served in it").
CONTRIBUTOR_IN: Final = frozenset({"under", "in", "within"})

#: Nouns of an actor's kind whose "of" phrase describes it ("a group of northern origin that ..."): a
#: relative clause the parse hangs on that phrase is the actor's.
NOUN_OF_KIND: Final = frozenset({"group", "movement", "militia", "organisation", "organization", "party",
                                 "alliance", "coalition", "umbrella", "front"})

#: Plurals of an actor's parts after "one of" ("X is one of the main groups in Y", "X, one of the factions of
#: Y"): X is a member of Y.
PART_PLURALS: Final = frozenset({"groups", "factions", "members", "components", "militias", "movements",
                                 "parties", "units", "brigades"})

#: Nouns of a body made of other actors, whose "of" phrase names its members: "Y, an alliance of A, B and C",
#: "Y is a coalition of A and B" (A, B and C are members of Y).
BODY_OF_MEMBERS: Final = frozenset({"alliance", "coalition", "umbrella", "federation", "confederation",
                                    "grouping", "bloc"})

#: The last word of a named unit only a state's forces have: "X's 14th Motor Rifle Division", "X's
#: Revolutionary Guards" are part of state X (not "X's Y Army" or "Y Brigade", which may be its proxies).
STATE_UNIT_HEADS: Final = frozenset({"Division", "Divisions", "Corps", "Guards", "Regiment", "Fleet"})

#: Nouns of an actor's armed force that, in apposition to a named group, make it that actor's: "X, the army
#: of Y" (X is part of Y).
FORCE_OF_NOUNS: Final = frozenset({"army", "military", "militia", "forces"})

# More words of news for the same roles. Heads: "X, the ruler of Y", "Y's king, X", "the premier of Y, X",
# "X, the strongman of Y", "the group's chieftain"; patrons: "Y, a puppet of X"; go-betweens: "X, the
# go-between in the talks" (an intermediary who carries positions is no broker); forerunners: "Y, the
# precursor of X" (X grew out of Y).
HOLDER_NOUNS.update(dict.fromkeys(("ruler", "king", "queen", "premier", "strongman", "chieftain", "sultan",
                                   "monarch", "emperor", "dictator"), ("leader_of", "h>o")))
HOLDER_NOUNS.update(dict.fromkeys(("puppet", "puppets", "surrogate", "surrogates"), ("backs", "o>h")))
HOLDER_NOUNS.update(dict.fromkeys(("bankroller", "bankrollers", "armourer", "armorer"), ("backs", "h>o")))
HOLDER_NOUNS.update(dict.fromkeys(("go-between", "go-betweens", "arbiter", "peacemaker"),
                                  ("brokered", "h>o")))
HOLDER_NOUNS.update(dict.fromkeys(("co-signatory", "co-signatories"), ("party_to", "h>o")))
# "X, a militant of Y", "X, a Y operative", "X, a fighter with Y"
HOLDER_NOUNS.update(dict.fromkeys(("militant", "operative", "operatives", "fighter"), ("member_of", "h>o")))
HOLDER_NOUNS.update(dict.fromkeys(("spin-off", "spinoff", "descendant", "reincarnation"),
                                  ("evolved_from", "h>o")))
HOLDER_NOUNS.update(dict.fromkeys(("precursor", "predecessor", "forerunner"), ("evolved_from", "o>h")))
HOLDER_NOUNS.update(dict.fromkeys(("archrival", "archrivals", "arch-rivals", "arch-enemies", "archenemies"),
                                  ("opposes", "h>o")))
# "X's onslaught against Y", "the crackdown on Y", "X's counteroffensive against Y", "X's bombardments of Y"
ACTION_NOUNS.update(dict.fromkeys(("onslaught", "crackdown", "counteroffensive", "counter-offensive",
                                   "assaults", "bombardments", "strafing", "incursions"), "opposes"))
# "X's standoff with Y", "skirmishes between X and Y", "a gunbattle with Y", "a firefight with Y"
ACTION_NOUNS.update(dict.fromkeys(("standoff", "stand-off", "standoffs", "skirmish", "skirmishes",
                                   "gunbattle", "gunbattles", "firefight", "firefights", "showdown"),
                                  "opposes"))
