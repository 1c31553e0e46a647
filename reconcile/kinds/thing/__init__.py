"""Named things: aircraft type, storm, vessel, flight number, product, party."""
