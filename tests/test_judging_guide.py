"""The key-event judges' prompt (eval/judging-guides.md) tells judges which PLOVER type
an act is. Where it names an act the coder types by its lexicon, some part of the prompt
that names the act must name the coder's type too (alone, or as one of two alternatives
"A|B"); else a right record counts as a missed key event. Acts where the coder departs
from PLOVER on purpose or by a known gap (jail terms, expulsions of people) are left
out: the judges follow PLOVER there."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "eval/judging-guides.md"
LEXICON = ROOT / "src/newsbrief/events/data/lexicon.tsv"
TYPES = ("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN "
         "PROTEST SANCTION MOBILIZE COERCE ASSAULT").split()


def _lines_part() -> str:
    text = GUIDE.read_text("utf-8")
    prompt = text[text.index("## How to list key events"):]
    start = prompt.index("PLOVER's lines")
    return prompt[start:prompt.index("Write /work/judging", start)]


def _parts() -> list[str]:
    # clauses: split at ";" and at brackets, so a parenthesis "(CONCEDE: ...)" is its own
    return [p for p in re.split(r"[;()]", _lines_part().replace("\n", " ")) if p.strip()]


def _coder_type(lemma: str) -> str:
    with LEXICON.open(encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t"):
            if row and not row[0].startswith("#") and row[0] == lemma and len(row) > 3:
                return row[3]
    raise AssertionError(f"{lemma} is not in lexicon.tsv")


@pytest.mark.parametrize(("words", "lemma"), [
    ("releas", "release"), ("resign", "resign"), ("apolog", "apologize"),
    ("withdrawal", "withdrawal"), ("ordering", "order"), ("arrests", "arrest"),
    ("criminal charges", "charge"), ("lawsuits", "sue"), ("signing", "sign"),
    ("threats", "threaten"), ("ease", "ease"), ("condemnation", "condemn"),
    ("imposing sanctions", "sanction"), ("tariffs", "tariff"), ("an embargo", "embargo"),
])
def test_the_key_event_prompt_names_the_coders_type_for_each_act_it_names(words, lemma):
    coder = _coder_type(lemma)
    naming = [p for p in _parts() if re.search(r"\b" + words, p.lower())]
    assert naming, f"the prompt no longer names {words!r}: update this test"
    told = [set(re.findall(r"\b(" + "|".join(TYPES) + r")\b", p)) for p in naming]
    assert any(coder in t for t in told), \
        f"{words!r}: the coder says {coder}, the prompt says {told}"
