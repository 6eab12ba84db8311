"""A protest named by what it was held on (round 3): "the crane protesters", "a rooftop
protest" are people up a crane or a roof to press a claim (a climb, ``self_harm_threat``), no
protest besides; a protest held near a crane or a roof is still a protest. Every sentence here
is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import listed


def _forms(text: str) -> list[str]:
    return listed(text, "forms")


@pytest.mark.parametrize(
    "text",
    [
        (
            "Unpaid wages update: the nine Xindu crane protesters, all migrant builders, were paid "
            "400,000 yuan on Monday, with the rest due next month."
        ),
        (
            "The fourteen chimney protesters, bricklayers owed a year of wages, came down at a "
            "Liuzhou kiln site on Tuesday after the district paid them."
        ),
        (
            "A rooftop protest by 15 unpaid builders at a housing site in Ganzhou ended on Friday "
            "after the contractor paid part of the wages they were owed."
        ),
        (
            "Twenty bricklayers owed wages by a Nanning developer held a crane protest for six "
            "hours on Sunday before labour officials talked them down."
        ),
    ],
)
def test_a_climb_named_as_a_protest(text: str) -> None:
    forms = _forms(text)
    assert "self_harm_threat" in forms
    assert "protest" not in forms


@pytest.mark.parametrize(
    "text",
    [
        (  # near-miss: the crane is where they stood, the protest is at its foot
            "About 60 builders protested beside a crane at a Yibin construction site on Monday, "
            "demanding three months of unpaid wages."
        ),
        (  # near-miss: the roof is the object fixed, not the place of the protest
            "Some 40 workers protested at the roofing firm's office in Zigong over unpaid wages."
        ),
    ],
)
def test_a_protest_near_a_crane_stays_a_protest(text: str) -> None:
    forms = _forms(text)
    assert "protest" in forms
    assert "self_harm_threat" not in forms
