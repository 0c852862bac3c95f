/**
 * Times counted from another event than the report: "到场后48小时内修复完毕" (from arrival),
 * "备件到货后8小时内修复" (from the parts' arrival), "响应后1小时内查明原因" (from the
 * response), "the fault is isolated within 45 minutes of arrival". An event phrase is the
 * event's word joined to the time by a link: in Chinese the link follows the event (到场后,
 * 验收合格之日起), in English it precedes it (of/after/from arrival).
 *
 * The event's word is no target: 到场 in 到场后48小时内修复 names when the clock starts, not
 * an on-site time, so target words inside an event phrase are dropped before targets are read.
 *
 * Which time an event phrase belongs to: in Chinese the first number after it in the same
 * sentence, with no other number between and at most a short gap; in English the number
 * right before it ("within 45 minutes of arrival"), else the first number after it in the
 * sentence ("After arrival, the fault is isolated within 45 minutes"). Pure.
 */
import { EVENT_LINKS, EVENT_TERMS, type StartEvent, type TermSet } from './lexicon.ts';
import type { Span } from './structure.ts';
import { compileTerms } from './terms.ts';
import { lowerBound } from './spans.ts';

export interface EventSpan extends Span {
  event: StartEvent;
  zh: boolean;
}

const words = (lang: 'zh' | 'en'): { terms: TermSet; value: StartEvent }[] =>
  Object.entries(EVENT_TERMS).map(([event, t]) => ({ terms: { [lang]: t[lang] ?? [] }, value: event as StartEvent }));
const alt = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\']/g, '\\$&')).join('|');
const zhEvents = compileTerms(words('zh'), (body) => `${body}\\s*(?:之日\\s*)?(?:${alt(EVENT_LINKS.zhAfter)})`);
const enEvents = compileTerms(
  words('en'),
  (body) => `(?<![A-Za-z])(?:${alt(EVENT_LINKS.enBefore)})\\s+(?:(?:${alt(EVENT_LINKS.enFiller)})\\s+){0,2}${body}`,
);

/** Every event phrase in the text, sorted. */
export function scanEvents(norm: string): EventSpan[] {
  const out: EventSpan[] = [
    ...zhEvents.all(norm).map((m) => ({ start: m.start, end: m.end, event: m.value, zh: true })),
    ...enEvents.all(norm).map((m) => ({ start: m.start, end: m.end, event: m.value, zh: false })),
  ];
  return out.sort((a, b) => a.start - b.start);
}

const SENTENCE_END = /[。;!?\n]/;
/** At most this many characters between a Chinese event phrase and its number ("到场后，原则上在48小时内"). */
const ZH_GAP = 16;
const EN_GAP = 80;

/**
 * The event each hit is counted from, by the hit's index in `hits` (sorted). Only hits with
 * an event phrase attached appear.
 */
export function eventOf(norm: string, events: readonly EventSpan[], hits: readonly Span[]): Map<number, EventSpan> {
  const out = new Map<number, EventSpan>();
  for (const e of events) {
    if (!e.zh) {
      // "within 45 minutes of arrival": the number right before the link.
      const j = lowerBound(hits, e.start) - 1;
      const prev = j >= 0 ? hits[j] : undefined;
      if (prev && prev.end <= e.start && /^[\s,]*$/.test(norm.slice(prev.end, e.start))) {
        out.set(j, e);
        continue;
      }
    }
    const i = lowerBound(hits, e.end);
    const next = hits[i];
    if (!next) continue;
    const gap = norm.slice(e.end, next.start);
    if (gap.length > (e.zh ? ZH_GAP : EN_GAP) || SENTENCE_END.test(gap)) continue;
    if (!out.has(i)) out.set(i, e);
  }
  return out;
}
