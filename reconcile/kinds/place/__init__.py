"""Places: where the story's event happened (epicentre, landfall, crash site, venue)."""
