"""approvals views."""
