"""Words of the parse and their places: a verb's obliques, passives, and verbs the tagger read as nouns.

The base of the chain of ``loaders.dependency``: what a rule asks of a word's children and tags before
it looks for the mentions they name (``arguments``).
"""

from __future__ import annotations

from typing import Any

from pactgraph.loaders import frames as fr
from pactgraph.loaders.dependency.common import VERB_FORMS, _case
from pactgraph.loaders.extractor_state import ExtractorState
from pactgraph.loaders.relation_state import PRONOUN_PROXY_AFTER


class TreeQueries(ExtractorState):
    """Questions on a word of the parse: is it passive, its obliques by preposition, a verb read as a noun."""

    @staticmethod
    def _object_relative(v: Any, subjects: list[Any]) -> bool:
        """"the Front, which X heads" read with two subjects: the relative word first, then the name."""
        return v.dep_ == "acl:relcl" and len(subjects) == 2 and \
            subjects[0].lower_ in ("which", "whom", "that") and subjects[1].i > subjects[0].i and \
            subjects[1].tag_ in ("NNP", "NNPS", "PRP")

    def _man_owns(self, mention: Any, noun: str) -> bool:
        """Whether a person's possessive before ``noun`` is read by the proxy pass ("Y's government",
        "his fighters": the group or state the man leads, once the text says which)."""
        if self.body[mention.end:mention.end + 2] in ("'s", "’s"):
            return True
        return mention.kind == "pronoun" and mention.text.lower() in ("his", "her") \
            and PRONOUN_PROXY_AFTER.match(self.body, mention.end) is not None and self.body.startswith(
                noun, mention.end + 1)

    def _has_subject(self, tok: Any) -> bool:
        return any(c.dep_ in ("nsubj", "nsubj:pass") for c in tok.children)

    def _apposed_conj(self, t: Any) -> bool:
        """A conjunct with no "and" or "or" of its own, after a comma: an apposition the parse misread."""
        if t.dep_ != "conj" or any(c.dep_ == "cc" for c in t.children):
            return False
        left = t.left_edge.i
        while left < t.i and t.doc[left].is_punct:
            left += 1
        return left > 0 and t.doc[left - 1].text == "," and t.left_edge.text != "and"

    def passive(self, v: Any) -> bool:
        # an agent with no "by" is a misread ("fought alongside Y soldiers" with "alongside" a noun)
        deps = {c.dep_ for c in v.children if c.dep_ != "obl:agent" or _case(c) == "by"}
        if deps & {"aux:pass", "nsubj:pass", "obl:agent"}:
            return True
        if v.dep_ == "acl" and any(c.dep_ in ("obl", "obl:agent") and _case(c) != "by" and any(
                x.lower_ in fr.ALONGSIDE for x in c.children if x.i < c.i) for c in v.children):
            return False  # "Y gunmen fought alongside X troops" read as a participle on "gunmen"
        if v.tag_ == "VBN" and v.dep_ == "conj" and not deps & {"obj", "aux", "nsubj"} and v.head.i < v.i:
            return "nsubj:pass" in {c.dep_ for c in v.head.children}  # "Y was armed and paid for by X"
        # (a participle after "have" is a perfect, active: "while X and Y have fought alongside Z")
        return v.tag_ == "VBN" and v.dep_ in ("acl", "advcl", "amod") and not deps & {"obj", "aux"}

    def obliques(self, v: Any, prep: str) -> list[Any]:
        return [c for c in v.children if c.dep_ in ("obl", "obl:unmarked", "nmod", "obl:agent")
                and _case(c) == prep]

    def _noun_read_verb(self, tok: Any) -> bool:
        """A trigger verb read as a plural noun with its subject as a compound, whose object hangs on the
        verb coordinated with it ("X arms and trains Y") or which opens a relative clause ("a militia
        that X arms")."""
        if tok.tag_ != "NNS" or tok.lower_ not in VERB_FORMS or not self._compound_subject(tok):
            return False
        if tok.dep_ == "acl:relcl":
            return any(c.lower_ in ("that", "which", "whom") and c.i < tok.i for c in tok.children)
        return tok.dep_ in ("ROOT", "conj", "ccomp", "parataxis") and any(
            c.dep_ == "conj" and c.i > tok.i and c.lower_ in VERB_FORMS
            and any(x.dep_ == "obj" for x in c.children) for c in tok.children)

    @staticmethod
    def _compound_subject(tok: Any) -> list[Any]:
        return [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.tag_ == "NNP"]
