/**
 * A definition that leans on itself means nothing: a time window that is the complement of
 * itself, or two windows each the complement of the other. Reported where the loop is
 * written; the windows in it hold nowhere, so they cause no conflicts elsewhere.
 */
import { defineRule } from '../define-rule.ts';

export default defineRule({
  meta: {
    id: 'references/cycles',
    severity: 'error',
    title: 'A time window is defined through itself',
    source: 'DOMAIN.md check 16: references resolve — to something that is itself defined',
    messages: {
      windowLoop: 'The time window "{{id}}" is defined as the complement of {{chain}}, which leads back to itself, so it covers no definite hours.',
    },
  },
  check(model, ctx) {
    ctx.examined(model.organisation?.data.windows.length ?? 0);
    for (const cycle of model.vocabulary.windowCycles) {
      const [first, ...rest] = cycle.ids;
      const chain = [...rest, first].map((id) => `"${id}"`).join(', the complement of ');
      ctx.report({
        messageId: 'windowLoop',
        data: { id: first!, chain },
        location: cycle.at[0]!,
        related: cycle.at.slice(1).map((at, i) => ({ location: at, message: `"${rest[i]}" is the complement of "${cycle.ids[(i + 2) % cycle.ids.length]}"` })),
        hint: 'Give one of these windows its own `hours:` (e.g. Mon–Fri 08:00–18:00) and let the other be its `complementOf`.',
      });
    }
  },
});
