"""The dependency parse: the project's own spaCy tagger and parser, trained on UD English EWT.

The model ships inside the package (``loaders/parser/model``, CC BY-SA 4.0, see
``loaders/parser/LICENSE.md``); ``make model`` retrains it from a treebank folder. Loading needs
no network. Only sentences that can hold a relation are parsed (``DependencyRules.parse_pass``): the
parse is the extractor's most expensive step.

A parsed sentence is a ``Parse``: the spaCy ``Doc`` of the sentence's words, each name read as
one placeholder word of its kind, and for each word the index of the document mention it stands
for (or -1), so the relation frames (``loaders.dependency``) can move from a word of the parse to
the entity it names.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from pactgraph.loaders.mentions import Mention
from pactgraph.loaders.openers import scare_quote
from pactgraph.loaders.text import Sentence, Tok

log = logging.getLogger(__name__)

#: Where the trained pipeline lives inside the package; ``PACTGRAPH_PARSER`` may name another.
MODEL_DIR = Path(__file__).resolve().parent / "parser" / "model"


@lru_cache(maxsize=1)
def parser() -> Any | None:
    """The trained tagger and parser, loaded once per process (``None`` when no model is installed)."""
    path = Path(os.environ.get("PACTGRAPH_PARSER") or MODEL_DIR)
    if not (path / "config.cfg").is_file():
        log.warning("no dependency parser at %s: relations are read by the phrasing rules only", path)
        return None
    import spacy

    return spacy.load(path)


@dataclass(slots=True)
class Parse:
    """One sentence's parse, with the document mention each word stands for."""

    sentence: Sentence
    doc: Any  # spacy.tokens.Doc
    mention_of: list[int]
    #: The document mentions of the sentence, by index.
    mentions: dict[int, Mention]
    #: The sentence's words in lower case (what a reading that needs a word checks first).
    words: frozenset[str] = frozenset()


#: Mentions read as one word by the parser: a name, however long or foreign, is parsed as a plain
#: proper noun, so its hyphens, brackets and particles ("al-", "wal-") cannot split the sentence.
_MASKED_KINDS = frozenset({"name", "person", "gaz"})
_KEEP_FORMS = frozenset({"demonym"})


#: A common word of the same kind in the treebank, for each entity type: the parser has seen it
#: where names of that kind stand ("the Taliban", "in Baghdad").
_PLACEHOLDERS = {"Person": "Bush", "State": "Iraq", "ArmedGroup": "Taliban", "Organization": "Taliban",
                 "Place": "Baghdad"}

_NAME_WORDS = frozenset(_PLACEHOLDERS.values())


def _placeholder(m: Mention, entity_type: str | None) -> str | None:
    if m.kind not in _MASKED_KINDS or m.form in _KEEP_FORMS:
        return None
    return _PLACEHOLDERS.get(entity_type or "", "Taliban")


def masked_words(text: str, offset: int, mentions: Sequence[Mention],
                 types: Callable[[Mention], str | None] = lambda m: None,
                 toks: Sequence[Tok] | None = None) -> tuple[list[str], list[bool], list[int]]:
    """The sentence's words for the parser, with each name one placeholder word, and the mention of
    each word (-1 for none). ``toks``: the text's tokens, taken from the document's (their offsets are
    the document's), so that the sentence is not tokenized a second time."""
    from pactgraph.loaders.text import tokenize

    words: list[str] = []
    spaces: list[bool] = []
    owner: list[int] = []
    if toks is None:
        toks = [t for t in tokenize(text) if not t.is_space]
        shift = offset  # offsets into ``text``
    else:
        shift = 0
    spans = sorted((m.start - shift, m.end - shift, m) for m in mentions)
    k = 0
    i = 0
    while i < len(toks):
        t = toks[i]
        while k < len(spans) and spans[k][1] <= t.idx:
            k += 1
        if k < len(spans) and spans[k][0] <= t.idx < spans[k][1]:
            a, b, m = spans[k]
            word = _placeholder(m, types(m))
            if word == _PLACEHOLDERS["State"] and m.form == "capital" and i > 0 \
                    and toks[i - 1].text.lower() == "in":
                word = _PLACEHOLDERS["Place"]  # "the government in Z": a city where the parser expects one
            if word is not None:
                j = i
                while j + 1 < len(toks) and toks[j + 1].idx < b:
                    j += 1
                words.append(word)
                spaces.append(bool(toks[j].whitespace_))
                owner.append(m.index)
                i = j + 1
                continue
            words.append(t.text)
            spaces.append(bool(t.whitespace_))
            owner.append(m.index)
            i += 1
            continue
        if _co_verb(toks, i):
            i += 2  # "co-chaired by X": the verb itself, which the parser reads (not "co" as a noun)
            continue
        if scare_quote(toks, i):
            i += 1  # 'its "emir" X': the word in quotes, read as the parser reads it bare
            continue
        words.append("'s" if _plural_possessive(toks, i) else _ADJECTIVE_BEFORE_NAME
                     if _participle_before_name(toks, i, spans, k) else t.text)
        spaces.append(bool(t.whitespace_))
        owner.append(-1)
        i += 1
    return words, spaces, owner


#: Participles the small parser reads as verbs before a name ("mediated by neighbouring Y" read as "by
#: neighbouring (verb) Y"): given to it as an adjective it always reads as one.
_PARTICIPLE_ADJECTIVES = frozenset({"neighbouring", "neighboring"})
_ADJECTIVE_BEFORE_NAME = "regional"


def _participle_before_name(toks: Sequence[Any], i: int, spans: Sequence[tuple[int, int, Mention]],
                            k: int) -> bool:
    """"neighbouring Y", with Y a name: the adjective, not a verb with Y its object."""
    if toks[i].text.lower() not in _PARTICIPLE_ADJECTIVES or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1].idx
    return any(a <= nxt < b for a, b, _m in spans[k:k + 2])


def _co_verb(toks: Sequence[Any], i: int) -> bool:
    """"co-chaired", "co-mediated", "co-hosting": a verb's participle after "co-", split by the tokenizer
    into three words the small parser misreads (it is given the participle alone)."""
    if toks[i].text.lower() != "co" or i + 2 >= len(toks) or toks[i].whitespace_ or toks[i + 1].text != "-" \
            or toks[i + 1].whitespace_:
        return False
    verb = toks[i + 2].text
    return verb.isalpha() and verb.islower() and (verb.endswith(("ed", "ing")) or verb == "led")


def _plural_possessive(toks: Sequence[Any], i: int) -> bool:
    """"the rebels’ leader", "the Tigers’ commander": a typographic apostrophe after a plural, which the
    small parser reads as a quotation mark: it is given the singular's possessive, which it reads."""
    t = toks[i]
    if t.text not in ("\u2019", "'") or i == 0 or i + 1 >= len(toks) or not t.whitespace_:
        return False
    before = toks[i - 1]
    if any(x.text in ("\u2018", "'") for x in toks[:i]):
        return False  # the close of a quotation opened with a single quote ("'traitors' said")
    return not before.whitespace_ and before.text[-1:] in ("s", "S") and toks[i + 1].text[:1].isalnum()


#: A timeline's date and dash, or a list's bullet, that opens a sentence ("14 December 1995 — ", "• ").
_OPENING = re.compile(r"(?:[•·▪]\s+|(?:\d{1,2}\s+)?(?:(?:January|February|March|April|May|June|July|August|"
                      r"September|October|November|December)\s+)?(?:\d{1,2},?\s+)?\d{4}\s+[—–]\s+)", re.I)


#: One document's share of a parse: its body, the sentences to parse with their mentions, how a mention is
#: typed, and the body's tokens (``None``: each sentence is tokenized again).
ParseJob = tuple[str, Sequence[tuple[Sentence, Sequence[Mention]]], Callable[[Mention], str | None],
                 Sequence[Tok] | None]

#: Sentences the parser is given at once (several documents' in a bulk extraction).
PARSE_BATCH = 64


def parse_sentences(body: str, sentences: Iterable[tuple[Sentence, Sequence[Mention]]],
                    types: Callable[[Mention], str | None] = lambda m: None,
                    tokens: Sequence[Tok] | None = None) -> dict[int, Parse]:
    """Parses of the given sentences, by sentence index (empty when no parser is installed).
    ``tokens``: the body's tokens, which the sentences index (tokenized again when not given)."""
    return parse_many([(body, list(sentences), types, tokens)])[0]


def parse_many(jobs: Sequence[ParseJob]) -> list[dict[int, Parse]]:
    """The parses of several documents' sentences, one dict for each job, by sentence index: the parser
    reads them in batches across the documents, which it does faster than one document at a time."""
    nlp = parser()
    if nlp is None or not any(todo for _body, todo, _types, _tokens in jobs):
        return [{} for _ in jobs]
    from spacy.tokens import Doc

    from pactgraph.loaders.misread import restore, stand_ins

    owners: list[list[int]] = []
    docs = []
    originals: list[list[str]] = []
    for body, todo, types, tokens in jobs:
        for s, ms in todo:
            # "January 1989 — After months of ...", "• The group ...": a timeline's date or a bullet before
            # the sentence is no part of its syntax (the parser would make the date the root)
            opening = _OPENING.match(body, s.start, s.end)
            start = opening.end() if opening and opening.end() < s.end else s.start
            toks = None if tokens is None else \
                [t for t in tokens[s.first:s.last] if t.idx >= start and not t.is_space]
            words, spaces, owner = masked_words(body[start:s.end], start, ms, types, toks)
            originals.append(stand_ins(words, spaces, owner, _NAME_WORDS))
            docs.append(Doc(nlp.vocab, words=words, spaces=spaces))
            owners.append(owner)
    parsed = zip(nlp.pipe(docs, batch_size=PARSE_BATCH), owners, originals, strict=True)
    out: list[dict[int, Parse]] = []
    for _body, todo, _types, _tokens in jobs:
        mine: dict[int, Parse] = {}
        for (s, ms), (doc, owner, original) in zip(todo, parsed, strict=False):
            if original:
                doc = restore(doc, original)
            mine[s.index] = Parse(s, doc, owner, {m.index: m for m in ms}, frozenset(t.lower_ for t in doc))
        out.append(mine)
    return out
