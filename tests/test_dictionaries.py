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
    # A named doer: the tests here are about whose lexicon codes the verb, so the
    # record must clear the store's floor whatever the confidence model makes of a
    # generic subject ("critics").
    vocab = spacy.blank("en").vocab
    return Doc(vocab, words=["Senator", "Okafor", "pilloried", "the", "minister"],
               lemmas=["senator", "Okafor", "pillory", "the", "minister"],
               pos=["PROPN", "PROPN", "VERB", "DET", "NOUN"], heads=[1, 2, 2, 4, 2],
               deps=["compound", "nsubj", "ROOT", "det", "dobj"],
               ents=["B-PERSON", "I-PERSON", "O", "O", "O"])


def _not_pillory(coding):
    return coding is None or coding.cameo != "111"


def test_user_verbs_are_coded_only_where_their_lexicon_is_used(tmp_path):
    path = tmp_path / "verbs.tsv"
    path.write_text("pillory\tV\t111\tACCUSE\t-\t-\n")
    doc = _doc()
    mine = lex.load_lexicon(path)
    with lex.using(mine):
        coding = code_predicate(doc, doc[2])
        assert coding is not None and (coding.type, coding.cameo) == ("ACCUSE", "111")
    # Outside the block the packaged lexicon is back; loading changed nothing global.
    assert _not_pillory(code_predicate(doc, doc[2]))
    assert lex.lexicon() is lex.packaged_lexicon() and lex.load_lexicon(None) is lex.lexicon()
    assert ("V", "pillory") in mine.single and ("V", "pillory") not in lex.lexicon().single


def test_bad_verb_rows_stop_the_run(tmp_path):
    path = tmp_path / "verbs.tsv"
    path.write_text("pillory\tV\t999\tACCUSE\t-\t-\n")
    with pytest.raises(ConfigError, match="crosswalk") as err:
        lex.load_lexicon(path)
    assert f"{path}:1" in str(err.value)
    with pytest.raises(ConfigError, match="not found"):
        lex.load_lexicon(tmp_path / "missing.tsv")


def _settings(tmp_path, verbs=""):
    from newsbrief.settings import load_settings

    return load_settings(db=str(tmp_path / "x.db"), stages=["entities", "events"],
                         verbs=verbs)


def test_two_pipelines_with_different_dictionaries_share_nothing(tmp_path):
    """One process, two pipelines: one with a verb dictionary that codes "pillory",
    one without. Each codes the article by its own lexicon, in either order and
    interleaved, and each keeps its own cache of resolved actor phrases."""
    from newsbrief.pipeline import Pipeline
    from newsbrief.records import Article

    path = tmp_path / "verbs.tsv"
    path.write_text("pillory\tV\t111\tACCUSE\t-\t-\n")
    with_verbs = Pipeline(_settings(tmp_path, str(path)))
    plain = Pipeline(_settings(tmp_path))
    article = Article(id="a1", origin="test", text="Senator Okafor pilloried the minister",
                      published="2024-12-05")

    def cameos(pipeline):
        return [e.cameo for e in pipeline.analyse_doc(_doc(), article).events]

    for _ in range(2):  # interleaved: neither leaves its lexicon behind for the other
        assert "111" in cameos(with_verbs)
        assert "111" not in cameos(plain)
    assert with_verbs.lexicon is not plain.lexicon
    assert with_verbs.resolved is not plain.resolved
    # The phrases each resolved stay in its own cache: only the pipeline that
    # found an event resolved its actors ("Senator Okafor", "the minister").
    assert "the minister" in with_verbs.resolved and not plain.resolved
