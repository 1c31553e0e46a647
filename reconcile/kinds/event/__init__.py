"""Named events: an event noun from rules with its date and place."""
