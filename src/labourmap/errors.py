"""One error story: every domain error derives from :class:`LabourmapError`.

Each error has a stable ``code`` (for operators and API clients), a human message, and
optional ``details`` — a list of problems, each naming where it is (file, line, field).
The web layer turns any ``LabourmapError`` into the JSON shape ``{"error": {...}}``;
the CLI turns it into a message on standard error and an exit status.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, and where it is."""

    message: str
    field: str | None = None
    value: Any = None
    line: int | None = None
    file: str | None = None

    def where(self) -> str:
        parts = []
        if self.file:
            parts.append(self.file)
        if self.line is not None:
            parts.append(f"line {self.line}")
        if self.field:
            parts.append(f"field {self.field!r}")
        return ", ".join(parts)

    def __str__(self) -> str:
        where = self.where()
        return f"{where}: {self.message}" if where else self.message

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"message": self.message}
        for key in ("field", "line", "file"):
            val = getattr(self, key)
            if val is not None:
                out[key] = val
        if self.value is not None:
            val = self.value
            out["value"] = val if isinstance(val, (str, int, float)) else str(val)
        return out


class LabourmapError(Exception):
    """Root of every error the project raises on purpose."""

    code = "error"
    http_status = 400

    def __init__(self, message: str, problems: list[Problem] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.problems: list[Problem] = list(problems or [])

    def __str__(self) -> str:
        if not self.problems:
            return self.message
        lines = [self.message] + [f"  - {p}" for p in self.problems]
        return "\n".join(lines)

    def as_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "message": self.message,
            "problems": [p.as_dict() for p in self.problems],
        }


class ValidationError(LabourmapError):
    """Input that breaks the codebook, the gazetteer or a field's rules."""

    code = "invalid"
    http_status = 422


class ImportRejected(ValidationError):
    """An import with at least one bad row: nothing was written."""

    code = "import_rejected"


class NotFound(LabourmapError):
    code = "not_found"
    http_status = 404


class Conflict(LabourmapError):
    code = "conflict"
    http_status = 409


class SchemaOutOfDate(LabourmapError):
    """The database schema is behind the code: run ``labourmap db upgrade``."""

    code = "schema_out_of_date"
    http_status = 503


class PermissionDenied(LabourmapError):
    code = "forbidden"
    http_status = 403


class NotAuthenticated(LabourmapError):
    code = "not_authenticated"
    http_status = 401


@dataclass
class ProblemList:
    """Collects problems while validating many rows, then raises once."""

    problems: list[Problem] = field(default_factory=list)

    def add(self, problem: Problem) -> None:
        self.problems.append(problem)

    def __bool__(self) -> bool:
        return bool(self.problems)
