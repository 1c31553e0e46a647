"""Dates: the day or date of the story's events, resolved against the publication date."""
