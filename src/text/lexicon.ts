/**
 * Every word the extractor knows, as data. Nothing else in `src/text/` holds a word list.
 *
 * Term syntax (compiled by `terms.ts`): Chinese terms are literal; `…` stands for a gap of
 * up to six characters within a clause ("到达…现场" matches 到达用户现场). English terms
 * match whole words, case-insensitively; a space matches any run of spaces and a trailing
 * `*` any word ending ("respond*" matches responds, responded).
 */

import type { Event } from '../schema/primitives.ts';

/** What a commitment promises. The glossary's names; `hotline` is a coverage promise (7×24). */
export const KINDS = [
  'response', 'remote', 'onsite', 'diagnosis', 'restore', 'resolution', 'loaner', 'downtime', 'spare-parts', 'no-recurrence',
  'warranty', 'defect-liability', 'training', 'return-visit', 'first-visit', 'retention', 'certificate',
  'inspection', 'maintenance', 'hotline', 'meeting',
] as const;
export type KnownKind = (typeof KINDS)[number];

export interface TermSet {
  zh?: readonly string[];
  en?: readonly string[];
}

export interface TargetTerms extends TermSet {
  /** Words one of which must also appear in the sentence or its context (a 保修卡 for 发出). */
  needs?: TermSet;
}

/** Words naming a target, per kind. */
export const TARGET_TERMS: Readonly<Partial<Record<KnownKind, TargetTerms>>> = {
  response: {
    zh: ['响应', '反应', '答复', '回复', '回应', '接听', '受理', '回电', '回拨'],
    en: ['respond*', 'response*', 'acknowledg*', 'answer*', 'reply', 'replies', 'replied', 'call back', 'call-back'],
  },
  remote: {
    zh: ['远程诊断', '远程支持', '远程指导', '远程协助', '远程处理', '远程服务', '电话指导', '电话支持', '电话诊断', '电话解答'],
    en: ['remote*', 'remote diagnos*', 'telephone diagnos*', 'by telephone', 'by phone', 'telephone support', 'phone support'],
  },
  onsite: {
    zh: [
      '到达现场', '到达…现场', '到现场', '到…现场', '赶到现场', '赶到', '赶赴…现场', '赶赴', '赶往…现场', '赶往', '抵达…现场', '抵达',
      '到场', '到位', '上门', '派员', '派人', '派出…人员', '派…工程师', '现场服务', '现场支持', '到达',
    ],
    en: ['on site', 'on-site', 'onsite', 'attend*', 'arriv*', 'receive an engineer', 'receives an engineer', 'send an engineer', 'sends an engineer', 'send a technician', 'sends a technician', 'at the site', 'at site', 'to site', 'to the site', 'dispatch*', 'on the premises'],
  },
  // Finding the cause and proposing the repair (查明原因并提交处理方案), between arrival and the fix.
  diagnosis: {
    zh: [
      '查明原因', '查明故障原因', '查明故障', '找出故障原因', '确定故障原因', '故障诊断', '诊断', '确诊', '故障定位', '定位故障', '判明故障',
      '提交故障处理方案', '提交处理方案', '提出处理方案', '给出处理方案', '提交维修方案', '提出维修方案',
    ],
    en: ['diagnos*', 'isolat*', 'find the cause', 'finds the cause', 'found the cause', 'identify the cause', 'identifies the cause', 'identified the cause', 'root cause*', 'fault isolation', 'pinpoint*'],
  },
  restore: {
    zh: ['恢复', '临时恢复', '恢复运行', '恢复正常', '恢复使用', '恢复服务'],
    en: ['restor*', 'workaround', 'back in service', 'back in operation'],
  },
  resolution: {
    zh: [
      '修复', '排除故障', '故障排除', '排除', '解决', '处理完毕', '处理完成', '完成处理', '完成维修', '维修完毕', '维修完成', '修好',
      '修理完毕', '处理好',
    ],
    en: ['fix', 'fixed', 'fixes', 'resolv*', 'resolution', 'repair', 'repaired', 'repairs', 'rectif*', 'cleared'],
  },
  loaner: {
    zh: ['备机', '备用机', '备用设备', '备用…机', '代用件', '代用设备', '替代设备', '替换设备', '周转设备', '同档次…设备', '同档次', '同型号…设备'],
    en: [
      'loan*', 'replacement unit*', 'replacement equipment', 'replacement device*', 'substitute*', 'standby unit*', 'spare unit*',
      'equal-grade loan*', 'equal-grade replacement*', 'equivalent replacement*', 'like-for-like replacement*',
    ],
  },
  downtime: {
    zh: ['停机', '停机时间', '停运', '宕机', '中断服务', '系统中断'],
    en: ['downtime', 'outage*', 'out of service'],
  },
  'spare-parts': {
    zh: ['备品备件', '备件', '零配件', '配件'],
    en: ['spare part*', 'spares'],
  },
  'no-recurrence': {
    zh: ['不再复发', '复发', '不再发生', '不重复发生', '不再出现', '不再次发生', '不得再次出现', '重复出现', '重复发生', '再次出现', '再次发生'],
    en: ['recurrence', 'recur*'],
  },
  warranty: {
    zh: [
      '质保期', '质保', '保修期', '保修期限', '保修', '免费保修', '免费保修期', '保修服务', '免费质保', '质量保证期', '保质期',
      '维保期', '免费维保', '免费维护期', '保修年限', '质保年限',
    ],
    en: ['warrant*', 'guarantee*', 'free maintenance period'],
  },
  'defect-liability': {
    zh: ['缺陷责任期'],
    en: ['defects liability*', 'defect liability*'],
  },
  training: {
    zh: ['培训', '授课'],
    en: ['training', 'trained', 'course*'],
  },
  'return-visit': {
    zh: ['回访', '走访'],
    en: ['return visit*', 'follow-up visit*', 'visit*'],
  },
  'first-visit': {
    zh: ['首次回访', '第一次回访', '首次', '第一次'],
    en: ['first visit', 'first return visit', 'first follow-up visit', 'first'],
    needs: { zh: ['回访', '走访'], en: ['visit*'] },
  },
  retention: {
    zh: ['保存', '存档', '保管', '留存', '归档', '保留'],
    en: ['kept', 'keep', 'retain*', 'retention', 'stored', 'archived'],
  },
  certificate: {
    zh: ['发出', '递交', '交付', '提交', '发放', '送达', '签发', '出具', '交给', '移交'],
    en: ['issue*', 'deliver*', 'hand over', 'handed over', 'hand the client', 'hand the owner', 'submit*'],
    needs: {
      zh: ['保修书', '保修卡', '保修证书', '质量保修书', '质保书', '维修卡'],
      en: ['warranty certificate*', 'warranty card*', 'certificate of warranty'],
    },
  },
  inspection: {
    zh: ['巡检', '巡查', '巡视', '例行检查', '年检'],
    en: ['inspect*'],
  },
  maintenance: {
    zh: ['保养', '检修', '维护保养', '例行保养'],
    en: ['preventive maintenance', 'servicing'],
  },
};

/**
 * Words that contain a target word but name something else (a 保修卡 is no warranty
 * period, a 响应中心 no response time, 保修期内 a condition, 录像保存 how long a camera's
 * footage is kept and a battery's 支持时间 how long it lasts, not a service record or a
 * maintenance interval; 本模块 a module's share of a course, not the course's hours). Matched
 * and discarded.
 */
export const TARGET_BLOCKERS: TermSet = {
  zh: [
    '响应模式', '响应中心', '响应方式', '响应机制', '完全响应', '响应招标', '响应文件', '保修卡', '保修书', '保修证书', '质量保修书',
    '保修范围', '保修责任', '保修义务', '保修记录', '保修期满', '保修期外', '保修期内', '质保期满', '质保期外', '质保期内', '保质期内',
    '保质期外', '维保期内', '保修部门', '保修工作', '保修原则', '保修通知', '保修的原则', '回访维修卡', '回访报告', '回访卡', '回访表',
    '回访记录', '回访计划', '解决方案', '修复方案', '培训计划', '培训手册', '培训教材', '培训地点', '培训对象', '维修通知', '维修任务书',
    '维修登记单', '反应堆', '到位率', '保修起始', '保修开始', '质保起始', '录像保存', '录像保留', '录像资料保存', '日志保存', '日志留存',
    '支持时间', '后备时间', '续航时间', '备电时间', '本模块', '该模块', '模块课时',
  ],
  en: [
    'in response to', 'warranty card*', 'warranty certificate*', 'within the warranty', 'during the warranty', 'in warranty',
    'out of warranty', 'after the warranty', 'outside the warranty', 'warranty expir*', 'repair request*', 'repair order*',
    'repair register', 'repair record*', 'repair call*', 'repair notice*', 'training plan', 'visit report*', 'visit card*',
    'this module', 'recordings kept', 'recordings are kept', 'recordings retained', 'footage kept', 'logs kept', 'logs are kept', 'logs retained',
  ],
};

/** Words that turn a target into a condition ("若4小时内未能修复，则提供备机"). */
export const NEGATIONS: TermSet = {
  zh: ['未', '未能', '无法', '不能', '没有', '没能', '仍未'],
  en: ['not', 'cannot', "can't", 'unable to', 'fail*'],
};

/** How a value binds: at most (内, within), at least (不少于), or exactly (质保期两年). */
export type Bound = 'max' | 'min' | 'exact';

/** Default bound of a bare number ("响应时间：30分钟" is at most 30 minutes; "质保期两年" is exactly two years). */
export const DEFAULT_BOUND: Readonly<Record<KnownKind, Bound>> = {
  response: 'max', remote: 'max', onsite: 'max', diagnosis: 'max', restore: 'max', resolution: 'max', loaner: 'max', downtime: 'max',
  'spare-parts': 'max', 'no-recurrence': 'min', warranty: 'exact', 'defect-liability': 'exact', training: 'exact',
  'return-visit': 'exact', 'first-visit': 'max', retention: 'exact', certificate: 'max', inspection: 'exact', maintenance: 'exact',
  hotline: 'exact', meeting: 'exact',
};

/** Kinds where "within N" promises that something holds at least N ("3个月内同一故障不再发生"). */
export const WITHIN_MEANS_AT_LEAST: ReadonlySet<string> = new Set(['no-recurrence']);

/** Bound words, right before the number or right after it. */
export const BOUNDS = {
  maxBefore: {
    zh: ['不超过', '不超出', '不大于', '不多于', '不迟于', '不晚于', '最迟', '最晚', '最长', '最多', '至多', '少于', '小于', '≤', '≦', '<=', '<'],
    en: [
      'within', 'no later than', 'not later than', 'at most', 'at the latest', 'up to', 'no more than', 'not more than',
      'not exceeding', 'not to exceed', 'a maximum of', 'maximum of', 'max.', 'max', 'less than', 'under', 'inside', '≤', '<=', '<',
    ],
  },
  minBefore: {
    zh: ['不少于', '不少', '不低于', '不短于', '不小于', '至少', '最少', '最短', '最低', '大于', '多于', '超过', '≥', '≧', '>=', '>'],
    en: [
      'at least', 'no less than', 'not less than', 'no fewer than', 'not fewer than', 'a minimum of', 'minimum of', 'min.',
      'no shorter than', 'not shorter than', 'more than', 'over', '≥', '>=', '>',
    ],
  },
  maxAfter: { zh: ['以内', '之内', '内', '以下'], en: ['or less', 'or sooner', 'at most', 'at the latest', 'maximum', 'max'] },
  minAfter: { zh: ['及以上', '或以上', '以上', '以上的'], en: ['or more', 'or longer', 'minimum', 'at least', 'and above'] },
} as const satisfies Record<string, TermSet>;

/** Words that may stand between a target written first and its number: 响应时间：30分钟, 质保期为两年. */
export const LINKERS: TermSet = {
  zh: [
    '时间', '时限', '期限', '周期', '时长', '期', '为', '是', '应', '须', '必须', '将', '要求', '在', '于', '按', '均', '需', '达到', '控制在',
    '一般', '通常', '承诺', '保证', '不超过', '不少于', '不低于', '至少', '最迟', '最长', '约', '大约', '为期', '共', '总计', '合计',
  ],
};

/** Words marking an estimate. */
export const APPROX = {
  before: { zh: ['大约', '大概', '大致', '约为', '约'], en: ['about', 'approximately', 'approx.', 'around', 'roughly', 'some'] },
  after: { zh: ['左右', '上下'], en: ['or so'] },
} as const satisfies Record<string, TermSet>;

/**
 * Words that make a number a fact about the company rather than a promise ("具有10年以上
 * 经验", "成立20年"); a number with one of these in its clause is not read.
 */
export const NOT_A_COMMITMENT: TermSet = {
  zh: ['经验', '从业', '工龄', '成立', '历史', '年龄', '业绩', '使用年限', '设计年限', '寿命', '已有', '持续经营'],
  en: ['experience', 'established', 'founded', 'history', 'aged', 'service life', 'design life', 'track record'],
};

/**
 * Effort, not a deadline: how long a task takes (a maintenance schedule's 工时 column, "work
 * time 2 hours"). A number under such a word, in its clause or its table column, is not read.
 */
export const EFFORT_WORDS: TermSet = {
  zh: ['工时', '工日', '人时', '人日', '耗时', '作业时长'],
  en: ['work time', 'labour', 'labor', 'man-hours', 'person-hours', 'effort'],
};

/**
 * Procedures whose times the reader does not check as service times: a complaint is closed
 * within 7 days (每件投诉自受理起7天内办结并答复) — its 受理/答复 are no fault response; a
 * service line hands over after 2 hours (escalate after) — no response time either. (升级 is
 * also a version upgrade: it is read only in a column header, below.)
 */
export const UNCHECKED_PROCEDURES: TermSet = {
  zh: ['投诉'],
  en: ['complaint*', 'escalat*'],
};
/** Column headers over times that are no deadline of service: a task's effort, when a service line hands over. */
export const NOT_A_DEADLINE_COLUMN: TermSet = {
  zh: [...EFFORT_WORDS.zh!, '升级'],
  en: [...EFFORT_WORDS.en!, 'escalat*'],
};

/**
 * Penalty and billing steps ("每逾期1小时扣款500元", "超出部分按200元/小时计费", "late
 * attendance will be noted on the contractor's record"): a number with one of these words in
 * its clause, and no target word between them, is a price or a sanction, not a commitment.
 * ("free of charge" is no billing: only "charged at/for" are listed.)
 */
export const PENALTY_WORDS: TermSet = {
  zh: ['逾期', '扣款', '扣除', '扣减', '扣罚', '处罚', '罚款', '罚金', '违约金', '计费', '加收', '扣分', '考核扣分', '超出部分', '超时部分', '加班费', '按…收费', '另行收费'],
  en: [
    'penalt*', 'liquidated damages', 'deduct*', 'billed', 'billing', 'billable', 'charged at', 'charged for', 'chargeable', 'overtime', 'surcharge*',
    "contractor's record", 'noted on the record', 'service credit*', 'fined', 'invoiced',
  ],
};

/**
 * A clause stating a condition for what follows ("修复超过24小时的，按每小时100元扣减服务费", "if
 * attendance exceeds 2 hours, a deduction …"): Chinese clauses ending in these, English ones
 * opening with these. A penalty in the next clause makes its number a penalty threshold.
 */
export const CONDITION_CLAUSE = { zhEnd: ['的', '时', '者'], enStart: ['if', 'where', 'should', 'when', 'in case'] } as const;

/** "next business day", "by the end of the following working day", 下一个工作日: one working day. */
export const NEXT_WORKDAY: TermSet = {
  zh: ['下一个工作日', '下一工作日', '次一工作日', '次个工作日', '下个工作日', '次工作日'],
  en: ['next business day', 'next working day', 'following business day', 'following working day', 'next workday', 'next-business-day', 'next-working-day'],
};

/**
 * Traditional characters read as their Simplified forms (one character for one, so offsets
 * stay): "於小時內到達現場" is the blank "于小时内到达现场", "質保期××個月" a blank warranty.
 * Only characters of the words the extractor reads; pairs as "繁简".
 */
export const TRADITIONAL = [
  '時时', '個个', '內内', '於于', '達达', '現现', '場场', '質质', '應应', '響响', '維维', '護护', '復复', '務务', '費费', '電电', '話话',
  '處处', '級级', '緊紧', '備备', '機机', '設设', '線线', '纜缆', '區区', '縣县', '鐘钟', '週周', '為为', '與与', '換换', '後后', '間间',
  '門门', '斷断', '問问', '題题', '訪访', '訓训', '練练', '證证', '書书', '單单', '錄录', '報报', '過过', '長长', '們们', '將将', '對对',
  '項项', '當当', '業业', '統统', '軟软', '體体', '網网', '戶户', '約约', '簽签', '華华', '東东', '餘余', '傳传', '輸输', '貨货', '並并',
  '確确', '認认', '數数', '據据', '點点', '節节', '會会', '議议', '檢检', '測测', '試试', '養养', '責责', '無无', '續续', '號号', '熱热',
  '辦办', '雙双', '貳贰', '參叁', '陸陆', '萬万', '兩两', '實实', '際际', '發发', '產产', '類类', '較较', '嚴严', '準准', '廠厂', '齊齐',
  '諾诺', '嚴严', '壞坏', '換换', '讓让', '進进', '遲迟', '屆届', '滿满', '歲岁', '則则', '須须', '調调', '夠够', '戶户',
  '啟启', '動动', '態态', '狀状', '況况', '專专', '屬属', '組组', '織织', '員员', '輛辆', '車车', '庫库', '記记', '錄录', '檔档',
  '樣样', '簡简', '稱称', '總总', '計计', '閱阅', '內内', '隊队', '熱热', '線线', '聯联', '繫系', '係系', '響响',
] as const;

/**
 * Who does something, not what it is about: a clause opening with these words (us, our
 * staff) has no subject of its own and continues the one before ("设备故障需返厂的，我司在
 * 48小时内提供备机").
 */
export const PRONOUNS: TermSet = {
  zh: [
    '我司', '我方', '我公司', '我单位', '本公司', '乙方', '投标人', '其中', '均', '并', '且', '则', '应', '须', '需', '将', '维保人员',
    '维修人员', '服务人员', '技术人员', '工程师', '值班工程师', '项目经理', '专人', '维护人员', '维护工程师', '维保工程师', '运维人员',
    '接报后', '接报', '接到报修后', '接到报修', '报修后', '接到通知后', '接到电话后', '接到用户报修后', '收到报修后', '中标人', '承包人',
    '供应商', '卖方', '中标后',
  ],
  en: ['we', 'it', 'they', 'and', 'then', 'will', 'shall', 'engineer*', 'technician*', 'staff', 'our', 'a', 'an', 'the'],
};

/** Where a sentence quotes the tender rather than promising (a 偏离表's 招标文件要求 column). */
export const REQUIREMENT_MARKERS: TermSet = {
  zh: ['招标文件要求', '招标文件规定', '招标要求', '采购需求', '采购文件要求', '采购要求', '招标人要求', '采购人要求', '招标条款', '技术要求'],
  en: ['tender requires', 'tender requirement*', 'required by the tender', 'the tender asks', 'requirement*', 'the client requires'],
};
/** Where a sentence turns back to our promise after quoting a requirement. */
export const COMMITMENT_MARKERS: TermSet = {
  zh: ['我方', '我公司', '我单位', '本公司', '我司', '投标人承诺', '承诺', '应答', '投标响应'],
  en: ['we', 'our', 'offer*', 'commit*', 'response'],
};

// ── Coverage (7×24) ──────────────────────────────────────────────────────────────────
/** Words after "24小时" (or "24小时有人") that make it round-the-clock coverage (7×24), not a time limit. */
export const ROUND_THE_CLOCK: TermSet = {
  zh: ['热线', '服务热线', '值班', '在线', '开机', '待命', '不间断', '全天候', '服务', '畅通', '响应服务', '响应模式', '值守'],
  en: ['hotline', 'helpdesk', 'help desk', 'service desk', 'support line', 'duty', 'on call', 'on-call', 'service', 'support'],
};

/** Words that may stand between "24小时" and a round-the-clock word (24小时有人值守). */
export const ROUND_THE_CLOCK_LEAD: TermSet = { zh: ['有人', '均有人', '专人', '安排专人', '均'] };
/** "每天24小时", "全天24小时": 7×24 in other words (also "24 hours a day", "round the clock"). */
export const EVERY_DAY: TermSet = { zh: ['全天', '每天', '每日', '全日'] };

// ── Grammar around numbers ───────────────────────────────────────────────────────────
/** Range words between two numbers: 2至4小时, 2到4, 2～4, 5月至次年4月. */
export const RANGE_WORDS: TermSet = { zh: ['至', '到'], en: ['to', 'through', 'until', 'till'] };
/** "次年4月": the following year, in a month range. */
export const NEXT_YEAR: TermSet = { zh: ['次年', '翌年', '来年', '第二年'], en: ['the following'] };
/** Parts of the day before a clock time (下午5:30 is 17:30). */
export const DAY_PARTS = { am: ['上午', '早上', '凌晨'], pm: ['下午', '晚上'] } as const;
/** Characters right before a number that make it no duration: 第二年 (ordinal), 每年 (a period), 近三年, 前3个月. */
export const NOT_A_DURATION_BEFORE = ['第', '每', '近', '前'] as const;
/** Characters right after a unit that make it something else: 2023年度, 3周年, 周一, 5日起. */
export const NOT_A_UNIT_AFTER: Readonly<Record<string, string>> = {
  年: '度级龄份底初末中代',
  周: '一二三四五六日天末岁年',
  星期: '一二三四五六日天末岁年',
  日: '起止期常',
};
/** English words after which "a"/"an" is the number one ("within an hour", not "once a year"). */
export const ARTICLE_AS_ONE_AFTER: TermSet = {
  en: ['within', 'in', 'of', 'for', 'than', 'to', 'least', 'most', 'after', 'by', 'about', 'approximately', 'around', 'under', 'over'],
};
/** Words before an empty unit that show a number is missing: 于小时内, 质保期为年, 不超过小时. */
export const BLANK_SLOTS: TermSet = { zh: ['于', '在', '为', '是', ':', '不超过', '不少于', '不低于', '最迟', '至少'] };
/**
 * English conditions written after the number ("within 1 hour in working hours and within 2
 * hours at other times"): the words that may stand between the number and the condition, and
 * between two conditions ("within 15 minutes for critical faults in the city").
 */
export const POSTMODIFIER_GAP = {
  first: { en: ['in', 'at', 'during', 'on', 'for', 'outside', 'over', 'the', 'a', 'of', 'or less', 'or sooner', 'at the latest', 'at most'] },
  between: {
    en: [
      'in', 'at', 'during', 'on', 'for', 'outside', 'over', 'the', 'a', 'and', 'or', 'of', 'faults', 'fault', 'incidents', 'incident', 'issues',
      'calls', 'sites', 'site', 'projects', 'areas', 'locations',
    ],
  },
} as const satisfies Record<string, TermSet>;
/** Words ending in a full stop that end no sentence ("approx. 2 hours", "max. 4 h", "No. 3"). */
export const ABBREVIATIONS: readonly string[] = ['approx', 'max', 'min', 'e.g', 'i.e', 'etc', 'no', 'nos', 'art', 'cl', 'para', 'sec', 'vs', 'mr', 'ms', 'dr'];

// ── Frequencies ──────────────────────────────────────────────────────────────────────
export type Per = 'week' | 'month' | 'quarter' | 'year';
/** Periods after 每 (每年, 每季度, 每月 …) and their length. */
export const ZH_PERIODS: Readonly<Record<string, { per: Per; times: number }>> = {
  年: { per: 'year', times: 1 }, 年度: { per: 'year', times: 1 }, 半年: { per: 'year', times: 0.5 },
  季度: { per: 'quarter', times: 1 }, 季: { per: 'quarter', times: 1 }, 个季度: { per: 'quarter', times: 1 },
  月: { per: 'month', times: 1 }, 个月: { per: 'month', times: 1 }, 月度: { per: 'month', times: 1 },
  半月: { per: 'month', times: 0.5 }, 半个月: { per: 'month', times: 0.5 },
  周: { per: 'week', times: 1 }, 星期: { per: 'week', times: 1 }, 个星期: { per: 'week', times: 1 },
};
export const EN_PERIODS: Readonly<Record<string, { per: Per; times: number }>> = {
  year: { per: 'year', times: 1 }, years: { per: 'year', times: 1 }, annum: { per: 'year', times: 1 },
  'half-year': { per: 'year', times: 0.5 }, quarter: { per: 'quarter', times: 1 }, quarters: { per: 'quarter', times: 1 },
  month: { per: 'month', times: 1 }, months: { per: 'month', times: 1 }, week: { per: 'week', times: 1 }, weeks: { per: 'week', times: 1 },
};
/** Words that may stand between a period and its count: 一年进行两次, 每年组织一次. */
export const FREQUENCY_FILLERS: TermSet = { zh: ['进行', '开展', '组织', '要', '应', '须', '例行', '定期'] };
/** Maintenance levels named by their period, at the start of an item: "- 年度保养：…". */
export const LEVEL_PERIODS: readonly string[] = ['年度', '季度', '月度'];
/** One-word frequencies: "quarterly inspection", "twice-yearly visits". */
export const EN_FREQUENCY_ADVERBS: Readonly<Record<string, { count: number; per: Per }>> = {
  annually: { count: 1, per: 'year' }, yearly: { count: 1, per: 'year' }, annual: { count: 1, per: 'year' },
  quarterly: { count: 1, per: 'quarter' }, monthly: { count: 1, per: 'month' }, weekly: { count: 1, per: 'week' },
  biannually: { count: 2, per: 'year' }, 'semi-annually': { count: 2, per: 'year' }, 'semi-annual': { count: 2, per: 'year' },
  'twice-yearly': { count: 2, per: 'year' }, 'half-yearly': { count: 2, per: 'year' },
};
export const EN_TIMES: Readonly<Record<string, number>> = { once: 1, twice: 2, thrice: 3 };
/**
 * Which kind a frequency belongs to, by the verb in its clause, and which activity it counts:
 * a monthly 检查 and a quarterly 联动测试 are two activities, not two frequencies of one.
 */
export const FREQUENCY_KINDS: readonly { kind: KnownKind; activity: string; terms: TermSet }[] = [
  { kind: 'return-visit', activity: 'visit', terms: { zh: ['回访', '走访', '上门'], en: ['visit*', 'call on'] } },
  {
    kind: 'meeting',
    activity: 'meeting',
    terms: {
      zh: ['拜访', '沟通', '例会', '见面', '会面', '面谈', '交流', '协调会', '碰头会', '座谈', '会议', '当面'],
      en: ['meet', 'meets', 'meeting*'],
    },
  },
  { kind: 'inspection', activity: 'report', terms: { zh: ['检测报告', '检验报告', '测试报告', '评估报告', '分析报告'], en: ['report*'] } },
  { kind: 'inspection', activity: 'patrol', terms: { zh: ['巡检', '巡查', '巡视'], en: ['inspect*'] } },
  { kind: 'inspection', activity: 'check', terms: { zh: ['检查'], en: ['check*'] } },
  { kind: 'inspection', activity: 'test', terms: { zh: ['检测', '测试', '年检', '检验'], en: ['test*'] } },
  {
    kind: 'maintenance',
    activity: 'maintenance',
    terms: { zh: ['保养', '检修', '维护', '维保'], en: ['maintenance', 'servicing', 'service visit*', 'service', 'services'] },
  },
];
/**
 * Activities counted per period that are no commitment the extractor reads (drills, backups,
 * upgrades): a frequency counting one of them is not attributed to a heading's kind.
 */
export const UNREAD_ACTIVITIES: TermSet = {
  zh: ['演练', '应急演练', '备份', '全量备份', '增量备份', '版本升级', '升级', '培训'],
  en: ['drill*', 'backup*', 'back up', 'upgrade*', 'training'],
};
/**
 * Service on a fault, timed from an event: the kinds that severity, zone, working hours,
 * customer class, region and fault type are conditions of, and that may be measured from
 * another event than the report (到场后48小时内修复). Other kinds (warranty, training, visits)
 * take those conditions only from their own clause: "一级故障30分钟内响应，质保期2年" gives
 * the warranty no severity.
 */
export const SERVICE_KINDS: ReadonlySet<string> = new Set([
  'response', 'remote', 'onsite', 'diagnosis', 'restore', 'resolution', 'loaner', 'downtime', 'spare-parts',
]);

// ── Start events ─────────────────────────────────────────────────────────────────────
/**
 * What a time limit is counted from. `report` (接到报修) is the default and is not written
 * on a finding; the others are read from "到场后…", "备件到货后…", "within 45 minutes of
 * arrival", and never make the event itself the target (到场后48小时内修复 is no on-site time).
 */
/** The events a time may be counted from: the model's own list (schema/primitives.ts). */
export type StartEvent = Event;
export const EVENT_TERMS: Readonly<Record<StartEvent, TermSet>> = {
  report: {
    zh: ['接到报修', '接到用户报修', '接到故障报修', '接到故障通知', '接到通知', '接到电话', '接报', '报修', '报障', '故障申报', '用户报障'],
    en: ['report*', 'notification', 'the call', 'call', 'logging', 'being notified', 'being called'],
  },
  response: { zh: ['响应', '接单', '受理'], en: ['response', 'acknowledg*'] },
  onsite: {
    zh: ['到场', '到达现场', '到达…现场', '抵达现场', '抵达…现场', '到达', '抵达', '上门', '进场'],
    en: ['arrival', 'arrival on site', 'arriving', 'arriving on site', 'attendance', 'attending', 'attending site', 'being on site', 'reaching site', 'reaching the site'],
  },
  diagnosis: { zh: ['查明原因', '查明故障原因', '故障诊断', '诊断', '确诊', '故障定位'], en: ['diagnosis', 'fault isolation', 'isolation'] },
  'parts-arrival': {
    zh: ['备件到货', '备件到达', '备件到位', '配件到货', '配件到达', '配件到位', '备品备件到货', '备品备件到位', '到货', '货到'],
    en: [
      'parts arrival', 'arrival of parts', 'arrival of the parts', 'arrival of spare parts', 'parts arriving', 'receipt of parts', 'receipt of the parts',
      'receipt of spare parts', 'delivery of parts', 'delivery of the parts', 'part is received', 'parts are received', 'part arrives', 'parts arrive',
      'part is delivered', 'parts are delivered', 'receiving the part', 'receiving the parts', 'spare parts arriving', 'the spare parts arriving',
    ],
  },
  acceptance: { zh: ['验收合格', '竣工验收合格', '竣工验收', '验收'], en: ['acceptance', 'completion acceptance', 'handover', 'hand-over'] },
};
/** Words joining a diagnosis to a fix promised in the same breath ("查明原因并处理完毕", "diagnose and repair"): the time is the fix's. */
export const DIAGNOSIS_FIX_JOINERS: TermSet = { zh: ['并且', '并', '且', '及', '和', '、'], en: ['and', '&'] };
/** Words joining the event to the time counted from it: Chinese after the event (到场后), English before it (within 45 minutes of arrival). */
export const EVENT_LINKS = {
  zhAfter: ['后', '之后', '以后', '起', '开始'],
  enBefore: ['of', 'after', 'from', 'following', 'upon', 'on', 'once'],
  /** Words between the English link and the event ("of the engineer's arrival"). */
  enFiller: ['the', 'our', 'an', 'a', "engineer's", "technician's", 'engineer', 'technician', 'their', 'his', 'her', 'its'],
} as const;

/** Kinds about the client, not about a part of the works: they take no asset class or subject. */
export const CLIENT_KINDS: ReadonlySet<string> = new Set(['return-visit', 'first-visit', 'meeting']);
/**
 * Kinds whose different values are different things, not contradictions: maintenance levels
 * are named by their frequency (monthly, quarterly, annual), and coverage (5×8 desk, 7×24
 * mobile) is a plan of several lines.
 */
export const NEVER_CONFLICT: ReadonlySet<string> = new Set(['maintenance', 'hotline']);

// ── Qualifiers ───────────────────────────────────────────────────────────────────────
/** Severity tiers, most urgent first; an organisation's levels map onto them by name, else by rank (prose/bridge.ts). */
export type SeverityWord = 'critical' | 'major' | 'minor' | 'low';
export type ZoneWord = 'city' | 'county' | 'province' | 'out-of-province';
export type WindowWord = 'working-hours' | 'off-hours';

export const SEVERITY_TERMS: Readonly<Record<SeverityWord, TermSet>> = {
  critical: {
    zh: [
      'I级', 'Ⅰ级', '1级', '一级', 'P1', '紧急故障', '紧急情况', '紧急事件', '紧急事故', '紧急抢修', '紧急', '重大故障', '重大事故',
      '严重故障', '特急', '一类故障', 'A类故障', '特别重大', '困人', '系统瘫痪', '全面瘫痪',
    ],
    en: ['critical', 'urgent', 'emergenc*', 'priority request*', 'priority call*', 'priority fault*', 'priority incident*', 'severity 1', 'priority 1', 'P1', 'S1', 'level 1', 'sev 1', 'class A', 'level I', 'severity I', 'priority I'],
  },
  major: {
    zh: ['II级', 'Ⅱ级', '2级', '二级', 'P2', '较大故障', '较大', '重要故障', '较重', '较严重', '二类故障', 'B类故障'],
    en: ['major', 'severity 2', 'priority 2', 'P2', 'S2', 'level 2', 'sev 2', 'high priority', 'class B', 'level II', 'severity II', 'priority II'],
  },
  minor: {
    zh: [
      'III级', 'Ⅲ级', '3级', '三级', 'P3', '一般故障', '一般问题', '一般性故障', '一般性问题',
      '一般事件', '一般事故', '轻微故障', '轻微', '三类故障', 'C类故障',
    ],
    en: [
      'minor', 'routine request*', 'routine call*', 'routine fault*', 'routine incident*', 'routine repair*', 'non-urgent', 'severity 3', 'priority 3', 'P3', 'S3', 'level 3', 'general fault*',
      'general issue*', 'general incident*', 'general problem*', 'general failure*', 'normal fault*', 'class C', 'level III',
      'severity III', 'priority III', '(general)', 'general level', 'general priority',
    ],
  },
  // A fourth level where an organisation has one (四级（低）, S4); with three levels it names none.
  low: {
    zh: ['IV级', 'Ⅳ级', '4级', '四级', 'P4', '四类故障', 'D类故障'],
    en: ['severity 4', 'priority 4', 'P4', 'S4', 'level 4', 'low priority', 'level IV', 'severity IV', 'priority IV', 'class D', 'sev 4'],
  },
};
/** Words that contain a severity word but are none ("二级建造师" is a qualification). */
export const SEVERITY_BLOCKERS: TermSet = {
  zh: ['一级建造师', '二级建造师', '一级资质', '二级资质', '三级资质', '一级医院', '二级医院', '三级医院', '一级保养', '二级保养', '三级保养', '一级目录'],
  en: ['level 1 heading'],
};

export const ZONE_TERMS: Readonly<Record<ZoneWord, TermSet>> = {
  city: {
    zh: ['市内', '市区', '城区', '主城区', '本市', '市中心', '市区内'],
    en: ['city', 'urban', 'downtown', 'city centre', 'city center', 'in town'],
  },
  county: {
    zh: ['郊区', '郊县', '县城', '县级', '县区', '乡镇', '农村', '远郊', '市郊', '各县'],
    en: ['suburb*', 'county', 'counties', 'rural', 'outlying'],
  },
  province: {
    zh: ['省内', '省内其他地市', '省内其它地市', '其他地市', '其它地市', '外地市', '省内各地市'],
    en: ['elsewhere in the province', 'within the province', 'in the province', 'other cities in the province', 'rest of the province', 'provincial'],
  },
  'out-of-province': {
    zh: ['省外', '跨省', '外省'],
    en: ['out of province', 'out-of-province', 'outside the province', 'other provinces'],
  },
};

export const WINDOW_TERMS: Readonly<Record<WindowWord, TermSet>> = {
  'working-hours': {
    zh: ['工作时间', '上班时间', '工作日', '正常工作时间', '办公时间', '工作时段', '白天'],
    en: ['working hours', 'business hours', 'office hours', 'weekdays', 'weekday', 'during the working day', 'daytime'],
  },
  'off-hours': {
    zh: [
      '非工作时间', '非办公时间', '非工作时段', '非上班时间', '工作时间以外', '工作时间外', '办公时间以外', '办公时间外', '下班时间', '下班后', '其余时间', '其他时间', '其它时间', '夜间', '节假日',
      '法定节假日', '双休日', '周末', '休息日', '非工作日', '周六', '周日', '星期六', '星期日', '星期天',
    ],
    en: [
      'outside working hours', 'outside business hours', 'outside office hours', 'out of hours', 'out-of-hours', 'after hours',
      'after-hours', 'at night', 'nights', 'weekends', 'public holidays', 'holidays', 'other times', 'at other times', 'saturdays',
      'sundays',
    ],
  },
};
/**
 * Customer classes: a tier by contract ("维保合同客户4小时，非合同客户24小时") is no contradiction.
 * 非合同客户 is matched before 合同客户 (leftmost, longest).
 */
export const CUSTOMER_TERMS: Readonly<Record<'contract' | 'non-contract', TermSet>> = {
  contract: {
    zh: ['维保合同客户', '维保合同用户', '合同客户', '合同用户', '签约客户', '签约用户', '维保客户', '维保用户', '协议客户', '年保客户', 'VIP客户'],
    en: ['contract customer*', 'contract client*', 'contracted customer*', 'customers under contract', 'clients under contract', 'maintenance contract customer*', 'customers with a maintenance contract', 'customers with a service contract'],
  },
  'non-contract': {
    zh: ['非合同客户', '非合同用户', '非签约客户', '非签约用户', '非维保客户', '非维保用户', '无合同客户', '普通客户', '其他客户', '其他用户', '散户'],
    en: ['non-contract customer*', 'non-contract client*', 'non-contracted customer*', 'customers without a contract', 'other customers', 'non-contract'],
  },
};
/**
 * Regions of the country named as tiers ("华北、华东24小时，华南48小时，其余省份72小时").
 * `other` (其余省份) is the rest: it meets no named region.
 */
export const REGION_TERMS: Readonly<Record<string, TermSet>> = {
  north: { zh: ['华北', '华北地区'], en: ['north china'] },
  east: { zh: ['华东', '华东地区'], en: ['east china'] },
  south: { zh: ['华南', '华南地区'], en: ['south china'] },
  central: { zh: ['华中', '华中地区'], en: ['central china'] },
  'north-east': { zh: ['东北', '东北地区', '东北三省'], en: ['north-east china', 'northeast china'] },
  'north-west': { zh: ['西北', '西北地区'], en: ['north-west china', 'northwest china'] },
  'south-west': { zh: ['西南', '西南地区'], en: ['south-west china', 'southwest china'] },
  other: { zh: ['其余省份', '其他省份', '其它省份', '其余地区', '其他地区', '其它地区', '其余省市', '其他省市', '偏远地区'], en: ['other regions', 'the rest of the country', 'remote regions'] },
};
/**
 * Fault types as conditions ("硬件故障24小时，软件故障8小时"). A line fault with or without a
 * backup route are two types under `line`: `line` meets both, they do not meet each other.
 * These words are no asset classes (软件故障 is no software warranty scope).
 */
export const FAULT_TYPE_TERMS: Readonly<Record<string, TermSet>> = {
  hardware: { zh: ['硬件故障', '硬件类故障', '设备硬件故障', '硬件问题'], en: ['hardware fault*', 'hardware failure*', 'hardware issue*'] },
  software: { zh: ['软件故障', '软件类故障', '软件问题', '系统软件故障', '应用软件故障'], en: ['software fault*', 'software failure*', 'software issue*', 'software problem*'] },
  configuration: { zh: ['配置故障', '配置问题', '配置类故障', '配置错误', '参数配置问题', '配置类'], en: ['configuration fault*', 'configuration issue*', 'configuration error*', 'configuration problem*'] },
  'parts-replacement': {
    zh: ['需更换备件', '需要更换备件', '需更换配件', '需要更换配件', '需更换部件', '需要更换部件', '需更换零部件', '需换件', '需调配备件', '需要调配备件', '需订购备件', '需采购备件', '需订货'],
    en: [
      'requiring parts', 'requiring spare parts', 'requiring replacement parts', 'needing parts', 'needing spare parts', 'parts are needed',
      'spare parts are needed', 'parts are required', 'spare parts are required', 'parts must be replaced', 'parts replacement',
      'part must be ordered', 'parts must be ordered', 'part has to be ordered', 'parts have to be ordered', 'parts to be sourced', 'needing parts to be sourced',
    ],
  },
  line: { zh: ['线路故障', '链路故障', '传输线路故障', '光缆故障'], en: ['line fault*', 'link fault*', 'circuit fault*', 'cable fault*'] },
  'line-backup': { zh: ['有备用路由', '有备份路由', '有冗余路由', '有备用链路'], en: ['with a backup route', 'with backup routing', 'with a redundant route', 'with a backup link', 'backup route available', 'backup link available'] },
  'line-no-backup': {
    zh: ['无备用路由', '没有备用路由', '无备份路由', '无冗余路由', '无备用链路'],
    en: ['without a backup route', 'without backup routing', 'without a redundant route', 'without a backup link', 'no backup route', 'no backup link', 'no redundant route'],
  },
};

/** Weekday names (for explicit spans: 周一至周五 8:00~18:00, Monday to Friday). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  周一: 0, 周二: 1, 周三: 2, 周四: 3, 周五: 4, 周六: 5, 周日: 6, 周天: 6,
  星期一: 0, 星期二: 1, 星期三: 2, 星期四: 3, 星期五: 4, 星期六: 5, 星期日: 6, 星期天: 6,
  monday: 0, tuesday: 1, wednesday: 2, thursday: 3, friday: 4, saturday: 5, sunday: 6,
  mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6,
};

/** Named seasons, by a normalised key; the pairs that exclude each other. */
export const SEASON_TERMS: Readonly<Record<string, TermSet>> = {
  low: { zh: ['淡季'], en: ['low season', 'off-season', 'off season', 'off-peak season'] },
  peak: { zh: ['旺季'], en: ['peak season', 'high season', 'busy season'] },
  flood: { zh: ['汛期', '主汛期'], en: ['flood season', 'rainy season'] },
  'non-flood': { zh: ['非汛期', '非主汛期', '汛期以外', '汛期外'], en: ['dry season', 'outside the flood season', 'outside the rainy season', 'non-flood season'] },
  heating: { zh: ['采暖期', '供暖期', '采暖季', '供暖季'], en: ['heating season'] },
  'non-heating': { zh: ['非采暖期', '非供暖期'], en: ['non-heating season', 'outside the heating season'] },
  summer: { zh: ['夏季', '夏天'], en: ['summer'] },
  winter: { zh: ['冬季', '冬天'], en: ['winter'] },
};
/** "其他月份": the months not named just before ("制冷季（5月至10月）6小时，其他月份24小时"). */
export const OTHER_MONTHS: TermSet = { zh: ['其他月份', '其余月份', '其它月份', '其他季节', '其余季节'], en: ['other months', 'the rest of the year'] };
export const EXCLUSIVE_SEASONS: readonly (readonly [string, string])[] = [
  ['low', 'peak'], ['flood', 'non-flood'], ['heating', 'non-heating'], ['summer', 'winter'],
];
export const EN_MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Asset classes and work categories. `statutory`: an Art. 40 category with its own legal minimum. */
export const ASSET_TERMS: readonly { key: string; statutory: boolean; zh: readonly string[]; en: readonly string[] }[] = [
  { key: 'equipment', statutory: false, zh: ['设备', '硬件', '主机', '器材', '产品', '整机'], en: ['equipment', 'hardware', 'device*'] },
  // 困人 (people trapped) only happens in a lift: it names the asset as well as the severity.
  { key: 'elevator', statutory: false, zh: ['电梯', '扶梯', '电梯设备', '困人'], en: ['elevator*', 'lift*', 'escalator*'] },
  { key: 'hvac', statutory: false, zh: ['空调', '空调设备', '空调系统', '中央空调', '新风系统'], en: ['air-conditioning', 'air conditioning', 'HVAC'] },
  { key: 'parts', statutory: false, zh: ['零部件', '更换件', '更换的部件'], en: ['replaced parts', 'replacement parts'] },
  { key: 'cabling', statutory: false, zh: ['线材', '线缆', '电缆', '光缆', '网线', '综合布线', '布线', '传输线路'], en: ['cabl*', 'wiring'] },
  { key: 'pipes', statutory: false, zh: ['管材', '管路', '管道', '线管'], en: ['pipe*', 'piping', 'pipework', 'conduit*'] },
  { key: 'software', statutory: false, zh: ['软件', '系统软件', '应用软件'], en: ['software'] },
  { key: 'roof-waterproofing', statutory: true, zh: ['屋面防水'], en: ['roof waterproofing', 'roofing'] },
  { key: 'waterproofing', statutory: true, zh: ['防水', '防渗漏', '卫生间防水', '外墙面防渗漏'], en: ['waterproofing', 'leak-proofing'] },
  { key: 'electrical', statutory: true, zh: ['电气管线', '电气线路', '电气'], en: ['electrical'] },
  { key: 'plumbing', statutory: true, zh: ['给排水', '给水排水', '上下水', '上下水管线', '给排水管道'], en: ['plumbing', 'water supply and drainage', 'water supply and drainage pipes', 'drainage pipes'] },
  { key: 'structure', statutory: true, zh: ['主体结构', '结构工程'], en: ['main structure', 'structural work*', 'structure'] },
  { key: 'foundation', statutory: true, zh: ['地基基础', '基础设施'], en: ['foundation*'] },
  { key: 'heating-cooling', statutory: true, zh: ['供热与供冷', '供热系统', '供冷系统', '采暖系统', '暖通'], en: ['heating and cooling'] },
  { key: 'decoration', statutory: true, zh: ['装修', '装饰装修', '装饰'], en: ['decoration', 'fit-out', 'finishes'] },
  { key: 'equipment-installation', statutory: true, zh: ['设备安装'], en: ['equipment installation'] },
  { key: 'municipal', statutory: true, zh: ['市政', '小区道路', '室外管网'], en: ['municipal', 'external works'] },
];
/**
 * Special cases a promise may be limited to ("确需返厂维修的，48小时内修复"). A promise for a
 * case only meets promises for the same case: the general one covers the ordinary case.
 */
export const CASE_TERMS: Readonly<Record<string, TermSet>> = {
  'factory-repair': {
    zh: ['返厂', '送厂', '寄修', '送修', '返回厂家', '返回原厂'],
    en: ['return* to the factory', 'return* to the manufacturer', 'factory repair*', 'sent back to the factory'],
  },
  'bad-weather': {
    zh: ['恶劣天气', '极端天气', '灾害天气', '雨雪冰冻', '台风', '暴雨', '暴雪', '冰冻天气', '大风天气', '自然灾害'],
    en: ['severe weather', 'bad weather', 'extreme weather', 'storm*', 'typhoon*', 'snowstorm*'],
  },
  'false-alarm': {
    zh: ['火警误报', '误报警', '误报'],
    en: ['false alarm*'],
  },
  special: {
    zh: ['特殊情况', '特殊原因', '特殊故障', '特殊困难'],
    en: ['special circumstances', 'exceptional circumstances'],
  },
  'post-warranty': {
    zh: ['质保期满后', '保修期满后', '质保期外', '保修期外', '保质期外', '质保期结束后', '保修期结束后', '免费保修期满后', '维保期满后'],
    en: ['after the warranty', 'out of warranty', 'outside the warranty', 'post-warranty', 'after warranty expiry', 'after the warranty period'],
  },
};

/**
 * Kinds a special case can limit: service given on a fault (in bad weather, after the
 * warranty, for a false alarm, by factory repair). Periods such as training or a warranty
 * are not delivered "in bad weather", so a case word near them is no condition of theirs.
 */
export const CASE_KINDS: ReadonlySet<string> = new Set([
  'response', 'remote', 'onsite', 'diagnosis', 'restore', 'resolution', 'loaner', 'downtime', 'spare-parts', 'no-recurrence', 'inspection', 'maintenance',
]);
/**
 * Where a clause carves an exception out of a general promise ("…2小时内到场；但节假日期间
 * 放宽至6小时", "郊区项目到场时间相应延长"): the exception is its own scope, and meets a
 * general promise only when that names the same conditions or says it holds for all cases.
 */
export const EXCEPTION_MARKERS = {
  /** Words opening an exception: they make one only when a condition follows them ("但节假日…", not "但须在4小时内修复"). */
  open: { zh: ['但', '但是', '其中', '另外', '另'], en: ['however', 'but', 'whereas'] },
  /** Words containing an opening word that open nothing: 不但 (not only), 但凡 (whenever), 另行 (separately). */
  blockers: { zh: ['不但', '但凡', '另行'], en: ['not only'] },
  /** Words adjusting the general value for a condition named anywhere in the sentence ("郊区项目到场时间相应延长"). */
  adjust: {
    zh: [
      '相应延长', '相应顺延', '顺延至', '顺延到', '放宽至', '放宽到', '延长至', '延长到', '可延长', '可适当延长', '适当延长', '缩短为', '缩短至',
      '缩短到', '例外',
    ],
    en: ['extended to', 'shortened to', 'reduced to', 'correspondingly', 'exceptionally'],
  },
} as const satisfies Record<string, TermSet>;
/** "所有报修均…", "all faults": a promise for every case, exceptions included. */
export const UNIVERSAL_MARKERS: TermSet = {
  zh: ['所有', '全部', '一律', '任何', '一切', '无论', '不论', '凡'],
  en: ['all', 'any', 'every', 'regardless', 'in all cases', 'without exception'],
};
/**
 * "除…外" / "除了…以外", "…除外", "except (for) …": what a promise excludes. Qualifiers named
 * there are not its conditions, and it does not meet a promise made for them.
 */
export const EXCLUSIONS = {
  zh: { open: ['除了', '除'], close: ['以外', '之外', '外'], after: ['除外'] },
  en: { open: ['except for', 'except in', 'except during', 'except on', 'except at', 'except', 'excluding', 'other than'] },
} as const;
/**
 * Words marking a typical value, not a limit ("一般在2小时内恢复，最长不超过4小时"): a typical
 * time contradicts a limit only when it exceeds it.
 */
export const TYPICAL_MARKERS: TermSet = {
  zh: ['一般', '通常', '一般情况下', '正常情况下', '通常情况下', '平均', '多数情况下', '大多数情况下'],
  en: ['typically', 'usually', 'normally', 'generally', 'on average', 'in most cases', 'as a rule'],
};
/** Words stating a maximum outright: a number after one is a limit even after a typical marker ("一般2小时，最长不超过4小时"). */
export const EXPLICIT_MAXIMUM: TermSet = {
  zh: ['不超过', '不超出', '不大于', '不多于', '不迟于', '不晚于', '最迟', '最晚', '最长', '最多', '至多'],
  en: ['at most', 'at the latest', 'no later than', 'not later than', 'maximum', 'max', 'not exceeding', 'no more than', 'not more than'],
};
/** Words that may stand between a typical marker and its number, besides linkers, bounds and the target ("一般在2小时内", "typically fixed within"). */
export const TYPICAL_FILLERS: TermSet = { zh: ['情况下', '在', '于', '内'], en: ['be', 'is', 'are', 'in', 'within'] };

/**
 * Place names are no zones: a zone word inside a name ("安平县城区…工程", "江州市区") is part of
 * the name. Characters that may stand right before a zone word without making it part of a
 * name (在市区, 及郊县, 周边县区), and the suffixes that end a place name (…县, …市).
 */
export const ZONE_LEAD_CHARS = '在于的及和与或至到本各全对为其如若属位所该非外内凡除边辖近远偏等、';
export const PLACE_SUFFIXES = '省市县区州镇乡旗';
/** English capitalised words that may open a sentence before a zone word without making it a place name ("In the city…", "Rural sites…"). */
export const NOT_A_PLACE_NAME: TermSet = {
  en: ['in', 'for', 'at', 'on', 'within', 'the', 'our', 'all', 'any', 'outside', 'other', 'rural', 'urban', 'suburban', 'inside', 'across'],
};

/**
 * Modifiers that do not narrow what they stand before ("所有设备", "主要设备"), and characters
 * that never stand in a noun phrase naming a thing (verbs, particles): a phrase holding one is
 * no subject.
 */
export const GENERIC_MODIFIERS: TermSet = {
  zh: [
    '所有', '全部', '全线', '主要', '相关', '其他', '其它', '其余', '各类', '各种', '各个', '各', '本', '该', '此', '上述', '原', '新', '故障', '备用',
    '关键', '重要', '一般', '现场', '用户', '甲方', '业主', '免费', '全体', '整体', '工程', '项目', '系统', '整个', '同一', '同档次', '同型号',
    '同类', '同等', '同规格',
  ],
  en: ['the', 'a', 'an', 'all', 'any', 'each', 'every', 'our', 'its', 'their', 'this', 'that', 'these', 'those', 'other', 'main', 'free', 'where', 'when', 'if', 'for', 'with', 'new', 'faulty'],
};
/** Prepositions stripped from the front of a phrase before it is read as a subject ("对监控中心设备…"). */
export const LEADING_PREPOSITIONS: TermSet = { zh: ['对', '向', '给', '在', '于', '将', '把', '为', '由', '从', '按', '经', '就'], en: ['for', 'of', 'to', 'in'] };
export const NOT_IN_A_SUBJECT: { chars: string; words: TermSet } = {
  // Particles and prepositions only: 外 (室外), 前 (前端), 中 (监控中心), 换 (交换机), 报 (报警),
  // 能 (智能), 给 (给水), 对 (对讲) all occur inside names of things.
  chars: '的在于为是将把被从并且每须需已均都也还则即如若因按及和与或',
  words: {
    zh: [
      '提供', '进行', '发生', '出现', '负责', '更换', '确需', '需要', '接到', '之日', '以内', '之内', '期间', '以上', '以下', '不少于', '不超过',
      '不低于', '至少', '承诺', '保证', '实行', '安排', '派出', '发出', '递交', '完成', '竣工', '验收',
    ],
    en: [
      'is', 'are', 'was', 'be', 'been', 'will', 'shall', 'must', 'can', 'we', 'our', 'us', 'carr*', 'provid*', 'offer*', 'give*', 'within', 'from',
      'of', 'to', 'in', 'on', 'at', 'by', 'after', 'before', 'during', 'period', 'free', 'warrant*', 'guarantee*',
    ],
  },
};
/** In an unknown subject (灯杆及基础, sensors and actuators), coordination is allowed. */
export const SUBJECT_JOINERS: TermSet = { zh: ['及', '和', '与'], en: ['and', '&'] };

/** Words that contain an asset word but are none. */
export const ASSET_BLOCKERS: TermSet = {
  zh: ['设备房', '设备厂家', '设备间', '产品厂家', '产品说明书', '特种设备检验', '特种设备检测', '设备检验机构'],
  en: [],
};

/**
 * The whole works, not one part of it: a clause naming it ("整体工程…免费保修2年") takes no
 * asset class from the clauses, lines or headings around it.
 */
export const WHOLE_WORKS: TermSet = {
  zh: [
    '整体工程', '整个工程', '全部工程', '本工程', '工程整体', '本项目', '项目整体', '整体', '整个系统', '全系统', '本系统', '整套系统',
    '本次工程', '全部设施', '货物', '标的物', '合同货物',
  ],
  en: ['the works', 'the whole works', 'the entire works', 'the whole system', 'the entire system', 'the installation', 'the project'],
};

/**
 * Who a training course is for (training only): different audiences are different courses,
 * not one training period stated twice ("系统管理员培训12课时、系统维护人员培训18课时").
 */
export const AUDIENCE_TERMS: Readonly<Record<string, TermSet>> = {
  administrator: {
    zh: ['系统管理员', '管理员', '系统管理人员', '管理人员', '网络管理员', '网管人员'],
    en: ['administrator*', 'system admin*', 'admin staff'],
  },
  maintainer: {
    zh: ['维护人员', '维修人员', '维保人员', '运维人员', '维护', '运维', '检修人员'],
    en: ['maintainer*', 'maintenance staff', 'maintenance technician*', 'maintenance engineer*'],
  },
  operator: {
    zh: ['操作员', '操作人员', '值机', '值机人员', '值班人员', '值班操作', '监控值班', '保安', '保安人员', '使用操作人员'],
    en: ['operator*', 'security guard*', 'guards', 'duty staff', 'control-room staff', 'control room staff'],
  },
  property: {
    zh: ['物业', '物业管理', '物业管理人员', '物业公司', '物业人员'],
    en: ['property manag*', 'facilities manag*', 'facility manag*', 'estates team*', 'estates staff'],
  },
  user: {
    zh: ['最终用户', '普通用户', '使用人员', '使用者', '一般用户'],
    en: ['end user*', 'end-user*'],
  },
};

// ── Words glued by PDF extraction ────────────────────────────────────────────────────
/**
 * Common words that, with every English word above, make the dictionary for splitting runs
 * of letters that PDF extraction glued together ("priorityrequests", "withintwo(2)hours").
 * A starred word above also matches with these endings.
 */
export const GLUE_WORDS: readonly string[] = [
  'a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'within', 'without', 'after', 'before', 'during',
  'is', 'are', 'be', 'been', 'will', 'shall', 'must', 'should', 'may', 'can', 'we', 'our', 'us', 'you', 'your', 'it', 'its', 'their', 'they',
  'all', 'any', 'each', 'every', 'no', 'not', 'than', 'that', 'this', 'these', 'those', 'which', 'who', 'where', 'when', 'if', 'as', 'so',
  'end', 'next', 'following', 'same', 'other', 'others', 'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'week', 'weeks', 'month',
  'months', 'year', 'years', 'working', 'business', 'calendar', 'site', 'contractor', 'supplier', 'client', 'customer', 'customers',
  'request', 'requests', 'call', 'calls', 'fault', 'faults', 'failure', 'failures', 'incident', 'incidents', 'issue', 'issues', 'problem',
  'priority', 'routine', 'level', 'engineer', 'engineers', 'technician', 'technicians', 'team', 'staff', 'service', 'services', 'system',
  'systems', 'equipment', 'parts', 'part', 'spare', 'free', 'charge', 'period', 'plan', 'case', 'cases', 'time', 'times', 'up', 'out',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty',
  'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'half', 'once', 'twice', 'least', 'most', 'latest', 'later', 'close',
  'provide', 'provided', 'provides', 'give', 'given', 'make', 'made', 'keep', 'kept', 'carry', 'carried', 'complete', 'completed', 'centre',
  'center', 'desk', 'line', 'phone', 'telephone', 'hotline', 'round', 'clock', 'about', 'approximately', 'record', 'noted', 'late',
];
/** Endings a starred dictionary word may take when splitting glued runs. */
export const GLUE_ENDINGS: readonly string[] = ['', 's', 'es', 'ed', 'd', 'ing', 'e', 'ment', 'ments', 'ement', 'ements', 'ion', 'ions', 'al', 'ance', 'er', 'ers', 'ly'];
