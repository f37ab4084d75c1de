"""The demo's medications and dose rows: a prednisone taper, weekly methotrexate (raised at
week 9) with folic acid, hydroxychloroquine; a blood thinner after the clot."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from dmtracker.domain import medications
from dmtracker.services.demo.story import DemoRun
from dmtracker.storage import models as m


def add_medication(run: DemoRun, name: str, route: str, form: str) -> int:
    return run.rows.add(m.Medication, "medication", {"name": name, "route": route, "form": form})


def add_regimen(run: DemoRun, name: str, row: dict[str, object]) -> int:
    return run.rows.add(m.Regimen, "regimen", {**row, "_name": name})


def write_medications(run: DemoRun, *, juvenile: bool = False) -> None:
    """The treatments from the start of the history (ids in this order: 1 to 4). A child
    (``juvenile``): prednisone from 30 mg, methotrexate 15 mg a week throughout (about
    15 mg/m² for the demo child's 1.0 m²), hydroxychloroquine 100 mg."""
    start, end = run.start, run.end
    pred = add_medication(run, "Prednisone", "oral", "tablet")
    first = Decimal(30) if juvenile else Decimal(40)
    for step in medications.taper_steps(
        first, [(Decimal(5), 14, Decimal(10)), (Decimal(1), 28, Decimal(5))], start
    ):
        if step.start_date > end:
            break
        add_regimen(
            run,
            "Prednisone",
            {
                "medication_id": pred,
                "dose": step.dose,
                "unit": "mg",
                "schedule": "daily",
                "start_date": step.start_date,
                "end_date": step.end_date,
                "taper_label": f"Prednisone taper from {first} mg",
            },
        )
    mtx = add_medication(run, "Methotrexate", "subcutaneous", "pre-filled pen")
    mtx_up = start + timedelta(days=63) if not juvenile else end + timedelta(days=1)
    add_regimen(
        run,
        "Methotrexate",
        {
            "medication_id": mtx,
            "dose": Decimal(15),
            "unit": "mg",
            "schedule": "weekly",
            "weekday": 4,
            "start_date": start + timedelta(days=7),
            "end_date": min(mtx_up - timedelta(days=1), end) if mtx_up <= end else None,
        },
    )
    if mtx_up <= end:
        add_regimen(
            run,
            "Methotrexate",
            {
                "medication_id": mtx,
                "dose": Decimal(20),
                "unit": "mg",
                "schedule": "weekly",
                "weekday": 4,
                "start_date": mtx_up,
            },
        )
    folic = add_medication(run, "Folic acid", "oral", "tablet")
    add_regimen(
        run,
        "Folic acid",
        {
            "medication_id": folic,
            "dose": Decimal(5),
            "unit": "mg",
            "schedule": "weekly",
            "weekday": 5,
            "start_date": start + timedelta(days=7),
        },
    )
    hcq = add_medication(run, "Hydroxychloroquine", "oral", "tablet")
    add_regimen(
        run,
        "Hydroxychloroquine",
        {
            "medication_id": hcq,
            "dose": Decimal(100) if juvenile else Decimal(200),
            "unit": "mg",
            "schedule": "daily",
            "start_date": start,
        },
    )


def write_blood_thinner(run: DemoRun, clot_day: date) -> None:
    """Apixaban twice a day from the day after the clot."""
    blood_thinner = add_medication(run, "Apixaban", "oral", "tablet")
    add_regimen(
        run,
        "Apixaban",
        {
            "medication_id": blood_thinner,
            "dose": Decimal(5),
            "unit": "mg",
            "schedule": "daily",
            "times_per_day": 2,
            "start_date": clot_day + timedelta(days=1),
            "notes": "Blood thinner for the leg clot (DVT) after IVIG",
        },
    )
