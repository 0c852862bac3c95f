/**
 * What a promise is about when the lexicon has no class for it — its subject, as written:
 *
 * - an asset word with a modifier of its own at the head of its phrase: "收费车道设备发生故障时"
 *   → '收费车道设备' (a narrower scope than 设备; "监控中心设备" is another one);
 * - an unknown noun phrase opening a warranty clause: "探测器质保期3年" → '探测器',
 *   "field sensors 3 years" → 'field sensors';
 * - the opening noun phrase of an item in a list "A 12课时、B 18课时".
 *
 * Subjects only separate: two promises with different subjects are about different things;
 * a promise without one is about anything (see `subjectsOverlap`). Pure.
 */
import { GENERIC_MODIFIERS, LEADING_PREPOSITIONS, LINKERS, NOT_IN_A_SUBJECT, PRONOUNS, SUBJECT_JOINERS, TARGET_BLOCKERS, type TermSet } from './lexicon.ts';
import type { Occurrence } from './qualifiers.ts';
import { overlapsAny, within } from './spans.ts';
import type { Span } from './structure.ts';
import { compileSet } from './terms.ts';

const join = (...sets: TermSet[]): TermSet => ({ zh: sets.flatMap((s) => s.zh ?? []), en: sets.flatMap((s) => s.en ?? []) });
/** Words stripped from the front of a phrase: determiners, pronouns, linkers, prepositions. */
const leading = compileSet(join(GENERIC_MODIFIERS, PRONOUNS, LINKERS, LEADING_PREPOSITIONS), (b) => `^${b}`);
const trailing = compileSet(join(LINKERS, { zh: ['的'] }), (b) => `${b}$`);
const stopWords = compileSet(join(NOT_IN_A_SUBJECT.words, TARGET_BLOCKERS));
const joiners = compileSet(SUBJECT_JOINERS);
const generic = compileSet(GENERIC_MODIFIERS, (b) => `^(?:${b}|\\s)+$`);

const IDEOGRAPH = /[\u4e00-\u9fff]/;
const ZH_RUN = /[\u4e00-\u9fffA-Za-z0-9]/;

/** Strip determiners and linkers from both ends; undefined when nothing is left. */
function trim(phrase: string): string | undefined {
  let p = phrase.replace(/\s+/g, ' ').trim();
  for (let changed = true; changed && p; ) {
    changed = false;
    const l = leading.all(p, 0, p.length)[0];
    if (l && l.start === 0 && l.end < p.length) {
      p = p.slice(l.end).trim();
      changed = true;
    }
    const t = trailing.all(p, 0, p.length).pop();
    if (t && t.end === p.length && t.start > 0) {
      p = p.slice(0, t.start).trim();
      changed = true;
    }
  }
  return p && !generic.test(p) ? p : undefined;
}

/** Whether a trimmed phrase can name a thing: no particles, verbs, digits; short; `joins` allows 及/和/and. */
function nounPhrase(p: string, joins: boolean): boolean {
  const zh = IDEOGRAPH.test(p);
  if (zh ? [...p].length > 12 : p.split(' ').length > 4) return false;
  if (/[0-9]/.test(p) && !/[A-Za-z\u4e00-\u9fff]/.test(p)) return false;
  if (/[,;:。()!?"“”'、]/.test(p)) return false;
  const chars = joins ? NOT_IN_A_SUBJECT.chars.replace(/[及和与]/g, '') : NOT_IN_A_SUBJECT.chars;
  if (zh && [...p].some((c) => chars.includes(c))) return false;
  if (stopWords.test(p)) return false;
  if (!joins && joiners.test(p)) return false;
  return true;
}

/**
 * Give asset occurrences with a modifier of their own their phrase as `subject`: the modifier
 * must open its phrase (after punctuation, numbering, pronouns) and hold no other qualifier
 * or target word ("硬件设备" is just equipment; "质保期内所有设备" has none).
 */
export function modifierSubjects(norm: string, occurrences: Occurrence[], targets: readonly Span[]): void {
  for (const o of occurrences) {
    if (o.dim !== 'asset') continue;
    const zh = IDEOGRAPH.test(norm[o.start] ?? '');
    let from = o.start;
    if (zh) {
      while (from > 0 && o.start - from < 10 && ZH_RUN.test(norm[from - 1]!)) from--;
    } else {
      // English: up to three words right before, stopping at any word that is no modifier.
      const words = /(?<![A-Za-z-])((?:[A-Za-z][A-Za-z-]*\s+){1,3})$/.exec(norm.slice(Math.max(0, o.start - 40), o.start));
      if (!words) continue;
      const list = words[1]!.trim().split(/\s+/);
      const kept: string[] = [];
      for (let i = list.length - 1; i >= 0; i--) {
        const w = list[i]!;
        if (leading.test(w) && leading.all(w)[0]!.end === w.length) break;
        if (stopWords.test(w) || joiners.test(w)) break;
        kept.unshift(w);
      }
      if (!kept.length) continue;
      from = o.start - words[1]!.length + words[1]!.lastIndexOf(kept[0]!);
    }
    if (from === o.start) continue;
    if (overlapsAny(targets, from, o.start) || within(occurrences, from, o.start).length) continue;
    const modifier = trim(norm.slice(from, o.start));
    if (!modifier || !nounPhrase(modifier, false)) continue;
    o.subject = `${modifier}${zh ? '' : ' '}${norm.slice(o.start, o.end)}`;
  }
}

/**
 * The noun phrase opening `span` (a warranty clause, a list item), when the lexicon names
 * nothing there: '探测器' in "探测器质保期3年", 'field sensors' in "field sensors 3 years".
 * Qualifier words (I级, 市区) are conditions, not a subject; an asset or audience word means
 * the lexicon knows the subject, so there is none to guess.
 */
export function openingSubject(norm: string, span: Span, occurrences: readonly Occurrence[], targets: readonly Span[]): string | undefined {
  if (span.end <= span.start || overlapsAny(targets, span.start, span.end)) return undefined;
  let text = norm.slice(span.start, span.end);
  // A label before a colon ("质保期：", "1. 硬盘：") is read on its own.
  const colon = Math.max(text.lastIndexOf(':'), text.lastIndexOf('：'));
  let offset = span.start;
  if (colon >= 0) {
    offset += colon + 1;
    text = text.slice(colon + 1);
  }
  text = text.replace(/^\s*(?:[-*+•·]\s*|\d+(?:\.\d+)*[.、)]\s*|\(\d+\)\s*|[一二三四五六七八九十]+、\s*|\([一二三四五六七八九十]+\)\s*)/, (m) => {
    offset += m.length;
    return '';
  });
  const inside = within(occurrences, offset, span.end);
  if (inside.some((o) => o.dim === 'asset' || o.dim === 'audience' || o.dim === 'whole')) return undefined;
  // Conditions are cut out: what remains must be the subject, or nothing.
  let rest = '';
  let at = offset;
  for (const o of inside) {
    if (o.start < at) continue;
    rest += `${norm.slice(at, o.start)} `;
    at = o.end;
  }
  rest += norm.slice(at, span.end);
  const phrase = trim(rest);
  return phrase && nounPhrase(phrase, true) ? phrase : undefined;
}
