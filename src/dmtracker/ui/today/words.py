"""Words from the domain shown on Today and History, in the reader's language."""

from __future__ import annotations

from dmtracker.domain.messages import QT_TRANSLATE_NOOP, Text
from dmtracker.i18n import localize, vocabulary

# The rash score's name (domain/rash.py's LABEL, stored nowhere) is shown through vocabulary():
# marked here so that it is in the Vocabulary context of the catalogues (a test checks that
# it is still the same text).
RASH_SCORE = QT_TRANSLATE_NOOP("Vocabulary", "Patient-reported rash score")


def domain_text(label: str) -> str:
    """A label the domain defines: a :class:`Text` is localized, a stored English term (marked
    ``QT_TRANSLATE_NOOP("Vocabulary", …)``) goes through :func:`vocabulary`."""
    return localize(label) if isinstance(label, Text) else vocabulary(label)
