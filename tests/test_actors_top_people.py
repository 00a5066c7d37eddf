"""The 30 people most often named in the corpus (counted in a whole-corpus store,
2026-12-01), each found in a real corpus article (the first in file order naming
them in full twice, with a date) and resolved to the right country and role at the
article's date. Expected roles are written from public knowledge of their careers,
not read from the knowledge base."""

from __future__ import annotations

import json

import pytest

from newsbrief.actors.gazetteer import fold

pytestmark = pytest.mark.slow

F = "9999-12-31"
# name, country, [(until date (exclusive), regex the role at the article's date must match)]
PEOPLE = [
    ("Donald Trump", "USA", [("2015-06-16", "^USA BUS businessman$"),
                             ("2016-11-09", "^USA PTY presidential candidate$"),
                             ("2017-01-20", "^USA GOV President-elect$"),
                             ("2021-01-20", "^USA GOV President$")]),
    ("Barack Obama", "USA", [("2017-01-20", "^USA GOV President$"),
                             (F, "^former USA GOV President$")]),
    ("Hillary Clinton", "USA", [("2013-02-01", "Secretary of State$"),
                                ("2015-04-12", "^former USA GOV Secretary of State$"),
                                ("2016-11-09", "^USA PTY presidential candidate$"),
                                (F, "^former USA PTY presidential candidate$")]),
    ("Robert Mueller", "USA", [("2013-09-04", "^USA COP Director of the FBI$"),
                               ("2017-05-17", "^former USA COP Director of the FBI$"),
                               ("2019-05-29", "^USA GOV special counsel$"), (F, "^former")]),
    ("Bernie Sanders", "USA", [(F, "^USA LEG Senator \\(VT\\)$")]),
    ("Vladimir Putin", "RUS", [("2012-05-07", "^RUS GOV Prime Minister$"),
                               (F, "^RUS GOV President$")]),
    ("Joe Biden", "USA", [("2017-01-20", "^USA GOV Vice President$"),
                          ("2019-04-25", "^former USA GOV Vice President$"),
                          ("2020-11-07", "^USA PTY presidential candidate$")]),
    ("Mitt Romney", "USA", [("2011-06-02", "^former USA GOV Governor of Massachusetts$"),
                            ("2012-11-07", "^USA PTY presidential candidate$"),
                            ("2019-01-03", "^former USA PTY presidential candidate$"),
                            ("2025-01-03", "^USA LEG Senator$")]),
    ("George W. Bush", "USA", [(F, "^former USA GOV President$")]),
    ("James Comey", "USA", [("2013-09-04", "^(former )?USA"),
                            ("2017-05-09", "^USA COP Director of the FBI$"),
                            (F, "^former USA COP Director of the FBI$")]),
    ("Marco Rubio", "USA", [("2025-01-20", "^USA LEG Senator$")]),
    ("Michael Flynn", "USA", [("2014-08-07", "Defense Intelligence Agency$"),
                              ("2017-01-20", "^former USA MIL Director of the Defense"),
                              ("2017-02-13", "^USA GOV National Security Adviser$"),
                              (F, "^former USA GOV National Security Adviser$")]),
    ("Kim Jong Un", "PRK", [(F, "^PRK GOV Supreme Leader$")]),
    ("Ted Cruz", "USA", [("2013-01-03", "^USA"), (F, "^USA LEG Senator \\(TX\\)$")]),
    ("Paul Ryan", "USA", [("2015-10-29", "^USA LEG Representative$"),
                          ("2019-01-03", "^USA LEG Speaker of the House$"), (F, "^former")]),
    ("Brett Kavanaugh", "USA", [("2018-10-06", "^USA JUD judge of the D.C. Circuit"),
                                (F, "^USA JUD Supreme Court Justice$")]),
    ("Mitch McConnell", "USA", [(F, "^USA LEG Senator \\(KY\\)$")]),
    ("Paul Manafort", "USA", [("2016-06-20", "^$"), ("2016-08-19", "chairman$"),
                              (F, "^former USA PTY Trump campaign chairman$")]),
    ("John Kerry", "USA", [("2013-02-01", "^USA LEG Senator$"),
                           ("2017-01-20", "^USA GOV Secretary of State$"), (F, "^former")]),
    ("Benjamin Netanyahu", "ISR", [("2021-06-13", "^ISR GOV Prime Minister$")]),
    ("Rex Tillerson", "USA", [("2017-01-01", "ExxonMobil$"),
                              ("2017-02-01", "^former USA BUS chief executive of ExxonMobil$"),
                              ("2018-03-31", "^USA GOV Secretary of State$"), (F, "^former")]),
    ("Bill Clinton", "USA", [(F, "^former USA GOV President$")]),
    ("John McCain", "USA", [("2018-08-25", "^USA LEG Senator$")]),
    ("Chuck Hagel", "USA", [("2013-02-27", "^(former )?USA"),
                            ("2015-02-17", "^USA GOV Secretary of Defense$"), (F, "^former")]),
    ("Nancy Pelosi", "USA", [("2019-01-03", "^USA LEG Representative \\(CA\\)$"),
                             ("2023-01-03", "^USA LEG Speaker of the House$")]),
    ("Mike Pompeo", "USA", [("2017-01-23", "^USA LEG Representative$"),
                            ("2018-04-26", "^USA SPY Director of the CIA$"),
                            ("2021-01-20", "^USA GOV Secretary of State$")]),
    ("Theresa May", "GBR", [("2016-07-13", "^GBR GOV Home Secretary$"),
                            ("2019-07-24", "^GBR GOV Prime Minister$"), (F, "^former")]),
    ("Michael Cohen", "USA", [("2018-05-31", "^USA BUS lawyer for Donald Trump$"), (F, "^former")]),
    ("Rand Paul", "USA", [(F, "^USA LEG Senator \\(KY\\)$")]),
    ("John Boehner", "USA", [("2011-01-05", "^USA LEG Representative$"),
                             ("2015-10-29", "^USA LEG Speaker of the House$"), (F, "^former")]),
]


def _expected(windows, date):
    for until, pattern in windows:
        if date < until:
            return pattern
    return None


def test_the_30_most_frequent_people_resolve_to_country_and_role(nlp):
    import re

    from newsbrief.actors import extract_entities
    from newsbrief.records import Article

    from conftest import shared_path

    corpus = shared_path("data/corpus/news.jsonl")
    want = {fold(name): (name, country, windows) for name, country, windows in PEOPLE}
    found: dict[str, tuple] = {}
    with open(corpus, encoding="utf-8") as fh:
        for line in fh:
            if len(found) == len(want):
                break
            rec = json.loads(line)
            if not rec.get("published"):
                continue
            # named in full at least twice (not only in a book title or page furniture)
            here = [k for k, (name, _, w) in want.items() if k not in found
                    and rec["text"].count(name) >= 2 and _expected(w, rec["published"]) is not None]
            if not here:
                continue
            art = Article(id=rec["id"], origin="corpus", text=rec["text"], published=rec["published"])
            ents = extract_entities(nlp(rec["text"]), art)
            for k in here:
                ent = next((e for e in ents if e.kind == "person" and (
                    fold(e.name) == k or any(fold(m.text) == k for m in e.mentions))), None)
                found[k] = (rec["id"], rec["published"], ent)
    wrong = []
    for k, (name, country, windows) in want.items():
        assert k in found, f"{name}: no dated corpus article names them"
        art_id, date, ent = found[k]
        pattern = _expected(windows, date)
        got = (ent.country, ent.kb_id, ent.role) if ent else None
        if ent is None or ent.country != country or not re.search(pattern, ent.role or ""):
            wrong.append(f"{name} in {art_id} ({date}): want {country} /{pattern}/, got {got}")
    assert not wrong, "\n".join(wrong)
