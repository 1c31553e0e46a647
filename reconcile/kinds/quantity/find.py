"""Quantity mentions: numbers with their qualifier, unit or currency, change and counted noun.

For each sentence: find the numbers (`reconcile.numbers`), drop those inside a non-claim
(dates, clock times, names with digits: `nonclaims.toml`), read what stands before and after
each (currency sign, qualifier, change verb; unit, currency word, percent, rate, counted
noun), join two numbers into a range where a connector stands between them, and add change
claims stated as a factor ("doubled"). Hands on `Mention` records with exact offsets.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import NamedTuple

from reconcile.kinds.quantity.records import QuantityMention
from reconcile.lexicon import Lexicon
from reconcile.models import Change, ClaimKind, Mention, Qualifier, Source
from reconcile.numbers import After, NumberGrammar, ParsedNumber
from reconcile.numbers.nonclaims import NonClaims
from reconcile.numbers.patterns import SPACES
from reconcile.sentences import Sentence
from reconcile.wordgate import Gate


class _Atom(NamedTuple):
    """One number and what is written around it, before ranges are joined."""

    number: ParsedNumber
    left: int  # start, with a currency sign written before the number
    currency: str  # ISO code of a sign before the number
    after: After

    @property
    def unit_key(self) -> str:
        return self.currency or self.after.currency or self.after.unit or self.after.percent


def quantity_gate(lexicon: Lexicon) -> Gate | None:
    """What a sentence must hold for `find_quantities` to find anything: a number in digits
    (each holds a digit), a number word, a word of each vague magnitude (all of its words
    must stand), an approximate noun, a multiplier, a unit of a span or a noun an ordinal
    counts (`ordinal_nouns`: "term"); the same sets it asks first. None where the numbers
    are read otherwise (compound number words, vague magnitudes written as patterns)."""
    g = lexicon.numbers
    if g.compound or g.vague_regex or not all(g.vague_words):
        return None
    # (the longest word of each vague magnitude: "a few thousand" is "thousand", not "a")
    vague = frozenset(max(sorted(words), key=len) for words in g.vague_words)
    return Gate(
        vague
        | g.word_vocabulary
        | g.approximate_words
        | g.multiplier_words
        | g.span_units
        | g.ordinal_nouns
        | g.none_words,
        digit=True,
    )


def find_quantities(
    source: Source, sentence: Sentence, lexicon: Lexicon
) -> list[Mention[QuantityMention]]:
    """Quantity mentions in one sentence, in text order."""
    g = lexicon.numbers
    text = sentence.text
    numbers = g.numbers(text)
    words = g.words_of(text)
    has_multiplier = not g.multiplier_words.isdisjoint(words)
    has_span = g.span_re is not None and not g.span_units.isdisjoint(words)
    has_ordinal = (
        g.ordinal_re is not None
        and not g.ordinal_nouns.isdisjoint(words)
        and not g.ordinal_words.isdisjoint(words)
    )
    has_none = g.none_re is not None and not g.none_words.isdisjoint(words)
    if not numbers and not has_multiplier and not has_span and not has_ordinal and not has_none:
        return []
    blocked = _nonclaim_spans(text, lexicon.nonclaims, numbers)
    ratios = _ratios(source, sentence, numbers, blocked, g)
    if has_ordinal:
        ratios += _ordinal_counts(source, sentence, g, blocked)
    if has_none:
        ratios += _none_counts(source, sentence, g)
    if ratios:
        blocked = [*blocked, *((m.start - sentence.start, m.end - sentence.start) for m in ratios)]
    blocked_union = _Spans(blocked)
    index = g.names_index(text)
    points = index or g.names_index_points(text)  # its "points" are index points
    atoms: list[_Atom] = []
    margin_end = -1  # the end of the margin of error just read with its figure
    for i, number in enumerate(numbers):
        if number.start < margin_end:
            continue  # "± 195": the margin of the figure before, no claim of its own
        if blocked and blocked_union.overlaps(number.start, number.end):
            continue  # inside or across a date, a time, a name with digits
        margin = _margin(text, numbers, i, g)
        if margin is None:
            atoms.append(_atom(text, number, g, points))
            continue
        # "1010 ± 195 light years": the figure, in the unit written after its margin
        atom = _atom(text, number._replace(end=margin.end), g, points)
        atoms.append(atom._replace(number=atom.number._replace(end=number.end)))
        margin_end = margin.end
    found: list[Mention[QuantityMention]] = []
    taken = _Spans()
    for group in _ranges(text, atoms, g):
        mention = _mention(source, sentence, group, g, index)
        if taken.overlaps(mention.start, mention.end):
            continue
        d = mention.detail
        if d.number_text.lower() in g.multiple_words and d.unit_text != g.multiple_unit:
            continue  # "scored twice": how often, which only a multiple word says
        if (
            mention.kind == "measure"
            and g.alias_lower.get(d.unit_text.lower(), "") in g.durations
            and g.time_anchor_re.match(text, mention.end - sentence.start)
        ):
            continue  # "two years ago": a point in time, not a length of time
        if found:
            mention = _restated(text, sentence.start, found, mention, g)
            mention = _currency_carried(found, mention, g)
        found.append(mention)
        taken.add(mention.start, mention.end)
    if g.age_unit and len(found) > 1:
        found = _ages_listed(text, sentence.start, found, g)
    if len(found) > 1:
        found = _unit_shared(text, sentence.start, found, g)
    found.extend(ratios)
    for mention in _multipliers(source, sentence, g, blocked) if has_multiplier else ():
        if not taken.overlaps(mention.start, mention.end):
            found.append(mention)
    for mention in _spans_of_one(source, sentence, g) if has_span else ():
        if not taken.overlaps(mention.start, mention.end):
            found.append(mention)
    return sorted(found, key=lambda m: m.start) if len(found) > 1 else found


def _margin(
    text: str, numbers: list[ParsedNumber], i: int, g: NumberGrammar
) -> ParsedNumber | None:
    """The margin of error written after `numbers[i]` ("40.333 ± 0.004 days"), if any."""
    if g.error_sign_re is None or i + 1 >= len(numbers):
        return None
    number, margin = numbers[i], numbers[i + 1]
    if number.qualifier == "vague" or margin.qualifier != "exact" or margin.in_words:
        return None
    sign = g.error_sign_re.fullmatch(text, number.end, margin.start)
    return margin if sign is not None and sign.end() > sign.start() else None


def _margin_follows(text: str, pos: int, g: NumberGrammar) -> bool:
    """A sign of a margin of error right after a figure ("5 +/- 2"): no qualifier after it."""
    sign = g.error_sign_re.match(text, pos) if g.error_sign_re is not None else None
    return sign is not None and sign.end() > sign.start()


class _Spans:
    """A union of [start, end) spans, kept sorted and merged, asked in O(log n) whether a
    span overlaps it: a line of thousands of numbers stays linear, not quadratic."""

    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted(spans or ()):
            if self.ends and start <= self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], end)
            else:
                self.starts.append(start)
                self.ends.append(end)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.ends[i] > start

    def add(self, start: int, end: int) -> None:
        """Add a span that overlaps none already held."""
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


_APPOSITION_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z][\w'’.-]*\s*,\s*$")
_SENTENCE_END = re.compile(r"\s*[.!?]?[\"'”’]?\s*$")
_APPOSITION_AFTER = re.compile(r"\s*(?:,|\.?$)")


def _apposition(text: str, number: ParsedNumber, left: int, end: int, g: NumberGrammar) -> bool:
    """A whole number under 120 set off by commas after a name or a noun for one person
    ("Barra, 51, will lead", "another brother, 22, was found"), or ending a sentence whose
    subject is a name set off by an apposition ("Hagan, the state's first senator, was 66.")."""
    value = number.values[0]
    return (
        not number.in_words
        and number.qualifier == "exact"
        and left == number.start
        and value == int(value)
        and 0 < value < 120
        and (
            _APPOSITION_BEFORE.search(text, max(0, left - 40), left) is not None
            or g.age_noun_re.search(text, max(0, left - 40), left) is not None
        )
        and _APPOSITION_AFTER.match(text, end) is not None
    ) or (
        not number.in_words
        and number.qualifier == "exact"
        and left == number.start
        and value == int(value)
        and 0 < value < 120
        and _SENTENCE_END.match(text, end) is not None
        and g.named_subject_was_re is not None
        and g.named_subject_was_re.match(text, 0, left) is not None
    )


def _ages_listed(
    text: str, offset: int, found: list[Mention[QuantityMention]], g: NumberGrammar
) -> list[Mention[QuantityMention]]:
    """Bare counts listed right after an age are ages too ("aged nine, ten and 49"), up to
    one that is followed by an age phrase of its own ("two aged fourteen")."""
    if not any(m.kind == "measure" and m.detail.unit_text == g.age_unit for m in found[:-1]):
        return found
    out = list(found)
    for i in range(1, len(out)):
        previous, mention = out[i - 1], out[i]
        d = mention.detail
        if not (
            previous.kind == "measure"
            and previous.detail.unit_text == g.age_unit
            and mention.kind == "count"
            and not d.noun_text
            and d.qualifier == "exact"
            and g.listed_re.fullmatch(text, previous.end - offset, mention.start - offset)
            and g.list_end_re.match(text, mention.end - offset)
            and not g.age_next_re.match(text, mention.end - offset)
        ):
            continue
        out[i] = replace(mention, kind="measure", detail=replace(d, unit_text=g.age_unit))
    return out


_SAID_AGAIN: frozenset[str] = frozenset(["about", "nearly", "over", "at_least", "up_to", "under"])


def _restated(
    text: str,
    offset: int,
    found: list[Mention[QuantityMention]],
    mention: Mention[QuantityMention],
    g: NumberGrammar,
) -> Mention[QuantityMention]:
    """A figure right after another takes what the other says of it: its change where it says
    the same change another way ("dropped 697 points, or 2.1%") or lists a second one in the
    same unit ("dipped by 96 points and 50 points"), unless the word of the change states
    one only of a percentage or a measured level and the figure is a count or a sum ("cuts
    of 21% (168,000 units)": units cut, no change, as "cuts of 168,000 units" alone); its
    qualifier where it is the same amount
    in another unit ("about 50 miles (80 km)", "about 5,000, or 9%"), in another currency
    sign for the same code ("about US$140bn ($96bn)"), or listed after such a conversion
    inside its brackets ("about 37 billion gallons, 31 billion imperial gallons)")."""
    previous = found[-1]
    d, p = mention.detail, previous.detail
    if p.change is None and p.qualifier not in _SAID_AGAIN:
        return mention  # nothing to pass on
    gap = text[previous.end - offset : mention.start - offset]
    said_again = g.restated_re.fullmatch(gap) is not None
    change = d.change
    if change is None and p.change is not None:
        listed = (
            mention.kind == previous.kind
            and d.unit_text == p.unit_text
            and not d.noun_text
            and g.listed_re.fullmatch(gap) is not None
        )
        # (a word that states a change only of a percentage or a measured level states none
        # of the count said again after it: "cuts of 21% (168,000 units)")
        of_levels = SPACES.sub(" ", p.change_text.lower()) in g.change_of_levels
        if (said_again or listed) and not (of_levels and mention.kind in ("count", "money")):
            change = p.change
    qualifier = d.qualifier
    if qualifier == "exact" and p.qualifier in _SAID_AGAIN:
        other_unit = (mention.kind, d.unit_text) != (previous.kind, p.unit_text)
        if (
            (said_again and (other_unit or _other_sign(text, offset, previous, mention)))
            or (said_again and _per_thing(text, offset, previous, mention, g))
            or (other_unit and _listed_in_brackets(text, offset, found, gap, g))
            or (other_unit and _apposed(text, offset, mention, gap, g))
        ):
            qualifier = p.qualifier
    if change == d.change and qualifier == d.qualifier:
        return mention
    return replace(mention, detail=replace(d, change=change, qualifier=qualifier))


def _per_thing(
    text: str,
    offset: int,
    previous: Mention[QuantityMention],
    mention: Mention[QuantityMention],
    g: NumberGrammar,
) -> bool:
    """A sum said again per one thing after a sum in the same currency: "over $6.7 billion,
    or $11.05 per share" (the second is the first shared out, as exactly stated)."""
    return (
        mention.kind == "money"
        and previous.kind == "money"
        and not mention.detail.per_text
        and not previous.detail.per_text
        and g.per_thing_re.match(text, mention.end - offset) is not None
    )


_OPENS = re.compile(r"\s*\(\s*")
# a figure set off by commas after another (and the words its share is of, the grammar's
# `apposed_gap_re`): the same amount in another unit ("within 0.2 moles per cubic metre, 6.4
# mg per litre", "about a quarter of the staff, 800,000 employees, ..."), unless another
# figure follows it (a list)
_APPOSED_CLOSE = re.compile(r"\s*(?:,(?![^\d,;:.()]{0,24}\d)|[.;:!?]?[\"'”’]?\s*$)")


def _apposed(
    text: str, offset: int, mention: Mention[QuantityMention], gap: str, g: NumberGrammar
) -> bool:
    """`mention` stands in apposition to the figure before it, set off by `gap`."""
    return (
        g.apposed_gap_re.fullmatch(gap) is not None
        and _APPOSED_CLOSE.match(text, mention.end - offset) is not None
    )


_SIGN = re.compile(r"(\S+)\s*$")


def _other_sign(
    text: str, offset: int, previous: Mention[QuantityMention], mention: Mention[QuantityMention]
) -> bool:
    """Two sums of money in one code, the second in brackets and written with another sign:
    a conversion ("US$140bn ($96bn)"), not a part of the first ("$5bn ($3bn in cash)")."""
    if mention.kind != "money" or previous.kind != "money":
        return False
    if _OPENS.fullmatch(text, previous.end - offset, mention.start - offset) is None:
        return False
    signs = []
    for m in (previous, mention):
        at = m.quote.find(m.detail.number_text)
        sign = _SIGN.search(m.quote, 0, at) if at > 0 else None
        signs.append(sign.group(1) if sign else "")
    return all(signs) and signs[0] != signs[1]


def _listed_in_brackets(
    text: str, offset: int, found: list[Mention[QuantityMention]], gap: str, g: NumberGrammar
) -> bool:
    """The figure before `gap` opens the brackets after the one before it, and `gap` lists
    another inside them: "... liters (about 37 billion gallons, 31 billion imperial gallons)"."""
    if len(found) < 2 or g.listed_re.fullmatch(gap) is None:
        return False
    before, previous = found[-2], found[-1]
    return _OPENS.fullmatch(text, before.end - offset, previous.start - offset) is not None


def _ratios(
    source: Source,
    sentence: Sentence,
    numbers: list[ParsedNumber],
    blocked: list[tuple[int, int]],
    g: NumberGrammar,
) -> list[Mention[QuantityMention]]:
    """Shares written as a ratio: "a one-in-five chance" (20 percent), "one in ten adults".
    Not from a number inside a non-claim that starts before it ("June 1 in 3 cities")."""
    found: list[Mention[QuantityMention]] = []
    for number in numbers:
        if any(s < number.start < e for s, e in blocked):
            continue
        ratio = g.ratio_after(sentence.text, number)
        if ratio is None:
            continue
        value, end = ratio
        quote = sentence.text[number.start : end]
        detail = QuantityMention(values=(value,), number_text=quote, unit_text="percent")
        found.append(_at(source, sentence, "percent", number.start, end, detail))
    return found


def _ordinal_counts(
    source: Source, sentence: Sentence, g: NumberGrammar, blocked: list[tuple[int, int]]
) -> list[Mention[QuantityMention]]:
    """Counts an ordinal states of a series one holder runs through in turn (`ordinal_nouns`):
    "sworn in for a fourth term" (4 terms), "seeking a sixth straight term". News tells the
    holder's new term with the article and the ordinal; the quote is the ordinal and its
    noun, the count the ordinal's number. (The non-claim of a fraction word read as an
    ordinal, "a fourth year student", is this reading's to make: its span does not block
    it; one holding it whole does.)"""
    found: list[Mention[QuantityMention]] = []
    assert g.ordinal_re is not None
    for m in g.ordinal_re.finditer(sentence.text):
        if any(s <= m.start() and m.end() <= e for s, e in blocked):
            continue
        start = m.start("o")
        detail = QuantityMention(
            values=(g.ordinals[m.group("o").lower()],),
            number_text=m.group("o"),
            noun_text=m.group("n"),
        )
        found.append(_at(source, sentence, "count", start, m.end(), detail))
    return found


def _none_counts(
    source: Source, sentence: Sentence, g: NumberGrammar
) -> list[Mention[QuantityMention]]:
    """Counts of none: "no one was injured", "nobody has been killed" (the pronoun, before a
    verb and a word in lower case), "no injuries", "no deaths were reported" (the article and
    its noun). The frames read what is counted, so "no one was injured" and "two people were
    injured" are one fact in conflict. (The pronoun non-claim of "no one" is for the number
    word "one": it does not block this reading.)"""
    found: list[Mention[QuantityMention]] = []
    assert g.none_re is not None
    for m in g.none_re.finditer(sentence.text):
        if m.group("p") is not None:
            detail = QuantityMention(values=(0.0,), number_text=m.group("p"))
            found.append(_at(source, sentence, "count", *m.span("p"), detail))
        else:
            detail = QuantityMention(
                values=(0.0,), number_text=m.group("a"), noun_text=m.group("n")
            )
            found.append(_at(source, sentence, "count", m.start("a"), m.end("n"), detail))
    return found


def _unit_shared(
    text: str, offset: int, found: list[Mention[QuantityMention]], g: NumberGrammar
) -> list[Mention[QuantityMention]]:
    """A bare number joined by "and" or "or" to a number with a unit is in that unit:
    "White (1.83 and 2 GHz models)", "15 or 17 inch displays". Walks right to left, so "10,
    20 and 30 km" is not read (a comma is no joiner) but "2 and 3 percent" is."""
    shared = list(found)
    for i in range(len(shared) - 2, -1, -1):
        mention, following = shared[i], shared[i + 1]
        d, f = mention.detail, following.detail
        if mention.kind != "count" or following.kind == "count" or f.change is not None:
            continue
        if d.noun_text or d.per_text or d.qualifier in ("range", "vague") or f.per_text:
            continue
        gap = text[mention.end - offset : following.start - offset].strip().lower()
        if gap not in g.range_and and gap not in g.range_or:
            continue
        if f.qualifier_text:
            continue  # "5 and about 10 km": the second figure is read on its own
        shared[i] = replace(mention, kind=following.kind, detail=replace(d, unit_text=f.unit_text))
    return shared


_SCALE_WORD = re.compile(r"[^\W\d_]+")
_SUM_SCALE = 1e6  # a figure of millions or more before a measured noun is a sum
_CARRY_REACH = 60  # how far after money a bare amount still counts in its currency
# a bare amount after money is in its currency only when it is at most this many times it:
# a sum of the same order ("$1.2 billion on roads and 800 million on schools"), not a count
# of the things one sum buys ("tickets cost $20; 2 million were sold")
SUM_ORDERS = 1000.0


def _currency_carried(
    found: list[Mention[QuantityMention]], mention: Mention[QuantityMention], g: NumberGrammar
) -> Mention[QuantityMention]:
    """A bare scaled amount after money in the same sentence is in that money's currency:
    "US$5 billion in aid on top of the four billion it has received", "$3.6 billion from
    one fund, 2.5 billion from another", when the figure just before it (within a clause or
    two) is that money. A counted noun or a unit ("2 million people") keeps it a count."""
    d = mention.detail
    if mention.kind != "count" or d.noun_text or d.per_text or d.qualifier == "vague":
        return mention
    words = _SCALE_WORD.findall(d.number_text.lower())
    if not words or words[-1] not in g.scales:
        return mention
    money = found[-1]
    if money.kind != "money" or mention.start - money.end > _CARRY_REACH:
        return mention  # "$300 million for 2 million people; 1.3 million were hit"
    if not money.detail.values or d.values[0] > SUM_ORDERS * abs(money.detail.values[-1]):
        return mention  # "tickets cost $20; 2 million were sold": no sum of that order
    return replace(mention, kind="money", detail=replace(d, unit_text=money.detail.unit_text))


_REACH = 40  # how far before a number a non-claim that covers it can start


# Where a non-digit-led non-claim can start: a letter, a "+" (phone numbers), "(" (area codes).
_STARTS = re.compile(r"\b[^\W\d]|[+(]")


def figure_spans(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Where a sentence states a figure: its numbers (digits, number words, vague
    magnitudes) that no non-claim covers (a date, a year, a time, a name with digits)."""
    numbers = lexicon.numbers.numbers(text)
    blocked = _Spans(_nonclaim_spans(text, lexicon.nonclaims, numbers)) if numbers else None
    return [
        (n.start, n.end) for n in numbers if blocked is None or not blocked.overlaps(n.start, n.end)
    ]


def _nonclaim_spans(
    text: str, patterns: NonClaims, numbers: list[ParsedNumber]
) -> list[tuple[int, int]]:
    """Spans of the non-claims that may cover one of `numbers`.

    Digit-led patterns are tried where a number starts; the others ("in 2014", "COVID-19")
    at each word up to `_REACH` characters before a number. Every place is tried, so
    overlapping non-claims are all found.
    """
    at_word = patterns.at_word
    spans: list[tuple[int, int]] = []
    window_end = 0
    for number in numbers:
        digit_led, others = patterns.at(text[number.start])
        m = digit_led.match(text, number.start) if digit_led is not None else None
        if m is None and others is not None:
            m = others.match(text, number.start)
        if m is not None and m.end() > m.start():
            spans.append(m.span())
        lo = max(number.start - _REACH, window_end)
        # where no digit-led pattern fits, the number's own start was tried just above
        stop = number.start + 1 if digit_led is not None else number.start
        for start in _STARTS.finditer(text, lo, stop):
            at = start.start()
            char = text[at]
            others = at_word[char] if char in at_word else patterns.at(char)[1]
            m = others.match(text, at) if others is not None else None
            if m is not None and m.end() > m.start():
                spans.append(m.span())
        window_end = number.start + 1
    return spans


def _atom(text: str, number: ParsedNumber, g: NumberGrammar, index: bool = False) -> _Atom:
    left = number.start
    currency = ""
    if number.qualifier != "vague":
        before = g.currency_before(text, number.start)
        if before is not None:
            currency, left = before
        else:
            number = g.suffix_as_unit(text, number)
    if not currency and number.in_words and 0 < number.values[0] < 1:
        unit = g.unit_before_fraction(text, number.start)
        if unit is not None:
            # "a year and a half": one unit and the fraction of it, in that unit
            number = number._replace(start=unit[0], values=(1 + number.values[0],))
            after = g.after_number(text, number, has_currency=False, index=index)
            after = after._replace(unit=unit[1], unit_end=max(after.unit_end, number.end))
            return _Atom(number, unit[0], currency, after)
    if text.startswith("+ ", number.end):
        # "18+ years": the unit after the plus sign (which says "at least") is the number's
        past_plus = number._replace(end=number.end + 1)
        after = g.after_number(text, past_plus, has_currency=bool(currency), index=index)
        if after.end == past_plus.end:
            after = g.after_number(text, number, has_currency=bool(currency), index=index)
    else:
        after = g.after_number(text, number, has_currency=bool(currency), index=index)
    return _Atom(number, left, currency, after)


def _ranges(
    text: str, atoms: list[_Atom], g: NumberGrammar
) -> list[tuple[_Atom, _Atom | None, str, int]]:
    """Atoms, with two joined where a range connector stands between them.

    Each item: first atom, second atom (or None), opener text, opener start.
    """
    out: list[tuple[_Atom, _Atom | None, str, int]] = []
    i = 0
    while i < len(atoms):
        first = atoms[i]
        if i + 1 < len(atoms):
            joined = _join(text, first, atoms[i + 1], g) or _said_range(text, atoms, i, g)
            if joined is not None:
                out.append((first, atoms[i + 1], *joined))
                i += 2
                continue
            first = _shared_unit(text, first, atoms[i + 1], g)
        out.append((first, None, "", first.left))
        i += 1
    return out


def _shared_unit(text: str, first: _Atom, second: _Atom, g: NumberGrammar) -> _Atom:
    """In "rose from 800,000 to 1.2 million tonnes" (two levels, not a range) the first
    number takes the scale and unit written once after the second."""
    a = first.number
    if first.unit_key or a.qualifier != "exact" or not (second.unit_key or second.number.scale > 1):
        return first
    between = g.connector_re.fullmatch(text, a.end, second.left)
    if between is None or between.group(0).strip().lower() not in g.range_to:
        return first
    opener = g.opener_before(text, first.left)
    sides = opener is None and second.unit_key and a.values[0] > second.number.values[0]
    if not sides and (opener is None or opener[0].lower() not in g.range_from):
        # "51.3 to 43.5 percent" (the higher number first: no range) are the two sides of
        # a result, the unit written once after the second
        return first
    b = second.number
    if a.scale == 1.0 and b.scale > 1.0 and a.values[0] * b.scale <= b.values[0]:
        a = a._replace(values=(a.values[0] * b.scale,), scale=b.scale)
    if not second.unit_key:
        return first._replace(number=a)
    after = second.after._replace(end=a.end, unit_end=a.end, noun="", per="")
    return first._replace(number=a, currency=second.currency, after=after)


def _join(text: str, first: _Atom, second: _Atom, g: NumberGrammar) -> tuple[str, int] | None:
    a, b = first.number, second.number
    if a.qualifier != "exact" or b.qualifier != "exact":
        return None
    stop = first.after.unit_end if first.unit_key else a.end
    between = g.connector_re.fullmatch(text, stop, second.left)
    if between is None:
        return None
    word = between.group(0).strip().lower()
    opener = g.opener_before(text, first.left)
    if word in g.range_and and not (opener and opener[0].lower() in g.range_between):
        return None
    if word in g.range_or and not (
        a.in_words
        or (a.values[0] < 100 and b.values[0] / max(b.scale, 1.0) < 100)
        or _round_step(a, b)
    ):
        return None  # "two or three", "10 or 20 million": small numbers, scaled or not
    if first.unit_key and second.unit_key and first.unit_key != second.unit_key:
        return None
    if (
        first.currency
        and not second.unit_key
        and second.after.noun
        and second.after.noun.lower() not in g.measured
    ):
        return None  # "paid $2 million to 3 million shareholders": a sum, then who got it
    change_at = opener[2] if opener else first.left
    hedge = g.qualifier_before(text, change_at)
    if hedge is not None:
        change_at = hedge[2]  # "rose by around 5% to 1,200": the verb before the qualifier
    from_or_unit = (opener is not None and opener[0].lower() in g.range_from) or (
        opener is None and first.unit_key
    )
    if word in g.range_to and from_or_unit and g.change_before(text, change_at) is not None:
        return None  # "rose from 800,000 to 1.2m", "climbed $1.40 to $86.20": two levels
    if (
        word in g.range_to
        and opener is not None
        and opener[0].lower() in g.range_from
        and g.change_verb_before(text, opener[2])
    ):
        return None  # "increasing the toll from 14 to 31": a change verb earlier, two levels
    if a.in_words and 0 < a.values[0] < 1:
        return None  # "grew by a quarter to 6.4 trillion": a fraction, then a level
    low, high = a.values[0], b.values[0]
    scale = _second_scale(a, b)
    if scale > 1.0 and low * scale <= high:
        low = low * scale  # "5 to 7 million": the second end's scale applies to both
    if low >= high and not (
        word in g.range_or
        and scale == 1.0
        and b.scale == 1.0
        and high < low <= g.range_most_apart * high
    ):
        return None  # (but "about 12 or 11 years old": speech names either end first)
    if opener is not None:
        return opener[1], opener[2]
    return "", first.left


_ROUND_STEP = 100  # the least step between two round numbers said as a range with "or"


def _round_step(a: ParsedNumber, b: ParsedNumber) -> bool:
    """Two round numbers one step of a power of ten apart, the lower first: "200 or 300
    people", "2,000 or 3,000 likes" (a range as speech says one, where "150 or 3000" lists
    two figures). The step is at least `_ROUND_STEP`, so "40 or 50" stays the small
    numbers' rule and "1990 or 1991" no range."""
    low, high = a.values[0], b.values[0]
    if a.scale != b.scale or not (0 < low < high) or low != int(low) or high != int(high):
        return False
    step = int(high - low)
    power = 10 ** (len(str(step)) - 1)
    return step >= _ROUND_STEP and step == power and int(low) % power == 0


_COMMA = re.compile(r"\s*,\s*")
_LISTED = re.compile(r"\s*(?:,|[^\W\d_]+\s)\s*$")


def _said_range(text: str, atoms: list[_Atom], i: int, g: NumberGrammar) -> tuple[str, int] | None:
    """Two numbers said in turn with only a comma between, the second with the unit, noun or
    scale both share: "fifty, sixty people", "maybe 10, 15 percent", "two, two and a half
    million" (a range as speech says one).
    Both in words, or hedged by a qualifier before the first; never a list ("5, 10, 15"), and
    the second end above the first and at most twice it. Hedged by "about", the two may share
    nothing written after them: "I was about 18, 19." (no list has its second item close
    above the first and a hedge of the first alone)."""
    first, second = atoms[i], atoms[i + 1]
    a, b = first.number, second.number
    if a.qualifier != "exact" or b.qualifier != "exact" or first.unit_key or first.after.noun:
        return None
    hedge = g.qualifier_before(text, first.left)
    shared = second.unit_key or second.after.noun or b.scaled
    if first.currency or not (shared or (hedge is not None and hedge[0] == "about")):
        return None
    if _COMMA.fullmatch(text, a.end, second.left) is None:
        return None
    if not (a.in_words and b.in_words) and hedge is None:
        return None
    low, scale = a.values[0], _second_scale(a, b)
    if scale > 1.0 and low * scale <= b.values[0]:
        low *= scale  # "about two, two and a half million"
    if not 0 < low < b.values[0] <= g.range_most_apart * low:
        return None
    before = atoms[i - 1] if i else None
    if before is not None and _COMMA.fullmatch(text, before.after.end, first.left):
        return None  # the third of a list
    if i + 2 < len(atoms):
        gap = text[second.after.end : atoms[i + 2].left]
        if _COMMA.fullmatch(gap) or _LISTED.fullmatch(gap):
            return None  # "10, 15 and 20 people"
    return "", first.left


_WORD_SCALES = (1e12, 1e9, 1e6, 1e3, 1e2)


def _second_scale(a: ParsedNumber, b: ParsedNumber) -> float:
    """The scale of a range's second end that its first end shares: "5 to 7 million" (the
    scale word read with the number), "one or two hundred", "two or three thousand" (both in
    words, the second a small number times a power of ten)."""
    if a.scale != 1.0:
        return 1.0
    if b.scale > 1.0:
        return b.scale
    if not (a.in_words and b.in_words and not a.scaled and a.values[0] == int(a.values[0])):
        return 1.0
    high = b.values[0]
    for scale in _WORD_SCALES:
        if high >= scale and high % scale == 0 and high / scale < 20 and a.values[0] < 20:
            return scale
    return 1.0


def _at(
    source: Source,
    sentence: Sentence,
    kind: ClaimKind,
    left: int,
    right: int,
    detail: QuantityMention,
) -> Mention[QuantityMention]:
    """The mention of `kind` quoting the sentence's text from `left` to `right` (offsets in
    the sentence), placed in its source."""
    return Mention(
        source_id=source.id,
        kind=kind,
        quote=sentence.text[left:right],
        start=sentence.start + left,
        end=sentence.start + right,
        sentence=sentence.text,
        sentence_start=sentence.start,
        detail=detail,
    )


def _mention(
    source: Source,
    sentence: Sentence,
    group: tuple[_Atom, _Atom | None, str, int],
    g: NumberGrammar,
    index: bool = False,
) -> Mention[QuantityMention]:
    first, second, opener_text, opener_start = group
    text = sentence.text
    last = second or first
    after = last.after
    currency = first.currency or last.currency or after.currency
    if (
        index
        and not (currency or after.unit or after.percent)
        and (not last.number.in_words or after.noun.lower() in g.index_levels)
        and last.number.qualifier != "vague"
        and (
            after.noun.lower() in g.index_levels
            or (not after.noun and abs(last.number.values[0]) >= 100)
        )
    ):
        # "closed at 8,579.19", "below the 5000 mark": a level of the index named
        after = after._replace(unit=g.index_unit, noun="", unit_end=last.number.end)
    left = min(opener_start, first.left)
    qualifier: Qualifier = first.number.qualifier
    qualifier_text = first.number.qualifier_text
    values = first.number.values
    if second is not None:
        low = first.number.values[0]
        scale = _second_scale(first.number, second.number)
        if scale > 1.0 and low * scale <= second.number.values[0]:
            low *= scale
        values = (min(low, second.number.values[0]), max(low, second.number.values[0]))
        qualifier, qualifier_text = "range", opener_text
        q_range = g.qualifier_before(text, left)
        if q_range is not None:
            left = q_range[2]  # "about 21 to 24": the range already says how exact it is
    else:
        q = g.qualifier_before(text, left)
        if q is None and last.after.noun.lower() in g.index_levels:
            article = g.level_article.find(text, left)  # "above the 5000 mark"
            q = g.qualifier_before(text, article[2]) if article else None
        if q is None:
            q = g.qualifier_before_noun(text, left)  # "an estimated mass of 5.0"
        if q is not None and g.compares(q[1], text, first.number.end):
            q = None  # "like three other states": compared, not hedged
        if q is not None and _depth(text, q[1], after, g):
            q = None  # "from under eight metres of mud": how deep, not a bound
        if q is not None and not (
            q[1].lower() in g.during
            and g.alias_lower.get(after.unit.lower(), "") in g.durations
            and q[0] == "over"
            and not (after.unit_end and g.of_between_re.match(text, after.unit_end))
        ):  # "over five years" is a time span, "over thirty years of data" more than 30
            if qualifier == "exact" or qualifier == "vague":
                if qualifier == "exact":
                    qualifier, qualifier_text = q[0], q[1]
                left = q[2]
        elif qualifier == "exact" and not _margin_follows(text, first.number.end, g):
            q_after = (
                g.qualifier_after(text, first.number.end)
                or (g.qualifier_after(text, after.unit_end) if after.unit_end else None)
                or _qualifier_after_noun(text, after, g)
            )
            if q_after is not None:
                qualifier, qualifier_text = q_after[0], q_after[1]
    if (
        after.unit
        and g.multiple_cued
        and g.alias_lower.get(after.unit.lower()) == "times"
        and not g.multiple_re.match(text, after.unit_end)
    ):
        after = after._replace(unit="")  # "champion five times": how often, a count
    elif (
        first.number.in_words
        and text[first.number.start : first.number.end].lower() in g.multiple_words
        and g.multiple_re.match(text, first.number.end)
    ):
        after = after._replace(unit=g.multiple_unit, unit_end=first.number.end)  # "twice as"
    elif (
        second is None
        and not (currency or after.unit or after.percent or after.noun)
        and g.factor_before is not None
        and g.multiple_unit
    ):
        factor_phrase = g.factor_before.find(text, left)
        if factor_phrase is not None:
            # "cut by a factor of two": a multiple, its change told by the verb before "by"
            after = after._replace(unit=g.multiple_unit, unit_end=first.number.end)
            left = factor_phrase[2]
    if (
        second is None
        and not (currency or after.unit or after.percent)
        and first.number.in_words
        and not first.number.scaled
        and 0 < values[0] < 1
        and (
            g.share_of_re.match(text, first.number.end)
            or (
                qualifier in _SAID_AGAIN
                and g.change_before(text, left) is None
                and not g.multiple_re.match(text, first.number.end)
            )
        )
    ):
        # "nearly half of the voters", "two-thirds of the island", and a bounded fraction
        # standing alone ("more than half were women", not "about a quarter as much money
        # as": a multiple): a share, in percent
        values = (float(f"{values[0] * 100:.12g}"),)
        after = after._replace(percent="percent", unit_end=first.number.end)
    if (
        g.age_unit
        and not (currency or after.unit or after.percent or after.noun)
        and qualifier != "vague"
        and (
            g.age_before.find(text, left)
            or (second is None and _apposition(text, first.number, left, after.end, g))
            or (second is not None and g.age_before.find(text, first.left))
        )
    ):
        after = after._replace(unit=g.age_unit, unit_end=first.number.end)  # "aged 56"
    if (
        after.noun
        and not (currency or after.unit or after.percent)
        and last.number.scale >= _SUM_SCALE
        and after.noun.lower() in g.measured
    ):
        # "a 2.5 billion aid package": a sum whose currency is left to the reader, not a
        # count of things called aid
        after = after._replace(noun="")
    change: Change | None = None
    change_text = ""
    c = None if qualifier_text.lower() in g.levels else g.change_before(text, left)
    if c is not None and currency and c[1].lower() in g.amounts:
        c = None  # "lost $1.6 billion": an amount lost, not a change of a level
    if (
        c is not None
        and not (after.percent or after.unit)
        and SPACES.sub(" ", c[1].lower()) in g.change_of_levels
    ):
        c = None  # "shed 600 jobs", "laid off 300 workers": things counted, not a change
    if c is not None and after.unit and g.place_after_re.match(text, after.unit_end):
        c = None  # "crashed 40 km north of the city": where, not a change
    if c is None and (after.percent or currency or after.unit):
        # "cut two years off the term", "knocked 5% off": a change down of that size
        c = g.change_taken_off(text, left, after.unit_end or last.number.end)
    if c is not None:
        change, change_text, left = c
    elif (after.percent or currency or after.unit) and not (
        after.unit and g.alias_lower.get(after.unit.lower(), "") in g.durations
    ):  # "a four-day rally", "a two-week slide": how long it lasted, not a change
        c_after = g.change_after(text, after.unit_end or first.number.end)
        if c_after is not None:
            change, change_text = c_after
    if second is None and (after.percent or (after.unit and after.unit == g.index_unit)):
        signed = _signed(text, first.number, values[0])
        if signed is not None:
            # "closed at -366.94 points", "+4.1%": a market's move written with its sign,
            # the size of a fall or a rise
            values = (abs(values[0]),)
            if change is None:
                change = signed
    factor = after.factor
    values = tuple(float(f"{v * factor:.12g}") for v in values) if factor != 1.0 else values
    kind: ClaimKind = "count"
    unit_text = ""
    if currency:
        kind, unit_text = "money", currency
    elif after.percent:
        kind, unit_text = "percent", after.percent
    elif after.unit:
        kind, unit_text = "measure", after.unit
    end = max(last.number.end, after.end)
    return _at(
        source,
        sentence,
        kind,
        left,
        end,
        QuantityMention(
            values=values,
            qualifier=qualifier,
            number_text=text[first.number.start : last.number.end],
            qualifier_text=qualifier_text,
            unit_text=unit_text,
            noun_text=after.noun,
            change_text=change_text,
            change=change,
            per_text=after.per,
        ),
    )


def _depth(text: str, phrase: str, after: After, g: NumberGrammar) -> bool:
    """A qualifier phrase of `depth` before a length and "of" says how deep a thing lies:
    "recovered from under eight metres of mud" (8 metres), "under two metres (six feet) of
    snow" (the same depth in brackets between), where "under 5 km away" and "under two hours
    of footage" are bounds."""
    if SPACES.sub(" ", phrase.lower()) not in g.depth or not after.unit_end:
        return False
    if g.alias_lower.get(after.unit.lower(), "") not in g.lengths:
        return False
    brackets = _BRACKETED.match(text, after.unit_end)
    return g.of_between_re.match(text, brackets.end() if brackets else after.unit_end) is not None


_BRACKETED = re.compile(r"\s*\([^()]{0,40}\)")


_MINUS = "-−–"  # a hyphen-minus, a minus sign or an en dash written as one


def _signed(text: str, number: ParsedNumber, value: float) -> Change | None:
    """The direction a sign written before a figure gives it ("-366.94": down, "+4.1":
    up), when the sign is no part of a word or a range before it."""
    at = number.start
    if value < 0 and text[at : at + 1] in _MINUS:
        return "down"
    if value > 0 and at > 0 and text[at - 1] == "+" and (at < 2 or not text[at - 2].isalnum()):
        return "up"
    return None


def _qualifier_after_noun(
    text: str, after: After, g: NumberGrammar
) -> tuple[Qualifier, str, int] | None:
    """A qualifier of more than one word after the counted noun: "300 homes or more",
    "50,000 people at most" (a one-word one, "plus", there joins another item)."""
    if not after.noun:
        return None
    q = g.qualifier_after(text, after.end)
    return q if q is not None and " " in q[1] else None


def _spans_of_one(
    source: Source, sentence: Sentence, g: NumberGrammar
) -> list[Mention[QuantityMention]]:
    """One unit of time with a qualifier, after a word of `span_before`: "the lowest level in
    over a decade" (more than 1 decade), "for nearly a year". Not a point in time ("in over a
    year ago")."""
    text = sentence.text
    found: list[Mention[QuantityMention]] = []
    for m in g.span_re.finditer(text) if g.span_re is not None else ():
        name = g.span_qualifier.get(SPACES.sub(" ", m.group("q").lower()))
        if name is None or g.time_anchor_re.match(text, m.end()):
            continue
        if g.not_qualifier.find(text, m.end("q")) is not None:
            continue  # "for over a year": no "took over a year"
        found.append(
            _at(
                source,
                sentence,
                "measure",
                m.start("q"),
                m.end(),
                QuantityMention(
                    values=(1.0,),
                    qualifier=name,
                    number_text=m.group("a"),
                    qualifier_text=m.group("q"),
                    unit_text=m.group("u"),
                ),
            )
        )
    return found


def _multipliers(
    source: Source, sentence: Sentence, g: NumberGrammar, blocked: list[tuple[int, int]]
) -> list[Mention[QuantityMention]]:
    """Change claims stated as a factor: 'doubled', 'roughly tripled', 'halved'."""
    text = sentence.text
    found: list[Mention[QuantityMention]] = []
    for m in g.multiplier_re.finditer(text):
        if any(a <= m.start() < b for a, b in blocked):
            continue
        factor = g.multipliers[m.group("m").lower()]
        left = m.start()
        qualifier: Qualifier = "exact"
        qualifier_text = ""
        q = g.qualifier_before(text, left)
        if q is not None:
            qualifier, qualifier_text, left = q
        found.append(
            _at(
                source,
                sentence,
                "measure",
                left,
                m.end(),
                QuantityMention(
                    values=(factor,),
                    qualifier=qualifier,
                    number_text=m.group("m"),
                    qualifier_text=qualifier_text,
                    unit_text="times",
                    change_text=m.group("m"),
                    change="up" if factor > 1 else "down",
                ),
            )
        )
    return found
