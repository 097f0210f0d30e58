"""Resolution of actors: a man's government, bare nouns for the armed group, coalition words, and one
actor under two names, on sentences written for these tests (states from the phrasing tests' gazetteer,
groups and people invented)."""

from __future__ import annotations

from pactgraph.loaders import document_from_text
from pactgraph.loaders.extract import _read

from .test_extract_phrasings import GAZ, check
from .test_frames_coref import _pronouns


def _resolved(text: str, word: str) -> list[str | None]:
    """The entity each mention whose text is ``word`` resolves to (None when unresolved)."""
    doc = document_from_text(text, "t.txt", date="2021-06-15")
    _sentences, mentions, _clusters, resolved, _raw = _read(doc, GAZ)
    return [resolved[m.entity].name if m.entity >= 0 and resolved[m.entity] else None
            for m in mentions if m.text == word]


# -- a man's government is his state's, not the state the text talks most of ----------------------------

_HOME = ("Norland and Valdoria traded fire on Monday. Norland said Valdoria had shelled Vesk. "
         "Norland's army moved north. ")


def test_a_mans_government_is_the_state_named_with_his_title():
    text = _HOME + "Tessaly's President Ivo Marek called for calm. Marek's government sent envoys to Vesk."
    assert _resolved(text, "government") == ["Tessaly"]


def test_a_mans_government_is_the_one_state_of_its_sentence():
    text = _HOME + ("Brenn, which has long stayed neutral, sent envoys, and Prime Minister Ivo Marek's "
                    "government welcomed the talks.")
    assert _resolved(text, "government") == ["Tessaly"]
    check(text, ("Ivo Marek", "leader_of", "Tessaly", "asserted"))
    check(text, ("Ivo Marek", "leader_of", "Norland", None))


def test_a_state_named_as_a_place_does_not_own_a_mans_government():
    text = _HOME + "Talks opened in Hale, and Prime Minister Ivo Marek's government welcomed them."
    assert _resolved(text, "government") != ["Ostmark"]
    check(text, ("Ivo Marek", "leader_of", "Ostmark", None))


# -- "the guerrillas", "the insurgents": the armed group the text is about ----------------------------

def test_the_bare_guerrillas_are_the_armed_group_named_before():
    text = ("The Dawn Front seized the hills above Brenn in May. Norland is the guerrillas' main "
            "foreign sponsor.")
    assert _resolved(text, "guerrillas") == ["Dawn Front"]
    check(text, ("Norland", "backs", "Dawn Front", "asserted"))


def test_described_guerrillas_are_a_group_of_their_own():
    text = ("The Dawn Front seized the hills above Brenn in May. Norland armed separatist guerrillas in "
            "the south.")
    assert _resolved(text, "guerrillas") != ["Dawn Front"]
    check(text, ("Norland", "backs", "Dawn Front", None))


# -- coalition words -----------------------------------------------------------------------------------

def test_a_name_that_is_a_coalition_is_the_coalition_named_later():
    text = "The Hill Compact is a coalition of six militias. Kessa has armed the coalition since 2019."
    assert _resolved(text, "coalition") == ["Hill Compact", "Hill Compact"]
    check(text, ("Kessa", "backs", "Hill Compact", "asserted"))


def test_the_bloc_is_the_body_of_states_named_before():
    text = ("Leaders of the African Union met in Brenn. Tessaly, the bloc's largest member, cut its "
            "exports to Valdoria.")
    assert _resolved(text, "bloc") == ["African Union"]
    check(text, ("Tessaly", "member_of", "African Union", "asserted"))


def test_a_described_bloc_is_not_the_body_named_before():
    text = ("Leaders of the African Union met in Brenn. Last month the Dawn Front joined the breakaway "
            "bloc led by Ivo Marek.")
    assert _resolved(text, "bloc") != ["African Union"]
    check(text, ("Ivo Marek", "leader_of", "African Union", None))


# -- one actor under two names -------------------------------------------------------------------------

def test_the_head_word_alone_is_the_one_name_with_that_head():
    text = ("The Tarsk Patriotic Front took Dro in March. Kessa accused the Front of shelling the town. "
            "The Red Brotherhood denied any role, and Valdoria said the Brotherhood was armed by Norland.")
    assert _resolved(text, "Front") == ["Tarsk Patriotic Front"]
    assert _resolved(text, "Brotherhood") == ["Red Brotherhood"]


def test_the_head_word_alone_stays_apart_when_two_names_have_it():
    text = ("The Tarsk Patriotic Front and the Hill People's Front took Dro. Kessa accused the Front of "
            "shelling the town.")
    assert _resolved(text, "Front") == ["Front"]


def test_a_demonym_and_a_states_noun_is_the_state_of_the_short_name():
    text = ("The President of the Marovian Federation called Valdoria's leader. Valdoria and Marovia "
            "signed a pact on Monday.")
    assert _resolved(text, "Marovia") == ["Marovian Federation"]


def test_a_peoples_plural_is_not_the_state_of_its_demonym():
    text = ("The President of the Tavrish Federation called Valdoria's leader. The Tavrs of the hills "
            "fought Valdoria on Monday.")
    assert _resolved(text, "Tavrs") == ["Tavrs"]


def test_an_acronym_in_apposition_spelled_loosely_is_the_name():
    text = ("The Lake Monitoring Force, LAMFOR, took over from the observers. Kessa said LAMFOR would "
            "stay a year.")
    assert _resolved(text, "LAMFOR") == ["Lake Monitoring Force", "Lake Monitoring Force"]


def test_an_acronym_in_a_list_is_not_the_name_before_it():
    text = "Troops from Valdoria, Kessa, the Dawn Front, NTF, and others took part."
    assert _resolved(text, "NTF") != ["Dawn Front"]


def test_a_hyphenated_acronym_is_the_name_with_its_last_word():
    text = ("The Tarsk People's Movement-North rejected the deal. The TPM-N said it would keep "
            "fighting.")
    assert _resolved(text, "TPM-N") == ["Tarsk People's Movement-North"]


# -- a nominal named after it, or by its head word ----------------------------------------------------

def test_a_nominal_known_as_a_name_is_that_name():
    text = ("Valdoria sent troops north. The militants, known locally as the Hill Boys but calling "
            "themselves the Dawn Front, had held Dro since May. Norland has armed them.")
    assert _resolved(text, "militants") == ["Dawn Front"]


def test_a_nominal_before_another_clause_with_known_as_is_not_that_name():
    text = ("The Ash Reed Brigade took Dro in May. Kessa backs the group, which is not party to the accord, "
            "unlike the faction known as the Dawn Front.")
    assert _resolved(text, "group") == ["Ash Reed Brigade"]


def test_the_party_is_the_one_group_whose_name_has_that_head():
    text = ("The Dawn Front took Dro. The Dawn Front shelled Brenn. The Dawn Front said it would fight on. "
            "The Hill People's Army is the armed wing of the Communist Party of Kessa. "
            "Talks stalled after the party told its units to attack.")
    assert _resolved(text, "party") == ["Communist Party of Kessa"]


def test_the_movement_stays_the_group_talked_of_most():
    text = ("The Dawn Front took Dro. The Dawn Front shelled Brenn. The Dawn Front took Hale. The Dawn Front "
            "lost Vesk. The Dawn Front holds the pass. The Dawn Front fired on Corvin. Its ally, the Hill "
            "Liberation Movement, stayed out. Norland has armed the movement since 2019.")
    assert _resolved(text, "movement") == ["Dawn Front"]


# -- the state the text is about; a pronoun in a clause after ", and" ---------------------------------

def test_the_government_of_a_state_read_as_one_name_makes_it_the_state_in_focus():
    text = ("The fraternal Republic of Valdoria sent troops. Valdorian soldiers fought near Dro. "
            "Valdoria lost six men in the hills. The Council of Elders has stood with the Government "
            "since the war began. "
            "The Government of Tessaly thanked the Valdorian soldiers.")
    assert _resolved(text, "Government") == ["Tessaly"]


def test_a_possessive_after_comma_and_a_new_subject_is_that_subjects():
    text = ("Norland still pays its share of the Dawn Front's bills, and Kessa, the group's landlord for a "
            "decade, now sends its own trainers as well.")
    assert _pronouns(text) == [("its", "Norland"), ("its", "Kessa")]


def test_a_possessive_in_a_list_of_subjects_stays_with_the_first():
    text = "Norland, Kessa and Tessaly renewed their pledge to the Dawn Front and its allies."
    assert ("its", "Dawn Front") in _pronouns(text)


def test_a_state_that_acts_on_a_mans_government_does_not_own_it():
    text = ("Valdoria said the talks had failed. Valdoria's army shelled Dro. Valdoria closed the border. "
            "Kessa has backed Prime Minister Ivo Marek's government since 2019.")
    assert _resolved(text, "government") != ["Kessa"]
    check(text, ("Ivo Marek", "leader_of", "Kessa", None))


def test_a_coalition_partner_is_no_coalition():
    text = "The Hill Compact is the main coalition partner of the Dawn Front in the south."
    assert _resolved(text, "coalition") != ["Hill Compact"]


def test_the_army_alone_is_not_a_rebel_army_named_before():
    text = ("The National Liberation Army attacked a base near Dro. The Army said two soldiers died "
            "in the attack.")
    assert _resolved(text, "Army") != ["National Liberation Army"]


# -- agreements named by their head and what they are on ----------------------------------------------

def test_an_agreement_named_by_what_it_is_on_is_a_node_of_its_own():
    text = ("The Secretary-General welcomed the signing of the Agreement on a Lasting Peace between Valdoria "
            "and the Dawn Front. The Agreement ends a war of twenty years. It builds on the Agreement on the "
            "Definitive Ceasefire signed in Brenn in May.")
    ceasefire = "Agreement on the Definitive Ceasefire"
    assert _resolved(text, ceasefire) == [ceasefire]
    assert _resolved(text, "Agreement") == ["Agreement on a Lasting Peace"]
    check(text, ("Valdoria", "party_to", "Agreement on a Lasting Peace", "asserted"))
