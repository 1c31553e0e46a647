"""Claim kinds, one folder each: how a kind is found, normalized, matched, judged and shown."""
