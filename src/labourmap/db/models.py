"""Every mapped table, imported in one place so metadata is complete (for Alembic)."""

from labourmap.accountability.models import AccountabilityCase, UnionContact
from labourmap.audit.models import AuditEntry, UserAuditEntry
from labourmap.db.base import Base
from labourmap.incidents.models import Incident, IncidentTag
from labourmap.intake.models import IntakeReport
from labourmap.sources.models import Source
from labourmap.unions.models import Union, UnionDepartment
from labourmap.users.models import User

__all__ = ["AccountabilityCase", "AuditEntry", "Base", "Incident", "IncidentTag", "IntakeReport",
           "Source", "Union", "UnionContact", "UnionDepartment", "User", "UserAuditEntry"]
