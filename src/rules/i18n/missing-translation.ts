/**
 * Chinese first, English alongside: a text without English falls back to Chinese on the
 * English site and documents, which a reader notices. Reported as a warning.
 */
import { defineRule } from '../define-rule.ts';
import { collections, LocalizedTextSchema } from '../../schema/index.ts';
import { walkSchema } from '../../schema/walk.ts';

export default defineRule({
  meta: {
    id: 'i18n/missing-translation',
    severity: 'warning',
    title: 'A text has Chinese but no English',
    source: 'The brief: Chinese first, English alongside',
    messages: { missing: '`{{field}}` has no English text; the English edition will show the Chinese "{{zh}}".' },
  },
  check(model, ctx) {
    for (const entry of Object.values(model.entries).flat()) {
      walkSchema(collections[entry.collection], entry.data, (schema, value, path) => {
        if (schema !== LocalizedTextSchema) return false;
        ctx.examined();
        const english = typeof value === 'object' && value !== null && 'en' in value;
        if (!english) {
          const zh = typeof value === 'string' ? value : (value as { zh: string }).zh;
          ctx.report({
            messageId: 'missing',
            data: { field: path.join('.'), zh: zh.length > 24 ? `${zh.slice(0, 24)}…` : zh },
            location: entry.locate(path),
            hint: 'Write it as `{ zh: …, en: … }`.',
          });
        }
        return true;
      });
    }
  },
});
