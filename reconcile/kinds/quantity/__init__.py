"""Quantities: counts, money, measures and percentages."""
