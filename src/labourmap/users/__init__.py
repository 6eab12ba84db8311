"""Users of the editor pages: roles, argon2-hashed passwords, signed sessions, CSRF."""
