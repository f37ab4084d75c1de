"""Every service, built once over one engine: what the UI, reports and CLI use."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa

from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import translate
from dmtracker.services.backup_copies import BackupCopyService
from dmtracker.services.clinic import ClinicService, LabService, QuestionnaireService
from dmtracker.services.clock import Clock
from dmtracker.services.daily import (
    CheckInService,
    DayService,
    RashPhotoService,
    RashService,
    SelfTestService,
)
from dmtracker.services.daily_steps import DailyStepsService
from dmtracker.services.entries import EntryService
from dmtracker.services.infusions import CourseService, InfusionDayService, VitalService
from dmtracker.services.maintenance import (
    MaintenanceService,
    PassphraseRequiredError,
    is_encrypted,
    pending_conversion,
    remove_stale_copies,
    resume_conversion,
    unlock,
)
from dmtracker.services.medications import IntakeService, MedicationService, RegimenService
from dmtracker.services.profile import BodyWeightService, ProfileService, SettingsService
from dmtracker.services.side_effects import FollowUpService, SideEffectService
from dmtracker.storage import space
from dmtracker.storage.backup import BackupInfo, newest_good_backup
from dmtracker.storage.db import (
    create_db_engine,
    db_errors,
    integrity_check,
    passphrase_for,
)
from dmtracker.storage.folder_lock import SharedLock, preparing
from dmtracker.storage.migrate import (
    MigrationResult,
    current_revision,
    head_revision,
    migrate,
)
from dmtracker.storage.paths import DataPaths

if TYPE_CHECKING:
    from dmtracker.services.health.service import HealthImport
    from dmtracker.services.inbox import InboxService
    from dmtracker.services.report_data import ReportDataService
    from dmtracker.services.scores import ScoreService
    from dmtracker.services.series import SeriesService
    from dmtracker.services.transfer import DataTransferService


@dataclass
class Services:
    paths: DataPaths
    engine: sa.Engine
    clock: Clock
    migration: MigrationResult | None = None
    # this process has the diary open (an OS lock other processes see); released by close()
    lock: SharedLock | None = None
    # a folder that cannot be written: view and export only (every write is refused)
    read_only: bool = False
    # one line for the window's banner: what went wrong at the start (a skipped backup)
    notice: str = ""

    def __post_init__(self) -> None:
        e, c = self.engine, self.clock
        self.profile = ProfileService(e, c)
        self.weights = BodyWeightService(e, c)
        self.daily_steps = DailyStepsService(e, c)
        self.settings = SettingsService(e, c)
        self.checkins = CheckInService(e, c)
        self.entries = EntryService(e, c)
        self.self_tests = SelfTestService(e, c)
        self.rash = RashService(e, c)
        self.photos = RashPhotoService(e, c, self.paths.root)
        self.days = DayService(e, c)
        self.courses = CourseService(e, c)
        self.infusions = InfusionDayService(e, c)
        self.side_effects = SideEffectService(e, c)
        self.follow_ups = FollowUpService(e, c)
        self.vitals = VitalService(e, c)
        self.medications = MedicationService(e, c)
        self.regimens = RegimenService(e, c)
        self.intakes = IntakeService(e, c)
        self.labs = LabService(e, c)
        self.clinic = ClinicService(e, c)
        self.questionnaires = QuestionnaireService(e, c)
        self.maintenance = MaintenanceService(self.paths, c, read_only=self.read_only)
        # the second backup folder (issue 22)
        self.backup_copies = BackupCopyService(
            self.paths, c, self.settings, read_only=self.read_only
        )

    # Made when first used: they import numpy and the import/report code, which the Today page
    # does not need, so the window is ready sooner (benchmarks/run.py, ready ratio).
    @cached_property
    def scores(self) -> ScoreService:
        from dmtracker.services.scores import ScoreService

        return ScoreService(self.engine, self.clock, self.profile)

    @cached_property
    def series(self) -> SeriesService:
        from dmtracker.services.series import SeriesService

        return SeriesService(self.engine, self.clock)

    @cached_property
    def transfer(self) -> DataTransferService:
        from dmtracker.services.transfer import DataTransferService

        return DataTransferService(self.engine, self.clock, self.paths)

    @cached_property
    def health(self) -> HealthImport:  # weight and steps from phones and scales (issue 22)
        from dmtracker.services.health.service import HealthImport

        return HealthImport(self.engine, self.clock)

    @cached_property
    def inbox(self) -> InboxService:  # files other devices put into a folder (issue 22)
        from dmtracker.services.inbox import InboxService

        return InboxService(
            self.engine, self.clock, self.settings, self.entries, self.side_effects, self.read_only
        )

    @cached_property
    def report(self) -> ReportDataService:
        from dmtracker.services.report_data import ReportDataService

        return ReportDataService(self)

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()


class DatabaseDamagedError(RuntimeError):
    """The database failed its integrity check at start; nothing was changed."""

    def __init__(self, db: Path, problems: list[str], backup: BackupInfo | None):
        self.db = db
        self.problems = problems
        self.backup = backup
        newest = (
            translate("Storage", "The newest good backup is {file} from {day} {time} UTC.").format(
                file=backup.path, day=backup.taken_at.date(), time=f"{backup.taken_at:%H:%M}"
            )
            if backup
            else translate("Storage", "There is no good backup yet.")
        )
        super().__init__(
            translate(
                "Storage",
                "The database {file} is damaged ({problem}). It was not changed. {newest}",
            ).format(file=db, problem=problems[0], newest=newest)
        )


def _read_only_schema(paths: DataPaths) -> MigrationResult:
    """A diary in a folder that cannot be written is opened as it is: it must exist and be
    at this app's schema (an upgrade could not be written)."""
    if not paths.db.exists():
        raise space.ReadOnlyDiaryError(paths.root)
    revision = current_revision(paths.db)
    head = head_revision()
    if revision != head:
        raise ValidationError(
            "diary",
            translate(
                "Storage",
                "needs an upgrade from schema {revision} to {head}, which cannot be written in "
                "the read-only folder {folder}; copy the folder somewhere writable first",
            ).format(revision=revision, head=head, folder=paths.root),
        )
    return MigrationResult(revision, head, None)


def open_services(
    paths: DataPaths, clock: Clock | None = None, passphrase: str | None = None
) -> Services:
    """Make the folder private, check and migrate the database (backup first), build services.

    Raises :class:`DatabaseDamagedError` when ``PRAGMA integrity_check`` fails, when the file
    cannot be read, or when it is empty although backups exist (a truncated file).
    An encrypted diary needs its passphrase: given here, or earlier to
    ``maintenance.unlock``; else :class:`PassphraseRequiredError` (or
    :class:`WrongPassphraseError`) is raised before anything is read.
    """
    paths.ensure()
    lock = SharedLock(paths.root)  # waits a little for another process's conversion
    try:
        return _open_locked(paths, clock, passphrase, lock)
    except BaseException:
        lock.release()
        raise


def _open_locked(
    paths: DataPaths, clock: Clock | None, passphrase: str | None, lock: SharedLock
) -> Services:
    _check_passphrase(paths, passphrase)
    read_only = paths.read_only
    with preparing(paths.root):  # another process opening it now waits, then finds it ready
        if pending_conversion(paths) and not read_only:
            resume_conversion(paths)  # an interrupted encrypt/decrypt: finish it or undo it
        if not read_only:
            remove_stale_copies(paths)  # a killed restore's half copy
        _refuse_damaged(paths)
        result = _schema_ready(paths, read_only)
    engine = create_db_engine(paths.db, read_only=read_only)
    services = Services(paths, engine, clock or Clock(), result, lock, read_only)
    paths.ensure()  # the WAL and shared-memory files are private too
    return services


def _check_passphrase(paths: DataPaths, passphrase: str | None) -> None:
    """Unlock an encrypted diary with ``passphrase`` (or the one remembered for it); refuse a
    passphrase for a diary that is not encrypted."""
    if is_encrypted(paths):
        if passphrase is not None:
            unlock(paths, passphrase)
        elif passphrase_for(paths.db) is None:
            raise PassphraseRequiredError(paths)
    elif passphrase is not None:
        raise ValidationError(
            "passphrase", translate("Encryption", "this diary is not encrypted (encrypt it first)")
        )


def _refuse_damaged(paths: DataPaths) -> None:
    """A DatabaseDamagedError when the database fails its integrity check, or is empty while
    backups of it exist."""
    if not paths.db.exists():
        return
    if paths.db.stat().st_size:
        problems = integrity_check(paths.db)
    elif newest_good_backup(paths.backups) is not None:
        problems = [
            translate("Storage", "the database file is empty (0 bytes) but backups of it exist")
        ]
    else:
        problems = []
    if problems:
        raise DatabaseDamagedError(paths.db, problems, newest_good_backup(paths.backups))


def _schema_ready(paths: DataPaths, read_only: bool) -> MigrationResult:
    """Upgrade the schema (or, read-only, check it), translating what the disk refuses."""
    try:
        result = _read_only_schema(paths) if read_only else migrate(paths)
    except db_errors() as exc:
        error = space.as_user_error(exc, paths.root)
        if error is not exc:
            raise error from exc
        # Unreadable after all (e.g. damage the check could not see): refuse, change nothing.
        raise DatabaseDamagedError(
            paths.db,
            [translate("Storage", "cannot read the database: {error}").format(error=str(exc))],
            newest_good_backup(paths.backups),
        ) from exc
    except (OSError, sa.exc.OperationalError) as exc:
        error = space.as_user_error(exc, paths.root)
        if error is exc:
            raise
        raise error from exc
    return result
