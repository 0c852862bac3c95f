/**
 * Art. 40 runs every warranty period from the day completion acceptance is passed. A
 * warranty counted from signing, delivery, installation or the trial run starts earlier,
 * so it ends earlier than the law allows, and the client loses months of cover.
 */
import { defineRule } from '../define-rule.ts';
import type { START_EVENTS } from '../../schema/index.ts';
import { zh } from '../../schema/localized.ts';

type StartEvent = (typeof START_EVENTS)[number];

const EVENT_ZH: Record<StartEvent, string> = {
  acceptance: '竣工验收合格之日',
  signing: '合同签订之日',
  delivery: '到货交付之日',
  'trial-run': '试运行之日',
  installation: '安装完成之日',
};

export default defineRule({
  meta: {
    id: 'warranty/start-event',
    severity: 'error',
    title: 'The warranty does not run from completion acceptance',
    source: 'DOMAIN.md check 2; 建设工程质量管理条例 Art. 40: 保修期自竣工验收合格之日起计算',
    messages: {
      start:
        'The warranty "{{warranty}}" runs from {{start}} ({{startZh}}), but {{citation}} counts warranty periods from {{required}} ({{requiredZh}}); {{start}} comes earlier, so every period would end before the law lets it.',
    },
  },
  check(model, ctx) {
    for (const w of model.entries.warranty) {
      ctx.examined();
      // The statute this warranty's categories come from; any statute when it names none.
      const law =
        model.entries.law.find((l) => l.data.categories.some((c) => w.data.statutory.some((s) => s.category === c.id))) ?? model.entries.law[0];
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
  },
});
