"""The window's sections, in the order of the navigation list, each made when first needed.

A page's module is imported and the page made when it is first needed (shown, asked for, or
at idle after start): only Today is made before the window is first painted, so the start
does not wait for the other pages and their imports. The imports are written out (not
computed) so that PyInstaller sees them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import overload

from dmtracker import i18n
from dmtracker.domain.messages import QT_TRANSLATE_NOOP
from dmtracker.ui.kit.page import Page


def _today() -> type[Page]:
    from dmtracker.ui.today.page import TodayPage

    return TodayPage


def _history() -> type[Page]:
    from dmtracker.ui.history.page import HistoryPage

    return HistoryPage


def _treatments() -> type[Page]:
    from dmtracker.ui.treatments.page import TreatmentsPage

    return TreatmentsPage


def _clinic() -> type[Page]:
    from dmtracker.ui.clinic.page import ClinicPage

    return ClinicPage


def _trends() -> type[Page]:
    from dmtracker.ui.trends.page import TrendsPage

    return TrendsPage


def _reports() -> type[Page]:
    from dmtracker.ui.reports.page import ReportsPage

    return ReportsPage


#: The sections: their English names (translated where shown, :func:`page_name`; each page's
#: heading is its ``title``, translated in the same context "Pages" by the kit's Page).
PAGES: tuple[tuple[str, Callable[[], type[Page]]], ...] = (
    (QT_TRANSLATE_NOOP("Pages", "Today"), _today),
    (QT_TRANSLATE_NOOP("Pages", "History"), _history),
    (QT_TRANSLATE_NOOP("Pages", "Treatments"), _treatments),
    (QT_TRANSLATE_NOOP("Pages", "Clinic"), _clinic),
    (QT_TRANSLATE_NOOP("Pages", "Trends"), _trends),
    (QT_TRANSLATE_NOOP("Pages", "Reports"), _reports),
)
#: a page's heading that is not its name in the navigation
_TITLES = (QT_TRANSLATE_NOOP("Pages", "Reports and data"),)
TODAY = 0  # the page the window opens on; it shows (and is sent to) one day
REPORTS = len(PAGES) - 1  # lists the backups; writes exports and the clinic report


def page_name(index: int) -> str:
    """The name of section ``index`` in the reader's language (the navigation, Go menu)."""
    return i18n.current().translate("Pages", PAGES[index][0])


def page_class(index: int) -> type[Page]:
    return PAGES[index][1]()


class Pages(Sequence[Page]):
    """The window's pages, made on first access: ``pages[i]`` (and iterating) makes the page
    if it is not made yet. :meth:`made` lists only the pages made so far."""

    def __init__(self, make: Callable[[int], Page]):
        self._make = make
        self._made: dict[int, Page] = {}

    def __len__(self) -> int:
        return len(PAGES)

    @overload
    def __getitem__(self, index: int) -> Page: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Page]: ...

    def __getitem__(self, index: int | slice) -> Page | Sequence[Page]:
        if isinstance(index, slice):  # (what a Sequence promises: the pages in the slice)
            return [self[i] for i in range(len(PAGES))[index]]
        if index < 0:
            index += len(PAGES)
        if not 0 <= index < len(PAGES):
            raise IndexError(index)
        page = self._made.get(index)
        if page is None:
            page = self._made[index] = self._make(index)
        return page

    def __iter__(self) -> Iterator[Page]:
        return (self[i] for i in range(len(PAGES)))

    def is_made(self, index: int) -> bool:
        return index in self._made

    def made(self) -> list[tuple[int, Page]]:
        return sorted(self._made.items(), key=lambda kv: kv[0])
