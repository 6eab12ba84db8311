"""The codebook: every code the spec lists, both languages, and refusals that name the field."""

from __future__ import annotations

from labourmap.codebook import get_codebook

SPEC_CODES = {
    "kind": {"collective_action", "workplace_accident", "call_for_help"},
    "forms": {"strike", "protest", "march", "road_blockade", "sit_in", "petition",
              "self_harm_threat", "other"},
    "industry": {"manufacturing", "construction", "transport_logistics", "services", "mining",
                 "education", "healthcare", "public_sector", "energy_utilities", "agriculture",
                 "other"},
    "demands": {"wage_arrears", "pay", "social_insurance", "severance", "relocation_closure",
                "injury_compensation", "hours_overtime", "working_conditions",
                "employment_relationship", "pension", "fines_management", "discrimination",
                "other"},
    "ownership": {"private", "state_owned", "foreign_invested", "government", "unknown"},
    "participants": {"1-9", "10-99", "100-999", "1000-9999", "10000+"},
    "responses": {"police", "detention", "violence", "government_intervention",
                  "union_intervention", "negotiation"},
    "accident_type": {"explosion_fire", "collapse", "fall", "mine", "traffic", "machinery",
                      "poisoning_disease", "other"},
    "excuses": {"not_member", "wrong_jurisdiction", "no_authority_refer_admin", "outside_scope",
                "bureaucratic_deflection", "already_in_legal_process", "weak_legal_case",
                "needs_verification"},
    "union_level": {"national", "provincial", "municipal", "district_county", "township_street",
                    "sectoral", "industrial", "enterprise", "service_station", "hotline"},
}


def test_every_code_of_the_spec_is_kept() -> None:
    cb = get_codebook()
    for field, codes in SPEC_CODES.items():
        assert codes <= cb.allowed(field), field


def test_every_code_has_an_english_and_a_chinese_label() -> None:
    cb = get_codebook()
    for field in cb.fields.values():
        assert field.label_en and field.label_zh
        for code in field.codes:
            assert code.en.strip() and code.zh.strip(), (field.name, code.code)
            assert any("\u4e00" <= ch <= "\u9fff" for ch in code.zh) or code.zh[0].isdigit()


def test_unknown_code_is_refused_naming_field_value_and_allowed_codes() -> None:
    problem = get_codebook().check("industry", "farming")
    assert problem is not None
    assert problem.field == "industry"
    assert "'farming'" in problem.message
    assert "agriculture" in problem.message and "construction" in problem.message
    assert get_codebook().check("industry", "agriculture") is None


def test_loaded_once() -> None:
    assert get_codebook() is get_codebook()
