"""What an act is about when that is a document (records.Event.about): the record keeps
the agreement a signing or a ratification acts on (a document is never its recipient),
the store writes it as an `about` actor row, merging reads it as a key of the act's
sides, exports carry it, and the brief finds an agreement's parties by it. Hand-built
parses and records; sentences made up."""

from __future__ import annotations

import dataclasses

import pytest

from newsbrief.knowledge.queries import hydrate
from newsbrief.merging import choose_event, sketch_event
from newsbrief.records import ActorRef, Entity, Event
from newsbrief.store import Store

from fake_stages import build, by_type, ent, run
# RATIFIED: "Norway waited. Finland ratified the treaty."; SIGNED: "The minister signed the accord."
from test_event_recipients14 import RATIFIED, SIGNED
from hand_records import analysed, event, state, told

PACT = ActorRef("pact-1", "the pact")
OTHER_PACT = ActorRef("pact-2", "the trade accord")


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "about.db") as s:
        yield s


def test_the_document_an_act_is_about_stays_on_the_record():
    doc = build(RATIFIED)
    ents = [ent(doc, "nor", 0, 1, "state", "NOR"), ent(doc, "fin", 3, 4, "state", "FIN"),
            ent(doc, "treaty", 5, 7, "agreement", members=("fin", "nor"))]
    ratify = by_type(run(doc, ents), "SUPPORT")[0]
    assert [r.entity for r in ratify.recipient] == ["nor"]  # its other party
    assert [(r.entity, r.text) for r in ratify.about] == [("treaty", "the treaty")]
    doc = build(SIGNED)
    ents = [ent(doc, "accord", 3, 5, "agreement"),
            ent(doc, "min", 0, 2, "person", "FIN", "GOV")]
    sign = by_type(run(doc, ents), "AGREE")[0]
    assert sign.recipient == () and [r.entity for r in sign.about] == ["accord"]
    assert Event.from_dict(sign.to_dict()) == sign


def _about(ev: Event, *docs: ActorRef) -> Event:
    return dataclasses.replace(ev, about=docs)


def _with_pacts(rec):
    """The analysed article with its agreement entities."""
    docs = {r.entity: r for ev in rec.events for r in ev.about}
    return dataclasses.replace(rec, entities=rec.entities + tuple(
        Entity(id=r.entity, name=r.text, kind="agreement") for r in docs.values()))


def _signed(eid, sentence, text, *, date=None, source=None, docs=(PACT,), act="sign",
            sides=("PRK", "RUS")):
    return told(_about(event(eid, "AGREE", [state(s) for s in sides], [], date=date,
                             source=source or "text", cameo="057", sentence=sentence,
                             text=text, start=sentence * 100), *docs), act)


def test_a_signing_and_the_entry_into_force_of_its_pact_stay_two_events(store):
    """One article: the pact signed in June (lead), in force now, and signed during a
    visit (body, dated by the publication day). Both sides are the same two states; what
    the signings are about is what sets them apart from the entry into force."""
    lead = _signed("e1", 0, "The two states signed the pact in June.", date="2024-06",
                   docs=(PACT,))
    force = event("e2", "AGREE", [state("PRK"), state("RUS")], [], date="2024-12-05",
                  source="published", cameo="057", sentence=1, start=100,
                  text="The two states put their pact into force.")
    body = _signed("e3", 2, "The pact was signed by the two states during a visit.",
                   date="2024-12-05", source="published")
    store.write(_with_pacts(analysed("The two states and their pact.", [lead, force, body])))
    by_mention = dict(store.conn.execute(
        "SELECT id, event_id FROM event_mentions ORDER BY rowid").fetchall())
    ids = list(by_mention.values())
    assert ids[2] != ids[1]  # the body's signing is not the entry into force
    assert [tuple(r) for r in store.conn.execute(
        "SELECT role, entity_id FROM event_actors WHERE role = 'about' ORDER BY rowid")] == \
        [("about", "pact-1")] * 2
    [ev] = hydrate(store, [ids[2]])
    assert [r.entity_id for r in ev.about] == ["pact-1"] and ev.recipients == ()


def test_two_reports_of_one_signing_meet_on_their_pact_and_not_on_another(store):
    """Across articles: the same sides signing the same pact is one event; signing
    another agreement in the same days is another."""
    a = _signed("e1", 0, "The two states signed the pact on Monday.", date="2024-12-02")
    b = _signed("e1", 0, "Both governments signed their pact on Monday.", date="2024-12-02")
    c = _signed("e1", 0, "The two states also signed a trade accord on Monday.",
                date="2024-12-02", docs=(OTHER_PACT,))
    store.write(_with_pacts(analysed("The two states signed the pact on Monday.", [a],
                                     source="Wire A")))
    store.write(_with_pacts(analysed("Both governments signed their pact on Monday.", [b],
                                     source="Paper B")))
    store.write(_with_pacts(analysed("The two states also signed a trade accord on Monday.",
                                     [c], source="Paper C")))
    rows = [r[0] for r in store.conn.execute("SELECT event_id FROM event_mentions ORDER BY rowid")]
    assert rows[0] == rows[1] and rows[2] != rows[0]


def test_merging_reads_what_an_act_is_about_as_a_key_of_its_sides():
    kinds = {"pact-1": "agreement", "pact-2": "agreement"}
    one = _signed("e1", 0, "The two states signed the pact.", date="2024-12-05",
                  source="published")
    two = dataclasses.replace(one, id="e2", evidence=dataclasses.replace(
        one.evidence, sentence=3, text="Both signed the pact during the visit."))
    s1 = sketch_event(one, "2024-12-05", kinds, "a1")
    assert frozenset({"e:pact-1"}) in s1.about
    s2 = sketch_event(two, "2024-12-05", kinds, "a1")
    assert choose_event(s2, [("ev-1", s1)]) == "ev-1"
    other = sketch_event(_about(two, OTHER_PACT), "2024-12-05", kinds, "a1")
    assert choose_event(other, [("ev-1", s1)]) is None
    # The same signing told again without naming the pact: one act (a document only one
    # telling names says nothing of the other).
    none = sketch_event(_about(two), "2024-12-05", kinds, "a1")
    assert choose_event(none, [("ev-1", s1)]) == "ev-1"


def test_exports_carry_what_an_event_is_about(store):
    from newsbrief.knowledge.export import record, row

    ev = _signed("e1", 0, "The two states signed the pact on Monday.", date="2024-12-02")
    store.write(_with_pacts(analysed("The two states signed the pact on Monday.", [ev])))
    [merged] = hydrate(store, [store.conn.execute("SELECT id FROM events").fetchone()[0]])
    assert [r["entity"] for r in record(merged)["about"]] == ["pact-1"]
    assert row(merged)["about"] == "the pact"


def test_the_brief_takes_an_agreements_parties_from_what_acts_are_about(store):
    """brief._pacts_about: the agreements a statement's records are about, not every
    agreement its sentence names ("criticised the pact's signatories" acts on people)."""
    from newsbrief.knowledge.brief import _pacts_about
    from newsbrief.knowledge.grouping import statements_from

    signed = _signed("e1", 0, "The two states signed the pact on Monday.", date="2024-12-02")
    blamed = event("e2", "ACCUSE", [state("USA")], [state("PRK")], date="2024-12-03",
                   cameo="111", sentence=1, start=100,
                   text="Washington blamed Pyongyang over the pact on Tuesday.")
    store.write(_with_pacts(analysed("The two states signed the pact.", [signed, blamed])))
    ids = [r[0] for r in store.conn.execute("SELECT id FROM events ORDER BY rowid")]
    about = {st.type: _pacts_about(st) for st in statements_from(hydrate(store, ids))}
    assert about == {"AGREE": {"pact-1"}, "ACCUSE": set()}


def test_the_event_page_says_what_the_event_is_about(tmp_path):
    pytest.importorskip("fastapi", reason="the web extra is not installed")
    from fastapi.testclient import TestClient

    from newsbrief.web import create_app

    with Store(tmp_path / "w.db") as s:
        ev = _signed("e1", 0, "The two states signed the pact on Monday.", date="2024-12-02")
        s.write(_with_pacts(analysed("The two states signed the pact on Monday.", [ev])))
        event_id = s.conn.execute("SELECT id FROM events").fetchone()[0]
    with TestClient(create_app(str(tmp_path / "w.db"))) as c:
        page = c.get(f"/events/{event_id}").text
        assert "<dt>About</dt><dd>the pact</dd>" in page
        assert c.get(f"/api/events/{event_id}").json()["record"]["about"][0]["entity"] == \
            "pact-1"


def test_a_document_only_one_telling_names_does_not_set_the_tellings_apart(store):
    """Two records of one sentence, one naming the pact the act is about and the other
    not ("The council endorsed the pact in July, approving its terms"): one event. Only a
    document both name can tell two acts apart (review15: the one-sided document split
    one vote, or one endorsement, in two)."""
    endorsed = _about(event("e1", "SUPPORT", [state("RUS")], [], date="2024-07",
                            cameo="051", sentence=0, text="The council endorsed the pact "
                            "in July, approving its terms.", start=0), PACT)
    approving = event("e2", "SUPPORT", [state("RUS")], [], date="2024-07", cameo="051",
                      sentence=0, text="The council endorsed the pact in July, approving "
                      "its terms.", start=40)
    store.write(_with_pacts(analysed("The council endorsed the pact in July, approving its "
                                     "terms.", [endorsed, approving])))
    rows = [r[0] for r in store.conn.execute("SELECT event_id FROM event_mentions ORDER BY rowid")]
    assert len(rows) == 2 and rows[0] == rows[1]


def _event_ids(store):
    return [r[0] for r in store.conn.execute(
        "SELECT event_id FROM event_mentions ORDER BY rowid")]


def test_one_document_told_in_two_plain_words_is_one_signing(store):
    """Two papers tell one signing, one calling the document "the agreement", the other
    "the deal": one event (fd84bd9 made them two, each plain word its own document). A
    document named by a description of its own still keeps another signing apart."""
    agreement = ActorRef("agreement-x", "the agreement")
    deal = ActorRef("deal-y", "the deal")
    accord = ActorRef("accord-z", "the fisheries accord")
    for eid, text, doc, source in (
            ("e1", "Seoul and Washington signed the agreement in Busan on Friday.",
             agreement, "Wire A"),
            ("e1", "The two allies signed the deal in Busan on Friday.", deal, "Paper B"),
            ("e1", "Seoul and Washington signed a fisheries accord in Busan on Friday.",
             accord, "Paper C")):
        ev = _signed(eid, 0, text, date="2024-12-06", docs=(doc,), sides=("KOR", "USA"))
        store.write(_with_pacts(analysed(text, [ev], source=source)))
    ids = _event_ids(store)
    assert ids[0] == ids[1] and ids[2] != ids[0]


def test_a_signing_and_the_entry_into_force_of_one_pact_differ_in_their_act(store):
    """One article: the pact signed on Monday (lead), the pact in force (told with the
    pact named, the day's news) and the signing told again in the body as "the agreement,
    signed during a visit" (the day's news). All three are about the same pact between
    the same sides under one code: the act, not the document, tells the body's signing
    from the entry into force, and it joins the lead's."""
    lead = _signed("e1", 0, "The two states signed the pact on Monday.", date="2024-12-02")
    force = _signed("e2", 1, "The pact has come into force, the two capitals said.",
                    date="2024-12-05", source="published", act="take effect")
    body = _signed("e3", 3, "The agreement, signed during a state visit, binds both.",
                   date="2024-12-05", source="published",
                   docs=(ActorRef("pact-1", "The agreement"),))
    store.write(_with_pacts(analysed("The two states and their pact.", [lead, force, body],
                                     published="2024-12-05")))
    ids = _event_ids(store)
    assert ids[2] != ids[1]  # the signing is not the entry into force
    assert ids[2] == ids[0] and ids[1] != ids[0]


def test_a_retelling_joins_whether_or_not_the_document_came_first(store):
    """The same-article rule had an order effect: once the event had taken a telling that
    names the pact, a later telling of the same signing that names none stayed apart.
    Now a document only one side names says nothing, in either order."""
    text = "The two states signed the pact on Monday, signing it in the capital."
    named = _signed("e1", 0, text, date="2024-12-02", source="published")
    bare = _signed("e2", 0, text, date="2024-12-02", source="published", docs=())
    later = _signed("e3", 4, "At a ceremony, both delegations put their signatures to it.",
                    date="2024-12-02", source="published", docs=())
    for order in ((bare, named, later), (named, bare, later)):
        with Store(":memory:") as s:
            s.write(_with_pacts(analysed("The two states signed the pact.", list(order),
                                         published="2024-12-02")))
            assert len(set(_event_ids(s))) == 1, order



@pytest.mark.parametrize("text,plain", [
    ("the agreement", True), ("The deal", True), ("a pact", True), ("its treaty", True),
    ("the Paris Agreement", False), ("NAFTA", False), ("the EU deal", False),
    ("a trade accord", False), ("Iran's deal", False), ("the 2015 accord", False)])
def test_a_document_in_plain_words_is_one_lower_case_word(text, plain):
    from newsbrief.merging.likeness import plain_phrase

    assert plain_phrase(text) is plain


def test_a_recipient_told_in_words_of_its_own_does_not_describe_the_document(store):
    """Whether a document is told in plain words is read from what the act is about,
    never from the recipients: the live sketch (`sketch_event`) reads only `about`, and
    the sketch of the stored event must read the same, or a stored event and its own
    record decide a merge differently. Here one reference is both the recipient and,
    in plain words, the document ("the accord") of the first paper's signing; the second
    paper tells the same signing with "the deal". Two plain words say nothing, so the
    two tellings are one event, on the stored event as on the record."""
    accord = ActorRef("accord-k", "the accord")
    first = _signed("e1", 0, "Seoul and Washington signed the accord on Friday.",
                    date="2024-12-06", docs=(accord,), sides=("KOR", "USA"))
    first = dataclasses.replace(first, recipient=(ActorRef("accord-k", "the fisheries accord"),))
    second = _signed("e1", 0, "The two allies signed the deal on Friday.", date="2024-12-06",
                     docs=(ActorRef("deal-y", "the deal"),), sides=("KOR", "USA"))
    live = choose_event(sketch_event(second, "2024-12-06", {}, "b"),
                        [("ev-1", sketch_event(first, "2024-12-06", {}, "a"))])
    assert live == "ev-1"
    store.write(_with_pacts(analysed(first.evidence.text, [first], source="Wire A")))
    store.write(_with_pacts(analysed(second.evidence.text, [second], source="Paper B")))
    ids = _event_ids(store)
    assert ids[0] == ids[1]
