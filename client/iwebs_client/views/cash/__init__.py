"""The counter's screens (issue 4): opening the till, the keyboard-first payment screen,
receipts of the session, closing with the billetage, transfers and disbursements."""
