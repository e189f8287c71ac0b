"""Qt item models of the client (no gRPC, no widgets), paged over `next_page_token`."""
