"""Widgets and dialogs: wiring only; the logic is in the presenters."""
