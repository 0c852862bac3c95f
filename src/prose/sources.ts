/**
 * Where our own prose is: every localised text in the content, Markdown bodies, and the
 * templates. Text that is not ours to promise is left out: the tender's words (a
 * requirement's `text`), the law's words, and maintenance checklists, whose numbers are
 * technical settings of the system (battery hours, recording days), not service promises.
 */
import type { SourceRef } from '../diagnostics/diagnostic.ts';
import type { Entry } from '../content/load.ts';
import type { Model } from '../model/model.ts';
import { collections, LocalizedTextSchema } from '../schema/index.ts';
import { walkSchema } from '../schema/walk.ts';

export interface ProseText {
  /** The text to read. */
  text: string;
  /** Where the text starts: its file, line and column. */
  at: SourceRef;
  /** The entry it belongs to (for which bid's commitments apply), if any. */
  entry?: Entry;
  locale: 'zh' | 'en';
}

const NOT_OURS: readonly RegExp[] = [
  /^requirements\.\d+\.text$/, // the tender's words, quoted
  /^tasks\.\d+\.checklist\.\d+$/, // technical settings checked, not service promised
];

export function contentProse(model: Model): ProseText[] {
  const out: ProseText[] = [];
  for (const entry of Object.values(model.entries).flat()) {
    if (entry.collection === 'law') continue; // the law's words
    walkSchema(collections[entry.collection], entry.data, (schema, value, path) => {
      if (schema !== LocalizedTextSchema) return false;
      if (NOT_OURS.some((re) => re.test(path.join('.')))) return true;
      const texts = typeof value === 'string' ? { zh: value } : (value as { zh: string; en?: string });
      out.push({ text: texts.zh, at: entry.locate(typeof value === 'string' ? path : [...path, 'zh']), entry, locale: 'zh' });
      if (texts.en) out.push({ text: texts.en, at: entry.locate([...path, 'en']), entry, locale: 'en' });
      return true;
    });
    if (entry.body.trim()) out.push({ text: entry.body, at: { file: entry.file, line: entry.bodyLine, column: 1 }, entry, locale: 'zh' });
  }
  return out;
}
