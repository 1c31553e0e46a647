"""What an office-holder mention states, and the claim made of it."""

from __future__ import annotations

from reconcile.models import ClaimDetail, MentionDetail
from reconcile.records import record


@record(slots=True)
class OfficeMention(MentionDetail):
    """An office (its rules key) and the person named as holding it, as written."""

    office_key: str
    person_text: str
    label: str = ""  # how reports name the office, when not the rules office's label
    place: str = ""  # the place or body of the office, folded with aliases ("" when none)
    former: bool = False  # "former governor": a past holder
    several: bool = False  # the office has several holders at once (senators, former ones)
    title_key: str = ""  # the `[[title]]` the office is read under ("governor"), if any
    new: bool = False  # "the new governor": the one who took the office over (`successor`)


@record(slots=True)
class OfficeHolder(ClaimDetail):
    """Who holds which office: the rules key, the person's key (equal for variants of one
    name) and the name as shown ("Lloyd Austin" for "Lloyd J. Austin III")."""

    office_key: str
    person_key: str
    person: str
    place: str = ""  # the place or body of the office, folded with aliases ("" when none)
    former: bool = False
    several: bool = False
    new: bool = False  # "the new governor Jane Roe": who took the office over (`successor`)
    # other people the same source names for the same office: it changed hands in the story
    co_holders: tuple[str, ...] = ()
    # the `[[title]]` the office was read under ("prime-minister" for "Britain's prime
    # minister"; "former-governor"), "" for an office of the rules read by its own title
    title: str = ""
    # A bare mention ("Roe said") given the office its name is titled with in another claim
    # of the run (`infer.py`): that claim's id, its source's id and its quote; "" when the
    # mention was read under its own title
    title_from: str = ""
    title_source: str = ""
    title_quote: str = ""
    # What the run tells of the claim (`OfficeKind.infer`), kept on the claim so that any
    # process deciding its pairs reads it: the place the run gives a title that names none
    # ("President Jane Roe" where another source writes "Ruritanian President Jane Roe"),
    # and whether the run names someone else as holding this office now
    run_place: str = ""
    others_now: bool = False
    # A claim under a title of a rules office that names no country ("Foreign Secretary
    # Jane Roe") where another source of the run names the same person under a title of it
    # that does ("UK Foreign Secretary Jane Roe"): the run tells whose office it is
    run_titled: bool = False
    # A title that names no place ("Prime Minister Jane Roe") where the run names the same
    # person under a rules office that is a form of it ("UK Prime Minister Jane Roe"): that
    # office's key, which the claim is decided under
    run_office: str = ""
    # Whether what the run carried to the claim (a place, a rules office, its country) is
    # where another source says its person HELD the office, as a former or shared holding,
    # the office now someone else's (`OfficeKind._held_so`): a change of hands
    run_then: bool = False
