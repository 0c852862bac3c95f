/**
 * Reading a hit in its context: which target it is about, its bound, whether it is an
 * estimate, a fact rather than a promise, or a requirement quoted from the tender, and the
 * conditions (qualifiers) it holds under. The strategy is described in extract.ts. Pure.
 */
import {
  APPROX, BOUNDS, CASE_KINDS, CLIENT_KINDS, COMMITMENT_MARKERS, CONDITION_CLAUSE, DIAGNOSIS_FIX_JOINERS, LINKERS, NEGATIONS, NOT_A_COMMITMENT, PENALTY_WORDS, UNCHECKED_PROCEDURES, EFFORT_WORDS, NOT_A_DEADLINE_COLUMN, POSTMODIFIER_GAP, PRONOUNS, REQUIREMENT_MARKERS,
  SERVICE_KINDS, TARGET_BLOCKERS,
  TARGET_TERMS, type Bound, type KnownKind, type TermSet,
} from './lexicon.ts';
import { pickQualifiers, SERVICE_DIMENSIONS, type Dimension, type Occurrence, type Qualifiers, type Scope } from './qualifiers.ts';
import type { Hit } from './scan.ts';
import { lowerBound, overlapsAny, within } from './spans.ts';
import { framingOf, type Framing } from './statement.ts';
import type { Clause, Span, Structure } from './structure.ts';
import { openingSubject } from './subjects.ts';
import { compileSet, compileTerms } from './terms.ts';

/** A target word found in the text. */
export interface TargetHit extends Span {
  kind: KnownKind;
  negated: boolean;
  activity?: string;
  /** A counted activity no kind stands for (演练, 备份): a frequency about it is no finding. */
  unread?: true;
}

const targetMatcher = compileTerms<KnownKind | null>([
  ...Object.entries(TARGET_TERMS).map(([kind, terms]) => ({ terms: { zh: terms.zh, en: terms.en }, value: kind as KnownKind })),
  { terms: TARGET_BLOCKERS, value: null },
]);
const needsMatchers = new Map(
  Object.entries(TARGET_TERMS)
    .filter(([, t]) => t.needs)
    .map(([kind, t]) => [kind, compileSet(t.needs!)] as const),
);
const negationMatcher = compileSet(NEGATIONS);
const notCommitmentMatcher = compileSet({ zh: [...NOT_A_COMMITMENT.zh!, ...UNCHECKED_PROCEDURES.zh!, ...EFFORT_WORDS.zh!], en: [...NOT_A_COMMITMENT.en!, ...UNCHECKED_PROCEDURES.en!, ...EFFORT_WORDS.en!] });
const notDeadlineColumn = compileSet(NOT_A_DEADLINE_COLUMN);
/** Between an English frequency word and its noun: a space, or "and"/"or" with one more frequency word. */
const FREQUENCY_BEFORE_NOUN = /^ +(?:(?:and|or) +[a-z-]+ +)?$/i;
const uncheckedMatcher = compileSet(UNCHECKED_PROCEDURES);
const penaltyMatcher = compileSet(PENALTY_WORDS);
const conditionOpening = compileSet({ en: CONDITION_CLAUSE.enStart }, (body) => `^\\s*${body}`);
const conditionClause = (clause: string) => CONDITION_CLAUSE.zhEnd.some((w) => clause.trimEnd().endsWith(w)) || conditionOpening.test(clause);
/** Between a diagnosis word and a fix word: a joiner and at most two more characters ("并立即修复" no, "并处理完毕" yes). */
const diagnosisFixJoiner = compileSet(DIAGNOSIS_FIX_JOINERS, (body) => `^\\s*${body}\\s*[\\u4e00-\\u9fff]{0,2}$`);
const ALL_DIMENSIONS: readonly Dimension[] = ['severity', 'zone', 'window', 'season', 'asset', 'case', 'audience', 'whole', 'customer', 'region', 'faultType'];
const requirementMatcher = compileTerms([
  { terms: REQUIREMENT_MARKERS, value: 'requirement' as const },
  { terms: COMMITMENT_MARKERS, value: 'commitment' as const },
]);

const join = (...sets: TermSet[]): TermSet => ({ zh: sets.flatMap((s) => s.zh ?? []), en: sets.flatMap((s) => s.en ?? []) });
const FILLER = '(?:\\s|[在于为是:]|约|大约|需|须|应|将|要)*';
/** Bound words right before a number (longest, leftmost wins: 不超过 is no 超过). */
const boundBefore = compileTerms(
  [
    { terms: BOUNDS.maxBefore, value: 'max' as Bound },
    { terms: BOUNDS.minBefore, value: 'min' as Bound },
  ],
  (body) => `${body}${FILLER}$`,
);
const boundAfter = compileTerms(
  [
    { terms: BOUNDS.maxAfter, value: 'max' as Bound },
    { terms: BOUNDS.minAfter, value: 'min' as Bound },
  ],
  (body) => `^\\s*${body}`,
);
const leadInBound = compileTerms([
  { terms: BOUNDS.maxBefore, value: 'max' as Bound },
  { terms: BOUNDS.minBefore, value: 'min' as Bound },
]);
const approxBefore = compileSet(APPROX.before, (body) => `${body}\\s*$`);
const approxAfter = compileSet(APPROX.after, (body) => `^\\s*(?:(?:以内|之内|内)\\s*)?${body}`);
const pronounOrLinker = compileSet(join(PRONOUNS, LINKERS), (body) => `^(?:[\\s,:()、-]|${body})*$`);
const linkerOnly = compileSet(join(LINKERS, BOUNDS.maxBefore, BOUNDS.minBefore, APPROX.before), (body) => `^(?:\\s|[:,]|${body})*$`);
const postModifierGap = compileSet(POSTMODIFIER_GAP.first, (body) => `^(?:\\s|${body})*$`);
const betweenModifiers = compileSet(POSTMODIFIER_GAP.between, (body) => `^(?:\\s|,|${body})*$`);
/** Kinds whose promise is scoped by what it is about: an unknown subject opening the clause is its own scope. */
const SUBJECT_SCOPED: ReadonlySet<string> = new Set(['warranty', 'defect-liability']);

const CJK = /[\u4e00-\u9fff]/;
const blockerMatcher = compileSet(TARGET_BLOCKERS);

/** Every target word in the text, outside numbers, with whether it is negated (若…未能修复). */
export function scanTargets(norm: string, numbered: readonly Span[]): TargetHit[] {
  const targets: TargetHit[] = [];
  for (const t of targetMatcher.all(norm)) {
    if (t.value === null || overlapsAny(numbered, t.start, t.end)) continue;
    targets.push({ start: t.start, end: t.end, kind: t.value, negated: isNegated(norm, t.start) });
  }
  return targets;
}

function isNegated(norm: string, start: number): boolean {
  const zh = CJK.test(norm[start] ?? '');
  const window = norm.slice(Math.max(0, start - (zh ? 6 : 24)), start);
  const tail = window.split(/[,;。]/).pop() ?? '';
  return negationMatcher.all(tail).length > 0;
}

/** Reads targets, bounds and qualifiers around hits, over one text's structure. */
export class Reader {
  private readonly needsCache = new Map<string, boolean>();
  /** Penalty words in the whole text, found once. */
  private penalties: { start: number; end: number }[] | undefined;
  constructor(
    private readonly norm: string,
    private readonly doc: Structure,
    /** Target words, for reading the subject of a clause. */
    private readonly targets: readonly TargetHit[],
    private readonly occurrences: readonly Occurrence[],
    /** Every hit in the text, sorted: neighbours cut a clause into segments. */
    private readonly hits: readonly Hit[],
    /** What promises exclude ("除…外"): spans from scanExclusions, sorted. */
    private readonly exclusions: readonly Span[] = [],
    /** Qualifier words inside those spans. */
    private readonly excluded: readonly Occurrence[] = [],
  ) {}

  /** The hit's own stretch of its clause: cut at the neighbouring hits, and at 、 between them. */
  segment(hit: Hit, clause: Clause): Span & { listItem?: true } {
    const i = lowerBound(this.hits, hit.start);
    const prev = i > 0 ? this.hits[i - 1] : undefined;
    const next = this.hits[i + 1];
    let start = clause.start;
    let end = clause.end;
    let listItem = false;
    if (prev && prev.end > clause.start && prev.end <= hit.start) {
      start = prev.end;
      const cut = this.norm.lastIndexOf('、', hit.start);
      if (cut >= start) {
        start = cut + 1;
        listItem = true;
      }
    }
    if (next && next.start < clause.end && next.start >= hit.end) {
      end = next.start;
      const cut = this.norm.indexOf('、', hit.end);
      if (cut >= 0 && cut < end) {
        end = cut;
        listItem = true;
      }
    }
    return listItem ? { start, end, listItem: true } : { start, end };
  }

  private needsMet(kind: KnownKind, sentenceIndex: number): boolean {
    const matcher = needsMatchers.get(kind);
    if (!matcher) return true;
    const s = this.doc.sentences[sentenceIndex]!;
    const line = this.doc.lines[s.line]!;
    // Each context line and header is read once per kind, not once per sentence under it.
    const inLine = (index: number) => {
      const key = `${kind}:${index}`;
      let met = this.needsCache.get(key);
      if (met === undefined) {
        const l = this.doc.lines[index]!;
        met = matcher.all(this.norm, l.start, l.end).length > 0;
        this.needsCache.set(key, met);
      }
      return met;
    };
    return (
      matcher.all(this.norm, s.start, s.end).length > 0 ||
      line.context.some(inLine) ||
      (line.kind === 'table' && line.header !== undefined && inLine(line.header))
    );
  }

  private usable(list: readonly TargetHit[], start: number, end: number, sentenceIndex: number): TargetHit[] {
    return within(list, start, end).filter((t) => !t.negated && this.needsMet(t.kind, sentenceIndex));
  }

  /** The target word a hit is about, or undefined when none can be found. */
  target(hit: Hit, clauseIndex: number, list: readonly TargetHit[]): TargetHit | undefined {
    const clause = this.doc.clauses[clauseIndex]!;
    const si = clause.sentence;
    const sentence = this.doc.sentences[si]!;
    const seg = this.segment(hit, clause);
    if (hit.type === 'frequency') {
      const inside = within(list, hit.start, hit.end);
      if (inside[0]) return inside[0];
    }
    const before = this.usable(list, seg.start, hit.start, si);
    const afterAll = within(list, hit.end, seg.end);
    const after = afterAll.filter((t) => !t.negated && this.needsMet(t.kind, si));
    const nearestBefore = before[before.length - 1];
    const rawBefore = within(list, seg.start, hit.start).filter((t) => !t.negated);
    const rawAfter = afterAll.filter((t) => !t.negated);
    // A negated target right after the number is a condition: "4小时内未能修复，则提供备机".
    if (afterAll[0]?.negated && hit.type !== 'frequency') {
      const rest = this.usable(list, afterAll[0].end, sentence.end, si);
      const chosen = rest.find((t) => t.kind === 'loaner') ?? rest[0];
      if (chosen) return chosen;
    }
    // The nearest target word in the reading direction decides; when it lacks its companion
    // (递交 without a 保修书) the number is about something else, and nothing further is tried.
    // An English frequency word stands before what it counts: "monthly inspection", "the
    // quarterly and annual services" (the first of two counts the noun after the second).
    if (!hit.zh && hit.type === 'frequency') {
      const noun = within(list, hit.end, Math.min(sentence.end, hit.end + 40)).find((t) => !t.negated);
      if (noun && FREQUENCY_BEFORE_NOUN.test(this.norm.slice(hit.end, noun.start))) return noun;
    }
    if (hit.zh) {
      if (nearestBefore && linkerOnly.test(this.norm.slice(nearestBefore.end, hit.start))) return nearestBefore;
      if (rawAfter[0]) return after[0] === rawAfter[0] ? after[0] : undefined;
      if (nearestBefore) return nearestBefore;
    } else {
      if (rawBefore.length) return nearestBefore === rawBefore[rawBefore.length - 1] ? nearestBefore : undefined;
      if (after[0]) return after[0];
    }
    if (rawBefore.length || rawAfter.length) return undefined;
    // A number whose sentence names its own subject with a word that is no target (录像保存天数,
    // "recordings kept", 本模块课时：2课时) is about that subject, not about a target around it.
    if (blockerMatcher.all(this.norm, Math.min(clause.start, sentence.start), clause.end).length) return undefined;
    // The rest of the clause.
    const clauseBefore = this.usable(list, clause.start, seg.start, si);
    const clauseAfter = this.usable(list, seg.end, clause.end, si);
    const restOfClause = hit.zh ? (clauseAfter[0] ?? clauseBefore[clauseBefore.length - 1]) : (clauseBefore[clauseBefore.length - 1] ?? clauseAfter[0]);
    if (restOfClause) return restOfClause;
    // The other clauses of the sentence: earlier ones nearest first, then later ones.
    for (let c = clauseIndex - 1; c >= 0 && this.doc.clauses[c]!.sentence === si; c--) {
      const found = this.usable(list, this.doc.clauses[c]!.start, this.doc.clauses[c]!.end, si);
      if (found.length) return found[found.length - 1]!;
    }
    for (let c = clauseIndex + 1; c < this.doc.clauses.length && this.doc.clauses[c]!.sentence === si; c++) {
      const found = this.usable(list, this.doc.clauses[c]!.start, this.doc.clauses[c]!.end, si);
      if (found.length) return found[0]!;
    }
    // An earlier sentence of the same line ("I级故障30分钟内响应；II级故障1小时").
    for (let p = si - 1; p >= 0 && this.doc.sentences[p]!.line === sentence.line && this.doc.sentences[p]!.cell === sentence.cell; p--) {
      const found = this.usable(list, this.doc.sentences[p]!.start, this.doc.sentences[p]!.end, si);
      if (found.length) return found[found.length - 1]!;
    }
    // A table's column header, then the row's header cell.
    const line = this.doc.lines[sentence.line]!;
    if (line.kind === 'table' && sentence.cell !== undefined) {
      const header = line.header !== undefined ? this.doc.lines[line.header]!.cells?.[sentence.cell] : undefined;
      const rowHeader = sentence.cell > 0 ? line.cells?.[0] : undefined;
      for (const span of [header, rowHeader]) {
        if (!span) continue;
        const found = this.usable(list, span.start, span.end, si);
        if (found.length) return found[0]!;
      }
    }
    // The lead-in lines above, then the innermost heading (a chapter title such as
    // "质量保修及售后服务" names no target for everything under it).
    const leadIns = line.context.filter((c) => this.doc.lines[c]!.kind === 'lead-in');
    const heading = line.context.find((c) => this.doc.lines[c]!.kind === 'heading');
    for (const c of heading === undefined ? leadIns : [...leadIns, heading]) {
      const l = this.doc.lines[c]!;
      const found = this.usable(list, l.start, l.end, si);
      if (found.length) return found[found.length - 1]!;
    }
    return undefined;
  }

  /** A fix joined to a diagnosis ("查明原因并处理完毕", "diagnose and repair"): the resolution target, if there is one. */
  joinedFix(diagnosis: TargetHit, hit: Hit, clauseIndex: number, list: readonly TargetHit[]): TargetHit | undefined {
    const seg = this.segment(hit, this.doc.clauses[clauseIndex]!);
    const fix = within(list, diagnosis.end, seg.end).find((t) => t.kind === 'resolution' && !t.negated);
    return fix && diagnosisFixJoiner.test(this.norm.slice(diagnosis.end, fix.start)) ? fix : undefined;
  }

  /** The bound written right at the number, if any. */
  bound(hit: Hit, clauseIndex: number): Bound | undefined {
    const clause = this.doc.clauses[clauseIndex]!;
    const seg = this.segment(hit, clause);
    const before = this.norm.slice(Math.max(seg.start, hit.start - 24), hit.start);
    const b = boundBefore.all(before)[0];
    if (b) return b.value;
    const after = this.norm.slice(hit.end, Math.min(clause.end, hit.end + 16));
    const a = boundAfter.all(after)[0];
    if (a) return a.value;
    // A list under "各部位的最低保修期限如下：" states minimums.
    const line = this.doc.lines[this.doc.sentences[clause.sentence]!.line]!;
    for (const c of line.context) {
      const l = this.doc.lines[c]!;
      if (l.kind !== 'lead-in') continue;
      const words = new Set(leadInBound.all(this.norm, l.start, l.end).map((m) => m.value));
      if (words.size === 1) return [...words][0];
    }
    return undefined;
  }

  /** Whether the number is followed by 内 / within-words (for kinds where that means "at least"). */
  saysWithin(hit: Hit): boolean {
    return /^\s*(?:以内|之内|内)/.test(this.norm.slice(hit.end, hit.end + 3)) || /within\s*$/i.test(this.norm.slice(Math.max(0, hit.start - 8), hit.start));
  }

  isApprox(hit: Hit, clauseIndex: number): boolean {
    const clause = this.doc.clauses[clauseIndex]!;
    const before = this.norm.slice(Math.max(clause.start, hit.start - 8), hit.start);
    const after = this.norm.slice(hit.end, Math.min(clause.end, hit.end + 8));
    return approxBefore.all(before).length > 0 || approxAfter.all(after).length > 0;
  }

  /**
   * Facts about the company ("具有10年以上经验") are no promises; a complaint's times are not
   * service times; a task's effort (in a 工时 column too) is no deadline.
   */
  notACommitment(hit: Hit, clauseIndex: number): boolean {
    const clause = this.doc.clauses[clauseIndex]!;
    const seg = this.segment(hit, clause);
    if (notCommitmentMatcher.all(this.norm, seg.start, seg.end).length > 0) return true;
    const sentence = this.doc.sentences[clause.sentence]!;
    const line = this.doc.lines[sentence.line]!;
    // Under a heading that names a procedure the reader does not check (客户投诉处理程序).
    const heading = line.context.find((c) => this.doc.lines[c]!.kind === 'heading');
    if (heading !== undefined && uncheckedMatcher.all(this.norm, this.doc.lines[heading]!.start, this.doc.lines[heading]!.end).length > 0) return true;
    if (line.kind !== 'table' || sentence.cell === undefined || line.header === undefined) return false;
    const header = this.doc.lines[line.header]!.cells?.[sentence.cell];
    return !!header && (notDeadlineColumn.all(this.norm, header.start, header.end).length > 0 || uncheckedMatcher.all(this.norm, header.start, header.end).length > 0);
  }

  /**
   * A penalty or billing step ("每逾期1小时扣款500元", "超出部分按200元/小时计费", "attendance later
   * than 2 hours will be noted on the contractor's record"): a penalty word in the clause with
   * no target word between it and the number. "2小时内到场，否则每逾期…" keeps its 2 hours,
   * since 到场 stands between.
   */
  isPenalty(hit: Hit, clauseIndex: number): boolean {
    const clause = this.doc.clauses[clauseIndex]!;
    this.penalties ??= penaltyMatcher.all(this.norm);
    for (const p of within(this.penalties, clause.start, clause.end)) {
      const [from, to] = p.end <= hit.start ? [p.end, hit.start] : [hit.end, p.start];
      if (to < from) return true; // the word is inside the number's span
      if (!within(this.targets, from, to).length) return true;
    }
    // "修复超过24小时的，按每小时100元扣减服务费": a condition clause whose consequence is a penalty.
    const next = this.doc.clauses[clauseIndex + 1];
    if (!next || next.sentence !== clause.sentence || !conditionClause(this.norm.slice(clause.start, clause.end))) return false;
    const p = within(this.penalties, next.start, next.end)[0];
    return !!p && !within(this.targets, next.start, p.start).length;
  }

  /**
   * Qualifiers, nearest first: the number's own segment (before it, then after it), the rest
   * of its clause, the earlier clauses of its sentence, earlier sentences of its line (a label
   * such as "严重故障（P1）：核心业务中断。"), the table row and column header, then the lead-in
   * lines and headings above. Coverage (7×24) reads only its own segment. Asset classes and
   * special cases come only from the nearest heading, not from a chapter or document title.
   */
  qualifiers(hit: Hit, clauseIndex: number, kind?: string): Qualifiers {
    const clause = this.doc.clauses[clauseIndex]!;
    const seg = this.segment(hit, clause);
    const scopes: Scope[] = [];
    if (hit.type === 'frequency') scopes.push({ start: hit.start, end: hit.end, take: 'last' });
    // English conditions after the number come first: "within 2 hours at other times".
    const post = hit.zh ? undefined : this.postModifiers(hit, seg);
    if (post) scopes.push({ start: hit.end, end: post, take: 'first' });
    scopes.push({ start: seg.start, end: hit.start, take: 'last' }, { start: hit.end, end: seg.end, take: 'first' });
    if (hit.type === 'coverage') return pickQualifiers(this.occurrences, scopes);
    scopes.push({ start: clause.start, end: seg.start, take: 'last' });
    const ownClauseScopes = scopes.length;
    const sentence = this.doc.sentences[clause.sentence]!;
    // A clause naming its own subject ("探测器质保期3年") takes no asset from the one before.
    const inherit = this.ownSubject(hit, clause) ? { only: ['severity', 'zone', 'window', 'season', 'case', 'customer', 'region', 'faultType'] as const } : {};
    if (sentence.start < clause.start) scopes.push({ start: sentence.start, end: clause.start, take: 'label', ...inherit });
    for (let p = clause.sentence - 1; p >= 0; p--) {
      const prev = this.doc.sentences[p]!;
      if (prev.line !== sentence.line || prev.cell !== sentence.cell) break;
      scopes.push({ start: prev.start, end: prev.end, take: 'label', ...inherit });
    }
    const line = this.doc.lines[sentence.line]!;
    if (line.kind === 'table' && sentence.cell !== undefined) {
      line.cells?.forEach((cell, i) => {
        if (i !== sentence.cell && !this.hasHit(cell)) scopes.push({ ...cell, take: 'unique' });
      });
      const header = line.header !== undefined ? this.doc.lines[line.header]!.cells?.[sentence.cell] : undefined;
      if (header) scopes.push({ ...header, take: 'unique' });
    }
    const innermostHeading = line.context.find((c) => this.doc.lines[c]!.kind === 'heading');
    for (const c of line.context) {
      const l = this.doc.lines[c]!;
      const narrow = l.kind === 'lead-in' || c === innermostHeading;
      // A lead-in speaks of what follows in its last clause ("…就本项目售后服务承诺如下："); what
      // comes before (the project's name, the client) is no condition.
      const start = l.kind === 'lead-in' ? this.lastClauseStart(l) : l.start;
      scopes.push({ start, end: l.end, take: 'unique', ...(narrow ? {} : { only: ['severity', 'zone', 'window', 'season', 'customer', 'region', 'faultType'] as const }) });
    }
    // Conditions of service on a fault (severity, zone, working hours, customer, region, fault
    // type) reach another kind (a warranty, a visit) only from its own clause.
    if (kind && !SERVICE_KINDS.has(kind)) {
      for (let i = ownClauseScopes; i < scopes.length; i++) {
        const only = (scopes[i]!.only ?? ALL_DIMENSIONS).filter((d) => !SERVICE_DIMENSIONS.includes(d));
        scopes[i] = { ...scopes[i]!, only };
      }
    }
    const q = pickQualifiers(this.occurrences, scopes, { audience: kind === 'training', whole: !!kind && SUBJECT_SCOPED.has(kind) });
    if (kind && !CASE_KINDS.has(kind)) delete q.case;
    if (kind && CLIENT_KINDS.has(kind)) {
      delete q.asset;
      delete q.subject;
      return q;
    }
    // An unknown subject opening a warranty clause (探测器质保期3年) or an item of a list
    // (A 12课时、B 18课时) is its own scope.
    if (kind && (SUBJECT_SCOPED.has(kind) || seg.listItem) && !within(this.occurrences, seg.start, seg.end).some((o) => o.dim === 'asset' || o.dim === 'audience')) {
      const firstTarget = within(this.targets, seg.start, hit.start)[0];
      const subject = openingSubject(this.norm, { start: seg.start, end: firstTarget?.start ?? hit.start }, this.occurrences, this.targets);
      if (subject) q.subject = [subject];
    }
    return q;
  }

  /** Where English conditions written right after the number end ("2 hours at other times"), if there are any. */
  private postModifiers(hit: Hit, seg: Span): number | undefined {
    let at = hit.end;
    let end: number | undefined;
    for (const o of within(this.occurrences, hit.end, seg.end)) {
      if (o.start < at || o.dim === 'whole') continue;
      if (!(end === undefined ? postModifierGap : betweenModifiers).test(this.norm.slice(at, o.start))) break;
      end = o.end;
      at = o.end;
    }
    return end;
  }

  private lastClauseStart(line: Span): number {
    let start = line.start;
    for (let i = line.end - 2; i >= line.start; i--) {
      if (/[,;。!?]/.test(this.norm[i]!)) {
        start = i + 1;
        break;
      }
    }
    return start;
  }

  /** How the promise is framed: a typical value, an exception, a promise for all cases (statement.ts). */
  framing(hit: Hit, clauseIndex: number): Framing {
    const clause = this.doc.clauses[clauseIndex]!;
    const sentence = this.doc.sentences[clause.sentence]!;
    const clauses: Clause[] = [];
    for (let c = clauseIndex; c >= 0 && this.doc.clauses[c]!.sentence === clause.sentence; c--) clauses.unshift(this.doc.clauses[c]!);
    for (let c = clauseIndex + 1; c < this.doc.clauses.length && this.doc.clauses[c]!.sentence === clause.sentence; c++) clauses.push(this.doc.clauses[c]!);
    return framingOf(this.norm, hit, this.segment(hit, clause), sentence, clauses, this.occurrences, this.targets, this.exclusions);
  }

  /** What the promise excludes ("除台风、暴雨等恶劣天气外，…"): the qualifiers named in its sentence's exclusions. */
  excludes(hit: Hit, clauseIndex: number): Qualifiers | undefined {
    const sentence = this.doc.sentences[this.doc.clauses[clauseIndex]!.sentence]!;
    const spans = within(this.exclusions, sentence.start, sentence.end);
    if (!spans.length) return undefined;
    const q = pickQualifiers(this.excluded, spans.map((s) => ({ ...s, take: 'unique' as const })));
    return Object.keys(q).length ? q : undefined;
  }

  /** Whether the clause opens with words of its own before its first target word or number (not just 我司在, 为). */
  private ownSubject(hit: Hit, clause: Clause): boolean {
    const firstTarget = within(this.targets, clause.start, clause.end)[0];
    const firstHit = this.hits[lowerBound(this.hits, clause.start)];
    const end = Math.min(firstTarget?.start ?? clause.end, firstHit && firstHit.start < clause.end ? firstHit.start : clause.end, hit.start);
    // Qualifier words (县区, 非汛期) are conditions, not a subject.
    let opening = '';
    let at = clause.start;
    for (const o of within(this.occurrences, clause.start, end)) {
      if (o.start < at) continue;
      opening += this.norm.slice(at, o.start) + ' ';
      at = o.end;
    }
    opening += this.norm.slice(at, end);
    opening = opening.replace(/^\s*(?:\d+[.、)]|\(\d+\)|[一二三四五六七八九十]+、)/, '');
    return !pronounOrLinker.test(opening);
  }

  private hasHit(span: Span): boolean {
    const i = lowerBound(this.hits, span.start);
    return i < this.hits.length && this.hits[i]!.start < span.end;
  }

  /**
   * A table cell's time counted from the event its row or column names ("到达现场后查明原因…"
   * heads the row, the cell says "1小时"): the last such event in the row's first cell, else in
   * the column header.
   */
  cellEvent<E extends Span>(clauseIndex: number, events: readonly E[]): E | undefined {
    const sentence = this.doc.sentences[this.doc.clauses[clauseIndex]!.sentence]!;
    const line = this.doc.lines[sentence.line]!;
    if (line.kind !== 'table' || sentence.cell === undefined || sentence.cell === 0) return undefined;
    const rowHeader = line.cells?.[0];
    const header = line.header !== undefined ? this.doc.lines[line.header]!.cells?.[sentence.cell] : undefined;
    for (const span of [rowHeader, header]) {
      if (!span) continue;
      const found = within(events, span.start, span.end);
      if (found.length) return found[found.length - 1];
    }
    return undefined;
  }

  /**
   * The first cell of the table row a clause stands in, when the clause is in a later cell:
   * the task a frequency in that row counts ("| 防雷接地检查 | 每年 |"), so two tasks of one
   * schedule at two frequencies are two activities, not a contradiction.
   */
  rowLabel(clauseIndex: number): string | undefined {
    const sentence = this.doc.sentences[this.doc.clauses[clauseIndex]!.sentence]!;
    const line = this.doc.lines[sentence.line]!;
    if (line.kind !== 'table' || !sentence.cell) return undefined;
    const first = line.cells?.[0];
    const text = first ? this.norm.slice(first.start, first.end).trim().toLowerCase() : '';
    return text || undefined;
  }

  /**
   * In a list item, the words before a frequency ("- Resident engineer meets the security head
   * at least once a week"): who does what, so the items of a list of meetings or tasks are
   * told apart. Nothing when the frequency opens the item ("- Monthly inspection …").
   */
  itemLead(hit: Hit, clauseIndex: number): string | undefined {
    const sentence = this.doc.sentences[this.doc.clauses[clauseIndex]!.sentence]!;
    const line = this.doc.lines[sentence.line]!;
    if (line.kind === 'table') return undefined;
    const text = this.norm.slice(line.start, hit.start);
    const bullet = /^\s*(?:[-*+•·]|\d+[.、)])\s*/.exec(text);
    if (!bullet) return undefined;
    const lead = text.slice(bullet[0].length).trim().toLowerCase();
    return lead && lead.length <= 80 ? lead : undefined;
  }

  /** Quoted from the tender: in a requirement column, or after 招标文件要求 with no turn back to 我方. */
  isRequirement(hit: Hit, clauseIndex: number): boolean {
    const clause = this.doc.clauses[clauseIndex]!;
    const sentence = this.doc.sentences[clause.sentence]!;
    const line = this.doc.lines[sentence.line]!;
    if (line.kind === 'table' && sentence.cell !== undefined && line.header !== undefined) {
      const header = this.doc.lines[line.header]!.cells?.[sentence.cell];
      if (header) {
        const marks = requirementMatcher.all(this.norm, header.start, header.end);
        if (marks.length) return marks[marks.length - 1]!.value === 'requirement';
      }
    }
    const marks = requirementMatcher.all(this.norm, sentence.start, hit.start);
    return marks.length > 0 && marks[marks.length - 1]!.value === 'requirement';
  }
}

