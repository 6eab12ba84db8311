"""The web layer: thin routes that validate, call a service function, render."""
