/**
 * Contradictions among findings: the same target promised with two different values under
 * conditions that can hold at once (on site "within 24 h" and "within 2 h"; a free warranty
 * of 一年 and of 贰年), and our promises that fall short of a requirement quoted from the tender.
 *
 * Rules:
 * - Only the same kind, measure and start event are compared (a time counted from arrival,
 *   到场后48小时内修复, never meets one counted from the report) (durations with durations, frequencies
 *   with frequencies); 7×24 coverage never conflicts (a 5×8 desk next to a 7×24 mobile is a
 *   plan), nor do maintenance levels (monthly, quarterly and annual 保养 are three levels).
 * - Every qualifier must overlap (qualifiersOverlap); a missing qualifier is "any".
 *   A warranty naming an asset class or work category (屋面防水 5年) is its own scope and
 *   never meets the general warranty.
 * - Same bound (max/max, min/min, exact/exact): a conflict when the values differ after
 *   unit normalisation (120分钟 = 2小时, 1周 = 7天, 两年 = 24个月; 30天 may be 1个月).
 *   `exact` against a bound: a conflict only when the exact value breaks it (质保期贰年 vs
 *   质保期不少于3年). `max` against `min` never conflicts.
 * - Frequencies of different activities (a monthly 检查, a quarterly 联动测试) are not compared.
 * - Values counted in different measures (working days against hours) are not compared.
 * - A requirement (quoted from the tender) is compared with our promises only: a conflict
 *   when the promise breaks it (a negative deviation). Two requirements never conflict.
 * - Approximate values (约7天, 7天左右) only conflict with a value they cannot be.
 * - Framing (statement.ts): a typical value (一般2小时) contradicts a limit only by exceeding
 *   it; an exception (但节假日6小时) meets a general promise only if that names the same
 *   conditions, or is universal (所有报修均…), which also meets special cases; a promise
 *   excluding something (除恶劣天气外) does not meet a promise made for it.
 * - Different audiences (training), different subjects (收费车道设备 / 监控中心设备) never meet;
 *   a training course for an audience and a warranty for a subject are their own scopes.
 *
 * Findings are grouped by equal value and conditions first, so a text that repeats the same
 * contradiction many times gives one conflict per pair of distinct statements.
 */
import type { Bound, Kind, TextFinding } from './extract.ts';
import { NEVER_CONFLICT } from './lexicon.ts';
import { describeQualifiers, qualifiersOverlap, subjectsOverlap, type Qualifiers } from './qualifiers.ts';
import { compareQuantities, describeQuantity, quantityKey, ratioOf, type Quantity } from './units.ts';

export interface Conflict {
  kind: Kind;
  /** Indices into the findings given, every finding on either side, ascending. */
  commitments: number[];
  /** The two sides: the findings stating one value, and those stating the other. */
  sides: [number[], number[]];
  reason: 'different-values' | 'requirement-not-met';
  message: string;
}

interface Group {
  indices: number[];
  finding: TextFinding;
}

const PER_YEAR = { week: 52, month: 12, quarter: 4, year: 1 } as const;

/** A comparable value: a quantity, or a rate per year. */
function compare(a: TextFinding, b: TextFinding): number | undefined {
  if (a.measure === 'duration' && b.measure === 'duration') return compareQuantities(a.value, b.value);
  if (a.measure === 'frequency' && b.measure === 'frequency') {
    return Math.sign(a.frequency.count * PER_YEAR[a.frequency.per] - b.frequency.count * PER_YEAR[b.frequency.per]);
  }
  return undefined;
}

/** Whether `value` breaks the promise `bound` `limit` (cmp = value compared to limit). */
const breaks = (bound: Bound, cmp: number) => (bound === 'max' ? cmp > 0 : bound === 'min' ? cmp < 0 : cmp !== 0);

function valueKey(f: TextFinding): string {
  if (f.measure === 'duration') return quantityKey(f.value);
  if (f.measure === 'frequency') return `rate:${f.frequency.count * PER_YEAR[f.frequency.per]}`;
  return `coverage:${f.coverage.days}x${f.coverage.hours}`;
}

function describe(f: TextFinding): string {
  const value =
    f.measure === 'duration'
      ? describeQuantity(f.value as Quantity)
      : f.measure === 'frequency'
        ? `${f.frequency.count}× per ${f.frequency.per}`
        : `${f.coverage.days}×${f.coverage.hours}`;
  const bound = f.measure === 'duration' && f.typical ? 'typically ' : f.bound === 'max' ? 'at most ' : f.bound === 'min' ? 'at least ' : '';
  return `${bound}${value}${f.measure === 'duration' && f.value.approx ? ' (approx.)' : ''}${f.measure === 'duration' && f.from ? ` after ${f.from}` : ''}`;
}

const where = (g: Group, findings: readonly TextFinding[]) =>
  `"${g.finding.source.match}" (line${g.indices.length > 1 ? 's' : ''} ${[...new Set(g.indices.map((i) => findings[i]!.source.line))].join(', ')})`;

/** Every contradiction among the findings. */
export function findConflicts(findings: readonly TextFinding[]): Conflict[] {
  // Group identical statements: same kind, bound, measure, value, conditions and role.
  const groups = new Map<string, Group>();
  findings.forEach((f, i) => {
    if (f.measure === 'coverage' || NEVER_CONFLICT.has(f.kind)) return;
    const framing = [f.measure === 'duration' && f.typical ? 'typical' : '', f.exception ? 'exception' : '', f.universal ? 'all' : '', f.excludes ? JSON.stringify(f.excludes) : ''].join(',');
    const key = [f.kind, f.measure, f.bound, fromOf(f), f.requirement ? 'req' : 'ours', valueKey(f), JSON.stringify(f.qualifiers), framing].join('|');
    const g = groups.get(key);
    if (g) g.indices.push(i);
    else groups.set(key, { indices: [i], finding: f });
  });
  const byKind = new Map<string, Group[]>();
  for (const g of groups.values()) {
    const list = byKind.get(g.finding.kind) ?? [];
    list.push(g);
    byKind.set(g.finding.kind, list);
  }
  const out: Conflict[] = [];
  for (const [kind, list] of byKind) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        const verdict = judge(a.finding, b.finding, kind);
        if (!verdict) continue;
        const [first, second] = a.indices[0]! <= b.indices[0]! ? [a, b] : [b, a];
        out.push({
          kind,
          commitments: [...first.indices, ...second.indices].sort((x, y) => x - y),
          sides: [first.indices, second.indices],
          reason: verdict,
          message:
            verdict === 'requirement-not-met'
              ? requirementMessage(kind, first, second, findings)
              : `${kind}: ${describe(first.finding)} ${where(first, findings)} contradicts ${describe(second.finding)} ${where(second, findings)} under the same conditions (${describeQualifiers(first.finding.qualifiers)} / ${describeQualifiers(second.finding.qualifiers)}).`,
        });
      }
    }
  }
  return out.sort((x, y) => x.commitments[0]! - y.commitments[0]! || x.commitments[1]! - y.commitments[1]!);
}

function requirementMessage(kind: string, first: Group, second: Group, findings: readonly TextFinding[]): string {
  const [req, ours] = first.finding.requirement ? [first, second] : [second, first];
  return `${kind}: the tender requires ${describe(req.finding)} ${where(req, findings)}, but the bid promises ${describe(ours.finding)} ${where(ours, findings)} (a negative deviation).`;
}

function closeEstimates(a: TextFinding, b: TextFinding): boolean {
  if (a.measure !== 'duration' || b.measure !== 'duration' || !(a.value.approx || b.value.approx)) return false;
  const r = ratioOf(a.value, b.value);
  return r !== undefined && r <= 1.25 && r >= 0.8;
}

/** Whether two promises can apply to one situation: conditions, exceptions, exclusions. */
function meet(a: TextFinding, b: TextFinding, kind: string): boolean {
  // A promise for all cases covers the special ones too (返厂, 恶劣天气).
  const qa = b.universal && !b.qualifiers.case ? { ...a.qualifiers, case: undefined } : a.qualifiers;
  const qb = a.universal && !a.qualifiers.case ? { ...b.qualifiers, case: undefined } : b.qualifiers;
  if (!qualifiersOverlap(qa, qb, kind)) return false;
  if (a.exception && !b.universal && !namesAll(b.qualifiers, a.qualifiers)) return false;
  if (b.exception && !a.universal && !namesAll(a.qualifiers, b.qualifiers)) return false;
  if (a.excludes && within(b.qualifiers, a.excludes)) return false;
  if (b.excludes && within(a.qualifiers, b.excludes)) return false;
  return true;
}

const DIMENSIONS = ['severity', 'zone', 'window', 'season', 'asset', 'case', 'audience', 'subject', 'customer', 'region', 'faultType'] as const;

/** Whether `q` names every condition the exception `exception` is made for (an exception naming none is a case of its own). */
function namesAll(q: Qualifiers, exception: Qualifiers): boolean {
  const named = DIMENSIONS.filter((d) => exception[d] !== undefined);
  return named.length > 0 && named.every((d) => q[d] !== undefined);
}

/** Whether `q` falls within the excluded conditions: it names each of them, with an overlapping value. */
function within(q: Qualifiers, excluded: Qualifiers): boolean {
  const named = DIMENSIONS.filter((d) => excluded[d] !== undefined);
  if (!named.length || !named.every((d) => q[d] !== undefined)) return false;
  const only: Qualifiers = {};
  for (const d of named) (only as Record<string, unknown>)[d] = q[d];
  if (!qualifiersOverlap(only, excluded)) return false;
  return subjectsOverlap(q.subject, excluded.subject);
}

/** The event a time counts from: the report unless written (到场后…). */
const fromOf = (f: TextFinding) => (f.measure === 'duration' && f.from) || 'report';

function judge(a: TextFinding, b: TextFinding, kind: string): Conflict['reason'] | undefined {
  if (a.measure !== b.measure) return undefined;
  // Like with like: 48 hours after arrival is no contradiction of 8 hours after the report.
  if (fromOf(a) !== fromOf(b)) return undefined;
  if (a.requirement && b.requirement) return undefined;
  if (!meet(a, b, kind)) return undefined;
  if (a.measure === 'frequency' && b.measure === 'frequency' && a.activity && b.activity && a.activity !== b.activity) return undefined;
  const cmp = compare(a, b);
  if (cmp === undefined || cmp === 0) return undefined;
  // A typical value is no limit: it contradicts a limit (at most, or exact) only by exceeding it.
  const typicalA = a.measure === 'duration' && !!a.typical;
  const typicalB = b.measure === 'duration' && !!b.typical;
  if (typicalA !== typicalB) {
    const [limit, c] = typicalA ? [b, cmp] : [a, -cmp];
    if (limit.requirement || limit.bound === 'min') return undefined;
    return c > 0 ? 'different-values' : undefined;
  }
  if (a.requirement || b.requirement) {
    const [req, ours, c] = a.requirement ? [a, b, -cmp] : [b, a, cmp];
    // `c` compares ours to the requirement. An exact requirement is read as the bound of its kind.
    const bound = req.bound === 'exact' ? (ours.bound === 'exact' ? 'exact' : ours.bound) : req.bound;
    if (ours.bound !== 'exact' && ours.bound !== bound) return undefined;
    return breaks(bound, c) ? 'requirement-not-met' : undefined;
  }
  // An estimate (约7天, 7天左右) only contradicts a value more than a quarter away from it.
  if (closeEstimates(a, b)) return undefined;
  if (a.bound === b.bound) return 'different-values';
  if (a.bound === 'exact' || b.bound === 'exact') {
    const [bounded, c] = a.bound === 'exact' ? [b, cmp] : [a, -cmp];
    return breaks(bounded.bound, c) ? 'different-values' : undefined;
  }
  return undefined;
}
