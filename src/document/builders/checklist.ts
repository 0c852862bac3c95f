/**
 * 巡检表: the field engineer's checklist for one maintenance level of one system, taken to site
 * and filled in by hand. Every check item of every task of that level and of the levels it
 * includes (a quarterly service repeats the monthly inspection), each with boxes for the
 * result (正常 / 异常 / 不适用), room for a reading and a remark; then the findings, and the
 * engineer's and the client's signatures. Built from the maintenance schedule, so the paper
 * cannot drift from what the plan promises.
 */
import type { Entry } from '../../content/load.ts';
import type { MaintenanceLevel, MaintenanceSchedule } from '../../schema/maintenance.ts';
import type { Cell, Document } from '../nodes.ts';
import { blankDay, pick, say } from '../words.ts';
import { DocumentWriter } from '../writer.ts';
import { type BuildContext, bidderName, metaOf, signOff } from './context.ts';
import { roleOf } from './sections.ts';

/** A checklist's part name: the system's and the level's ids. */
export const checklistPart = (s: MaintenanceSchedule, level: MaintenanceLevel) => `${s.system}-${level.id}`;

/** The level and every level it includes, directly or through another, in the schedule's order. */
export function levelsCarriedOut(s: MaintenanceSchedule, level: MaintenanceLevel): MaintenanceLevel[] {
  const wanted = new Set<string>();
  const visit = (id: string) => {
    if (wanted.has(id)) return;
    wanted.add(id);
    for (const inner of s.levels.find((l) => l.id === id)?.includes ?? []) visit(inner);
  };
  visit(level.id);
  return s.levels.filter((l) => wanted.has(l.id));
}

export function checklist(cx: BuildContext, entry: Entry<'maintenance'>, level: MaintenanceLevel): Document {
  const { locale } = cx;
  const s = entry.data;
  const w = new DocumentWriter(locale);
  const system = cx.organisation.systems.find((x) => x.id === s.system);
  const systemName = system ? say(system.name, locale) : s.system;
  const levels = levelsCarriedOut(s, level);
  const title = pick(locale, { zh: `${systemName}${say(level.name, locale)}检查表`, en: `${systemName}: ${say(level.name, locale).toLowerCase()} checklist` });
  w.title(title);
  // Lines to write on.
  const blank = '____________________';
  const included = levels.filter((l) => l !== level).map((l) => say(l.name, locale));
  w.keyValue([
    { key: pick(locale, { zh: '项目名称', en: 'Project' }), value: say(cx.bid.entry.data.project.name, locale) },
    { key: pick(locale, { zh: '系统', en: 'System' }), value: systemName },
    {
      key: pick(locale, { zh: '保养级别', en: 'Level' }),
      value: say(level.name, locale) + (included.length ? pick(locale, { zh: `（含${included.join('、')}）`, en: ` (with the ${included.join(' and ').toLowerCase()})` }) : ''),
    },
    { key: pick(locale, { zh: '服务单位', en: 'Service provider' }), value: bidderName(cx) },
    { key: pick(locale, { zh: '检查日期', en: 'Date' }), value: blankDay(locale) },
    { key: pick(locale, { zh: '检查地点', en: 'Place' }), value: blank },
  ]);

  const box = (t = '□'): Cell => ({ runs: [{ kind: 'text', text: t }], align: 'center' });
  const text = (t: string, extra: Partial<Cell> = {}): Cell => ({ runs: [{ kind: 'text', text: t }], ...extra });
  const rows: Cell[][] = [];
  let n = 0;
  for (const l of levels) {
    for (const task of s.tasks.filter((t) => t.level === l.id)) {
      const items = task.checklist;
      items.forEach((item, i) => {
        n++;
        const cells: Cell[] = [];
        if (i === 0) {
          const label = `${say(task.title, locale)}${levels.length > 1 ? pick(locale, { zh: `（${say(l.name, locale)}）`, en: ` (${say(l.name, locale).toLowerCase()})` }) : ''}`;
          cells.push(text(label, items.length > 1 ? { rowSpan: items.length } : {}));
        }
        cells.push(text(String(n), { align: 'center' }), text(say(item, locale)), box(), box(), box(), text(''), text(''));
        rows.push(cells);
      });
    }
  }
  w.table(
    [3, 0.9, 8, 1.1, 1.1, 1.4, 1.6, 1.6],
    [pick(locale, { zh: ['保养项目', '序号', '检查内容', '正常', '异常', '不适用', '测量值', '备注'], en: ['Task', 'No.', 'Check', 'OK', 'Fault', 'N/A', 'Reading', 'Remarks'] })],
    rows,
  );
  w.line(
    pick(locale, {
      zh: `共${n}项。每项在相应方框内打“√”；异常项在备注栏写明情况，并在下表记录处理结果。`,
      en: `${n} checks. Tick one box for each; for a fault, say what was found under Remarks and record the action below.`,
    }),
  );
  const writeIn = (t: string, lines: number): Cell[] => [text(t), { runs: [], writeIn: lines, colSpan: 3 }];
  w.table(
    [2, 3, 3, 3],
    [],
    [
      writeIn(pick(locale, { zh: '发现的问题及处理结果', en: 'Faults found and action taken' }), 4),
      writeIn(pick(locale, { zh: '遗留问题及整改期限', en: 'Open items and their deadline' }), 2),
      writeIn(pick(locale, { zh: '更换的备件', en: 'Parts replaced' }), 2),
    ],
  );
  const roles = [...new Set(levels.flatMap((l) => s.tasks.filter((t) => t.level === l.id).map((t) => t.role)))];
  const by = roles.map((r) => roleOf(cx, r));
  w.push(signOff(locale, { zh: `检查人员（${by.join('、')}）签字：`, en: `Checked by (${by.join(', ')}), signature: ` }));
  return { meta: { ...metaOf(cx, 'checklist', title), part: checklistPart(s, level) }, blocks: w.blocks };
}
