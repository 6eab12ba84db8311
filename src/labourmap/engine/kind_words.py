"""Words the kind rules of :mod:`labourmap.engine.classify` weigh: stops that are an action only
when workers stop, stays that are one only over a grievance, and words of a serious accident."""

from __future__ import annotations

NEEDS_WORKERS = {"停工", "停运", "不干了", "停摆", "停止接单", "拒绝接单", "不开工", "不接单", "不下井",
                 "stopped working", "logged off", "没开工", "没有开工", "没上线", "没有上线", "不上线",
                 "全停了", "站着不动", "没去干活", "不去干活", "没下井", "没有下井", "都停了", "仍未复工",
                 "彻底停了", "一起停了", "全厂停了", "全厂都停了", "停了工", "不拉客", "不拉活", "不拉了",
                 "未上岗", "没上岗", "没有上岗", "不上岗", "停了线", "不送件", "不派件", "不载客", "未出车",
                 "未按时出车", "没按时出车", "拒绝加班", "一分钟都不加",
                 "都没扫街", "都没有扫街", "不扫街了", "拒绝扫街", "拒绝上线", "没接单", "没有接单"}
# words of staying or gathering that are an action only over a grievance: 驻守, 搭帐篷, 集会
NEEDS_GRIEVANCE = {"驻守", "轮班守", "轮流守", "搭帐篷", "搭起帐篷", "集会", "camping outside",
                   "camped out", "camping in", "大规模冲突", "群体冲突", "群体性冲突", "窗台边",
                   "一起跳下去", "就跳下去", "要跳下去", "门口聚了", "门前聚了", "聚了几十",
                   "聚了上百", "聚了一大", "仍未复工", "站到马路上",
                   "站到了马路上", "全在马路上", "都在马路上", "门口围了", "门前围了", "门外围了",
                   "crowds of workers", "crowd of workers", "sleeping on the", "sleeping in the",
                   "slept on the", "slept in the", "站到马路中间", "站到了马路中间", "站在马路中间",
                   "走到马路中间", "站到马路中央", "站到了马路中央", "站在马路中央", "躺满",
                   "围到", "围过来", "围了过来", "聚起来", "聚了起来"}
SERIOUS = {"失联", "遇难", "死亡", "身亡", "被困", "被埋", "救援", "搜救", "事故", "罹难", "丧生", "trapped", "dead", "killed",
           "died", "missing", "rescue*", "death toll", "accident", "没抢救过来", "没有抢救过来", "没救过来", "当场就不行了",
           "当场不行了", "lost his life", "lost her life", "lost their lives", "没能救过来", "没能抢救过来", "当场就没了",
           "当场没了", "没上来", "没能上来", "再也没上来", "堵在里面", "困在里面", "堵在里头", "困在里头"}
