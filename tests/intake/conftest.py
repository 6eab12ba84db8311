from ..review.conftest import anon, app_db, editor, make_client, password_hash, viewer

__all__ = ["anon", "app_db", "editor", "make_client", "password_hash", "viewer"]
