"""Every mapped table, imported in one place so metadata is complete (for Alembic)."""

from labourmap.db.base import Base
from labourmap.incidents.models import Incident, IncidentTag
from labourmap.sources.models import Source
from labourmap.unions.models import Union, UnionDepartment

__all__ = ["Base", "Incident", "IncidentTag", "Source", "Union", "UnionDepartment"]
