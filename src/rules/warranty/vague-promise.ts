/**
 * A promise without an end ("终身维护", "长期技术支持") cannot be measured or enforced, and
 * an evaluator reads it as padding. It is flagged so the writer states a period or turns it
 * into a service contract with a price.
 */
import { defineRule } from '../define-rule.ts';
import { label } from './shared.ts';

export default defineRule({
  meta: {
    id: 'warranty/vague-promise',
    severity: 'warning',
    title: 'A promise has no end (终身, 长期 …)',
    source: 'DOMAIN.md check 17: "终身" or unbounded promises are flagged as vague',
    messages: {
      vague:
        'The promise "{{text}}" in warranty "{{warranty}}" has no end date or period, so nobody can say when it is kept or broken; evaluators discount it and a client may hold the bidder to it forever.',
    },
  },
  check(model, ctx) {
    for (const w of model.entries.warranty) {
      ctx.examined();
      w.data.unbounded.forEach((text, i) => {
        ctx.report({
          messageId: 'vague',
          data: { text: label(text), warranty: w.id },
          location: w.locate(['unbounded', i]),
          hint: 'State a period (e.g. 保修期满后10年内提供维护), or offer it as a paid service contract under `afterWarranty` (pricing: paid-contract).',
        });
      });
    }
  },
});
