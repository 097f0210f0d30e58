"""Pronoun chains: a pronoun that opens a sentence as its subject is what the next one continues.

A mixin of ``loaders.references.References`` (and so of the resolver). "Ten years ago the Sand Wolf
Front split from a farmers' union. It raids the Ash Reed Brigade's camps and taxes the convoys it
protects": the second "it" is the first one's actor, not the group named in between; "It runs the
port. Its commander ..." is the same.
"""

from __future__ import annotations

import re

from pactgraph.loaders.mentions import Mention

#: What may stand before a sentence's first word: quotes, brackets, bullets, a list number.
_SENTENCE_OPENING = re.compile(r"[\s\"“‘'(•*·▪–—-]*(?:\d+\.\s+)?")


class PronounChains:
    """Whether an earlier pronoun may be a later one's antecedent."""

    body: str

    def _opens_sentence(self, x: Mention, m: Mention) -> bool:
        """Whether the pronoun ``x`` before the pronoun ``m`` is of its kind ("it", "they") and opens its
        sentence as its subject: the actor it stands for is the one ``m`` continues."""
        if x.entity < 0 or x.form != m.form or x.text.lower() not in ("it", "they"):
            return False
        start = self.body.rfind("\n", 0, x.start) + 1
        for end in (". ", "! ", "? ", "; "):
            start = max(start, self.body.rfind(end, 0, x.start) + 2)
        return _SENTENCE_OPENING.fullmatch(self.body, start, x.start) is not None
