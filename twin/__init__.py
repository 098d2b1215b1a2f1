"""The app that composes everything: FastAPI assembly, CLI, demo, migrations (and, as they
land, twin state, sensors, deterioration and maintenance planning)."""
