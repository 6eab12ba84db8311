"""The audit history: who changed what on an incident, when, from what to what."""
