"""The top of a brief tells each development once and weighs words as words: a
vaguer telling of an act dated to the day elsewhere, a second act of the same doers in
one sentence, a fight over a matter, an act done on the airwaves; denials only of what
the claim says; one written surname linked to two people.

The sentences are our own, written for these tests.
"""

from __future__ import annotations

import dataclasses
from types import SimpleNamespace

import pytest

from hand_records import analysed, event, pred, state, with_pred

from newsbrief.knowledge.brief import BriefQuery, _one_sentence, build_brief
from newsbrief.knowledge.naming import one_surname
from newsbrief.store import Store
from newsbrief.stored import ActorSummary


def _states():
    from hand_records import STATES

    STATES.setdefault("CHL", ("Chile", "state"))
    STATES.setdefault("PER", ("Peru", "state"))
    STATES.setdefault("BOL", ("Bolivia", "state"))


def _rec(eid, kind, cameo, text, verb, lemma, *, actors, recipients=(), date, obj=None,
         mods=(), precision="day", modality="asserted", start=0, sentence=0, attributed=(),
         told=None):
    return with_pred(event(eid, kind, actors, recipients, date=date, precision=precision,
                           cameo=cameo, text=text, modality=modality, start=start,
                           sentence=sentence, attributed=attributed),
                     dataclasses.replace(pred(text, verb, lemma, past=verb, obj=obj,
                                              mods=mods, told=told), tense="past",
                                         start=start + text.index(verb),
                                         end=start + text.index(verb) + len(verb)))


def _told(brief):
    out = [brief["lede"]] if brief["lede"] else []
    for section in ("developments", "other", "background"):
        out += brief[section]
    return out


def test_a_month_dated_telling_of_an_act_dated_to_the_day_is_told_once(tmp_path):
    _states()
    day = "Chile tested a long-range rocket on Tuesday over the Pacific."
    month = "Chile conducted its first missile launches in March."
    other = "Peru carried out naval drills off its coast in March."
    recs = [
        ("Wire A", day, _rec("e1", "MOBILIZE", "150", day, "tested", "test",
                              actors=[state("CHL")], date="2025-03-04",
                              obj="a long-range rocket", mods=("over the Pacific",))),
        ("Wire B", month, _rec("e2", "MOBILIZE", "150", month, "conducted", "conduct",
                                actors=[state("CHL")], date="2025-03", precision="month",
                                obj="its first missile launches")),
        ("Wire C", other, _rec("e3", "MOBILIZE", "150", other, "carried out", "carry out",
                                actors=[state("PER")], date="2025-03", precision="month",
                                obj="naval drills", mods=("off its coast",))),
    ]
    with Store(tmp_path / "m.db") as s:
        for source, text, rec in recs:
            s.write(analysed(text, [rec], published="2025-03-06", source=source))
        brief = build_brief(s, BriefQuery(about=("Chile",)))
        both = build_brief(s, BriefQuery(about=("Peru",)))
    texts = [i["text"] for i in _told(brief)]
    assert any("tested a long-range rocket" in t for t in texts), texts
    assert not any("first missile launches" in t for t in texts), texts
    # Another doer's act of that kind in that month is another development.
    assert any("naval drills" in i["text"] for i in _told(both)), _told(both)


def _fake(article, sentence, date, *actors):
    """A statement as the top-ten rules see it: its phrased sentence, date and doers."""
    m = SimpleNamespace(article_id=article, sentence=sentence)
    return SimpleNamespace(best_mention=lambda: m, date=date, actors=list(actors))


CHL = ActorSummary(name="Chile", entity_id="state-chl", kind="state", country="CHL")
PER = ActorSummary(name="Peru", entity_id="state-per", kind="state", country="PER")


@pytest.mark.parametrize("a, b, one", [
    # "Chile recalled its envoy and closed two border posts on Monday": one development.
    (_fake("a1", 3, "2025-03-03", CHL), _fake("a1", 3, "2025-03-03", CHL), True),
    # Another sentence, another date or other doers: two.
    (_fake("a1", 3, "2025-03-03", CHL), _fake("a1", 4, "2025-03-03", CHL), False),
    (_fake("a1", 3, "2025-03-03", CHL), _fake("a1", 3, "2025-02", CHL), False),
    (_fake("a1", 3, "2025-03-03", CHL), _fake("a1", 3, "2025-03-03", PER), False),
])
def test_a_second_act_of_the_same_doers_in_one_sentence_is_one_development(a, b, one):
    assert _one_sentence(a, b) is one


def test_a_fight_over_a_matter_and_a_protest_on_the_airwaves_are_words(tmp_path):
    _states()
    fight = "Chile fought back on Tuesday over new Peruvian tariffs on copper."
    air = "Chile took its protest of the fishing accord to the Peruvian airwaves on Monday."
    deed = "Chile closed its border with Peru on Wednesday."
    recs = [
        ("Wire A", fight, _rec("e1", "ASSAULT", "190", fight, "fought back", "fight back",
                                actors=[state("CHL")], date="2025-03-04",
                                mods=("over new Peruvian tariffs on copper",))),
        ("Wire B", air, _rec("e2", "PROTEST", "140", air, "took", "take",
                              actors=[state("CHL")], recipients=[state("PER")],
                              date="2025-03-03", obj="its protest of the fishing accord",
                              mods=("to the Peruvian airwaves",))),
        ("Wire C", deed, _rec("e3", "SANCTION", "163", deed, "closed", "close",
                               actors=[state("CHL")], recipients=[state("PER")],
                               date="2025-03-05", obj="its border", mods=("with Peru",))),
    ]
    with Store(tmp_path / "f.db") as s:
        for source, text, rec in recs:
            s.write(analysed(text, [rec], published="2025-03-06", source=source))
        brief = build_brief(s, BriefQuery(about=("Chile",)))
    top = [brief["lede"]["text"]] + [i["text"] for i in brief["developments"]]
    assert any("closed its border" in t for t in top), top
    assert not any("fought back" in t or "airwaves" in t for t in top), top
    rest = [i["text"] for i in brief["other"]]
    assert any("fought back" in t for t in rest) and any("airwaves" in t for t in rest), rest


def test_a_denial_of_other_matters_or_before_the_act_is_not_told_as_a_denial(tmp_path):
    _states()
    claim = "Peru says Chile shelled a border outpost on 10 March."
    recs = [_rec("c1", "ASSAULT", "190", claim, "shelled", "shell", actors=[state("CHL")],
                 recipients=[state("PER")], date="2025-03-10", obj="a border outpost",
                 modality="alleged", attributed=[state("PER")])]
    denials = [
        # Denies the claim in general, after it: told.
        ("Chile denied any involvement on Thursday.", "denied", "deny", "any involvement",
         "2025-03-13"),
        # Names another matter: not told under this claim.
        ("Chile denied any role in the fishing dispute in April.", "denied", "deny",
         "any role in the fishing dispute", "2025-04-22"),
        # Reported before the act the claim dates: not told under this claim.
        ("Chile denied the reports of shelling in February.", "denied", "deny",
         "the reports of shelling", "2025-02-20"),
    ]
    with Store(tmp_path / "d.db") as s:
        s.write(analysed(claim, recs, published="2025-03-11", source="Wire A"))
        for i, (text, verb, lemma, obj, day) in enumerate(denials):
            rec = _rec(f"d{i}", "REJECT", "120", text, verb, lemma, actors=[state("CHL")],
                       date=day, obj=obj)
            s.write(analysed(text, [rec], published=day, source=f"Paper {i}"))
        brief = build_brief(s, BriefQuery(about=("Peru",)))
    [item] = brief["claims"]
    texts = [d["text"] for d in item["disputed_by"]]
    assert any("any involvement" in t for t in texts), texts
    assert not any("fishing" in t or "the reports" in t for t in texts), texts


def test_one_written_surname_linked_to_two_people_is_told_as_written():
    ana = ActorSummary(name="Ana Soto", entity_id="p-ana", kind="person", country="CHL")
    luis = ActorSummary(name="Luis Soto", entity_id="p-luis", kind="person", country="CHL")
    sentence = "Soto thanked the Peruvian envoy for the release."
    assert one_surname([ana], [ana, luis], sentence) == "Soto"
    # One person only, or a full name in the sentence: the name as the store links it.
    assert one_surname([ana], [ana], sentence) is None
    assert one_surname([ana], [ana, luis], "Ana Soto thanked the envoy.") is None
    assert one_surname([ana], [ana, luis], "The minister thanked the envoy.") is None


def test_a_pointing_phrase_after_of_takes_the_call_its_article_named(tmp_path):
    _states()
    first = "Officials described a long call between Chile and Peru about the fishing row."
    second = "Chile released a full summary of that call on Monday."
    article = f"{first} {second}"
    rec = _rec("e1", "COOPERATE", "064", second, "released", "release",
               actors=[state("CHL")], recipients=[state("PER")], date="2025-03-03",
               obj="a full summary of that call", start=len(first) + 1, sentence=1)
    with Store(tmp_path / "c.db") as s:
        s.write(analysed(article, [rec], published="2025-03-04", source="Wire A"))
        brief = build_brief(s, BriefQuery(about=("Chile",)))
    texts = [i["text"] for i in _told(brief)]
    assert any("a full summary of the long call between Chile and Peru" in t
               for t in texts), texts


def test_an_abbreviation_keeps_its_full_stop_and_the_brief_adds_none():
    from newsbrief.knowledge.statements import _unstopped
    from newsbrief.render import full_stop

    assert _unstopped("Arab nations offered to join the U.S.") == \
        "Arab nations offered to join the U.S."
    assert _unstopped("Chile closed its border.") == "Chile closed its border"
    assert _unstopped("Chile closed its border with Peru,") == "Chile closed its border with Peru"
    assert full_stop("Arab nations offered to join the U.S.").endswith("U.S.")
    assert not full_stop("Arab nations offered to join the U.S.").endswith("..")
    assert full_stop("Chile closed its border") == "Chile closed its border."


def test_a_government_named_by_its_leader_is_told_as_written(tmp_path):
    from newsbrief.records import ActorRef

    _states()
    first = "Ana al-Soto met Peru's envoy in Santiago on Friday."
    second = "The Soto government closed its border with Peru on Monday."
    article = f"{first} {second}"
    soto = ActorRef(entity="person-soto", text="Ana al-Soto", country="CHL", sector="GOV")
    regime = ActorRef(entity="person-soto", text="The Soto government", country="CHL",
                      sector="GOV")
    recs = [
        _rec("e0", "CONSULT", "040", first, "met", "meet", actors=[soto],
             recipients=[state("PER")], date="2025-02-28", obj="Peru's envoy",
             mods=("in Santiago",)),
        _rec("e1", "SANCTION", "163", second, "closed", "close", actors=[regime],
             recipients=[state("PER")], date="2025-03-03", obj="its border",
             mods=("with Peru",), start=len(first) + 1, sentence=1),
    ]
    with Store(tmp_path / "g.db") as s:
        s.write(analysed(article, recs, published="2025-03-04", source="Wire A"))
        brief = build_brief(s, BriefQuery(about=("Peru",)))
    texts = [i["text"] for i in _told(brief)]
    assert any(t.startswith("The Soto government closed its border") for t in texts), texts
    assert any(t.startswith("Ana al-Soto met") for t in texts), texts


def _told_in_passing(tmp_path, n):
    """`n` reports about a topic no state stands for ("Andexit"), each telling in passing,
    with a doubtful record (0.2), that Chile closed its border in March."""
    _states()
    text = "Chile closed its border with Peru in March 2024."
    with Store(tmp_path / f"p{n}.db") as s:
        for i in range(n):
            opening = f"Andexit talks entered week {i + 2} in Lima. "
            rec = dataclasses.replace(
                _rec("e1", "SANCTION", "163", text, "closed", "close", actors=[state("CHL")],
                     recipients=[state("PER")], date="2024-03", precision="month",
                     obj="its border", mods=("with Peru",), start=len(opening),
                     sentence=1), confidence=0.2)
            s.write(analysed(opening + text, [rec], published=f"2024-06-0{i + 1}",
                             title=f"Andexit: what the border means ({i})",
                             source=f"Wire {i}", url=f"https://example.org/{n}/{i}"))
        return build_brief(s, BriefQuery(about=("Andexit",), min_confidence=0.4))


def test_an_act_many_reports_tell_in_passing_is_told_though_each_record_is_doubtful(
        tmp_path):
    many = _told_in_passing(tmp_path, 3)  # 1 - 0.8 ** 3 = 0.49
    texts = [i["text"] for i in _told(many)]
    assert any("closed its border" in t for t in texts), texts
    few = _told_in_passing(tmp_path, 2)  # 0.36: under the threshold
    assert not any("closed its border" in i["text"] for i in _told(few)), _told(few)
