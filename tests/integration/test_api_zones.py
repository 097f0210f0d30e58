"""A zone query reaches the places a zone lies in, and on request the places inside it.

The graph is written from documents read by the real extractor: where a place
lies comes from the text ("the town of Pim in Olo province", "Valdoria's
north-western Olo province"), never from a list.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from pactgraph.api.app import create_app
from pactgraph.graph.writer import write_extraction
from pactgraph.loaders import document_from_text, extract

pytestmark = pytest.mark.neo4j

_TEXTS = {
    "olo.txt": ("date 2021-03-02\n\nThe Dawn Front and the Valdorian army signed the Olo truce on Monday, "
                "brokered by Norland. The truce covers Olo province, in Valdoria's north-west. "
                "Rebels seized the town of Pim in Olo province last year."),
    "pim.txt": "date 2021-04-02\n\nValdorian jets bombed Pim on Thursday, killing 12 people, residents said.",
    "rask.txt": ("date 2021-05-10\n\nAfter a month of fighting in Rask, the Sunrise Brigades and the army "
                 "agreed the Rask ceasefire on Tuesday. The ceasefire applies to the town of Pim."),
}


@pytest.fixture()
def client(empty_graph, settings):
    for name, text in _TEXTS.items():
        write_extraction(empty_graph, extract(document_from_text(text, name)),
                         database=settings.neo4j_database)
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def _agreements(client, **params) -> list[str]:
    response = client.get("/agreements", params=params)
    assert response.status_code == 200, response.text
    return [a["name"] for a in response.json()["data"]]


def test_a_place_matches_the_agreements_of_the_places_it_lies_in(client):
    assert _agreements(client, zone="Olo province") == ["Olo truce"]
    # the truce governs the province, and the town lies in the province
    assert sorted(_agreements(client, zone="Pim")) == ["Olo truce", "Rask ceasefire"]


def test_the_places_inside_a_zone_only_on_request(client):
    assert sorted(_agreements(client, zone="Olo province", zone_inside="true")) == ["Olo truce",
                                                                                 "Rask ceasefire"]
    assert _agreements(client, zone="Rask") == ["Rask ceasefire"]


def test_located_in_is_a_relation_with_its_sentence(client):
    response = client.get("/relations", params={"predicate": "located_in", "subject": "Pim"})
    assert response.status_code == 200, response.text
    [row] = response.json()["data"]
    assert row["object"]["name"] == "Olo province"
    assert "the town of Pim in Olo province" in row["evidence"][0]["sentence"]


def test_events_inside_a_governed_zone_are_candidate_violations(client):
    [truce] = client.get("/agreements", params={"zone": "Olo province"}).json()["data"]
    detail = client.get(f"/agreements/{truce['id']}").json()
    assert {v["zone"]["name"] for v in detail["candidate_violations"]} == {"Pim"}
