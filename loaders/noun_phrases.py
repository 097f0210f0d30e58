"""Noun phrases the walker reads besides names: agreements, zones, groups, nominal references, pairs.

"a fragile truce", "the Sochi [truce] deal", "a buffer zone", "anti-Assad
rebels", "the regime", "the two sides". A mixin of the mention walker in
``loaders.mentions``, with the closed word lists both use.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from pactgraph.loaders import lexicon as lx
from pactgraph.loaders.pair_words import COUNTED, PAIR_MODIFIERS, PAIR_VERBS, STATE_PAIR_NOUNS
from pactgraph.loaders.text import Sentence

if TYPE_CHECKING:
    from pactgraph.loaders.mentions import Mention

#: Lower-case nouns that refer back to an actor ("the movement's leader").
NOMINAL_HEADS: dict[str, str] = {
    "regime": "state", "government": "state", "junta": "state", "army": "state", "military": "state",
    "authorities": "state", "administration": "state",
    "group": "group", "movement": "group", "militia": "group", "front": "group", "rebels": "group",
    "militants": "group", "insurgents": "group", "separatists": "group", "guerrillas": "group",
    "organisation": "group", "organization": "group", "party": "group", "paramilitaries": "group",
    "alliance": "coalition", "coalition": "coalition", "bloc": "coalition", "umbrella": "coalition",
    "mission": "org", "council": "body", "commission": "body", "committee": "body",
}
#: Plural nouns that make a new group entity when a descriptor comes with them.
GROUP_NOUNS = frozenset({"rebels", "factions", "militias", "fighters", "forces", "separatists",
                         "insurgents", "guerrillas", "dissidents", "jihadists", "militants",
                         "paramilitaries", "groups", "mercenaries", "gunmen", "loyalists", "tribesmen",
                         "cadres", "contractors", "commandos", "irregulars"})
#: Lower-case words before a group's noun that describe a group of its own ("tribal fighters",
#: "Kremlin-linked mercenaries", "coup leaders"), besides the backing words ("-backed", "anti-").
DESCRIPTORS = frozenset({"rebel", "armed", "separatist", "opposition", "allied", "clan", "local", "ethnic",
                         "islamist", "jihadist", "tribal", "coup", "breakaway", "dissident", "rival",
                         "secessionist", "loyalist", "paramilitary", "hardline", "renegade", "foreign",
                         "irregular", "mercenary", "militant", "self-defence", "self-defense", "vigilante"})
#: Of those, the ones that make a group of its own ("tribal fighters"), where "clan militias" or "armed
#: groups" may be a named actor's helpers.
_OWN_GROUP = frozenset({"rebel", "separatist", "opposition", "tribal", "coup", "breakaway", "dissident",
                        "mercenary", "paramilitary", "loyalist", "vigilante", "self-defence", "self-defense"})
#: Participles after a hyphen that make a descriptor ("Kremlin-linked", "eastern-based", "Gulf-funded").
DESCRIPTOR_PARTICIPLES = ("backed", "aligned", "allied", "supported", "armed", "led", "linked",
                          "affiliated", "based", "funded", "trained", "sponsored", "financed", "controlled")
#: Words that make a line a zone of its own ("a ceasefire line", "the demarcation line").
_LINE_KINDS = frozenset({"ceasefire", "cease-fire", "demarcation", "armistice", "disengagement",
                         "separation"})
#: Words that end a zone's description on its left ("at designated assembly points", "six ... zones").
_ZONE_STOPS = frozenset({
    "the", "a", "an", "its", "their", "of", "and", "to", "in", "from", "along", "around", "inside", "into",
    "on", "with", "by", "front", "at", "for", "near", "within", "across", "through", "over", "under",
    "outside", "beyond", "between", "designated", "agreed", "several", "some", "few", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen", "all", "both", "these",
    "those", "as", "known", "called", "dubbed", "named", "so-called",
})
#: Verbs a headline puts between the parties and the deal ("Kessa and Tessaly agree truce").
_HEADLINE_VERBS = frozenset({"agree", "agrees", "sign", "signs", "reach", "reaches", "seal", "seals",
                             "strike", "strikes", "extend", "extends", "break", "breaks", "accept", "accepts",
                             "reject", "rejects", "announce", "announces", "violate", "violates", "breach",
                             "breaches", "renew", "renews", "agreed", "signed", "reached", "sealed",
                             "extended", "broke"})
#: Words before "the document" that make it the agreement in context ("Under the document", "signed the
#: document"), and the verbs after it ("the document requires", "the document was signed").
_DOCUMENT_BEFORE = frozenset({"under", "signed", "endorsed", "initialled", "initialed", "ratified", "sign"})
_DOCUMENT_AFTER = re.compile(r"(?:also\s+)?(?:was\s+signed|requires|required|commits|obliges|provides|"
                             r"calls\s+for|sets\s+up|set\s+up|covers|applies|establishes|stipulates)\b")
_OWN_NAMED = re.compile(r"\b(?:the|a|an)\s+((?:[\w]+\s+)?(?:pro-[A-Z][\w-]*|[A-Z][\w]*-(?:installed|based))"
                        r"\s+(?:[A-Z][\w-]*\s+)?)$")
#: What makes an authority one of its own rather than the state in context: "the eastern-based
#: authorities", "the self-declared government", "the de facto authorities", "a rival administration".
_OWN_AUTHORITY = re.compile(r"(?:^|\s)(?:[\w]+-based|self-declared|self-proclaimed|self-styled|"
                            r"breakaway|rival|parallel|separatist|pro-[\w-]+|[\w]+-installed)\s",
                            re.I)
STATE_NOUNS = frozenset({"government", "regime", "army", "military", "junta", "forces", "troops",
                         "soldiers", "authorities", "navy", "jets", "officials", "police",
                         "administration", "air force", "security forces", "warplanes", "cabinet",
                         "diplomats", "peacekeepers", "delegation", "ministry", "leadership"})
#: What of a state's armed men an attack hits ("ambushed army patrols", "hit government convoys").
_STATE_TARGETS = frozenset({"patrols", "patrol", "convoys", "convoy", "posts", "outposts", "checkpoints",
                            "bases", "barracks", "garrisons", "positions"})
_POSSESSIVE = ("'s", "’s")
#: Marks inside the modifiers of an agreement's noun ("a Kessa-brokered pause", 'a "total" ceasefire').
_MODIFIER_MARKS = frozenset({"-", '"', "“", "”"})
#: Words that end the modifiers before an agreement's noun, looking back from it.
_DEAL_STOPS = frozenset({"the", "a", "an", "its", "their", "this", "that", "and", "of", "by", "to", "with",
                         "in", "on", "for", "under", "which", "what", "new", "'s", "’s"})
#: What after "the police" makes it a thing of theirs or another's ("the police station", "the police of X").
_NOT_THE_POLICE = frozenset({"of", "station", "stations", "officer", "officers", "chief"})
#: Words that may follow "the state" when it stands for the state itself ("fighting the state since 1969").
_AFTER_THE_STATE = frozenset({"since", "in", "for", "and", "or", "until", "with", "at", "on", "from", "by",
                              "after", "before", "which", "that", "is", "was", "has", "had", "will", "would"})



#: Marks that open a list item ("• The X-led coalition").
BULLETS = frozenset({"•", "*", "·", "▪", "–", "—"})

#: Participles of a go-between after a hyphen ("a Beijing-brokered truce").
_BROKERED = frozenset({"brokered", "mediated", "sponsored", "facilitated"})


def is_cap(text: str) -> bool:
    return bool(text) and text[0].isupper() and any(c.isalpha() for c in text)


#: Heads of a body a text may introduce by what it is made of ("a joint force made up of X, Y and Z
#: battalions", "a three-member committee made up of X, Y and Z").
COMPOSED_HEADS = frozenset({"force", "committee", "commission", "team", "contingent"})
#: What, right after such a head, says what the body is made of.
_COMPOSED_BY = re.compile(r"\s*,?\s*(?:made\s+up\s+of|composed\s+of|consisting\s+of|comprising)\s+"
                          r"(?:(?:the|troops|units|officers|soldiers|personnel|battalions|contingents)\s+"
                          r"(?:from\s+)?)?[A-Z]")
#: Lower-case modifiers that a body's description may not hold: those that make it a state's own forces or
#: a part of another actor ("the government force", "its security force").
_NOT_COMPOSED = frozenset({"government", "army", "police", "security", "rebel", "militia", "national"})


class NounPhrases:
    """Agreement, zone, group, nominal and pair mentions (needs the walker's tokens and ``add``)."""

    # the walker's (loaders.mentions._Walker), declared for the type checker
    body: str
    tokens: list[Any]
    mentions: list[Mention]
    date: str | None

    if TYPE_CHECKING:
        def text(self, i: int, j: int) -> str: ...

        def tok(self, i: int) -> str: ...

        def glued(self, i: int) -> bool: ...

        def add(self, i: int, j: int, sent: int, kind: str, **kw: Any) -> Mention: ...

    def composed_body(self, i: int, s: Sentence) -> bool:
        """"a joint peacekeeping force made up of X, Y and Z battalions", "a three-member committee made up
        of X, Y and Z": a body the text introduces by its members is an actor of its own, named by its
        description (the members are read by the parse frames)."""
        k = i - 1
        while k > s.first and k > i - 5 and (self.tok(k).islower() or self.tok(k) == "-") and \
                self.tok(k) not in ("a", "an", "the", "of", "and", "by", "to", "with", "in", "for"):
            k -= 1
        if self.tok(k).lower() not in ("a", "an") or k == i - 1 or \
                _COMPOSED_BY.match(self.body, self.tokens[i].idx + len(self.tokens[i].text)) is None:
            return False
        words = [self.tok(x).lower() for x in range(k + 1, i)]
        if set(words) & _NOT_COMPOSED:
            return False
        self.add(k + 1, i + 1, s.index, "group", type="Organization", form="group",
                 name=self.text(k + 1, i + 1))
        return True

    # -- agreements ----------------------------------------------------------------------
    def agreement_name(self, i: int, j: int, end: int, s: Sentence) -> None:
        """``[i, j)`` is the name core, ``[j, end)`` the head ("Sochi" + "[truce] deal")."""
        core = self.text(i, j)
        head = self.tok(end - 1).lower()
        kind = lx.AGREEMENT_HEADS.get(head, "agreement")
        if "[" in self.text(j, end):
            kind = lx.AGREEMENT_HEADS.get(self.tok(j + 1).lower(), kind)
        m = self.add(i, end, s.index, "agreement", type="Agreement", form=kind,
                     name=f"{core} {self.tok(end - 1).lower()}")
        m.aliases.append(core + " " + (self.tok(j + 1).lower() if "[" in self.text(j, end) else head))
        m.other = self.marked_other(i, end, s)
        m.title = core  # the name core, used to merge "the Sochi deal" and "the Sochi memorandum"

    def marked_other(self, i: int, j: int, s: Sentence) -> bool:
        """Whether the agreement at [i, j) is set apart from the main one of the text."""
        before = " ".join(self.tok(k).lower() for k in range(max(s.first, i - 4), i))
        after = " ".join(self.tok(k).lower() for k in range(j, min(s.last, j + 4)))
        if re.search(r"\b(?:earlier|previous|prior|another|separate|former|last|old|original|"
                     r"builds? on|supersedes|replaces|replaced|superseded)\s*(?:[\w-]+\s+){0,3}$",
                     before + " "):
            return True
        if re.match(r"(?:of|from|in|on)\s+(?:\w+\s+)?(?:January|February|March|April|May|June|July|"
                    r"August|September|October|November|December|\d{4})", after, re.I):
            return True
        years = re.findall(r"\b(?:19|20)\d\d\b", before + " " + self.text(i, j))
        return bool(years and self.date and years[-1] != self.date[:4])

    def document_is_agreement(self, i: int) -> bool:
        """"The document was signed by X", "Under the document, ...", "X signed the document", "the Y
        Accord, the document meant to ...": "the document" that an agreement named before stands for.

        Only "the document" as what is signed, in force or stipulates, after an agreement was named.
        """
        if self.tok(i - 1).lower() != "the" or not any(m.kind == "agreement" for m in self.mentions):
            return False
        before = self.tok(i - 2).lower()
        after = self.text(i + 1, min(i + 4, len(self.tokens))).lower()
        return before in _DOCUMENT_BEFORE or (
            before == "," and self.mentions[-1].kind == "agreement"
            and self.mentions[-1].end >= self.tokens[i - 2].idx) or _DOCUMENT_AFTER.match(after) is not None

    def agreement_noun(self, i: int, s: Sentence) -> None:
        word = self.tok(i).lower()
        # "the Sochi deal" was taken with its name; plurals and verbs ("to deal with") are not agreements
        prev = self.tok(i - 1).lower()
        # "to deal with" is a verb; "signed a deal with" is an agreement
        if prev in ("to", "would", "will", "must", "can") and self.tok(i + 1) in ("with",) and word == "deal":
            return
        if self.mentions and self.mentions[-1].end > self.tokens[i].idx:
            return
        # "ceasefire deal": one mention
        start = i
        if prev in lx.AGREEMENT_NOUNS and self.mentions and self.mentions[-1].kind == "agreement" and \
                self.mentions[-1].end == self.tokens[i - 1].idx + len(self.tokens[i - 1].text):
            m = self.mentions[-1]
            m.end = self.tokens[i].idx + len(self.tokens[i].text)
            m.text = self.body[m.start:m.end]
            # "a ceasefire protocol in September 2022": what follows the whole phrase may set it apart
            m.other = m.other or self.marked_other(i, i + 1, s)
            if m.aliases and not m.title:
                m.aliases.append(f"{m.aliases[-1]} {self.tok(i)}")  # "ceasefire protocol" too
            return
        if self.tok(i + 1).lower() in lx.AGREEMENT_NOUNS:
            pass
        # modifiers between the determiner and the head ("a fragile truce", "a Kessa-brokered pause")
        k = i - 1
        # (and quoted or coordinated ones: 'a "complete and total" ceasefire', "a fragile and partial truce")
        while k >= s.first and k > i - 7 and (
                self.tok(k).islower() and self.tok(k) not in _DEAL_STOPS or self.tok(k) in _MODIFIER_MARKS
                or self.tok(k).isdigit() or self.tok(k) == "and" and s.first <= k - 1 and k + 1 < i
                and self.tok(k - 1).islower() and self.tok(k - 1) not in _DEAL_STOPS):
            k -= 1
        determiner = self.tok(k).lower()
        if determiner not in ("the", "a", "an", "its", "their", "this", "that", "new", "'s", "’s") and \
                determiner != "," and not (self.tok(k) and is_cap(self.tok(k))):
            return
        words = [self.tok(x) for x in range(k + 1, i + 1) if self.tok(x) != "-" or True]
        label = self.text(k + 1, i + 1) if k + 1 <= i else word
        if k + 1 < i and is_cap(self.tok(k)) and self.tok(k + 1) in _HEADLINE_VERBS:
            label = self.text(k + 2, i + 1)  # "Kessa and Tessaly agree truce": a headline's verb is no name
        label = re.sub(r"^-?[\w]*-?(?:brokered|backed|mediated|sponsored|led|agreed)\s+", "", label)
        label = re.sub(r'\s*["“”]\s*', " ", label).strip()
        if determiner == "new":
            label = "new " + label
        m = self.add(start, i + 1, s.index, "agreement", type="Agreement",
                     form=lx.AGREEMENT_HEADS.get(word, "agreement"), name=label)
        del words
        m.other = self.marked_other(k + 1, i + 1, s)
        m.aliases.append(label)
        m.form = lx.AGREEMENT_HEADS.get(word, "agreement")
        m.person = -5 if determiner in ("the", "its", "this", "that") else 0  # definiteness
        # "X and Y agreed a truce in Qamishli": a deal the sentence itself makes is a new one
        if determiner in ("a", "an") and self.tok(k - 1).lower() in ("agreed", "signed", "reached", "struck",
                                                                   "sealed", "announced", "concluded"):
            m.person = 5
        # "a Beijing-brokered truce": an indefinite deal its go-between names is one of its own
        if self.tok(k + 1) == "-" and self.tok(k + 2).lower() in _BROKERED and self.tok(k - 1).lower() in (
                "a", "an") or determiner in ("a", "an") and self.tok(k - 1).lower() in _BROKERED:
            m.person = 5  # "China brokered a ceasefire between ...": made in the sentence as well

    def pair(self, i: int, s: Sentence) -> None:
        """"the two sides", "both camps", "the warring parties": the two sides of the conflict."""
        k = i - 1
        while k >= s.first and self.tok(k).lower() in PAIR_MODIFIERS:
            k -= 1
        det = self.tok(k).lower() if k >= s.first else ""
        if det == "both":
            start = k
        elif k < i - 1 and (det in ("the", "") or k + 1 == s.first):
            start = k + 1
        else:
            return  # "the parties" alone is too vague; "back rival sides" is no reference
        lead = start - 1 if self.tok(start - 1).lower() != "the" else start - 2
        if self.tok(i + 1).lower() not in PAIR_VERBS and \
                self.tok(lead).lower() not in ("between", "of", "by"):
            return  # only as the subject of a clause: "the two sides signed"
        if self.mentions and self.mentions[-1].end > self.tokens[start].idx or COUNTED.search(
                self.text(start, i)) and self.tok(i).lower() not in STATE_PAIR_NOUNS:
            return  # (a count of more than two is read of states only: "the three governments")
        self.add(start, i + 1, s.index, "pair", name="the two sides")

    # -- zones and groups ----------------------------------------------------------------
    def zone(self, i: int, s: Sentence) -> None:
        word = self.tok(i).lower()
        k = i - 1
        while k >= s.first and k > i - 4 and (self.tok(k).islower() or self.tok(k) in ("-", "“", "”", '"')
                                              or self.tok(k)[:1].isdigit()) \
                and self.tok(k) not in _ZONE_STOPS:
            k -= 1
        if word == "line" and self.tok(i + 1) != "of":
            if self.tok(i - 1).lower() not in _LINE_KINDS:
                return
            if self.mentions and self.mentions[-1].kind == "agreement" and \
                    self.mentions[-1].start == self.tokens[i - 1].idx:
                self.mentions.pop()  # "a ceasefire line": the line the truce draws, not the truce
        if word == "strip" and k == i - 1:
            return
        start = k + 1
        while start < i and self.tok(start) in ("“", "”", '"'):
            start += 1
        if word in ("points", "camps", "areas") and not any(
                self.tok(x).lower() in lx.ZONE_PURPOSES for x in range(start, i)):
            return  # "assembly points", "cantonment camps"; not "two points", "refugee camps"
        if start == i and word in ("zone", "line", "strip", "zones", "corridors") and not (
                word == "line" and self.tok(i + 1) == "of" and self.tok(i + 2) == "contact"):
            return
        if self.mentions and self.mentions[-1].end > self.tokens[start].idx:
            return
        end = i + 1
        if word == "line" and self.tok(i + 1) == "of" and self.tok(i + 2) == "contact":
            end = i + 3
        if self.tok(start) == "-" and self.tok(start - 1).isdigit() and self.glued(start):
            start -= 1  # "a 20-kilometre separation zone": its number is part of its name
        while start < i and self.tok(start) == "-":
            start += 1  # "a 20-kilometre separation zone" cut at its number: not "-kilometre ..."
        label = self.text(start, end).replace("“", "").replace("”", "").replace('"', "")
        m = self.add(start, end, s.index, "zone", type="Place", name=label)
        # "a separation zone along the Lomani river", "a road corridor through Tash-Bulak": also named by
        # the place it runs along ("the Lomani separation zone", "the Tash-Bulak corridor")
        k = end
        if self.tok(k).lower() in ("along", "through", "around", "across", "near", "on") and end == i + 1:
            k += 1 if self.tok(k + 1).lower() != "the" else 2
            j = k
            while j < s.last and (is_cap(self.tok(j)) or self.tok(j) == "-" and is_cap(self.tok(j + 1))):
                j += 1
            if j > k:
                core = self.text(k, j)
                m.aliases.append(f"{core} {word}")
                if start < i and self.tok(i - 1).isalpha() and self.tok(i - 1).islower():
                    m.aliases.append(f"{core} {self.tok(i - 1)} {word}")

    def state_itself(self, i: int, s: Sentence) -> bool:
        """"fighting the state since 1969", "the armed forces have begun ...", "fights the police": the state
        in context.

        Only "the state" that ends its phrase ("the state capital", "the state of X" are others), and
        "the armed/security forces" and "the (national) police" with no name or "of" phrase to say whose.
        """
        word = self.tok(i)
        start = i if word == "state" or word == "police" and self.tok(i - 1).lower() == "the" else i - 1
        nxt = self.tok(i + 1).lower()
        if self.tok(start - 1).lower() != "the" or \
                word == "state" and (nxt.isalpha() and nxt not in _AFTER_THE_STATE or nxt in _POSSESSIVE) or \
                word == "forces" and (self.tok(i - 1) not in ("armed", "security") or nxt == "of") or \
                word == "police" and (start < i and self.tok(i - 1) not in ("national", "federal")
                                      or nxt in _NOT_THE_POLICE or nxt in _STATE_TARGETS) or \
                self.mentions and self.mentions[-1].end > self.tokens[start].idx:
            return False
        self.add(i, i + 1, s.index, "nominal", form="state", name=self.text(start, i + 1))
        return True

    def group_or_nominal(self, i: int, s: Sentence) -> None:
        word = self.tok(i).lower()
        if self.tok(i) == "forces" and self.tok(i - 1) in ("armed", "security") and self.state_itself(i, s):
            return
        prev = self.tok(i - 1)
        if NOMINAL_HEADS.get(word) == "state":
            # "the pro-Moscow Chechen government", "a Kremlin-installed administration": an authority of its
            # own, however many names stand in its description ("the X-linked group" is one named before)
            own = _OWN_NAMED.search(self.body, max(s.start, self.tokens[i].idx - 60), self.tokens[i].idx)
            if own:
                self.add(i, i + 1, s.index, "group", type="State", form="group", name=own.group(1) + word)
                return
        # "Syrian regime", "Turkish troops": the state itself, named more fully
        last = self.mentions[-1] if self.mentions else None
        if last is not None and last.kind == "gaz" and last.form == "demonym" and word in GROUP_NOUNS \
                and last.end == self.tokens[i - 1].idx + len(prev) and self.tok(i - 2).lower() == "ethnic":
            # "ethnic Armenian forces": fighters of a people, not the army of its state
            self.mentions.pop()
            self.add(i - 2, i + 1, s.index, "group", type="ArmedGroup", form="group",
                     name=self.text(i - 2, i + 1))
            return
        if last is not None and last.kind == "gaz" and last.end == self.tokens[i - 1].idx + len(prev) \
                and last.type == "State" and word in STATE_NOUNS | {"forces"} \
                and self.body[max(0, last.start - 5):last.start].lower() not in ("anti-", "-pro-") \
                and not self.body[max(0, last.start - 4):last.start].lower().endswith("pro-"):
            m = self.mentions[-1]
            m.aliases.append(self.body[m.start:self.tokens[i].idx + len(self.tok(i))])
            m.place -= 5
            return
        if prev in ("'s", "’s") and self.mentions and self.mentions[-1].end == self.tokens[i - 1].idx and \
                self.mentions[-1].type == "State" and word in STATE_NOUNS | {"forces"}:
            m = self.mentions[-1]
            m.place -= 5
            return
        if word in ("forces", "armies", "militaries") and \
                self.tok(i - 1).lower() in ("two", "rival", "warring") \
                and self.tok(i - 2).lower() == "the":
            # "the two forces committed to ...": the two sides of the conflict
            self.add(i - 2, i + 1, s.index, "pair", name="the two sides")
            return
        if word in ("groups", "movements", "militias", "factions") and (
                self.tok(i - 1).lower() == "both" or (self.tok(i - 1).lower() == "two"
                                                      and self.tok(i - 2).lower() == "the")):
            # "Iran, which funds and arms both groups": the two groups the text has just named
            start = i - 1 if self.tok(i - 1).lower() == "both" else i - 2
            self.add(start, i + 1, s.index, "pair", form="groups", name=self.text(start, i + 1))
            return
        if word in GROUP_NOUNS or word == "rebel":
            # descriptors: "anti-Assad rebels", "Ankara-backed rebel factions", "separatist rebels"
            k = i - 1
            while k >= s.first and k > i - 6 and (self.tok(k) == "-" or self.tok(k).lower() in DESCRIPTORS
                                                  or self.tok(k).endswith(DESCRIPTOR_PARTICIPLES)
                                                  or self.tok(k).lower() in ("anti", "pro")
                                                  or (k + 1 < i and self.tok(k + 1) == "-"
                                                      and self.glued(k + 1))):
                k -= 1
            phrase_start = k + 1
            if phrase_start == i and self.tok(i - 2) == "-" and self.tok(i - 3).lower() in ("anti", "pro"):
                phrase_start = i - 3
            desc = self.text(phrase_start, i + 1) if phrase_start <= i else word
            has_descriptor = phrase_start < i and (
                any(x in desc for x in ("anti-", "pro-"))
                or any("-" + x in desc for x in DESCRIPTOR_PARTICIPLES)
                or any(w in _OWN_GROUP for w in desc.lower().split()))
            if word == "rebel":
                if self.tok(i + 1) == "-" or self.tok(i + 1).lower() in ("factions", "fighters", "groups"):
                    if self.tok(i + 1) == "-":
                        self.add(i, i + 1, s.index, "group", type="ArmedGroup", form="rebels", name="rebels")
                    return
                return
            if word == "militants" and not has_descriptor and self.tok(i - 1).lower() == "the":
                # "air strikes on the militants": the armed group the text is about, named before
                self.add(i, i + 1, s.index, "nominal", form="group", name=word)
                return
            if has_descriptor or word == "rebels" or (word in ("separatists", "insurgents", "jihadists",
                                                               "guerrillas", "dissidents")
                                                      and self.tok(i - 1).lower() == "the"):
                name = desc
                if name.lower().startswith(("the ",)):
                    name = name[4:]
                self.add(i, i + 1, s.index, "group", type="ArmedGroup",
                         form="rebels" if re.search(r"rebel|separatist|insurgent|opposition|guerrilla",
                                                    desc.lower()) else "group",
                         name=name)
            return
        # nominal references need a determiner or possessor nearby: "the group", "the movement's"
        k = i - 1
        while k >= s.first and k > i - 6 and (self.tok(k).islower() or self.tok(k) == "-" or (
                self.tok(k + 1) == "-" and self.glued(k + 1))) and self.tok(k).lower() not in (
                "the", "its", "their", "his", "her", "whose", "this", "that", "a", "an", "of", "and", "'s",
                "’s", "anti", "pro"):
            k -= 1
        # "the Sunrise Brigades-linked group": the determiner stands before the whole name
        while k > s.first and is_cap(self.tok(k)) and (self.tok(k + 1) == "-" or is_cap(self.tok(k + 1))):
            k -= 1
        if k == s.first and k < i - 1 and self.tok(k) in BULLETS:
            k += 1  # "• The X-led coalition": a list item's bullet is no determiner
        det = self.tok(k).lower()
        if det in ("a", "an") and NOMINAL_HEADS[word] == "coalition":
            det = "the"
        # "anti-government protests", "Anti-junta fighters", "pro-regime militias": the state itself
        # "under government control": the state that holds the place
        if det == "under" and k == i - 1 and self.tok(i + 1) == "control" and NOMINAL_HEADS[word] == "state":
            det = "the"
        # "attacks on regime-held areas": the state that holds them
        if NOMINAL_HEADS[word] == "state" and self.tok(i + 1) == "-" and self.glued(i + 1) and \
                self.tok(i + 2).lower() in ("held", "controlled", "run", "backed", "led", "allied",
                                            "aligned"):
            det = "the"
        # "clashing with government troops", "regime forces shelled": the state's armed men
        if NOMINAL_HEADS[word] == "state" and word in ("government", "regime", "junta") and \
                self.tok(i + 1).lower() in ("troops", "forces", "soldiers", "jets", "warplanes", "positions"):
            det = "the"
        # "ambush army patrols", "hit government convoys", "overran military posts": the state's
        if word in ("government", "regime", "junta", "army", "military") and \
                self.tok(i + 1).lower() in _STATE_TARGETS and self.tok(i - 1).lower() != "national":
            det = "the"
        if det not in ("the", "its", "their", "this", "that", "anti", "pro") and not (
                det == "-" or (k >= 0 and self.tok(k) == "'s")):
            return
        if det in ("its", "their"):
            return  # "its army" is not a reference to an actor of its own
        described = self.text(k + 1, i + 1)
        if det == "the" and NOMINAL_HEADS[word] == "state" and _OWN_AUTHORITY.search(" " + described):
            # "the eastern-based authorities", "the self-declared government": an authority of its own, not
            # the state the text names
            self.add(i, i + 1, s.index, "group", type="State", form="group", name=described)
            return
        if self.tok(k) in ("'s", "’s") and not (self.mentions and self.mentions[-1].kind == "name"):
            return  # "the African Union's mission" is a description; "Machar's movement" a reference
        after = self.tok(i + 1).lower()
        if after in ("of",) and word in ("government", "regime", "administration"):
            form = "state"
        elif after in ("'s", "’s", ",", ".", "is", "was", "has", "had", "said", "says", "and") or \
                self.tok(i + 1) in ("-",) or after in lx.SPEECH_VERBS or after.endswith("ed") or \
                NOMINAL_HEADS[word] in ("state",):
            form = NOMINAL_HEADS[word]
        else:
            form = NOMINAL_HEADS[word]
        self.add(i, i + 1, s.index, "nominal", form=form, name=word)
