"""Routes: the origin and destination of a journey (a flight, an airlift, a voyage)."""
