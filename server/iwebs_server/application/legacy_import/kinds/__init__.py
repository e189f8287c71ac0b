"""One module per file kind: its columns, its row parser, its checks and its writer."""
