"""What an event mention states, and the claim made of it."""

from __future__ import annotations

from reconcile.models import ClaimDetail, MentionDetail
from reconcile.records import record


@record(slots=True)
class EventMention(MentionDetail):
    """An event as named, its class from rules, its date and place as written."""

    event_text: str  # the event as named ("NATO-Russia Council meeting")
    event_class: str  # its class from rules ("meeting")
    date_text: str = ""  # the date as written ("Friday, 7 January")
    date: str | None = None  # ISO date, "YYYY-MM", "--MM-DD" or None
    place_text: str = ""  # the place as written ("Brussels")


@record(slots=True)
class EventDetail(ClaimDetail):
    """What an event claim states: the event's name and class, when and where."""

    name: str
    event_class: str
    date: str | None  # ISO date, "YYYY-MM", "--MM-DD", or None when unresolved
    date_text: str | None  # the date as written
    place: str | None  # the place as written
    place_key: str  # the place folded with aliases applied ("" when none)

    @property
    def when_where(self) -> str:
        """The date (resolved, else as written) and place, as a report shows them."""
        when = self.date or self.date_text or ""
        return ", ".join(p for p in (when, self.place or "") if p)
