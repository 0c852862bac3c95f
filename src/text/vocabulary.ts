/**
 * An organisation's own names for its conditions, read as written. The lexicon knows tiers
 * (紧急, 市区, 工作时间 …); an organisation may cut finer — 近郊区县及省内地市 is neither 区县
 * nor 省内 alone, 四级（低） is a fourth level, 办公时间（周一至周六 8:30–17:30） a window of its
 * own. Where the text writes one of these names whole, it means exactly that item: the
 * occurrence says `org:<id>`, and the words inside the name (区县, 省内, 夜间 …) say nothing
 * more of its dimension. Everything else is read with the lexicon as before.
 *
 * Pure: the caller (prose/vocabulary.ts) lists the names from the content.
 */
import type { Dimension, Occurrence } from './qualifiers.ts';
import { marked } from './qualifiers.ts';
import { lowerBound } from './spans.ts';
import { compileTerms, type Matcher } from './terms.ts';

/** The dimensions an organisation names items in. */
export type VocabularyDimension = Extract<Dimension, 'severity' | 'zone' | 'window' | 'season' | 'asset' | 'faultType'>;

export interface VocabularyItem {
  dim: VocabularyDimension;
  id: string;
  /** The names as the content writes them, Chinese and English. */
  zh: string[];
  en: string[];
  /** A season's months. */
  months?: { from: number; to: number };
}

/** The value an occurrence of an organisation's own name carries. */
export const orgValue = (id: string) => `org:${id}`;
export const orgId = (value: string | undefined) => (value?.startsWith('org:') ? value.slice(4) : undefined);

export interface Vocabulary {
  /** The occurrences with the organisation's names read first. */
  apply(norm: string, occurrences: readonly Occurrence[]): Occurrence[];
}

/** Names shorter than this are words of the lexicon, not names (一级, 市区 stay tiers). */
const SHORTEST = 4;

export function compileVocabulary(items: readonly VocabularyItem[]): Vocabulary {
  const usable = items
    .map((i) => ({ ...i, zh: i.zh.filter((n) => [...n].length >= SHORTEST), en: i.en.filter((n) => n.length >= SHORTEST * 2) }))
    .filter((i) => i.zh.length || i.en.length);
  const matcher: Matcher<VocabularyItem> = compileTerms(usable.map((i) => ({ terms: { zh: i.zh, en: i.en }, value: i })));
  return {
    apply(norm, occurrences) {
      if (!usable.length) return [...occurrences];
      const names = matcher.all(norm);
      if (!names.length) return [...occurrences];
      // Names do not overlap one another: the one an occurrence may lie in starts at or before it.
      const inside = (o: Occurrence) => {
        const n = names[lowerBound(names, o.start + 1) - 1];
        return !!n && n.value.dim === o.dim && o.end <= n.end;
      };
      const own: Occurrence[] = names.map((n) => ({
        start: n.start,
        end: n.end,
        dim: n.value.dim,
        value: orgValue(n.value.id),
        ...(n.value.months ? { months: n.value.months } : {}),
      }));
      return marked(norm, [...occurrences.filter((o) => !inside(o)), ...own]).sort((a, b) => a.start - b.start || b.end - a.end);
    },
  };
}
