"""Locations as the ledger stores them: no credentials, and the form the user wrote otherwise."""

from __future__ import annotations

import pytest

from mamori.ledger import without_credentials


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        (
            "postgresql://app:s3cret@db.example/crm#table=public.c",
            "postgresql://db.example/crm#table=public.c",
        ),
        (
            "mysql+pymysql://root:pw@127.0.0.1:3306/test#table=t",
            "mysql+pymysql://127.0.0.1:3306/test#table=t",
        ),
        ("sqlite:///srv/app/crm.db#table=main.customers", "sqlite:///srv/app/crm.db#table=main.customers"),
        ("file:///home/共有/顧客.csv#row=2&col=C", "file:///home/共有/顧客.csv#row=2&col=C"),
        ("https://host/x?token=abc&page=2", "https://host/x?page=2"),
    ],
)
def test_credentials_removed_and_form_kept(given: str, stored: str) -> None:
    assert without_credentials(given) == stored
