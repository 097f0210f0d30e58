"""What the relation passes share, declared once for the type checker.

:class:`pactgraph.loaders.relations.Extractor` is built from mixins (``status``, ``inference``'s document
passes, ``dependency``'s rules), each using the extractor's attributes and methods. They inherit
this class, which declares them; the methods are declared for type checking only, so at run time
the extractor's own are the only ones.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pactgraph.loaders.inference import Found
    from pactgraph.loaders.mentions import Mention
    from pactgraph.loaders.phrasing import Rule
    from pactgraph.loaders.relation_state import _Sentence
    from pactgraph.loaders.resolve import ResolvedEntity
    from pactgraph.loaders.text import Sentence


class ExtractorState:
    body: str
    sentences: list[Sentence]
    mentions: list[Mention]
    entities: list[ResolvedEntity | None]
    found: list[Found]
    by_sentence: list[list[Mention]]
    #: the last agreement named before the sentence being read (an entity index)
    last_agreement: int | None
    #: the two sides of the conflict the text last named (set by the document passes, read when emitting)
    pair: tuple[ResolvedEntity, ...]
    #: the known bodies, for names built on one ("the X Mission in Y")
    gazetteer: object | None

    if TYPE_CHECKING:
        def view(self, s: Sentence) -> _Sentence: ...

        def entity(self, index: int) -> ResolvedEntity | None: ...

        def usable(self, ref: int, rule: Rule) -> bool: ...

        def represents(self, signers: list[int], sides: list[int], s: Sentence, rule: Rule, status: str,
                       conf: float) -> None: ...

        def emit_pairs(self, subjects: list[int], p: str, objects: list[int], s: Sentence, rule: Rule,
                       status: str, conf: float) -> None: ...

        def emit(self, sref: int, p: str, obj: ResolvedEntity | None, s: Sentence, rule: Rule, status: str,
                 conf: float) -> None: ...

        def emit_entities(self, subject: ResolvedEntity | None, p: str, obj: ResolvedEntity | None,
                          s: Sentence, rule: Rule, status: str, conf: float) -> None: ...
