"""common views."""
