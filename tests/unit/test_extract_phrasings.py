"""Phrasings -> relations, on sentences written for these tests (invented actors mostly).

Each row: a text, then a relation that must be extracted (subject, predicate,
object, status), or, with ``None`` as status, a relation that must NOT be
extracted as asserted.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pactgraph.loaders import document_from_text, extract
from pactgraph.loaders.gazetteer import Gazetteer

SYMMETRIC = frozenset({"opposes", "allied_with"})

GAZ = Gazetteer.from_rows([
    {"id": "valdoria", "name": "Valdoria", "aliases": "Republic of Valdoria",
     "demonyms": "Valdorian|Valdorians", "capitals": "Corvin"},
    {"id": "tessaly", "name": "Tessaly", "demonyms": "Tessalian|Tessalians", "capitals": "Brenn"},
    {"id": "ostmark", "name": "Ostmark", "demonyms": "Ostmarker|Ostmarkers", "capitals": "Hale"},
    {"id": "norland", "name": "Norland", "demonyms": "Norlandic|Norlanders", "capitals": "Vesk"},
    {"id": "united-nations", "name": "United Nations", "type": "Organization", "aliases": "UN"},
    {"id": "african-union", "name": "African Union", "type": "Organization", "aliases": "AU"},
    {"id": "the-west", "name": "the West", "type": "Organization", "aliases": "West",
     "demonyms": "Western|western", "ambiguous": "West|Western|western"},
    {"id": "kessa", "name": "Kessa", "demonyms": "Kessan|Kessans", "capitals": "Dro",
     "ambiguous": "Kessan|Kessans"},
])


def triples(text: str) -> set[tuple[str, str, str, str]]:
    doc = document_from_text(text, "t.txt", date="2021-06-15")
    out = set()
    for r in extract(doc, gazetteer=GAZ).relations:
        names_s = {r.subject.name, *r.subject.aliases}
        names_o = {r.object.name, *r.object.aliases}
        for s in names_s:
            for o in names_o:
                out.add((s, r.predicate, o, r.status))
                if r.predicate in SYMMETRIC:  # either way round, as the ontology defines them
                    out.add((o, r.predicate, s, r.status))
    return out


CASES = [
    # backs
    ("A commander of the Valdoria-backed Sunrise Brigades said the town had fallen.",
     ("Valdoria", "backs", "Sunrise Brigades", "asserted")),
    ("The Sunrise Brigades, backed by Valdoria and Tessaly, pushed north.",
     ("Tessaly", "backs", "Sunrise Brigades", "asserted")),
    ("Corvin and Brenn back the Sunrise Brigades in the war.",
     ("Valdoria", "backs", "Sunrise Brigades", "asserted")),
    ("Ostmark, which supports the Sunrise Brigades, called for talks.",
     ("Ostmark", "backs", "Sunrise Brigades", "asserted")),
    ("The Sunrise Brigades, a militia armed and funded by Norland, hold the pass.",
     ("Norland", "backs", "Sunrise Brigades", "asserted")),
    ("The Dawn Front has fought the Brenn government and its Ostmarker backers since 2015.",
     ("Ostmark", "backs", "Dawn Front", None)),
    ("After the coup failed, General Piet Moran slipped across the border to Hale, and his long-time "
     "backer, Ostmark, gave him a house there.",
     ("Ostmark", "backs", "Piet Moran", "asserted")),
    ("After the coup failed, Moran slipped across the border to Hale, and his long-time backer, Ostmark, "
     "gave him a house there.",
     ("Ostmark", "backs", "Moran", None)),
    ("Norland denies arming the Sunrise Brigades.",
     ("Norland", "backs", "Sunrise Brigades", "denied")),
    ("Tessaly accuses Ostmark of arming the Sunrise Brigades.",
     ("Ostmark", "backs", "Sunrise Brigades", "alleged")),
    ("Tessalian officials say Ostmark supplies the Sunrise Brigades with rockets.",
     ("Ostmark", "backs", "Sunrise Brigades", "alleged")),
    ("Valdoria backed away from the Sunrise Brigades last year.",
     ("Valdoria", "backs", "Sunrise Brigades", None)),
    # opposes
    ("Valdoria and Tessaly back rival sides in the war.", ("Valdoria", "opposes", "Tessaly", "asserted")),
    ("Despite being on opposing sides, Valdoria and Ostmark met in Hale.",
     ("Valdoria", "opposes", "Ostmark", "asserted")),
    ("Fighting between the Sunrise Brigades and the Tessalian army resumed on Monday.",
     ("Sunrise Brigades", "opposes", "Tessaly", "asserted")),
    ("Ostmark launched an offensive against the Sunrise Brigades in May.",
     ("Ostmark", "opposes", "Sunrise Brigades", "asserted")),
    ("Valdoria supports anti-Ostmark rebels in the hills.",
     ("anti-Ostmark rebels", "opposes", "Ostmark", "asserted")),
    ("Norland warned it would attack the Sunrise Brigades if talks failed.",
     ("Norland", "opposes", "Sunrise Brigades", None)),
    ("Ostmark's army is also fighting the Dawn Front, the Sunrise Brigades' old rival in the hills, and the "
     "Ash Reed Movement, a local branch of the Storm Legion.",
     ("Ostmark", "opposes", "Ash Reed Movement", "asserted")),
    ("Ostmark's army is also fighting the Dawn Front, the Sunrise Brigades' old rival in the hills, and the "
     "Ash Reed Movement, a local branch of the Storm Legion.",
     ("Ostmark", "opposes", "Storm Legion", None)),
    ("The Dawn Front, which is also battling the Tessalian army in the south, said it would talk.",
     ("Dawn Front", "opposes", "Tessaly", "asserted")),
    ("The Dawn Front, driven from the capital in 2010, has fought the Tessalian army ever since.",
     ("Dawn Front", "opposes", "Tessaly", "asserted")),
    ("In the hills, Tessalian troops are fighting the Dawn Front alongside soldiers from Ostmark, a unit "
     "sent by the African Union and clan militias known as the Hill Guards.",
     ("African Union", "opposes", "Dawn Front", "asserted")),
    ("In the hills, Tessalian troops are fighting the Dawn Front alongside soldiers from Ostmark, a unit "
     "sent by the African Union and clan militias known as the Hill Guards.",
     ("Hill Guards", "allied_with", "Tessaly", "asserted")),
    ("Valdoria, whose coalition has fought the Dawn Front since 2015, called for restraint.",
     ("Valdoria", "opposes", "Dawn Front", "asserted")),
    ("Ostmark's offensive against the Dawn Front entered its third week.",
     ("Ostmark", "opposes", "Dawn Front", "asserted")),
    ("Norland condemned the offensive against the Dawn Front.", ("Norland", "opposes", "Dawn Front", None)),
    ("The raid followed attacks by the Dawn Front on the Sunrise Brigades near Lerin.",
     ("Dawn Front", "opposes", "Sunrise Brigades", "asserted")),
    ("Norland, which keeps 500 troops in the north to support the Sunrise Brigades against the Dawn Front, "
     "urged calm.", ("Norland", "opposes", "Dawn Front", "asserted")),
    ("Norland, which keeps 500 troops in the north to support the Sunrise Brigades against the Dawn Front, "
     "urged calm.", ("Sunrise Brigades", "opposes", "Dawn Front", "asserted")),
    ("The conflict pits the army chief, General Piet Moran, against his former deputy, General Alu Serra.",
     ("Piet Moran", "opposes", "Alu Serra", "asserted")),
    # allied_with
    ("Tessaly's ally Norland sent aid.", ("Tessaly", "allied_with", "Norland", "asserted")),
    ("The Sunrise Brigades, who are aligned with Ostmark, took the bridge.",
     ("Sunrise Brigades", "allied_with", "Ostmark", "asserted")),
    ("Fighters of the Dawn Front have fought alongside the Sunrise Brigades.",
     ("Dawn Front", "allied_with", "Sunrise Brigades", "asserted")),
    # agreements
    ("Valdoria and Tessaly signed a ceasefire on Friday. The truce was brokered by Norland and the "
     "African Union.", ("Norland", "brokered", "ceasefire", "asserted")),
    ("Valdoria and Tessaly signed a ceasefire on Friday.", ("Valdoria", "party_to", "ceasefire", "asserted")),
    ("Norland announced on state radio that it had brokered a truce between the two armies.",
     ("Norland", "brokered", "truce", "asserted")),
    ("Ostmark, which had chaired the mediation leading to the accord, now faces charges of bias from "
     "Tessaly.",
     ("Ostmark", "brokered", "accord", "asserted")),
    ("Valdoria fought the Dawn Front. A previous truce between the two sides, brokered by Norland in May, "
     "collapsed.", ("Norland", "brokered", "previous truce", "asserted")),
    ("The deal replaced a Norland-brokered five-day pause agreed in Hale.",
     ("Norland", "brokered", "five-day pause", "asserted")),
    ("A truce brokered by Ostmark took hold in the Lerin valley.",
     ("Ostmark", "brokered", "truce", "asserted")),
    ("Fighting in the town of Marra killed dozens. The Marra ceasefire was mediated by the UN.",
     ("Marra ceasefire", "governs", "Marra", "asserted")),
    # a name that is only the agreement's is no place it covers
    ("The Marra ceasefire was mediated by the UN.", ("Marra ceasefire", "governs", "Marra", None)),
    ("The deal covers the Lerin province and sets up a buffer zone along the river.",
     ("deal", "governs", "buffer zone", "asserted")),
    ("The Vesk accord commits the Dawn Front to remove its gunmen from Lerin within a month and to leave "
     "the two harbour towns of Marra and Osk.", ("Vesk accord", "governs", "Osk", "asserted")),
    ("Valdoria and Tessaly signed a truce. Under its terms, Tessalian troops are to withdraw from the Lerin "
     "valley within 60 days.", ("truce", "governs", "Lerin valley", "asserted")),
    ("The Norland-brokered accord was signed in Vesk by Valdoria and the Sunrise Brigades.",
     ("Norland", "brokered", "accord", "asserted")),
    ("Fighting between Valdoria and Tessaly flared in May. The two sides signed a truce in Corvin on Friday.",
     ("Tessaly", "party_to", "truce", "asserted")),
    ("Valdoria and the Dawn Front agreed to a truce in May. It was signed by envoys of both sides in Vesk.",
     ("Dawn Front", "party_to", "truce", "asserted")),
    ("Valdoria and Tessaly back rival sides in the war. Rival camps later met in Hale.",
     ("Valdoria", "party_to", "truce", None)),
    ("Delegates signed the peace agreement in Corvin.", ("Delegates", "party_to", "peace agreement", None)),
    ("The Sunrise Brigades were not a party to the truce agreed by Valdoria and Tessaly.",
     ("Sunrise Brigades", "party_to", "truce", None)),
    # leader_of / member_of
    ("Valdorian President Anna Kessel met the envoy.", ("Anna Kessel", "leader_of", "Valdoria", "asserted")),
    ("Tessaly's president, Marek Dunn, spoke first.", ("Marek Dunn", "leader_of", "Tessaly", "asserted")),
    ("Ostmark's Ivo Pelt and Tessaly's Marek Dunn haggled for three days before the deal was done.",
     ("Ivo Pelt", "leader_of", "Ostmark", "asserted")),
    ("Talks went ahead without the Brenn government of President Marek Dunn, which called the deal a "
     "trap.",
     ("Marek Dunn", "leader_of", "Tessaly", "asserted")),
    ("On Sunday Valdorian President Anna Kessel phoned her Tessalian counterpart, Marek Dunn, to propose "
     "a truce.", ("Marek Dunn", "leader_of", "Tessaly", "asserted")),
    ("Valdorian Foreign Minister Ilse Brandt met her Tessalian counterpart, Oren Vale, in Hale.",
     ("Oren Vale", "member_of", "Tessaly", "asserted")),
    ("Valdorian Foreign Minister Ilse Brandt met her Tessalian counterpart, Oren Vale, in Hale.",
     ("Oren Vale", "leader_of", "Tessaly", None)),
    ("Jon Arlo, head of the Dawn Front, denied the report.",
     ("Jon Arlo", "leader_of", "Dawn Front", "asserted")),
    ("The Dawn Front is led by Jon Arlo, a former teacher.",
     ("Jon Arlo", "leader_of", "Dawn Front", "asserted")),
    ("Jon Arlo, a former head of the Dawn Front, now runs a farm.",
     ("Jon Arlo", "leader_of", "Dawn Front", None)),
    ("Lina Varga, the Dawn Front's spokeswoman, denied it.",
     ("Lina Varga", "member_of", "Dawn Front", "asserted")),
    ("Norland, whose foreign minister, Ilse Brandt, spent a week flying from one capital to the other, "
     "brokered the truce.",
     ("Ilse Brandt", "member_of", "Norland", "asserted")),
    ("The towns are patrolled by the Shield Force, the African Union's peacekeeping mission.",
     ("Shield Force", "member_of", "African Union", "asserted")),
    ("Ostmark, which regards the Dawn Front, the Sunrise Brigades' armed wing, as a terrorist group, shelled "
     "the valley.", ("Dawn Front", "member_of", "Sunrise Brigades", "asserted")),
    ("The Dawn Front is part of the Northern Alliance.",
     ("Dawn Front", "member_of", "Northern Alliance", "asserted")),
    ("A Valdoria-led coalition struck the port.", ("Valdoria", "member_of", "coalition", "asserted")),
    # evolved_from
    ("The Dawn Front grew out of the Farmers' League, a union.",
     ("Dawn Front", "evolved_from", "Farmers' League", "asserted")),
    ("The Dawn Front split from the older Sunrise Brigades in 2015.",
     ("Dawn Front", "evolved_from", "Sunrise Brigades", "asserted")),
    # controls
    ("Government troops shelled rebel-held Lerin overnight.", ("rebels", "controls", "Lerin", "asserted")),
    ("The Sunrise Brigades still control the town of Lerin.",
     ("Sunrise Brigades", "controls", "Lerin", "asserted")),
    ("The Dawn Front, which holds Osk and a long strip of the coast, refused to send envoys.",
     ("Dawn Front", "controls", "Osk", "asserted")),
    ("The Dawn Front, which holds a dozen hostages in Lerin, has promised to free them.",
     ("Dawn Front", "controls", "Lerin", None)),
    ("The Sunrise Brigades still hold much of southern Tessaly, including the town of Lerin, their main "
     "base.",
     ("Sunrise Brigades", "controls", "Lerin", "asserted")),
    ("Tessaly, meanwhile, has taken control of the buffer zone on the ridge.",
     ("Tessaly", "controls", "buffer zone", "asserted")),
    ("The Valdorian navy, armed by Norland under an old pact, still controls Lerin, the main port.",
     ("Valdoria", "controls", "Lerin", "asserted")),
    ("Valdorian troops drove Dawn Front fighters out of their stronghold of Lerin.",
     ("Valdoria", "controls", "Lerin", "asserted")),
    ("What remains of the Lerin valley is dominated by the Dawn Front.",
     ("Dawn Front", "controls", "Lerin valley", "asserted")),
    ("After a two-month siege the Dawn Front took full control of Lerin, the old capital of the Marra "
     "region.",
     ("Dawn Front", "controls", "Marra region", None)),
    ("The Dawn Front has advanced since 2021, seizing the border town of Lerin and the mining hub of Marra.",
     ("Dawn Front", "controls", "Marra", "asserted")),
    ("The Sunrise Brigades control much of the province of Lerin.",
     ("Sunrise Brigades", "controls", "Lerin", None)),
    ("The town of Lerin, which the Sunrise Brigades had held for a decade, fell on Monday.",
     ("Sunrise Brigades", "controls", "Lerin", None)),
]

# One sentence for each remaining rule (tests/unit/test_rule_coverage.py checks that every rule fires).
CASES += [
    # backs
    ("The Dawn Front, a Norland-backed militia, holds the pass.",
     ("Norland", "backs", "Dawn Front", "asserted")),
    ("The Dawn Front, which recruits in the hills and is still supported by Ostmark, rejected the talks.",
     ("Ostmark", "backs", "Dawn Front", "asserted")),
    ("Ostmark, the main backer of the Dawn Front, called for talks.",
     ("Ostmark", "backs", "Dawn Front", "asserted")),
    ("Norland is the Dawn Front's main arms supplier.", ("Norland", "backs", "Dawn Front", "asserted")),
    ("Norland sent troops to defend the Tessalian government in 2014.",
     ("Norland", "backs", "Tessaly", "asserted")),
    # opposes
    ("Anti-Tessaly fighters of the Dawn Front crossed the river.",
     ("Dawn Front", "opposes", "Tessaly", "asserted")),
    ("The Dawn Front fought alongside the Sunrise Brigades against the Tessalian army.",
     ("Sunrise Brigades", "opposes", "Tessaly", "asserted")),
    # allied_with
    ("The Dawn Front and its ally the Sunrise Brigades took the bridge.",
     ("Dawn Front", "allied_with", "Sunrise Brigades", "asserted")),
    ("The Valdoria-aligned Dawn Front holds the pass.",
     ("Dawn Front", "allied_with", "Valdoria", "asserted")),
    ("Norland, a close ally of Tessaly, sent aid.", ("Tessaly", "allied_with", "Norland", "asserted")),
    ("The Sunrise Brigades thanked the Dawn Front, their closest ally.",
     ("Sunrise Brigades", "allied_with", "Dawn Front", "asserted")),
    ("Valdoria and Norland are close allies.", ("Valdoria", "allied_with", "Norland", "asserted")),
    ("The aid came from Norland, a country that has long been Tessaly's closest partner.",
     ("Norland", "allied_with", "Tessaly", "asserted")),
    ("Jon Arlo, whose Dawn Front is Tessaly's closest ally, spoke first.",
     ("Dawn Front", "allied_with", "Tessaly", "asserted")),
    # party_to
    ("The Vesk accord between Valdoria and the Dawn Front took effect.",
     ("Dawn Front", "party_to", "Vesk accord", "asserted")),
    ("Valdoria signed a truce with the Dawn Front on Monday.",
     ("Dawn Front", "party_to", "truce", "asserted")),
    ("Valdoria signed the Vesk accord together with Tessaly.",
     ("Tessaly", "party_to", "Vesk accord", "asserted")),
    ("Jon Arlo signed for the Dawn Front.", ("Dawn Front", "party_to", "Vesk accord", None)),
    ("The Vesk accord was agreed in May. Tessaly is also a party to the Vesk accord.",
     ("Tessaly", "party_to", "Vesk accord", "asserted")),
    ("The Vesk accord was agreed in May. Norland, too, signed.",
     ("Norland", "party_to", "Vesk accord", "asserted")),
    ("The Vesk accord was agreed in May by Valdoria. Tessaly also signed.",
     ("Tessaly", "party_to", "Vesk accord", "asserted")),
    # brokered
    ("A truce took hold in May. It was brokered by Norland.", ("Norland", "brokered", "truce", "asserted")),
    ("Norland brokered the Vesk accord.", ("Norland", "brokered", "Vesk accord", "asserted")),
    ("The Vesk accord was praised by Ilse Brandt, the envoy who brokered the Vesk accord.",
     ("Ilse Brandt", "brokered", "Vesk accord", "asserted")),
    ("The Vesk accord was signed in May, with Norland acting as mediator.",
     ("Norland", "brokered", "Vesk accord", "asserted")),
    ("The Vesk accord was signed in May. Norland, a neutral state, led the talks.",
     ("Norland", "brokered", "Vesk accord", "asserted")),
    ("The Vesk accord was signed under the auspices of the African Union.",
     ("African Union", "brokered", "Vesk accord", "asserted")),
    ("The Vesk accord was signed under African Union auspices.",
     ("African Union", "brokered", "Vesk accord", "asserted")),
    ("The Vesk accord ended the war. Norland had mediated between the two capitals for a year.",
     ("Norland", "brokered", "Vesk accord", "asserted")),
    ("The Vesk accord ended the war. Talks in Hale were facilitated by Norland.",
     ("Norland", "brokered", "Vesk accord", "asserted")),
    ("The Vesk accord ended the war. The talks were mediated by Norland.",
     ("Norland", "brokered", "Vesk accord", "asserted")),
    ("The Vesk accord ended the war, thanks to Norland, which patiently facilitated the exchanges.",
     ("Norland", "brokered", "Vesk accord", "asserted")),
    # governs
    ("The Vesk accord applies to all of the northern border districts, including the Lerin valley.",
     ("Vesk accord", "governs", "Lerin valley", "asserted")),
    ("The Vesk accord was signed in May. A buffer zone was set up under the accord.",
     ("Vesk accord", "governs", "buffer zone", "asserted")),
    ("The Vesk accord was signed in May. Under the accord, the Lerin valley becomes a demilitarised area.",
     ("Vesk accord", "governs", "Lerin valley", "asserted")),
    # controls
    ("The town of Lerin, long in Dawn Front hands, was quiet.",
     ("Dawn Front", "controls", "Lerin", "asserted")),
    ("The town of Lerin is now under Dawn Front control.", ("Dawn Front", "controls", "Lerin", "asserted")),
    ("The town of Lerin, which the Dawn Front seized in May, was quiet.",
     ("Dawn Front", "controls", "Lerin", "asserted")),
    # leader_of
    ("The Dawn Front's leader, Jon Arlo, spoke first.", ("Jon Arlo", "leader_of", "Dawn Front", "asserted")),
    ("Jon Arlo, who heads the Dawn Front, spoke first.", ("Jon Arlo", "leader_of", "Dawn Front", "asserted")),
    ("Jon Arlo said the Dawn Front, which Mr Arlo leads, would talk.",
     ("Jon Arlo", "leader_of", "Dawn Front", "asserted")),
    ("The Dawn Front's top commander, Jon Arlo, spoke first.",
     ("Jon Arlo", "leader_of", "Dawn Front", "asserted")),
    ("Tessaly, whose president, Marek Dunn, spoke first, agreed.",
     ("Marek Dunn", "leader_of", "Tessaly", "asserted")),
    # two lists paired in order
    ("The pact was signed by the leaders of the Dawn Front and the Sunrise Brigades, Jon Arlo and Lena "
     "Dorn, two old rivals who had not shaken hands in nine years of war in the hills.",
     ("Lena Dorn", "leader_of", "Sunrise Brigades", "asserted")),
    ("Greeted by cheers, Jon Arlo and Lena Dorn, who head, respectively, the Dawn Front and the Sunrise "
     "Brigades, took the microphone before anyone else.",
     ("Jon Arlo", "leader_of", "Dawn Front", "asserted")),
    # member_of
    ("Tessaly's foreign minister, Oren Vale, flew to Hale.",
     ("Oren Vale", "member_of", "Tessaly", "asserted")),
    ("The Dawn Front, a faction of the Northern Alliance, rejected it.",
     ("Dawn Front", "member_of", "Northern Alliance", "asserted")),
    ("The Valdoria-linked Dawn Front rejected it.", ("Dawn Front", "member_of", "Valdoria", "asserted")),
    ("Its founders say the Northern Alliance, composed of the Dawn Front and the Sunrise Brigades, will "
     "not return to the table.",
     ("Sunrise Brigades", "member_of", "Northern Alliance", "asserted")),
    ("Other members of the Northern Alliance, including the Dawn Front, kept fighting.",
     ("Dawn Front", "member_of", "Northern Alliance", "asserted")),
    ("The Dawn Front, founded in 2009, belongs to the Northern Alliance.",
     ("Dawn Front", "member_of", "Northern Alliance", "asserted")),
    ("The Dawn Front has joined the Northern Alliance.",
     ("Dawn Front", "member_of", "Northern Alliance", "asserted")),
    ("The Northern Alliance led by Valdoria struck the port.",
     ("Valdoria", "member_of", "Northern Alliance", "asserted")),
    # added phrasings
    ("Ostmark sent troops into the valley last week to fight the Norland-backed Dawn Front.",
     ("Ostmark", "opposes", "Dawn Front", "asserted")),
    ("Ostmark wanted the pass when it sent troops into the valley to fight the Dawn Front.",
     ("Ostmark", "opposes", "Dawn Front", None)),
    ("Since June a Norland-brokered truce between the Valdoria-backed Dawn Front and Ostmark-backed clan "
     "factions has mostly held in the hills.",
     ("Dawn Front", "party_to", "truce", "asserted")),
    ("In a hotel in Hale, rebel leader Jon Arlo and Valdorian President Anna Kessel signed a truce last "
     "week.",
     ("Jon Arlo", "party_to", "truce", "asserted")),
    ("The truce was signed last May by Jon Arlo and President Anna Kessel.",
     ("Anna Kessel", "party_to", "truce", "asserted")),
    ("Norland brokered a truce between Tessaly's military government and the Dawn Front.",
     ("Tessaly", "party_to", "truce", "asserted")),
    ("A coalition led by Norland and Ostmark intervened against the Dawn Front in 2015.",
     ("coalition", "opposes", "Dawn Front", "asserted")),
    ("Ostmark, which regards the Dawn Front, a Norland-backed militia, as terrorists, has vowed to fight the "
     "Dawn Front.", ("Ostmark", "opposes", "Dawn Front", "asserted")),
    ("The Dawn Front has fought the Brenn government and its Ostmarker backers since 2015.",
     ("Dawn Front", "opposes", "Ostmark", "asserted")),
    ("A truce took hold in May. Tessaly holds the buffer zone on the Marra ridge created under a 1994 "
     "armistice with Valdoria.", ("1994 armistice", "governs", "buffer zone", "asserted")),
    ("A truce took hold in May. Tessaly holds the buffer zone on the Marra ridge created under a 1994 "
     "armistice with Valdoria.", ("1994 armistice", "governs", "Marra ridge", None)),
    ("Valdoria has ended a 2015 peace agreement with the Dawn Front. The Vesk agreement was signed by "
     "Valdoria and the Dawn Front.", ("Dawn Front", "party_to", "2015 peace agreement", "asserted")),
    ("Valdoria and the Dawn Front, at war since 2019, agreed last night to a ceasefire covering the "
     "hills.",
     ("Valdoria", "opposes", "Dawn Front", "asserted")),
    ("Valdoria and Tessaly signed a truce covering the Dawn Front's territory.",
     ("Valdoria", "opposes", "Tessaly", None)),
    ("Valdoria and the Dawn Front signed a ceasefire brokered by Norland.",
     ("Norland", "opposes", "Dawn Front", None)),
    # evolved_from
    ("The Dawn Front, which recruits among the hill clans, has fought the Valdorian army since 2019, when "
     "it split from the older Sunrise Brigades.",
     ("Dawn Front", "evolved_from", "Sunrise Brigades", "asserted")),
    ("Jon Arlo leads the Dawn Front. In 2013 Arlo's movement broke away from the Northern Alliance (NA), "
     "a party Ilse Brandt still heads.",
     ("Dawn Front", "evolved_from", "Northern Alliance", "asserted")),
    ("Prime Minister Ivo Pelt's government condemned the strike on Ostmark's border.",
     ("Ivo Pelt", "leader_of", "Ostmark", "asserted")),
    ("Ivo Pelt's government condemned the strike on Ostmark's border.",
     ("Ivo Pelt", "leader_of", "Ostmark", None)),
    ("Tessalian President Marek Dunn won the vote. Norland sent troops to defend Dunn's government in 2014.",
     ("Norland", "backs", "Tessaly", "asserted")),
    ("Jon Arlo, head of the Dawn Front, is the son of its founder, Piet Arlo, who died in 2020.",
     ("Jon Arlo", "leader_of", "Dawn Front", "asserted")),
    ("The Dawn Front signed a truce with Tessaly on Monday. Norland hosted the talks and Norland will "
     "monitor it. The truce was signed by the government of President Marek Dunn.",
     ("Marek Dunn", "leader_of", "Tessaly", "asserted")),
    ("The Dawn Front, formerly known as the Sunrise Brigades, rejected it.",
     ("Dawn Front", "evolved_from", "Sunrise Brigades", "asserted")),
    ("The Dawn Front was known as the Sunrise Brigades until 2016.",
     ("Dawn Front", "evolved_from", "Sunrise Brigades", "asserted")),
    ("The Dawn Front, an offshoot of the Sunrise Brigades, rejected it.",
     ("Dawn Front", "evolved_from", "Sunrise Brigades", "asserted")),
    ("The Sunrise Brigades were renamed the Dawn Front in 2016.",
     ("Dawn Front", "evolved_from", "Sunrise Brigades", "asserted")),
    # a title alone: the state the context names
    ("Valdoria said the talks had failed. Prime Minister Ivo Pelt blamed the Dawn Front.",
     ("Ivo Pelt", "leader_of", "Valdoria", "asserted")),
    ("The deal was signed in Brenn by Valdoria's envoy, as Secretary of State Ana Rell looked on.",
     ("Ana Rell", "member_of", "Valdoria", "asserted")),
    ("In a statement, government spokesman Colonel Piet Varga said Tessaly would not sign.",
     ("Piet Varga", "member_of", "Tessaly", "asserted")),
    ("Tessalian President Marek Dunn met Valdoria's leaders. President Ivo Pelt said little.",
     ("Ivo Pelt", "leader_of", "Tessaly", None)),
    ("Valdoria said it would talk. Former President Ivo Pelt disagreed.",
     ("Ivo Pelt", "leader_of", "Valdoria", None)),
    # a state named as a destination, or on someone else's noun, is not a titled man's own
    ("Valdoria has a new envoy. President Ivo Pelt flew to Tessaly on Monday.",
     ("Ivo Pelt", "leader_of", "Tessaly", None)),
    ("President Ivo Pelt met the Tessalian envoy on Monday.", ("Ivo Pelt", "leader_of", "Tessaly", None)),
    ("In Tessaly, President Ivo Pelt dissolved parliament.",
     ("Ivo Pelt", "leader_of", "Tessaly", "asserted")),
    # a demonym that is also a people's name stands for the state only before a word of state power
    ("Kessan government forces have captured the town of Olo from the Dawn Front.",
     ("Kessa", "controls", "Olo", "asserted")),
    ("Kessan herders have moved into the town of Olo.", ("Kessa", "controls", "Olo", None)),
    ("Valdorian troops and allied clan militias have captured the port of Olo.",
     ("Valdoria", "controls", "Olo", "asserted")),
    ("The army entered Olo at dawn, bringing the town back under government control after a decade of "
     "rebel rule. Valdoria hailed the news.", ("Valdoria", "controls", "Olo", "asserted")),
    ("Anti-junta fighters of the Dawn Front attacked a convoy. The Valdorian junta denied losses.",
     ("Dawn Front", "opposes", "Valdoria", "asserted")),
    # a mediator telling of its own deal tells of its sides too
    ("Norland says it has mediated a ceasefire between Valdoria's army and an alliance of hill militias "
     "after weeks of fighting.", ("Valdoria", "party_to", "ceasefire", "asserted")),
    ("Norland said that the ceasefire between Valdoria and the Dawn Front was holding.",
     ("Valdoria", "party_to", "ceasefire", "alleged")),
    # a participle clause before its subject
    ("Backed by Valdorian drones and by a few Tessalian advisers, the Dawn Front has retaken the hill "
     "town of Olo.",
     ("Valdoria", "backs", "Dawn Front", "asserted")),
    ("Backed by Tessaly-supported militias, among them Sunrise Brigades fighters, and by Valdorian "
     "warplanes, the Dawn Front has retaken the towns of Olo and Pim.",
     ("Dawn Front", "controls", "Pim", "asserted")),
    ("Backed by Tessaly-supported militias, among them Sunrise Brigades fighters, and by Valdorian "
     "warplanes, the Dawn Front has retaken the towns of Olo and Pim.",
     ("Sunrise Brigades", "controls", "Olo", None)),
    # a man's forces are the forces of what he leads
    ("Jon Arlo, who heads the Dawn Front, flew home. Arlo's fighters have seized the town of Olo.",
     ("Dawn Front", "controls", "Olo", "asserted")),
    ("Jon Arlo, who heads the Dawn Front, flew home. Arlo's fighters have seized the town of Olo.",
     ("Jon Arlo", "controls", "Olo", None)),
    ("Norland backs rebel factions fighting to topple President Ivo Pelt of Valdoria.",
     ("rebel factions", "opposes", "Ivo Pelt", "asserted")),
    ("The Dawn Front abandoned the town after days of Valdorian air strikes on the militants and "
     "shelling by Tessaly's artillery.", ("Valdoria", "opposes", "Dawn Front", "asserted")),
    ("The Dawn Front abandoned the town after days of Valdorian air strikes on the militants and raids "
     "by the Sunrise Brigades.", ("Valdoria", "opposes", "Sunrise Brigades", None)),
    ("In Olo, the Dawn Front, the Islamist group that seized the town, raised its flag. The Dawn Front "
     "is backed by Norland.", ("Norland", "backs", "Dawn Front", "asserted")),
    # the places an agreement's terms regulate
    ("Valdoria and the Dawn Front signed a truce on Monday. It requires both sides to withdraw heavy "
     "weapons to create a buffer zone.", ("truce", "governs", "buffer zone", "asserted")),
    ("Valdoria and the Dawn Front signed a truce on Monday. Under its terms, Valdorian troops are to "
     "withdraw from the town of Olo.", ("truce", "governs", "Olo", "asserted")),
    ("Valdoria and the Dawn Front signed a truce on Monday. Under its terms, monitors will patrol the "
     "line of contact.", ("truce", "governs", "line of contact", "asserted")),
    ("A Norland-brokered ceasefire between Valdoria and the Dawn Front has held in Olo since Wednesday, "
     "residents say.", ("ceasefire", "governs", "Olo", "asserted")),
    ("At midnight the ceasefire agreed by Valdoria and Tessaly in Vesk took effect in Norland's northern "
     "Pim province.", ("ceasefire", "governs", "Pim province", "asserted")),
    ("The ceasefire in the Olo valley has held since May.",
     ("ceasefire", "governs", "Olo valley", "asserted")),
    ("Norland signed a truce in Dro on Monday.", ("truce", "governs", "Dro", None)),
    ("Valdoria and the Dawn Front signed a truce. The truce applies to northern Pim province.",
     ("truce", "governs", "northern Pim province", "asserted")),
    # the targets of an attack on a region are its state
    ("Valdoria closed its border. The Dawn Front fired rockets a day after the Sunrise Brigades attack on "
     "southern Valdoria.",
     ("Sunrise Brigades", "opposes", "Valdoria", "asserted")),
    # a coalition's leaders wage its war
    # "both groups", "its suppliers"
    ("The Dawn Front's ally, the Sunrise Brigades, welcomed the deal, as did Norland, which funds and arms "
     "both groups.", ("Norland", "backs", "Dawn Front", "asserted")),
    # one actor under its several names
    ("Al-Dawn seized the town of Olo. Norland-backed al-Dawn fighters hold it.",
     ("Norland", "backs", "al-Dawn", "asserted")),
    ("Much of the fighting has been done by the Dawn Front, an umbrella of Norland-backed rebel factions. "
     "The Norland-backed rebel factions seized Olo.", ("Dawn Front", "controls", "Olo", "asserted")),
    ("Rebels of the Dawn Front captured the town of Olo on Tuesday. Tessaly denies backing the rebels.",
     ("Tessaly", "backs", "Dawn Front", "denied")),
    ("Valdoria signed the Olo accord in October with the Dawn Front. The accord was mediated by Norland.",
     ("Norland", "brokered", "Olo accord", "asserted")),
    ("Norland brokered a truce between Valdoria and an alliance of three armed groups. The Northern "
     "Alliance, made up of the Dawn Front and the Sunrise Brigades, said it would comply.",
     ("Northern Alliance", "party_to", "truce", "asserted")),
    # a man's named force; two sides set against each other
    ("The offensive was led by the eastern commander Jon Arlo. On the other side is Arlo's self-styled "
     "Dawn Front, backed by Norland.", ("Jon Arlo", "leader_of", "Dawn Front", "asserted")),
    ("The war has two camps. On one side is the Government of National Unity in Olo. It is backed by "
     "Norland. On the other is the Dawn Front, armed by Ostmark.",
     ("Government of National Unity", "opposes", "Dawn Front", "asserted")),
    ("The war has two camps. On one side is the Government of National Unity in Olo. It is backed by "
     "Norland. On the other is the Dawn Front, armed by Ostmark.",
     ("Norland", "backs", "Government of National Unity", "asserted")),
    ("The Government of National Accord holds Olo.", ("Government of National Accord", "controls", "Olo",
                                                      "asserted")),
    # sides that agree to observe, parts of a whole, troop contributors, a man's movement
    ("The Olo Council, which for six years ran the valley as part of the Dawn Front, has laid down its "
     "arms.",
     ("Olo Council", "member_of", "Dawn Front", "asserted")),
    ("Norland, which keeps about 900 troops in northern Valdoria to support the Dawn Front, urged calm.",
     ("Norland", "backs", "Dawn Front", "asserted")),
    ("The Olo Council, once run as part of the Dawn Front, has laid down its arms.",
     ("Olo Council", "member_of", "Dawn Front", None)),
    # joint action, peoples' fighters, obligations of a deal in context, places sharing a kind
    ("Valdoria and Tessaly launched air strikes on Dawn Front positions early on Friday.",
     ("Valdoria", "allied_with", "Tessaly", "asserted")),
    ("Weeks of fighting between Valdoria's army and ethnic Ostmarker forces backed by Tessaly ended in a "
     "stalemate.",
     ("Tessaly", "backs", "ethnic Ostmarker forces", "asserted")),
    ("Weeks of fighting between Valdoria's army and ethnic Ostmarker forces backed by Tessaly ended in a "
     "stalemate.",
     ("Tessaly", "backs", "Ostmark", None)),
    ("The Dawn Front refused to sign; its fighters are still clashing with government troops near Olo. "
     "Valdoria said so.", ("Dawn Front", "opposes", "Valdoria", "asserted")),
    ("Valdoria and Tessaly signed the deal on Monday. Valdoria is to pull out of the Olo and Pim "
     "districts, which ethnic Valdorian forces have controlled since 1994, within a year.",
     ("deal", "governs", "Olo", "asserted")),
    ("Valdoria and Tessaly signed the deal on Monday. Valdoria is to pull out of the Olo and Pim "
     "districts, which ethnic Valdorian forces have controlled since 1994, within a year.",
     ("ethnic Valdorian forces", "controls", "Olo", "asserted")),
    ("Tessaly is to hand back the Olo and Pim districts, its officials said.",
     ("deal", "governs", "Olo", None)),
    ("Valdoria and the Dawn Front agreed a truce in May. Monitors arrived a week later. Front units are "
     "to regroup in the Olo valley by June.", ("truce", "governs", "Olo valley", "asserted")),
    ("Speaking for the Olo Rescue Service, a western-backed team of volunteer medics, Jon Arlo put the "
     "dead at 30.",
     ("the West", "backs", "Olo Rescue Service", "asserted")),
    # mediators with former titles, and those who assist them; sides that commit in a declaration
    ("Valdoria and the Dawn Front signed the accord after talks convened by the African Union.",
     ("African Union", "brokered", "accord", "asserted")),
    # wire style: datelines, long names, roles named before their holders, attributions
    ("CORVIN, July 28 (Newswire) - The Dawn Front said it had seized the town of Olo.",
     ("CORVIN", "controls", "Olo", None)),
    ("Two weeks ago the Front for the Defence of the Sons of Olo (FDSO), a coalition of clan militias "
     "from the eastern hills, seized Pim after a night of shelling.",
     ("Front for the Defence of the Sons of Olo", "controls", "Pim", "asserted")),
    ("The Sunrise Brigades (SB), the Dawn Front's affiliate in the north, claimed the attack.",
     ("Sunrise Brigades", "member_of", "Dawn Front", "asserted")),
    ("Valdoria said the talks had failed. In Tessaly, the Dawn Front has been fighting the army since May.",
     ("Dawn Front", "opposes", "Tessaly", "asserted")),
    ("The Tessalian Armed Forces, headed by General Ivo Pelt, hold Olo.",
     ("Ivo Pelt", "leader_of", "Tessalian Armed Forces", "asserted")),
    ("Norland has sent attack drones to Valdoria, according to Tessalian officials.",
     ("Norland", "backs", "Valdoria", "alleged")),
    ("Norland has sent attack drones to Valdoria.", ("Norland", "backs", "Valdoria", "asserted")),
    ("Norland and its Tessalian allies have supplied Valdoria with tanks.",
     ("Tessaly", "backs", "Valdoria", "asserted")),
    ("Ostmark, Valdoria's closest ally, has allowed Valdorian troops to use its territory.",
     ("Valdoria", "allied_with", "Ostmark", "asserted")),
    ("Valdoria and Tessaly signed a ceasefire in May. Separately, Valdoria's government and Norland-led "
     "forces agreed a truce in Olo last Tuesday, brokered by Ostmark.",
     ("Ostmark", "brokered", "truce", "asserted")),
    ("Valdoria and Tessaly signed a ceasefire in May. Separately, Valdoria's government and Norland-led "
     "forces agreed a truce in Olo last Tuesday, brokered by Ostmark.",
     ("Ostmark", "brokered", "ceasefire", None)),
    ("Valdoria and Tessaly signed a ceasefire in May. Separately, Valdoria's government and Norland-led "
     "forces agreed a truce in Olo last Tuesday, brokered by Ostmark.",
     ("Valdoria", "member_of", "Norland-led forces", None)),
    ("Since the summer anti-Valdoria forces backed by Norland, the Tessaly-armed Dawn Front among them, "
     "have advanced to the outskirts of Olo.", ("Norland", "backs", "anti-Valdoria forces", "asserted")),
    ("Ana Rell, the acting African Union envoy for the region, mediated the talks but gave no "
     "interviews.",
     ("Ana Rell", "member_of", "African Union", "asserted")),
    ("Valdorian missiles struck the Tessalian port of Olo overnight, only hours after Corvin signed a "
     "deal with Norland, Brenn said.", ("Valdoria", "opposes", "Tessaly", "asserted")),
    ("Valdorian missiles struck the Tessalian port of Olo overnight, only hours after Corvin signed a "
     "deal with Norland, Brenn said.", ("Valdoria", "party_to", "deal", "asserted")),
    ("Brenn said Valdoria signed a deal with Norland.", ("Valdoria", "party_to", "deal", "alleged")),
    ("Valdoria, which calls the Dawn Front a band of terrorists, has vowed to keep up military pressure "
     "on the Dawn Front until the border is safe.",
     ("Valdoria", "opposes", "Dawn Front", "asserted")),
    ("Shells fell on rebel-held areas close to Olo.", ("rebels", "controls", "Olo", None)),
    ("Shells fell on the rebel-held town of Olo.", ("rebels", "controls", "Olo", "asserted")),
    ("The Dawn Front seized Olo. The Tessaly-aligned group says it acts for the Olo people. The Sunrise "
     "Brigades attacked a mosque. Valdoria has been fighting the Sunrise Brigades Northern Wing "
     "(SBNW), a regional affiliate of the group.",
     ("Sunrise Brigades Northern Wing", "member_of", "Sunrise Brigades", "asserted")),
    ("The Valdoria Defense Forces (VDF) pressed an offensive against the Dawn Front in the south.",
     ("Valdoria Defense Forces", "opposes", "Dawn Front", "asserted")),
    # denials before the clause, and nominals a clause's subjects act on
    ("Tessaly denied that it backs the Dawn Front.", ("Tessaly", "backs", "Dawn Front", "denied")),
    ("Officials in Brenn dismissed claims that Tessaly arms the Dawn Front.",
     ("Tessaly", "backs", "Dawn Front", "denied")),
    ("Norland and Tessaly back the regime of President Ivo Pelt, whereas Ostmark has long armed "
     "anti-Pelt rebels in the east.",
     ("Tessaly", "backs", "Norland", None)),
    ("Norland and Tessaly back the regime of President Ivo Pelt, whereas Ostmark has long armed "
     "anti-Pelt rebels in the east.",
     ("Ivo Pelt", "leader_of", "Ostmark", None)),
    ("Norland and Tessaly back the regime of President Ivo Pelt, whereas Ostmark has long armed "
     "anti-Pelt rebels in the east.",
     ("Ivo Pelt", "leader_of", "Tessaly", None)),
    # where places lie
    ("Since midnight a ceasefire has held in Valdoria's north-western Olo province, local officials say.",
     ("Olo province", "located_in", "Valdoria", "asserted")),
    ("Rebels seized the town of Pim in Olo province on Monday.",
     ("Pim", "located_in", "Olo province", "asserted")),
    ("Rask, the capital of the Olo region, fell to the Dawn Front.",
     ("Rask", "located_in", "Olo region", "asserted")),
    ("Valdoria's Jon Arlo said the Dawn Front's fighters had left.",
     ("Jon Arlo", "located_in", "Valdoria", None)),
    # a descriptor's actor is never the noun it describes
    ("The Dawn Front seized Olo in May. Valdoria launched an offensive against the Sunrise Brigades-linked "
     "group.", ("Valdoria", "opposes", "Dawn Front", "asserted")),
    ("The Dawn Front seized Olo in May. Valdoria launched an offensive against the Sunrise Brigades-linked "
     "group.", ("Valdoria", "opposes", "Sunrise Brigades", None)),
]


def check(text: str, expected: tuple[str, str, str, str | None],
          read: Callable[[str], set[tuple[str, str, str, str]]] | None = None) -> None:
    """The relation is read with that status, or (status None) is not read as asserted (``read``: how
    the text is read, :func:`triples` unless given)."""
    subject, predicate, obj, status = expected
    found = (read or triples)(text)
    if status is None:
        assert not any(s == subject and p == predicate and o == obj and st == "asserted"
                       for s, p, o, st in found), found
    else:
        assert (subject, predicate, obj, status) in found, sorted(found)


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_phrasing(text, expected):
    check(text, expected)


def test_a_demonym_two_states_share_is_the_one_the_text_names():
    gaz = Gazetteer.from_rows([
        {"id": "east-marra", "name": "East Marra", "demonyms": "Marran", "ambiguous": "Marran"},
        {"id": "west-marra", "name": "West Marra", "demonyms": "Marran", "ambiguous": "Marran"},
    ])
    text = "East Marra sent troops north. Marran troops are fighting the Dawn Front near the border."
    relations = extract(document_from_text(text, "t.txt", date="2021-06-15"), gazetteer=gaz).relations
    assert ("east-marra", "opposes") in {(r.subject.id, r.predicate) for r in relations}


def test_a_deal_made_in_its_sentence_is_dated_by_it():
    text = ("Valdoria and Tessaly signed a ceasefire in May. Separately, Valdoria's government and the Dawn "
            "Front agreed a truce in Olo last Tuesday, brokered by Ostmark.")
    extraction = extract(document_from_text(text, "t.txt", date="2022-03-10"), gazetteer=GAZ)
    dates = {r.object.name: r.object.date for r in extraction.relations if r.predicate == "brokered"}
    assert dates == {"truce": "2022-03-08"}  # the Tuesday before Thursday 10 March 2022
