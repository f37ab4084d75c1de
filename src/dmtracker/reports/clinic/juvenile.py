"""The clinic report of a juvenile (JDM) profile: its title ("Clinic report: Sam, 9 years —
JDM"), and the JDM measures: the CMAS (total 0–52 and the item table of the latest visit with
items), the CHAQ with its pain and well-being scales, the parent global, the DAS, and the
juvenile TIS thresholds (2016 ACR/EULAR juvenile criteria: ≥ 30 minimal, ≥ 45 moderate, ≥ 70
major; Rider et al., Arthritis Rheumatol 2017;69:911)."""

from __future__ import annotations

from dmtracker.domain import chaq, cmas, vocab
from dmtracker.i18n import formats, localize, translate, vocabulary
from dmtracker.reports.clinic.html_bits import esc, h2, h3, muted, num, table
from dmtracker.services.report_types import ReportData


def report_title(data: ReportData) -> str:
    """ "Clinic report: Sam, 9 years — JDM" (a juvenile profile), else "Clinic report: Sam"."""
    if not data.juvenile:
        return translate("ClinicReport", "Clinic report: {patient}").format(patient=data.patient)
    if data.age is None:
        return translate("ClinicReport", "Clinic report: {patient} — JDM").format(
            patient=data.patient
        )
    n = data.age
    age = translate("ClinicReport", "%n year(s)", "age", n)
    return translate("ClinicReport", "Clinic report: {patient}, {age} — JDM").format(
        patient=data.patient, age=age
    )


def thresholds_text() -> str:
    return translate(
        "ClinicReport",
        "Juvenile dermatomyositis: the juvenile TIS (2016 ACR/EULAR juvenile criteria) counts "
        "≥ 30 as minimal, ≥ 45 as moderate and ≥ 70 as major improvement. The parent global "
        "stands in for the patient global, the CMAS (0–52, higher is better) for the MMT-8 "
        "where the visit has no MMT-8, and the CHAQ (0–3) for the HAQ-DI.",
    )


def jdm_html(data: ReportData) -> str:
    """The JDM measures of the period ("" for an adult profile)."""
    if not data.juvenile:
        return ""
    out = [
        h2(translate("ClinicReport", "Juvenile dermatomyositis (JDM) measures")),
        f'<p class="small">{esc(thresholds_text())}</p>',
    ]
    visits = [
        v
        for v in data.visits
        if v.cmas_total is not None
        or v.parent_global is not None
        or v.das_skin is not None
        or v.das_muscle is not None
    ]
    if visits:
        out.append(
            table(
                [
                    translate("ClinicReport", "Visit"),
                    translate("ClinicReport", "CMAS (0–52)"),
                    translate("ClinicReport", "Parent global (0–10)"),
                    translate("ClinicReport", "Physician global (0–10)"),
                    translate("ClinicReport", "DAS skin (0–9)"),
                    translate("ClinicReport", "DAS muscle (0–11)"),
                ],
                [
                    [
                        formats.day(v.visit_date),
                        num(v.cmas_total, 0),
                        num(v.parent_global),
                        num(v.physician_global),
                        num(v.das_skin, 0),
                        num(v.das_muscle, 0),
                    ]
                    for v in visits
                ],
                widths=[20, 16, 16, 16, 16, 16],
                numeric=(1, 2, 3, 4, 5),
            )
        )
    else:
        out.append(muted(translate("ClinicReport", "No CMAS, parent global or DAS in the period.")))
    with_items = [v for v in visits if v.cmas_items]
    if with_items:
        latest = with_items[-1]
        out.append(
            h3(
                translate("ClinicReport", "CMAS items of the visit of {day}").format(
                    day=formats.day(latest.visit_date)
                )
            )
        )
        rows = []
        for item in cmas.ITEMS:
            score = latest.cmas_items.get(item.key)
            rows.append(
                [
                    esc(localize(item.name)),
                    "–" if score is None else f"{score} / {item.maximum}",
                    "" if score is None else esc(localize(item.levels[score])),
                ]
            )
        out.append(
            table(
                [
                    translate("ClinicReport", "Manoeuvre"),
                    translate("ClinicReport", "Score"),
                    translate("ClinicReport", "Level"),
                ],
                rows,
                widths=[42, 12, 46],
                numeric=(1,),
                css="font-size: 7.5pt;",
            )
        )
    out.append(h3(translate("ClinicReport", "CHAQ (Childhood Health Assessment Questionnaire)")))
    if data.chaqs:
        out.append(
            table(
                [
                    translate("ClinicReport", "Date"),
                    translate("ClinicReport", "CHAQ (0–3)"),
                    translate("ClinicReport", "Pain (0–100 mm)"),
                    translate("ClinicReport", "Well-being (0–100 mm)"),
                    translate("ClinicReport", "Answered by"),
                ],
                [
                    [
                        formats.day(q.answered_on),
                        "–" if q.score is None else formats.number(q.score, 3),
                        _vas(q.pain_mm),
                        _vas(q.well_being_mm),
                        esc(vocabulary(vocab.ANSWERED_BY.get(q.answered_by or "", ""))),
                    ]
                    for q in data.chaqs
                ],
                widths=[20, 16, 22, 22, 20],
                numeric=(1, 2, 3),
            )
        )
    else:
        out.append(muted(translate("ClinicReport", "No CHAQ in the period.")))
    return "".join(out)


def _vas(mm: int | None) -> str:
    if mm is None:
        return "–"
    return translate("ClinicReport", "{mm} mm ({scaled} of 3)").format(
        mm=mm, scaled=formats.number(chaq.ChaqResult.vas_0_3(mm) or 0, 2)
    )
