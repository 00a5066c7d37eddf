"""User actor and verb dictionaries: loading, errors that name the line, and effect."""

import pytest
import spacy
from spacy.tokens import Doc

from newsbrief.dictionaries import apply_to_entities, load_actor_dictionary
from newsbrief.errors import ConfigError
from newsbrief.events import lexicon as lex
from newsbrief.events.coding import code_predicate
from newsbrief.records import Entity


def test_actor_rows_override_what_was_found(tmp_path):
    path = tmp_path / "actors.tsv"
    path.write_text("# my actors\nNorthern Shield\tNOR\tMIL\tmilitia\ncity council\t-\tGOV\n")
    table = load_actor_dictionary(path)
    assert table["city council"] == (None, "GOV", None)
    found = (Entity(id="e1", name="Northern Shield", kind="organization"),
             Entity(id="e2", name="Oslo", kind="place", country="NOR"))
    fixed = apply_to_entities(found, table)
    assert (fixed[0].country, fixed[0].sector, fixed[0].office) == ("NOR", "MIL", "militia")
    assert fixed[1] == found[1]


@pytest.mark.parametrize("row, message", [
    ("Northern Shield\tNorway\tMIL", "alpha-3"),
    ("Northern Shield\tNOR", "3 or 4"),
    ("Northern Shield\tNOR\tarmy", "sector"),
])
def test_bad_actor_rows_name_file_and_line(tmp_path, row, message):
    path = tmp_path / "actors.tsv"
    path.write_text("# header\n" + row + "\n")
    with pytest.raises(ConfigError, match=message) as err:
        load_actor_dictionary(path)
    assert f"{path}:2" in str(err.value)


def _doc():
    vocab = spacy.blank("en").vocab
    return Doc(vocab, words=["Critics", "pilloried", "the", "minister"],
               lemmas=["critic", "pillory", "the", "minister"],
               pos=["NOUN", "VERB", "DET", "NOUN"], heads=[1, 1, 3, 1],
               deps=["nsubj", "ROOT", "det", "dobj"])


def test_user_verbs_are_coded_and_can_be_removed(tmp_path):
    path = tmp_path / "verbs.tsv"
    path.write_text("pillory\tV\t111\tACCUSE\t-\t-\n")
    doc = _doc()
    try:
        lex.use_verb_dictionary(path)
        coding = code_predicate(doc, doc[1])
        assert coding is not None and (coding.type, coding.cameo) == ("ACCUSE", "111")
    finally:
        lex.use_verb_dictionary(None)
    assert code_predicate(doc, doc[1]) is None or code_predicate(doc, doc[1]).cameo != "111"


def test_bad_verb_rows_stop_the_run(tmp_path):
    path = tmp_path / "verbs.tsv"
    path.write_text("pillory\tV\t999\tACCUSE\t-\t-\n")
    try:
        with pytest.raises(ConfigError, match="crosswalk") as err:
            lex.use_verb_dictionary(path)
        assert f"{path}:1" in str(err.value)
    finally:
        lex._user_verbs = None
        lex.lexicon.cache_clear()
