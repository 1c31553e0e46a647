"""What an office-holder mention states, and the claim made of it."""

from __future__ import annotations

from dataclasses import dataclass

from reconcile.models import ClaimDetail, MentionDetail


@dataclass(frozen=True, slots=True)
class OfficeMention(MentionDetail):
    """An office (its rules key) and the person named as holding it, as written."""

    office_key: str
    person_text: str


@dataclass(frozen=True, slots=True)
class OfficeHolder(ClaimDetail):
    """Who holds which office: the rules key, the person's key (equal for variants of one
    name) and the name as shown ("Lloyd Austin" for "Lloyd J. Austin III")."""

    office_key: str
    person_key: str
    person: str
