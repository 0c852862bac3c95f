/**
 * Every commitment is stated in the organisation's vocabulary (severities, zones, roles),
 * so a project has exactly one organisation entry.
 */
import { defineRule } from '../define-rule.ts';

export default defineRule({
  meta: {
    id: 'project/single-organisation',
    severity: 'error',
    title: 'The project has no organisation, or more than one',
    source: 'The content model: one organisation states the vocabulary of every commitment',
    messages: {
      none: 'The project has no organisation entry, so no severity, zone, role or channel is defined.',
      many: 'The project has {{count}} organisation entries; it must have exactly one.',
    },
  },
  check(model, ctx) {
    const list = model.entries.organisation;
    ctx.examined();
    if (list.length === 0) {
      ctx.report({
        messageId: 'none',
        location: { file: 'content/organisation', line: 1, column: 1 },
        hint: 'Create content/organisation/<name>.yaml with the name, offices, channels, severities, zones and roles.',
      });
    } else if (list.length > 1) {
      ctx.report({
        messageId: 'many',
        data: { count: list.length },
        location: list[1]!.locate([]),
        related: list.filter((_, i) => i !== 1).map((e) => ({ location: e.locate([]), message: 'another organisation entry' })),
        hint: 'Keep one file in content/organisation/.',
      });
    }
  },
});
