"""Home names: the state a text is about when it names it only inside other names or by its capital.

A mixin of ``loaders.resolve.Resolver``. "The Kessan Liberation Front attacked an army post ... The army
said": the state whose army it is may never be named alone; the names of the groups and bodies the text
talks about ("Kessan Liberation Front", "Kessa Programme") and its seat of power name it instead, and so
vote for it as the home state of "the army", "the government", "the junta".
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from pactgraph.loaders.capitalised import _gaz_index
from pactgraph.loaders.clusters import Cluster

if TYPE_CHECKING:
    from pactgraph.loaders.mentions import Mention


#: A part of a state named by its direction ("northern Kessa", "the east of Kessa" read as one name).
_PART_OF = re.compile(r"(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:ern|-?(?:east|west)(?:ern)?)\s+(.+)")


class HomeNames:
    """Votes for the states named within the names of a text's groups and bodies, or by their capitals."""

    mentions: list[Mention]
    clusters: list[Cluster]
    body: str
    gazetteer: object | None
    by_key: dict[str, int]

    def named_within(self) -> Counter[str]:
        """Votes by gazetteer id for the states named inside the names of armed groups and bodies (one for
        each mention of the group, its acronym's too) or by a capital read as a place; more in the lede."""
        votes: Counter[str] = Counter()
        if self.gazetteer is None:
            return votes
        index = _gaz_index(self.gazetteer)
        named: dict[int, set[str]] = {}  # by cluster: the states its names hold
        for m in self.mentions:
            if m.entity < 0 or m.kind not in ("name", "gaz"):
                continue
            c = self.clusters[m.entity]
            ids = named.get(m.entity)
            if ids is None:
                ids = named[m.entity] = set()
                if c.type in ("ArmedGroup", "Organization"):
                    for name in c.names:
                        for word in re.split(r"[\s-]+", name) if " " in name else ():
                            ids.update(hit.entry.id for hit in index.exact.get(word, ()) if word[:1].isupper()
                                       and hit.entry.type == "State" and hit.form in ("name", "demonym"))
            if m.kind == "gaz" and m.form == "capital" and c.type == "Place" and m.gaz_id:
                ids = {m.gaz_id}  # the seat of power, read as a place only
            elif m.kind == "name" and c.type == "Place" and (part := _PART_OF.fullmatch(m.text)):
                ids = {hit.entry.id for hit in index.exact.get(part.group(1), ()) if hit.entry.type == "State"
                       and hit.form == "name"}  # "northern Kessa": fighting in a part of the state
            for gid in ids:
                votes[gid] += 2 if m.sent == 0 else 1
        return votes

    def home_from_names(self, votes: Counter[int]) -> int | None:
        """The home state, when one named only within names outvotes every state named on its own: a new
        cluster of that state (it has no mention until "the army" and the like join it)."""
        hidden = self.named_within()
        for gid in list(hidden):
            k = self.by_key.get("gaz:" + gid)
            if k is not None:
                del hidden[gid]  # a state named on its own: its own mentions vote ("Sudan" in the name of a
                # South Sudanese party is no vote against "South Sudan")
        best = votes.most_common(1)[0] if votes else None
        if not hidden:
            return best[0] if best else None
        gid, n = hidden.most_common(1)[0]
        if best is not None and best[1] >= n or n < 2:
            return best[0] if best else None
        entry = self.gazetteer.get(gid)  # type: ignore[attr-defined]
        k = len(self.clusters)
        c = Cluster("gaz:" + gid)
        c.gaz_id = gid
        c.type = "State"
        c.names.append(entry.name)
        self.clusters.append(c)
        self.by_key[c.key] = k
        return k
