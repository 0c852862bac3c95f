/**
 * The organisation's names for its own conditions, for the text reader (text/vocabulary.ts):
 * where a document writes a name whole — 近郊区县及省内地市, 办公时间（周一至周六 8:30–17:30）,
 * 四级（低）, 线路故障（无备用路由） — it means that item and no tier of the lexicon. Built
 * once per model.
 */
import { conditionVocabulary } from '../model/compliance-words.ts';
import type { Model } from '../model/model.ts';
import { en, zh } from '../schema/localized.ts';
import { compileVocabulary, type Vocabulary, type VocabularyDimension, type VocabularyItem } from '../text/vocabulary.ts';

const cache = new WeakMap<Model, Vocabulary>();

export function vocabularyOf(model: Model): Vocabulary {
  let v = cache.get(model);
  if (!v) {
    v = compileVocabulary(itemsOf(model));
    cache.set(model, v);
  }
  return v;
}

/** The text reader names the dimension of fault types as its qualifiers do. */
const DIMENSION: Readonly<Record<ReturnType<typeof conditionVocabulary>[number]['kind'], VocabularyDimension>> = {
  severity: 'severity',
  zone: 'zone',
  window: 'window',
  season: 'season',
  asset: 'asset',
  'fault-type': 'faultType',
};

function itemsOf(model: Model): VocabularyItem[] {
  const org = model.organisation?.data;
  if (!org) return [];
  return conditionVocabulary(org).flatMap(({ kind, items }) =>
    items.map((x) => ({
      dim: DIMENSION[kind],
      id: x.id,
      zh: [zh(x.name)],
      en: [en(x.name)].filter((n) => n !== zh(x.name)),
      ...(x.months ? { months: x.months } : {}),
    })),
  );
}
