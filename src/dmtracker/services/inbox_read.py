"""Reading one inbox file (docs/inbox-format.md) into records, without writing anything.

A ``.jsonl`` file: a header line naming the device, then one record a line (``entry``,
``weight``, ``steps``, ``side_effect``), each with an ``id``. Every line is checked; any problem
refuses the whole file (listed by line, record and field). The records keep
``"<device>:<id>"`` as their uid, so a file read twice, or two devices using the same ids, never
collide.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from dmtracker.domain import records, side_effects
from dmtracker.domain.errors import ValidationError
from dmtracker.domain.messages import translate
from dmtracker.domain.validation import Context, Day, Dec, Int, Text, clean
from dmtracker.services.transfer.common import WHOLE_FILE, Collector

FORMAT = "dmtracker-inbox"
VERSION = 1
DEVICE = re.compile(r"[A-Za-z0-9_.-]{1,40}")
MAX_ID = 64
MAX_LINE = 20_000  # characters: a note of 2,000 and its JSON escapes fit many times
MAX_STEPS = 200_000
LB_KG = Decimal("0.45359237")
_CENT = Decimal("0.01")

_FIELDS: dict[str, tuple[str, ...]] = {
    "entry": ("type", "id", "at", *records.ENTRY_SCALES, "note"),
    "weight": ("type", "id", "day", "kg", "lb"),
    "steps": ("type", "id", "day", "steps"),
    "side_effect": ("type", "id", "term", "onset", "grade", "ended", "note"),
}
_WEIGHT = {
    "day": Day(required=True),
    "kg": Dec(lo=20, hi=400, places=2),
    "lb": Dec(lo=44, hi=880, places=2),
}
_STEPS = {"day": Day(required=True), "steps": Int(required=True, lo=0, hi=MAX_STEPS)}
_ID = Text(required=True, max_len=MAX_ID)


@dataclass
class InboxRecords:
    """What one ``.jsonl`` file holds, checked: ready to write."""

    device: str = ""
    entries: list[dict[str, Any]] = field(default_factory=list)
    side_effects: list[dict[str, Any]] = field(default_factory=list)
    weights: dict[date, tuple[Decimal, str]] = field(default_factory=dict)
    steps: dict[date, int] = field(default_factory=dict)

    @property
    def red_flags(self) -> list[str]:
        """The warning signs among the side effects (their terms; clinical.md §5, §8)."""
        return [r["term"] for r in self.side_effects if side_effects.is_red_flag(r["term"])]


def read_jsonl(text: str, ctx: Context, c: Collector) -> InboxRecords:
    """Check every line of ``text``; the problems go to ``c`` (raised at the end)."""
    out = InboxRecords()
    lines = [(n, ln) for n, ln in enumerate(text.splitlines(), 1) if ln.strip()]
    if not lines:
        c.fail(None, WHOLE_FILE, "", translate("Inbox", "the file is empty"))
    first_line, first = lines[0]
    out.device = _header(first_line, first, c)
    seen: dict[str, int] = {}
    for n, line in lines[1:]:
        obj = _json(n, line, c)
        if obj is None:
            continue
        kind = obj.get("type")
        if kind not in _FIELDS:
            c.add(
                n,
                "",
                "type",
                translate(
                    "Inbox", "is {kind!r}; it must be entry, weight, steps or side_effect"
                ).format(kind=kind),
            )
            continue
        ident = obj.get("id")
        record = f"{kind} {ident}" if isinstance(ident, str) else str(kind)
        unknown = [k for k in obj if k not in _FIELDS[kind]]
        for k in unknown:
            c.add(
                n,
                record,
                k,
                translate("Inbox", "is not a field of a {kind} record").format(kind=kind),
            )
        try:
            ident = clean({"id": _ID}, {"id": ident}, ctx)["id"]
        except ValidationError as exc:
            c.from_error(n, record, exc)
            continue
        if ident in seen:
            c.add(
                n,
                record,
                "id",
                translate("Inbox", "is also on line {line}").format(line=seen[ident]),
            )
            continue
        seen[ident] = n
        if unknown:
            continue
        uid = f"{out.device}:{ident}"
        try:
            _record(kind, obj, uid, out, ctx, n, c)
        except ValidationError as exc:
            c.from_error(n, record, exc)
    c.raise_if_any()
    return out


def _header(n: int, line: str, c: Collector) -> str:
    obj = _json(n, line, c)
    wanted = translate(
        "Inbox",
        'the first line must be the header {"format": "dmtracker-inbox", "version": 1, '
        '"device": "…"}',
    )
    if obj is None:
        c.fail(n, "", "", wanted)
    if obj.get("format") != FORMAT or "type" in obj:
        c.fail(n, "", "format", wanted)
    if obj.get("version") != VERSION:
        c.fail(
            n,
            "",
            "version",
            translate("Inbox", "must be 1 (this app reads version 1), got {value!r}").format(
                value=obj.get("version")
            ),
        )
    device = obj.get("device")
    if not isinstance(device, str) or not DEVICE.fullmatch(device):
        c.fail(
            n,
            "",
            "device",
            translate(
                "Inbox", "must be 1–40 letters, digits, -, _ or . naming the device, got {value!r}"
            ).format(value=device),
        )
    return device


def _json(n: int, line: str, c: Collector) -> dict[str, Any] | None:
    if len(line) > MAX_LINE:
        c.add(
            n,
            "",
            "",
            translate("Inbox", "the line is longer than {n:,} characters").format(n=MAX_LINE),
        )
        return None
    try:
        obj = json.loads(line, parse_float=Decimal)
    except (ValueError, RecursionError):
        c.add(n, "", "", translate("Inbox", "is not one JSON object on one line"))
        return None
    if not isinstance(obj, dict):
        c.add(n, "", "", translate("Inbox", "is not one JSON object on one line"))
        return None
    return obj


def _record(
    kind: str, obj: dict[str, Any], uid: str, out: InboxRecords, ctx: Context, n: int, c: Collector
) -> None:
    if kind == "entry":
        data = {k: obj[k] for k in records.ENTRY_SCALES if k in obj}
        data.update(at=obj.get("at"), notes=obj.get("note") or "", device=out.device, uid=uid)
        entry = records.validate("symptom_entry", data, ctx)
        records.check_record("symptom_entry", entry)
        out.entries.append(entry)
    elif kind == "side_effect":
        data = {"term": obj.get("term"), "onset_at": obj.get("onset"), "grade": obj.get("grade")}
        if obj.get("ended") is not None:
            data["ended_at"] = obj["ended"]
        data["notes"] = obj.get("note") or ""
        effect = records.validate("side_effect", data, ctx)
        records.check_record("side_effect", effect)
        if effect.get("grade") is None:
            raise ValidationError("grade", translate("Inbox", "is required (1–4)"))
        out.side_effects.append({**effect, "uid": uid})
    elif kind == "weight":
        w = clean(_WEIGHT, {k: obj[k] for k in ("day", "kg", "lb") if k in obj}, ctx)
        if (w.get("kg") is None) == (w.get("lb") is None):
            raise ValidationError("kg", translate("Inbox", "give either kg or lb"))
        kg = w["kg"] if w.get("kg") is not None else (w["lb"] * LB_KG)
        unit = "kg" if w.get("kg") is not None else "lb"
        _once(out.weights, w["day"], n, c, "day")
        out.weights[w["day"]] = (kg.quantize(_CENT, ROUND_HALF_UP), unit)
    else:
        s = clean(_STEPS, {k: obj.get(k) for k in ("day", "steps")}, ctx)
        _once(out.steps, s["day"], n, c, "day")
        out.steps[s["day"]] = max(s["steps"], out.steps.get(s["day"], 0))


def _once(have: dict[date, Any], day: date, n: int, c: Collector, fld: str) -> None:
    if day in have:
        c.add(n, "", fld, translate("Inbox", "{day} is in the file twice").format(day=day))
