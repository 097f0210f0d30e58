"""Capitalised runs: where a run of capitalised words ends, and the titles, names and gazetteer forms in it.

A mixin of the mention walker (``loaders.mentions._Walker``), with the gazetteer's index it looks
surfaces up in: ``run_end`` finds a run's end ("Front for the Liberation of the Enclave of Cabinda"),
``capitalised`` drops the common words that open a sentence, reads headlines in capitals and numbered
texts ("Resolution 1701"), and ``split_run`` splits titles and gazetteer forms off names ("Turkish
President X"); the names themselves are typed in ``loaders.names``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from pactgraph.loaders import lexicon as lx
from pactgraph.loaders.gazetteer import GazHit
from pactgraph.loaders.mention_words import (
    _ACTOR_COMPOUNDS,
    _CAPITALISED_AGREEMENTS,
    _COMPASS,
    _ELIDED,
    _ENGLISH_PARTICLES,
    _MAX_GAZ_TOKENS,
    _NUMBER_WORDS,
    _NUMBERED_TEXTS,
    _OF_HEADS,
    _PARTICIPLE,
    _PARTICLES,
    _PERSON_TITLES,
    _POSSESSIVE_OWNERS,
    _STATE_FORMS,
    _STATE_POWER,
    _TIME_STAMP,
    _TRAILING,
    _is_acronym,
    _is_common_plural,
    _person_shaped,
    _trigger_forms,
)
from pactgraph.loaders.names import _Names
from pactgraph.loaders.noun_phrases import NOMINAL_HEADS, is_cap
from pactgraph.loaders.openers import compound_opener, lone_opener
from pactgraph.loaders.text import Sentence

#: The state's armed men after a capitalised "Government", "Regime" or "Army" ("Government troops").
_STATE_MEN = frozenset({"troops", "forces", "soldiers", "jets", "warplanes", "positions"})


@dataclass(frozen=True, slots=True)
class _Index:
    """The gazetteer's surfaces by exact text, and by first word for quick rejection."""

    exact: dict[str, tuple[GazHit, ...]]
    first_words: frozenset[str]
    #: Ambiguous demonyms ("Somali" is also a people and a language) and short forms ("Emirates" is
    #: also an airline): the state only before a word of state power ("Somali government forces"),
    #: or, for a short form, after "the".
    guarded: dict[str, tuple[GazHit, ...]]


@lru_cache(maxsize=4)
def _gaz_index(gazetteer: object) -> _Index:
    exact: dict[str, list[GazHit]] = {}
    guarded: dict[str, list[GazHit]] = {}
    for surface, hit in gazetteer.surface_forms():  # type: ignore[attr-defined]
        if surface in hit.entry.ambiguous and hit.form not in ("name", "capital"):
            if hit.form in ("demonym", "alias"):
                guarded.setdefault(surface, []).append(hit)
            continue
        variants = [surface]
        if surface.lower().startswith("the "):
            variants.append(surface[4:])
        for variant in variants:
            exact.setdefault(variant, []).append(hit)
    rank = {"name": 0, "alias": 1, "demonym": 2, "capital": 3}
    ordered = {k: tuple(sorted(v, key=lambda h: rank.get(h.form, 9))) for k, v in exact.items()}
    first = frozenset(k.split()[0].split("-")[0] for k in [*ordered, *guarded])
    return _Index(ordered, first, {k: tuple(v) for k, v in guarded.items() if k not in ordered})


class _Runs(_Names):
    """Capitalised runs (needs the walker's tokens, its gazetteer index and the words it writes)."""

    # the walker's (loaders.mentions._Walker), declared for the type checker
    index: _Index
    body: str
    lower_words: set[str]
    title_words: set[str]

    def gaz_at(self, i: int, limit: int) -> tuple[int, tuple] | None:
        """The longest gazetteer surface starting at token i (not beyond ``limit``)."""
        first = self.tok(i)
        if first not in self.index.first_words and first.split("-")[0] not in self.index.first_words:
            return None
        for j in range(min(limit, i + _MAX_GAZ_TOKENS), i, -1):
            if j > i + 1 and (self.tokens[j - 1].is_punct and self.tok(j - 1) != "."):
                continue
            hits = self.index.exact.get(self.text(i, j))
            if hits:
                # "Turkey-backed": the form ends before a hyphen; "Guinea-Bissau" is whole.
                return j, hits
            hits = self.index.guarded.get(self.text(i, j))
            if hits and (self.tok(j).lower() in _STATE_POWER or (
                    hits[0].form == "alias" and self.tok(i - 1).lower() == "the") or (
                    self.tok(j) == "-" and self.tok(j + 1).lower() in _ACTOR_COMPOUNDS)):
                return j, hits  # "Somali government forces"; "the Emirates" (not the airline)
            if hits and all(h.form == "alias" for h in hits):
                # "Marra's President X" in a text that names the Democratic Republic of Marra in full: the
                # short name two states share is the one the text names
                named = self._named_in_full(hits)
                if len(named) == 1:
                    return j, (named[0],)
        return None

    def _named_in_full(self, hits: tuple) -> list:
        """The entries of a short name two states share whose full name the text writes ("Democratic Republic
        of Marra", not the "Republic of Marra" inside it)."""
        spans: list[tuple[int, int, object]] = []
        for h in hits:
            for form in (h.entry.name, *h.entry.aliases):
                if form in h.entry.ambiguous or len(form) < 8:
                    continue
                k = self.body.find(form)
                while k >= 0:
                    spans.append((k, k + len(form), h))
                    k = self.body.find(form, k + 1)
        kept = [h for a, b, h in spans
                if not any(x <= a and b <= y and (x, y) != (a, b) for x, y, _ in spans)]
        return list({id(h): h for h in kept}.values())

    # -- capitalised runs ----------------------------------------------------------------
    def run_end(self, i: int, last: int) -> tuple[int, bool]:
        """Where a capitalised run that starts at i ends; and whether it used "for"/"of"."""
        j = i + 1
        connectors = False
        has_for = False
        titled = False  # an agreement's title after its "on a"/"of the" ("Agreement on a Ceasefire and ...")
        while j < last:
            text = self.tok(j)
            nxt = self.tok(j + 1)
            if "\n" in self.tokens[j - 1].whitespace_:
                break
            if _ELIDED.match(text):
                j += 1  # "Côte d'Ivoire", "Val d’Oise": an elided particle glued to a capitalised word
                continue
            if (nick := self._nickname_end(i, j, last)) is not None:
                j = nick  # 'Tomas "Lynx" Varga': a nickname in quotes inside a man's name
                continue
            if is_cap(text) and not (text in lx.COMMON_CAPITALISED and text not in lx.ARMED_HEADS
                                      and text not in lx.ORG_HEADS and not self.glued(j)
                                      # "Sudanese Armed Forces": a common word inside a name
                                      and nxt not in lx.ARMED_HEADS and nxt not in lx.ORG_HEADS):
                j += 1
                continue
            if text == "-" and self.glued(j) and not self.tokens[j].whitespace_ and j + 1 < last:
                if is_cap(nxt) or nxt in _PARTICLES or (nxt.islower() and not _PARTICIPLE.search(nxt)
                                                         and self.tok(j - 1).lower() not in ("anti", "pro")
                                                         and is_cap(self.tok(j - 1))
                                                         and nxt not in ("backed", "style")):
                    j += 2
                    continue
                break
            if text in _PARTICLES and j + 1 < last and (is_cap(nxt) and text not in _ENGLISH_PARTICLES
                                                        or (nxt == "-" and self.glued(j + 1))):
                j += 1
                continue
            # "Front for the Liberation of the Enclave of Cabinda": once a name has taken "of"/"for", it may
            # take more
            if (text in ("of", "for") or text == "on" and self.tok(j - 1).lower() in lx.AGREEMENT_HEADS) and \
                    j + 1 < last and (self.tok(j - 1) in _OF_HEADS or connectors):
                k = j + 1
                after_head = self.tok(j - 1).lower() in lx.AGREEMENT_HEADS
                article = self.tok(k) == "the" or self.tok(k) in ("a", "an") and (after_head or text == "for")
                if article and is_cap(self.tok(k + 1)):
                    k += 1  # "Front for the Liberation of X"; "the Agreement on a Ceasefire and ..."
                    titled = titled or after_head
                if k == j + 1 and self.tok(k) in _PERSON_TITLES and is_cap(self.tok(k + 1)):
                    break  # "the Freedom Alliance of President X": the name ends before the man who leads it
                if is_cap(self.tok(k)) and self.tok(k) not in lx.COMMON_CAPITALISED:
                    connectors = True
                    has_for = has_for or text == "for" or text == "on"
                    j = k
                    continue
                break
            if text == "and" and (has_for or titled) and is_cap(nxt):
                j += 1
                continue
            if text == "in" and is_cap(nxt) and self.tok(j - 1) in (
                    "Resistance", "Movement", "Co-operation", "Cooperation", "Opposition", "State",
                    "Mission", "Force", "Forces", "Agreement", "Office", "Region") and (
                    # "a Final Peace Agreement in Manila": where it was signed, unless the title has taken
                    # its "on"/"of" ("the Agreement on Peace in Oronde")
                    connectors or self.tok(j - 1) != "Agreement"):
                j += 1
                continue
            # "Islamic State in the Greater Sahara", "Mission in the Central African Republic"
            if text == "in" and nxt == "the" and is_cap(self.tok(j + 2)) and self.tok(j + 2) not in \
                    lx.COMMON_CAPITALISED and self.tok(j - 1) in ("State", "Mission", "Office", "Force"):
                j += 2
                continue
            # "the Protocol on the Cessation of Hostilities in the X Valley": a title that took "on the"
            # keeps the place it is about
            if text == "in" and titled and (is_cap(nxt) and nxt not in lx.COMMON_CAPITALISED or nxt == "the"
                                            and is_cap(self.tok(j + 2))
                                            and self.tok(j + 2) not in lx.COMMON_CAPITALISED):
                j += 1 if nxt != "the" else 2
                continue
            if text == "in" and (placed := self._in_place_spelled(i, j, last, has_for)) is not None:
                j = placed  # "Union for Renewal in Kessa (URK)": the acronym spells the place too
                continue
            if text in ("'s", "’s", "'", "’") and self.tok(j - 1) in _POSSESSIVE_OWNERS | {
                    t for t in (self.tok(j - 1),) if t.endswith("s") and text in ("'", "’")} and is_cap(nxt):
                j += 1
                continue
            break
        # never end on a connector
        while j - 1 > i and self.tok(j - 1) in _TRAILING:
            j -= 1
        return j, connectors

    def _in_place_spelled(self, i: int, j: int, last: int, has_for: bool = False) -> int | None:
        """At an "in" (j) inside a run from i: where the run ends if "in [the] Place" is part of the name,
        as the acronym in brackets right after it shows (its first letter is the initial of one of the
        name's capitalised words, and the place's initial comes later in it)."""
        k = j + 1 + (self.tok(j + 1) == "the")
        start = k
        while k < last and is_cap(self.tok(k)) and self.tok(k) not in lx.COMMON_CAPITALISED:
            k += 1
        if has_for and start == j + 1 and 0 < k - start <= 2 and self.tok(k) not in ("'s", "’s", "-"):
            return k  # "Movement for Democracy in Keldar": a name that took its "for" keeps its place
        if k == start or k + 2 >= last or self.tok(k) != "(" or self.tok(k + 2) != ")":
            return None
        acronym = self.tok(k + 1)
        if not (len(acronym) >= 3 and acronym.isalpha() and acronym.isupper()):
            return None
        initials = {self.tok(m)[0] for m in range(i, j) if is_cap(self.tok(m))}
        return k if acronym[0] in initials and self.tok(start)[0] in acronym[1:] else None

    def _nickname_end(self, i: int, j: int, last: int) -> int | None:
        """After a first name alone (i..j), a quoted capitalised nickname of one to three words and a
        capitalised surname: where the surname starts (the run goes on from there)."""
        if j != i + 1 or self.tok(j) not in ('"', "“") or self.tok(i) in lx.COMMON_CAPITALISED:
            return None
        k = j + 1
        while k < last and k - j <= 3 and is_cap(self.tok(k)):
            k += 1
        if k == j + 1 or k + 1 >= last or self.tok(k) not in ('"', "”"):
            return None
        surname = self.tok(k + 1)
        return k + 1 if is_cap(surname) and surname not in lx.COMMON_CAPITALISED else None

    def capitalised(self, i: int, last: int, s: Sentence) -> int:
        j, connectors = self.run_end(i, last)
        if self.tok(i) in ("Anti", "Pro") and self.tok(i + 1) == "-":
            if j <= i + 2:
                return j  # "Anti-junta fighters": the prefix is no name, and "junta" is no name either
            i += 2  # "Anti-Assad rebels" at a sentence start: the prefix is no name
        if j == i + 1 and self.tok(i) in self.index.guarded and all(
                h.entry.type != "State" for h in self.index.guarded[self.tok(i)]):
            return j  # "according to Western officials": an ambiguous adjective alone names no one
        toks = [self.tok(k) for k in range(i, j)]
        if toks[0] in ("Rebels", "Fighters", "Militants") and (toks[1:2] == ["of"] or self.tok(j) == "of"):
            self.group_or_nominal(i, s)  # "Rebels of the Misolo Liberation Front captured ...": the group
        if NOMINAL_HEADS.get(toks[-1].lower()) == "state" and toks[-1] not in self.index.exact and (
                toks == ["The", toks[-1]] or len(toks) == 1 and self.tok(i - 1).lower() == "the"):
            # "stood with the Government", "The Government's statement": official prose capitalises the
            # state's government on its own; a reference like "the government", not a name
            self.group_or_nominal(j - 1, s)
            return j
        if len(toks) == 1 and NOMINAL_HEADS.get(toks[0].lower()) == "state" \
                and toks[0] not in self.index.exact and self.tok(j).lower() in _STATE_MEN:
            # "Government troops, backed by X, ...": the state's armed men at a sentence start, as lower down
            self.group_or_nominal(i, s)
            return j
        # A sentence-initial common word is not part of a name ("Under", "Fighting").
        at_start = i == s.first or self.tok(i - 1) in ('"', "“", "‘", "(") or (
            # "13:15 – Military analysts say ...": a live blog's time stamp opens the entry
            self.tok(i - 1) in ("–", "—", "-") and _TIME_STAMP.fullmatch(self.tok(i - 2)) is not None)
        if at_start and compound_opener(toks):  # "Oil-rich X signed ...": an adjective, no name's first word
            i, toks, at_start = i + 3, toks[3:], False
        while toks and ((toks[0] in lx.COMMON_CAPITALISED and toks[0] not in self.index.exact
                         # "Government of National Accord", "Army of the Republic": a name's own head
                         and not (toks[1:2] in (["of"], ["for"]) and not toks[0].endswith("s")
                                  and (toks[0] in lx.ORG_HEADS or toks[0] in lx.ARMED_HEADS))
                         # "the Three Brotherhood Alliance": a number inside a group's name
                         and not (toks[0] in _NUMBER_WORDS and not at_start and len(toks) >= 3
                                  and (toks[-1] in lx.ARMED_HEADS or toks[-1] in lx.ORG_HEADS))
                         # "the Armed Forces Salvation Council": after "the", a common word before a
                         # group's head within a longer name is the name's first word
                         and not (not at_start and len(toks) >= 3 and self.tok(i - 1).lower() == "the"
                                  and (toks[1] in lx.ARMED_HEADS or toks[1] in lx.ORG_HEADS)))
                        or (at_start and len(toks) == 1 and _is_common_plural(toks[0]))
                        or (at_start and toks[0].lower() in self.lower_words and len(toks) >= 1
                            and self.gaz_at(i, j) is None and not _is_acronym(toks[0])
                            # "Prime Minister X" opening a sentence: a title of two words stays whole
                            and not (toks[0] in lx.TITLES and toks[1:2] and toks[1] in lx.TITLES)
                            # "President X Y suspended ...": a title opening a sentence before a man's name
                            and not (toks[0] in lx.TITLES and len(toks) >= 3 and _person_shaped(toks[1:]))
                            # "Al-Kessa" at a sentence start is "al-Kessa", not "Kessa"
                            and not (toks[0].lower() in _PARTICLES and len(toks) > 2 and toks[1] == "-"))):
            i += 1
            toks.pop(0)
            at_start = False
            while toks and toks[0] in ("of", "for", "and", "in", "the", "-", "'s"):
                i += 1
                toks.pop(0)
        if at_start and len(toks) == 1 and lone_opener(self, i, j, _trigger_forms()):
            return j  # "Reached by phone, ...", "Led by X, ...", "Veteran diplomat X" (``loaders.openers``)
        if not toks:
            return j
        if len(toks) == 1 and toks[0].lower() in _CAPITALISED_AGREEMENTS and self.tok(i - 1).lower() in (
                "the", "this"):
            self.agreement_noun(i, s)  # "The Protocol applies to ...": the agreement in context
            return j
        if len(toks) >= 2 and self.shouted(i, j):
            self.shouted_run(i, j, s)
            return j
        if toks[-1] in _NUMBERED_TEXTS and self.tok(j).isdigit():
            self.numbered_text(i, j, s)
            return j + 1
        self.split_run(i, j, s, connectors)
        return j

    def shouted(self, i: int, j: int) -> bool:
        """Whether the run ``[i, j)`` is set in capitals with words the text otherwise writes in lower case
        ("HEAD OF STATE RECEIVES GUARANTORS OF X PROTOCOL"): a headline, not one long name."""
        words = [self.tok(k) for k in range(i, j) if sum(c.isalpha() for c in self.tok(k)) >= 2]
        return len(words) >= 2 and all(w.upper() == w for w in words) and any(
            w.lower() in self.lower_words and w.lower() not in lx.AGREEMENT_HEADS for w in words)

    def shouted_run(self, i: int, j: int, s: Sentence) -> None:
        """A headline in capitals: the words the text writes in lower case elsewhere are common words, and
        what stands between them is read as a run of its own ("X PROTOCOL" the agreement's name); an
        agreement's head after common words alone ("BACKGROUND TO THE AGREEMENT") names none."""
        k = i
        while k < j:
            if not self.named_in_body(k):
                self.shouted_names(k, k + 1, s)
                k += 1
                continue
            m = k
            while m < j and self.named_in_body(m):
                m += 1
            if m < j and self.tok(m).lower() in lx.AGREEMENT_HEADS and self.tok(m + 1) != "-":
                self.agreement_name(k, m, m + 1, s)
                named = self.mentions[-1]
                named.name, named.title = named.name.title(), named.title.title()  # as the body writes it
                named.aliases = [a.title() for a in named.aliases]
                k = m + 1
                continue
            self.shouted_names(k, m, s)
            k = m

    def named_in_body(self, k: int) -> bool:
        """Whether a word in capitals is one the text writes as a name elsewhere ("TUZKOL" for "Tuzkol"),
        and never in lower case."""
        word = self.tok(k)
        low = word.lower()
        return low not in self.lower_words and low not in lx.AGREEMENT_HEADS and \
            word.title() in self.title_words

    def shouted_names(self, i: int, j: int, s: Sentence) -> None:
        """The gazetteer's names among capitals ("TALKS IN ORONDE"); other words in capitals are not read:
        a headline's words say nothing of a name's kind, and its names come again in the body."""
        k = i
        while k < j:
            for m in range(min(j, k + _MAX_GAZ_TOKENS), k, -1):
                hits = self.index.exact.get(self.text(k, m).title()) or self.index.exact.get(self.text(k, m))
                if hits:
                    self.gazetteer_mention(k, m, hits, s)
                    k = m
                    break
            else:
                k += 1

    def numbered_text(self, i: int, j: int, s: Sentence) -> None:
        """"Security Council Resolution 1701", "Resolution 598": a body's numbered text is an agreement
        named by its number; the body that issued it is part of its longer name, not an actor here."""
        number = self.tok(j)
        name = f"{self.tok(j - 1)} {number}"
        m = self.add(i, j + 1, s.index, "agreement", type="Agreement", form="agreement", name=name)
        m.aliases.append(self.text(i, j + 1))
        m.other = self.marked_other(i, j + 1, s)
        m.title = name  # named: two numbered resolutions in one text are two texts

    def split_run(self, i: int, j: int, s: Sentence, connectors: bool) -> None:
        """Titles, gazetteer forms and names inside one capitalised run."""
        toks = [self.tok(k) for k in range(i, j)]
        if len(toks) == 3 and toks[1] == "-" and toks[0].lower() in _COMPASS and toks[2].lower() in _COMPASS:
            # "the North-West", "Valdoria's South-West region": a region named by two directions
            self.add(i, j, s.index, "name", type="Place", name=self.text(i, j))
            return
        whole = self.gaz_at(i, j)
        head = toks[-1]
        named_body = any(t in lx.ARMED_HEADS or t in lx.ORG_HEADS for t in toks[-5:] if t != toks[0]) or \
            head in lx.PLACE_HEADS or (
            head.lower() in lx.AGREEMENT_HEADS and len(toks) > 1) or connectors or (
            len(toks) > 2 and toks[-2] in ("in", "of", "for")) or self._spelled_out(i, j)
        if whole and whole[0] == j:
            self.gazetteer_mention(i, j, whole[1], s)
            return
        # "Israel Defense Forces" is one name; "Turkish President Erdogan" is a title between names
        force_name = whole is not None and head in (lx.ARMED_HEADS | lx.ORG_HEADS) and whole[0] < j and \
            self.tok(whole[0]) in ("Defense", "Defence", "Security", "Interior") and j - whole[0] <= 3
        if named_body and not (whole and toks[0] not in lx.TITLES and whole[0] < j
                               and self.tok(whole[0]) in lx.TITLES and not force_name):
            # "Syrian Democratic Forces": a name built on a gazetteer word stays whole,
            # but titles in front are split off ("Turkish President ...").
            k = i
            # "the General Framework Agreement for Peace": a title word inside an agreement's name is no title
            in_agreement = any(t.lower() in lx.AGREEMENT_HEADS for t in toks[1:])
            while not in_agreement and k < j - 1 and (self.tok(k) in lx.TITLES or (
                    self.tok(i) == "Secretary" and self.tok(k) in ("of", "State"))):
                k += 1
            if k > i and whole is None and not (
                    # "the Supreme Unity Council", "the General Command of X": after "the", a rank
                    # opening a body's name is its first word, not a man's title
                    self.tok(i - 1).lower() == "the" and self.tok(k) != "of" and k - i == 1
                    and lx.TITLES.get(self.tok(i)) == ""):
                if self.tok(k) != "of":  # "the Minister of National Defence": an office, no one's name
                    self.name(k, j, s, title=self.text(i, k))
                else:
                    self.title_of_state(k + 1, j, s, connectors)
                return
            self.name(i, j, s)
            return
        k = i
        pending_title_start = None
        while k < j:
            tok = self.tok(k)
            # "Mocímboa da Praia": a gazetteer form after a name's particle is the name's end
            g = self.gaz_at(k, j) if not (k > i and self.tok(k - 1) in _PARTICLES) else None
            if g and not (pending_title_start is not None):
                self.gazetteer_mention(k, g[0], g[1], s)
                k = g[0]
                continue
            if pending_title_start is None and _acronym_before_title(self, k, j):
                self.name(k, k + 1, s)  # "ZRG President X": the body's acronym, then the man's title
                k += 1
                continue
            if tok in lx.TITLES or (tok == "-" and pending_title_start is not None) or (
                    # "Commander-in-Chief": the title's own words
                    tok == "in" and pending_title_start is not None and self.tok(k - 1) == "-") or (
                    # "Commanders Ilan Sorvo, Petr Adamek ...": a title before several names
                    tok.endswith("s") and len(tok) > 4 and tok[:-1] in lx.TITLES
                    and is_cap(self.tok(k + 1))) or (
                    pending_title_start is not None and tok in ("State", "General", "Minister", "of")
                    and self.tok(pending_title_start) in ("Secretary", "Prime", "Vice", "Foreign",
                                                          "Defence", "Defense", "Interior", "Finance",
                                                          "Senior", "Deputy", "Supreme", "Field",
                                                          "Crown", "Chief")):
                if pending_title_start is None:
                    pending_title_start = k
                k += 1
                continue
            if pending_title_start is not None and tok == "of":
                break  # "the Minister of National Defence": the title's own office, no one's name
            # the rest of the run (up to the next gazetteer form) is one name
            m = k + 1
            while m < j and (not self.gaz_at(m, j) or self.tok(m - 1) in _PARTICLES):
                m += 1
            inner = next((t for t in range(k + 1, m - 1)
                          if self.tok(t) in ("Minister", "Secretary", "Commissioner")), None)
            if inner is not None and pending_title_start is None and not any(
                    self.tok(t) in lx.ARMED_HEADS or self.tok(t) in lx.ORG_HEADS
                    for t in range(inner + 1, m)):
                # "Human Rights Minister Hamid X": the ministry's words and the title before the name
                pending_title_start = k
                k = inner
                continue
            title = self.text(pending_title_start, k) if pending_title_start is not None else ""
            # a title right after a demonym/state in the same run ("Turkish President X")
            self.name(k, m, s, title=title)
            pending_title_start = None
            k = m

    def title_of_state(self, i: int, j: int, s: Sentence, connectors: bool) -> None:
        """"Prime Minister of Kenya", "President of the Republic of X": the office is no one's name, but
        the state after its "of" is named all the same (not "the Minister of National Defence")."""
        if i < j and self.tok(i) == "the":
            i += 1
        if i >= j:
            return
        whole = self.gaz_at(i, j)
        if whole and whole[0] == j and any(h.entry.type == "State" for h in whole[1]):
            self.gazetteer_mention(i, j, whole[1], s)
        elif any(self.tok(k) in _STATE_FORMS and self.tok(k + 1) == "of" for k in range(i, j - 1)):
            self.split_run(i, j, s, connectors)


def _acronym_before_title(run: _Runs, k: int, j: int) -> bool:
    """"ZRG Prime Minister Ana Vell", "PLF Commander Ivo Tarn": an acronym opening a run, a title, then a
    man's name (the acronym is the body's name, not part of his title or of his name)."""
    if not _is_acronym(run.tok(k)) or not run.tok(k).isalpha() or run.tok(k + 1) not in lx.TITLES:
        return False
    t = k + 1
    while t < j and (run.tok(t) in lx.TITLES or run.tok(t) in ("General", "Minister", "State", "-")):
        t += 1
    return _person_shaped([run.tok(x) for x in range(t, j)])
