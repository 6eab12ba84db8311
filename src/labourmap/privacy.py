"""Masking of personal identifiers in text that is shown to the public.

Phone numbers (mobile and landline) and resident identity-card numbers are replaced by a mask
that keeps only enough to show that a number was there.
"""

from __future__ import annotations

import re

_ID_CARD = re.compile(r"(?<![0-9A-Za-z])(\d{6})(\d{8})(\d{3}[0-9Xx])(?![0-9A-Za-z])|"
                      r"(?<![0-9A-Za-z])(\d{6})(\d{6})(\d{3})(?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<!\d)(?:\+?86[- ]?)?(1[3-9]\d)[- ]?(\d{4})[- ]?(\d{4})(?!\d)")
_LANDLINE = re.compile(r"(?<!\d)(0\d{2,3})[- ]?(\d{7,8})(?!\d)")


def mask_identifiers(text: str | None) -> str | None:
    """``text`` with identity-card and phone numbers masked (None stays None)."""
    if not text:
        return text
    text = _ID_CARD.sub(lambda m: "[身份证号已隐去 ID number hidden]", text)
    text = _MOBILE.sub(lambda m: f"{m.group(1)}********", text)
    text = _LANDLINE.sub(lambda m: f"{m.group(1)}-********", text)
    return text
