/**
 * Art. 40 runs every warranty period of the works from the day completion acceptance is
 * passed. A works warranty counted from signing, delivery, installation or the trial run
 * starts earlier, so it ends earlier than the law allows, and the client loses months of
 * cover. Goods a supplier warrants (`scope: goods`) may run from their own event — delivery,
 * acceptance of the goods or commissioning, each a day both sides sign for — but not from
 * signing, installation or a trial run.
 */
import { defineRule } from '../define-rule.ts';
import type { SourceRef } from '../../diagnostics/diagnostic.ts';
import type { Entry } from '../../content/load.ts';
import type { FreeWarranty, StartEvent } from '../../schema/index.ts';
import { START_EVENT_LABELS } from '../../model/labels.ts';
import { zh } from '../../schema/localized.ts';
import { assetLabel, isGoods } from './shared.ts';

const EVENT_ZH = Object.fromEntries(Object.entries(START_EVENT_LABELS).map(([e, l]) => [e, l.zh])) as Record<StartEvent, string>;

/** The events a goods warranty may run from, besides the works' own start. */
export const GOODS_STARTS: readonly StartEvent[] = ['delivery', 'goods-acceptance', 'commissioning'];

/** "delivery (到货交付之日), goods-acceptance (…) or commissioning (…)". */
const listed = (events: readonly StartEvent[]) => {
  const words = events.map((e) => `${e} (${EVENT_ZH[e]})`);
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}` : words.join('');
};

export default defineRule({
  meta: {
    id: 'warranty/start-event',
    severity: 'error',
    title: 'A works warranty does not run from completion acceptance, or a goods warranty from its delivery, acceptance or commissioning',
    source: 'DOMAIN.md check 2; 建设工程质量管理条例 Art. 40: 保修期自竣工验收合格之日起计算 (works); goods under the supplier\'s warranty from delivery, goods acceptance or commissioning',
    messages: {
      start:
        'The warranty "{{warranty}}" runs from {{start}} ({{startZh}}), but {{citation}} counts warranty periods from {{required}} ({{requiredZh}}); {{start}} comes earlier, so every period would end before the law lets it.',
      worksItem:
        'The free warranty {{what}} covers works and runs from {{start}} ({{startZh}}), but {{citation}} counts works warranties from {{required}} ({{requiredZh}}); {{start}} comes earlier, so the period would end before the law lets it.',
      goodsItem:
        'The free warranty {{what}} covers goods and runs from {{start}} ({{startZh}}), which is no day the goods are handed over or proven: a goods warranty runs from {{allowed}}, a day both sides sign for; from {{start}} the client cannot tell when it ends.',
    },
  },
  check(model, ctx) {
    // The statute a warranty's categories come from; any statute when it names none.
    const lawOf = (w: Entry<'warranty'> | undefined) =>
      (w && model.entries.law.find((l) => l.data.categories.some((c) => w.data.statutory.some((s) => s.category === c.id)))) ?? model.entries.law[0];

    for (const w of model.entries.warranty) {
      ctx.examined();
      const law = lawOf(w);
      const required: StartEvent = law?.data.startEvent ?? 'acceptance';
      if (w.data.start === required) continue;
      const citation = law ? zh(law.data.citation) : 'the law';
      ctx.report({
        messageId: 'start',
        data: { warranty: w.id, start: w.data.start, startZh: EVENT_ZH[w.data.start], citation, required, requiredZh: EVENT_ZH[required] },
        location: w.locate(['start']),
        related: law ? [{ location: law.locate(['startEvent']), message: `${citation}: periods run from ${required} (${EVENT_ZH[required]})` }] : [],
        hint: `Write \`start: ${required}\`, and word the certificate "自${EVENT_ZH[required]}起计算".`,
      });
    }

    // Each free-warranty item with its own start: the warranty's, and a bid's overrides.
    const item = (f: FreeWarranty, startAt: SourceRef, what: string, w: Entry<'warranty'> | undefined) => {
      if (!f.start) return;
      ctx.examined();
      const law = lawOf(w);
      const required: StartEvent = law?.data.startEvent ?? 'acceptance';
      const citation = law ? zh(law.data.citation) : 'the law';
      const related = law ? [{ location: law.locate(['startEvent']), message: `${citation}: works periods run from ${required} (${EVENT_ZH[required]})` }] : [];
      if (isGoods(f)) {
        const allowed = [...GOODS_STARTS, required];
        if (allowed.includes(f.start)) return;
        ctx.report({
          messageId: 'goodsItem',
          data: { what, start: f.start, startZh: EVENT_ZH[f.start], allowed: listed(GOODS_STARTS) },
          location: startAt,
          hint: `Write \`start: goods-acceptance\` (or delivery, commissioning), and word the warranty card "自${EVENT_ZH['goods-acceptance']}起计算".`,
        });
      } else if (f.start !== required) {
        ctx.report({
          messageId: 'worksItem',
          data: { what, start: f.start, startZh: EVENT_ZH[f.start], citation, required, requiredZh: EVENT_ZH[required] },
          location: startAt,
          related,
          hint: `Write \`start: ${required}\` (or leave \`start\` out: the warranty's own start applies); if this item is equipment under its supplier's warranty, mark it \`scope: goods\`.`,
        });
      }
    };
    const describe = (f: FreeWarranty, where: string) => `${f.asset ? `for asset class ${assetLabel(model, f.asset)}` : 'for the whole works'} in ${where}`;
    for (const w of model.entries.warranty) {
      w.data.free.forEach((f, i) => item(f, w.locate(['free', i, 'start']), describe(f, `warranty "${w.id}"`), w));
    }
    for (const bid of model.bids) {
      bid.entry.data.overrides.freeWarranty.forEach((f, i) =>
        item(f, bid.entry.locate(['overrides', 'freeWarranty', i, 'start']), describe(f, `the overrides of bid "${bid.entry.id}"`), bid.warranty),
      );
    }
  },
});
