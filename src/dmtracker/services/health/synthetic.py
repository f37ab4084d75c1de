"""Synthetic Apple Health exports for the tests and the benchmark: made-up numbers in the shape
of the Health app's ``export.zip`` (no real person's data).

:func:`write_apple_export` streams an ``export.xml`` of about ``target_bytes`` into a zip: per
day, step records from an iPhone and an Apple Watch that count the same walk (the watch a
little more), two weighings in pounds (morning and evening: the evening one is the day's last),
then heart-rate records with metadata (what most of a real export is) until the size is
reached. It returns what an import must find.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from dmtracker.services.health.common import LB_KG

HEADER = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!-- HealthKit Export Version: 14 -->
<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary)*)>
<!ATTLIST HealthData
  locale CDATA #REQUIRED
>
<!ELEMENT ExportDate EMPTY>
<!ATTLIST ExportDate
  value CDATA #REQUIRED
>
<!ELEMENT Me EMPTY>
<!ATTLIST Me
  HKCharacteristicTypeIdentifierDateOfBirth CDATA #REQUIRED
  HKCharacteristicTypeIdentifierBiologicalSex CDATA #REQUIRED
>
<!ELEMENT Record ((MetadataEntry|HeartRateVariabilityMetadataList)*)>
<!ATTLIST Record
  type CDATA #REQUIRED
  unit CDATA #IMPLIED
  value CDATA #IMPLIED
  sourceName CDATA #REQUIRED
  sourceVersion CDATA #IMPLIED
  device CDATA #IMPLIED
  creationDate CDATA #IMPLIED
  startDate CDATA #REQUIRED
  endDate CDATA #REQUIRED
>
<!ELEMENT MetadataEntry EMPTY>
<!ATTLIST MetadataEntry
  key CDATA #REQUIRED
  value CDATA #REQUIRED
>
<!ELEMENT Correlation ((MetadataEntry|Record)*)>
<!ATTLIST Correlation
  type CDATA #REQUIRED
  sourceName CDATA #REQUIRED
  startDate CDATA #REQUIRED
  endDate CDATA #REQUIRED
>
]>
<HealthData locale="en_GB">
 <ExportDate value="{export} 09:00:00 +0100"/>
 <Me HKCharacteristicTypeIdentifierDateOfBirth=""
  HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexNotSet"/>
"""
STEP = (
    ' <Record type="HKQuantityTypeIdentifierStepCount" sourceName="{src}" sourceVersion="17.1" '
    'unit="count" creationDate="{d} {h:02d}:{m2:02d}:00 +0100" startDate="{d} {h:02d}:{m:02d}:00 '
    '+0100" endDate="{d} {h:02d}:{m2:02d}:00 +0100" value="{v}"/>\n'
)
WEIGHT = (
    ' <Record type="HKQuantityTypeIdentifierBodyMass" sourceName="Synthetic Scale" '
    'sourceVersion="2" unit="lb" creationDate="{d} {t} +0100" startDate="{d} {t} +0100" '
    'endDate="{d} {t} +0100" value="{v}"/>\n'
)
HEART = (
    ' <Record type="HKQuantityTypeIdentifierHeartRate" sourceName="Synthetic Watch" '
    'sourceVersion="10.1" device="&lt;&lt;HKDevice: 0x0&gt;, name:Apple Watch&gt;" '
    'unit="count/min" creationDate="{d} {h:02d}:{m:02d}:10 +0100" startDate="{d} {h:02d}:{m:02d}:05'
    ' +0100" endDate="{d} {h:02d}:{m:02d}:05 +0100" value="{v}">\n'
    '  <MetadataEntry key="HKMetadataKeyHeartRateMotionContext" value="0"/>\n'
    " </Record>\n"
)
FOOTER = "</HealthData>\n"
SOURCES = ("Synthetic iPhone", "Synthetic Watch")


@dataclass
class Expected:
    """What importing the synthetic export must find."""

    steps: dict[date, int] = field(default_factory=dict)
    weights_kg: dict[date, Decimal] = field(default_factory=dict)
    xml_bytes: int = 0
    records: int = 0


def write_apple_export(
    path: Path, target_bytes: int, *, last_day: date, days: int = 365, compresslevel: int = 1
) -> Expected:
    """Write a zip at ``path`` holding ``apple_health_export/export.xml`` of about
    ``target_bytes`` (at least the step and weight records of ``days`` days up to
    ``last_day``)."""
    out = Expected()
    first = last_day - timedelta(days=days - 1)
    with (
        zipfile.ZipFile(
            path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=compresslevel
        ) as zf,
        zf.open("apple_health_export/export.xml", "w", force_zip64=True) as xml,
    ):

        def put(text: str) -> None:
            data = text.encode()
            xml.write(data)
            out.xml_bytes += len(data)

        put(HEADER.format(export=last_day.isoformat()))
        for i in range(days):
            put(_day(first + timedelta(days=i), i, out))
        n = 0
        while out.xml_bytes < target_bytes - len(FOOTER):
            chunk = []
            for _ in range(1000):
                day = first + timedelta(days=n % days)
                minute = (n // days) % 1440
                chunk.append(HEART.format(d=day, h=minute // 60, m=minute % 60, v=55 + n % 60))
                n += 1
            out.records += len(chunk)
            put("".join(chunk))
        put(FOOTER)
    return out


def _day(day: date, i: int, out: Expected) -> str:
    parts = []
    totals = []
    for s, source in enumerate(SOURCES):
        total = 0
        for k in range(40):  # 40 walks of about 5 minutes, 07:00 to 20:20
            value = 50 + (i * 7 + k * 13) % 200 + 3 * s
            h, m = 7 + k // 3, (k % 3) * 20
            parts.append(STEP.format(src=source, d=day, h=h, m=m, m2=m + 5, v=value))
            total += value
        totals.append(total)
    out.steps[day] = max(totals)
    morning = Decimal(150) + Decimal(i % 40) / 10
    evening = morning + Decimal("1.2")
    # the evening weighing first: the day's last by time is kept, not the last in the file
    parts.append(WEIGHT.format(d=day, t="21:40:00", v=evening))
    parts.append(WEIGHT.format(d=day, t="07:10:00", v=morning))
    out.weights_kg[day] = (evening * LB_KG).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    out.records += len(parts)
    return "".join(parts)
