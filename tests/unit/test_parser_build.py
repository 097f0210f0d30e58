"""The training copy of the treebank with names masked, as the parser will see them."""

from __future__ import annotations

from pactgraph.loaders.parser.build import PLACEHOLDERS, mask_names

# An invented sentence: "Tomas Verlin-Ek visited Dro ."
SENTENCE = [
    "# sent_id = t-1",
    "# text = Tomas Verlin-Ek visited Dro.",
    "1\tTomas\tTomas\tPROPN\tNNP\tNumber=Sing\t5\tnsubj\t5:nsubj\t_",
    "2\tVerlin\tVerlin\tPROPN\tNNP\tNumber=Sing\t1\tflat\t1:flat\tSpaceAfter=No",
    "3\t-\t-\tPUNCT\tHYPH\t_\t4\tpunct\t4:punct\tSpaceAfter=No",
    "4\tEk\tEk\tPROPN\tNNP\tNumber=Sing\t1\tflat\t1:flat\t_",
    "5\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t0:root\t_",
    "6\tDro\tDro\tPROPN\tNNP\tNumber=Sing\t5\tobj\t5:obj\tSpaceAfter=No",
    "7\t.\t.\tPUNCT\t.\t_\t5\tpunct\t5:punct\t_",
]


def _rows(lines):
    return [line.split("\t") for line in lines if not line.startswith("#")]


def test_each_name_becomes_one_placeholder_with_the_tree_kept():
    masked = mask_names(SENTENCE, 0)
    assert masked is not None
    rows = _rows(masked)
    assert len(rows) == 4
    words = [r[1] for r in rows]
    assert words[1] == "visited" and words[0] in PLACEHOLDERS and words[2] in PLACEHOLDERS
    heads = {r[1]: (r[6], r[7]) for r in rows}
    assert heads["visited"] == ("0", "root")
    assert heads[words[0]] == ("2", "nsubj") and heads[words[2]] == ("2", "obj")
    assert masked[0] == "# sent_id = masked-t-1" and not any(line.startswith("# text") for line in masked)


def test_a_sentence_without_a_name_has_no_copy():
    plain = ["# sent_id = t-2", "1\tIt\tit\tPRON\tPRP\t_\t2\tnsubj\t_\t_",
             "2\trained\train\tVERB\tVBD\t_\t0\troot\t_\t_"]
    assert mask_names(plain, 0) is None
