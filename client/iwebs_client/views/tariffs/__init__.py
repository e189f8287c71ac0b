"""Tariff screens (FAC-10)."""
