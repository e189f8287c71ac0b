"""shell views."""
