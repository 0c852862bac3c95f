/**
 * The free-text commitment extractor: finds time limits, periods, frequencies, 7×24
 * coverage and unfilled template blanks in Chinese and English prose, and says what each
 * promises (target), how (bound) and under which conditions (qualifiers).
 *
 * How a number is read:
 * 1. Spans that are never durations are found and masked first: dates, clock times, month
 *    ranges, list numbering, 7×24 coverage and frequencies (每年不少于两次) (scan.ts).
 * 2. Each remaining number + unit is a quantity. Its clause (split at ，；。) is cut at the
 *    neighbouring quantities (and at 、 between them) into its own segment.
 * 3. Target (reader.ts): in Chinese the target usually follows the number (2小时内到达现场) unless the
 *    target is written first and only linker words stand between (到场时间不超过2小时);
 *    in English the target usually comes first. Then the rest of the clause, the other
 *    clauses of the sentence, the table's column and row headers, and the lead-in line
 *    and headings above. A negated target (若4小时内未能修复) is a condition: the promise is
 *    what follows (提供同档次备机 → loaner).
 * 4. Bound: the words right before or after the number (不超过, 内, at least …), else the
 *    kind's default (a bare time limit is a maximum, a bare warranty is exact).
 * 5. Qualifiers: nearest in the segment, then the clause, the earlier clauses of the
 *    sentence, the table row and header, and the context lines (only when unambiguous).
 *    In English, conditions written right after the number come first ("within 2 hours at
 *    other times"). A subject the lexicon does not know is kept as written (subjects.ts).
 * 6. Framing (statement.ts): a typical value (一般…), an exception (但…), a promise for all
 *    cases (所有…), and what a promise excludes (除…外).
 * 7. Start event (events.ts): a time written after another event (到场后…, within 45 minutes of
 *    arrival) is counted from it (`from`); the event's word is never the target. A number in a
 *    penalty or billing step (每逾期1小时扣款…) is no commitment (Reader.isPenalty).
 * Words glued by PDF extraction are split first (unglue.ts); Traditional characters are read as
 * Simplified by `normalise`.
 *
 * Pure: no I/O. Offsets are UTF-16 indices into the given text; line and column are
 * 1-based, the column counted in Unicode code points.
 */
import { DEFAULT_BOUND, SERVICE_KINDS, WITHIN_MEANS_AT_LEAST, type Bound, type KnownKind, type Per, type StartEvent } from './lexicon.ts';
import { eventOf, scanEvents } from './events.ts';
import { type Spaced, spacedText } from './unglue.ts';
import { unwrappedText } from './unwrap.ts';
import type { Vocabulary } from './vocabulary.ts';
import { nonDurationSpans, scanQualifiers, type Occurrence, type Qualifiers } from './qualifiers.ts';
import { Reader, scanTargets, type TargetHit } from './reader.ts';
import { scanExclusions } from './statement.ts';
import { modifierSubjects } from './subjects.ts';
import {
  activityMatcher, dedupe, maskNonDurations, periodQuantity, roundTheClockCoverage, scanBlanks, scanCoverage, scanFrequencies,
  scanQuantities, type Hit,
} from './scan.ts';
import { lowerBound, Mask, overlapsAny } from './spans.ts';
import { normalise, Positions, spanAt, structure, type Clause, type Span } from './structure.ts';
import type { Quantity, Unit } from './units.ts';

export type { Bound } from './lexicon.ts';
/** A target kind; the known ones are listed in `KINDS` (lexicon.ts). */
export type Kind = KnownKind | (string & {});
export type { Quantity, Unit } from './units.ts';
export type { Qualifiers } from './qualifiers.ts';

/** Where a finding is: the matched words and the clause around them. */
export interface Source {
  /** UTF-16 offset of the match in the given text. */
  offset: number;
  /** UTF-16 length of the match. */
  length: number;
  /** 1-based line. */
  line: number;
  /** 1-based column, in code points. */
  column: number;
  /** The matched words ("2小时", "贰年", "每年至少要回访二次"). */
  match: string;
  /** The clause (or table cell) the match is in. */
  text: string;
}

interface FindingBase {
  kind: Kind;
  bound: Bound;
  qualifiers: Qualifiers;
  source: Source;
  /** Quoted from the tender (a 偏离表's 招标文件要求), not promised by us. */
  requirement?: true;
  /** Carved out of a general promise ("但节假日期间放宽至6小时"): meets it only under the same conditions. */
  exception?: true;
  /** Said to hold in every case ("所有报修均…", "all faults"), exceptions and special cases included. */
  universal?: true;
  /** Conditions the promise is said not to cover ("除恶劣天气外"): it does not meet a promise made for them. */
  excludes?: Qualifiers;
}

/** "2小时内到达现场": a length of time. */
export interface DurationFinding extends FindingBase {
  measure: 'duration';
  value: Quantity;
  /** When written as a range (2～4小时): `value` holds the upper bound, or the lower for a minimum. */
  range?: { from: number; to: number };
  /** A usual time, not a limit ("一般在2小时内恢复"): contradicts a limit only by exceeding it. */
  typical?: true;
  /**
   * The event the time is counted from when it is not the report: 到场后48小时内修复 →
   * `onsite`, 备件到货后8小时内 → `parts-arrival`. Only times counted from the same event compare.
   */
  from?: Exclude<StartEvent, 'report'>;
}

/** "每年不少于两次": a count per period; `value` is the period (1 year, 3 months …). */
export interface FrequencyFinding extends FindingBase {
  measure: 'frequency';
  frequency: { count: number; per: Per };
  /** What is counted: 'visit', 'patrol', 'check', 'test', 'maintenance'. Different activities never conflict. */
  activity?: string;
  value: Quantity;
  /** When written as a range (每周一到两次): `frequency.count` holds the lower count, or the upper for a maximum. */
  range?: { from: number; to: number };
}

/** "7×24小时": hours of coverage per day and days per week (kind `hotline`). Never a 24-hour time limit. */
export interface CoverageFinding extends FindingBase {
  measure: 'coverage';
  coverage: { days: number; hours: number };
}

export type TextFinding = DurationFinding | FrequencyFinding | CoverageFinding;

/** A unit without its number, as in an unfilled template: "于小时内到达现场", "within __ hours". */
export interface Blank {
  unit: Unit;
  /** The target, when one is recognisable. */
  kind?: Kind;
  source: Source;
}

export interface Extraction {
  commitments: TextFinding[];
  blanks: Blank[];
}

/**
 * Find every commitment and every unfilled blank in `text`. Lines a PDF layout wrapped
 * inside a Chinese word are read joined (unwrap.ts), words glued by PDF extraction
 * ("withintwo(2)hours") are read split (unglue.ts); positions, matches and clauses stay
 * those of `text`.
 */
export function extract(text: string, options: { vocabulary?: Vocabulary } = {}): Extraction {
  const spaced = reading(text);
  if (!spaced) return read(text, options.vocabulary);
  const found = read(spaced.text, options.vocabulary);
  const positions = new Positions(text);
  const original = (start: number, length: number) => [spaced.origin[start]!, spaced.origin[start + length - 1]! + 1] as const;
  const back = (s: Source): Source => {
    const [offset, end] = original(s.offset, s.length);
    // The clause holds the match and starts at or before it.
    const clauseStart = spaced.text.lastIndexOf(s.text, s.offset);
    const [cs, ce] = clauseStart >= 0 && s.text ? original(clauseStart, s.text.length) : [offset, end];
    return { ...s, offset, length: end - offset, ...positions.locate(offset), match: text.slice(offset, end), text: text.slice(cs, ce) };
  };
  return {
    commitments: found.commitments.map((f) => ({ ...f, source: back(f.source) })),
    blanks: found.blanks.map((b) => ({ ...b, source: back(b.source) })),
  };
}

/**
 * The text as it is read: soft wraps between Chinese characters joined (unwrap.ts), then
 * glued words split (unglue.ts), each character mapped back to `text`; undefined when the
 * reading is the text itself.
 */
function reading(text: string): Spaced | undefined {
  const unwrapped = unwrappedText(text);
  const spaced = spacedText(unwrapped?.text ?? text);
  if (!unwrapped || !spaced) return spaced ?? unwrapped;
  return { text: spaced.text, origin: spaced.origin.map((i) => unwrapped.origin[i]!) };
}

function read(text: string, vocabulary?: Vocabulary): Extraction {
  const norm = normalise(text);
  const positions = new Positions(text);
  const mask = new Mask(norm.length);
  const allOccurrences = scanQualifiers(norm);
  // Qualifier words inside "除…外" are what a promise excludes, not its conditions.
  const exclusions = scanExclusions(norm);
  const excluded = allOccurrences.filter((o) => overlapsAny(exclusions, o.start, o.end));
  const lexiconOccurrences = excluded.length ? allOccurrences.filter((o) => !excluded.includes(o)) : allOccurrences;
  // The organisation's own names, where the text writes them whole, decide their dimension.
  const qualifierOccurrences = vocabulary ? vocabulary.apply(norm, lexiconOccurrences) : lexiconOccurrences;
  for (const s of nonDurationSpans(allOccurrences)) mask.add(s.start, s.end);
  maskNonDurations(norm, mask);
  const coverage = scanCoverage(norm, mask);
  const frequencies = scanFrequencies(norm, mask);
  // "24小时热线", "24小时有人值守": round-the-clock coverage, no time limit.
  const quantities = roundTheClockCoverage(norm, dedupe(scanQuantities(norm, mask)), coverage, mask);
  const numbered = [...coverage, ...frequencies, ...quantities].sort((a, b) => a.start - b.start);
  const blanks = scanBlanks(norm, numbered);
  const hits = [...numbered, ...blanks].sort((a, b) => a.start - b.start);

  // Event phrases (到场后, of arrival) say when a clock starts; their words are no targets.
  const events = scanEvents(norm);
  const targets = scanTargets(norm, numbered).filter((t) => !overlapsAny(events, t.start, t.end));
  const startEvents = eventOf(norm, events, hits);
  // What a frequency counts; an activity no kind stands for (演练, 备份) makes it no finding.
  const frequencyVerbs: TargetHit[] = activityMatcher
    .all(norm)
    .map((v) =>
      v.value
        ? { start: v.start, end: v.end, kind: v.value.kind, activity: v.value.activity, negated: false }
        : { start: v.start, end: v.end, kind: 'maintenance' as const, unread: true as const, negated: false },
    );
  // Qualifier words inside a number (个工作日) or, for assets, inside a target (备用设备) are none.
  const occurrences: Occurrence[] = qualifierOccurrences.filter(
    (o) => !overlapsAny(quantities, o.start, o.end) && !(o.dim === 'asset' && overlapsAny(targets, o.start, o.end)),
  );
  modifierSubjects(norm, occurrences, targets);

  const doc = structure(norm, (start, end) => {
    const i = lowerBound(numbered, start);
    return i < numbered.length && numbered[i]!.start < end;
  });
  const reader = new Reader(norm, doc, targets, occurrences, hits, exclusions, excluded);

  const commitments: TextFinding[] = [];
  const blankFindings: Blank[] = [];
  for (const [hitIndex, hit] of hits.entries()) {
    const clauseIndex = spanAt(doc.clauses, hit.start);
    const clause = doc.clauses[clauseIndex];
    if (!clause || clause.start > hit.start) continue;
    const source = sourceOf(text, positions, hit, clause);
    if (hit.type === 'blank') {
      const kind = reader.target(hit, clauseIndex, targets)?.kind;
      blankFindings.push({ unit: hit.unit!, ...(kind ? { kind } : {}), source });
      continue;
    }
    if (hit.type === 'duration' && (reader.notACommitment(hit, clauseIndex) || reader.isPenalty(hit, clauseIndex))) continue;
    let target = hit.type === 'coverage' ? undefined : reader.target(hit, clauseIndex, hit.type === 'frequency' ? frequencyVerbs : targets);
    // "2小时内查明原因并处理完毕": a deadline for the fix, which includes finding the cause.
    if (target?.kind === 'diagnosis') target = reader.joinedFix(target, hit, clauseIndex, targets) ?? target;
    const kind: KnownKind | undefined = hit.type === 'coverage' ? 'hotline' : target?.unread ? undefined : target?.kind;
    if (!kind) continue;
    const qualifiers = reader.qualifiers(hit, clauseIndex, kind);
    const requirement = reader.isRequirement(hit, clauseIndex);
    const { typical, ...framing } = hit.type === 'coverage' ? {} : reader.framing(hit, clauseIndex);
    const excludes = hit.type === 'coverage' ? undefined : reader.excludes(hit, clauseIndex);
    const base = { kind, qualifiers, source, ...(requirement ? { requirement: true as const } : {}), ...framing, ...(excludes ? { excludes } : {}) };
    if (hit.type === 'coverage') {
      commitments.push({ ...base, measure: 'coverage', bound: 'exact', coverage: hit.coverage! });
    } else if (hit.type === 'frequency') {
      const bound = hit.boundHint ?? reader.bound(hit, clauseIndex) ?? 'exact';
      const frequency = { ...hit.frequency! };
      if (hit.range) frequency.count = bound === 'max' ? hit.range.to : hit.range.from;
      commitments.push({
        ...base,
        measure: 'frequency',
        bound,
        frequency,
        value: periodQuantity(frequency),
        ...activityOf(target?.activity, reader.rowLabel(clauseIndex) ?? reader.itemLead(hit, clauseIndex)),
        ...(hit.range ? { range: hit.range } : {}),
      });
    } else {
      let bound = reader.bound(hit, clauseIndex) ?? DEFAULT_BOUND[kind];
      if (bound === 'max' && WITHIN_MEANS_AT_LEAST.has(kind) && reader.saysWithin(hit)) bound = 'min';
      const value: Quantity = { ...hit.quantity! };
      if (hit.range) value.amount = bound === 'min' ? rangeAmount(hit, 'from') : rangeAmount(hit, 'to');
      if (reader.isApprox(hit, clauseIndex) || (hit.range && hit.zh && !/[至到~\-—–〜]/.test(norm.slice(hit.start, hit.end)))) value.approx = true;
      const event = (startEvents.get(hitIndex) ?? reader.cellEvent(clauseIndex, events))?.event;
      const from = event && event !== 'report' && event !== kind && SERVICE_KINDS.has(kind) ? event : undefined;
      commitments.push({ ...base, measure: 'duration', bound, value, ...(hit.range ? { range: hit.range } : {}), ...(typical ? { typical } : {}), ...(from ? { from } : {}) });
    }
  }
  return { commitments, blanks: blankFindings };
}

/** What a frequency counts: its verb's activity, narrowed to the task its table row or list item names. */
function activityOf(verb: string | undefined, row: string | undefined): { activity?: string } {
  if (!verb && !row) return {};
  return { activity: row ? `${verb ?? 'task'}: ${row}` : verb! };
}

/** The amount at one end of a range, in the quantity's unit (季度 ranges were folded into months). */
function rangeAmount(hit: Hit, end: 'from' | 'to'): number {
  const q = hit.quantity!;
  const factor = hit.range!.to === 0 ? 1 : q.amount / hit.range!.to;
  return hit.range![end] * factor;
}

function sourceOf(text: string, positions: Positions, hit: Span, clause: Clause): Source {
  const { line, column } = positions.locate(hit.start);
  return {
    offset: hit.start,
    length: hit.end - hit.start,
    line,
    column,
    match: text.slice(hit.start, hit.end),
    text: text.slice(clause.start, clause.end),
  };
}

