"""Reading the data rows of a CSV file with their line numbers: one reader for every import.

Each item is ``(line, row, problem)``: a row as a dict of its header's columns, or a
:class:`Problem` naming the file and line (a bad header ends the file; a malformed row ends it
too, as the csv module cannot go on; a row of the wrong width is skipped). Blank rows are skipped.
"""

from __future__ import annotations

import csv
from collections.abc import Collection, Iterator
from typing import IO

from labourmap.errors import Problem

CsvRow = tuple[int, dict[str, str] | None, Problem | None]


def read_csv_rows(fh: IO[str], *, label: str, required: Collection[str],
                  known: Collection[str] | None = None) -> Iterator[CsvRow]:
    """The rows of ``fh``; its header must hold ``required`` and, if given, only ``known``."""
    reader = csv.reader(fh)
    try:
        header = [h.strip().lstrip("\ufeff") for h in next(reader)]
    except StopIteration:
        return
    except csv.Error as exc:
        yield 1, None, Problem(f"unreadable CSV header: {exc}", line=1, file=label)
        return
    missing = [c for c in required if c not in header]
    unknown = [c for c in header if known is not None and c not in known]
    if missing or unknown:
        parts = ([f"lacks the column(s) {', '.join(missing)}"] if missing else []) + (
            [f"has unknown column(s) {', '.join(unknown)}"] if unknown else [])
        yield 1, None, Problem("the header " + "; ".join(parts), line=1, file=label)
        return
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield reader.line_num, None, Problem(f"malformed CSV: {exc}", line=reader.line_num,
                                                 file=label)
            return
        line = reader.line_num
        if not cells or all(not c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            yield line, None, Problem(
                f"the row has {len(cells)} cells, the header {len(header)}", line=line,
                file=label)
            continue
        yield line, dict(zip(header, cells, strict=True)), None
