"""Which IVIG course a side effect belongs to: the course's span and the 72-hour link.

Shared by the course, infusion-day, side-effect and follow-up services (each write that moves a
course or a day re-runs the automatic link in the same transaction).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from dmtracker.domain import side_effects
from dmtracker.services.clock import Clock
from dmtracker.storage.models import InfusionCourse, InfusionDay, SideEffect

LINK_WINDOW_HOURS = 72


def course_span(s: Session, course: InfusionCourse, clock: Clock) -> tuple[datetime, datetime]:
    """When a course ran: from the first infusion day's start to the last day's stop.

    Days without times count from local midnight to the end of the day; a course with no
    days recorded yet spans its planned days.
    """
    days = s.exec(
        select(InfusionDay).where(
            InfusionDay.course_id == course.id,
            col(InfusionDay.deleted_at).is_(None),
        )
    ).all()
    if not days:
        first = course.planned_start
        last = first + timedelta(days=course.days_planned - 1)
        return clock.start_of(first), clock.end_of(last)
    start = min(d.started_at or clock.start_of(d.day) for d in days)
    end = max(d.stopped_at or clock.end_of(d.day) for d in days)
    return start, end


def course_for_onset(s: Session, onset: datetime, clock: Clock) -> InfusionCourse | None:
    """The latest course whose span plus 72 h contains ``onset`` (both edges included)."""
    lo = onset.astimezone(clock.tz).date() - timedelta(days=14)
    hi = onset.astimezone(clock.tz).date()
    courses = s.exec(
        select(InfusionCourse)
        .where(col(InfusionCourse.deleted_at).is_(None))
        .where(InfusionCourse.planned_start >= lo - timedelta(days=30))
        .where(InfusionCourse.planned_start <= hi)
        .order_by(col(InfusionCourse.planned_start).desc())
    ).all()
    for c in courses:
        start, end = course_span(s, c, clock)
        if side_effects.links_to_course(onset, start, end, LINK_WINDOW_HOURS):
            return c
    return None


def relink_side_effects(s: Session, clock: Clock) -> None:
    """Re-run the automatic link for every side effect the user has not linked by hand."""
    s.flush()
    rows = s.exec(
        select(SideEffect).where(
            col(SideEffect.deleted_at).is_(None),
            SideEffect.link_mode == "auto",
        )
    ).all()
    for se in rows:
        course = course_for_onset(s, se.onset_at, clock)
        new = course.id if course else None
        if se.course_id != new:
            se.course_id = new
