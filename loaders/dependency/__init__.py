"""Relations read from the dependency parse: trigger words with their argument frames.

A mixin of ``loaders.relations.Extractor``. For each parsed sentence (``loaders.syntax``), every
word of the trigger lexicon (``loaders.frames``) is read with its arguments where the parse puts
them, whatever the words between:

* verbs: subject and object, the passive's ``nsubj:pass`` and ``obl:agent`` ("Y, long bankrolled
  by X"), prepositional arguments ("clashed with Y", "grew out of Y"), subjects shared through
  ``xcomp`` ("X agreed to sign"), coordinated verbs ("X arms and trains Y"), relative clauses
  ("the militia, which X arms"), participles ("Y, backed by X", "Brokered by X, the truce ...");
* nouns that describe their holder ("Y's backer X", "X, the leader of Y", "X is a member of Y",
  "signatories include X", "X acted as mediator");
* nouns of an action or a hold ("X's support for Y", "backing from X", "the war against Y",
  "under the control of X", "under the auspices of X");
* agreements and the sides and places they name ("a truce between X and Y", "a ceasefire in Z").

Every argument is expanded over its conjuncts, so each of "X, Y and, to a lesser extent, Z" is
read. The status comes from the parse too: negation and "no longer", modals and conditions,
and the verbs that govern the trigger (denials, accusations and reports, proposals).

The rules are a chain of mixins, one module each, every one using only what it or its bases
define: ``common`` (word sets, ``rule_for``, token helpers), ``tree`` (passives, obliques, verbs
read as nouns), ``referents`` ("the valley" alone, a relative clause after an apposition),
``arguments`` (``np``, subjects, objects, patients, agents), ``emit`` (a frame's status and its
relations), ``asides`` (dash asides, participle pairs the parse misreads),
``small_frames``, ``agreements`` (signing, brokers, sides, "alongside"), ``side_taking`` ("X is on
Y's side", "X and Y troops retook Z"), ``hostile`` (attacks read through what they hit: "shelled positions
held by Y"; fights named by a noun: "locked in a war with Y"), ``action`` (nouns of an action or a hold),
``units`` (a named unit or faction of a body: "X, the army of Y"), ``holder`` (nouns that describe their
holder), ``leaders`` (leader roles the parse hangs away from their
owner), ``verb_checks`` (what the verb frames ask of the parse), ``verb`` (trigger verbs; ``contests``
sets apart a defeat in a contest), ``described`` (a group described as a state's rebels or opposition),
``misread`` (verbs of fighting the tagger read as nouns), ``sides`` (the backer of a side in a fight
fights the other side), ``relatives`` (a plural relative clause after a list is the whole list's),
``go_betweens`` (brokers assisting a mediation, brokers listed after a plural role), ``suppliers``
(an ally that supplies backs the one it is allied to), ``possessed`` ("Y's war was financed by X"),
``killings`` ("X killed three Y soldiers"), ``agreement_refs`` ("a truce the two sides agreed", "the envoys
of X and Y signed"), ``members`` (members described through "in which", "whose" or a superlative: "Y, in
which X is the dominant member", "X, the largest of the groups in Y"), ``factions`` (the head of a group's
faction is one of its members), ``bodies`` (a body described by the actors it is made of: "Y, an alliance of
A, B and C"), ``coordination`` (a subject's companions: "X, along with Y, brokered", a relative clause
after a list: "X and Y, which back Z"), ``origins`` (renamings, splinters and founders: "Y, formerly X",
"A, B and C formed Y") and ``rules`` (``DependencyRules``: which sentences to parse, and
the dispatcher ``syntax``). ``aid_flow`` ("weapons flowed from X to Y") is a
function the dispatcher calls, outside the chain.
"""

from pactgraph.loaders.dependency.common import (
    CONSTRUCTIONS,
    LIGHT_FORMS,
    TRIGGER_WORDS,
    VERB_FORMS,
    rule_for,
)
from pactgraph.loaders.dependency.rules import DependencyRules

__all__ = ["CONSTRUCTIONS", "LIGHT_FORMS", "TRIGGER_WORDS", "VERB_FORMS", "DependencyRules", "rule_for"]
