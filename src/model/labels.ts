/**
 * The words for the model's fixed vocabulary, in both languages: one place that messages,
 * documents and the site read, so a target is never called 到场 in one and 上门 in another.
 * (The organisation's own vocabulary — severities, zones, windows — carries its names in
 * the content.)
 */
import type { Event, StartEvent, Target } from '../schema/index.ts';
import type { PROVISIONS } from '../schema/index.ts';

export interface Label {
  zh: string;
  en: string;
}

export const TARGET_LABELS: Readonly<Record<Target, Label>> = {
  response: { zh: '响应', en: 'response' },
  remote: { zh: '远程诊断', en: 'remote diagnosis' },
  onsite: { zh: '到场', en: 'on site' },
  diagnosis: { zh: '查明原因并提交处理方案', en: 'diagnosis and plan of action' },
  restore: { zh: '恢复', en: 'service restored' },
  resolution: { zh: '修复', en: 'fault fixed' },
  loaner: { zh: '提供备机', en: 'loaner provided' },
  downtime: { zh: '停机时间', en: 'downtime' },
  'spare-parts': { zh: '备件到货', en: 'spare parts delivered' },
  'no-recurrence': { zh: '同一故障不再复发', en: 'no recurrence of the same fault' },
};

/** The event a time runs from, as the words before 后 / after "within … of". */
export const EVENT_LABELS: Readonly<Record<Event, Label>> = {
  report: { zh: '接到报修', en: 'the fault report' },
  response: { zh: '响应', en: 'the response' },
  onsite: { zh: '到达现场', en: 'arrival on site' },
  diagnosis: { zh: '查明原因', en: 'the diagnosis' },
  'parts-arrival': { zh: '备件到货', en: 'the spare parts arriving' },
  acceptance: { zh: '竣工验收合格', en: 'completion acceptance' },
};

export const START_EVENT_LABELS: Readonly<Record<StartEvent, Label>> = {
  acceptance: { zh: '竣工验收合格之日', en: 'completion acceptance' },
  signing: { zh: '合同签订之日', en: 'contract signing' },
  delivery: { zh: '到货交付之日', en: 'delivery' },
  'goods-acceptance': { zh: '到货验收合格之日', en: 'acceptance of the goods' },
  commissioning: { zh: '投入运行之日', en: 'commissioning' },
  'trial-run': { zh: '试运行之日', en: 'the trial run' },
  installation: { zh: '安装完成之日', en: 'installation' },
};

export const PROVISION_LABELS: Readonly<Record<(typeof PROVISIONS)[number], Label>> = {
  loaner: { zh: '同档次备机', en: 'equal-grade loaners' },
  'spare-parts': { zh: '备品备件', en: 'spare parts stock' },
  'resident-engineer': { zh: '驻场工程师', en: 'resident engineers' },
};

/** The deviation table's 偏离 column (`unknown`: the checker cannot prove either way). */
export const DEVIATION_LABELS: Readonly<Record<'positive' | 'none' | 'negative' | 'unknown', Label>> = {
  positive: { zh: '正偏离', en: 'positive deviation' },
  none: { zh: '无偏离', en: 'no deviation' },
  negative: { zh: '负偏离', en: 'negative deviation' },
  unknown: { zh: '待核实', en: 'cannot be judged' },
};

/** Hotline hours promised. */
export const PROMISE_LABELS: Readonly<Record<'7x24' | '5x8', Label>> = {
  '7x24': { zh: '7×24小时', en: '7×24' },
  '5x8': { zh: '5×8小时', en: '5×8' },
};

/** The measure word a provision is counted in, and its English nouns (one, many). */
export const PROVISION_UNITS: Readonly<Record<(typeof PROVISIONS)[number], { zh: string; en: [string, string] }>> = {
  loaner: { zh: '台', en: ['equal-grade loaner', 'equal-grade loaners'] },
  'spare-parts': { zh: '件', en: ['spare part', 'spare parts'] },
  'resident-engineer': { zh: '名', en: ['resident engineer', 'resident engineers'] },
};

/** Days of the week, for naming hours ("周一至周五 08:00–08:30" / "Mon–Fri 08:00–08:30"): time/week.ts owns them. */
export { DAY_LABELS } from '../time/week.ts';

/** Maintenance frequencies, as a schedule's 周期 column and the maintenance rules name them. */
export const FREQUENCY_LABELS: Readonly<Record<'weekly' | 'monthly' | 'quarterly' | 'semiannual' | 'annual', Label>> = {
  weekly: { zh: '每周', en: 'weekly' },
  monthly: { zh: '每月', en: 'monthly' },
  quarterly: { zh: '每季度', en: 'quarterly' },
  semiannual: { zh: '每半年', en: 'every six months' },
  annual: { zh: '每年', en: 'yearly' },
};

/** The period of a meeting count: 每月 / "a month". */
export const PER_LABELS: Readonly<Record<'week' | 'month' | 'quarter' | 'year', Label>> = {
  week: { zh: '每周', en: 'a week' },
  month: { zh: '每月', en: 'a month' },
  quarter: { zh: '每季度', en: 'a quarter' },
  year: { zh: '每年', en: 'a year' },
};

/** How a training module is taught. */
export const METHOD_LABELS: Readonly<Record<'theory' | 'hands-on' | 'mixed', Label>> = {
  theory: { zh: '理论', en: 'theory' },
  'hands-on': { zh: '实操', en: 'hands-on' },
  mixed: { zh: '理论＋实操', en: 'theory and practice' },
};

/** Kinds of service channel, for a 暗标 volume where a channel's own name could identify the bidder. */
export const CHANNEL_KIND_LABELS: Readonly<Record<'hotline' | 'phone' | 'mobile' | 'fax' | 'email' | 'web' | 'letter' | 'wechat', Label>> = {
  hotline: { zh: '服务热线', en: 'Service hotline' },
  phone: { zh: '服务电话', en: 'Service telephone' },
  mobile: { zh: '值班手机', en: 'Duty mobile' },
  fax: { zh: '传真', en: 'Fax' },
  email: { zh: '电子邮件', en: 'Email' },
  web: { zh: '在线报修平台', en: 'Online service portal' },
  letter: { zh: '书面函件', en: 'Letter' },
  wechat: { zh: '微信服务号', en: 'WeChat service account' },
};

/** When a handover document is due, for those due at an event (after acceptance, a time is given with it). */
export const HANDOVER_DUE_LABELS: Readonly<Record<'before-trial-run' | 'at-acceptance', Label>> = {
  'before-trial-run': { zh: '试运行前', en: 'before the trial run' },
  'at-acceptance': { zh: '竣工验收时', en: 'at completion acceptance' },
};
