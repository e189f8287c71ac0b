"""Reading screens: entry in round order, the worklist of reading cases (FAC-3, FAC-4)."""
