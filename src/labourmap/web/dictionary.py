"""The data dictionary of downloads: every column, its type and meaning, its codes."""

from __future__ import annotations

from pydantic import BaseModel

from labourmap.codebook import get_codebook
from labourmap.incidents.records import COLUMNS, MULTI

#: column: (type, English, Chinese)
COLUMN_DOCS: dict[str, tuple[str, str, str]] = {
    "uid": ("text", "Stable identifier of the incident", "事件的固定编号"),
    "kind": ("code", "Kind of incident", "事件类型"),
    "status": ("code", "Always 'published' in public downloads", "公开数据中均为“已发布”"),
    "date": ("date", "Day the incident happened (YYYY-MM-DD, China time)",
             "事件发生日期（北京时间）"),
    "date_precision": ("code", "How precise the date is: day, week or month",
                       "日期精度：日、周或月"),
    "end_date": ("date", "Last day of the action, where known", "行动结束日期（如已知）"),
    "province": ("division code", "Province (GB/T 2260 six-digit code)",
                 "省级行政区划代码（GB/T 2260）"),
    "city": ("division code", "City (prefecture-level unit)", "地级行政区划代码"),
    "county": ("division code", "County-level unit", "县级行政区划代码"),
    "place": ("text", "Place below county level, as written", "县级以下地点（原文）"),
    "latitude": ("number", "Latitude (WGS 84)", "纬度（WGS 84）"),
    "longitude": ("number", "Longitude (WGS 84)", "经度（WGS 84）"),
    "geo_precision": ("code", "What the point stands for: point, county, city or province",
                      "坐标精度：地点、县、市或省"),
    "industry": ("code", "Industry", "行业"),
    "forms": ("codes", "Forms of collective action (several, joined by ';')",
              "集体行动形式（可多选，以“;”分隔）"),
    "demands": ("codes", "Demands and grievances (several, joined by ';')",
                "诉求（可多选，以“;”分隔）"),
    "ownership": ("code", "Ownership of the employer", "雇主所有制"),
    "participants": ("code", "Number of participants (a range)", "参与人数（区间）"),
    "responses": ("codes", "Responses of the state and others (several, joined by ';')",
                  "政府及其他方面的回应（可多选，以“;”分隔）"),
    "employer": ("text", "Employer, as written", "雇主（原文）"),
    "amount_yuan": ("number", "Sum owed or claimed, in yuan", "拖欠或索要金额（元）"),
    "killed": ("integer", "Workers killed (accidents)", "死亡人数（事故）"),
    "injured": ("integer", "Workers injured (accidents)", "受伤人数（事故）"),
    "accident_type": ("code", "Type of accident", "事故类型"),
    "outcome": ("code", "Outcome for the workers", "结果"),
    "title_en": ("text", "Title in English", "英文标题"),
    "title_zh": ("text", "Title in Chinese", "中文标题"),
    "description_en": ("text", "Description in English (phone and ID numbers masked)",
                       "英文描述（电话号码和身份证号已隐去）"),
    "description_zh": ("text", "Description in Chinese (phone and ID numbers masked)",
                       "中文描述（电话号码和身份证号已隐去）"),
}
CODED = {"kind", "status", "date_precision", "geo_precision", "industry", "ownership",
         "participants", "accident_type", "outcome", *MULTI}


class DictionaryCode(BaseModel):
    code: str
    en: str
    zh: str


class DictionaryColumn(BaseModel):
    name: str
    type: str
    en: str
    zh: str
    codes: list[DictionaryCode]


class DataDictionary(BaseModel):
    """The columns of the downloads, in file order, with the codes of coded columns."""

    columns: list[DictionaryColumn]


def data_dictionary() -> DataDictionary:
    cb = get_codebook()
    columns = []
    for name in COLUMNS:
        kind, en, zh = COLUMN_DOCS[name]
        codes = ([DictionaryCode(code=c.code, en=c.en, zh=c.zh) for c in cb[name].codes]
                 if name in CODED and name in cb.fields else [])
        columns.append(DictionaryColumn(name=name, type=kind, en=en, zh=zh, codes=codes))
    return DataDictionary(columns=columns)


def dictionary_rows() -> list[list[str]]:
    """The dictionary as table rows (header first) for CSV and XLSX."""
    rows = [["column", "type", "description", "说明", "codes"]]
    for col in data_dictionary().columns:
        codes = "; ".join(f"{c.code} = {c.en} / {c.zh}" for c in col.codes)
        rows.append([col.name, col.type, col.en, col.zh, codes])
    return rows
