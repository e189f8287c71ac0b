"""administration views."""
