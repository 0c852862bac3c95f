/**
 * How a promise is framed in its sentence, beyond its conditions:
 *
 * - **typical** ("一般在2小时内恢复", "typically fixed within 4 hours"): a usual time, not a
 *   limit; it contradicts a limit only by exceeding it;
 * - **exception** ("但节假日期间放宽至6小时", "郊区项目到场时间相应延长"): carved out of a general
 *   promise, so it meets a general promise only where that names the same conditions, or
 *   holds for all cases;
 * - **universal** ("所有报修均在2小时内到场", "all faults"): holds for every case, exceptions
 *   and special cases included;
 * - **exclusions** ("除台风、暴雨等恶劣天气外", "…（不可抗力除外）", "except in severe weather"):
 *   what the promise does not cover; qualifier words there are not its conditions.
 *
 * Pure; works on the normalised text and the structure's spans.
 */
import { APPROX, BOUNDS, EXCEPTION_MARKERS, EXCLUSIONS, EXPLICIT_MAXIMUM, LINKERS, TYPICAL_FILLERS, TYPICAL_MARKERS, UNIVERSAL_MARKERS, type TermSet } from './lexicon.ts';
import type { Occurrence } from './qualifiers.ts';
import { lowerBound, overlapsAny } from './spans.ts';
import type { Span } from './structure.ts';
import { compileSet, compileTerms } from './terms.ts';

const join = (...sets: TermSet[]): TermSet => ({ zh: sets.flatMap((s) => s.zh ?? []), en: sets.flatMap((s) => s.en ?? []) });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

const typicalMarker = compileSet(TYPICAL_MARKERS);
const exceptionOpener = compileTerms([
  { terms: EXCEPTION_MARKERS.open, value: true },
  { terms: EXCEPTION_MARKERS.blockers, value: false },
]);
const exceptionAdjuster = compileSet(EXCEPTION_MARKERS.adjust);
const universalMarker = compileSet(UNIVERSAL_MARKERS);
const explicitMax = compileSet(EXPLICIT_MAXIMUM);
/** What may stand between a typical marker and its number: linkers, bound words, the target itself. */
const filler = compileSet(join(LINKERS, BOUNDS.maxBefore, BOUNDS.minBefore, APPROX.before, TYPICAL_FILLERS), (b) => `^(?:\\s|[,:]|${b})*$`);

/** Where a Chinese exclusion may start: the first characters of its opening and closing words. */
const ZH_EXCLUSION_START = new RegExp(`[${[...new Set([...EXCLUSIONS.zh.open, ...EXCLUSIONS.zh.after].map((w) => w[0]))].join('')}]`, 'g');
/** "除恶劣天气外" at a given position. */
const ZH_EXCLUSION_OPEN = new RegExp(`(?:${alternation(EXCLUSIONS.zh.open)})([^,;。:!?\\n]{1,24}?)(?:${alternation(EXCLUSIONS.zh.close)})`, 'y');
/** "…人为损坏除外": the words before, back to the clause or bracket. */
const ZH_EXCLUSION_AFTER = new RegExp(`([^,;。:!?\\n(]{1,24}?)(?:的)?$`);
const EN_EXCLUSION = new RegExp(`(?<![A-Za-z])(?:${alternation(EXCLUSIONS.en.open).replace(/ /g, '\\s+')})\\s+([^,;.!?\\n]{1,40})`, 'gi');

/** Every exclusion in the text ("除…外", "…除外", "except for …"), as spans of what is excluded. */
export function scanExclusions(norm: string): Span[] {
  const out: Span[] = [];
  ZH_EXCLUSION_START.lastIndex = 0;
  for (let m = ZH_EXCLUSION_START.exec(norm); m; m = ZH_EXCLUSION_START.exec(norm)) {
    const at = m.index;
    const after = EXCLUSIONS.zh.after.find((w) => norm.startsWith(w, at));
    if (after) {
      const before = norm.slice(Math.max(0, at - 26), at);
      const b = ZH_EXCLUSION_AFTER.exec(before);
      if (b) out.push({ start: at - before.length + b.index, end: at - before.length + b.index + b[1]!.length });
      ZH_EXCLUSION_START.lastIndex = at + after.length;
      continue;
    }
    ZH_EXCLUSION_OPEN.lastIndex = at;
    const o = ZH_EXCLUSION_OPEN.exec(norm);
    if (!o) continue;
    const start = at + o[0].indexOf(o[1]!);
    out.push({ start, end: start + o[1]!.length });
    ZH_EXCLUSION_START.lastIndex = at + o[0].length;
  }
  EN_EXCLUSION.lastIndex = 0;
  for (let m = EN_EXCLUSION.exec(norm); m; m = EN_EXCLUSION.exec(norm)) {
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.length });
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface Framing {
  typical?: true;
  exception?: true;
  universal?: true;
}

/**
 * How the promise at `hit` is framed. `segment` is the hit's own stretch, `sentence` its
 * sentence, `clauses` the clauses of that sentence; `occurrences` the qualifier words (a
 * typical marker inside "一般故障" is a severity, not a marker); `targets` the target words
 * (which may stand between a marker and its number: "typically fixed within 4 hours");
 * `exclusions` from scanExclusions.
 */
export function framingOf(
  norm: string,
  hit: Span,
  segment: Span,
  sentence: Span,
  clauses: readonly Span[],
  occurrences: readonly Occurrence[],
  targets: readonly Span[],
  exclusions: readonly Span[],
): Framing {
  const out: Framing = {};
  const usable = (m: Span) => !overlapsAny(occurrences, m.start, m.end) && !overlapsAny(exclusions, m.start, m.end);
  // Typical: a marker before the number with only linkers (and the target) between, or a
  // clause of its own opening the sentence ("一般情况下，…"); never for an explicit maximum.
  const before = norm.slice(segment.start, hit.start);
  if (!explicitMax.test(before)) {
    const own = typicalMarker.all(norm, segment.start, hit.start).filter(usable);
    const last = own[own.length - 1];
    const between = last ? withoutTargets(norm, last.end, hit.start, targets) : '';
    const heading = clauses.find((c) => c.end <= hit.start && typicalMarker.all(norm, c.start, c.end).some((m) => usable(m) && m.start === c.start && m.end === c.end));
    if ((last && filler.test(between)) || heading) out.typical = true;
  }
  // "但节假日期间…": an opening word followed by a condition; "…相应延长": an adjusting word anywhere before the number.
  const opened = exceptionOpener
    .all(norm, sentence.start, hit.start)
    .some((m) => m.value && usable(m) && occurrences.some((o) => o.start >= m.end && o.end <= hit.start && o.dim !== 'whole'));
  if (opened || exceptionAdjuster.all(norm, sentence.start, hit.start).some(usable)) out.exception = true;
  if (universalMarker.all(norm, sentence.start, hit.start).some(usable) && !overlapsAny(exclusions, sentence.start, sentence.end)) out.universal = true;
  return out;
}

/** The text of [start, end) with the target words in it replaced by spaces. */
function withoutTargets(norm: string, start: number, end: number, targets: readonly Span[]): string {
  let out = '';
  let at = start;
  for (let i = lowerBound(targets, start); i < targets.length && targets[i]!.start < end; i++) {
    const t = targets[i]!;
    out += `${norm.slice(at, Math.max(at, t.start))} `;
    at = Math.max(at, t.end);
  }
  return out + norm.slice(at, end);
}
