"""What a quantity mention states as written."""

from __future__ import annotations

from reconcile.concepts import Concept
from reconcile.models import Change, ClaimDetail, MentionDetail, Qualifier
from reconcile.records import record


@record(slots=True)
class QuantityMention(MentionDetail):
    """A number with its qualifier, unit or currency, rate, counted noun and change."""

    values: tuple[float, ...] = ()  # the number(s) as stated, scale applied; two for a range
    qualifier: Qualifier = "exact"
    number_text: str = ""  # the number as written ("100,000", "two-thirds", "80,000-100,000")
    qualifier_text: str = ""  # the qualifier words as written ("over", "about")
    per_text: str = ""  # the rate as written ("a day", "per year")
    unit_text: str = ""  # the unit or currency as written ("kilograms", "$")
    noun_text: str = ""  # the counted noun or measured concept ("troops")
    change_text: str = ""  # the change verb as written ("rose", "fell by")
    change: Change | None = None


@record(slots=True)
class QuantityClaim(ClaimDetail):
    """What a number measures, with the words that say so (None when no frame reads it);
    `run_currency`: a figure its source states as a sum without a currency, given the one
    the run's other sources state for its concept (`carry.carry_in_run`)."""

    concept: Concept | None = None
    run_currency: bool = False
