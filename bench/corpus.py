"""A generator of synthetic but realistic news corpora: N documents over K actors, seeded.

    python bench/corpus.py OUT_DIR --docs 1000 --actors 300 [--seed 7]

Each document is a short wire report (a dateline, eleven to twenty sentences, about 200
words) on one local conflict: a state's army, a few armed groups, their foreign backers, a
mediator, a province and its towns. Sentences come from the phrasings pactgraph reads
(backing, denials and accusations, fighting, alliances, leaders, membership, control,
ceasefires with their brokers and zones, splits, attacks with casualties, relative dates)
and from sentences that state no relation at all, as real reports do. Names are invented
(groups, people, towns, provinces: they are in no list the extractor ships) except states,
which are real ones from the gazetteer, as in real news.

The same seed, document count and actor count give the same corpus, byte for byte: the
benchmarks are reproducible. Documents are dated between 2012 and 2025; the actors a
document names are drawn with a skew (a few groups and states appear in many reports, most
in few), so the graph built from them has hubs as a real one does.
"""

from __future__ import annotations

import argparse
import csv
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_ONSETS = ("b", "d", "k", "m", "n", "r", "s", "t", "v", "z", "kh", "dr", "br", "tr", "sh", "g", "l", "h")
_VOWELS = ("a", "e", "i", "o", "u", "ai", "ou", "ia")
_CODAS = ("", "", "n", "r", "s", "l", "m", "k", "sh", "d")
#: How invented armed groups are named: "{stem} {kind}" or "{kind} of {stem}".
_GROUP_KINDS = ("Liberation Front", "Defence Brigades", "Unity Movement", "Popular Resistance",
                "Revolutionary Army", "Salvation Front", "Patriotic Forces", "Resistance Movement",
                "Justice Movement", "Freedom Brigades", "National Army", "Self-Defence Units")
_GROUP_KINDS_OF = ("Army of", "Front for the Liberation of", "Movement for the Salvation of")
_PROVINCE_WORDS = ("province", "region", "district")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_AGENCIES = ("Reuters", "AFP", "AP")


def _word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS)
                   for _ in range(syllables)).capitalize()


@dataclass(frozen=True, slots=True)
class State:
    name: str
    demonym: str
    capital: str


@dataclass(frozen=True, slots=True)
class Group:
    name: str
    leader: str


def _states() -> list[State]:
    """Real states from the gazetteer that have a demonym and a capital (sorted: deterministic)."""
    path = ROOT / "loaders" / "data" / "states.tsv"
    states = []
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            demonym = (row.get("demonyms") or "").split("|")[0]
            capital = (row.get("capitals") or "").split("|")[0]
            if demonym and capital and not row.get("ambiguous"):
                states.append(State(row["name"], demonym, capital))
    return sorted(states, key=lambda s: s.name)


class Universe:
    """The K actors a corpus speaks of: invented armed groups with leaders, and real states."""

    def __init__(self, actors: int, seed: int) -> None:
        rng = random.Random(f"universe-{seed}")
        states = _states()
        n_states = max(4, min(len(states), actors // 5))
        self.states = rng.sample(states, n_states)
        names: set[str] = set()
        groups: list[Group] = []
        while len(groups) < max(4, actors - n_states):
            stem = _word(rng, rng.choice((2, 2, 3)))
            if rng.random() < 0.8:
                name = f"{stem} {rng.choice(_GROUP_KINDS)}"
            else:
                name = f"{rng.choice(_GROUP_KINDS_OF)} {stem}"
            if name in names:
                continue
            names.add(name)
            groups.append(Group(name, f"{_word(rng, 2)} {_word(rng, rng.choice((2, 3)))}"))
        self.groups = groups

    def pick_groups(self, rng: random.Random, k: int) -> list[Group]:
        """``k`` distinct groups, skewed: low indexes (the hubs) come up far more often."""
        chosen: dict[str, Group] = {}
        while len(chosen) < k:
            g = self.groups[min(len(self.groups) - 1, int(rng.paretovariate(1.1)) - 1)]
            if rng.random() < 0.5:
                g = rng.choice(self.groups)
            chosen.setdefault(g.name, g)
        return list(chosen.values())

    def pick_states(self, rng: random.Random, k: int) -> list[State]:
        """``k`` distinct states, skewed towards the first few (the great powers of this world)."""
        chosen: dict[str, State] = {}
        while len(chosen) < k:
            s = self.states[min(len(self.states) - 1, int(rng.paretovariate(1.3)) - 1)]
            if rng.random() < 0.4:
                s = rng.choice(self.states)
            chosen.setdefault(s.name, s)
        return list(chosen.values())


def _report(universe: Universe, rng: random.Random, number: int) -> tuple[str, str]:
    """One wire report: (date, text)."""
    year, month, day = rng.randrange(2012, 2026), rng.randrange(1, 13), rng.randrange(1, 29)
    date = f"{year:04d}-{month:02d}-{day:02d}"
    home, backer, mediator = universe.pick_states(rng, 3)
    a, b, c = universe.pick_groups(rng, 3)
    province = f"{_word(rng, 2)} {rng.choice(_PROVINCE_WORDS)}"
    town, town2 = _word(rng, 2), _word(rng, 3)
    weekday = rng.choice(_WEEKDAYS)
    killed = rng.randrange(2, 60)
    earlier_month = _MONTHS[(month - 2) % 12]
    since = year - rng.randrange(1, 8)

    opening = rng.choice((
        f"Fighters of the {a.name} clashed with the {home.demonym} army near the town of {town} in "
        f"{province} on {weekday}, killing at least {killed} soldiers, a local official said.",
        f"The {a.name} launched an offensive against the {home.demonym} army in {province} on {weekday}, "
        f"residents said.",
        f"{home.demonym} troops and the {a.name} fought for control of {town} on {weekday}, "
        f"the worst fighting in {province} this year.",
    ))
    pool = [
        f"The {a.name}, backed by {backer.name}, has fought the government in {home.capital} since {since}.",
        f"{backer.name} backs the {a.name} in the war.",
        f"{backer.name} denies arming the {a.name}.",
        f"{home.name} accuses {backer.name} of arming the {a.name}.",
        f"Its leader, {a.leader}, said the group would not lay down its arms.",
        f"{b.leader}, the leader of the {b.name}, called for talks.",
        f"The {b.name}, an ally of the {a.name}, controls the town of {town2}.",
        f"The {a.name} and the {b.name} are allies.",
        f"The {b.name} is a member of the {c.name}, an alliance of armed groups.",
        f"The {c.name} emerged from the {a.name}.",
        f"Last week, the {a.name} and the {home.demonym} government signed a ceasefire covering {province}.",
        f"The truce was brokered by {mediator.name}.",
        f"In {earlier_month}, {home.demonym} forces seized {town2} from the {b.name}.",
        f"Fighting between the {b.name} and the {home.demonym} army resumed on {weekday}.",
        f"{mediator.name} and {backer.name} back rival sides in the war.",
        f"{home.demonym} officials say {backer.name} supplies the {a.name} with weapons.",
    ]
    filler = [
        f"Thousands of families have fled {town} since the fighting began.",
        "Aid agencies said the roads were too dangerous to reach the wounded.",
        "Prices of bread and fuel have tripled in the markets this month.",
        f"The United Nations said it was alarmed by the reports from {province}.",
        "Schools in the area have been closed for weeks.",
        "Analysts said neither side was strong enough to win outright.",
        "Telephone lines were cut for most of the day.",
        f"Witnesses described columns of smoke rising over {town} throughout the afternoon.",
        "Hospitals in the provincial capital said they were running out of blood and fuel for generators.",
        "The claims could not be independently verified because journalists have little access to the area.",
        f"Many of those who fled are sheltering in schools and mosques on the road to {home.capital}.",
        "Diplomats said a new round of talks could begin before the end of the month.",
        "The government did not respond to a request for comment.",
        f"A spokesman for the {home.demonym} defence ministry said operations would continue.",
    ]
    body = rng.sample(pool, rng.randrange(6, 12)) + rng.sample(filler, rng.randrange(4, 9))
    rng.shuffle(body)
    sentences = [opening, *body]
    dateline = f"{home.capital.upper()}, {_MONTHS[month - 1]} {day} ({rng.choice(_AGENCIES)}) - "
    paragraphs, i = [], 0
    while i < len(sentences):
        n = rng.randrange(1, 4)
        paragraphs.append(" ".join(sentences[i:i + n]))
        i += n
    text = f"date {date}\n\n{dateline}{paragraphs[0]}\n\n" + "\n\n".join(paragraphs[1:]) + \
        f"\n\n(Report {number:07d})\n"
    return date, text


def generate(docs: int, actors: int, seed: int = 7) -> Iterator[tuple[str, str]]:
    """(file name, text) of ``docs`` reports over about ``actors`` actors, the same for the same arguments."""
    universe = Universe(actors, seed)
    for number in range(docs):
        rng = random.Random(f"report-{seed}-{number}")
        _, text = _report(universe, rng, number)
        yield f"report-{number:07d}.txt", text


def write(out: Path, docs: int, actors: int, seed: int = 7) -> int:
    """Write the corpus as ``*.txt`` files under ``out`` (created); the number of words written."""
    out.mkdir(parents=True, exist_ok=True)
    words = 0
    for name, text in generate(docs, actors, seed):
        (out / name).write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--actors", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    words = write(args.out, args.docs, args.actors, args.seed)
    print(f"{args.docs} documents, {words} words, in {args.out}")


if __name__ == "__main__":
    main()
