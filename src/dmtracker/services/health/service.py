"""The one door for weight and steps from phones and scales (``services.health``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import sqlalchemy as sa

from dmtracker.domain.messages import translate
from dmtracker.domain.validation import Context
from dmtracker.services.clock import Clock
from dmtracker.services.health.common import HealthData, HealthSummary
from dmtracker.services.health.detect import APPLE_HEALTH, GOOGLE_FIT, OPENSCALE, detect
from dmtracker.services.health.merge import merge
from dmtracker.services.transfer.common import ImportProblem, ImportRejected


def _readers() -> dict[str, Callable[[Path, Context], HealthData]]:
    from dmtracker.services.health.apple import read_apple
    from dmtracker.services.health.googlefit import read_google_fit
    from dmtracker.services.health.openscale import read_openscale

    return {APPLE_HEALTH: read_apple, GOOGLE_FIT: read_google_fit, OPENSCALE: read_openscale}


class HealthImport:
    """Apple Health, openScale and Google Fit exports into the diary (see the package's doc).

    Each file is all or nothing: read and checked whole first (problems named by line or
    record), then written in one transaction; a refused file writes nothing.
    """

    def __init__(self, engine: sa.Engine, clock: Clock):
        self.engine = engine
        self.clock = clock

    @staticmethod
    def detect(path: str | Path) -> str | None:
        """ "apple_health", "google_fit", "openscale", or None for any other file."""
        return detect(path)

    def read(self, path: str | Path) -> HealthData:
        """What the file holds, checked, without writing (a preview); ImportRejected when the
        file cannot be imported."""
        p = Path(path)
        if not p.is_file():
            raise ImportRejected(
                p.name, [ImportProblem(None, "", "", translate("HealthImport", "does not exist"))]
            )
        kind = detect(p)
        if kind is None:
            raise ImportRejected(
                p.name,
                [
                    ImportProblem(
                        None,
                        "",
                        "",
                        translate(
                            "HealthImport",
                            "is not an Apple Health export (export.zip or export.xml), an "
                            "openScale CSV export or Google Fit's 'Daily activity metrics.csv'",
                        ),
                    )
                ],
            )
        return _readers()[kind](p, self.clock.import_context())

    def import_file(self, path: str | Path) -> HealthSummary:
        """Read, check and write one file; ImportRejected (nothing written) on any problem."""
        return merge(self.engine, self.clock, self.read(path))

    def import_files(self, paths: Iterable[str | Path]) -> list[HealthSummary]:
        """Each file on its own: a refused file is a summary with its problems (nothing written
        from it) and the others are still imported."""
        out: list[HealthSummary] = []
        for path in paths:
            try:
                out.append(self.import_file(path))
            except ImportRejected as exc:
                out.append(
                    HealthSummary(
                        file=exc.source, problems=tuple(exc.problems), message=exc.summary()
                    )
                )
        return out
