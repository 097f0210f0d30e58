"""GET /agreements filters, /agreements/{id} with candidate violations, and GET /events, on the dev corpus."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.neo4j

SOCHI = "sochi-deal-d6b7db82"


def _get(client, path, **params):
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def _ids(body) -> list[str]:
    return [row["id"] for row in body["data"]]


# --- /agreements --------------------------------------------------------------------------------


def test_agreements_by_kind(dev_client):
    truces = _get(dev_client, "/agreements", kind="truce", limit=200)
    assert SOCHI in _ids(truces)
    assert {row["kind"] for row in truces["data"]} == {"truce"}
    assert _get(dev_client, "/agreements", kind="armistice") == {"data": [], "count": 0}


@pytest.mark.parametrize(("params", "included"), [
    ({"from": "2018-09-17"}, True),  # the deal is dated 2018-09: compared at month precision
    ({"from": "2018", "to": "2018"}, True),
    ({"to": "2018-08"}, False),
    ({"from": "2018-10"}, False),
])
def test_agreements_by_date_at_the_coarser_precision(dev_client, params, included):
    body = _get(dev_client, "/agreements", limit=200, **params)
    assert (SOCHI in _ids(body)) is included
    assert all(row["date"] is not None for row in body["data"])


def test_agreements_by_zone_party_and_broker_together(dev_client):
    body = _get(dev_client, "/agreements", zone="Idlib", broker="Ankara", party="Russia")
    assert _ids(body) == [SOCHI]
    assert _get(dev_client, "/agreements", zone="Idlib", broker="United Nations") == {"data": [], "count": 0}
    ceasefires_2020 = _get(dev_client, "/agreements", kind="ceasefire", **{"from": "2020", "to": "2020"})
    assert {row["date"][:4] for row in ceasefires_2020["data"]} == {"2020"}


# --- /agreements/{id} ---------------------------------------------------------------------------


def test_one_agreement_with_its_candidate_violations(dev_client):
    body = _get(dev_client, f"/agreements/{SOCHI}")
    assert (body["name"], body["kind"], body["date"]) == ("Sochi deal", "truce", "2018-09")
    assert {z["id"] for z in body["zones"]} >= {"idlib"}
    assert body["violations_since"] == "2018-09"
    violations = body["candidate_violations"]
    assert violations, "the Idlib offensive after the deal"
    for event in violations:
        assert event["type"] in ("assault", "fight") and event["status"] == "asserted"
        assert event["zone"]["id"] in {z["id"] for z in body["zones"]}
        assert (event["date"] or event["evidence"]["date"]) >= "2018-09"
        assert event["evidence"]["sentence"] and event["evidence"]["document"] == "00_idlib_2019.txt"
    # earliest first, by the event's own date, else its document's
    dates = [event["date"] or event["evidence"]["date"] for event in violations]
    assert dates == sorted(dates)


def test_violations_counted_from_the_first_mention_when_the_agreement_has_no_date(dev_client):
    body = _get(dev_client, "/agreements/stockholm-agreement-3f1e6344")
    assert body["date"] is None and body["violations_since"] == "2018-12-14"
    # the fighting in Hodeidah the article dates June 2018 was before the agreement
    assert body["candidate_violations"] == []


def test_violation_types_and_status_can_be_chosen(dev_client):
    displaced = _get(dev_client, f"/agreements/{SOCHI}", type="displace")["candidate_violations"]
    # people fled Idlib in February 2019, after the deal of September 2018
    assert [(e["type"], e["date"], e["zone"]["id"]) for e in displaced] == [("displace", "2019-02", "idlib")]
    planned = _get(dev_client, f"/agreements/{SOCHI}", status="hypothetical")["candidate_violations"]
    assert planned and {e["status"] for e in planned} == {"hypothetical"}


def test_unknown_agreement_is_404(dev_client):
    response = dev_client.get("/agreements/no-such-deal")
    assert response.status_code == 404
    error = response.json()["error"]
    assert error["code"] == "not_found" and "no-such-deal" in error["message"]


# --- /events ------------------------------------------------------------------------------------


def test_events_at_a_place_with_roles_and_sentence(dev_client):
    body = _get(dev_client, "/events", place="Idlib")
    assert body["count"] == len(body["data"]) >= 3
    for event in body["data"]:
        assert {"role": "place", "id": "idlib", "name": "Idlib", "type": "Place"} in event["roles"]
        assert event["status"] == "asserted" and event["evidence"]["sentence"]


@pytest.mark.parametrize(("params", "documents"), [
    ({"from": "2019-04", "to": "2019-04"}, {"00_idlib_2019.txt"}),
    ({"from": "2019-04-15", "to": "2019-04-20"}, {"00_idlib_2019.txt"}),  # month-precision events count
    ({"from": "2020-03-06", "to": "2020-03-06"}, {"22_idlib_moscow_ceasefire_2020.txt"}),
])
def test_events_by_date_window(dev_client, params, documents):
    body = _get(dev_client, "/events", type="assault", limit=200, **params)
    assert body["count"] > 0
    assert {event["evidence"]["document"] for event in body["data"]} <= documents
    bound_from, bound_to = params["from"], params["to"]
    for event in body["data"]:
        date = event["date"] or event["evidence"]["date"]
        n = min(len(date), len(bound_from))
        assert date[:n] >= bound_from[:n] and date[:n] <= bound_to[:n]


def test_events_by_type_actor_and_toll(dev_client):
    body = _get(dev_client, "/events", type=["assault", "fight"], agent="Russia", limit=200)
    assert body["count"] > 0
    for event in body["data"]:
        assert event["type"] in ("assault", "fight")
        assert any(r["role"] == "agent" and r["id"] == "russia" for r in event["roles"])
    assert _get(dev_client, "/events", actor="Russia", limit=200)["count"] >= body["count"]
    deadly = _get(dev_client, "/events", min_killed=10, limit=200)
    assert deadly["count"] > 0 and all(event["killed"] >= 10 for event in deadly["data"])


def test_events_are_latest_first_and_page(dev_client):
    everything = _get(dev_client, "/events", limit=200)
    dates = [event["date"] or event["evidence"]["date"] for event in everything["data"]]
    assert dates == sorted(dates, reverse=True)
    page = _get(dev_client, "/events", limit=3, offset=2)
    assert page["count"] == everything["count"] and page["data"] == everything["data"][2:5]


def test_events_keep_planned_alleged_and_denied_apart(dev_client):
    asserted = _get(dev_client, "/events", limit=200)["data"]
    assert {event["status"] for event in asserted} == {"asserted"}
    planned = _get(dev_client, "/events", status="hypothetical", limit=200)
    assert planned["count"] > 0 and {event["status"] for event in planned["data"]} == {"hypothetical"}


@pytest.mark.parametrize("params", [{"type": "picnic"}, {"from": "yesterday"}, {"min_killed": -1},
                                    {"limit": 500}, {"status": "rumoured"}])
def test_events_bad_parameters_are_422(dev_client, params):
    response = dev_client.get("/events", params=params)
    assert response.status_code == 422 and response.json()["error"]["code"] == "invalid_request"


def test_unknown_place_finds_no_events(dev_client):
    assert _get(dev_client, "/events", place="Atlantis") == {"data": [], "count": 0}


def test_agreements_dated_newest_first_then_the_undated(dev_client):
    dates = [row["date"] for row in _get(dev_client, "/agreements", limit=200)["data"]]
    dated = [d for d in dates if d is not None]
    assert dates == dated + [None] * (len(dates) - len(dated)) and dated == sorted(dated, reverse=True)


def test_an_agreements_sentences_are_bounded_and_counted(dev_client, monkeypatch):
    from pactgraph.graph import read

    # The dev graph's busiest agreement has a dozen sentences: bound them lower to see the cut.
    monkeypatch.setattr(read, "EVIDENCE_PER_AGREEMENT", 3)
    monkeypatch.setattr(read, "EVIDENCE_OF_ONE_AGREEMENT", 5)
    rows = dev_client.get("/agreements", params={"limit": 200}).json()["data"]
    assert rows
    for row in rows:
        assert len(row["evidence"]) == min(row["evidence_count"], 3), row["id"]
    busiest = max(rows, key=lambda row: row["evidence_count"])
    assert busiest["evidence_count"] > 5
    one = dev_client.get(f"/agreements/{busiest['id']}").json()
    assert one["evidence_count"] == busiest["evidence_count"]
    assert len(one["evidence"]) == 5
    assert one["evidence"][:3] == busiest["evidence"]
    monkeypatch.undo()
    whole = dev_client.get(f"/agreements/{busiest['id']}").json()
    assert len(whole["evidence"]) == whole["evidence_count"] == busiest["evidence_count"]
