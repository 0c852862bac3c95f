/**
 * The words for the model's fixed vocabulary, in both languages: one place that messages,
 * documents and the site read, so a target is never called 到场 in one and 上门 in another.
 * (The organisation's own vocabulary — severities, zones, windows — carries its names in
 * the content.)
 */
import type { Event, StartEvent, Target } from '../schema/index.ts';
import type { PROVISIONS } from '../schema/index.ts';

export interface Label {
  zh: string;
  en: string;
}

export const TARGET_LABELS: Readonly<Record<Target, Label>> = {
  response: { zh: '响应', en: 'response' },
  remote: { zh: '远程诊断', en: 'remote diagnosis' },
  onsite: { zh: '到场', en: 'on site' },
  diagnosis: { zh: '查明原因并提交处理方案', en: 'diagnosis and repair plan' },
  restore: { zh: '恢复', en: 'service restored' },
  resolution: { zh: '修复', en: 'fault fixed' },
  loaner: { zh: '提供备机', en: 'loaner provided' },
  downtime: { zh: '停机时间', en: 'downtime' },
  'spare-parts': { zh: '备件到货', en: 'spare parts delivered' },
  'no-recurrence': { zh: '同一故障不再复发', en: 'no recurrence of the same fault' },
};

/** The event a time runs from, as the words before 后 / after "within … of". */
export const EVENT_LABELS: Readonly<Record<Event, Label>> = {
  report: { zh: '接到报修', en: 'the fault report' },
  response: { zh: '响应', en: 'the response' },
  onsite: { zh: '到达现场', en: 'arrival on site' },
  diagnosis: { zh: '查明原因', en: 'the diagnosis' },
  'parts-arrival': { zh: '备件到货', en: 'the spare parts arriving' },
  acceptance: { zh: '竣工验收合格', en: 'completion acceptance' },
};

export const START_EVENT_LABELS: Readonly<Record<StartEvent, Label>> = {
  acceptance: { zh: '竣工验收合格之日', en: 'completion acceptance' },
  signing: { zh: '合同签订之日', en: 'contract signing' },
  delivery: { zh: '到货交付之日', en: 'delivery' },
  'goods-acceptance': { zh: '到货验收合格之日', en: 'acceptance of the goods' },
  commissioning: { zh: '投入运行之日', en: 'commissioning' },
  'trial-run': { zh: '试运行之日', en: 'the trial run' },
  installation: { zh: '安装完成之日', en: 'installation' },
};

export const PROVISION_LABELS: Readonly<Record<(typeof PROVISIONS)[number], Label>> = {
  loaner: { zh: '同档次备机', en: 'equal-grade loaners' },
  'spare-parts': { zh: '备品备件', en: 'spare parts stock' },
  'resident-engineer': { zh: '驻场工程师', en: 'resident engineers' },
};
