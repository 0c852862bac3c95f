/**
 * Conditions as sets, so that overlap is computed and never guessed from strings:
 * severities, zones, asset classes and fault types are id sets, the time window is a set of minutes
 * of the week, the season a set of months. A missing dimension is "every value".
 */
import type { Conditions } from '../schema/primitives.ts';
import { ALL_MONTHS, describeMonths, monthsOf } from '../time/months.ts';
import { ALWAYS, intersect, isEmpty, type WeekSet } from '../time/week.ts';

export interface ResolvedConditions {
  severity?: ReadonlySet<string>;
  zone?: ReadonlySet<string>;
  asset?: ReadonlySet<string>;
  faultType?: ReadonlySet<string>;
  /** Minutes of the week. */
  window: WeekSet;
  /** 12-bit month set. */
  months: number;
  /** The author's words, for messages. */
  raw: Conditions;
}

export interface ConditionVocabulary {
  windows: ReadonlyMap<string, WeekSet>;
  seasons: ReadonlyMap<string, number>;
}

const toSet = (v: string | string[] | undefined) => (v === undefined ? undefined : new Set(Array.isArray(v) ? v : [v]));

export function resolveConditions(when: Conditions | undefined, vocab: ConditionVocabulary): ResolvedConditions {
  const raw = when ?? {};
  return {
    severity: toSet(raw.severity),
    zone: toSet(raw.zone),
    asset: toSet(raw.asset),
    faultType: toSet(raw.faultType),
    // An unknown window or season is reported as a dangling reference; here it is taken
    // as "always" so that it can still be compared.
    window: raw.window === undefined ? ALWAYS : (vocab.windows.get(raw.window) ?? ALWAYS),
    months:
      raw.season === undefined
        ? ALL_MONTHS
        : typeof raw.season === 'string'
          ? (vocab.seasons.get(raw.season) ?? ALL_MONTHS)
          : monthsOf(raw.season),
    raw,
  };
}

const setsOverlap = (a?: ReadonlySet<string>, b?: ReadonlySet<string>) => !a || !b || [...a].some((x) => b.has(x));

const setsMeet = (a?: ReadonlySet<string>, b?: ReadonlySet<string>) => (!a ? b : !b ? a : new Set([...a].filter((x) => b.has(x))));

/**
 * The situations in which both hold (assumes they overlap). The author's words of the
 * result are those of `a`, widened by `b`'s where `a` says nothing.
 */
export function intersectConditions(a: ResolvedConditions, b: ResolvedConditions): ResolvedConditions {
  return {
    severity: setsMeet(a.severity, b.severity),
    zone: setsMeet(a.zone, b.zone),
    asset: setsMeet(a.asset, b.asset),
    faultType: setsMeet(a.faultType, b.faultType),
    window: intersect(a.window, b.window),
    months: a.months & b.months,
    raw: { ...b.raw, ...a.raw },
  };
}

/** Whether some real situation satisfies both: every dimension must overlap. */
export function overlaps(a: ResolvedConditions, b: ResolvedConditions): boolean {
  return (
    setsOverlap(a.severity, b.severity) &&
    setsOverlap(a.zone, b.zone) &&
    setsOverlap(a.asset, b.asset) &&
    setsOverlap(a.faultType, b.faultType) &&
    (a.months & b.months) !== 0 &&
    !isEmpty(intersect(a.window, b.window))
  );
}

/** Whether every dimension but `except` overlaps. */
export function overlapsExcept(a: ResolvedConditions, b: ResolvedConditions, except: 'severity' | 'zone'): boolean {
  return overlaps({ ...a, [except]: undefined }, { ...b, [except]: undefined });
}

/** Whether `inner` holds only where `outer` does (outer covers inner). */
export function covers(outer: ResolvedConditions, inner: ResolvedConditions): boolean {
  const setCovers = (o?: ReadonlySet<string>, i?: ReadonlySet<string>) => !o || (!!i && [...i].every((x) => o.has(x)));
  const windowCovers = intersect(outer.window, inner.window);
  return (
    setCovers(outer.severity, inner.severity) &&
    setCovers(outer.zone, inner.zone) &&
    setCovers(outer.asset, inner.asset) &&
    setCovers(outer.faultType, inner.faultType) &&
    (inner.months & ~outer.months) === 0 &&
    JSON.stringify(windowCovers) === JSON.stringify(inner.window)
  );
}

/** "severity p1, zone city, window weekday-hours" — or "all cases". */
export function describeConditions(c: ResolvedConditions): string {
  const parts: string[] = [];
  const list = (s?: ReadonlySet<string>) => (s ? [...s].join('/') : undefined);
  if (c.severity) parts.push(`severity ${list(c.severity)}`);
  if (c.zone) parts.push(`zone ${list(c.zone)}`);
  if (c.raw.window) parts.push(`window ${c.raw.window}`);
  if (c.raw.season) parts.push(`season ${typeof c.raw.season === 'string' ? c.raw.season : `months ${describeMonths(c.months)}`}`);
  if (c.asset) parts.push(`asset ${list(c.asset)}`);
  if (c.faultType) parts.push(`fault type ${list(c.faultType)}`);
  return parts.length ? parts.join(', ') : 'all cases';
}
