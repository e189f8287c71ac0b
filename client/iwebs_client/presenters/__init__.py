"""Screen logic without widgets: state, validation, calls through the task runner."""
