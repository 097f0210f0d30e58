"""The breadth of the trigger lexicon: more words of news for each relation and status ("X harbours Y",
"X pounded Y", "X helms Y", "X shepherded the deal", "X ratified the accord", "X evolved from Y", "X annexed
Z", "the ruler of Y", "Y, a puppet of X", "the X-trained militia", "X repudiated claims that ...", "X is
mulling ..."), and the readings of the same words that state nothing ("harbours doubts", "a storm battered",
"ruled out talks", "the initial draft"). Sentences written for these tests (invented names).

Each row: an invented text, then a relation that must be read (subject, predicate, object, status) or, with
``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from pactgraph.loaders import frame_nouns
from pactgraph.loaders import frames as fr

from .test_extract_phrasings import check, triples

CASES = [
    # backs
    ("For a decade Egypt has harboured the Dawn Front in its southern hills.",
     ("Egypt", "backs", "Dawn Front", "asserted")),
    ("The Dawn Front has long been harboured by Egypt.",
     ("Egypt", "backs", "Dawn Front", "asserted")),
    ("The Dawn Front, which Chad harbours, crossed the river at night.",
     ("Chad", "backs", "Dawn Front", "asserted")),
    ("Chad quietly underwrote the Dawn Front during the long war.",
     ("Chad", "backs", "Dawn Front", "asserted")),
    ("Egypt resupplied the Ash Reed Brigade after the fall of Pell.",
     ("Egypt", "backs", "Ash Reed Brigade", "asserted")),
    ("The Dawn Front, a puppet of Chad, rejected the ultimatum.",
     ("Chad", "backs", "Dawn Front", "asserted")),
    ("The Egypt-trained Dawn Front advanced on Pell at dawn.",
     ("Egypt", "backs", "Dawn Front", "asserted")),
    # opposes
    ("The Ash Reed Brigade pounded the Dawn Front with mortars all night.",
     ("Ash Reed Brigade", "opposes", "Dawn Front", "asserted")),
    ("The Dawn Front was pounded by the Ash Reed Brigade near the dam.",
     ("Ash Reed Brigade", "opposes", "Dawn Front", "asserted")),
    ("The Dawn Front, which was bombarded by Chad for weeks, gave up the valley.",
     ("Chad", "opposes", "Dawn Front", "asserted")),
    ("Egypt strafed the Ash Reed Brigade as its column fled north.",
     ("Egypt", "opposes", "Ash Reed Brigade", "asserted")),
    ("The Ash Reed Brigade stormed the Dawn Front's main headquarters at noon.",
     ("Ash Reed Brigade", "opposes", "Dawn Front", "asserted")),
    # "rout" is no verb of fighting here: elections and matches are routed too
    ("The Dawn Front's party routed the Ash Reed Brigade's candidates in the council vote.",
     ("Dawn Front", "opposes", "Ash Reed Brigade", None)),
    ("The crackdown on the Ash Reed Brigade by Egypt grew harsher in spring.",
     ("Egypt", "opposes", "Ash Reed Brigade", "asserted")),
    ("Valdorian helicopters strafed the Dawn Front along the ridge road.",
     ("Valdoria", "opposes", "Dawn Front", "asserted")),
    ("The Dawn Front was strafed by Tessalian gunships at first light.",
     ("Tessaly", "opposes", "Dawn Front", "asserted")),
    ("Ostmarker gunners pounded the Ash Reed Brigade from the far bank.",
     ("Ostmark", "opposes", "Ash Reed Brigade", "asserted")),
    ("Norlandic bombers struck the Ash Reed Brigade twice on Sunday.",
     ("Norland", "opposes", "Ash Reed Brigade", "asserted")),
    ("Ash Reed Brigade gunners pounded Dawn Front positions outside Pell.",
     ("Ash Reed Brigade", "opposes", "Dawn Front", "asserted")),
    ("The Dawn Front, a Norlandic proxy, shelled the ferry landing.",
     ("Norland", "backs", "Dawn Front", "asserted")),
    # allied_with and member_of
    ("The Dawn Front joined forces with the Ash Reed Brigade before the winter offensive.",
     ("Dawn Front", "allied_with", "Ash Reed Brigade", "asserted")),
    ("The Dawn Front forged an alliance with the Ash Reed Brigade in the mountains.",
     ("Dawn Front", "allied_with", "Ash Reed Brigade", "asserted")),
    # partners in any work collaborate: no alliance
    ("The Ash Reed Brigade has collaborated with the Dawn Front on a census of the valley.",
     ("Ash Reed Brigade", "allied_with", "Dawn Front", None)),
    ("Arvid Tesk, a militant of the Dawn Front, was seized at a checkpoint.",
     ("Arvid Tesk", "member_of", "Dawn Front", "asserted")),
    ("Arvid Tesk, a senior Ash Reed Brigade operative, was seized at a checkpoint.",
     ("Arvid Tesk", "member_of", "Ash Reed Brigade", "asserted")),
    ("Norlandic fighter jets struck the Dawn Front near the dam.",
     ("Norland", "opposes", "Dawn Front", "asserted")),
    # leader_of
    ("Arvid Tesk has helmed the Dawn Front since the split.",
     ("Arvid Tesk", "leader_of", "Dawn Front", "asserted")),
    ("The Dawn Front, helmed by Arvid Tesk, issued new demands.",
     ("Arvid Tesk", "leader_of", "Dawn Front", "asserted")),
    ("Arvid Tesk, who spearheads the Ash Reed Brigade, left the capital.",
     ("Arvid Tesk", "leader_of", "Ash Reed Brigade", "asserted")),
    ("Mara Lund, the ruler of Chad, flew home on Sunday.",
     ("Mara Lund", "leader_of", "Chad", "asserted")),
    ("The king of Egypt, Mara Lund, greeted the envoys at the palace.",
     ("Mara Lund", "leader_of", "Egypt", "asserted")),
    ("Mara Lund, the premier of Chad, cut short her visit.",
     ("Mara Lund", "leader_of", "Chad", "asserted")),
    ("Mara Lund, Chad's strongman, cut short her visit.",
     ("Mara Lund", "leader_of", "Chad", "asserted")),
    ("Arvid Tesk, the Ash Reed Brigade's chieftain, cut short his visit.",
     ("Arvid Tesk", "leader_of", "Ash Reed Brigade", "asserted")),
    # brokered
    ("Egypt shepherded the Harbour Accord through two years of haggling.",
     ("Egypt", "brokered", "Harbour Accord", "asserted")),
    ("The Harbour Accord, shepherded by Chad, came into force in June.",
     ("Chad", "brokered", "Harbour Accord", "asserted")),
    ("Chad engineered the Harbour Accord behind closed doors.",
     ("Chad", "brokered", "Harbour Accord", "asserted")),
    # party_to
    ("Egypt ratified the Harbour Accord after a stormy debate.",
     ("Egypt", "party_to", "Harbour Accord", "asserted")),
    ("The Harbour Accord was ratified by Chad within a week.",
     ("Chad", "party_to", "Harbour Accord", "asserted")),
    ("Egypt acceded to the Harbour Accord two years later.",
     ("Egypt", "party_to", "Harbour Accord", "asserted")),
    # evolved_from
    ("The Ash Reed Brigade evolved out of the Dawn Front in the late nineties.",
     ("Ash Reed Brigade", "evolved_from", "Dawn Front", "asserted")),
    ("The Ash Reed Brigade descends directly from the Dawn Front.",
     ("Ash Reed Brigade", "evolved_from", "Dawn Front", "asserted")),
    ("The Ash Reed Brigade descends from the Dawn Front, its founders say.",
     ("Ash Reed Brigade", "evolved_from", "Dawn Front", "alleged")),
    ("The Dawn Front, the forerunner of the Ash Reed Brigade, was banned in 1994.",
     ("Ash Reed Brigade", "evolved_from", "Dawn Front", "asserted")),
    # controls
    ("The Ash Reed Brigade conquered Pell after a long siege.",
     ("Ash Reed Brigade", "controls", "Pell", "asserted")),
    ("Egypt annexed Pell in a single afternoon.",
     ("Egypt", "controls", "Pell", "asserted")),
    ("The Dawn Front reclaimed Pell from the Ash Reed Brigade in March.",
     ("Dawn Front", "controls", "Pell", "asserted")),
    ("The Dawn Front liberated Pell from the Ash Reed Brigade after a week of fighting.",
     ("Dawn Front", "controls", "Pell", "asserted")),
    ("The Dawn Front liberated Pell from the Ash Reed Brigade after a week of fighting.",
     ("Dawn Front", "opposes", "Ash Reed Brigade", "asserted")),
    ("Egypt pummelled the Ash Reed Brigade with rockets for days.",
     ("Egypt", "opposes", "Ash Reed Brigade", "asserted")),
    ("The Dawn Front was encircled by the Ash Reed Brigade in the hills.",
     ("Ash Reed Brigade", "opposes", "Dawn Front", "asserted")),
    ("Egypt's onslaught against the Dawn Front left the valley in ruins.",
     ("Egypt", "opposes", "Dawn Front", "asserted")),
    ("Chad's premier, Mara Lund, left for the summit on Monday.",
     ("Mara Lund", "leader_of", "Chad", "asserted")),
    # statuses
    ("Egypt repudiated claims that it bankrolls the Dawn Front.",
     ("Egypt", "backs", "Dawn Front", "denied")),
    ("Chad has rebuffed accusations that it arms the Ash Reed Brigade.",
     ("Chad", "backs", "Ash Reed Brigade", "denied")),
    ("Egypt is mulling sending troops to back the Dawn Front.",
     ("Egypt", "backs", "Dawn Front", "hypothetical")),
    ("Chad is contemplating joining the Harbour Accord.",
     ("Chad", "party_to", "Harbour Accord", "hypothetical")),
    ("Chad discontinued funding the Dawn Front last winter.",
     ("Chad", "backs", "Dawn Front", None)),
    ("Egypt, alleging that Chad arms the Ash Reed Brigade, recalled its ambassador.",
     ("Chad", "backs", "Ash Reed Brigade", "alleged")),
    # the same words, stating nothing
    ("Chad harbours doubts about the Dawn Front.",
     ("Chad", "backs", "Dawn Front", None)),
    ("Arvid Tesk ruled out talks with the Dawn Front.",
     ("Arvid Tesk", "leader_of", "Dawn Front", None)),
    ("The initial draft of the Harbour Accord was rejected by Chad.",
     ("Chad", "party_to", "Harbour Accord", None)),
    # "battered" with an armed subject is an attack on the camps' owner (the control for the storm below)
    ("Valdorian helicopters battered the camps of the Dawn Front near Pell.",
     ("Valdoria", "opposes", "Dawn Front", "asserted")),
    ("A storm blowing in from Valdoria battered the camps of the Dawn Front near Pell.",
     ("Valdoria", "opposes", "Dawn Front", None)),
    # "engineers" as a job: no broker of the agreement named beside it (a broker noun there would be)
    ("Ostmark, whose engineers drew the maps for the Harbour Accord, sent a team to Pell.",
     ("Ostmark", "brokered", "Harbour Accord", None)),
    # "head" as a modifier ("head cook") is no "head of"
    ("Arvid Tesk, the head cook of the Dawn Front, deserted in March.",
     ("Arvid Tesk", "leader_of", "Dawn Front", None)),
    ("The Dawn Front liberated dozens of hostages held by Chad.",
     ("Dawn Front", "opposes", "Chad", None)),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[f"{c[1][1]}:{c[0][:40]}" for c in CASES])
def test_lexicon(text, expected):
    check(text, expected)


def test_a_storm_that_batters_camps_opposes_no_one():
    """The weather sense of "battered": no relation has the storm as its subject, so nothing opposes the
    owner of the camps, whoever is named beside the storm."""
    found = triples("A storm blowing in from Valdoria battered the camps of the Dawn Front near Pell.")
    assert not any(p == "opposes" and "Dawn Front" in (s, o) and st == "asserted"
                   for s, p, o, st in found), found


def test_frames_re_exports_the_noun_tables_as_the_same_objects():
    assert fr.HOLDER_NOUNS is frame_nouns.HOLDER_NOUNS
    assert fr.ACTION_NOUNS is frame_nouns.ACTION_NOUNS
    assert fr.HOLDER_NOUNS["ruler"] == ("leader_of", "h>o")
    assert "bombard" in fr.VERBS and "harbour" in fr.VERBS
