"""The explorer page's files: served at / and /static/, and all of them inside the package (no CDN)."""

from __future__ import annotations

import re
import socket
import tomllib
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from pactgraph.api.app import create_app
from pactgraph.api.routes.page import STATIC

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def client():
    """The app on a closed Bolt port: the page needs no database."""
    from pactgraph.settings import get_settings

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with TestClient(create_app(get_settings().model_copy(
            update={"neo4j_uri": f"bolt://127.0.0.1:{port}"}))) as client:
        yield client


def test_the_page_is_served_at_the_root(client):
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert 'id="search"' in response.text and 'role="combobox"' in response.text


def test_every_file_the_page_loads_is_served_from_the_package(client):
    html = (STATIC / "index.html").read_text()
    links = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert "/static/vendor/cytoscape.min.js" in links
    for link in links:
        assert not re.match(r"(https?:)?//", link), f"{link} is not served by pactgraph"
        if link.startswith("/static/"):
            assert (STATIC / link.removeprefix("/static/")).is_file()
            assert client.get(link).status_code == 200


def test_the_scripts_fetch_only_the_api():
    # The SVG namespace is a name, not an address anything is fetched from.
    script = (STATIC / "page.js").read_text().replace("http://www.w3.org/2000/svg", "")
    assert not re.search(r"https?://", script)


def test_cytoscape_ships_with_its_licence():
    assert "Permission is hereby granted" in (STATIC / "vendor" / "cytoscape.LICENSE").read_text()
    assert (STATIC / "vendor" / "cytoscape.min.js").stat().st_size > 100_000


def test_package_data_holds_the_static_files():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    patterns = config["tool"]["setuptools"]["package-data"]["pactgraph.api"]
    shipped = {path for pattern in patterns for path in (ROOT / "api").glob(pattern)}
    needed = {path for path in STATIC.rglob("*") if path.suffix in (".html", ".css", ".js")}
    assert needed <= shipped and (STATIC / "vendor" / "cytoscape.LICENSE") in shipped
