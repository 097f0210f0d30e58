"""References: nominals ("the regime", "the movement"), pronouns ("it", "its", "his") and their antecedents.

A mixin of ``loaders.resolve.Resolver``: it reads the resolver's mentions and
clusters and joins each reference to the entity it stands for.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from pactgraph.loaders.lexicon import ACTING_VERBS, LEADER_ROLES, MEMBER_ROLES
from pactgraph.loaders.mentions import Mention
from pactgraph.loaders.pronoun_chains import PronounChains
from pactgraph.loaders.reference_clauses import ReferenceClauses
from pactgraph.loaders.reference_hints import ReferenceHints
from pactgraph.ontology.statements import normalise

if TYPE_CHECKING:
    from pactgraph.loaders.clusters import Cluster

#: Nominals that name armed men: an armed group's, never a body's ("X sent advisers to train Y's army
#: against the militants").
_ARMED_MEN = frozenset({"militants", "insurgents", "guerrillas", "separatists", "paramilitaries", "rebels"})
#: "for X by its ...", "on behalf of X by its ...": the side a signatory signs for.
_FOR_BY = re.compile(r"\b(?:for|on\s+behalf\s+of)\s+(?:the\s+)?$", re.I)
_COORDINATED = re.compile(r"(\S+)(?:\s+(?:government|regime|army|military|forces|authorities))?\s+and\s+$")
_OF_TITLE = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\.?\s+){0,2}")


#: "X is one of its ...", "X has long been their ...": a possessive in the complement of a copula.
_COPULA_BEFORE = re.compile(r"\b(?:is|are|was|were|remains?|became|has\s+(?:long\s+)?been|have\s+been)\s+"
                            r"(?:one\s+of\s+|also\s+|now\s+|still\s+)?$")
_RELATION_NOUN_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}?(?:ally|allies|backers?|suppliers?|sponsors?|"
                                  r"patrons?|partners?|enemy|enemies|rivals?|foes?|proxies|proxy)\b")


_AGREEMENT_PART_AFTER = re.compile(r"\s+(?:terms|provisions|clauses|signatories|signing|implementation|"
                                   r"text|first\s+phase|second\s+phase|guarantors|mediators)\b")


_AGREEMENT_VERB_AFTER = re.compile(r"\s+(?:also\s+)?(?:requires|commits|obliges|provides\s+for|calls\s+for|"
                                   r"sets\s+up|freezes|took\s+effect|came\s+into\s+force|entered\s+into\s+force|"
                                   r"was\s+signed|is\s+due\s+to\s+(?:take\s+effect|expire)|expires|"
                                   r"applies\s+to|covers)\b")


_STATE_WORD_AFTER = re.compile(r"\s+(?:government|regime|army|military|junta|authorities|administration|"
                               r"navy|forces|troops)\b")


#: A person's role after a possessive ("its new foreign minister"): an actor's, never an agreement's.
_PERSON_ROLE_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + "|".join(
    sorted((re.escape(r) for r in LEADER_ROLES | MEMBER_ROLES), key=len, reverse=True)) + r")\b")
#: Between a body's name and an alliance in apposition to it: ", the Russian-led " (before "alliance").
_LED_APPOSITION = re.compile(r"\)?,\s+(?:an?|the)\s+(?:[a-z]+\s+)?[\w'’.-]+-led\s+(?:[a-z-]+\s+){0,2}")
#: "His Excellency", "Her Majesty": a style of address, the person named after it, no pronoun.
_STYLE_AFTER = re.compile(r"\s+(?:Excellency|Excellencies|Majesty|Highness|Holiness|Eminence)\b")
_IN_STATE_OPENING = re.compile(r"\s*(?:In|Inside|Across)\s+(?:neighbouring\s+|neighboring\s+)?")


#: Where one clause ends and the next begins: "; ", ": ", ", while", ", but", "whereas", ", and Y".
_CLAUSE_CUT = re.compile(r"[;:]\s+|,\s+(?:while|whereas|but)\s+|\s(?:while|whereas)\s+|"
                         r",\s+(?:and|but)\s+(?=[A-Z])")  # ", and Y ... has": a new subject's clause


#: A pronoun that is the object of a preposition or the subject of a relative clause ("bound by it",
#: "which it accuses"): never its own clause's subject.
_OBJECT_BEFORE = re.compile(r"\b(?:which|that|whom|by|for|to|with|on|of|against|from|in|at|into|over|about)"
                            r"\s+$", re.IGNORECASE)


#: What stands after an object pronoun ("sold it fighters", "denies it.", "calling it a ...").
_OBJECT_AFTER = re.compile(r"\s*(?:[.,;:)!?\u201d\"]|[A-Z0-9]|(?:a|an|the|as|in|on|at|with|from|into|over|"
                           r"for|by|out|up|back|off|down|away|since|until|during|again|last|and|but)\b)")
_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")
#: Words before a pronoun that are no verb taking it as object: conjunctions, complementisers, speech verbs.
_NOT_VERBS = frozenset({"that", "and", "but", "or", "if", "when", "while", "because", "since", "before",
                        "after", "until", "as", "which", "whom", "who", "so", "than", "what", "how", "why",
                        "whether", "unless", "though", "although", "once", "said", "says", "say", "to", "by",
                        "for", "with", "on", "of", "against", "from", "in", "at", "into", "over", "about",
                        "then", "now", "yet", "where", "whereas", "nor"})


_ACTS_ON = re.compile(rf"[^.;]{{0,40}}?\b{ACTING_VERBS}\s+(?:the\s+)?$")


def _clause_subject(body: str, x: Mention, m: Mention) -> bool:
    """Whether ``x`` is the subject of the copula whose complement holds the pronoun ``m``."""
    between = body[x.end:m.start]
    return "," not in between and len(between) < 40


class References(ReferenceHints, PronounChains, ReferenceClauses):
    """Nominal and pronoun resolution over a resolver's mentions and clusters."""

    mentions: list[Mention]
    clusters: list[Cluster]
    body: str
    #: Per document, for ``nominal``: mentions counted so far by entity, up to which index, and the
    #: words of each cluster's aliases (see ``_tally_before`` and ``_alias_words``).
    _tally: dict[int, list[int]]
    _tallied: int
    _alias_cache: dict[int, tuple[list[str], int, set[str]]]

    if TYPE_CHECKING:  # the resolver's (loaders.resolve.Resolver)
        def cluster(self, key: str, m: Mention) -> Cluster: ...

        def join(self, m: Mention, k: int) -> None: ...

    def nominal(self, m: Mention, home: int | None) -> None:
        word = m.name
        cls = m.form
        if cls == "body":
            return self.body_nominal(m)  # "the council": the named council the text is about
        if cls == "state":
            nxt = self.mentions[m.index + 1] if m.index + 1 < len(self.mentions) else None
            if nxt is not None and nxt.entity >= 0 and self.clusters[nxt.entity].type == "State" and \
                    re.fullmatch(r"\s+in\s+", self.body[m.end:nxt.start]):
                self.join(m, nxt.entity)  # "the government in Z": the state ruled from Z
                return
            named = self._named_in_apposition(m)
            if named is not None:
                self.join(m, named)  # "the AFRC, the junta of former army officers": the body just named
                return
            local = self._sentence_state(m)
            if local is None:
                local = self._persons_state(m)
            if local is not None:
                home = local  # "In Sudan, the RSF have been fighting the army": that state's army
            elif m.text[:1].isupper() and (named := self._full_form_before(m)) is not None:
                home = named  # "the Government of X ... the Government": the full form named before
            elif home is not None and self._acts_on_it(home, m):
                return  # "Moscow and Tehran back the regime ...": not either of them; better unresolved
            if home is not None:
                self.join(m, home)
                self.clusters[home].aliases.append(word)
                # "the regime of President Bashar al-Assad" is also "the Assad regime"
                nxt = self.mentions[m.index + 1] if m.index + 1 < len(self.mentions) else None
                if nxt is not None and nxt.entity >= 0 and self.clusters[nxt.entity].type == "Person" and \
                        _OF_TITLE.fullmatch(self.body[m.end:nxt.start]):
                    surname = re.split(r"[\s-]", nxt.text)[-1]
                    self.clusters[home].aliases.append(f"{surname} {word}")
            return
        if (called := self._named_after(m)) is not None:
            self.join(m, called)  # "the militants, known locally as X": the name given after it
            return
        # appositive: "X, a coalition of ..." is X
        prev = self.mentions[m.index - 1] if m.index > 0 else None
        # "the X Alliance of President Y, an alliance" is no man; "On Z, the rebels now ...": armed men are
        # no place and no state
        unfit = ("Person", "State", "Place") if cls == "rebels" or word in _ARMED_MEN else ("Person",)
        if prev is not None and prev.entity >= 0 and re.fullmatch(
                r"\)?,\s+(?:an?|the)\s+(?:[\w'-]+\s+){0,3}", self.body[prev.end:m.start]) and \
                self.body[m.end:m.end + 2] not in ("'s", "’s") and \
                self.clusters[prev.entity].type not in unfit:
            # (not "X, the group's spokesman": the group whose role X holds is another)
            self.join(m, prev.entity)
            return
        if cls == "coalition":
            nxt = self.mentions[m.index + 1] if m.index + 1 < len(self.mentions) else None
            if nxt is not None and nxt.kind == "name" and nxt.entity >= 0 and \
                    self.clusters[nxt.entity].type in ("ArmedGroup", "Organization") and \
                    re.fullmatch(r",\s+(?:the\s+)?", self.body[m.end:nxt.start]):
                self.join(m, nxt.entity)  # "a new umbrella, the X Organisation": the name in apposition
                return
            # "X, the Y-led alliance": the named body itself (not a coalition of its own)
            for x in reversed(self.mentions[max(0, m.index - 2):m.index]):
                if x.entity >= 0 and x.kind in ("name", "gaz") and \
                        self.clusters[x.entity].type in ("ArmedGroup", "Organization") and \
                        _LED_APPOSITION.fullmatch(self.body[x.end:m.start]):
                    self.join(m, x.entity)
                    return
            before = self.body[max(0, m.start - 40):m.start]
            for x in reversed(self.mentions[:m.index]):
                c = self.clusters[x.entity] if x.entity >= 0 else None
                if c and (c.key.startswith("coal:") or (c.names and c.names[0].split()[-1].lower() == word)):
                    if "-led" in before[-8:] and c.key.startswith("coal:"):
                        break
                    self.join(m, x.entity)
                    return
            led = re.search(r"(\S+)-led\s+$", before)
            named = self._coalition_named(m, prev, led is not None)
            if named is not None:
                self.join(m, named)
                self.clusters[named].aliases.append(word)
                return
            if not led and re.search(r"\ban?\s+$", before):
                # "an alliance of three armed groups ... The Three Brotherhood Alliance": named later
                for x in self.mentions[m.index + 1:]:
                    c = self.clusters[x.entity] if x.entity >= 0 else None
                    if x.kind == "name" and c is not None and c.type in ("ArmedGroup", "Organization") \
                            and x.text.split()[-1].lower() == word:
                        self.join(m, x.entity)
                        return
            name = f"{led.group(1)}-led {word}" if led else word
            c = self.cluster(f"coal:{normalise(name)}#{m.index}", m)
            c.type = "ArmedGroup"
            c.names.append(name)
            c.aliases.append(word)
            c.generic = not led
            return
        # the most salient fitting group before: every mention before counts once, twice in this
        # sentence or the one before, and more when its group's name ends in the word
        counts: Counter[int] = Counter()
        last_seen: dict[int, int] = {}
        tally = self._tally_before(m)
        recent = Counter(x.entity for x in self._recent_before(m) if x.entity >= 0 and x.kind != "pronoun")
        for entity, (seen, last) in tally.items():
            c = self.clusters[entity]
            if cls == "org" and c.type != "Organization":
                continue  # "the mission" is a body of states, not an armed group
            if (cls == "rebels" or word in _ARMED_MEN) and c.type != "ArmedGroup":
                continue  # "the rebels" (see ``Resolver.groups``), "the militants": armed men, not a body
            if cls == "group" and c.gaz_id is not None and c.type == "Organization" and not (
                    c.names and c.names[0].split()[-1].lower() == word):
                continue  # "the group", "the movement": an armed or political group, not a body of states
            if c.type in ("ArmedGroup", "Organization") and not c.generic:
                score = seen + recent[entity]
                last_seen[entity] = last
                if self._headed_by(c, word) or word in self._alias_words(entity):
                    score += 3 * seen  # "the mission": ATMIS, the "... Transition Mission in Somalia"
                if cls == "org" and c.type == "Organization":
                    score += 2 * seen
                counts[entity] = score
        if (topic := self._topic(m)) in counts:
            counts[topic] += 2  # the subject the text is talking about (``loaders.reference_clauses``)
        # "ISKP, a regional affiliate of the group": not the affiliate itself, and most likely the group
        # whose name the affiliate's carries ("Islamic State Khorasan Province")
        head = self._appositive_head(m)
        if head is not None:
            counts.pop(head.entity, None)
            full = (self.clusters[head.entity].names or [head.text])[0].lower()
            for k in counts:
                names = self.clusters[k].names
                if names and full.startswith(names[0].lower() + " "):
                    counts[k] += 5
        # "the al-Qaeda-linked group", "the Iran-backed movement": never the actor of its own descriptor
        prev = self.mentions[m.index - 1] if m.index > 0 else None
        if prev is not None and prev.entity in counts and re.fullmatch(
                r"-[a-z]+(?:ed|ing)\s+(?:[a-z][\w-]*\s+){0,2}", self.body[prev.end:m.start]):
            del counts[prev.entity]
        if counts:
            best = max(self._prefer_headed(counts, word), key=lambda k: (counts[k], last_seen[k]))
            self.join(m, best)
            self.clusters[best].aliases.append(word)

    def _tally_before(self, m: Mention) -> dict[int, list[int]]:
        """Each entity's count of mentions before ``m`` (pronouns left out), and its last one's index.

        Nominals are resolved in text order and each one sets only its own entity, so the tally is
        kept from one nominal to the next and only the mentions between them are added: counting all
        mentions before every nominal was quadratic, and most of a long document's time.
        """
        tally = self._tally
        done = self._tallied
        if m.index < done:  # asked out of text order: count again from the start
            tally.clear()
            done = 0
        for x in self.mentions[done:m.index]:
            if x.entity >= 0 and x.kind != "pronoun":
                seen = tally.get(x.entity)
                if seen is None:
                    tally[x.entity] = [1, x.index]
                else:
                    seen[0] += 1
                    seen[1] = x.index
        self._tallied = m.index
        return tally

    def _alias_words(self, entity: int) -> set[str]:
        """The lower-cased words of a cluster's aliases of more than one word.

        Aliases are only ever appended to, so the words of the new ones are added to those already
        read, instead of splitting every alias again for every mention before every nominal.
        """
        aliases = self.clusters[entity].aliases
        cache = self._alias_cache
        held = cache.get(entity)
        if held is None or held[0] is not aliases or held[1] > len(aliases):
            held = (aliases, 0, set())
        words = held[2]
        for a in aliases[held[1]:]:
            if " " in a:
                words.update(a.lower().split())
        cache[entity] = (aliases, len(aliases), words)
        return words

    def _recent_before(self, m: Mention) -> list[Mention]:
        """The mentions before ``m`` in its sentence and the one before."""
        return self._sentence_before(m, m.sent - 1) + self._sentence_before(m, m.sent)

    def _sentence_before(self, m: Mention, sent: int) -> list[Mention]:
        """The mentions of sentence ``sent`` (``m``'s or an earlier one) that come before ``m``.

        Mentions are in text order and sentences do not overlap, so one sentence's mentions are
        contiguous: they are found by walking back from ``m``, not by reading every mention before it.
        """
        ms = self.mentions
        hi = m.index
        while hi > 0 and ms[hi - 1].sent > sent:
            hi -= 1
        lo = hi
        while lo > 0 and ms[lo - 1].sent == sent:
            lo -= 1
        return ms[lo:hi]

    def _appositive_head(self, m: Mention) -> Mention | None:
        """The name an appositive that holds ``m`` describes ("X (ACR), a branch of the group")."""
        for x in reversed(self._sentence_before(m, m.sent)):
            if x.kind == "name" and x.entity >= 0:
                gap = self.body[x.end:m.start]
                if re.fullmatch(r"\)?(?:\s*\([^()]{1,20}\))?,\s+(?:an?|the|its)\s+[^,;§]{0,60}?\b(?:of|in)\s+"
                                r"(?:the\s+)?", gap):
                    return x
                if "," in gap:
                    return None
        return None

    def _acts_on_it(self, state: int, m: Mention) -> bool:
        """Whether ``state`` is the subject of the clause whose object is the nominal ``m``."""
        for x in self._sentence_before(m, m.sent):
            if x.entity == state and x.kind in ("gaz", "name") and \
                    _ACTS_ON.match(self.body, x.end, m.start):
                return True
        return False

    def _sentence_state(self, m: Mention) -> int | None:
        """The state a sentence opens on ("In Sudan, ..."), when it does."""
        for x in self._sentence_before(m, m.sent):
            if x.entity >= 0 and self.clusters[x.entity].type == "State" and x.kind == "gaz" and \
                    _IN_STATE_OPENING.fullmatch(self.body, self._sentence_start(x), x.start) and \
                    self.body[x.end:x.end + 1] == ",":
                return x.entity
            return None
        return None

    def _own_clause_first(self, fitting: list[Mention], m: Mention) -> Mention:
        """The first of ``fitting`` in the nearest clause before ``m`` that holds one: the subject of the
        pronoun's own clause ("X must withdraw, while Y must pull its fighters back" is Y's), else of the
        clause before it, else the sentence's first."""
        last = m.start
        for cut in reversed(list(_CLAUSE_CUT.finditer(self.body, fitting[0].end, m.start))):
            inside = [x for x in fitting if cut.end() <= x.start < last]
            if inside:
                return inside[0]
            last = cut.start()
        return fitting[0]

    def _sentence_start(self, x: Mention) -> int:
        dot = max(self.body.rfind(". ", 0, x.start), self.body.rfind("\n", 0, x.start))
        return dot + 2 if dot >= 0 and self.body[dot] == "." else dot + 1

    def pronoun(self, m: Mention) -> None:
        if m.form == "he":
            self.personal(m)
            return
        if m.form in ("former", "latter"):
            self.ordinal(m)
        if m.form not in ("it", "they"):
            return
        if (deal := self._agreement_object(m)) >= 0:
            self.join(m, deal)  # "X signed it", "Y has broken it": the agreement (``reference_clauses``)
            return
        ms = self.mentions
        # "Under its terms", "its signatories": the agreement the text last named
        # "It requires both sides to ...": what only an agreement does, the agreement just named
        terms = m.form == "it" and _AGREEMENT_VERB_AFTER.match(self.body, m.end)
        if _AGREEMENT_PART_AFTER.match(self.body, m.end) or terms:
            for k in range(m.index - 1, -1, -1):
                x = ms[k]
                if terms and x.sent < m.sent - 1:
                    break
                if x.entity >= 0 and self.clusters[x.entity].type == "Agreement":
                    self.join(m, x.entity)
                    return
        same = [x for x in self._sentence_before(m, m.sent) if x.entity >= 0]
        role_after = _PERSON_ROLE_AFTER.match(self.body, m.end) is not None

        def fits(x: Mention, possessor: bool = False) -> bool:
            c = self.clusters[x.entity]
            if c.type in ("Person", "Place") or (x.kind == "pronoun" and not self._opens_sentence(x, m)):
                return False
            if c.type == "Agreement" and role_after:
                return False  # "a deal brokered by X after shuttle diplomacy by its foreign minister"
            if m.form == "they" and c.type not in ("ArmedGroup", "Organization") and not x.text.endswith("s"):
                return False
            after = self.body[x.end:x.end + 2]
            if after.startswith("-") or (not possessor and after.startswith(("'s", "’s"))):
                return False
            # "an Iraqi militia" is no antecedent; "the Valdorian junta" is the state
            return not (x.kind == "gaz" and x.form == "demonym"
                        and self.body[x.end:x.end + 2].strip()[:1].islower()
                        and not _STATE_WORD_AFTER.match(self.body, x.end))

        # "China is one of its main arms suppliers": the clause's subject is not its own supplier
        if _COPULA_BEFORE.search(self.body, max(0, m.start - 30), m.start) and \
                _RELATION_NOUN_AFTER.match(self.body, m.end):
            same = [x for x in same if not _clause_subject(self.body, x, m)]
        candidates: list[Mention] = []
        coordinated = _COORDINATED.search(self.body[max(0, m.start - 40):m.start])
        if same and _FOR_BY.search(self.body, max(0, same[-1].start - 20), same[-1].start) and \
                re.fullmatch(r"\s+by\s+", self.body[same[-1].end:m.start]) and fits(same[-1]):
            candidates = [same[-1]]  # "signed for the Government by X, and for the Front by its commander"
        elif same and coordinated and "," not in coordinated.group(0) and \
                same[-1].end >= m.start - len(coordinated.group(0)) and fits(same[-1]):
            candidates = [same[-1]]  # "the Kabul government and its backers"
        elif same:
            fitting = [x for x in same if fits(x, possessor=True)]
            if fitting:
                # (an object "by it", "which it accuses" is not its clause's subject: left as it was)
                first = fitting[0] if _OBJECT_BEFORE.search(self.body, max(0, m.start - 12), m.start) and \
                    m.text.lower() in ("it", "they") else self._own_clause_first(fitting, m)
                relative = re.match(r",?\s+(?:which|who)\b[^,;]*", self.body[first.end:m.end + 1])
                if relative and first.end + relative.end() >= m.end:
                    # "Istrania, which has supplied it": not the head of the clause it sits in
                    candidates = [x for x in reversed(fitting) if x is not first]
                else:
                    candidates = [first]
        subject = self._local_subject(same, m) if candidates and self._verb_object(m) else None
        if subject is not None and candidates[0].entity == subject:
            # "Valdoria has armed it", "Syria has welcomed it": a verb's object is not its own subject; the
            # sentence's first other actor, else the main-clause actor of the sentence before
            candidates = [x for x in same if x.entity != subject and fits(x, possessor=True)][:1]
            if not candidates:
                previous = [x for x in self._sentence_before(m, m.sent - 1) if x.entity >= 0 and fits(x)
                            and x.entity != subject]
                candidates = self._main_clause(previous)[:1]
            if not candidates:
                return
        if not candidates:
            previous = [x for x in self._sentence_before(m, m.sent - 1) if x.entity >= 0 and fits(x)]
            candidates = self._main_clause(previous)[:1]
        if candidates:
            self.join(m, candidates[0].entity)

    def _local_subject(self, same: list[Mention], m: Mention) -> int | None:
        """The actor nearest before ``m`` in its clause with no comma between: the subject of its verb."""
        start = self._sentence_start(m)
        for cut in _CLAUSE_CUT.finditer(self.body, start, m.start):
            start = cut.end()
        for x in reversed(same):
            if x.start < start:
                return None
            if x.entity >= 0 and "," not in self.body[x.end:m.start]:
                return self._clause_subject_of(same, x, m, start)
        return None

    def _verb_object(self, m: Mention) -> bool:
        """Whether the pronoun ``m`` ("it") is a verb's object: a verb before it and no predicate after."""
        if m.text != "it":
            return False
        before = _WORD_BEFORE.search(self.body, max(0, m.start - 30), m.start)
        return before is not None and before.group(1) not in _NOT_VERBS and \
            _OBJECT_AFTER.match(self.body, m.end) is not None

    def personal(self, m: Mention) -> None:
        """"his"/"her": the last person named in the sentence, else the one person of the sentence before."""
        if _STYLE_AFTER.match(self.body, m.end):
            # "His Excellency President Anton Brel": the person the style is given to, if named right after
            nxt = self.mentions[m.index + 1] if m.index + 1 < len(self.mentions) else None
            if nxt is not None and nxt.entity >= 0 and self.clusters[nxt.entity].type == "Person" and \
                    nxt.start - m.end < 40 and nxt.sent == m.sent and \
                    not re.search(r"[,;]", self.body[m.end:nxt.start]):
                self.join(m, nxt.entity)
            return
        same = [x for x in self._sentence_before(m, m.sent) if x.entity >= 0 and x.kind != "pronoun"]
        people = [x for x in same if self.clusters[x.entity].type == "Person"]
        # a one-word name that may be a person ("Assad fled ... his backer") leaves "his" open
        if any(x.kind == "name" and " " not in x.text and self.clusters[x.entity].type == "ArmedGroup"
               and (not people or x.index > people[-1].index) for x in same):
            return
        if not people:
            before = [x for x in self._sentence_before(m, m.sent - 1) if x.entity >= 0
                      and x.kind != "pronoun"]
            persons = {x.entity for x in before if self.clusters[x.entity].type == "Person"}
            if len(persons) == 1 and self.clusters[before[0].entity].type == "Person":
                self.join(m, persons.pop())
            return
        self.join(m, people[-1].entity)

    def _main_clause(self, mentions: list[Mention]) -> list[Mention]:
        """Mentions of a sentence, its main clause first ("Left exposed when X left, Y turned ...")."""
        if not mentions:
            return mentions
        first = mentions[0]
        dot = max(self.body.rfind(". ", 0, first.start), self.body.rfind("\n", 0, first.start))
        start = dot + 1 if dot >= 0 else 0
        opening = self.body[start:first.start].strip().split(" ")[0].lower() if first.start > start else ""
        # (a list item's bullet, "- X ..." or "• X: ...", opens no clause of its own)
        if opening and opening not in ("the", "a", "an", "but", "and", "so", "its", "their",
                                       "-", "•", "–", "*"):
            comma = self.body.find(", ", start)
            # "On one side is X, which holds Y": a relative clause after the comma is not the main one
            if comma > 0 and not re.match(r",\s+(?:which|who|whose|where|when)\b",
                                          self.body[comma:comma + 10]):
                later = [x for x in mentions if x.start > comma]
                return later + [x for x in mentions if x.start <= comma]
        return mentions
