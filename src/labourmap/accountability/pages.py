"""Public pages: the accountability report with charts, a union's and a region's scorecard.

Each renders the same service function's data the JSON route returns
(``accountability_report``, ``union_scorecard``, ``region_scorecard``). They show coded
results and unions' names only — never notes, contact persons or phone numbers (unless a
union's contact details are marked public).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from labourmap.accountability.api import CaseFilterDep
from labourmap.accountability.charts import Bar, bar_chart
from labourmap.accountability.report import LINES, accountability_report
from labourmap.accountability.schemas import AccountabilityReport, Scorecard
from labourmap.accountability.scorecards import region_scorecard, union_scorecard
from labourmap.codebook import get_codebook
from labourmap.web.deps import SessionDep
from labourmap.web.i18n import pick_lang

router = APIRouter(include_in_schema=False)

#: Every label the pages show, in English and Chinese.
LABELS: dict[str, tuple[str, str]] = {
    "title": ("Union accountability report", "工会问责报告"),
    "map": ("Accountability Map", "工会问责地图"),
    "cases": ("Cases investigated", "调查个案"),
    "contacts": ("Contacts", "联系次数"),
    "reached": ("Answered", "接通"),
    "aware": ("Aware of the incident before the call", "致电前已知情"),
    "unaware": ("Unaware", "不知情"),
    "no_response": ("No response on awareness", "未回应是否知情"),
    "involved": ("Involved", "有介入"),
    "uninvolved": ("Uninvolved", "未介入"),
    "involvement_unknown": ("Involvement unknown", "介入情况不详"),
    "took_up_after_alert": ("Took the case up after the alert", "提醒后接手"),
    "aware_not_involved": ("Knew but did not participate", "知情但未参与"),
    "aware_involved": ("Participated", "有参与"),
    "cases_base": ("of cases", "占个案"),
    "unaware cases_base": ("of unaware cases", "占不知情个案"),
    "aware cases_base": ("of aware cases", "占知情个案"),
    "awareness": ("Awareness", "知情情况"),
    "involvement": ("Involvement", "介入情况"),
    "after": ("After the alert; among aware cases", "提醒之后；知情个案中"),
    "excuses": ("Reasons given for not helping", "不提供帮助的理由"),
    "outcomes": ("Outcome for the worker", "工人诉求结果"),
    "filter": ("Show", "显示"), "from": ("From", "从"), "to": ("To", "至"),
    "province": ("Province code", "省级代码"),
    "union": ("Union", "工会"), "level": ("Level", "层级"), "place": ("Place", "地点"),
    "departments": ("Departments", "部门"), "case": ("Case", "个案"),
    "unions": ("Unions contacted", "联系过的工会"), "scorecard": ("Scorecard", "记分卡"),
    "incident": ("Incident", "事件"), "coded": ("Coded result", "编码结果"),
    "none": ("None", "无"), "lang": ("中文", "English"),
    "region": ("Accountability by region", "地区问责情况"),
    "note": ("Figures are coded from the calls monitors made to local unions, as China Labour "
             "Bulletin's Trade Union Reform and Accountability report codes them.",
             "数据来自监测员致电当地工会的记录，编码方法与中国劳工通讯《工会改革与问责报告》相同。"),
}


@cache
def templates() -> Jinja2Templates:
    return Jinja2Templates(directory=Path(__file__).resolve().parent / "templates")


def _lang(request: Request) -> str:
    return pick_lang(request)[0]


def _t(lang: str) -> dict[str, str]:
    i = 1 if lang == "zh" else 0
    return {k: v[i] for k, v in LABELS.items()}


def charts(report: AccountabilityReport, lang: str) -> list[Markup]:
    """The report's figures as four bar charts."""
    t = _t(lang)

    def bars(keys: tuple[str, ...]) -> list[Bar]:
        out = []
        for key in keys:
            share = getattr(report, key)
            base = next(b for k, _, b in LINES if k == key)
            out.append(Bar(t[key], share.pct, f"{share.n} · {share.pct:.1f}% "
                                               f"{t[base + '_base']}"))
        return out

    excuses = [Bar(e.label_zh if lang == "zh" else e.label_en, e.pct,
                   f"{e.n} · {e.pct:.1f}%") for e in report.excuses]
    return [bar_chart(bars(("aware", "unaware", "no_response")), title=t["awareness"]),
            bar_chart(bars(("involved", "uninvolved", "involvement_unknown")),
                      title=t["involvement"]),
            bar_chart(bars(("took_up_after_alert", "aware_not_involved", "aware_involved")),
                      title=t["after"]),
            bar_chart(excuses, title=t["excuses"])]


def _render(request: Request, name: str, lang: str, **context: Any) -> HTMLResponse:
    cb = get_codebook()
    context.update(t=_t(lang), lang=lang, lines=LINES, labels=cb.labels(lang),
                   other_lang="en" if lang == "zh" else "zh",
                   other_query=urlencode([(k, v) for k, v in request.query_params.multi_items()
                                          if k != "lang"]
                                         + [("lang", "en" if lang == "zh" else "zh")]))
    response: HTMLResponse = templates().TemplateResponse(request, name, context)
    return response


def _outcome_chart(card: Scorecard, lang: str) -> Markup:
    return bar_chart([Bar(o.label_zh if lang == "zh" else o.label_en, o.pct,
                          f"{o.n} · {o.pct:.1f}%") for o in card.outcomes],
                     title=_t(lang)["outcomes"])


def _scorecard_page(request: Request, name: str, card: Any) -> HTMLResponse:
    """A union's or a region's scorecard: its figures, their charts and the outcomes."""
    lang = _lang(request)
    return _render(request, name, lang, card=card, report=card.scorecard,
                   charts=[*charts(card.scorecard, lang), _outcome_chart(card.scorecard, lang)])


@router.get("/accountability/report", response_class=HTMLResponse)
def report_page(request: Request, session: SessionDep, flt: CaseFilterDep) -> HTMLResponse:
    lang = _lang(request)
    report = accountability_report(session, flt=flt)
    return _render(request, "acc_report.html", lang, report=report, flt=flt,
                   charts=charts(report, lang))


@router.get("/unions/{uid}", response_class=HTMLResponse)
def union_page(request: Request, session: SessionDep, uid: str, flt: CaseFilterDep
               ) -> HTMLResponse:
    return _scorecard_page(request, "acc_union.html", union_scorecard(session, uid=uid, flt=flt))


@router.get("/accountability/regions/{code}", response_class=HTMLResponse)
def region_page(request: Request, session: SessionDep, code: str, flt: CaseFilterDep
                ) -> HTMLResponse:
    return _scorecard_page(request, "acc_region.html",
                           region_scorecard(session, code=code, flt=flt))
