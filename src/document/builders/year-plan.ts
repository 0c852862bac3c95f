/**
 * 年度维护保养计划: the year's plan on one page, for the client's notice board and the field
 * team — which inspection or service of which system falls in which month after handover (the
 * manual's calendar, on its own), and who signs it off.
 */
import type { Document } from '../nodes.ts';
import { pick, say } from '../words.ts';
import { DocumentWriter } from '../writer.ts';
import { type BuildContext, bidderName, metaOf, signOff } from './context.ts';
import { maintenanceCalendar } from './manual.ts';

export function yearPlan(cx: BuildContext): Document {
  const { locale } = cx;
  const w = new DocumentWriter(locale);
  const title = pick(locale, { zh: '年度维护保养计划', en: 'Maintenance plan for the year' });
  w.title(title);
  w.keyValue([
    { key: pick(locale, { zh: '项目名称', en: 'Project' }), value: say(cx.bid.entry.data.project.name, locale) },
    { key: pick(locale, { zh: '服务单位', en: 'Service provider' }), value: bidderName(cx) },
  ]);
  maintenanceCalendar(cx, w);
  w.push(signOff(locale, { zh: '服务单位（盖章）：', en: 'Service provider (seal): ' }));
  return { meta: metaOf(cx, 'year-plan', title), blocks: w.blocks };
}
