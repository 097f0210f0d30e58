"""Mentions: the spans of a document that name or refer to an entity.

Found in one walk over the tokens of each sentence:

* gazetteer forms (states and international bodies, their aliases, demonyms
  and capitals), longest first;
* capitalised runs ("Hayat Tahrir al-Sham", "Organisation for Security and
  Co-operation in Europe"), with titles split off ("President") and typed by
  their head word or their context (persons, places, armed groups);
* acronyms, agreements ("the Sochi [truce] deal", "a fragile truce"),
  zones ("a buffer zone"), descriptive groups ("anti-Assad rebels") and
  nominal references ("the regime", "the movement", "its").

Each mention keeps its character span in the body, so evidence offsets are exact.

The walker is built from mixins: ``loaders.noun_phrases`` (agreements, zones, groups, nominal
references), ``loaders.names`` (gazetteer forms and names, typed) and ``loaders.capitalised``
(capitalised runs, split into titles and names); its word lists are in ``loaders.mention_words``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from pactgraph.loaders import lexicon as lx
from pactgraph.loaders.agreement_sides import PERSON_PAIR_NOUNS, person_pair_start
from pactgraph.loaders.borders import BORDER_NOUNS, Borders
from pactgraph.loaders.capitalised import _gaz_index, _Index, _Runs
from pactgraph.loaders.mention_words import (
    _ACTOR_COMPOUNDS,
    _CAPITALISED_AGREEMENTS,
    _COMPASS_NOUNS,
    _ORDINAL,
    _PARTICLES,
    _PRONOUNS,
    _UNIT_HEADS,
)
from pactgraph.loaders.noun_phrases import COMPOSED_HEADS, GROUP_NOUNS, NOMINAL_HEADS, is_cap
from pactgraph.loaders.openers import MONTHS, numbered_unit
from pactgraph.loaders.pair_words import PAIR_NOUNS
from pactgraph.loaders.reference_clauses import ordinal_reference
from pactgraph.loaders.text import DATELINE, Sentence

#: The kinds of armed men a hold is named by ("rebel-held Z", "jihadist-held Z"), and the group they make.
_HELD_BY_KIND = {"rebel": "rebels", "separatist": "separatists", "insurgent": "insurgents",
                 "guerrilla": "guerrillas", "jihadist": "jihadists", "militant": "militants"}
_HOLD_PARTICIPLES = frozenset({"held", "controlled", "occupied", "run", "dominated"})


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    sent: int
    kind: str  # gaz | name | person | agreement | zone | group | nominal | pronoun
    type: str | None = None
    gaz_id: str | None = None
    form: str | None = None  # gazetteer form; agreement kind; nominal class
    title: str = ""  # words before a person's name ("Turkish President")
    name: str = ""  # the canonical reading ("Sochi deal", "anti-Assad rebels")
    aliases: list[str] = field(default_factory=list)
    other: bool = False  # an agreement marked as a different one ("an earlier truce")
    place: int = 0  # votes: > 0 place, < 0 actor
    person: int = 0
    entity: int = -1
    index: int = -1
    #: a name before a hyphen left hanging: "Norland- and Ostmark-backed" (``openers.hanging_names``)
    hanging: bool = False


class _Walker(_Runs, Borders):
    """Finds the mentions of one document; holds per-document state only."""

    def __init__(self, body: str, tokens: list, sentences: list[Sentence], gazetteer: object | None,
                 date: str | None) -> None:
        self.body = body
        self.tokens = tokens
        self.sentences = sentences
        self.index = _gaz_index(gazetteer) if gazetteer is not None else _Index({}, frozenset(), {})
        self.lower_words = {t.text for t in tokens if t.text.islower()}
        self.title_words: set[str] = {t.text for t in tokens if t.text.istitle()}
        self.mentions: list[Mention] = []
        self.date = date

    # -- helpers -------------------------------------------------------------------------
    def span(self, i: int, j: int) -> tuple[int, int]:
        return self.tokens[i].idx, self.tokens[j - 1].idx + len(self.tokens[j - 1].text)

    def text(self, i: int, j: int) -> str:
        a, b = self.span(i, j)
        return self.body[a:b]

    def tok(self, i: int) -> str:
        return self.tokens[i].text if 0 <= i < len(self.tokens) else ""

    def glued(self, i: int) -> bool:
        """Token i follows token i-1 with no space between."""
        return i > 0 and not self.tokens[i - 1].whitespace_

    def add(self, i: int, j: int, sent: int, kind: str, **kw) -> Mention:
        a, b = self.span(i, j)
        m = Mention(a, b, self.body[a:b], sent, kind, **kw)
        self.mentions.append(m)
        return m

    # -- the walk ------------------------------------------------------------------------
    def run(self) -> list[Mention]:
        for s in self.sentences:
            self.sentence(s)
        self.mentions.sort(key=lambda m: m.start)
        for k, m in enumerate(self.mentions):
            m.index = k
        return self.mentions

    def sentence(self, s: Sentence) -> None:
        i, last = s.first, s.last
        dateline = DATELINE.match(self.body, self.tokens[i].idx) if i < last else None
        skip_to = -1
        if dateline:
            # "BRENN, Kessa, July 28 (Newswire) - ...": where the story was filed, not an actor; only the
            # country is read (its name resolves later mentions and titles)
            country = dateline.start("country")
            while i < last and self.tokens[i].idx < (country if country >= 0 else dateline.end()):
                i += 1
            if country >= 0:
                skip_to = dateline.end()
        while i < last:
            t = self.tokens[i]
            text = t.text
            if t.is_space or dateline is not None and dateline.end("country") <= t.idx < skip_to:
                i += 1
                continue
            if text in ("It", "Its", "They", "Their", "He", "His"):
                self.add(i, i + 1, s.index, "pronoun", form=_PRONOUNS[text.lower()])
                i += 1
                continue
            if text.lower() in _CAPITALISED_AGREEMENTS and self.tok(i - 1).lower() in ("the", "this") \
                    and not is_cap(self.tok(i + 1)) and self.tok(i + 1) != "-" and not (
                    # "the Treaty on Border Cooperation": a name, not "the treaty" in context
                    self.tok(i + 1) in ("on", "of", "for") and (is_cap(self.tok(i + 2)) or (
                        # "the Agreement on a Firm Peace", "the Treaty on the State Border"
                        self.tok(i + 2) in ("a", "an", "the") and is_cap(self.tok(i + 3))))):
                # "The Protocol applies to ...", "the Agreement was signed": the agreement in context
                self.agreement_noun(i, s)
                i += 1
                continue
            # "5 Battalion", "the 14 May Front" (``openers``)
            numbered = text[:1].isdigit() and numbered_unit(self, i, s.first)
            if (_ORDINAL.fullmatch(text) or numbered) and is_cap(self.tok(i + 1)):
                j, _connectors = self.run_end(i + 1, last)
                head = self.tok(j - 1)
                # "the 14th Army", "the 201st Motor Rifle Division": a unit's number is its name's; a bare
                # number only before a body's name in the singular, and not "5 Army soldiers"
                after = self.tok(j)
                if (head in lx.ARMED_HEADS or head in _UNIT_HEADS or numbered and head in lx.ORG_HEADS) and (
                        not numbered or not head.endswith("s") and (
                        j > i + 2 or self.tok(i + 1) not in lx.COMMON_CAPITALISED)
                        # ("killed 40 Y Brigade fighters": a count of the unit's men, not its name)
                        and not (after[:1].islower() and after.endswith("s"))):
                    # "the May 14 Front": the month before the number is the name's too
                    i -= numbered and self.tok(i - 1) in MONTHS and self.tok(i - 2) in ("the", "The", "")
                    self.add(i, j, s.index, "name", type="ArmedGroup", name=self.text(i, j))
                    i = j
                    continue
            if (text in lx.ARMED_HEADS or text in _UNIT_HEADS) and text not in lx.COMMON_CAPITALISED and \
                    not text.endswith("s") and numbered_unit(self, i + 1, -1) and not is_cap(self.tok(i - 1)):
                # "Brigade 808 holds the ridge": a unit named by its head and its number
                self.add(i, i + 2, s.index, "name", type="ArmedGroup", name=self.text(i, i + 2))
                i += 2
                continue
            if text.lower() in _HELD_BY_KIND and self.tok(i + 1) == "-" and self.glued(i + 1) \
                    and self.tok(i + 2).lower() in _HOLD_PARTICIPLES:
                # "Rebel-held Z", "jihadist-held Z": the armed men of that kind the text is about
                kind = text.lower()
                rebels = kind in ("rebel", "separatist", "insurgent", "guerrilla")
                self.add(i, i + 1, s.index, "group", type="ArmedGroup", form="rebels" if rebels else "group",
                         name=_HELD_BY_KIND[kind])
                i += 1
                continue
            hanging = len(text) > 2 and text[-1] == "-" and is_cap(text) and self.tok(i + 1) in (
                "and", "or", ",")
            if hanging:
                # "Norland- and Ostmark-backed militias": the name before a hyphen left hanging
                self.tokens[i] = t = t._replace(text=text[:-1])
                text = t.text
            if is_cap(text) or (text in _PARTICLES and self.tok(i + 1) == "-" and is_cap(self.tok(i + 2))
                                 and self.glued(i + 1)):
                before = len(self.mentions)
                i = self.capitalised(i, last, s)
                for m in self.mentions[before:] if hanging else ():
                    m.hanging = m.end == t.idx + len(text)
                continue
            low = text.lower()
            if text in self.index.guarded and self.tok(i + 1) == "-" and \
                    self.tok(i + 2).lower() in _ACTOR_COMPOUNDS:
                # "a western-backed rescue force": the West backs it
                self.gazetteer_mention(i, i + 1, self.index.guarded[text], s)
                i += 1
                continue
            start = person_pair_start(self.tok, i, s.first) if low in PERSON_PAIR_NOUNS else None
            if start is not None and not (self.mentions and self.mentions[-1].end > self.tokens[start].idx):
                # "the two leaders signed": the last two persons named (``RelationState.last_two``)
                self.add(start, i + 1, s.index, "pair", form="persons", name="the two leaders")
                i += 1
                continue
            if low in lx.AGREEMENT_NOUNS or (low == "document" and self.document_is_agreement(i)) or (
                    low in ("pause", "halt") and any(
                    self.tok(k).endswith(("brokered", "mediated")) for k in range(max(s.first, i - 7), i))):
                self.agreement_noun(i, s)
            elif text in _COMPASS_NOUNS and self.tok(i - 1).lower() == "the" and self.region(i, s):
                i = self.region_end
                continue
            elif low in lx.ZONE_HEADS:
                self.zone(i, s)
            elif low in COMPOSED_HEADS and self.composed_body(i, s):
                pass
            elif low in BORDER_NOUNS:
                self.border(i, s)  # "the X-Y border", "the international border"
            elif low in GROUP_NOUNS or low in NOMINAL_HEADS or low == "rebel":
                self.group_or_nominal(i, s)
            elif low in PAIR_NOUNS:
                self.pair(i, s)
            elif text in ("state", "police"):
                self.state_itself(i, s)
            elif low in _PRONOUNS and low not in ("her",):
                self.add(i, i + 1, s.index, "pronoun", form=_PRONOUNS[low])
            elif low in ("former", "latter") and self.tok(i - 1).lower() == "the" and \
                    ordinal_reference(self.tok(i + 1), self.tok(i + 2)):
                self.add(i, i + 1, s.index, "pronoun", form=low)  # "the latter receives arms from Z"
            i += 1


def find_mentions(body: str, tokens: Iterable, sentences: list[Sentence], gazetteer: object | None,
                  date: str | None = None) -> list[Mention]:
    """Every mention in the document, in text order, each with its sentence index."""
    return _Walker(body, list(tokens), sentences, gazetteer, date).run()
