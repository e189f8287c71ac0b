"""The only client package that talks gRPC: channels, session, errors, one gateway per service."""
