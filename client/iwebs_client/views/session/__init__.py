"""session views."""
