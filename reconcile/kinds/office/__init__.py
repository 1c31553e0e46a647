"""Office holders: a title from rules and the person named as holding it."""
