"""The top of a brief: the day's news of a hard-news lead, doers as their sentence writes
them, hyphenated words as written, landmarks dated to the year.

The sentences are our own, written for these tests.
"""

from __future__ import annotations

import dataclasses

import pytest

from hand_records import analysed, event, pred, state, with_pred

from newsbrief.knowledge import evidence as ev
from newsbrief.knowledge.brief import BriefQuery, build_brief
from newsbrief.knowledge.grouping import _written
from newsbrief.store import Store


def _brief(tmp_path, text, word, lemma, *, title=None, published="2025-03-05", obj=None,
           mods=(), actors=None, sentence=0, about="Chile"):
    from hand_records import STATES

    STATES.setdefault("CHL", ("Chile", "state"))
    STATES.setdefault("PER", ("Peru", "state"))
    rec = with_pred(event("e1", "SANCTION", actors or [state("CHL")], [state("PER")],
                          date=published, source="published", cameo="163", text=text,
                          sentence=sentence),
                    dataclasses.replace(pred(text, word, lemma, past=word, obj=obj, mods=mods),
                                        tense="past"))
    with Store(tmp_path / "t.db") as s:
        s.write(analysed(text, [rec], published=published, title=title, source="Wire A"))
        return build_brief(s, BriefQuery(about=(about,)))


def test_a_hard_news_lead_tells_the_news_of_its_day(tmp_path):
    text = "Chile has closed its border crossings with Peru."
    brief = _brief(tmp_path, text, "closed", "close", obj="its border crossings",
                   mods=("with Peru",))
    assert brief["lede"] and brief["lede"]["date_source"] == "lead"
    assert brief["lede"]["date_label"] == "5 March 2025"
    assert "on 5 March 2025" in brief["lede"]["text"]


def test_a_lead_that_names_another_time_or_gives_a_view_is_not_dated_by_its_report(tmp_path):
    text = "Chile closed its border crossings with Peru last week."
    brief = _brief(tmp_path, text, "closed", "close", obj="its border crossings",
                   mods=("with Peru",))
    assert not brief["lede"]
    view = _brief(tmp_path / "v", "Chile has closed its border crossings with Peru.",
                  "closed", "close", obj="its border crossings", mods=("with Peru",),
                  title="Opinion: a border too far")
    assert not view["lede"]
    late = _brief(tmp_path / "l", "Chile has closed its border crossings with Peru.",
                  "closed", "close", obj="its border crossings", mods=("with Peru",),
                  sentence=5)
    assert not late["lede"]


def test_the_people_of_an_institution_are_told_as_the_sentence_writes_them():
    sent = "Chile officials on Thursday agreed to reopen the crossings."
    assert ev.group_after(sent, "Chile", sent.index("agreed")) == "Chile officials"
    assert ev.group_after("Chile agreed to reopen it.", "Chile", 6) is None
    # A time between the doer and its verb leaves the doer heading the clause.
    assert ev.name_heads_clause("Peru on Friday freed two prisoners.", "Peru", 15)
    assert not ev.name_heads_clause("Peru talks freed two prisoners.", "Peru", 11)


def test_hyphenated_words_are_told_as_written():
    sent = "The rebels attacked a state-run radio station in the port."
    assert _written("a state run radio station", sent) == "a state-run radio station"
    assert _written("the port", sent) == "the port"
    assert _written("a state owned station", sent) == "a state owned station"


@pytest.mark.parametrize("text, kind, verb, lemma, obj, mod, told_as", [
    # "The envoy was expelled" names no doer: the brief tells it so, not as an act of the
    # state the record links (that doer is not in the sentence).
    ("The Peruvian envoy was expelled from Santiago on Monday.", ("COERCE", "174"),
     "expelled", "expel", "The Peruvian envoy", "from Santiago",
     "The Peruvian envoy was expelled from Santiago"),
    # "The deal was signed" leaves which deal to the context: not told without a doer.
    ("The deal was signed in a hotel on Monday.", ("SUPPORT", "057"), "signed", "sign",
     "The deal", "in a hotel", None),
])
def test_a_passive_with_no_doer_is_told_without_one_only_of_a_named_thing(
        tmp_path, text, kind, verb, lemma, obj, mod, told_as):
    from hand_records import STATES

    STATES.setdefault("CHL", ("Chile", "state"))
    STATES.setdefault("PER", ("Peru", "state"))
    rec = with_pred(event("e1", kind[0], [state("CHL")], [state("PER")], date="2025-03-03",
                          cameo=kind[1], text=text),
                    dataclasses.replace(pred(text, verb, lemma, voice="passive", past=verb,
                                             obj=obj, mods=(mod,)), tense="past"))
    with Store(tmp_path / "p.db") as s:
        s.write(analysed(text, [rec], published="2025-03-04", source="Wire A"))
        brief = build_brief(s, BriefQuery(about=("Peru",)))
    told = [i["text"] for sec in ("developments", "other", "background") for i in brief[sec]]
    if told_as is None:
        assert not brief["lede"] and not any(f"was {verb}" in t for t in told), \
            (brief["lede"], told)
        return
    lede = brief["lede"]["text"]
    assert lede.startswith(told_as), lede
    assert "Chile" not in lede and "on 3 March 2025" in lede

def test_a_perfect_modal_and_a_name_cut_short_are_not_told(tmp_path):
    """"may have closed" is no "may close"; a telling that stops inside a name ("to
    allow Minister Ana [Soto]") is not told."""
    from hand_records import STATES

    STATES.setdefault("CHL", ("Chile", "state"))
    STATES.setdefault("PER", ("Peru", "state"))
    one = "Chile may have closed the crossings with Peru."
    two = "Chile sent envoys to Lima in order to help Minister Ana Soto with the talks."
    recs = [
        with_pred(event("e1", "SANCTION", [state("CHL")], [state("PER")], date="2025-03-03",
                        cameo="163", text=one),
                  dataclasses.replace(pred(one, "closed", "close", past="closed",
                                           obj="the crossings", mods=("with Peru",)),
                                      tense="past", modal="may")),
        with_pred(event("e2", "MOBILIZE", [state("CHL")], [state("PER")], date="2025-03-03",
                        cameo="150", text=two),
                  dataclasses.replace(pred(two, "sent", "send", past="sent", obj="envoys",
                                           mods=("to Lima", "in order to help Minister Ana")),
                                      tense="past")),
    ]
    with Store(tmp_path / "m.db") as s:
        for i, (text, rec) in enumerate(zip((one, two), recs)):
            s.write(analysed(text, [rec], published="2025-03-04", source=f"Wire {i}"))
        brief = build_brief(s, BriefQuery(about=("Peru",)))
    told = [i["text"] for sec in ("developments", "other", "background", "commitments")
            for i in brief[sec]] + ([brief["lede"]["text"]] if brief["lede"] else [])
    assert not any("may close" in t for t in told), told
    assert not any(t.endswith("Minister Ana") for t in told), told


def test_a_frame_tells_only_whom_it_binds(tmp_path):
    """"Chile has called a meeting of envoys to review the pact": no "Chile called Chile
    to review the pact" (the frame's subject is no doer bound by it)."""
    from hand_records import STATES

    STATES.setdefault("CHL", ("Chile", "state"))
    STATES.setdefault("PER", ("Peru", "state"))
    text = "Chile has called a meeting of envoys to review the pact with Peru."
    p = dataclasses.replace(pred(text, "review", "review", past="reviewed",
                                 obj="the pact", mods=("with Peru",)),
                            frame="called", frame_subject="Chile",
                            frame_start=text.index("called"))
    rec = dataclasses.replace(with_pred(event("e1", "CONSULT", [state("CHL")], [state("PER")],
                                              date="2025-03-04", cameo="040", text=text,
                                              modality="future"), p))
    with Store(tmp_path / "f.db") as s:
        s.write(analysed(text, [rec], published="2025-03-04", source="Wire A"))
        brief = build_brief(s, BriefQuery(about=("Peru",)))
    assert not any("Chile called Chile" in i["text"] for i in brief["commitments"]), \
        brief["commitments"]


def test_a_day_after_the_verb_and_a_clause_after_as_leave_a_bare_verb_told(tmp_path):
    """"quit Friday as the talks failed": the day is the date, "as" opens a clause (no
    post left out); "quit as trade minister" leaves the post out and is not told bare."""
    from hand_records import STATES

    STATES.setdefault("CHL", ("Chile", "state"))
    STATES.setdefault("PER", ("Peru", "state"))

    def told(text, tmp):
        p = dataclasses.replace(pred(text, "quit", "quit", past="quit",
                                     subject="Three ministers, including Ana Soto"),
                                tense="past")
        rec = with_pred(event("e1", "CONCEDE", [state("CHL")], [state("PER")],
                              date="2025-03-07", cameo="0", text=text), p)
        with Store(tmp / "q.db") as s:
            s.write(analysed(text, [rec], published="2025-03-08", source="Wire A"))
            brief = build_brief(s, BriefQuery(about=("Peru",)))
        return [i["text"] for sec in ("developments", "other", "background")
                for i in brief[sec]] + ([brief["lede"]["text"]] if brief["lede"] else [])

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    ok = told("Three ministers, including Ana Soto, quit Friday as the talks with Peru failed.",
              tmp_path / "a")
    assert any(t.startswith("Three ministers, including Ana Soto, quit") for t in ok), ok
    post = told("Three ministers, including Ana Soto, quit as trade ministers of Chile.",
                tmp_path / "b")
    assert not post, post


def test_rejecting_claims_or_assessments_is_words_not_a_key_development(tmp_path):
    """"Chile rejected the assessments of Peru's envoys" is a denial in words: told under
    "Also reported", not as a key development, while a closure of a border is one."""
    from hand_records import STATES

    STATES.setdefault("CHL", ("Chile", "state"))
    STATES.setdefault("PER", ("Peru", "state"))
    one = "Chile on Monday rejected the assessments of Peru's envoys."
    two = "Chile closed its border with Peru on Tuesday."
    recs = [
        with_pred(event("e1", "REJECT", [state("CHL")], [state("PER")], date="2025-03-03",
                        cameo="120", text=one),
                  dataclasses.replace(pred(one, "rejected", "reject", past="rejected",
                                           obj="the assessments of Peru's envoys"),
                                      tense="past")),
        with_pred(event("e2", "SANCTION", [state("CHL")], [state("PER")], date="2025-03-04",
                        cameo="163", text=two),
                  dataclasses.replace(pred(two, "closed", "close", past="closed",
                                           obj="its border", mods=("with Peru",)),
                                      tense="past")),
    ]
    with Store(tmp_path / "r.db") as s:
        for i, (text, rec) in enumerate(zip((one, two), recs)):
            s.write(analysed(text, [rec], published="2025-03-05", source=f"Wire {i}"))
        brief = build_brief(s, BriefQuery(about=("Peru",)))
    top = [brief["lede"]["text"]] + [i["text"] for i in brief["developments"]]
    assert any("closed its border" in t for t in top), top
    assert not any("assessments" in t for t in top), top
    assert any("assessments" in i["text"] for i in brief["other"]), brief["other"]


def test_next_or_last_before_no_time_word_leaves_a_lead_the_days_news(tmp_path):
    """ "the next party leader" says nothing of when; "last week" does."""
    text = "Chile has closed its border crossings with the next regional leader's party."
    brief = _brief(tmp_path, text, "closed", "close", obj="its border crossings",
                   mods=("with the next regional leader's party",))
    assert brief["lede"] and brief["lede"]["date_source"] == "lead"
    text = "Chile has closed its border crossings with Peru for the last two weeks."
    brief = _brief(tmp_path / "w", text, "closed", "close", obj="its border crossings",
                   mods=("with Peru", "for the last two weeks"))
    assert not brief["lede"]


def test_a_ruling_in_a_lead_is_dated_by_its_report_whatever_its_clause_dates(tmp_path):
    """The times inside what a court rules ("when it shut ... in May") date what it rules
    on, not the ruling; a court's ruling weighs as a deed."""
    from hand_records import STATES

    from newsbrief.knowledge.brief import importance
    from newsbrief.records import ActorRef

    STATES.setdefault("CHL", ("Chile", "state"))
    text = ("Chile's top court has ruled that the government acted unlawfully when it shut "
            "the congress in May.")
    court = ActorRef(entity=None, text="Chile's top court", country="CHL", sector="JUD")
    brief = _brief(tmp_path, text, "ruled", "rule", actors=[court],
                   obj="that the government acted unlawfully")
    lede = brief["lede"]
    assert lede and lede["date_source"] == "lead" and lede["date_label"] == "5 March 2025"
    assert lede["text"].startswith("Chile's top court ruled that the government acted "
                                   "unlawfully")

    from newsbrief.stored import ActorSummary

    judges = ActorSummary(name="Chile's top court", country="CHL", sector="JUD")

    class St:  # the fields importance() reads
        type, cameo, actors, recipients = "ACCUSE", "116", [judges], []

        def best_mention(self):
            return None

    assert importance(St()) >= 0.85
    St.cameo = "111"  # criticism: words
    assert importance(St()) < 0.65

    # An intergovernmental body acts for its states: as weighty as a state's act.
    union = ActorSummary(name="The European Union", country="IGO", kind="organization")
    club = ActorSummary(name="The Lima Chess Club", country="PER", kind="organization")
    St.type, St.cameo, St.actors = "AGREE", "030", [union]
    assert importance(St()) >= 0.65
    St.actors = [club]
    assert importance(St()) < 0.65


def test_the_sentence_after_a_lead_may_name_the_day_of_its_news(tmp_path):
    """ "Chile has closed ... . Tuesday's decision ..." in a Wednesday report: Tuesday."""
    from hand_records import STATES

    STATES.setdefault("CHL", ("Chile", "state"))
    STATES.setdefault("PER", ("Peru", "state"))
    lead = "Chile has closed its border crossings with Peru."
    full = lead + " Tuesday's decision left hundreds of lorries waiting at the frontier."
    rec = with_pred(event("e1", "SANCTION", [state("CHL")], [state("PER")],
                          date="2025-03-05", source="published", cameo="163", text=lead),
                    dataclasses.replace(pred(lead, "closed", "close", past="closed",
                                             obj="its border crossings", mods=("with Peru",)),
                                        tense="past"))
    with Store(tmp_path / "t.db") as s:
        s.write(analysed(full, [rec], published="2025-03-05", source="Wire A"))
        brief = build_brief(s, BriefQuery(about=("Chile",)))
    assert brief["lede"] and brief["lede"]["date"] == "2025-03-04"


def test_an_act_in_a_clause_of_circumstance_is_no_key_development(tmp_path):
    """"X repelled a raid as Y sent a convoy": the convoy is the scene of the
    sentence's news, told under "Also reported", not at the top; the same act as the main
    clause is a key development."""
    scene = _brief(tmp_path / "a", "Peru repelled a raid on its border post as "
                   "Chile closed its border crossings with Peru.", "closed", "close",
                   obj="its border crossings", mods=("with Peru",))
    assert not scene["lede"] and not scene["developments"]
    assert any("closed its border crossings" in i["text"] for i in scene["other"])
    main = _brief(tmp_path / "b", "Chile has closed its border crossings with Peru "
                  "as a raid on a border post was repelled.", "closed", "close",
                  obj="its border crossings", mods=("with Peru",))
    assert main["lede"] and "closed its border crossings" in main["lede"]["text"]


def test_a_timetable_participle_cut_from_its_time_ends_no_object(tmp_path):
    """"cancelled a planned meeting with X set for this weekend": an object ending in
    "set" (its time cut off) is told up to its noun, not dropped."""
    brief = _brief(tmp_path, "Chile has cancelled a planned meeting with Peru's president "
                   "set for this weekend.", "cancelled", "cancel",
                   obj="a planned meeting with Peru's president set")
    told = [brief["lede"]["text"]] if brief["lede"] else []
    told += [i["text"] for sec in ("developments", "other") for i in brief[sec]]
    assert any(t.split(" on ")[0].endswith("a planned meeting with Peru's president")
               for t in told), told


def test_private_people_of_a_country_and_a_leaders_own_aides_are_no_parties_of_weight():
    """An unlinked group of private people ("an American reporter") is no state though
    its country is given: an act done to it by no one named weighs less than one done to
    a state. A meeting with one's own ministers is talks inside one state."""
    from newsbrief.knowledge.brief import OWN_MEETING_WEIGHT, importance
    from newsbrief.stored import ActorSummary

    reporter = ActorSummary(name="A Chilean reporter", country="CHL", sector="JRN")
    troops = ActorSummary(name="Chilean troops", country="CHL", sector="MIL")

    class St:  # the fields importance() reads
        type, cameo, actors, recipients = "RETREAT", "084", [], [reporter]

        def best_mention(self):
            return None

    freed = importance(St())
    St.recipients = [troops]
    assert freed < 0.65 <= importance(St())

    chief = ActorSummary(name="Ana Soto", country="CHL", sector="GOV", kind="person")
    aides = ActorSummary(name="her security team", country="CHL", sector="GOV")
    envoy = ActorSummary(name="Peru's envoy", country="PER", sector="GOV")
    St.type, St.cameo, St.actors, St.recipients = "CONSULT", "040", [chief], [aides]
    own = importance(St())
    St.recipients = [envoy]
    assert own == pytest.approx(importance(St()) * OWN_MEETING_WEIGHT)
