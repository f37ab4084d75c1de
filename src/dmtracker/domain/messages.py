"""Texts the user reads, made where there is no Qt (the domain and the services), translated
where they are shown (``dmtracker.i18n.localize``).

The scheme is Qt's own: a message is identified by a *context* and its English *source* text
(plus an optional disambiguation), exactly as ``QCoreApplication.translate`` takes them, so
``pyside6-lupdate`` extracts these calls like any other::

    raise ValidationError("weight_kg", translate("Validation", "must be at most {top} kg")
                          .format(top=300))

:func:`translate` here returns a :class:`Text`: a ``str`` whose value is the English text (what
logs, tests and English users read) that still knows its context, source and format arguments,
so the UI and the reports can put it into the reader's language later. Plurals pass ``n`` and
write ``%n`` in the source: ``translate("Reports", "%n backup(s)", None, n)``; in English
"(s)" becomes "" for one and "s" otherwise. Vocabulary stored in the database in English (body
sites, symptoms) is marked with :func:`QT_TRANSLATE_NOOP` and translated when shown
(``dmtracker.i18n.vocabulary``).

Helpers for putting values into a message so that ``localize`` can show them the reader's way:
:func:`amount` (a decimal: plain in English, "0,04" in German), :func:`term` (a vocabulary term
inside a sentence: translated with it) and :func:`joined` (a list of such items). Dates are
passed as ``date`` objects (ISO in English, the language's form when shown).

Rules (checked by ``tools/i18n.py lint``): the context and source are string literals, never
f-strings or concatenations (lupdate extracts a literal and it would never match at run time);
``n`` is a plain name or number (lupdate skips a call whose arguments hold a call).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

_PLURAL_S = re.compile(r"\((s|es)\)")


def english(source: str, n: int = -1) -> str:
    """The English source with ``%n`` filled in and "(s)" resolved for ``n``."""
    if n < 0:
        return source
    text = _PLURAL_S.sub(lambda m: "" if n == 1 else m.group(1), source)
    return text.replace("%n", str(n))


class Text(str):
    """A user-facing English text that can still be translated (see the module's doc)."""

    context: str
    source: str
    disambiguation: str | None
    n: int
    args: tuple[Any, ...]
    kwargs: Mapping[str, Any]

    def __new__(
        cls,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
        args: tuple[Any, ...] = (),
        kwargs: Mapping[str, Any] | None = None,
    ) -> Text:
        kwargs = dict(kwargs or {})
        text = english(source, n)
        if args or kwargs:
            text = text.format(*args, **kwargs)
        self = super().__new__(cls, text)
        self.context = context
        self.source = source
        self.disambiguation = disambiguation
        self.n = n
        self.args = tuple(args)
        self.kwargs = kwargs
        return self

    def format(self, *args: Any, **kwargs: Any) -> Text:
        """The same message with its placeholders filled (the arguments are kept, so a
        translation fills its own placeholders with them)."""
        return Text(self.context, self.source, self.disambiguation, self.n, args, kwargs)

    def __reduce__(self) -> tuple[Any, ...]:  # pickling (exceptions cross threads)
        return (
            Text,
            (self.context, self.source, self.disambiguation, self.n, self.args, self.kwargs),
        )


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> Text:
    """Mark a message for translation; returns it as a :class:`Text` (English until shown)."""
    return Text(context, source, disambiguation, n)


def term(label: str) -> Text:
    """A vocabulary term (marked where it is defined with ``QT_TRANSLATE_NOOP("Vocabulary",
    label)``) as a :class:`Text`, for a message that puts it into a sentence: ``localize``
    translates it with the sentence (``translate("Dosing", "once a week, on {day}")
    .format(day=term(WEEKDAYS[4]))``). Its value is the English label."""
    return Text(VOCABULARY, label)


VOCABULARY = "Vocabulary"  # the context of stored terms (dmtracker.i18n.vocabulary)


def joined(items: Iterable[Any], separator: str = ", ") -> Text:
    """A list for a message, each item localized when shown (a :class:`Text`, e.g. from
    :func:`term`, is translated; a plain ``str`` is shown as it is): ``joined([term("Fatigue"),
    term("Pain")], "; ")`` reads "Fatigue; Pain" in English. Its source is made of placeholders
    only, so it needs no entry in the catalogues."""
    values = tuple(items)
    sep = separator.replace("{", "{{").replace("}", "}}")
    return Text("Join", sep.join(f"{{{i}}}" for i in range(len(values))), args=values)


class Amount(Decimal):
    """A decimal for a message: its English text is plain (no exponent, no trailing zeros:
    ``0.0400`` reads "0.04", ``1E+2`` "100"), as the messages always wrote it, and ``localize``
    writes it with the reader's decimal sign ("0,04" in German)."""

    def __str__(self) -> str:
        return format(Decimal(self).normalize(), "f")

    def __format__(self, spec: str, context: Any = None, /) -> str:
        if not spec:
            return str(self)
        plain = Decimal(self)
        return plain.__format__(spec) if context is None else plain.__format__(spec, context)


def amount(value: Decimal | int | str) -> Amount:
    """``value`` as an :class:`Amount` for ``.format()``: plain in English, localized when shown."""
    return Amount(value)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    # (Qt's name: lupdate knows it)
    """Mark a vocabulary term (stored and compared in English) for translation when shown."""
    return source
