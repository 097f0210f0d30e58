"""Agreements, the places they govern, the places actors control, sides and brokers: constructions
added for those predicates, each on sentences written for these tests (invented names).

Each row: an invented text, then a relation that must be read (subject, predicate, object, status)
or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # two agreements with capitalised heads in one text are two agreements, each with its own broker
    ("Valdoria and the Dawn Front signed the Pell Truce in 2001. Three years later they signed the "
     "Rook Peace Agreement, mediated by Ostmark.",
     ("Ostmark", "brokered", "Rook Peace Agreement", "asserted")),
    ("Valdoria and the Dawn Front signed the Pell Truce in 2001. Three years later they signed the "
     "Rook Peace Agreement, mediated by Ostmark.",
     ("Ostmark", "brokered", "Pell Truce", None)),
    # a stronghold is held by its owner, wherever the parse hangs the place
    ("Shells fell on the town of Dorn. Dorn, a Ash Reed Brigade stronghold since 2015, was quiet by noon.",
     ("Ash Reed Brigade", "controls", "Dorn", "asserted")),
    ("Shells fell on the town of Dorn. A commander spoke at the Ash Reed Brigade's stronghold in Dorn.",
     ("Ash Reed Brigade", "controls", "Dorn", "asserted")),
    ("Shells fell on the town of Dorn. Dorn is the last stronghold of the Ash Reed Brigade.",
     ("Ash Reed Brigade", "controls", "Dorn", "asserted")),
    ("Shells fell on the town of Dorn. Valdorian troops captured the town of Dorn, a Ash Reed Brigade "
     "stronghold for a decade.",
     ("Ash Reed Brigade", "controls", "Dorn", None)),
    ("Shells fell on the town of Dorn. Valdorian troops drove the Ash Reed Brigade out of its stronghold "
     "of Dorn.",
     ("Ash Reed Brigade", "controls", "Dorn", None)),
    # "in the hands of X", "X has control of Z", "X is in control of Z"
    ("Shells fell on the town of Dorn. Dorn is entirely in the hands of the Ash Reed Brigade.",
     ("Ash Reed Brigade", "controls", "Dorn", "asserted")),
    ("Shells fell on the town of Dorn. The Ash Reed Brigade has full control of Dorn.",
     ("Ash Reed Brigade", "controls", "Dorn", "asserted")),
    ("Shells fell on the town of Dorn. The Ash Reed Brigade remained in control of Dorn.",
     ("Ash Reed Brigade", "controls", "Dorn", "asserted")),
    ("Shells fell on the town of Dorn. The Ash Reed Brigade lost control of Dorn in May.",
     ("Ash Reed Brigade", "controls", "Dorn", None)),
    ("Shells fell on the town of Dorn. The Ash Reed Brigade is losing control of Dorn.",
     ("Ash Reed Brigade", "controls", "Dorn", None)),
    ("Shells fell on the town of Dorn. Valdorian troops freed Dorn from the grip of the Ash Reed Brigade.",
     ("Ash Reed Brigade", "controls", "Dorn", None)),
    # "X, whose fighters hold Z": the antecedent holds it (a person's fighters are read elsewhere)
    ("Dorn has been shelled all week. Talks stalled because the Ash Reed Brigade, whose fighters still "
     "hold Dorn, wants guarantees.",
     ("Ash Reed Brigade", "controls", "Dorn", "asserted")),
    ("Dorn has been shelled all week. The rebels answer to Arno Vesic, whose fighters still hold Dorn.",
     ("Arno Vesic", "controls", "Dorn", None)),
    # a time noun is no subject ("and since last year has held Z")
    ("Shells fell on the town of Dorn. The Ash Reed Brigade split from the Green Banner Movement in 2019 and "
     "since last year has held the port of Dorn.",
     ("Ash Reed Brigade", "controls", "Dorn", "asserted")),
    # "the airport at Z", "all of Z"
    ("Shells fell on the town of Dorn. Valdorian troops still hold the airport at Dorn.",
     ("Valdoria", "controls", "Dorn", "asserted")),
    ("Shells fell on the town of Dorn. The Harbour Accord covers all of Dorn and the islands off its coast.",
     ("Harbour Accord", "governs", "Dorn", "asserted")),
    ("Shells fell on the town of Dorn. The Ash Reed Brigade holds much of Dorn.",
     ("Ash Reed Brigade", "controls", "Dorn", None)),
    # brokers: a relative clause hung on a side, a participle's patient, "helped broker", "with X as ..."
    ("Relations rest on the Harbour Accord between Valdoria and the Ash Reed Brigade, which Ostmark "
     "facilitated.",
     ("Ostmark", "brokered", "Harbour Accord", "asserted")),
    ("Relations rest on the Harbour Accord between Valdoria and the Ash Reed Brigade, which Ostmark "
     "facilitated.",
     ("Ash Reed Brigade", "brokered", "Harbour Accord", None)),
    ("The Pell Truce replaced the Harbour Accord, signed in Brenn in 1991 under Ostmarker mediation.",
     ("Ostmark", "brokered", "Harbour Accord", "asserted")),
    ("The Pell Truce replaced the Harbour Accord, signed in Brenn in 1991 under Ostmarker mediation.",
     ("Ostmark", "brokered", "Pell Truce", None)),
    ("The Harbour Accord was signed in May. Arno Vesic, who helped broker the deal, is expected in Brenn.",
     ("Arno Vesic", "brokered", "Harbour Accord", "asserted")),
    ("The crisis has tested the Harbour Accord that Valdoria and the Ash Reed Brigade signed in 2002, with "
     "Ostmark as facilitator.",
     ("Ostmark", "party_to", "Harbour Accord", None)),
    ("The crisis has tested the Harbour Accord that Valdoria and the Ash Reed Brigade signed in 2002, with "
     "Ostmark as facilitator.",
     ("Ash Reed Brigade", "party_to", "Harbour Accord", "asserted")),
    # every person in a "signed by" list, however titles and appositions string it together
    ("After a night of haggling in a hotel near the port, the Harbour Accord was signed by the Minister of "
     "Works, General Arno Vesic, and by the rebels' chairman, Ilya Dorn.",
     ("Arno Vesic", "party_to", "Harbour Accord", "asserted")),
    ("At a short ceremony the Harbour Accord was signed by rebel commander Ilya Dorn, Valdorian envoy "
     "Arno Vesic and Tessaly's defence minister, Mara Kell.",
     ("Ilya Dorn", "party_to", "Harbour Accord", "asserted")),
    ("The Harbour Accord was signed at Brenn by Arno Vesic, for the cabinet, and by Ilya Dorn, for the "
     "rebels, in the presence of Tessaly's president, Mara Kell.",
     ("Mara Kell", "party_to", "Harbour Accord", None)),
    # "in X-run Z province": X is an actor, not a place
    ("The talks took place in Hamari-run Dorn province.",
     ("Hamari", "controls", "Dorn province", "asserted")),
    ("The talks took place in Hamari-backed Dorn province.",
     ("Hamari", "controls", "Dorn province", None)),
    # a bare name typed by no word of its own is the place named with its kind elsewhere in the text
    ("Convoys crossed into the Dorn Strip at dawn. The Ash Reed Brigade, which runs Dorn, promised to share "
     "out the food.",
     ("Ash Reed Brigade", "controls", "Dorn Strip", "asserted")),
    ("The Harbour Accord covers all of Pell. The war spread from the Pell Islands.",
     ("Harbour Accord", "governs", "Pell", "asserted")),
    # a participle hung on the main verb belongs to the clause right before it; objects the parse hangs on
    # the verb as conjuncts; "the town of A, the hub of B" (not "the capital of B")
    ("Fighting spread to the Dorn valley. The Harbour Accord covers the Dorn valley, where the Ash Reed "
     "Brigade has advanced since 2021, seizing the town of Pell.",
     ("Ash Reed Brigade", "controls", "Pell", "asserted")),
    ("The Ash Reed Brigade seized the town of Pell and, in June, the town of Rook.",
     ("Ash Reed Brigade", "controls", "Rook", "asserted")),
    ("The Ash Reed Brigade seized the border town of Pell, the mining hub of Rook and the town of Sava.",
     ("Ash Reed Brigade", "controls", "Rook", "asserted")),
    ("After a week of street battles the Ash Reed Brigade seized Pell, the capital of the Dorn province.",
     ("Ash Reed Brigade", "controls", "Dorn province", None)),
    # a second "by" phrase the parse hangs inside the first side's phrase (not one inside a clause)
    ("The Harbour Accord was signed by Arno Vesic on behalf of the cabinet in Brenn and by Ilya Dorn, who "
     "speaks for the Green Banner Movement.",
     ("Ilya Dorn", "party_to", "Harbour Accord", "asserted")),
    ("The Harbour Accord was signed by Arno Vesic in a hall built by Ilya Dorn.",
     ("Ilya Dorn", "party_to", "Harbour Accord", None)),
    # "X, the Y envoy who brokered the deal, said": the role stands for the person before the comma too
    ("Arno Vesic, the Ostmarker envoy who brokered the Harbour Accord, said the hard part was ahead.",
     ("Arno Vesic", "brokered", "Harbour Accord", "asserted")),
    ("In Brenn, Arno Vesic met Ilya Dorn. The Ostmarker envoy who brokered the Harbour Accord said the hard "
     "part was ahead.",
     ("Ilya Dorn", "brokered", "Harbour Accord", None)),
    # a relative clause the parse hangs on a verb ("accusing X, which chaired ..."): the name before it
    ("Valdoria's interim cabinet scrapped the old truce with the eastern militias last night, accusing "
     "Ostmark, which chaired the talks behind that truce, of bias.",
     ("Ostmark", "brokered", "old truce", "asserted")),
    ("Valdoria's interim cabinet scrapped the old truce with the eastern militias last night, accusing "
     "Ostmark, which chaired the talks behind that truce, of bias.",
     ("Valdoria", "brokered", "old truce", None)),
    # "agreed to a ceasefire in Z": a truce in a place covers it, unless it was signed there; a deal "in Z"
    # is where it was made
    ("Mortar fire damaged the clinic in Pell. By Sunday Valdoria and the Dawn Front had agreed to a "
     "ceasefire in Pell and a pause in air strikes.",
     ("ceasefire", "governs", "Pell", "asserted")),
    ("Mortar fire damaged the clinic in Pell. By Sunday Valdoria and the Dawn Front had signed a truce in "
     "Pell and a pause in air strikes.",
     ("truce", "governs", "Pell", None)),
    ("Mortar fire damaged the clinic in Pell. By Sunday Valdoria and the Dawn Front had agreed to a deal in "
     "Pell and a pause in air strikes.",
     ("deal", "governs", "Pell", None)),
    # what undoes a reading: "non-signatories", "captured ... and then handed over", "broke its truce"
    ("Valdoria signed the Harbour Accord in May. Two non-signatories, the Dawn Front and the Ash Reed "
     "Brigade, kept up their attacks in the south.",
     ("Dawn Front", "party_to", "Harbour Accord", None)),
    ("Shells hit the town of Pell. Fighting went on near Pell, the town that the Dawn Front captured in May "
     "and then handed over to Valdorian troops.",
     ("Dawn Front", "controls", "Pell", None)),
    ("Shells hit the town of Pell. Fighting went on near Pell, the town that the Dawn Front captured in May.",
     ("Dawn Front", "controls", "Pell", "asserted")),
    ("Since it broke its truce with the Ash Reed Brigade in May, the Dawn Front has taken three towns.",
     ("Dawn Front", "evolved_from", "Ash Reed Brigade", None)),
    # a zone is also named by the place it runs along or around; its name never starts at a hyphen
    ("The Harbour Accord, signed in May, set up a buffer zone around Dorn-Rook that Ostmarker monitors "
     "patrol.",
     ("Harbour Accord", "governs", "Dorn-Rook buffer zone", "asserted")),
    ("Under the Harbour Accord, both armies pulled back behind a 15-mile exclusion zone along the Sava "
     "coast.",
     ("Harbour Accord", "governs", "Sava exclusion zone", "asserted")),
    ("Under the Harbour Accord, both armies pulled back behind a 15-mile exclusion zone along the Sava "
     "coast.",
     ("Harbour Accord", "governs", "-mile exclusion zone", None)),
    # "It covers Z" with "it" resolved elsewhere: what covers a place is the agreement just named
    ("The Harbour Accord was signed in May. The Kessel Institute, a dialogue group from Ostmark, hosted the "
     "last round. It covers the whole of the Pell valley and the assembly camps.",
     ("Harbour Accord", "governs", "Pell valley", "asserted")),
    ("The Kessel Institute, a dialogue group from Ostmark, opened in May. It covers the whole of the Pell "
     "valley.",
     ("Kessel Institute", "governs", "Pell valley", None)),
    # "Y split from X and founded Z", "Its founders broke away from X"
    ("In 2010 Arno Vesic split from the Ash Reed Brigade and founded the Green Banner Movement.",
     ("Green Banner Movement", "evolved_from", "Ash Reed Brigade", "asserted")),
    ("In 2010 Arno Vesic split from the Ash Reed Brigade and joined the Green Banner Movement.",
     ("Green Banner Movement", "evolved_from", "Ash Reed Brigade", None)),
    ("The Green Banner Movement was born in exile. Its founders, all former students, broke away from the "
     "Ash Reed Brigade.",
     ("Green Banner Movement", "evolved_from", "Ash Reed Brigade", "asserted")),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_frame(text, expected):
    check(text, expected)


def _misparsed_signing():
    """"In 2015 the Front, chaired by Vesic, signed the Rook Accord." as the shipped parser sometimes reads
    it: the participle as the root, the name hung on the year, the signing a conjunct, the accord an iobj."""
    from types import SimpleNamespace

    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from pactgraph.loaders.dependency import DependencyRules

    words = ["In", "2015", "the", "Front", ",", "chaired", "by", "Vesic", ",", "signed", "the", "Rook",
             "Accord", "."]
    heads = [1, 5, 3, 1, 5, 5, 7, 5, 9, 5, 12, 12, 9, 5]
    deps = ["case", "obl", "det", "nmod:unmarked", "punct", "ROOT", "case", "obl", "punct", "conj", "det",
            "compound", "iobj", "punct"]
    tags = ["IN", "CD", "DT", "NNP", ",", "VBN", "IN", "NNP", ",", "VBD", "DT", "NNP", "NN", "."]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags)
    parse = SimpleNamespace(mention_of=[-1, -1, -1, 0, -1, -1, -1, 1, -1, -1, -1, 2, 2, -1])
    return DependencyRules.__new__(DependencyRules), parse, doc


def test_an_object_read_as_iobj_is_the_object():
    rules, parse, doc = _misparsed_signing()
    assert [t.text for t in rules.objects(parse, doc[9])] == ["Accord"]
    assert [t.text for t in rules.objects(parse, doc[5])] == []  # "chaired" has none


def test_the_name_before_a_participle_read_as_root_is_the_subject_of_its_conjunct():
    rules, parse, doc = _misparsed_signing()
    assert rules.subjects(parse, doc[9]) == [0]  # "the Front ... signed", not "Vesic"


def test_a_capitalised_agreement_name_keeps_its_core():
    from pactgraph.loaders.mention_words import _agreement_core

    assert _agreement_core(["Marrowby"]) == "Marrowby"
    assert _agreement_core(["Sennet", "Cove", "Framework"]) == "Sennet Cove"
    assert _agreement_core(["Final", "Peace"]) == "Final Peace"  # named by its kind words alone
