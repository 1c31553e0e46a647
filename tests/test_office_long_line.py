"""Office holders on a long line: each title is read in a window around it, so a title far
into a long sentence reads the same holder as in a short one, and a line of title words
names nobody. Sentences written for these tests."""

from __future__ import annotations

from reconcile.kinds import Kinds
from tests.offices import holders

# a long aside of lower-case words: no title, no name, no place
ASIDE = "the river rose and the road closed and the bridge held " * 40


def test_a_holder_far_into_a_long_sentence_is_read_as_in_a_short_one(kinds: Kinds) -> None:
    short = "Jane Roe, the governor of Ohio, said the state would appeal."
    expected = [("Jane Roe, the governor of Ohio", "governor", "Jane Roe", "ohio")]
    assert holders(kinds, short) == expected
    assert holders(kinds, f"After {ASIDE}{short[0].lower()}{short[1:]}") == []  # "jane roe"
    assert holders(kinds, f"After {ASIDE}{short}") == expected


def test_a_title_after_the_person_far_into_a_long_sentence(kinds: Kinds) -> None:
    text = f"After {ASIDE}Puerto Rico's governor, Ricardo Rosselló, resigned."
    assert holders(kinds, text) == [
        ("Puerto Rico's governor, Ricardo Rosselló", "governor", "Ricardo Rosselló", "puerto rico")
    ]


def test_two_titles_on_a_long_line_each_keep_their_holder(kinds: Kinds) -> None:
    text = f"Mayor Ann Lee spoke after {ASIDE}and later Senator John Carr from Vermont replied."
    assert holders(kinds, text) == [
        ("Mayor Ann Lee", "mayor", "Ann Lee", ""),
        ("Senator John Carr", "senator", "John Carr", "vermont"),
    ]


def test_a_line_of_title_words_names_nobody(kinds: Kinds) -> None:
    assert holders(kinds, "Minister " * 40) == []
    assert holders(kinds, "Prime Minister Minister met.") == []
