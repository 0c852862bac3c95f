/**
 * The commercial free warranty (质保期) and the statutory warranty (保修期) are different
 * promises, but for the same scope the free one must not be the shorter: during the
 * statutory period repairs are owed free anyway, so a shorter "free" warranty reads as
 * charging for repairs the law makes free. Only works are compared (`scope: works`, the
 * default): goods a supplier warrants are not governed by Art. 40.
 */
import type { Entry } from '../../content/load.ts';
import type { SourceRef } from '../../diagnostics/diagnostic.ts';
import { lastsAtLeast } from '../../model/dates.ts';
import { formatDuration } from '../../time/duration.ts';
import type { Duration, FreeWarranty } from '../../schema/index.ts';
import { defineRule } from '../define-rule.ts';
import { assetLabel, isGoods, lawCategory, meetsMinimum, wholeSeasons, yamlOf } from './shared.ts';

interface Floor {
  period: Duration;
  /** Who sets it: the law, or the warranty's own statutory promise. */
  who: string;
  verb: 'sets' | 'promises';
  at: SourceRef;
  note: string;
}

export default defineRule({
  meta: {
    id: 'warranty/free-vs-statutory',
    severity: 'error',
    title: 'A free warranty for an asset class is shorter than the statutory warranty of its work category',
    source: 'DOMAIN.md check 3; 建设工程质量管理条例 Art. 40 (the statutory period applies whatever the commercial terms)',
    messages: {
      shorter:
        'The free warranty (质保期) for asset class {{asset}} is {{given}}, shorter than the statutory warranty (保修期) of {{floor}} that {{source}} for its work category {{category}}; by law the contractor repairs defects in that period at its own cost (保修责任), so the shorter promise reads as charging for them.',
      shorterSeasons:
        'The free warranty (质保期) for asset class {{asset}} is {{given}}, which is sure to span only {{seasons}} (one per full 12 months), fewer than the statutory warranty (保修期) of {{floor}} that {{source}} for its work category {{category}}; by law the contractor repairs defects in those seasons at its own cost (保修责任), so the shorter promise reads as charging for them.',
    },
  },
  check(model, ctx) {
    const check = (free: FreeWarranty, location: SourceRef, warranty: Entry<'warranty'> | undefined, fromBid: boolean) => {
      ctx.examined();
      // Goods a supplier warrants (equipment, under its maker's terms) are no works: Art. 40's
      // periods do not govern them.
      if (isGoods(free)) return;
      // The whole-works warranty is not compared: a category-specific period (5 years for
      // roof waterproofing) says nothing about the works as a whole.
      if (!free.asset) return;
      const categoryId = model.vocabulary.assetCategories.get(free.asset);
      if (!categoryId) return;
      const law = lawCategory(model, categoryId);
      const floors: Floor[] = [];
      if (law && typeof law.category.minimum === 'object') {
        floors.push({ period: law.category.minimum, who: law.citation, verb: 'sets', at: law.minimumAt, note: `${law.citation}: the minimum for ${law.name} is ${formatDuration(law.category.minimum)}` });
      }
      const promised = warranty?.data.statutory.findIndex((s) => s.category === categoryId) ?? -1;
      const own = promised >= 0 ? warranty!.data.statutory[promised]!.period : undefined;
      if (warranty && own && own !== 'design-life') {
        floors.push({
          period: own,
          who: fromBid ? `the applied warranty "${warranty.id}"` : 'this warranty',
          verb: 'promises',
          at: warranty.locate(['statutory', promised, 'period']),
          note: `the statutory period promised in warranty "${warranty.id}": ${formatDuration(own)}`,
        });
      }
      // A floor in seasons is met by the whole seasons a calendar period is sure to span.
      const failing = floors.filter((f) => meetsMinimum(free.period, f.period, model.serviceHours).enough === false);
      if (!failing.length) return;
      const worst = failing.reduce((a, b) => (lastsAtLeast(b.period, a.period, model.serviceHours) && !lastsAtLeast(a.period, b.period, model.serviceHours) ? b : a));
      const seasons = meetsMinimum(free.period, worst.period, model.serviceHours).seasons;
      ctx.report({
        messageId: seasons === undefined ? 'shorter' : 'shorterSeasons',
        data: {
          asset: assetLabel(model, free.asset),
          given: formatDuration(free.period),
          floor: formatDuration(worst.period),
          source: `${worst.who} ${worst.verb}`,
          category: law?.name ?? `"${categoryId}"`,
          ...(seasons === undefined ? {} : { seasons: wholeSeasons(seasons) }),
        },
        location,
        related: failing.map((f) => ({ location: f.at, message: f.note })),
        hint:
          seasons === undefined
            ? `Make the free warranty for "${free.asset}" at least ${formatDuration(worst.period)}: \`period: ${yamlOf(worst.period)}\`.`
            : `Make the free warranty for "${free.asset}" at least ${worst.period.amount} whole years (\`period: { amount: ${worst.period.amount}, unit: year }\`), or state it in seasons: \`period: ${yamlOf(worst.period)}\`.`,
      });
    };

    for (const w of model.entries.warranty) {
      w.data.free.forEach((f, i) => check(f, w.locate(['free', i, 'period']), w, false));
    }
    for (const bid of model.bids) {
      bid.entry.data.overrides.freeWarranty.forEach((f, i) => check(f, bid.entry.locate(['overrides', 'freeWarranty', i, 'period']), bid.warranty, true));
    }
  },
});
