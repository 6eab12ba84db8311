from ..review.conftest import anon, app_db, editor, make_client

__all__ = ["anon", "app_db", "editor", "make_client"]
