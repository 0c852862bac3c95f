/**
 * Art. 40 sets a floor under the warranty of each work category. A 保修书 that promises
 * less, counts heating in years that hold fewer seasons than the law's, or leaves out a
 * category the works contain, misstates the law the contractor is bound by whatever the
 * bid says. Statutory periods are the works' (保修期); goods a supplier warrants (`scope:
 * goods` in the free warranty) are never measured against them.
 */
import { defineRule } from '../define-rule.ts';
import { formatDuration, formatZh } from '../../time/duration.ts';
import type { Duration } from '../../schema/index.ts';
import { describeMinimum, lawCategory, meetsMinimum, wholeSeasons, yamlOf } from './shared.ts';

export default defineRule({
  meta: {
    id: 'warranty/statutory-minimum',
    severity: 'error',
    title: 'A statutory warranty period is below the Art. 40 minimum, or missing for a work category',
    source: 'DOMAIN.md check 1; 建设工程质量管理条例 Art. 40 (minimum warranty periods per work category)',
    messages: {
      short:
        'The statutory warranty (保修期) for {{category}} is promised as {{given}}, shorter than the minimum of {{minimum}} that {{citation}} sets; the legal minimum binds the contractor anyway, and a bid that promises less reads as not knowing the law.',
      seasons:
        'The statutory warranty for {{category}} is promised as {{given}}, but {{citation}} counts this category in heating/cooling seasons (采暖期、供冷期) and sets {{minimum}}; {{given}} is sure to span only {{seasons}} (one per full 12 months), so it can end before the law\'s last season does.',
      designLife:
        'The statutory warranty for {{category}} is promised as {{given}}, but {{citation}} sets it at the design life (设计文件规定的该工程的合理使用年限); a fixed period can end before the structure does.',
      incomparable:
        'The statutory warranty for {{category}} is promised as {{given}}, which cannot be compared with the minimum of {{minimum}} that {{citation}} sets.',
      missing:
        'The works of this bid include {{category}}, for which {{citation}} sets a minimum warranty of {{minimum}}, but the warranty "{{warranty}}" states no period for it.',
    },
  },
  check(model, ctx) {
    for (const w of model.entries.warranty) {
      w.data.statutory.forEach((promise, i) => {
        ctx.examined();
        const law = lawCategory(model, promise.category);
        if (!law || law.category.minimum === 'agreed') return;
        const minimum = law.category.minimum;
        const given = promise.period === 'design-life' ? 'the design life' : formatDuration(promise.period);
        const data = { category: law.name, given, minimum: describeMinimum(minimum), citation: law.citation };
        const location = w.locate(['statutory', i, 'period']);
        const related = [{ location: law.minimumAt, message: `${law.citation}: the minimum for ${law.name} is ${describeMinimum(minimum)}` }];

        if (minimum === 'design-life') {
          if (promise.period !== 'design-life') {
            ctx.report({ messageId: 'designLife', data, location, related, hint: 'Write `period: design-life`; the certificate then names the design life stated in the design documents.' });
          }
          return;
        }
        // The design life of a work is never shorter than the years or seasons the law sets
        // for its parts, so promising it satisfies any minimum.
        if (promise.period === 'design-life') return;
        const { enough, seasons } = meetsMinimum(promise.period, minimum, model.serviceHours);
        if (enough === false && seasons !== undefined) {
          ctx.report({
            messageId: 'seasons',
            data: { ...data, seasons: wholeSeasons(seasons) },
            location,
            related,
            hint: `State it in seasons, \`period: ${yamlOf(minimum)}\` (${formatZh(minimum)}), or promise at least ${minimum.amount} whole years.`,
          });
        } else if (enough === false) {
          ctx.report({ messageId: 'short', data, location, related, hint: `Promise at least ${formatDuration(minimum)}: \`period: ${yamlOf(minimum)}\`.` });
        } else if (enough === undefined) {
          ctx.report({ messageId: 'incomparable', data, location, related, hint: `State the period in the law's unit, e.g. \`period: ${yamlOf(minimum)}\`.` });
        }
      });
    }

    for (const bid of model.bids) {
      const w = bid.warranty;
      if (!w) continue;
      bid.entry.data.project.workCategories.forEach((id, i) => {
        ctx.examined();
        const law = lawCategory(model, id);
        if (!law || law.category.minimum === 'agreed') return;
        if (w.data.statutory.some((s) => s.category === id)) return;
        const minimum = law.category.minimum;
        const period = minimum === 'design-life' ? 'design-life' : yamlOf(minimum as Duration);
        ctx.report({
          messageId: 'missing',
          data: { category: law.name, citation: law.citation, minimum: describeMinimum(minimum), warranty: w.id },
          location: bid.entry.locate(['project', 'workCategories', i]),
          related: [
            { location: law.minimumAt, message: `${law.citation}: the minimum for ${law.name} is ${describeMinimum(minimum)}` },
            { location: w.locate(['statutory'], true), message: `the statutory periods of warranty "${w.id}", applied by this bid` },
          ],
          hint: `Add \`{ category: ${id}, period: ${period} }\` to \`statutory\` in ${w.file}, or remove "${id}" from the bid's work categories if the works do not include it.`,
        });
      });
    }
  },
});
