"""The audit history: who changed what on an incident or a user account, when, from what to
what."""
