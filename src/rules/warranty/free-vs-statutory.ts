/**
 * The commercial free warranty (质保期) and the statutory warranty (保修期) are different
 * promises, but for the same scope the free one must not be the shorter: during the
 * statutory period repairs are owed free anyway, so a shorter "free" warranty reads as
 * charging for repairs the law makes free.
 */
import type { Entry } from '../../content/load.ts';
import type { SourceRef } from '../../diagnostics/diagnostic.ts';
import { lastsAtLeast } from '../../model/dates.ts';
import { formatDuration } from '../../time/duration.ts';
import type { Duration, FreeWarranty } from '../../schema/index.ts';
import { defineRule } from '../define-rule.ts';
import { assetLabel, lawCategory, yamlOf } from './shared.ts';

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
    },
  },
  check(model, ctx) {
    const check = (free: FreeWarranty, location: SourceRef, warranty: Entry<'warranty'> | undefined, fromBid: boolean) => {
      ctx.examined();
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
      // Seasons and years do not compare; the statutory-minimum rule asks for seasons.
      const failing = floors.filter((f) => lastsAtLeast(free.period, f.period, model.serviceHours) === false);
      if (!failing.length) return;
      const worst = failing.reduce((a, b) => (lastsAtLeast(b.period, a.period, model.serviceHours) && !lastsAtLeast(a.period, b.period, model.serviceHours) ? b : a));
      ctx.report({
        messageId: 'shorter',
        data: {
          asset: assetLabel(model, free.asset),
          given: formatDuration(free.period),
          floor: formatDuration(worst.period),
          source: `${worst.who} ${worst.verb}`,
          category: law?.name ?? `"${categoryId}"`,
        },
        location,
        related: failing.map((f) => ({ location: f.at, message: f.note })),
        hint: `Make the free warranty for "${free.asset}" at least ${formatDuration(worst.period)}: \`period: ${yamlOf(worst.period)}\`.`,
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
