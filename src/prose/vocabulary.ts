/**
 * The organisation's names for its own conditions, for the text reader (text/vocabulary.ts):
 * where a document writes a name whole — 近郊区县及省内地市, 办公时间（周一至周六 8:30–17:30）,
 * 四级（低）, 线路故障（无备用路由） — it means that item and no tier of the lexicon. Built
 * once per model.
 */
import type { Model } from '../model/model.ts';
import { en, zh } from '../schema/localized.ts';
import type { LocalizedText } from '../schema/primitives.ts';
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

function itemsOf(model: Model): VocabularyItem[] {
  const org = model.organisation?.data;
  if (!org) return [];
  const items: VocabularyItem[] = [];
  const add = (dim: VocabularyDimension, list: readonly { id: string; name: LocalizedText; months?: { from: number; to: number } }[]) => {
    for (const x of list) {
      const names = { zh: [zh(x.name)], en: [en(x.name)].filter((n) => n !== zh(x.name)) };
      items.push({ dim, id: x.id, ...names, ...(x.months ? { months: x.months } : {}) });
    }
  };
  add('severity', org.severities);
  add('zone', org.zones);
  add('window', org.windows);
  add('season', org.seasons);
  add('asset', org.assetClasses);
  add('faultType', org.faultTypes);
  return items;
}
