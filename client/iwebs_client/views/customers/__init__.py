"""The customers module: search, 360-degree view, create and edit dialogs."""
