"""Word lists live in data files (newsbrief.words), not in code: each file loads,
says where its words come from, and every list in it is read by its module."""

import ast
import importlib
import re
from importlib import resources
from pathlib import Path

import pytest

from newsbrief.errors import ConfigError
from newsbrief.words import word_lists, words

SRC = Path(__file__).resolve().parents[1] / "src" / "newsbrief"
# (package, module) of every *_lists.toml
FILES = sorted((p.parent.parent.relative_to(SRC.parent).as_posix().replace("/", "."),
                p.name[:-len("_lists.toml")])
               for p in SRC.rglob("data/*_lists.toml"))
# Strings that are not words and stay in code: sector and label codes, dependency
# labels, the names of other lists; tables that send a word to code (a function, an
# actor) or to one key (statements' synonym groups, reportable's cue words to their
# feature); reportable's entity labels to their groups; and a table of seven abbreviations.
NOT_WORDS = {"HOME_SECTORS", "KEEP_LABELS", "PUBLIC_SECTORS", "LOCAL_SECTORS", "GOVERNED_DEPS",
             "WORD_CLASSES", "LISTS", "_TENSE_FROM_HEAD", "_WITHIN_CLAUSE", "_VERB_SENSES",
             "STATE_ACTS", "ENT_GROUP", "CUES",
             "_TITLE_ABBREV", "_SYNONYMS"}


def test_there_are_list_files():
    assert len(FILES) >= 15
    assert ("newsbrief", "dateline") in FILES and ("newsbrief.events", "actorrefs") in FILES


def test_the_lists_of_the_brief_merging_and_time_modules_are_data_too():
    """house15: the word lists of knowledge/{brief,evidence,statements}, merging/likeness
    and timexes/tagger (and actorrefs' WHERE_PREPS) moved out of their code."""
    for module in (("newsbrief.knowledge", "brief"), ("newsbrief.knowledge", "evidence"),
                   ("newsbrief.knowledge", "statements"), ("newsbrief.merging", "likeness"),
                   ("newsbrief.timexes", "tagger")):
        assert module in FILES, module
    assert "where_preps" in word_lists("newsbrief.events", "actorrefs_lists.toml")


def test_the_lists_of_arguments_and_reportable_are_data_too():
    """house17: the module-level word lists of events.arguments and events.reportable
    moved out of their code (the check of lists left in code now covers them)."""
    assert ("newsbrief.events", "arguments") in FILES and ("newsbrief.events", "reportable") in FILES
    from newsbrief.events.lexicon import WORD_CLASSES, word_classes

    assert word_classes()["sense_take_charge"] and "sense_take_charge" in WORD_CLASSES


@pytest.mark.parametrize("package,module", FILES)
def test_each_file_loads_says_its_source_and_is_read_by_its_module(package, module):
    filename = f"{module}_lists.toml"
    lists = word_lists(package, filename)
    assert lists and all(lists.values())
    text = resources.files(package).joinpath("data", filename).read_text("utf-8")
    assert text.startswith("#") and "Source:" in text.split("\n\n")[0]
    mod = importlib.import_module(f"{package}.{module}")
    readers = _readers(Path(mod.__file__).read_text("utf-8"))
    for name, listed in lists.items():
        assert name in readers, f"{package}.{module} never reads list {name}"
        target, whole = readers[name]
        value = getattr(mod, target)
        if isinstance(value, dict):  # "base past participle", "word group": keyed by the first
            assert all(entry.split()[0] in value for entry in listed), name
        elif value and all(isinstance(v, frozenset) for v in value):  # classes of words
            assert [frozenset(entry.split()) for entry in listed] == list(value), name
        elif whole:  # the constant is the list
            assert set(value) == set(listed), name
        else:  # the list joined with others ("ROLE_NOUNS | ...")
            assert set(listed) <= set(value), name
        assert words(package, filename, name) == listed


def _readers(source: str) -> dict[str, tuple[str, bool]]:
    """list name -> (the module constant that reads it, whether it is the list alone)."""
    out = {}
    for node in ast.parse(source).body:
        if not (isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)):
            continue
        for sub in ast.walk(node.value):
            if isinstance(sub, ast.Subscript) and isinstance(sub.value, ast.Name) and \
                    sub.value.id in ("_LISTS",) and isinstance(sub.slice, ast.Constant):
                whole = node.value is sub or (isinstance(node.value, ast.Call) and
                                              node.value.args == [sub])
                out[sub.slice.value] = (node.targets[0].id, whole)
    return out


@pytest.mark.parametrize("package,module", FILES)
def test_no_word_list_is_left_in_the_code_of_a_module_with_a_list_file(package, module):
    source = (SRC.parent / package.replace(".", "/") / f"{module}.py").read_text("utf-8")
    for node in ast.parse(source).body:
        if not (isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)):
            continue
        if isinstance(node.value, ast.Call) and getattr(node.value.func, "attr", "") == "compile":
            continue  # a regular expression
        words = [w for n in ast.walk(node.value)
                 if isinstance(n, ast.Constant) and isinstance(n.value, str)
                 for w in n.value.split() if re.fullmatch(r"[a-z][a-z.'’-]*", w)]
        assert node.targets[0].id in NOT_WORDS or len(words) < 10, \
            f"{package}.{module}.{node.targets[0].id}: a list of {len(words)} words in code"


def test_a_missing_or_malformed_file_says_which_and_how_to_fix(tmp_path, monkeypatch):
    with pytest.raises(ConfigError) as err:
        word_lists("newsbrief", "no_such_lists.toml")
    assert "newsbrief/data/no_such_lists.toml" in str(err.value.where)
    with pytest.raises(ConfigError) as err:
        words("newsbrief", "dateline_lists.toml", "no_such_list")
    assert "no_such_list" in str(err.value)


def test_the_words_of_a_file_are_the_ones_the_rule_uses(monkeypatch):
    """A label the file names is no dateline town ("UPDATE - ..."): take it out of the
    file's list and the line reads as a dateline."""
    import newsbrief.dateline as dl

    line = "UPDATE - Troops closed the port."
    assert dl.find_datelines(line) == []
    monkeypatch.setattr(dl, "_NOT_TOWNS", frozenset(words("newsbrief", "dateline_lists.toml",
                                                          "not_towns")) - {"update"})
    assert [d.place for d in dl.find_datelines(line)] == ["UPDATE"]


@pytest.mark.parametrize("before, inside", [
    ('The minister said "the army', True),                     # one straight quote open
    ('"We are ready," the minister said, and "the army', True),  # three: odd
    ('"We are ready," the minister said, and the army', False),  # two: closed
    ("The minister said “the army", True),                     # a curly quote open
    ("“We are ready,” the minister said, and the army", False),  # balanced curly quotes
    ("“We are ready,” he said. “The army", True),              # balanced, then one opened
    ("Le ministre a dit « l'armée", True),                     # a guillemet open
    ("« Nous sommes prêts », a dit le ministre, et l'armée", False),
    ("The army", False),                                       # no quotation at all
    ("He said ” the army", False),                             # a stray closing mark
])
def test_inside_quotation_shapes(before, inside):
    # One test of "inside a quotation" for the main act and the brief (words.inside_quotation).
    from newsbrief.events.mainact import quoted
    from newsbrief.words import inside_quotation

    assert inside_quotation(before) is inside
    # mainact.quoted reads the sentence up to the trigger through it
    import dataclasses

    from newsbrief.records import Evidence, Trigger
    from hand_records import event, state

    text = before + "moved north."
    ev = dataclasses.replace(
        event("e1", "MOBILIZE", [state("RUS")], text=text),
        evidence=Evidence(sentence=0, start=10, end=10 + len(text), text=text),
        trigger=Trigger(text="moved", start=10 + len(before), end=10 + len(before) + 5))
    assert quoted(ev) is inside
