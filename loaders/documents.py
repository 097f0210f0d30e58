"""Reading news documents: bytes on disk (or text from a request) into a ``Document``.

A document may open with a header ``date YYYY-MM-DD`` (the publication date).
The header may be indented and may share its line with the first sentence;
everything after it is the body, and every offset we emit points into the body.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from pactgraph.loaders.errors import DocumentError
from pactgraph.ontology.dates import is_iso_date
from pactgraph.ontology.statements import Document

#: "date" then something that starts like a date; what follows the token is body.
_HEADER = re.compile(r"\A[ \t\r\n]*date[ \t]+(?P<date>\d\S*)[ \t]*")
#: Control characters that never occur in text (tab, newlines and form feed do).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
#: A body without one letter or digit (only punctuation, symbols and spaces) has no sentence.
_WORD = re.compile(r"[^\W_]")


def _check_size(size: int, max_bytes: int | None, where: str) -> None:
    if max_bytes is not None and size > max_bytes:
        raise DocumentError(where, f"too large: {size:,} bytes, more than the limit of {max_bytes:,} bytes "
                                   "(PACTGRAPH_MAX_DOCUMENT_BYTES)")


def _check_date(value: str, where: str) -> str:
    if is_iso_date(value, precision="day"):
        return value
    raise DocumentError(where, f"malformed date {value!r} in the header (expected date YYYY-MM-DD)")


def _split_header(text: str, where: str) -> tuple[str | None, str]:
    match = _HEADER.match(text)
    if not match:
        return None, text.strip()
    return _check_date(match["date"], where), text[match.end():].strip()


def _decode(data: bytes, where: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data:
        raise DocumentError(where, "binary file (it holds NUL bytes), expected UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        raise DocumentError(
            where, f"not UTF-8 text: byte 0x{data[e.start]:02x} at offset {e.start} (line {line}) is invalid"
        ) from e
    control = _CONTROL.search(text)
    if control:
        raise DocumentError(
            where, f"binary file (control character {control.group()!r} at offset {control.start()})"
        )
    return text


def _build(text: str, name: str, where: str, date: str | None = None,
           title: str | None = None, source: str | None = None) -> Document:
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    header_date, body = _split_header(text, where)
    if date is not None:
        date = _check_date(date, where)
    if not body:
        raise DocumentError(where, "empty document (no text after the header)")
    if not _WORD.search(body):
        raise DocumentError(where, "no sentences: the text has no letter or digit")
    return Document(id=Document.make_id(body), name=name, body=body,
                    date=date or header_date, title=title, source=source)


def read_document(path: Path, max_bytes: int | None = None, *, source: str | None = None) -> Document:
    """The document in a UTF-8 text file; ``DocumentError`` says what is wrong with it.

    A file larger than ``max_bytes`` is refused before it is read. ``source`` is what the graph
    keeps of where it came from (by default the file's name: see :func:`iter_documents`).
    """
    path = Path(path)
    where = str(path)
    try:
        if max_bytes is not None:
            _check_size(path.stat().st_size, max_bytes, where)
        data = path.read_bytes()
    except IsADirectoryError as e:
        raise DocumentError(where, "is a folder, expected a text file") from e
    except FileNotFoundError as e:
        raise DocumentError(where, "no such file") from e
    except OSError as e:
        raise DocumentError(where, f"cannot be read: {e.strerror or e}") from e
    if not data.strip():
        raise DocumentError(where, "empty document")
    document = _build(_decode(data, where), path.name, where, source=source or path.name)
    return dataclasses.replace(document, path=where)


def document_from_text(text: str, name: str, date: str | None = None,
                       title: str | None = None, max_bytes: int | None = None) -> Document:
    """A document from text received by other means (an HTTP request); ``date`` overrides a header."""
    if not text or not text.strip():
        raise DocumentError(name, "empty document")
    if max_bytes is not None and len(text) > max_bytes // 4:
        _check_size(len(text.encode("utf-8")), max_bytes, name)
    control = _CONTROL.search(text)
    if control:
        raise DocumentError(name, f"binary text (control character {control.group()!r} "
                                  f"at offset {control.start()})")
    return _build(text, name, name, date=date, title=title)


def document_files(paths: Iterable[Path]) -> Iterator[tuple[Path, str] | DocumentError]:
    """The files :func:`iter_documents` would read, each with its source, unread (for readers
    elsewhere, such as cluster workers that share the file system); a path that is not there is
    its DocumentError."""
    return _expand(paths)


def _expand(paths: Iterable[Path]) -> Iterator[tuple[Path, str] | DocumentError]:
    """Each file with its source: its path relative to the folder given, or its name."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*.txt") if p.is_file()):
                yield file, file.relative_to(path).as_posix()
        elif path.exists():
            yield path, path.name
        else:
            yield DocumentError(str(path), "no such file or folder")


def iter_documents(paths: Iterable[Path], max_bytes: int | None = None) -> Iterator[Document | DocumentError]:
    """One document, or the error that stopped it, per file; folders give their ``*.txt`` files.

    Files larger than ``max_bytes`` are refused unread (a DocumentError naming the limit).
    """
    for item in _expand(paths):
        if isinstance(item, DocumentError):
            yield item
            continue
        path, source = item
        try:
            yield read_document(path, max_bytes, source=source)
        except DocumentError as e:
            yield e
