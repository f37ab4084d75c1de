"""The TIS in words, in the reader's language: a category, a measure's name, a score as the
table and the chart label it (shared by the TIS tab and its chart)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dmtracker.domain import tis
from dmtracker.domain.messages import Text
from dmtracker.i18n import formats, localize, translate, vocabulary

if TYPE_CHECKING:
    from dmtracker.services.scores import TisRow


def shown(value: object) -> str:
    """A text of the domain or the services in the reader's language: a :class:`Text` is
    translated, a plain label is looked up as vocabulary."""
    if isinstance(value, Text):
        return localize(value)
    return vocabulary(str(value)) if value else ""


def measure_name(measure: str) -> str:
    return shown(tis.MEASURE_LABELS[measure])


def category_word(category: object) -> str:
    """The word of a TIS category (the domain's key: none, minimal, moderate, major)."""
    words = {
        "none": translate("TisPanel", "none", "TIS category: no improvement"),
        "minimal": translate("TisPanel", "minimal", "TIS category: minimal improvement"),
        "moderate": translate("TisPanel", "moderate", "TIS category: moderate improvement"),
        "major": translate("TisPanel", "major", "TIS category: major improvement"),
    }
    return words.get(str(category)) or shown(category)


def tis_text(row: TisRow) -> str:
    if row.result is None:
        return translate("TisPanel", "not scored")
    total = formats.number(row.result.total)
    if row.partial:
        return translate("TisPanel", "partial {total} ({used} of {all})").format(
            total=total, used=row.measures_used, all=len(tis.MEASURES)
        )
    return total


def point_label(row: TisRow) -> str:
    """The label of a visit's point on the chart: its total and category ("57.5 moderate"), or
    "partial" with the measures used."""
    if row.result is None or row.partial:
        return tis_text(row)
    return translate("TisChart", "{total} {category}").format(
        total=formats.number(row.result.total), category=category_word(row.result.category)
    )
