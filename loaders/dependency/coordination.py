"""Co-arguments the parse loses: a subject's companions and a relative clause after a list.

A mixin of the chain of ``loaders.dependency`` (after ``bodies``), over ``np``, the mentions a word of
the parse stands for, so that every frame reading an argument gets them:

* the companions of a subject, joined by "along with", "together with", "alongside", "as well as" or
  (set off by commas) "like", between the subject and its verb ("X, along with Y, brokered the truce",
  "X together with Y armed Z") or fronted before it ("Along with Y, X has funded Z"): the parse hangs
  them on the subject, on the verb or on an adverb, or makes the subject the root and the verb its
  conjunct; read by position, with the verb right after them as the proof that the subject is meant;
* a relative clause after a list that is the clause's subject ("X and Y, which brokered the truce,
  urged calm", "A, B and C, who arm Z, met"): the parse hangs it on one name of the list, or reads it
  as a conjunct, so the relative word stands for one name only; it stands for the whole list unless its
  verb is singular ("X and Y, which has ..."). A list after a verb or a preposition ("talks between X
  and Y, which ...") is left to the one name the parse gives;
* a list the parse splits with its last name as the subject of the predicate, that predicate read as a
  conjunct of the first name ("X and Y are members of Z"), or after an aside ("X and, to a lesser
  extent, Y back Z", "three groups - A, B and C - signed Z", "A and B - but not C - signed Z");
* "whose" after a list in subject position ("X and Y, whose armies fought Z": the list);
* a relative word after a quantifier ("A and B, both of which are armed by X": the list; "none of
  which", "neither of which": no one), and a singular relative clause after a later conjunct ("X, the
  leader of Y, and Z, who heads W": Z);
* the accused listed before "of" ("X accuses Y and Z of arming W"); the agents of passives coordinated
  ("Y is backed by X and opposed by W": X backs, W opposes, however the parse hangs "by W");
* the plural of a state's organ shared by coordinated demonyms ("the X and Y governments") and the name
  of armed men inside a role ("their Y militia allies").
"""

from __future__ import annotations

from typing import Any

from pactgraph.loaders import frames as fr
from pactgraph.loaders.dependency.bodies import BodyMembers
from pactgraph.loaders.dependency.common import _case, _is_verbal
from pactgraph.loaders.syntax import Parse

#: The words that join a subject's companion ("X, along with Y, ..."), as word sequences.
_COMPANION_MARKERS: tuple[tuple[str, ...], ...] = (
    ("along", "with"), ("together", "with"), ("alongside",), ("as", "well", "as"), ("like",))
_MARKER_STARTS = frozenset(m[0] for m in _COMPANION_MARKERS)
#: Their first words, which a sentence must hold for a companion to be read.
_COMPANION_WORDS = frozenset(marker[0] for marker in _COMPANION_MARKERS)
#: Markers that join a companion only when set off by commas ("X, like Y, backs Z").
_COMMA_ONLY = frozenset({("like",)})
#: Words that may sit between the names of a list of companions.
_GLUE = frozenset({",", "and", "the", "its", "their"})
#: What may stand between a companion phrase and the verb: adverbs, auxiliaries, modals, punctuation.
_BEFORE_VERB_TAGS = ("RB", "MD", ",")
#: Relative words that stand for the noun before them.
_RELATIVE_WORDS = frozenset({"which", "who", "that", "whom"})
#: Verbs that agree with one subject only ("X and Y, which has ...": the last name alone).
_SINGULAR_FORMS = frozenset({"is", "was", "has", "does", "'s"})
#: The longest aside after "and", in words ("and, to a lesser extent, Y").
_ASIDE = 6
#: Plural nouns of a state's organs that coordinated demonyms share ("the X and Y governments").
_SHARED_HEADS = frozenset({"governments", "armies", "militaries", "administrations", "delegations", "navies"})
#: The word ``loaders.misread`` gives the parser for a "not" that opens an aside ("A - but not C -").
_SET_APART_STAND_IN = "also"
#: Quantifiers of a relative word after a list ("A and B, both of which ..."): the whole list, or no one.
_QUANTIFIERS: dict[str, bool | None] = {"all": True, "both": True, "each": True, "none": None,
                                        "neither": None}
#: Actor types: a companion stands beside an actor only.
_ACTORS = frozenset({"State", "ArmedGroup", "Organization", "Person"})


class Coordination(BodyMembers):
    """``np`` over a subject's companions and over the list a relative clause follows."""

    def np(self, p: Parse, tok: Any, conj: bool = True) -> list[int]:
        out = super().np(p, tok, conj)
        if not out:
            return out
        # (the readings below need a companion's word or an "and"; ``np`` is asked for every argument)
        more = (self._companions(p, tok, out) if not p.words.isdisjoint(_COMPANION_WORDS) else []) + (
            self._split_list_subject(p, tok) + self._interrupted(p, tok) if "and" in p.words else [])
        return out + [m for m in dict.fromkeys(more) if m not in out] if more else out

    @staticmethod
    def _force_of_name(p: Parse, tok: Any) -> list[int]:
        """"their Y militia allies": the name compounded with the noun of armed men that describes the role
        noun ``tok`` (when nothing else was found for it)."""
        if tok.lower_ not in fr.HOLDER_NOUNS or p.mention_of[tok.i] >= 0:
            return []
        return [m for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1 and c.lower_ in
                fr.FORCE_NOUNS and p.mention_of[c.i] < 0 for x in c.children
                if x.dep_ == "compound" and x.i == c.i - 1 and (m := p.mention_of[x.i]) >= 0]

    @staticmethod
    def _shared_head(p: Parse, t: Any) -> list[int]:
        """"the X and Y governments": the plural of a state's noun shared by coordinated demonyms."""
        if t.lower_ not in _SHARED_HEADS:
            return []
        return [m for c in t.children if c.dep_ in ("amod", "compound") and p.mention_of[c.i] >= 0
                for x in (c, *c.conjuncts) if (m := p.mention_of[x.i]) >= 0]

    def _interrupted(self, p: Parse, tok: Any) -> list[int]:
        """"X and, to a lesser extent, Y back Z": the names before "and" and the aside after it, for the
        subject ``tok`` right after the aside (the parse hangs the first names elsewhere)."""
        if tok.dep_ not in ("nsubj", "nsubj:pass") or tok.head.i < tok.i:
            return []
        doc = tok.doc
        k = tok.i - 1
        while k >= 0 and (p.mention_of[k] >= 0 and p.mention_of[k] == p.mention_of[tok.i]
                          or doc[k].lower_ in ("the", "its", "their")):
            k -= 1
        if k < 3 or doc[k].text != ",":
            return []
        c = k - 1
        while c > 0 and doc[c].text != "," and p.mention_of[c] < 0 and k - c <= _ASIDE:
            c -= 1
        if c < 2 or doc[c].text != "," or doc[c - 1].lower_ != "and" or p.mention_of[c - 2] < 0:
            return []
        return self._listed_subjects(p, doc, c - 2, single=True)

    def _np_one(self, p: Parse, t: Any, depth: int) -> list[int]:
        found = super()._np_one(p, t, depth) or self._force_of_name(p, t) or self._shared_head(p, t)
        if t.lower_ in ("which", "whom") and t.i >= 4 and t.nbor(-1).lower_ == "of" and \
                t.nbor(-3).text == "," and (quantity := t.nbor(-2).lower_) in _QUANTIFIERS:
            # "A, B and C, all of which X arms": the whole list; "none of which": no one
            listed = self._listed_subjects(p, t.doc, t.i - 4, anywhere=True)
            return [] if _QUANTIFIERS[quantity] is None else listed if len(listed) > 1 else found
        if len(found) == 1 and t.lower_ == "whose" and t.i >= 2 and t.nbor(-1).text == ",":
            # "X and Y, whose armies fought Z": the list's (the verb agrees with the possessed noun)
            listed = self._subject_list_before(p, t.doc, t.i - 1)
            return listed if len(listed) > 1 and found[0] in listed else found
        if len(found) == 1 and t.lower_ in _RELATIVE_WORDS and t.i >= 2 and t.nbor(-1).text == ",":
            listed = self._subject_list_before(p, t.doc, t.i - 1)
            if len(listed) > 1 and found[0] in listed:
                # "X and Y, which has backed Z": the name right before the clause, wherever the parse hung it;
                # a verb that shows no number ("which seized Z") takes the list only if its names are of one
                # type ("X and Y, which mediated", two states; not "X and the Y Front, which seized Z")
                if self._singular_after(t) or not self._plural_after(t) and len(
                        {self._type_of(p.mentions[m]) for m in listed}) > 1:
                    return listed[-1:]
                return listed
            last = t.doc[t.i - 2]
            if (m := p.mention_of[last.i]) >= 0 and m != found[0] and self._singular_after(t) and (
                    self._conjunct_of(p, last, found[0]) or last.dep_ == "conj" and any(
                        c.dep_ == "cc" and c.lower_ == "and" for c in last.children)):
                return [m]  # "X, the leader of Y, and Z, who heads W": Z heads W, however the parse hung it
        return found

    def subjects(self, p: Parse, v: Any, depth: int = 0) -> list[int]:
        if self._none_subject(v):
            return []
        found = super().subjects(p, v, depth)
        if found and (listed := self._list_of_plural_root(p, v) or self._list_before_set_apart(p, v)):
            return list(dict.fromkeys(listed + found))
        return found or self._subject_with_companions(p, v)

    @staticmethod
    def _none_subject(v: Any) -> bool:
        """"A and B, none of which are backed by X", "neither has signed": a subject that names no one."""
        return any(c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ in ("none", "neither") for c in v.children)

    def _list_before_set_apart(self, p: Parse, v: Any) -> list[int]:
        """"A and B - but not C - signed Z" parsed with C as the subject of a verb coordinated with A: A's
        list (``loaders.contrast`` sets C apart)."""
        head = v.head
        if v.dep_ != "conj" or head.dep_ != "ROOT" or p.mention_of[head.i] < 0 or head.i > v.i:
            return []
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < v.i]
        k = subj[0].i - 1 if subj else -1
        if k > 0 and v.doc[k].lower_ == "the":
            k -= 1
        if k < 2 or v.doc[k].lower_ not in ("not", _SET_APART_STAND_IN) or v.doc[k - 1].lower_ != "but":
            return []
        return self.np(p, head)

    def _list_of_plural_root(self, p: Parse, v: Any) -> list[int]:
        """"Three groups - A, B and C - have signed Z" parsed as "three groups - A, B" and "and C have signed
        Z": the plural noun's list, when the verb's "and" stands right before its subject."""
        head = v.head
        if v.dep_ != "conj" or head.dep_ != "ROOT" or head.tag_ != "NNS" or p.mention_of[head.i] >= 0 \
                or not any(c.dep_ == "appos" for c in head.children):
            return []
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < v.i]
        cc = [c for c in v.children if c.dep_ == "cc" and c.lower_ == "and" and c.i < v.i]
        if not subj or not cc or not all(x.lower_ in ("the", "its", "their") for x in
                                         v.doc[cc[0].i + 1:subj[0].left_edge.i]) or cc[0].i > subj[0].i:
            return []
        return self.np(p, head)

    def _accused(self, p: Parse, v: Any) -> list[int]:
        """"X accuses Y and Z of arming W": every name of the list before "of", read by position."""
        found = super()._accused(p, v)
        if len(found) != 1:
            return found
        k = v.i - 2 - (1 if v.doc[v.i - 1].lower_ in ("having", "being") else 0)
        listed = self._listed_subjects(p, v.doc, k, single=True, anywhere=True)
        return listed if found[0] in listed else found

    def agents(self, p: Parse, v: Any) -> list[int]:
        """A passive's agents, without those of a passive coordinated after it ("backed by X and opposed by
        Y": Y opposes, the parse hangs "by Y" on "backed"), and with those the parse gave to the one before
        it ("opposed", read with no agent of its own)."""
        out = super().agents(p, v)
        later = [c for c in self._passive_conjuncts(v) if c.i > v.i]
        if later and out:
            theirs = {m for c in self._by_phrases(v) if c.i > later[0].i for m in self.np(p, c)}
            out = [m for m in out if m not in theirs]
        head = v.head
        if head.tag_ != "VBN" and head.dep_ in ("obl:agent", "obl"):
            head = head.head  # "backed by X and opposed by Y" with "opposed" hung on X
        if not out and v.dep_ == "conj" and v.tag_ == "VBN" and head.tag_ == "VBN" and head.i < v.i:
            nxt = [c for c in self._passive_conjuncts(head) if c.i > v.i]
            out = [m for c in self._by_phrases(head) if c.i > v.i and not (nxt and c.i > nxt[0].i)
                   for m in self.np(p, c)]
        return out

    def passive(self, v: Any) -> bool:
        return super().passive(v) or self._host_passive(v) is not None

    def patients(self, p: Parse, v: Any, depth: int = 0) -> list[int]:
        if self._none_subject(v):
            return []
        found = super().patients(p, v, depth)
        host = self._host_passive(v) if not found else None
        return self.patients(p, host, depth + 1) if host is not None and depth < 3 else found

    def _host_passive(self, v: Any) -> Any | None:
        """The passive a participle is coordinated with when the parse hangs it on that passive's agent
        ("Y is backed by X and opposed by W": "opposed" under X)."""
        head = v.head
        if v.tag_ != "VBN" or v.dep_ != "conj" or head.dep_ != "obl:agent" or head.i > v.i or any(
                c.dep_ in ("obj", "nsubj") for c in v.children):
            return None
        host = head.head
        return host if host.tag_ == "VBN" and super().passive(host) else None

    @staticmethod
    def _by_phrases(v: Any) -> list[Any]:
        return [c for c in v.children if c.dep_ == "obl:agent" or c.dep_ == "obl" and _case(c) == "by"]

    def _passive_conjuncts(self, v: Any) -> list[Any]:
        """Participles coordinated with the passive ``v``, hung on it or on one of its agents."""
        return sorted((c for x in (v, *self._by_phrases(v)) for c in x.children
                       if c.dep_ == "conj" and c.tag_ == "VBN"), key=lambda c: c.i)

    @staticmethod
    def _conjunct_of(p: Parse, t: Any, m: int) -> bool:
        """Whether ``t`` is a later conjunct of the word that names mention ``m``."""
        x = t
        for _ in range(4):
            if x.dep_ != "conj" or x.head.i >= x.i:
                return False
            x = x.head
            if p.mention_of[x.i] == m:
                return True
        return False

    # -- companions -----------------------------------------------------------------------------------
    def _subject_with_companions(self, p: Parse, v: Any) -> list[int]:
        """"X, together with Y, armed Z" parsed with the verb under the adverb and no subject: the sentence's
        opening name and its companions, read by position."""
        doc = v.doc
        if not _is_verbal(v) or v.tag_ == "VBG":
            return []
        j = v.i - 1
        while j > 0 and doc[j].tag_ in ("RB", "MD"):
            j -= 1
        if doc[j].text != ",":
            return []
        start = 0  # (the parser may split the sentence at the companion phrase: the parse is one sentence)
        for c in range(j - 1, max(start, j - 12), -1):
            if doc[c].text != "," or self._marker_at(doc, c + 1) is None or (m := p.mention_of[c - 1]) < 0:
                continue
            first = c - 1
            while first > start and p.mention_of[first - 1] == m:
                first -= 1
            if first > start and doc[first - 1].lower_ == "the":
                first -= 1
            if first != start:
                return []
            names = self._companions_after(p, doc, c)
            return [m, *names] if names and self._type_of(self.mentions[m]) in _ACTORS else []
        return []

    def _companions(self, p: Parse, tok: Any, out: list[int]) -> list[int]:
        """The names joined to the subject ``tok`` by "along with" and the like, set between the subject
        and its verb or fronted before the subject."""
        doc = tok.doc
        m = p.mention_of[tok.i]
        end = tok.i
        while end + 1 < len(doc) and m >= 0 and p.mention_of[end + 1] == m:
            end += 1
        found = self._companions_after(p, doc, end + 1)
        start = tok.left_edge.i if m < 0 else tok.i
        while start > 0 and m >= 0 and p.mention_of[start - 1] == m:
            start -= 1
        if start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
        found += self._companions_fronted(p, doc, start)
        actor = any(self._type_of(self.mentions[x]) in _ACTORS for x in out)
        return [x for x in found if actor and self._type_of(self.mentions[x]) in _ACTORS]

    def _companions_after(self, p: Parse, doc: Any, k: int) -> list[int]:
        """"X, along with Y, brokered ...", "X together with Y armed ...": the companions read from word
        ``k`` (right after the subject), if a verb follows them."""
        comma = k < len(doc) and doc[k].text == ","
        j = k + 1 if comma else k
        marker = self._marker_at(doc, j)
        if marker is None or marker in _COMMA_ONLY and not comma:
            return []
        names, j = self._names_from(p, doc, j + len(marker))
        if not names or comma and (j >= len(doc) or doc[j].text != ","):
            return []
        while j < len(doc) and (doc[j].tag_.startswith(_BEFORE_VERB_TAGS) or doc[j].dep_ in ("aux", "cop")
                                and doc[j].tag_.startswith("VB")):
            if doc[j].dep_ in ("aux", "cop"):
                return names  # "X, along with Y, has ...", "X, along with Y, is a member of Z"
            j += 1
        return names if j < len(doc) and _is_verbal(doc[j]) and doc[j].tag_ != "VBG" else []

    def _companions_fronted(self, p: Parse, doc: Any, start: int) -> list[int]:
        """"Along with Y, X has funded Z": the companions of a sentence's opening phrase, whose comma comes
        right before the subject at ``start``."""
        marker = self._marker_at(doc, 0)  # (the parse is one sentence: it opens the sentence)
        if marker is None or marker == ("as", "well", "as"):
            return []  # ("As well as Y, X fought Z": Y may be what X fought besides Z)
        names, j = self._names_from(p, doc, len(marker))
        return names if names and j == start - 1 and doc[j].text == "," else []

    @staticmethod
    def _marker_at(doc: Any, j: int) -> tuple[str, ...] | None:
        if j >= len(doc) or doc[j].lower_ not in _MARKER_STARTS:
            return None
        for marker in _COMPANION_MARKERS:
            if j + len(marker) <= len(doc) and tuple(w.lower_ for w in doc[j:j + len(marker)]) == marker:
                return marker
        return None

    @staticmethod
    def _names_from(p: Parse, doc: Any, j: int) -> tuple[list[int], int]:
        """The names of a list read by position from word ``j``, and where the list ends."""
        names: list[int] = []
        while j < len(doc):
            m = p.mention_of[j]
            if m >= 0:
                if m not in names:
                    names.append(m)
                j += 1
            elif doc[j].lower_ in _GLUE and j + 1 < len(doc) and (
                    p.mention_of[j + 1] >= 0 or doc[j + 1].lower_ in _GLUE - {","}):
                j += 1
            else:
                break
        return names, j

    # -- lists before a relative clause ---------------------------------------------------------------
    def _subject_list_before(self, p: Parse, doc: Any, comma: int) -> list[int]:
        """The names of a list that ends right before the comma at ``comma`` and that stands where a
        clause's subject stands (the sentence's start, after a comma or "both"), read by position."""
        return self._listed_subjects(p, doc, comma - 1)

    @staticmethod
    def _listed_subjects(p: Parse, doc: Any, j: int, single: bool = False,
                         anywhere: bool = False) -> list[int]:
        """The names of a list that ends at word ``j`` where a clause's subject stands, read by position
        (with ``single``, one name is a list too; with ``anywhere``, wherever the list stands)."""
        end = j
        out: list[int] = []
        while j >= 0 and (m := p.mention_of[j]) >= 0:
            while j > 0 and p.mention_of[j - 1] == m:
                j -= 1
            out.append(m)
            k = j - 1
            if k >= 0 and doc[k].lower_ in ("the", "its", "their"):
                k -= 1
            if k >= 0 and doc[k].lower_ == "and":
                k -= 1
            elif k >= 1 and doc[k].text == "," and p.mention_of[k - 1] >= 0:
                pass
            else:
                j = k
                break
            if k >= 0 and doc[k].text == ",":
                k -= 1
            j = k
        if not single and (len(out) < 2 or not any(doc[x].lower_ == "and" for x in range(max(j, 0), end))):
            return []
        before = doc[j] if j >= 0 and not anywhere else None
        if before is not None and not (before.text in (",", ";", ":") or before.lower_ == "both"
                                       or before.i == before.sent.start and before.lower_ == "the"):
            return []
        return list(dict.fromkeys(reversed(out)))

    @staticmethod
    def _plural_after(t: Any) -> bool:
        """Whether the verb after the relative word agrees with several subjects ("which back", "who are")."""
        for x in t.doc[t.i + 1:t.i + 4]:
            if x.tag_ != "RB":
                return x.tag_ == "VBP" or x.lower_ in ("are", "were", "have", "do")
        return False

    @staticmethod
    def _singular_after(t: Any) -> bool:
        """Whether the verb after the relative word agrees with one subject only."""
        doc = t.doc
        for x in doc[t.i + 1:t.i + 4]:
            if x.tag_ == "RB":
                continue
            return x.tag_ == "VBZ" or x.lower_ in _SINGULAR_FORMS
        return False

    # -- a list split around its predicate --------------------------------------------------------------
    def _split_list_subject(self, p: Parse, tok: Any) -> list[int]:
        """"X and Y are members of Z" parsed as X, the root, with the predicate as its conjunct and Y as the
        predicate's subject: X, when only names and their glue stand between X and Y."""
        pred = tok.head
        if tok.dep_ not in ("nsubj", "nsubj:pass") or pred.dep_ != "conj" or pred.i < tok.i:
            return []
        first = pred.head
        if first.dep_ != "ROOT" or p.mention_of[first.i] < 0 or first.i > tok.i:
            return []
        if not any(c.dep_ == "cc" and c.lower_ == "and" and first.i < c.i < tok.i for c in pred.children):
            return []
        between = tok.doc[first.i + 1:tok.i]
        if not all(p.mention_of[x.i] >= 0 or x.lower_ in _GLUE for x in between):
            return []
        return list(dict.fromkeys(m for x in tok.doc[first.i:tok.i] if (m := p.mention_of[x.i]) >= 0))
