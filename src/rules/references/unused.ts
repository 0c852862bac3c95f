/**
 * A definition nobody uses is dead weight at best and, at worst, a commitment the author
 * thinks is in the bid but is not.
 */
import { defineRule } from '../define-rule.ts';
import { REF_KINDS } from '../../model/references.ts';

export default defineRule({
  meta: {
    id: 'references/unused',
    severity: 'warning',
    title: 'Something is defined but never used',
    source: 'DOMAIN.md check 16: nothing defined is unused',
    messages: { unused: 'The {{kind}} "{{id}}" is defined but nothing uses it.' },
  },
  check(model, ctx) {
    const used = new Set(model.refs.references.map((r) => `${r.kind}|${r.scope ?? ''}|${r.id}`));
    for (const def of model.refs.definitions) {
      if (!def.reportUnused) continue;
      ctx.examined();
      if (used.has(`${def.kind}|${def.scope ?? ''}|${def.id}`)) continue;
      ctx.report({
        messageId: 'unused',
        data: { kind: REF_KINDS[def.kind], id: def.id },
        location: def.at,
        hint: 'Use it (in a bid, a condition or a schedule), or delete it.',
      });
    }
  },
});
