"""Texts made without Qt (the domain's and the services' :class:`Text`) in the reader's
language."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from dmtracker.domain.messages import Text
from dmtracker.i18n import formats
from dmtracker.i18n.language import current

VOCABULARY = "Vocabulary"  # the context of stored terms marked with QT_TRANSLATE_NOOP


def localize(value: Any) -> str:
    """A text for the reader: a :class:`~dmtracker.domain.messages.Text` from the domain or the
    services is translated and its arguments put in (dates and decimals as the language writes
    them); anything else is shown as it is."""
    if isinstance(value, Text):
        text = current().translate(value.context, value.source, value.disambiguation, value.n)
        if not (value.args or value.kwargs):
            return text
        args = [_argument(a) for a in value.args]
        kwargs = {k: _argument(v) for k, v in value.kwargs.items()}
        for attempt in ((args, kwargs), (value.args, value.kwargs)):
            try:  # a format spec ({x:.1f}) needs the number itself: the second attempt
                return text.format(*attempt[0], **attempt[1])
            except (IndexError, KeyError, ValueError):
                continue
        return str(value)  # a broken translation: say it in English
    return _argument(value) if isinstance(value, (date, Decimal, float)) else str(value)


def _argument(value: Any) -> Any:
    if isinstance(value, Text):
        return localize(value)
    if isinstance(value, datetime):
        return formats.moment(value)
    if isinstance(value, date):
        return formats.day(value)
    if isinstance(value, (Decimal, float)):
        return formats.number(value)
    return value


def vocabulary(term: str) -> str:
    """A stored English term (a body site, a symptom, a choice's label) in the current language
    (marked where it is defined with ``QT_TRANSLATE_NOOP("Vocabulary", term)``); a
    :class:`Text` handed here by mistake is translated as the message it is."""
    if isinstance(term, Text):
        return localize(term)
    return current().translate(VOCABULARY, term)
