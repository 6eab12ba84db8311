"""The coding rules of a case, case by case, as CLB's report counts them."""

from __future__ import annotations

import pytest

from labourmap.accountability.coding import Contact, code_case, pct
from labourmap.accountability.report import report_from_contacts

A = Contact  # shorter rows below


@pytest.mark.parametrize(("contacts", "awareness"), [
    ([A(aware="yes")], "aware"),
    ([A(aware="no"), A(aware="yes")], "aware"),  # any union knew
    ([A(aware="no"), A(aware="no_response")], "unaware"),  # one said no, none knew
    ([A(aware="no")], "unaware"),
    ([A(aware="no_response")], "no_response"),
    ([], "no_response"),
])
def test_awareness(contacts: list[Contact], awareness: str) -> None:
    assert code_case(contacts).awareness == awareness


@pytest.mark.parametrize(("contacts", "involvement"), [
    ([A(involved="yes")], "involved"),  # acted before the call
    ([A(involved="no", after_contact="took_up")], "involved"),  # took it up after the alert
    ([A(involved="no"), A(involved="unknown", after_contact="took_up")], "involved"),
    ([A(involved="no"), A(involved="unknown")], "uninvolved"),
    ([A(involved="no", after_contact="promised")], "uninvolved"),  # a promise is not acting
    ([A(involved="unknown", after_contact="declined")], "unknown"),
    ([], "unknown"),
])
def test_involvement(contacts: list[Contact], involvement: str) -> None:
    assert code_case(contacts).involvement == involvement


def test_took_up_after_alert_only_where_the_case_was_unaware() -> None:
    assert code_case([A(aware="no", after_contact="took_up")]).took_up_after_alert
    assert code_case([A(aware="no"), A(aware="no_response", after_contact="took_up")]
                     ).took_up_after_alert
    assert not code_case([A(aware="no_response", after_contact="took_up")]).took_up_after_alert
    assert not code_case([A(aware="yes", after_contact="took_up")]).took_up_after_alert
    assert not code_case([A(aware="no", after_contact="promised")]).took_up_after_alert


def test_participation_among_aware_cases() -> None:
    knew_acted = code_case([A(aware="yes", involved="yes")])
    assert knew_acted.aware_involved and not knew_acted.aware_not_involved
    knew_idle = code_case([A(aware="yes", involved="no")])
    assert knew_idle.aware_not_involved and not knew_idle.aware_involved
    knew_unclear = code_case([A(aware="yes", involved="unknown")])
    assert not knew_unclear.aware_involved and not knew_unclear.aware_not_involved
    unaware_acted = code_case([A(aware="no", involved="yes")])
    assert not unaware_acted.aware_involved


def test_excuses_once_per_case_in_order_given() -> None:
    coding = code_case([A(excuses=("not_member", "wrong_jurisdiction")),
                        A(excuses=("not_member", "outside_scope"))])
    assert coding.excuses == ("not_member", "wrong_jurisdiction", "outside_scope")


def test_pct_one_decimal_half_up() -> None:
    assert pct(77, 127) == 60.6
    assert pct(1, 16) == 6.3
    assert pct(24, 47) == 51.1
    assert pct(3, 0) == 0.0


def test_clb_127_cases_reproduced() -> None:
    """CLB's figures (Oct 2018 – Dec 2021): 127 cases; 77 unaware, 47 aware, 3 no response;
    89 uninvolved, 31 involved; 9% of the unaware taken up after the alert; of the 47 aware,
    19 knew but did not participate and 24 participated. (47 of 127 is 37.0%: the report's
    "32 percent" does not follow from its own counts.)"""
    cases = (
        [[A(aware="yes", involved="yes")]] * 24
        + [[A(aware="yes", involved="no")]] * 19
        + [[A(aware="yes", involved="unknown")]] * 4
        + [[A(aware="no", involved="no", after_contact="took_up")]] * 7
        + [[A(aware="no", involved="no")]] * 68
        + [[A(aware="no", involved="unknown")]] * 2
        + [[A(aware="no_response", involved="no")]] * 2
        + [[A(aware="no_response", involved="unknown")]] * 1
    )
    r = report_from_contacts(cases)
    assert r.cases == 127
    assert (r.unaware.n, r.unaware.pct) == (77, 60.6)
    assert (r.aware.n, r.aware.pct) == (47, 37.0)
    assert r.no_response.n == 3
    assert (r.uninvolved.n, r.uninvolved.pct) == (89, 70.1)
    assert (r.involved.n, r.involved.pct) == (31, 24.4)
    assert r.involvement_unknown.n == 7
    assert (r.took_up_after_alert.n, r.took_up_after_alert.pct) == (7, 9.1)
    assert (r.aware_not_involved.n, r.aware_not_involved.pct) == (19, 40.4)
    assert (r.aware_involved.n, r.aware_involved.pct) == (24, 51.1)
