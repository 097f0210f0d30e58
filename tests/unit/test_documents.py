"""Reading documents: headers, encodings and the errors a user sees."""

from __future__ import annotations

from pathlib import Path

import pytest

from pactgraph.loaders import DocumentError, document_from_text, iter_documents, read_document


def write(tmp_path: Path, data: bytes, name: str = "doc.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_header_date_and_body(tmp_path):
    doc = read_document(write(tmp_path, b"date 2021-03-04\n\nThe rebels took the town.\n"))
    assert doc.date == "2021-03-04"
    assert doc.body == "The rebels took the town."
    assert doc.name == "doc.txt"
    assert doc.id == type(doc).make_id(doc.body)


def test_irregular_header_shares_the_first_line(tmp_path):
    doc = read_document(write(tmp_path, b" date 2019-05-06 Fighting resumed. More later."))
    assert doc.date == "2019-05-06"
    assert doc.body.startswith("Fighting resumed.")


def test_no_header(tmp_path):
    doc = read_document(write(tmp_path, b"Datelines are not headers.\n"))
    assert doc.date is None
    assert doc.body == "Datelines are not headers."


def test_bom_is_accepted(tmp_path):
    doc = read_document(write(tmp_path, "\ufeffdate 2020-01-02\nText here.".encode()))
    assert doc.date == "2020-01-02"
    assert doc.body == "Text here."


@pytest.mark.parametrize("data, words", [
    (b"", "empty"),
    (b"   \n\t\n", "empty"),
    (b"date 2020-01-01\n\n", "empty"),
    (b"abc\x00def", "binary"),
    (b"abc\x01\x02def", "binary"),
    (b"caf\xe9 au lait", "offset 3"),
    (b"date 2020-13-45\nText.", "malformed date '2020-13-45'"),
    (b"date 2020-1-5\nText.", "malformed date"),
    (b"date 2019/05/06\nText.", "malformed date '2019/05/06'"),
    (b"date 06.05.2019\nText.", "malformed date '06.05.2019'"),
    (b"date 2019-02-30\nText.", "malformed date '2019-02-30'"),
    (b"date 2019-05-06T10:00\nText.", "malformed date"),
    (b"... !!! --- \xe2\x80\x94 ?\n\n*", "no sentences"),
    (b"date 2020-01-01\n\n  .  .  .", "no sentences"),
])
def test_bad_documents_say_what_is_wrong(tmp_path, data, words):
    path = write(tmp_path, data)
    with pytest.raises(DocumentError) as info:
        read_document(path)
    assert words in str(info.value)
    assert str(path) in str(info.value)


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:  # sparse: 50 MB on paper, nothing on disk
        f.truncate(50 * 1024 * 1024)
    with pytest.raises(DocumentError) as info:
        read_document(path, max_bytes=1_048_576)
    assert str(info.value) == (f"{path}: too large: 52,428,800 bytes, more than the limit of 1,048,576 "
                               "bytes (PACTGRAPH_MAX_DOCUMENT_BYTES)")
    assert read_document(write(tmp_path, b"Short text.", "small.txt"), max_bytes=11).body == "Short text."


def test_text_over_the_size_limit_is_refused():
    with pytest.raises(DocumentError, match="upload.txt: too large: 12 bytes"):
        document_from_text("\u00e9" * 6, "upload.txt", max_bytes=11)
    assert document_from_text("Talks began.", "upload.txt", max_bytes=12).body == "Talks began."


def test_missing_path(tmp_path):
    with pytest.raises(DocumentError, match="no such file"):
        read_document(tmp_path / "nope.txt")


def test_iter_documents_goes_on_after_a_bad_file(tmp_path):
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    write(folder, b"Good one.", "a.txt")
    write(folder, b"\xff\xfe", "b.txt")
    write(folder / "sub", b"Another good one.", "c.txt")
    write(folder, b"ignored", "d.md")
    results = list(iter_documents([folder, tmp_path / "missing"]))
    assert [type(r).__name__ for r in results] == ["Document", "DocumentError", "Document", "DocumentError"]
    assert results[0].name == "a.txt" and results[2].name == "c.txt"


def test_document_from_text():
    doc = document_from_text("date 2022-07-01\nTalks began.", "upload.txt")
    assert doc.date == "2022-07-01" and doc.body == "Talks began."
    assert document_from_text("Talks began.", "x", date="2022-07-02").date == "2022-07-02"
    with pytest.raises(DocumentError):
        document_from_text("  ", "x")
    with pytest.raises(DocumentError, match="malformed date"):
        document_from_text("Talks.", "x", date="July 2022")
