"""enrollment views."""
