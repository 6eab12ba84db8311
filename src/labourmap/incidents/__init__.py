"""Incidents: the coded, mapped records at the heart of labourmap."""
