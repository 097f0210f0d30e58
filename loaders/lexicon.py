"""Closed word lists the extractor reasons with: heads, titles, roles, cue words.

They describe English news prose, never particular actors: a group is an
armed group because its name ends in "Front" or "Brigades", not because it
is on a list.
"""

from __future__ import annotations

from typing import Final

ARMED_HEADS: Final = frozenset({
    "Forces", "Force", "Front", "Army", "Movement", "Brigade", "Brigades", "Militia", "Militias",
    "Guards", "Guard", "Battalion", "Battalions", "Corps", "Alliance", "Coalition", "Group", "Jihad",
    "Resistance", "Rebels", "Units", "Regiment", "Legion", "Mobilisation", "Mobilization", "Commandos",
    "Hezbollah", "Taliban", "Shabaab", "Qaeda", "Qaida", "Mujahideen", "Tigers", "Defenders", "Fighters",
    "Liberation", "League", "Republic", "Republics", "Province", "Emirate", "Opposition",
})
ORG_HEADS: Final = frozenset({
    "Union", "Nations", "Community", "Council", "Centre", "Center", "Committee", "Commission",
    "Organisation", "Organization", "Observatory", "Office", "Ministry", "Congress", "Party", "Bloc",
    "Authority", "Agency", "Bank", "Court", "Assembly", "Parliament", "Command", "Helmets", "Mission",
    "Government", "Institute", "Foundation", "Programme", "Program", "Fund", "Society", "Crescent",
    "Cross", "Administration", "Department", "Service", "Secretariat", "Group",
})
#: First words of the names of operations and storms ("Operation Iron Gate", "Cyclone Mira"): events, no
#: actors (a name that ends in a body's head, "Operation Lifeline Command", is one).
EVENT_NAME_HEADS: Final = frozenset({"Operation", "Cyclone", "Hurricane", "Typhoon", "Tropical"})
#: Heads of group names in the languages news transliterates or leaves untranslated ("Jaish al-Adl",
#: "Frente Popular", "Lashkar-e-X"): common nouns (army, front, supporters, movement, party), not names.
FOREIGN_GROUP_HEADS: Final = frozenset({
    "ansar", "ahrar", "jaish", "jabhat", "harakat", "harakah", "hayat", "hay'at", "tahrir", "hashd", "asaib",
    "kataib", "katibat", "liwa", "saraya", "shabab", "jund", "jundullah", "lashkar", "laskar", "jamaat",
    "jama'at", "jemaah", "tanzim", "hizb", "hizbul", "tehrik", "majlis", "wefaq", "wifaq", "muqawama",
    "ejército", "ejercito", "frente", "fuerzas", "movimiento", "partido", "columna", "comando", "brigada",
    "bloque", "mouvement", "armée", "armee", "conseil", "rassemblement", "forças", "movimento", "exército",
    "network", "sons", "daughters", "state", "islamic", "popular", "national", "people's", "peoples",
    "revolutionary", "democratic", "united", "free", "patriotic", "socialist", "federal", "home",
    "conference", "team", "kingdom", "international", "monitoring", "central", "general", "supreme", "joint",
    "special", "security", "defence", "defense", "peace", "martyrs", "youth", "workers", "tribes", "clan",
    "royal", "emirate", "caliphate", "sultanate", "federation", "directorate", "intelligence", "police",
    "estado", "mayor", "armed", "islam", "muslim", "muslims", "christian", "brothers", "brotherhood",
    # places' heads in the languages news leaves untranslated ("Ras al-Ain", "Kota Seruni", "Porto Novo")
    "ras", "tal", "tell", "deir", "jebel", "jabal", "wadi", "bir", "ain", "kafr", "khan", "bab", "qasr",
    "kota", "bandar", "porto", "puerto", "port", "san", "santa", "são", "sao", "saint", "st", "nova",
    "novo", "villa", "vila", "ciudad", "ville", "sur", "norte", "nord", "sud", "lower", "upper", "north",
    "south", "east", "west", "northern", "southern", "eastern", "western", "new", "old", "mount", "cape",
    "fort", "city", "town", "sierra", "alto", "alta", "bajo", "baja", "rio", "río", "monte", "cerro", "valle",
    "isla", "costa", "laguna", "mont", "lac", "ile", "île", "novi", "stari", "nizhny", "verkhny", "sungai",
    "bukit", "pulau", "kampung", "tanjung", "gunung", "kuala", "batu", "dasht", "kuh", "darya",
})
#: Particles inside persons' names ("Abdel Wahid al-Nur", "Iyad Ag Ghaly", "José dos Santos").
NAME_PARTICLES: Final = frozenset({
    "al", "el", "bin", "ibn", "bint", "abu", "ag", "ould", "de", "da", "das", "do", "dos", "del", "della",
    "van", "von", "der", "den", "y", "e", "le", "la", "di", "du", "ben", "mac",
})
#: Heads that make a capitalised name an agreement ("Black Sea Grain Initiative").
AGREEMENT_HEADS: Final = {
    "agreement": "agreement", "accord": "agreement", "accords": "agreement", "deal": "agreement",
    "truce": "truce", "ceasefire": "ceasefire", "cease-fire": "ceasefire", "armistice": "ceasefire",
    "memorandum": "memorandum", "declaration": "declaration", "pact": "agreement",
    "initiative": "agreement", "protocol": "agreement", "treaty": "agreement", "roadmap": "framework",
    "framework": "framework", "arrangement": "agreement", "statement": "declaration",
    "charter": "agreement", "covenant": "agreement", "convention": "agreement", "settlement": "agreement",
    "agreements": "agreement", "protocols": "agreement", "treaties": "agreement", "conventions": "agreement",
}
#: Generic heads of agreement mentions without a name ("a fragile truce").
AGREEMENT_NOUNS: Final = frozenset({
    "agreement", "accord", "deal", "truce", "ceasefire", "cease-fire", "memorandum", "declaration",
    "armistice", "pact", "treaty", "protocol", "framework", "resolution",
})
PLACE_HEADS: Final = frozenset({
    "Province", "Region", "District", "Heights", "Islands", "Island", "Sea", "River", "Lake", "Valley",
    "Strip", "Corridor", "Square", "Palace", "Mountains", "Desert", "Coast", "Highway", "Peninsula", "Bay",
    "Gulf", "Airport", "Governorate", "County", "Prefecture", "Oblast", "Hills", "Plateau", "Basin",
    "Canal", "Crossing", "Camp", "Delta", "Border", "Ocean", "Strait", "Straits", "Line",
    # geographic heads: "X Point", "X Gorge", "X Pass" name a place, never a man or a group
    "Point", "Gorge", "Pass", "Ridge", "Headland", "Harbour", "Harbor", "Lagoon", "Forest", "Creek",
    "Marshes", "Oasis", "Plain", "Plains", "Archipelago", "Atoll", "Reef", "Estuary", "Reservoir", "Dam",
})
#: Lower-case words after a name that make it a place ("North Kivu province").
PLACE_SUFFIXES: Final = frozenset({
    "province", "region", "state", "district", "city", "town", "corridor", "highway", "heights",
    "river", "governorate", "county", "valley", "enclave", "peninsula", "crossing", "village",
    "oblast", "prefecture", "islands", "island", "strip", "area", "port", "mountains", "range", "hills",
    "pass", "plain", "coast", "delta", "basin", "plateau", "desert", "forest", "oasis",
    "municipality", "canton", "commune", "township", "headland",
})
#: Nouns before "of Z" that make Z a place ("the town of Kafranbel").
PLACE_NOUNS: Final = frozenset({
    "town", "city", "port", "province", "region", "district", "village", "capital", "enclave", "state",
    "island", "islands", "hub", "outskirts", "streets", "centre", "center", "suburbs", "heart", "edges",
    "governorate", "county", "area", "areas", "resort", "municipality", "neighbourhood", "neighborhood",
    "border", "ports", "stronghold", "bastion", "control", "towns", "cities", "villages", "districts",
    "provinces", "regions", "strongholds", "department", "departments", "prefecture", "prefectures",
    "canton", "cantons", "commune", "communes", "townships", "township",
    "seat",  # "the district seat of Z"
})
PLACE_PREPOSITIONS: Final = frozenset({
    "in", "at", "near", "outside", "around", "across", "into", "towards", "toward", "inside", "to",
    "from", "through", "throughout", "via",
})
#: Nouns of a state's rulers that make the city after "in" their seat, the state ("the government in Z",
#: "the new rulers in Z", "the de facto authorities in Z").
SEAT_OF_POWER_NOUNS: Final = frozenset({"government", "regime", "junta", "authorities",
                                        "administration", "rulers", "leadership"})
#: Zones that agreements regulate (a Place without a proper name).
ZONE_HEADS: Final = frozenset({"zone", "strip", "corridor", "line", "zones", "corridors", "points", "camps",
                               "areas"})
#: What makes points, camps or areas a zone an agreement sets up ("assembly points", "cantonment camps").
ZONE_PURPOSES: Final = frozenset({"assembly", "gathering", "concentration", "cantonment", "pre-cantonment",
                                  "decommissioning", "demobilisation", "demobilization", "transit",
                                  "location", "verification", "disengagement", "demilitarised",
                                  "demilitarized", "de-escalation", "safe", "buffer"})

#: Titles before a name (stripped from it); the value says what the title implies.
TITLES: Final = {
    "President": "leader", "Prime": "leader", "Chancellor": "leader", "King": "leader", "Queen": "leader",
    "Emir": "leader", "Premier": "leader", "Sultan": "leader", "Minister": "member",
    "Secretary-General": "leader", "Secretary": "member", "Vice": "member", "Vice-President": "member",
    "General": "", "Gen": "", "Gen.": "", "Colonel": "", "Col": "", "Col.": "", "Lieutenant": "",
    "Major": "", "Captain": "", "Brigadier": "", "Marshal": "", "Field": "", "Admiral": "", "Senior": "",
    "Mr": "", "Mr.": "", "Mrs": "", "Mrs.": "", "Ms": "", "Ms.": "", "Dr": "", "Dr.": "", "Sheikh": "",
    "Mullah": "", "Ayatollah": "", "Imam": "", "Pope": "leader", "Crown": "", "Prince": "", "Princess": "",
    "Foreign": "member", "Defence": "member", "Defense": "member", "Interior": "member",
    "Finance": "member", "Deputy": "member", "Speaker": "member", "Ambassador": "member",
    "Envoy": "member", "Spokesman": "member", "Spokeswoman": "member", "Senator": "member",
    "Governor": "", "Mayor": "", "Chief": "", "Commander": "", "Supreme": "", "Leader": "leader",
    "President-elect": "", "Judge": "", "Justice": "", "Sergeant": "", "Warlord": "", "Cardinal": "",
    "Archbishop": "", "Bishop": "", "Rev": "", "Rev.": "", "Lord": "", "Sir": "", "Dame": "",
    "Acting": "", "Interim": "", "Former": "", "Late": "", "elect": "", "Excellency": "", "Highness": "",
    "Majesty": "",
}
#: Titles of a head of state or government, before a name ("Prime Minister X").
HEAD_OF_STATE_TITLES: Final = ("President", "Prime Minister", "Premier", "Chancellor", "King", "Queen",
                               "Emir", "Sultan", "Supreme Leader")
#: The same, as a regular expression's alternation ("Prime\s+Minister").
HEAD_OF_STATE_TITLE: Final = "|".join(t.replace(" ", r"\s+") for t in HEAD_OF_STATE_TITLES)
#: Role nouns that mark a person, with the relation to the body they name.
LEADER_ROLES: Final = frozenset({
    "leader", "head", "chief", "commander", "chair", "chairman", "chairwoman", "president", "founder",
    "prime minister", "premier", "chancellor", "king", "emir", "ruler", "commander-in-chief", "boss",
    "secretary-general", "director", "director-general", "top commander", "chief of staff",
})
MEMBER_ROLES: Final = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "envoy", "minister", "negotiator", "official",
    "member", "senior commander", "deputy", "ambassador", "adviser", "advisor", "representative",
    "delegate", "officer", "diplomat", "commander", "lawmaker", "mp", "general", "colonel",
    "special envoy", "foreign minister", "defence minister", "defense minister", "interior minister",
    "chief negotiator", "lead negotiator", "secretary of state", "vice-president", "vice president",
    "deputy leader", "military chief", "army chief", "speaker", "parliament speaker",
})
PERSON_ROLES: Final = LEADER_ROLES | MEMBER_ROLES | frozenset({
    "activist", "cleric", "analyst", "journalist", "resident", "trader", "farmer", "priest", "soldier",
    "politician", "lawyer", "businessman", "warlord", "successor", "son", "daughter", "father",
    "brother", "wife", "husband", "who", "mediator", "lieutenant", "aide", "secretary", "governor",
    "mayor", "judge", "economist", "researcher", "professor", "doctor", "witness", "guerrilla", "counterpart",
})

#: Capitalised words that are not names when they stand alone.
COMMON_CAPITALISED: Final = frozenset({
    "The", "A", "An", "In", "On", "At", "But", "And", "Under", "Despite", "Since", "After", "Before",
    "While", "When", "Last", "This", "That", "These", "Those", "Its", "His", "Her", "Their", "Our",
    "It", "He", "She", "They", "We", "I", "You", "Some", "Many", "Several", "More", "Most", "Both",
    "Each", "Every", "All", "No", "Not", "Nobody", "Unlike", "Between", "During", "Meanwhile",
    "However", "Also", "As", "If", "For", "From", "To", "By", "With", "Without", "Other", "Another",
    "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "First", "Second",
    "Third", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Feb", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Analysts", "Officials", "Troops", "Diplomats", "Residents", "Aid", "Rebels",
    "Government", "Army", "Fighting", "Speaking", "According", "Asked", "Here", "There", "What", "Who",
    "Which", "Where", "Why", "How", "Now", "Then", "Still", "Yet", "Even", "Only", "Just", "Much",
    "Such", "Early", "Late", "Later", "Earlier", "So", "Or", "Nor", "Although", "Though", "Because",
    "Until", "Over", "Among", "Across", "Around", "Near", "Outside", "Inside", "Further", "Thousands",
    "Hundreds", "Dozens", "Nearly", "About", "Almost", "Islamists", "Jihadists", "Militants",
    "Separatists", "Fighters", "Ships", "Protesters", "Christmas", "Ramadan", "Eid", "Left", "Right",
    "Separately", "Besides", "Instead", "Nevertheless", "Nonetheless", "Moreover", "Furthermore", "Elsewhere",
    "Overall", "Initially", "Previously", "Currently", "Recently", "Finally", "Additionally",
    "Backed", "Supported", "Armed", "Talks", "Negotiations", "Clashes", "Violence",
    "Like", "Amid", "Amidst", "Following", "Throughout", "Regarding", "Concerning", "Including", "Alongside",
    "Whether", "Unless", "Whereas", "Whilst", "Notwithstanding", "Once", "Except",
    # creeds and ideologies describe an actor ("the Islamist group"); alone they name none
    "Islamist", "Jihadist", "Salafist", "Salafi", "Shiite", "Shi'ite", "Marxist", "Maoist",
})
#: Words that end a capitalised run when they come after a name ("Kyiv said").
SPEECH_VERBS: Final = frozenset({
    "said", "says", "say", "told", "added", "claimed", "claims", "denied", "denies", "accused",
    "accuses", "warned", "insisted", "announced", "confirmed", "stated", "noted", "argued",
})

#: Directional adjectives that name a part of a place ("northern Shan state", "southern Lebanon").
DIRECTION_ADJECTIVES: Final = frozenset({
    "northern", "southern", "eastern", "western", "central", "north-western", "north-eastern",
    "south-western", "south-eastern", "northwestern", "northeastern", "southwestern", "southeastern",
})
#: Verbs by which an actor acts on another (back, arm, fight): whoever does this is not the other.
ACTING_VERBS: Final = (r"(?:backs?|backed|supports?|supported|arms|armed|funds|funded|fights?|fought|"
                       r"attacks?|attacked|opposes|opposed)")

#: Nouns of a part of a group ("a faction of Y", "the Y wing", "a splinter group of Y"): its head is one
#: of the group's men, not the group's leader (``dependency.factions`` and the ``x-led-by-p`` rule).
GROUP_PART_NOUNS: Final = frozenset({"faction", "factions", "wing", "wings", "branch", "branches", "splinter",
                                     "cell", "cells", "delegation", "delegations"})
