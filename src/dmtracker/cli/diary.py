"""The sub-commands that look after the diary as a whole: demo, backup, check, restore,
encrypt, decrypt."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from dmtracker.cli.common import (
    UserError,
    alone,
    cli_passphrase,
    cli_unlock,
    open_diary,
    paths_of,
    resume,
)

if TYPE_CHECKING:
    from dmtracker.storage.paths import DataPaths


def cmd_encrypt(args: argparse.Namespace) -> int:
    return alone(args, _encrypt)


def _encrypt(args: argparse.Namespace, paths: DataPaths) -> int:
    from dmtracker.services.maintenance import FORGOTTEN_WARNING, encrypt_database, is_encrypted

    if not paths.db.exists():
        raise UserError(f"no database in {paths.root}")
    resume(paths)
    if is_encrypted(paths):
        raise UserError(f"the diary in {paths.root} is encrypted already")
    print(f"Warning: {FORGOTTEN_WARNING}", file=sys.stderr)
    passphrase, again = cli_passphrase("New passphrase: ", twice=True)
    n = encrypt_database(paths, passphrase, again)
    print(f"Encrypted {paths.db}, {n} backups and the rash photos. Exports are not encrypted.")
    return 0


def cmd_decrypt(args: argparse.Namespace) -> int:
    return alone(args, _decrypt)


def _decrypt(args: argparse.Namespace, paths: DataPaths) -> int:
    from dmtracker.services.maintenance import decrypt_database, is_encrypted

    resume(paths)
    if not is_encrypted(paths):
        raise UserError(f"the diary in {paths.root} is not encrypted")
    from dmtracker.storage.db import passphrase_for

    passphrase = passphrase_for(paths.db)  # known when an interrupted plan was just finished
    if passphrase is None:
        passphrase, _ = cli_passphrase(f"Passphrase of the diary in {paths.root}: ")
    n = decrypt_database(paths, passphrase)
    print(f"{paths.db}, {n} backups and the rash photos are stored unencrypted now.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    import time

    from dmtracker.services.demo import DemoError, generate_demo
    from dmtracker.storage.folder_lock import exclusive

    t0 = time.perf_counter()
    paths = paths_of(args)
    paths.root.mkdir(parents=True, exist_ok=True, mode=0o700)
    with exclusive(paths.root):  # a second demo run (or an open app) is refused at once
        services = open_diary(args)
        try:
            summary = generate_demo(services, years=args.years, seed=args.seed, end=args.end)
        except DemoError as exc:
            raise UserError(str(exc)) from None
        finally:
            services.close()
    took = time.perf_counter() - t0
    size = services.paths.db.stat().st_size / 1e6
    print(f"Wrote {summary.describe()} to {services.paths.db} in {took:.1f} s ({size:.1f} MB)")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    services = open_diary(args)
    try:
        if args.out and Path(args.out).exists():
            raise UserError(f"{args.out} already exists; choose a new file name")
        if args.plain and not args.out:
            raise UserError("--plain needs --out (backups in the data folder stay encrypted)")
        path = services.maintenance.backup_now(
            Path(args.out) if args.out else None, plain=args.plain
        )
    finally:
        services.close()
    print(f"Backup written: {path}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from dmtracker.services.clock import Clock
    from dmtracker.services.maintenance import MaintenanceService, remove_stale_copies
    from dmtracker.storage.folder_lock import SharedLock

    paths = paths_of(args)
    if not paths.db.exists():
        raise UserError(f"no database in {paths.root}")
    resume(paths)
    cli_unlock(paths)
    lock = SharedLock(paths.root)
    try:
        if not paths.read_only:
            remove_stale_copies(paths)  # a killed restore's half copy
        report = MaintenanceService(paths, Clock()).check()
    finally:
        lock.release()
    print(f"Database: {report.db} ({report.size_bytes / 1e6:.1f} MB)")
    print(f"Schema: {report.revision or 'unknown'} (this app: {report.head})")
    if report.problems:
        print("Integrity: FAILED")
        for p in report.problems[:20]:
            print(f"  {p}")
    else:
        print("Integrity: ok")
    if report.read_only:
        why = "the disk is full" if paths.read_only_reason() == "full" else "it cannot be written"
        print(f"Access: read-only ({why}: view and export only)")
    print(f"Encryption: {report.encryption}")
    if report.newest_backup:
        b = report.newest_backup
        print(f"Newest good backup: {b.path} ({b.taken_at:%Y-%m-%d %H:%M} UTC, {b.kind})")
    else:
        print("Newest good backup: none yet")
    return 0 if report.ok else 1


def cmd_restore(args: argparse.Namespace) -> int:
    return alone(args, _restore)


def _restore(args: argparse.Namespace, paths: DataPaths) -> int:
    from dmtracker.services.maintenance import restore_database

    resume(paths)
    cli_unlock(paths)  # an encrypted diary stays encrypted: its passphrase is needed
    kept = restore_database(paths, Path(args.backup))
    services = open_diary(args)  # upgrades a backup made by an older version
    services.close()
    print(f"Restored {args.backup}. The diary as it was is kept as {kept}.")
    return 0
