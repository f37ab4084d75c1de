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
from dmtracker.i18n import formats, localize, translate

if TYPE_CHECKING:
    from dmtracker.services.app_services import Services
    from dmtracker.storage.paths import DataPaths


def cmd_encrypt(args: argparse.Namespace) -> int:
    return alone(args, _encrypt)


def _encrypt(args: argparse.Namespace, paths: DataPaths) -> int:
    from dmtracker.services.maintenance import FORGOTTEN_WARNING, encrypt_database, is_encrypted

    if not paths.db.exists():
        raise UserError(translate("Cli", "no database in {folder}").format(folder=paths.root))
    resume(paths)
    if is_encrypted(paths):
        raise UserError(
            translate("Cli", "the diary in {folder} is encrypted already").format(folder=paths.root)
        )
    warning = localize(FORGOTTEN_WARNING)
    print(translate("Cli", "Warning: {warning}").format(warning=warning), file=sys.stderr)
    passphrase, again = cli_passphrase(translate("Cli", "New passphrase: "), twice=True)
    n = encrypt_database(paths, passphrase, again)
    print(
        translate(
            "Cli",
            "Encrypted {file}, %n backup(s) and the rash photos. Exports are not encrypted.",
            None,
            n,
        ).format(file=paths.db)
    )
    return 0


def cmd_decrypt(args: argparse.Namespace) -> int:
    return alone(args, _decrypt)


def _decrypt(args: argparse.Namespace, paths: DataPaths) -> int:
    from dmtracker.services.maintenance import decrypt_database, is_encrypted

    resume(paths)
    if not is_encrypted(paths):
        raise UserError(
            translate("Cli", "the diary in {folder} is not encrypted").format(folder=paths.root)
        )
    from dmtracker.storage.db import passphrase_for

    passphrase = passphrase_for(paths.db)  # known when an interrupted plan was just finished
    if passphrase is None:
        prompt = translate("Cli", "Passphrase of the diary in {folder}: ").format(folder=paths.root)
        passphrase, _ = cli_passphrase(prompt)
    n = decrypt_database(paths, passphrase)
    print(
        translate(
            "Cli", "{file}, %n backup(s) and the rash photos are stored unencrypted now.", None, n
        ).format(file=paths.db)
    )
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
            summary = generate_demo(
                services,
                years=args.years,
                seed=args.seed,
                end=args.end,
                juvenile=getattr(args, "juvenile", False),
            )
        except DemoError as exc:
            raise UserError(localize(exc.args[0]) if exc.args else str(exc)) from None
        finally:
            services.close()
    took = time.perf_counter() - t0
    size = services.paths.db.stat().st_size / 1e6
    print(
        translate("Cli", "Wrote {what} to {file} in {seconds} s ({size} MB)").format(
            what=localize(summary.describe()),
            file=services.paths.db,
            seconds=formats.number(took, 1),
            size=formats.number(size, 1),
        )
    )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    services = open_diary(args)
    try:
        if args.out and Path(args.out).exists():
            raise UserError(
                translate("Cli", "{file} already exists; choose a new file name").format(
                    file=args.out
                )
            )
        if args.plain and not args.out:
            raise UserError(
                translate("Cli", "--plain needs --out (backups in the data folder stay encrypted)")
            )
        path = services.maintenance.backup_now(
            Path(args.out) if args.out else None, plain=args.plain
        )
        print(translate("Cli", "Backup written: {file}").format(file=path))
        if not args.out:
            _copy_to_second_folder(services, path)
    finally:
        services.close()
    return 0


def _copy_to_second_folder(services: Services, path: Path) -> None:
    """The backup copied to the second backup folder too, when one is set (a failure is a
    warning: the backup itself was written)."""
    from dmtracker.services.backup_copies import CopyFailed

    folder = services.backup_copies.folder()
    if folder is None:
        return
    try:
        services.backup_copies.copy_now(path)
    except CopyFailed as exc:
        print(
            translate(
                "Cli", "dmtracker: warning: no copy in the second backup folder: {reason}"
            ).format(reason=localize(exc.reason)),
            file=sys.stderr,
        )
        return
    print(translate("Cli", "Copied to the second backup folder: {folder}").format(folder=folder))


def _second_folder_line(paths: DataPaths) -> str | None:
    """What `check` says about the second backup folder (None: none is set, or the diary's
    settings cannot be read)."""
    from dmtracker.services.app_services import open_services

    try:
        services = open_services(paths)
    except Exception:
        return None
    try:
        status = services.backup_copies.status()
        now = services.clock.now()
    except Exception:
        return None
    finally:
        services.close()
    if not status.folder:
        return None
    if status.last_ok is None:
        said = translate("Cli", "Second backup folder: {folder}, no copy yet").format(
            folder=status.folder
        )
    else:
        local = services.clock.local(status.last_ok)
        said = translate("Cli", "Second backup folder: {folder}, last copy {day} {time}").format(
            folder=status.folder, day=formats.day(local.date()), time=formats.time(local)
        )
    if status.overdue(now):
        days = (now - status.last_ok).days if status.last_ok else None
        if days is not None:
            said += " — " + translate("Cli", "WARNING: no copy for %n day(s)", None, days)
        if status.error:
            said += " — " + translate("Cli", "last attempt: {reason}").format(reason=status.error)
    elif status.error:
        said += " — " + translate("Cli", "last attempt failed: {reason}").format(
            reason=status.error
        )
    return said


def cmd_check(args: argparse.Namespace) -> int:
    from dmtracker.services.clock import Clock
    from dmtracker.services.maintenance import MaintenanceService, remove_stale_copies
    from dmtracker.storage.folder_lock import SharedLock, preparing

    paths = paths_of(args)
    if not paths.db.exists():
        raise UserError(translate("Cli", "no database in {folder}").format(folder=paths.root))
    resume(paths)
    cli_unlock(paths)
    lock = SharedLock(paths.root)
    try:
        with preparing(paths.root):  # not while another process upgrades the file
            if not paths.read_only:
                remove_stale_copies(paths)  # a killed restore's half copy
            report = MaintenanceService(paths, Clock()).check()
    finally:
        lock.release()
    size = formats.number(report.size_bytes / 1e6, 1)
    print(translate("Cli", "Database: {file} ({size} MB)").format(file=report.db, size=size))
    revision = report.revision or translate("Cli", "unknown", "schema revision")
    print(
        translate("Cli", "Schema: {revision} (this app: {head})").format(
            revision=revision, head=report.head
        )
    )
    if report.problems:
        print(translate("Cli", "Integrity: FAILED"))
        for p in report.problems[:20]:
            print(f"  {localize(p)}")
    else:
        print(translate("Cli", "Integrity: ok"))
    if report.read_only:
        if paths.read_only_reason() == "full":
            print(translate("Cli", "Access: read-only (the disk is full: view and export only)"))
        else:
            print(
                translate("Cli", "Access: read-only (it cannot be written: view and export only)")
            )
    print(translate("Cli", "Encryption: {state}").format(state=_encryption(report.encryption)))
    if report.newest_backup:
        b = report.newest_backup
        print(
            translate("Cli", "Newest good backup: {file} ({day} {time} UTC, {kind})").format(
                file=b.path,
                day=formats.day(b.taken_at.date()),
                time=formats.time(b.taken_at),
                kind=_backup_kind(b.kind),
            )
        )
    else:
        print(translate("Cli", "Newest good backup: none yet"))
    if report.ok:
        line = _second_folder_line(paths)
        if line:
            print(line)
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
    print(
        translate("Cli", "Restored {backup}. The diary as it was is kept as {kept}.").format(
            backup=args.backup, kept=kept
        )
    )
    return 0


def _encryption(state: str) -> str:
    """The encryption state of ``check`` in words ("plain", "encrypted" or "mixed: …")."""
    if state == "plain":
        return translate("Cli", "plain", "encryption state: not encrypted")
    if state == "encrypted":
        return translate("Cli", "encrypted", "encryption state")
    return localize(state)


def _backup_kind(kind: str) -> str:
    """The kind of a backup (from its file name) in words."""
    words = {
        "auto": translate("Cli", "auto", "kind of backup: made automatically each day"),
        "manual": translate("Cli", "manual", "kind of backup: made by the user"),
        "pre-upgrade": translate("Cli", "pre-upgrade", "kind of backup: made before an upgrade"),
        "pre-restore": translate(
            "Cli", "pre-restore", "kind of backup: the diary as it was before a restore"
        ),
    }
    return words.get(kind, kind)
