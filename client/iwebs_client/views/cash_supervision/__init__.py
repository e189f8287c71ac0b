"""The supervision screens (issue 4): live tills, drill-down, day closures, bank deposits."""
