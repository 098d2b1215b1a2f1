"""Inspection events, findings, grade roll-up, schedules and the integrity chain (to come)."""
