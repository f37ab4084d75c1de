"""Words from the domain shown on Today and History, in the reader's language."""

from __future__ import annotations

from dmtracker.domain.messages import Text
from dmtracker.i18n import localize, vocabulary


def domain_text(label: str) -> str:
    """A label the domain defines: a :class:`Text` is localized, a stored English term (marked
    ``QT_TRANSLATE_NOOP("Vocabulary", …)``) goes through :func:`vocabulary`."""
    return localize(label) if isinstance(label, Text) else vocabulary(label)
