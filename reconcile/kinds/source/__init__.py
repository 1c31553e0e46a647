"""Stating bodies: who states a figure (a ministry, the police, organisers)."""
