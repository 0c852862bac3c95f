/**
 * A service plan says what service costs both while the warranty runs and after it ends
 * (free, at cost price, or under a paid contract). A client left to guess the second
 * assumes the worst, and tenders score "保修期满后的服务" as its own item.
 */
import { defineRule } from '../define-rule.ts';

const TERMS = {
  inWarranty: { phase: 'inside the warranty', phaseZh: '保修期内', example: '{ pricing: free, description: … }' },
  afterWarranty: { phase: 'after the warranty ends', phaseZh: '保修期满后', example: '{ pricing: cost-price, description: … }' },
} as const;

export default defineRule({
  meta: {
    id: 'warranty/after-service',
    severity: 'error',
    title: 'Service inside or after the warranty is not defined',
    source: 'DOMAIN.md check 18: service both inside and after the warranty is defined (free / cost price / contract)',
    messages: {
      missing:
        'The warranty "{{warranty}}" does not define service {{phase}} ({{phaseZh}}): the client cannot tell whether a repair then is free, at cost price or under a paid contract.',
    },
  },
  check(model, ctx) {
    for (const w of model.entries.warranty) {
      for (const key of ['inWarranty', 'afterWarranty'] as const) {
        ctx.examined();
        if (w.data[key]) continue;
        const other = key === 'inWarranty' ? 'afterWarranty' : 'inWarranty';
        const { phase, phaseZh, example } = TERMS[key];
        ctx.report({
          messageId: 'missing',
          data: { warranty: w.id, phase, phaseZh },
          // Point at the term that is there, so the missing one is written beside it.
          location: w.data[other] ? w.locate([other], true) : w.locate(['start'], true),
          hint: `Add \`${key}: ${example}\`, with pricing free, cost-price or paid-contract.`,
        });
      }
    }
  },
});
