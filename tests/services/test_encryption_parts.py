"""The encryption helpers the maintenance use cases share, on their own."""

from __future__ import annotations

from dmtracker.services import encryption, maintenance
from dmtracker.services.app_services import open_services

PASS = "correct horse battery"


def test_checkpoint_empties_the_wal_and_opens_with_tells_the_passphrase(paths, clock) -> None:
    services = open_services(paths, clock)
    services.checkins.add({"day": "2026-11-20", "pain": 2})
    services.close()
    encryption.checkpoint(paths.db)  # the WAL's pages are in the file now
    wal = paths.db.with_name(paths.db.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert encryption.encryption_state(paths) == "plain"
    encryption.encrypt_database(paths, PASS, PASS)
    assert encryption.opens_with(paths.db, PASS)
    assert not encryption.opens_with(paths.db, "a passphrase it never had")
    assert encryption.encryption_state(paths) == "encrypted"


def test_maintenance_offers_the_encryption_use_cases() -> None:
    for name in ("unlock", "lock", "encrypt_database", "decrypt_database", "is_encrypted"):
        assert getattr(maintenance, name) is getattr(encryption, name)
    assert maintenance.PassphraseRequiredError is encryption.PassphraseRequiredError
