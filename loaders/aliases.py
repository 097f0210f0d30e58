"""Aliases: linking the clusters that name one entity in two ways.

A mixin of the resolver (``loaders.resolve.Resolver``) over its clusters (``loaders.clusters``): an
acronym and the name it spells ("Rapid Support Forces" ... "RSF"), a second name ("X, known as Y"), a
surname ("Vladimir Putin" ... "Putin"), a short form ("the Home Guard"), a demonym and its state
("Orondese" -> "Oronde"), a state's formal name and its short one, a place with and without its kind
("Idlib province", "Idlib").
"""

from __future__ import annotations

import re

from pactgraph.loaders import lexicon as lx
from pactgraph.loaders.clusters import Cluster, Clustering, initials, normalise, person_shaped
from pactgraph.loaders.noun_phrases import STATE_NOUNS

#: Kinds of administrative unit a place's name may carry or leave out ("Idlib province" is Idlib).
_ADMINISTRATIVE = frozenset({"province", "governorate", "region", "district", "state", "oblast", "prefecture",
                             "county", "city", "town", "municipality"})
#: Kinds of place whose bare name, typed by no word of its own, is the same place ("the Gaza Strip", "Gaza").
_PLACE_KINDS = _ADMINISTRATIVE | frozenset({"strip", "island", "islands", "mountains", "valley", "gorge",
                                            "peninsula", "heights", "river"})
#: Between a name and a second name it goes by: ", known as", ", better known as", ", alias".
#: ", known by its initials", ", known by its Olo acronym": the initials of a name in another language.
_KNOWN_AS = re.compile(r",\s+(?:(?:also|better|widely|popularly|commonly)\s+)?(?:known\s+as|alias|nicknamed|"
                       r"known\s+by\s+(?:its|the)\s+(?:[A-Z][\w-]*\s+)?(?:initials|acronym|abbreviation)"
                       r"(?:\s+as)?,?)\s+(?:the\s+)?[“\"'‘]?")
#: A name's gloss in brackets and quotes ("Zorya Vanta (“Dawn Together”)"): its translation, a second name.
_GLOSS_OPEN = re.compile(r"\s*\(\s*[“\"‘']")
_GLOSS_CLOSE = re.compile(r"[”\"’']\s*\)")
#: Between a second name and a third: "X, also known as Y or Z".
_OR_NAME = re.compile(r"[”\"'’]?,?\s+or\s+(?:the\s+)?[“\"'‘]?")
#: The last word of a group's or a body's name ("Guard", "Council"), lower-cased.
_HEAD_WORDS = frozenset(w.lower() for w in lx.ARMED_HEADS | lx.ORG_HEADS)
#: Small words a syllabic acronym leaves out.
_SKIPPED = frozenset({"of", "for", "and", "in", "the", "al", "el", "de", "la", "du", "des", "del"})
#: Nouns of a state's formal name after its demonym ("the Marovian Federation").
_STATE_FORM_NOUNS = frozenset({"federation", "republic", "kingdom", "confederation", "sultanate", "emirate",
                               "principality", "commonwealth"})
#: Head words that name a state, a seat of power or a state's force ("the Republic", "the Government", "the
#: Army"): never a short form.
_STATE_HEADS = frozenset({"republic", "republics", "state", "states", "kingdom", "federation", "emirate",
                          "province", "government", "administration", "parliament", "assembly", "court",
                          "nations", "liberation", "army", "military", "police", "navy"})


def _demonym_stem(word: str) -> list[str]:
    """Possible names behind an adjective: "Orondese" -> "Orond", "Marovian" -> "Marovi"."""
    out = []
    for suffix in ("ese", "ian", "an", "i", "ish", "n"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            out.append(word[: -len(suffix)])
    return out


def _spelled_by(acronym: str, name: str) -> bool:
    """Whether an acronym ("STAFOR") is a name's first letter and then letters of its words in order
    ("Stabilisation Force"), each word giving at least one."""
    if not re.fullmatch(r"[A-Z]{2,6}", acronym):
        return False
    words = [w.upper() for w in re.findall(r"[A-Za-z]+", name) if w[0].isupper()]
    if len(words) < 2 or not words[0].startswith(acronym[0]):
        return False
    letters = acronym[1:]
    for i, w in enumerate(words):
        used = 1 if i == 0 else 0
        if i > 0:
            if not letters or not w.startswith(letters[0]):
                return False
            letters, used = letters[1:], 1
        while letters and len(w) > used and letters[0] in w[used:] and (i == len(words) - 1 or
                                                                          letters[0] != words[i + 1][0]):
            used = w.index(letters[0], used) + 1
            letters = letters[1:]
    return not letters


def _syllables_of(acronym: str, name: str) -> bool:
    """Whether a syllabic acronym ("OLODEF") is made of the first letters, one or more, of each of a name's
    words in order ("Olo Defence Forces"), one word giving two or more; the name's last word may be left
    out when it is a group's head ("Forces", "Front")."""
    words = [w.upper() for w in re.findall(r"[A-Za-z]+", name)
             if w[0].isupper() and w.lower() not in _SKIPPED]
    if len(words) < 2 or not re.fullmatch(r"[A-Z]{4,10}", acronym):
        return False
    droppable = words[-1].lower() in _HEAD_WORDS

    def spell(rest: str, k: int, long: bool) -> bool:
        if not rest:
            return long and k >= 2 and (k == len(words) or k == len(words) - 1 and droppable)
        if k == len(words):
            return False
        w = words[k]
        return any(rest.startswith(w[:n]) and spell(rest[n:], k + 1, long or n > 1)
                   for n in range(min(len(w), len(rest)), 0, -1))

    return spell(acronym, 0, False)


class Aliases(Clustering):
    """The links between clusters that name the same entity."""

    def link_acronyms(self) -> None:
        ms = self.mentions
        # "Name (ACR)" and "Name, or ACR"
        for i, m in enumerate(ms[:-1]):
            n = ms[i + 1]
            if m.entity < 0 or n.entity < 0 or n.kind != "name":
                continue
            between = self.body[m.end:n.start]
            if between.strip() in ("(", ", or", "or") and re.fullmatch(r"[A-Z0-9][A-Za-z0-9-]*", n.text) \
                    and n.text.upper() == n.text:
                self.merge(m.entity, n.entity)
            elif between == ", " and m.kind == "name" and _spelled_by(n.text, m.text) and \
                    self.body[n.end:n.end + 1] in (",", ".", ";") and n.sent == m.sent:
                self.merge(m.entity, n.entity)  # "the Stabilisation Force, STAFOR, took over"

        # an acronym spelled by a name of the text ("RSF" ... "Rapid Support Forces")
        by_initials: dict[str, int] = {}
        for c_index, c in enumerate(self.clusters):
            for name in c.names:
                if len(name.split()) >= 2:
                    by_initials.setdefault(initials(name), c_index)
        for c_index, c in enumerate(self.clusters):
            if not c.mentions or not c.key.startswith("name:"):
                continue
            name = c.names[0]
            if re.fullmatch(r"[A-Z][A-Z0-9]{1,7}(?:-[A-Z])?", name):  # "VLF-N": "... Front-North"
                k = by_initials.get(name.replace("-", ""))
                if k is not None and k != c_index and self.clusters[k].mentions:
                    self.merge(k, c_index)
        # a syllabic acronym ("OLODEF" ... "Olo Defence Forces"): the one name of the text that spells it
        for c_index, c in enumerate(self.clusters):
            if not c.mentions or not c.key.startswith("name:") or c.gaz_id or c.person > 0 or \
                    c.type not in (None, "ArmedGroup", "Organization") or \
                    not re.fullmatch(r"[A-Z]{4,10}", c.names[0]):
                continue
            spelled = {k for k, d in enumerate(self.clusters) if k != c_index and d.mentions and d.person <= 0
                       and d.type in (None, "ArmedGroup", "Organization")
                       and any(_syllables_of(c.names[0], n) for n in d.names)}
            if len(spelled) == 1:
                self.merge(spelled.pop(), c_index)
        # "Houthis" and "Houthi"
        for c_index, c in enumerate(self.clusters):
            if c.mentions and c.key.startswith("name:") and c.key.endswith("s") and " " not in c.key:
                k = self.by_key.get(c.key[:-1])
                if k is not None and self.clusters[k].mentions and k != c_index:
                    self.merge(k, c_index)

    def link_surnames(self) -> None:
        people: dict[str, int] = {}
        for c_index, c in enumerate(self.clusters):
            if not c.mentions or not c.key.startswith("name:"):
                continue
            words = c.key[5:].split()
            if len(words) >= 2 and (c.person > 0 or c.type is None) and not any(
                    w in ("of", "for") for w in words):  # "Sons of Oronde" is no man called Oronde
                for n in (1, 2):
                    if len(words) > n:
                        people.setdefault(" ".join(words[-n:]), c_index)
                if words[-2] == "al" and len(words) > 2:
                    people.setdefault(words[-1], c_index)
        for c_index, c in enumerate(self.clusters):
            if not c.mentions or not c.key.startswith("name:"):
                continue
            words = c.key[5:].split()
            if 1 <= len(words) <= 2:
                k = people.get(" ".join(words))
                # "Vladimir Putin ... Putin, in a televised address": a full name of a person's shape
                # with nothing of a group or a place, and its last word alone
                shaped = k is not None and self._shaped_surname(self.clusters[k], c)
                # "Khalifa Haftar ... Haftar's forces": the surname of a full name that is a person's
                if k is not None and k != c_index and self.clusters[k].mentions and \
                        (self.clusters[k].person > 0 and c.type in (None, "Person") and not any(
                            self.body[max(0, self.mentions[x].start - 4):self.mentions[x].start].lower()
                            == "the " for x in c.mentions)  # "the Houthis" are no man
                         or self.clusters[k].person + c.person > 0 or shaped):
                    person = self.clusters[k].person
                    if shaped:
                        person = max(person, 1)  # typed a person as the full name alone would be
                    self.merge(k, c_index)
                    # the full name's evidence stands: a short name is not less a person's
                    self.clusters[k].person = max(self.clusters[k].person, person)

    def link_known_as(self) -> None:
        """"X Y, known as Z", "X Y, better known as Z", "X Y, alias 'Z'": one actor under a second name."""
        ms = self.mentions
        for m in ms:
            if m.entity < 0 or m.kind != "name":
                continue
            # (the next name, past "its" and a language's word: "X, known by its Olo initials Y")
            n = next((x for x in ms[m.index + 1:m.index + 4] if x.kind == "name" and x.sent == m.sent and
                      _KNOWN_AS.fullmatch(self.body, m.end, x.start) is not None), None)
            gloss = ms[m.index + 1] if m.index + 1 < len(ms) else None
            if n is None and gloss is not None and gloss.kind == "name" and gloss.entity >= 0 and \
                    gloss.entity != m.entity and _GLOSS_OPEN.fullmatch(self.body, m.end, gloss.start) and \
                    _GLOSS_CLOSE.match(self.body, gloss.end) and self.clusters[gloss.entity].person <= 0:
                # "Zorya Vanta (“Dawn Together”)": the name in translation, an alias (the name stays)
                a, b = self.clusters[m.entity], self.clusters[gloss.entity]
                translated = list(b.names)
                self.merge(m.entity, gloss.entity)
                a.names = [x for x in a.names if x not in translated]
                a.aliases += translated
                continue
            if n is None or n.entity < 0:
                continue
            names = [n]
            # "X, also known as Y or Z": a third name after "or"
            for o in ms[n.index + 1:n.index + 2]:
                if o.kind == "name" and o.entity >= 0 and o.sent == n.sent and \
                        _OR_NAME.fullmatch(self.body, n.end, o.start) is not None:
                    names.append(o)
            for n in names:
                if n.entity == m.entity:
                    continue
                a, b = self.clusters[m.entity], self.clusters[n.entity]
                if a.type and b.type and a.type != b.type and b.type != "Person":
                    continue  # (a nickname has no head to type it by: the full name's type stands)
                kept = a.type
                self.merge(m.entity, n.entity)
                a.type = kept or a.type

    def link_known_as_references(self) -> None:
        """"the movement, known by its initials ZLF", "the group, known as Zorya": a second name after a
        reference is the entity the reference resolved to (run after the references are resolved)."""
        ms = self.mentions
        for m in ms:
            if m.kind != "nominal" or m.entity < 0:
                continue
            # (the next name, past "its" and a language's word: "its Olo initials X")
            n = next((x for x in ms[m.index + 1:m.index + 4] if x.kind == "name" and x.sent == m.sent and
                      _KNOWN_AS.fullmatch(self.body, m.end, x.start) is not None), None)
            if n is None or n.entity < 0 or n.entity == m.entity:
                continue
            a, b = self.clusters[m.entity], self.clusters[n.entity]
            if a.type not in ("ArmedGroup", "Organization") or b.type not in (None, a.type) or b.person > 0 \
                    or b.gaz_id:
                continue
            self.merge(m.entity, n.entity)

    def link_short_forms(self) -> None:
        """"the Sarnik Home Guard ... the Home Guard": a group's or a body's name without its first word(s),
        after "the" and after the full name, is that group (when one name only ends so)."""
        heads = _HEAD_WORDS
        tails: dict[str, int | None] = {}
        for c_index, c in enumerate(self.clusters):
            if not c.mentions or not c.key.startswith("name:") or c.person > 0 or c.type == "Person":
                continue
            words = c.key[5:].split()
            # "the Tessaly Verification Mission in Olo ... the Verification Mission": the name before its
            # "in"/"of"/"for"
            words = words[:next((i for i, w in enumerate(words) if w in ("of", "for", "in")), len(words))]
            if len(words) < 3 or words[-1] not in heads:
                continue
            for n in range(2, len(words)):
                tail = " ".join(words[-n:])
                tails[tail] = None if tails.get(tail, c_index) != c_index else c_index
        for c_index, c in enumerate(self.clusters):
            if not c.mentions or not c.key.startswith("name:") or c.type not in (None, "ArmedGroup",
                                                                                 "Organization"):
                continue
            k = tails.get(c.key[5:])
            if k is None or k == c_index or not self.clusters[k].mentions:
                continue
            first = self.mentions[c.mentions[0]]
            if self.mentions[self.clusters[k].mentions[0]].start < first.start and all(
                    self.body[max(0, self.mentions[x].start - 4):self.mentions[x].start].lower() == "the "
                    for x in c.mentions):
                self.merge(k, c_index)

    def link_head_words(self) -> None:
        """"the Nandi Patriotic Front ... the Front", "the Stabilization Mission in Oronde ... the Mission",
        "the Red Brotherhood ... the Brotherhood": a group's or a body's head word alone, capitalised after
        "the", is the one name before it with that head (none when two names have it: "the Committee" of
        two states' committees)."""
        by_head: dict[str, int | None] = {}
        for c_index, c in enumerate(self.clusters):
            if not c.mentions or not c.key.startswith("name:") or c.person > 0 or \
                    c.type in ("Person", "Place", "State"):
                continue
            words = c.key[5:].split()
            cut = next((i for i, w in enumerate(words) if w in ("of", "for", "in")), len(words))
            if cut < 2 or words[cut - 1] in _STATE_HEADS or not words[cut - 1].isalpha():
                continue
            head = words[cut - 1]
            by_head[head] = None if by_head.get(head, c_index) != c_index else c_index
        for c_index, c in enumerate(self.clusters):
            if not c.mentions or not c.key.startswith("name:") or " " in c.key[5:] or \
                    c.type not in (None, "ArmedGroup", "Organization"):
                continue
            k = by_head.get(c.key[5:])
            if k is None or k == c_index or not self.clusters[k].mentions:
                continue
            first = self.mentions[self.clusters[k].mentions[0]].start
            if all(self.mentions[x].kind == "name" and self.mentions[x].start > first and
                   self.body[max(0, self.mentions[x].start - 4):self.mentions[x].start].lower() == "the "
                   for x in c.mentions):
                self.merge(k, c_index)  # (``merge`` keeps the named cluster's type)

    def _shaped_surname(self, full: Cluster, short: Cluster) -> bool:
        """"Vladimir Putin ... Putin, in a televised address": a full name of a person's shape with nothing
        of a group, a place or a state about it, and its last word alone (not "the X"); a bare word counts
        against a person each time it is met with no sign of one: a surname met often is no less a man's."""
        return full.type is None and short.type is None and full.place <= 0 and short.place <= 0 and \
            full.state_votes == 0 and short.state_votes == 0 and \
            full.person + short.person >= -max(1, len(short.mentions)) and \
            all(person_shaped(n) for n in full.names) and not any(
                self.body[max(0, self.mentions[x].start - 4):self.mentions[x].start].lower() == "the "
                for x in short.mentions)

    def link_demonyms(self) -> None:
        singles: dict[str, int] = {}
        for c_index, c in enumerate(self.clusters):
            if c.mentions and c.key.startswith("name:") and " " not in c.key[5:]:
                singles[c.key[5:]] = c_index
        for c_index, c in enumerate(self.clusters):
            if not c.mentions or not c.key.startswith("name:") or " " in c.key[5:]:
                continue
            word = c.key[5:]
            for stem in _demonym_stem(word):
                for name, k in singles.items():
                    if k != c_index and name != word and name.startswith(stem) \
                            and len(name) - len(stem) <= 3 \
                            and self.clusters[k].mentions:
                        # an adjective used with state nouns ("Orondese army") marks a state
                        for i in c.mentions:
                            m = self.mentions[i]
                            nxt = self.body[m.end:m.end + 20].split()
                            if nxt and nxt[0].strip(",.") in STATE_NOUNS:
                                self.clusters[k].state_votes += 2
                        self.merge(k, c_index)
                        break
                else:
                    continue
                break

    def link_state_forms(self) -> None:
        """"the Republic of Oronde" ... "Oronde": a state's formal name and its short one are one state."""
        for k, c in enumerate(self.clusters):
            if not c.mentions or c.type != "State" or not c.key.startswith("name:") or " of " not in c.key:
                continue
            short = {normalise(a) for a in c.aliases if a}
            for alias in short:
                other = self.by_key.get("name:" + alias)
                if other is not None and other != k and self.clusters[other].mentions:
                    self.merge(k, other)
            # "Orondese troops": the demonym of the short name
            for other, d in enumerate(self.clusters):
                word = d.key[5:]
                if other != k and d.mentions and d.key.startswith("name:") and " " not in word \
                        and d.person <= 0 and any(a.startswith(stem) and len(a) - len(stem) <= 3
                                                  and " " not in a
                                                  for stem in _demonym_stem(word) for a in short):
                    self.merge(k, other)

    def link_demonym_forms(self) -> None:
        """"the Marovian Federation" ... "Marovia": a state's formal name made of its demonym and a
        state's noun is the state its short name names."""
        singles = {c.key[5:]: k for k, c in enumerate(self.clusters)
                   if c.mentions and c.key.startswith("name:") and " " not in c.key[5:] and c.person <= 0}
        for k, c in enumerate(self.clusters):
            words = c.key[5:].split()
            if not c.mentions or not c.key.startswith("name:") or len(words) != 2 or \
                    words[1] not in _STATE_FORM_NOUNS or c.person > 0:
                continue
            for stem in _demonym_stem(words[0]):
                # (a state's name, not a people's plural: "the Kurdish Federation" is not "the Kurds")
                short = [j for name, j in singles.items() if name.startswith(stem)
                         and len(name) - len(stem) <= 3 and name != words[0] and self.clusters[j].mentions
                         and self.clusters[j].type in (None, "State") and not name.endswith("s")]
                if len(short) == 1:
                    self.merge(k, short[0])
                    break

    def link_shared_demonyms(self) -> None:
        """"Congolese" names two states; when the text names only one of them, it is that one."""
        if self.gazetteer is None:
            return
        owners: dict[str, set[int]] = {}
        for c_index, c in enumerate(self.clusters):
            if c.mentions and c.gaz_id:
                entry = self.gazetteer.get(c.gaz_id)  # type: ignore[attr-defined]
                for demonym in getattr(entry, "demonyms", ()):
                    owners.setdefault("name:" + normalise(demonym), set()).add(c_index)
        for key, found in owners.items():
            k = self.by_key.get(key)
            if k is not None and len(found) == 1 and self.clusters[k].mentions \
                    and self.clusters[k].person <= 0:
                self.merge(next(iter(found)), k)

    def link_places(self) -> None:
        """"Idlib province" and "Idlib", "Shan state" and "Shan": one place, with and without its kind."""
        bare: dict[str, int] = {}
        for k, c in enumerate(self.clusters):
            if c.mentions and c.type == "Place" and c.names:
                bare.setdefault(normalise(c.names[0]), k)
        for k, c in enumerate(self.clusters):
            if not c.mentions or c.type != "Place" or not c.names:
                continue
            words = c.names[0].split()
            if len(words) >= 2 and words[-1].lower() in _ADMINISTRATIVE:
                other = bare.get(normalise(" ".join(words[:-1])))
                if other is not None and other != k and self.clusters[other].mentions:
                    self.merge(other, k)  # named by the bare name: "Idlib" in every document
            if len(words) >= 2 and words[-1].lower() in _PLACE_KINDS and normalise(
                    " ".join(words[:-1])) not in bare:
                self._retype_bare(k, " ".join(words[:-1]))

    def _retype_bare(self, k: int, bare_name: str) -> None:
        """"the Gaza Strip" ... "rebuild Gaza", "the Qandil mountains" ... "Qandil": a bare name no word
        typed, guessed an actor, is the place named with its kind."""
        key = normalise(bare_name)
        for j, x in enumerate(self.clusters):
            if j == k or not x.mentions or x.type != "ArmedGroup" or not x.names or \
                    normalise(x.names[0]) != key:
                continue
            if all(self.mentions[i].kind == "name" and self.mentions[i].type is None for i in x.mentions):
                x.type = "Place"
                self.merge(j, k)
            return
