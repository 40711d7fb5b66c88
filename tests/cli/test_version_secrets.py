"""``zhdesk --version`` and the store's description never print a password, in the URL or its query."""

from __future__ import annotations

import pytest

from zhdesk.cli.main import main
from zhdesk.storage.database import carries_password, hide_password, store_info

URLS = [
    "postgresql+psycopg://officer:s3cr3t-pw@127.0.0.1:1/zhdesk",
    "postgresql+psycopg://officer@127.0.0.1:1/zhdesk?password=s3cr3t-pw",
    "postgresql+psycopg://officer@127.0.0.1:1/zhdesk?sslmode=disable&PASSWORD=s3cr3t-pw",
]


@pytest.mark.parametrize("url", URLS)
def test_version_hides_the_password(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert "s3cr3t-pw" not in store_info(url).describe()
    assert main(["--db-url", url, "--version"]) == 0
    out = capsys.readouterr()
    assert "s3cr3t-pw" not in out.out + out.err
    assert "127.0.0.1" in out.out


@pytest.mark.parametrize("url", URLS)
def test_hide_password_and_carries_password(url: str) -> None:
    assert carries_password(url)
    assert "s3cr3t-pw" not in hide_password(url)
    assert "127.0.0.1:1/zhdesk" in hide_password(url)


def test_a_url_without_password_is_kept_whole() -> None:
    url = "postgresql+psycopg://officer@db.example/zhdesk?sslmode=require"
    assert not carries_password(url)
    assert hide_password(url) == url
