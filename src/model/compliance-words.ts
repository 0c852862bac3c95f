/**
 * The words of a compliance assessment, in one place per locale. `zh` is the deviation
 * table's (偏离表) voice — 投标文件应答 "市区到场时间2小时（工作时间）", 说明 "优于招标要求（不超过4小时）";
 * `en` is the checker's: English clauses with the values in both languages, as the
 * tender/compliance messages print them ("we offer at worst 4小时 (4 hours) for zone city —
 * over the required maximum of 3小时 (3 hours)"). The assessment itself holds no words.
 */
import type { Duration, Event, LocalizedText, MonthRange, Organisation, Target } from '../schema/index.ts';
import { en as enText, zh as zhText } from '../schema/localized.ts';
import { formatDuration, formatEn, formatZh } from '../time/duration.ts';
import { describeMonths } from '../time/months.ts';
import { WEEK_MINUTES, type WeekSet } from '../time/week.ts';
import type { Assessment, CountUnit, DurationOffer, Incomparable, Provision, Reason, Required } from './compliance.ts';
import { describeConditions, type ResolvedConditions } from './conditions.ts';
import { DAY_LABELS, EVENT_LABELS, PROMISE_LABELS, PROVISION_LABELS, PROVISION_UNITS, TARGET_LABELS, type Label } from './labels.ts';
import type { Model } from './model.ts';

export type Locale = 'zh' | 'en';

export interface Wording {
  /** 投标文件应答: what we offer, every tier that bears on the clause. */
  answer: string;
  /** 说明: the verdict against the requirement, naming the hours or the tier that decides it. */
  note: string;
  /** The reason as one clause, for messages: "we offer … — over the required maximum of …". */
  reason: string;
  /** The deciding value alone: "4小时 (4 hours)", for "our offer: …". */
  value: string;
}

/** The kinds of the organisation's own vocabulary whose names the Chinese wording prints. */
export type NameKind = 'severity' | 'zone' | 'window' | 'season' | 'asset' | 'fault-type' | 'role' | 'record';

/** The content's names for its ids; without them the ids are printed. */
export type Names = (kind: NameKind, id: string) => Label | undefined;

export const NO_NAMES: Names = () => undefined;

/** An organisation's own condition vocabulary, by kind: the one list of it that names and the text reader use. */
export function conditionVocabulary(org: Organisation): { kind: Exclude<NameKind, 'role' | 'record'>; items: readonly { id: string; name: LocalizedText; months?: MonthRange }[] }[] {
  return [
    { kind: 'severity', items: org.severities },
    { kind: 'zone', items: org.zones },
    { kind: 'window', items: org.windows },
    { kind: 'season', items: org.seasons },
    { kind: 'asset', items: org.assetClasses },
    { kind: 'fault-type', items: org.faultTypes },
  ];
}

/** The names of the organisation's vocabulary and of record types, from the model. */
export function namesOf(model: Model): Names {
  const table = new Map<string, Label>();
  const put = (kind: NameKind, list: readonly { id: string; name: LocalizedText }[]) =>
    list.forEach((x) => table.set(`${kind}:${x.id}`, { zh: zhText(x.name), en: enText(x.name) }));
  const org = model.entries.organisation[0]?.data;
  if (org) {
    for (const { kind, items } of conditionVocabulary(org)) put(kind, items);
    put('role', org.roles);
  }
  for (const r of model.entries.records) put('record', r.data.records);
  return (kind, id) => table.get(`${kind}:${id}`);
}

export function describeAssessment(a: Assessment, locale: Locale, names: Names = NO_NAMES): Wording {
  // English with the content's names is a document's voice; without them, the messages'.
  return locale === 'zh' ? zh(a, names) : en(a, names === NO_NAMES ? MESSAGE_VOICE : documentVoice(names));
}

// ── hours of the week ────────────────────────────────────────────────────────────────

const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/**
 * Hours of the week grouped by days with the same hours: "周一至周五 08:00–08:30、17:30–18:00" /
 * "Mon–Fri 08:00–08:30, 17:30–18:00". Intervals are cut at midnight.
 */
export function describeHours(set: WeekSet, locale: Locale): string {
  if (set.length === 1 && set[0]![0] === 0 && set[0]![1] === WEEK_MINUTES) return locale === 'zh' ? '全天' : 'all week';
  const perDay: string[][] = DAY_LABELS.map(() => []);
  for (const [a, b] of set) {
    for (let day = Math.floor(a / 1440); day * 1440 < b; day++) {
      const from = Math.max(a, day * 1440) - day * 1440;
      const to = Math.min(b, (day + 1) * 1440) - day * 1440;
      perDay[day]!.push(from === 0 && to === 1440 ? (locale === 'zh' ? '全天' : 'all day') : `${clock(from)}–${clock(to)}`);
    }
  }
  const groups: { first: number; last: number; hours: string }[] = [];
  perDay.forEach((list, day) => {
    if (!list.length) return;
    const hours = list.join(locale === 'zh' ? '、' : ', ');
    const last = groups.at(-1);
    if (last && last.last === day - 1 && last.hours === hours) last.last = day;
    else groups.push({ first: day, last: day, hours });
  });
  const days = (g: { first: number; last: number }) => {
    const f = DAY_LABELS[g.first]![locale];
    const l = DAY_LABELS[g.last]![locale];
    if (g.first === g.last) return f;
    if (g.last === g.first + 1) return locale === 'zh' ? `${f}、${l}` : `${f}, ${l}`;
    return locale === 'zh' ? `${f}至${l}` : `${f}–${l}`;
  };
  return groups.map((g) => `${days(g)} ${g.hours}`).join(locale === 'zh' ? '；' : '; ');
}

// ── Chinese: the deviation table ─────────────────────────────────────────────────────

/** A name inside parentheses drops its own parenthetical gloss: 工作时间（周一至周五 8:30–17:30） → 工作时间. */
const bare = (name: string) => name.replace(/(?<!\s)\s*[（(][^（）()]*[）)]\s*$/, '') || name;

function zhNames(kind: NameKind, ids: ReadonlySet<string> | undefined, names: Names): string | undefined {
  if (!ids) return undefined;
  return [...ids].map((id) => bare(names(kind, id)?.zh ?? id)).join('、');
}

/** The conditions other than the zone, for the parentheses: （紧急，工作时间）. */
function zhConditions(when: ResolvedConditions, names: Names): string[] {
  const parts: string[] = [];
  const sev = zhNames('severity', when.severity, names);
  if (sev) parts.push(sev);
  if (when.raw.window) parts.push(bare(names('window', when.raw.window)?.zh ?? when.raw.window));
  if (when.raw.season) {
    parts.push(typeof when.raw.season === 'string' ? bare(names('season', when.raw.season)?.zh ?? when.raw.season) : `${describeMonths(when.months)}月`);
  }
  const asset = zhNames('asset', when.asset, names);
  if (asset) parts.push(asset);
  const fault = zhNames('fault-type', when.faultType, names);
  if (fault) parts.push(fault);
  return parts;
}

const paren = (parts: string[]) => (parts.length ? `（${parts.join('，')}）` : '');

/** "到场时间2小时" / "到达现场后修复时间48小时" / "同一故障不再复发期限3个月". */
function zhTargetTime(target: Target, bound: 'max' | 'min', from: Event, d: Duration): string {
  const event = from === 'report' ? '' : `${EVENT_LABELS[from].zh}后`;
  return `${event}${TARGET_LABELS[target].zh}${bound === 'max' ? '时间' : '期限'}${formatZh(d)}`;
}

/** One offer in the table's words; `short` leaves out the conditions (when the hours are named apart). */
function zhOffer(o: DurationOffer, names: Names, short = false, requiredFrom: Event = 'report'): string {
  const s = o.subject;
  switch (s.kind) {
    case 'commitment': {
      const stated = o.chain ? o.chain.steps.at(-1)!.duration : o.duration;
      const zone = short ? '' : (zhNames('zone', s.when.zone, names) ?? '');
      const chained = o.chain ? `，自${EVENT_LABELS[o.chain.from].zh}起最长${formatZh(o.duration)}` : '';
      // Counted from the report against a clause counted from a later step: say so.
      const since = s.from === 'report' && requiredFrom !== 'report' ? `${EVENT_LABELS.report.zh}后` : '';
      return `${zone}${since}${zhTargetTime(s.target, s.bound, s.from, stated)}${short ? '' : paren(zhConditions(s.when, names))}${chained}`;
    }
    case 'warranty':
      return `${s.asset ? bare(names('asset', s.asset)?.zh ?? s.asset) : ''}免费质保期${formatZh(o.duration)}`;
    case 'record':
      return `${bare(names('record', s.record)?.zh ?? s.record)}保存${formatZh(o.duration)}`;
    case 'certificate':
      return `竣工验收后${formatZh(o.duration)}内提交工程质量保修书`;
  }
}

/** Every offer, records kept equally long named together: 维修任务书、维修登记单保存5年. */
function zhOffers(offers: DurationOffer[], names: Names, from: Event): string {
  const parts: ({ text: string } | { kept: string; records: string[] })[] = [];
  for (const o of offers) {
    if (o.subject.kind !== 'record') {
      parts.push({ text: zhOffer(o, names, false, from) });
      continue;
    }
    const kept = formatZh(o.duration);
    const name = bare(names('record', o.subject.record)?.zh ?? o.subject.record);
    const same = parts.find((p) => 'kept' in p && p.kept === kept);
    if (same && 'records' in same) same.records.push(name);
    else parts.push({ kept, records: [name] });
  }
  return parts.map((p) => ('text' in p ? p.text : `${p.records.join('、')}保存${p.kept}`)).join('；');
}

const ZH_COUNT: Record<CountUnit, (n: number, role?: string) => string> = {
  'class-hours': (n) => `${n}课时`,
  'training-days': (n) => `${n}天`,
  trainees: (n, role) => `${role ?? ''}${n}人`,
  'visits-per-year': (n) => `每年${n}次`,
};

const zhProvision = (item: Provision, n: number) => `${n}${PROVISION_UNITS[item].zh}${PROVISION_LABELS[item].zh}`;

function zhRequired(r: Required, names: Names): string {
  switch (r.kind) {
    case 'duration': {
      const event = r.target && r.from !== 'report' ? `${EVENT_LABELS[r.from].zh}后` : '';
      return `${event}${r.bound === 'max' ? '不超过' : '不少于'}${formatZh(r.duration)}`;
    }
    case 'count':
      if (r.unit === 'visits-per-year') return `每年不少于${r.min}次`;
      return `不少于${ZH_COUNT[r.unit](r.min, r.role ? bare(names('role', r.role)?.zh ?? r.role) : undefined)}`;
    case 'provision':
      return r.stated ? `提供不少于${zhProvision(r.item, r.min)}` : `提供${PROVISION_LABELS[r.item].zh}`;
    case 'promise':
      return `${PROMISE_LABELS[r.promise].zh}服务热线`;
    case 'statement':
      return '文字应答';
  }
}

const ZH_INCOMPARABLE: Record<Incomparable, string> = {
  seasons: '供暖（供冷）期与日历时间无法换算',
  'no-service-hours': '按工作时间计时，但未规定服务时间',
  units: '计量单位无法换算',
  'chain-broken': '计时起点的前一环节在此条件下未作承诺',
  'other-event': '计时起点不同',
};

const ZH_VERDICT = { positive: '优于招标要求', none: '满足招标要求', negative: '不满足招标要求', unknown: '待核实' } as const;

function zh(a: Assessment, names: Names): Wording {
  const r = a.reason;
  const from = a.required.kind === 'duration' ? a.required.from : 'report';
  const required = zhRequired(a.required, names);
  const verdict = `${ZH_VERDICT[a.deviation]}（${required}）`;
  const o = a.offer;
  let answer: string;
  let value: string;
  switch (o.kind) {
    case 'durations':
      answer = o.offers.length ? zhOffers(o.offers, names, from) : '未作承诺';
      value = 'offered' in r && typeof r.offered === 'object' ? formatZh(r.offered.duration) : '未作承诺';
      break;
    case 'count': {
      const role = o.role ? bare(names('role', o.role)?.zh ?? o.role) : undefined;
      answer = o.unit === 'visits-per-year' ? `每年回访${o.count}次` : `培训${ZH_COUNT[o.unit](o.count, role)}`;
      value = ZH_COUNT[o.unit](o.count, role);
      break;
    }
    case 'provision': {
      const promised = o.sources.some((s) => s.kind === 'commitment');
      answer = o.count ? `提供${zhProvision(o.item, o.count)}` : promised ? `承诺按时限提供${PROVISION_LABELS[o.item].zh}` : `未提供${PROVISION_LABELS[o.item].zh}`;
      value = zhProvision(o.item, o.count);
      break;
    }
    case 'promise':
      answer = o.promise ? `提供${PROMISE_LABELS[o.promise].zh}服务热线` : '未承诺热线服务时间';
      value = o.promise ? PROMISE_LABELS[o.promise].zh : '未承诺';
      break;
    case 'statement':
      answer = zhText(o.answer);
      value = answer;
      break;
    case 'unresolved':
      answer = '待核实';
      value = '待核实';
      break;
  }

  let note: string;
  switch (r.reason) {
    case 'within-maximum':
    case 'at-maximum':
    case 'over-maximum':
    case 'above-minimum':
    case 'at-minimum':
    case 'below-minimum': {
      // Name the hours (or, among several tiers, the tier) that decide a shortfall.
      const where = r.when
        ? `${describeHours(r.when, 'zh')}时段${zhOffer(r.offered, names, true, from)}`
        : a.deviation === 'negative' && r.of > 1
          ? zhOffer(r.offered, names, false, from)
          : '';
      note = where ? `${where}，${verdict}` : verdict;
      break;
    }
    case 'not-promised':
      note = `未作承诺，${verdict}`;
      break;
    case 'incomparable':
      note = `${zhOffer(r.offered, names, false, from)}，无法与招标要求（${required}）直接比较：${ZH_INCOMPARABLE[r.why]}，待核实`;
      break;
    case 'stated':
      note = `以文字应答，${ZH_VERDICT[r.deviation]}`;
      break;
    case 'unresolved':
      note = '投标引用的内容条目不存在，待核实';
      break;
    default:
      note = verdict;
  }
  const accepted = a.requirement.acceptedDeviation;
  if (accepted && a.deviation === 'negative') note = `${note}。偏离原因：${zhText(accepted.reason).replace(/[。.]$/, '')}`;
  return { answer, note, reason: `我方应答：${answer}；${note}`, value };
}

// ── English: the checker's messages, and documents ───────────────────────────────────

/**
 * How the English words print values and ids. The checker's messages give each value in both
 * languages and the content's ids ("4小时 (4 hours) for zone city"), so a bid writer can find
 * them in content/; a document for the client (names known) gives English words and the
 * content's own names ("4 hours for City").
 */
interface EnVoice {
  duration(d: Duration): string;
  conditions(when: ResolvedConditions): string;
  asset(id: string): string;
  record(id: string): string;
  count(unit: CountUnit, n: number, role?: string): string;
  provision(item: Provision, n: number): string;
  provisionName(item: Provision): string;
  promise(p: '7x24' | '5x8'): string;
  notPromised: string;
  /** A record's retention, worded whole ("Warranty card kept 5 years"); else "5 years for …". */
  keptFor?(record: string, duration: string): string;
}

const MESSAGE_VOICE: EnVoice = {
  duration: formatDuration,
  conditions: describeConditions,
  asset: (id) => id,
  record: (id) => id,
  count: (unit, n, role) => EN_COUNT[unit](n, role),
  provision: (item, n) => enProvision(item, n),
  provisionName: (item) => `${PROVISION_LABELS[item].zh} (${PROVISION_LABELS[item].en})`,
  promise: (p) => enPromise(p),
  notPromised: '未承诺 (not promised)',
};

function documentVoice(names: Names): EnVoice {
  const name = (kind: NameKind, id: string) => names(kind, id)?.en ?? id;
  const list = (kind: NameKind, ids: ReadonlySet<string> | undefined) => (ids ? [...ids].map((id) => name(kind, id)).join(' or ') : undefined);
  return {
    duration: formatEn,
    conditions(when) {
      const parts = [
        list('severity', when.severity),
        list('zone', when.zone),
        when.raw.window ? name('window', when.raw.window) : undefined,
        when.raw.season ? (typeof when.raw.season === 'string' ? name('season', when.raw.season) : `months ${describeMonths(when.months)}`) : undefined,
        list('asset', when.asset),
        list('fault-type', when.faultType),
      ].filter((x): x is string => !!x);
      return parts.length ? parts.join(', ') : 'all cases';
    },
    asset: (id) => name('asset', id),
    record: (id) => name('record', id),
    count: (unit, n, role) => EN_COUNT_WORDS[unit](n, role ? name('role', role) : undefined),
    provision: (item, n) => `${n} ${PROVISION_UNITS[item].en[n === 1 ? 0 : 1]}`,
    provisionName: (item) => PROVISION_LABELS[item].en,
    promise: (p) => PROMISE_LABELS[p].en,
    notPromised: 'not promised',
    keptFor: (record, duration) => `${record} kept ${duration}`,
  };
}

/** " for zone city, window other-hours", " for equipment", " for repair-order". */
function enFor(o: DurationOffer, v: EnVoice): string {
  const s = o.subject;
  switch (s.kind) {
    case 'commitment': {
      const conditions = v.conditions(s.when);
      return conditions === 'all cases' ? '' : ` for ${conditions}`;
    }
    case 'warranty':
      return s.asset ? ` for ${v.asset(s.asset)}` : ' for the whole works';
    case 'record':
      return ` for ${v.record(s.record)}`;
    case 'certificate':
      return '';
  }
}

/** The offer as the messages print it: with the event it runs from where that matters; a chained one with its steps. */
function enOffer(o: DurationOffer, v: EnVoice, requiredFrom: Event = 'report'): string {
  if (!o.chain) {
    const s = o.subject;
    if (s.kind === 'record' && v.keptFor) return v.keptFor(v.record(s.record), v.duration(o.duration));
    const since =
      s.kind !== 'commitment' ? '' : s.from !== 'report' ? ` after ${EVENT_LABELS[s.from].en}` : requiredFrom !== 'report' ? ` from ${EVENT_LABELS.report.en}` : '';
    return `${v.duration(o.duration)}${since}${enFor(o, v)}`;
  }
  const steps = o.chain.steps
    .map((s) => `${TARGET_LABELS[s.target].en} ${v.duration(s.duration)}${s.from === 'report' ? '' : ` after ${EVENT_LABELS[s.from].en}`}`)
    .join(' + ');
  return `${v.duration(o.duration)} from ${EVENT_LABELS[o.chain.from].en}${enFor(o, v)} (${steps})`;
}

const EN_COUNT: Record<CountUnit, (n: number, role?: string) => string> = {
  'class-hours': (n) => `${n}课时 (${n} class hours)`,
  'training-days': (n) => `${n}天 (${n} days)`,
  trainees: (n, role) => `${n}人 (${n} ${n === 1 ? 'trainee' : 'trainees'}${role ? ` as ${role}` : ''})`,
  'visits-per-year': (n) => `每年${n}次 (${n} a year)`,
};

const EN_COUNT_WORDS: Record<CountUnit, (n: number, role?: string) => string> = {
  'class-hours': (n) => `${n} class hours`,
  'training-days': (n) => `${n} ${n === 1 ? 'day' : 'days'}`,
  trainees: (n, role) => `${n} ${n === 1 ? 'trainee' : 'trainees'}${role ? ` as ${role}` : ''}`,
  'visits-per-year': (n) => `${n} ${n === 1 ? 'visit' : 'visits'} a year`,
};

const enProvision = (item: Provision, n: number) => `${zhProvision(item, n)} (${n} ${PROVISION_UNITS[item].en[n === 1 ? 0 : 1]})`;

/** Where the content would say it, for a provision it does not make. */
const EN_NOT_PROVIDED: Record<Provision, string> = {
  loaner: "we list no loaner: no spare for the project's systems is marked `loaner`, and no `loaner` commitment is in force",
  'spare-parts': "we list no spare parts for the project's systems in the resources",
  'resident-engineer': 'we station no engineer on site: no team member is marked `resident`',
};

const enPromise = (p: '7x24' | '5x8') => `${PROMISE_LABELS[p].zh} (${PROMISE_LABELS[p].en})`;

const EN_VERDICT = {
  'within-maximum': 'within the required maximum of',
  'at-maximum': 'exactly the required maximum of',
  'over-maximum': 'over the required maximum of',
  'above-minimum': 'above the required minimum of',
  'at-minimum': 'exactly the required minimum of',
  'below-minimum': 'below the required minimum of',
  'count-above': 'above the required minimum of',
  'count-equal': 'exactly the required minimum of',
  'count-below': 'below the required minimum of',
} as const satisfies Partial<Record<Reason['reason'], string>>;

function enRequiredEvent(r: Required): string {
  return r.kind === 'duration' && r.target && r.from !== 'report' ? ` from ${EVENT_LABELS[r.from].en}` : '';
}

function enIncomparable(why: Incomparable, o: DurationOffer, r: Required): string {
  switch (why) {
    case 'seasons':
      return 'heating/cooling seasons against calendar time';
    case 'no-service-hours':
      return 'a business clock, and the organisation defines no service hours';
    case 'units':
      return 'incomparable units';
    case 'chain-broken':
      return `it is counted from ${o.subject.kind === 'commitment' ? EVENT_LABELS[o.subject.from].en : 'another event'}, which no commitment bounds under these conditions`;
    case 'other-event':
      return `it is counted from ${o.subject.kind === 'commitment' ? EVENT_LABELS[o.subject.from].en : 'another event'}, the tender from ${r.kind === 'duration' ? EVENT_LABELS[r.from].en : 'another event'}`;
  }
}

/** What "nothing promised" means per subject. */
function enNothing(r: Required, v: EnVoice): string {
  if (r.kind !== 'duration') return 'we promise nothing';
  if (r.target) return `we promise no ${r.target} ${r.bound === 'max' ? 'time' : 'period'}${r.when ? ` for ${v.conditions(r.when)}` : ''}`;
  if (r.from === 'acceptance' && r.bound === 'max') return 'we promise no warranty certificate (保修书)';
  if (r.from === 'acceptance') return 'we promise no free warranty';
  return 'we keep no records';
}

function en(a: Assessment, v: EnVoice): Wording {
  const r = a.reason;
  const from = a.required.kind === 'duration' && a.required.target ? a.required.from : 'report';
  const o = a.offer;
  let answer: string;
  let value: string;
  switch (o.kind) {
    case 'durations':
      answer = o.offers.length ? o.offers.map((x) => enOffer(x, v, from)).join('; ') : v.notPromised;
      value = 'offered' in r && typeof r.offered === 'object' ? v.duration(r.offered.duration) : v.notPromised;
      break;
    case 'count':
      answer = value = v.count(o.unit, o.count, o.role);
      break;
    case 'provision':
      answer = value = v.provision(o.item, o.count);
      if (!o.count && o.sources.some((s) => s.kind === 'commitment')) answer = `${v.provisionName(o.item)} in our loaner commitments, none listed in stock`;
      break;
    case 'promise':
      answer = value = o.promise ? v.promise(o.promise) : v.notPromised;
      break;
    case 'statement':
      answer = value = `${zhText(o.answer)}`;
      break;
    case 'unresolved':
      answer = value = v.notPromised;
      break;
  }

  let note: string;
  let reason: string;
  switch (r.reason) {
    case 'within-maximum':
    case 'at-maximum':
    case 'over-maximum':
    case 'above-minimum':
    case 'at-minimum':
    case 'below-minimum': {
      note = `${EN_VERDICT[r.reason]} ${v.duration(r.required)}${enRequiredEvent(a.required)}`;
      const hours = r.when ? `, which covers ${describeHours(r.when, 'en')} of the required hours` : '';
      reason = `we offer ${r.of > 1 ? 'at worst ' : ''}${enOffer(r.offered, v, from)}${hours} — ${note}`;
      break;
    }
    case 'not-promised':
      note = `where the tender requires ${r.bound === 'max' ? 'at most' : 'at least'} ${v.duration(r.required)}${enRequiredEvent(a.required)}`;
      reason = `${enNothing(a.required, v)}, ${note}`;
      break;
    case 'incomparable':
      note = `cannot be compared with the required ${r.bound === 'max' ? 'maximum' : 'minimum'} of ${v.duration(r.required)}${enRequiredEvent(a.required)} (${enIncomparable(r.why, r.offered, a.required)})`;
      reason = `we offer ${enOffer(r.offered, v, from)}, which ${note}`;
      break;
    case 'count-above':
    case 'count-equal':
    case 'count-below': {
      const label = (n: number) =>
        r.unit === 'loaner' || r.unit === 'spare-parts' || r.unit === 'resident-engineer' ? v.provision(r.unit, n) : v.count(r.unit, n, a.required.kind === 'count' ? a.required.role : undefined);
      note = `${EN_VERDICT[r.reason]} ${label(r.required)}`;
      reason = `we ${o.kind === 'provision' ? 'provide' : 'offer'} ${label(r.offered)} — ${note}`;
      break;
    }
    case 'provided':
      note = `as the tender asks for ${v.provisionName(r.item)}`;
      reason = `we provide ${answer}, ${note}`;
      break;
    case 'not-provided':
      note = r.stated ? `where the tender requires ${v.provision(r.item, r.required)}` : `where the tender asks for ${v.provisionName(r.item)}`;
      reason = `${EN_NOT_PROVIDED[r.item]}, ${note}`;
      break;
    case 'stronger-promise':
    case 'same-promise':
    case 'weaker-promise':
      note = `${r.reason === 'same-promise' ? 'as' : 'where'} the tender requires ${r.reason === 'stronger-promise' ? 'only ' : ''}${v.promise(r.required)}`;
      reason = `we offer ${v.promise(r.offered)} ${note}`;
      break;
    case 'no-promise':
      note = `where the tender requires ${v.promise(r.required)}`;
      reason = `no applied service level promises hotline hours, ${note}`;
      break;
    case 'unresolved':
      note = `the bid's ${r.entry} entry does not resolve`;
      reason = note;
      break;
    case 'stated':
      note = r.deviation === 'none' ? 'answered in words' : `answered in words, marked ${r.deviation === 'positive' ? 'a positive' : 'a negative'} deviation`;
      reason = `${note}: “${zhText((o as Extract<typeof o, { kind: 'statement' }>).answer)}”`;
      break;
  }
  const accepted = a.requirement.acceptedDeviation;
  if (accepted && a.deviation === 'negative') note = `${note}. Reason for the deviation: ${enText(accepted.reason).replace(/[。.]$/, '')}`;
  return { answer, note, reason, value };
}

