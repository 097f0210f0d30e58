"""The dependency rules as one mixin: which sentences to parse, and the dispatcher.

``DependencyRules`` (a mixin of ``loaders.relations.Extractor``) closes the chain of mixins of this
package: ``parse_pass`` parses the sentences worth it and ``syntax`` sends each trigger word of a
parsed sentence to its frame.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pactgraph.loaders import frames as fr
from pactgraph.loaders.dependency.aid_flow import FLOW_WORDS, aid_moves
from pactgraph.loaders.dependency.bodies import STATE_PART_WORDS, UNDER_NOUNS
from pactgraph.loaders.dependency.common import (
    _COMPOUND_PARTICIPLES,
    _FOUND_FORMS,
    _HELP_FORMS,
    _PREFIXES,
    _REQUEST_NOUNS,
    _SENT_FORMS,
    _WORD,
    TRIGGER_WORDS,
    VERB_FORMS,
    _case,
    _is_noun,
    _is_verbal,
)
from pactgraph.loaders.dependency.described import REBEL_HEADS
from pactgraph.loaders.dependency.factions import LED_FORMS
from pactgraph.loaders.dependency.hostile import BREAK_FORMS, FIRE_FORMS, TAKE_FORMS
from pactgraph.loaders.dependency.killings import KILL_FORMS
from pactgraph.loaders.dependency.leaders import LEADER_WORDS
from pactgraph.loaders.dependency.members import MEMBER_NOUNS
from pactgraph.loaders.dependency.origins import (
    FORMED_FORMS,
    FORMERLY_WORDS,
    REBRAND_FORMS,
    SPLIT_HEADS,
    SPLIT_WORDS,
    OriginFrames,
)
from pactgraph.loaders.dependency.part_names import PART_NAME_WORDS, named_part
from pactgraph.loaders.dependency.suppliers import SUPPLY_FORMS
from pactgraph.loaders.mentions import Mention
from pactgraph.loaders.syntax import Parse, ParseJob, parse_sentences
from pactgraph.loaders.text import Sentence, Tok

#: The words that make a sentence worth parsing (with two entities in it): the triggers, and the words of
#: the frames read without one.
#: ("groups" is read as the verb of a body's members only in a sentence parsed for another word: as a
#: plural noun it is in too many sentences to parse them all for it; the words of ``origins`` are rare and
#: let the parse run.)
_PARSE_WORDS = frozenset(TRIGGER_WORDS - {"group", "groups"} | KILL_FORMS | FIRE_FORMS | UNDER_NOUNS |
                         STATE_PART_WORDS | FORMERLY_WORDS | REBRAND_FORMS | SPLIT_WORDS | BREAK_FORMS
                         | FLOW_WORDS)


#: Every word ``word_frames`` reads a frame of (a token whose word is none of them opens only the frames
#: of its place in the parse, ``shape_frames``): when a branch keyed on a word is added there, its words
#: are added here.
_FRAME_WORDS = frozenset().union(
    VERB_FORMS, _FOUND_FORMS, fr.HOLDER_NOUNS, fr.ACTION_NOUNS, REBEL_HEADS, LEADER_WORDS, fr.ALONGSIDE,
    fr.TOGETHER_PHRASES, _COMPOUND_PARTICIPLES, _PREFIXES, PART_NAME_WORDS, fr.ADJECTIVES,
    fr.CONTRIBUTOR_NOUNS, fr.PART_PLURALS, fr.BODY_OF_MEMBERS, fr.FORCE_OF_NOUNS, _SENT_FORMS,
    _REQUEST_NOUNS, fr.VIEW_VERBS, SUPPLY_FORMS, KILL_FORMS, MEMBER_NOUNS, LED_FORMS, UNDER_NOUNS, FIRE_FORMS,
    {"signing", "signature", "signatures", "sides", "camps", "known", "renamed", "rebranded", "lent",
     "joined", "join", "joins", "them", "side", "member", "under", "fire", "fighting"},
    REBRAND_FORMS, FORMERLY_WORDS, SPLIT_HEADS, FORMED_FORMS, BREAK_FORMS, TAKE_FORMS, FLOW_WORDS)


class DependencyRules(OriginFrames):
    """``parse_pass`` parses the sentences worth it; ``syntax`` reads one sentence's frames."""

    parses: dict[int, Parse]
    tokens: Sequence[Tok] | None

    # -- which sentences to parse --------------------------------------------------------------------
    def parse_pass(self) -> None:
        self.parses = parse_sentences(self.body, self.parse_todo(), self._type_of, self.tokens)

    def parse_job(self) -> ParseJob:
        """What this document gives a parse of several documents (``parse_many``)."""
        return self.body, self.parse_todo(), self._type_of, self.tokens

    def parse_todo(self) -> list[tuple[Sentence, list[Mention]]]:
        """The sentences worth parsing, with their mentions."""
        todo: list[tuple[Sentence, list[Mention]]] = []
        seen_agreement = False
        for s in self.sentences:
            ms = self.by_sentence[s.index]
            has_agreement = any(m.kind == "agreement" for m in ms)
            seen_agreement = seen_agreement or has_agreement
            # a relation needs two entities: two distinct ones here, or one and the agreement in context
            entities = {e.id: e.type for m in ms if (e := self.entity(m.index)) is not None}
            # ("both countries" stands for the two sides named before)
            pair = any(m.kind == "pair" for m in ms)
            in_context = seen_agreement and not has_agreement
            if len(entities) + pair + in_context < 2:
                continue
            if not pair and not in_context and all(t == "Place" for t in entities.values()):
                continue  # no frame of the parse relates two places (where one lies is a phrasing rule's)
            words = set(_WORD.findall(self.body[s.start:s.end].lower()))
            # "X killed three Y soldiers", "X fired rockets at Y", "under the banner of Y", "X, under Y,"
            if not words.isdisjoint(_PARSE_WORDS) or \
                    "under" in words and any(self._type_of(m) == "Person" for m in ms):
                todo.append((s, ms))
        return todo

    # -- the frames -----------------------------------------------------------------------------------
    def syntax(self, s: Sentence) -> None:
        p = self.parses.get(s.index)
        if p is None:
            return
        for tok in p.doc:
            if tok.is_punct:
                continue  # no frame starts on a mark
            low = tok.lower_
            if low in _FRAME_WORDS:
                self.word_frames(p, tok, low)
            self.shape_frames(p, tok)

    def word_frames(self, p: Parse, tok: Any, low: str) -> None:
        """The frames a word opens (``low``, the token's word in lower case, is one of ``_FRAME_WORDS``)."""
        # (each read of a token's attribute builds a string: read the ones every test needs once)
        tag, dep = tok.tag_, tok.dep_
        lemma = VERB_FORMS.get(low)
        if lemma is not None and (_is_verbal(tok) or self._acts_as_verb(tok)):
            self.verb(p, tok, lemma)
        elif lemma is not None and self._fronted_participle(tok):
            self.fronted_by(p, tok, lemma)
        elif lemma is not None and dep == "obj" and tok.head.lower_ in _HELP_FORMS:
            self.helped(p, tok, lemma)
        if lemma is not None and dep == "compound":
            self.verb_read_as_modifier(p, tok)  # "X fighters still ambush army convoys" as one phrase
        if low in _FOUND_FORMS and dep == "conj" and _is_verbal(tok):
            self.split_and_formed(p, tok)
        noun = tag.startswith(("NN", "PRP", "CD")) or tok.pos_ in ("NOUN", "PROPN", "PRON")  # _is_noun
        if noun or low in fr.HOLDER_NOUNS and any(
                c.dep_ in ("cop", "nmod:poss", "det") for c in tok.children):  # "ally" tagged RB
            if low in fr.HOLDER_NOUNS and not self.misread_subject(tok):
                self.holder(p, tok)
            if low in fr.ACTION_NOUNS:
                self.action(p, tok)
            if low in REBEL_HEADS:
                self.rebel_description(p, tok)
            if low in ("signing", "signature", "signatures"):
                self.signing(p, tok)
        if low in LEADER_WORDS:
            self.leaders(p, tok)
        if low in fr.ALONGSIDE and (dep == "case" or self._beside_misread(tok)):
            self.alongside(p, tok)
        if low in fr.TOGETHER_PHRASES and tok.i >= 1:
            self.side_by_side(p, tok)
        if low in _COMPOUND_PARTICIPLES and tok.i >= 2 and tok.nbor(-1).text == "-" \
                and p.mention_of[tok.i - 2] >= 0:
            self.hyphen_compound(p, tok, _COMPOUND_PARTICIPLES[low])
        if low in _PREFIXES and tok.i + 2 < len(p.doc) and tok.nbor(1).text == "-" \
                and p.mention_of[tok.i + 2] >= 0:
            self.hyphen_prefix(p, tok, _PREFIXES[low])
        if low in ("sides", "camps") and any(c.lower_ in fr.OPPOSING for c in tok.children):
            self.opposing_sides(p, tok)
        if low in ("known", "renamed", "rebranded") and (tag == "VBN" or (
                # "X was scaled down and renamed Y", with the second participle read as a past tense
                dep == "conj" and tok.head.tag_ == "VBN" and self.passive(tok.head))):
            self.renamed(p, tok)
        if low in REBRAND_FORMS:
            self.rebranded(p, tok)  # "X rebranded itself as Y"
        if low in FORMERLY_WORDS:
            self.formerly(p, tok)  # "Y, formerly X"
        if low in SPLIT_HEADS:
            self.split_group(p, tok)  # "Y, a splinter group of X"
        if low in FORMED_FORMS:
            self.formed_by_members(p, tok)  # "A, B and C formed Y"
        if low in BREAK_FORMS:
            self.broke_truce(p, tok)  # "X broke its truce with Y"
        if low in TAKE_FORMS:
            self.took_holding(p, tok)  # "X overran Y's positions"
        if low in FLOW_WORDS:
            aid_moves(self, p, tok)  # "weapons flowed from X to Y", "the flow of arms from X to Y"
        if low in PART_NAME_WORDS:
            named_part(self, p, tok)  # "Y's armed wing, known as X", "Y and its fighters, X"
        if low in fr.ADJECTIVES and tag.startswith(("JJ", "VBN")):
            self.adjective(p, tok)
        if low in fr.CONTRIBUTOR_NOUNS and _is_noun(tok):
            self.contributors(p, tok)
        if low in fr.PART_PLURALS and dep == "nmod" and _case(tok) == "of" and \
                tok.head.lower_ == "one":
            self.one_of(p, tok)
        if low in fr.BODY_OF_MEMBERS and _is_noun(tok):
            self.body_of_members(p, tok)
        if low in fr.FORCE_OF_NOUNS and dep == "appos" and _is_noun(tok):
            self.force_of(p, tok)
        if low in _SENT_FORMS:
            self.sent_by(p, tok)
        if low in _REQUEST_NOUNS and _is_noun(tok):
            self.requested(p, tok)
        if tok.text == "lent" and dep == "compound" and tag.startswith("NN"):
            self.lent_read_noun(p, tok)
        if low in fr.VIEW_VERBS and _is_verbal(tok):
            self.viewed_as(p, tok)
        if low in ("joined", "join", "joins") and _is_verbal(tok):
            self.joined_body(p, tok)
        if low == "them" and tok.i >= 2 and tok.nbor(-1).lower_ == "among" and \
                tok.doc[tok.i - 2].text == ",":
            self.among_them(p, tok)
        if low == "side" and _is_noun(tok):
            self.on_side(p, tok)  # "X is fighting on Y's side"
        if lemma is not None and _is_verbal(tok):
            self.took_together(p, tok)  # "X and Y troops have retaken Z"
        if low in SUPPLY_FORMS:
            self.ally_supplies(p, tok)  # "X, Y's ally, supplied Z"
        if lemma is not None and _is_verbal(tok):
            self.possessed_backed(p, tok, lemma)  # "Y's war was financed by X"
            self.listed_agents(p, tok, lemma)  # "Y, backed by militias, including X"
        if low in KILL_FORMS:
            self.killed_men(p, tok)  # "X killed three Y soldiers"
        if low in MEMBER_NOUNS and _is_noun(tok):
            self.member_clause(p, tok)  # "Y, in which X is the dominant member"
        if low in LED_FORMS:
            self.faction_led(p, tok)  # "a Y faction led by X"
        if lemma == "contribute" and _is_verbal(tok):
            self.contributed_to(p, tok)  # "X and Y contribute troops to Z"
        if low == "member":
            self.member_plural(p, tok)  # "Y's member states, A and B"
        if low in UNDER_NOUNS and _is_noun(tok):
            self.under_body(p, tok)  # "X operates under the umbrella of Y"
        if low in fr.HOLDER_NOUNS and dep in ("nsubj", "nsubj:pass", "obj", "ROOT") and \
                _is_noun(tok):
            self.doubled_role(p, tok)  # "The emir of Y, Sheikh X, hosted ..." read as two subjects
        if low in fr.HOLDER_NOUNS and _is_noun(tok):
            self.appointed_role(p, tok)  # "X, appointed head of Y in 2019, ..."
        if low == "under":
            self.under_person(p, tok)  # "X, under General Y, seized Z"
        if low in FIRE_FORMS and _is_verbal(tok):
            self.fired_at(p, tok)  # "X fired rockets at Y's posts"
        elif low == "fire" and _is_noun(tok) and _case(tok) == "under":
            self.under_fire(p, tok)  # "Y came under fire from X"
        if low == "fighting" and not _is_noun(tok):
            self.fighting_in(p, tok)  # "X has been engaged in fighting with Y"

    def shape_frames(self, p: Parse, tok: Any) -> None:
        """The frames a token opens by its place in the parse, whatever its word."""
        i = tok.i
        m = p.mention_of[i]
        if m >= 0:
            if p.mentions[m].kind == "agreement" and (_is_noun(tok) or tok.lower_ in fr.HOLDER_NOUNS and any(
                    c.dep_ in ("cop", "nmod:poss", "det") for c in tok.children)) \
                    and self._mention_head(p, tok):  # (a noun as ``word_frames`` reads one)
                self.agreement(p, tok, m)
            if i + 2 < len(p.doc) and p.doc[i + 1].text in ("—", "–"):
                self.dash_members(p, tok)  # "the Y Alliance — A, B and C — took Z"
        tag, dep = tok.tag_, tok.dep_
        if dep == "nmod:poss" and m >= 0 and p.mention_of[tok.head.i] >= 0:
            self.state_unit(p, tok)
            self.state_part(p, tok)  # "Y's Lakeside Guard", "Y's Security Service"
        if tag == "JJS" and dep in ("appos", "ROOT", "conj", "nsubj", "obj"):
            self.superlative_of(p, tok)  # "X, the largest of the groups in Y"
        if tag in ("NNS", "NNPS") and dep in ("nmod", "ROOT", "obl", "conj"):
            self.part_clause(p, tok)  # "X, one of the factions that make up Y"

    @staticmethod
    def _fronted_participle(tok: Any) -> bool:
        """"Led by X, the group ...": a sentence's first word, a participle before "by" that the tagger
        read as a noun or a name."""
        return tok.i == tok.sent.start and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "by" \
            and tok.text[:1].isupper() and tok.head.i != tok.i and _is_verbal(tok.head)
