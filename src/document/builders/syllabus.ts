/**
 * 培训大纲: the syllabus of one course, for the trainer and the client's trainees — goal,
 * audience, prerequisites, modules with their class hours and topics, a day-by-day timetable,
 * assessment and certificate. The timetable is laid out here from the modules' hours, their
 * order constraints (`after`) and the course's hours per day, so it always adds up.
 */
import { METHOD_LABELS } from '../../model/labels.ts';
import type { Course, Module } from '../../schema/course.ts';
import type { Entry } from '../../content/load.ts';
import type { Cell, Document, Inline } from '../nodes.ts';
import { pick, say } from '../words.ts';
import { DocumentWriter } from '../writer.ts';
import { type BuildContext, bidderName, metaOf } from './context.ts';
import { roleOf } from './sections.ts';

export function syllabus(cx: BuildContext, entry: Entry<'courses'>): Document {
  const { locale } = cx;
  const c = entry.data;
  const w = new DocumentWriter(locale);
  const list = (items: string[]) => items.join(locale === 'zh' ? '；' : '; ');
  const title = pick(locale, { zh: `${say(c.title, locale).replace(/培训$/, '')}培训大纲`, en: `${say(c.title, locale)}: syllabus` });
  w.title(title);
  w.keyValue([
    { key: pick(locale, { zh: '项目名称', en: 'Project' }), value: say(cx.bid.entry.data.project.name, locale) },
    { key: pick(locale, { zh: '培训单位', en: 'Trained by' }), value: bidderName(cx) },
    {
      key: pick(locale, { zh: '培训对象', en: 'Trainees' }),
      value:
        list(c.audience.map((a) => pick(locale, { zh: `${roleOf(cx, a.role)}不少于${a.min}人`, en: `at least ${a.min} ${a.min === 1 ? 'trainee' : 'trainees'} as ${roleOf(cx, a.role)}` }))) +
        (c.audience.length > 1 ? pick(locale, { zh: `，合计不少于${c.minTrainees}人`, en: ` (at least ${c.minTrainees} in all)` }) : ''),
    },
    // The class hours per day are the timetable's rows (below), not a second total here.
    { key: pick(locale, { zh: '总课时', en: 'Training' }), value: pick(locale, { zh: `${c.totalHours}课时，共${c.days}天`, en: `${c.totalHours} class hours over ${c.days} ${c.days === 1 ? 'day' : 'days'}` }) },
    { key: pick(locale, { zh: '培训地点', en: 'Where' }), value: say(c.location, locale) },
    { key: pick(locale, { zh: '授课', en: 'Taught by' }), value: roleOf(cx, c.trainer) },
    { key: pick(locale, { zh: '费用', en: 'Fee' }), value: c.free ? pick(locale, { zh: '免费', en: 'free of charge' }) : pick(locale, { zh: '按合同约定', en: 'as the contract says' }) },
  ]);

  w.heading(1, pick(locale, { zh: '培训目标', en: 'Goal' }));
  w.paragraph(say(c.goal, locale));
  if (c.prerequisites.length) {
    w.heading(1, pick(locale, { zh: '学员基础要求', en: 'Before the course' }));
    w.list(c.prerequisites.map((p) => [say(p, locale)]));
  }

  w.heading(1, pick(locale, { zh: '课程内容', en: 'Modules' }));
  const ordered = inOrder(c.modules);
  const number = new Map(ordered.map((m, i) => [m.id, i + 1]));
  w.table(
    [1.5, 4, 1.5, 2, 7],
    [pick(locale, { zh: ['序号', '模块', '课时', '方式', '主要内容'], en: ['No.', 'Module', 'Hours', 'Method', 'Topics'] })],
    ordered.map((m) => [String(number.get(m.id)), say(m.title, locale), { runs: [{ kind: 'text', text: String(m.hours) }], align: 'center' }, METHOD_LABELS[m.method][locale], list(m.topics.map((t) => say(t, locale))) || '—']),
  );
  const sum = c.modules.reduce((a, m) => a + m.hours, 0);
  w.paragraph(pick(locale, { zh: `以上${ordered.length}个模块合计${round(sum)}课时。`, en: `${ordered.length} modules, ${round(sum)} class hours in all.` }));

  w.heading(1, pick(locale, { zh: '日程安排', en: 'Timetable' }));
  w.table(
    [2, 6, 2],
    [pick(locale, { zh: ['日次', '模块', '课时'], en: ['Day', 'Module', 'Hours'] })],
    timetable(ordered, c, locale, number),
  );

  w.heading(1, pick(locale, { zh: '考核与证书', en: 'Assessment and certificate' }));
  const assessment = c.assessment;
  w.paragraph(
    assessment
      ? pick(locale, { zh: `培训结束后以${say(assessment.method, locale)}方式考核，${assessment.passMark}分及以上为合格。`, en: `At the end, trainees are assessed by ${say(assessment.method, locale)}; ${assessment.passMark} marks or more is a pass.` })
      : pick(locale, { zh: '本课程不设考核。', en: 'The course has no assessment.' }),
  );
  if (c.certificate) w.paragraph(pick(locale, { zh: assessment ? '考核合格者颁发培训合格证书。' : '完成培训者颁发培训证书。', en: assessment ? 'Those who pass receive a training certificate.' : 'Everyone who completes the course receives a certificate.' }));
  if (c.materials.length) {
    w.heading(1, pick(locale, { zh: '培训教材与资料', en: 'Materials' }));
    w.list(c.materials.map((m) => [say(m, locale)]));
  }
  return { meta: { ...metaOf(cx, 'syllabus', title), part: entry.id }, blocks: w.blocks };
}

/** Modules in an order that keeps every `after` before its module, otherwise as listed. */
export function inOrder(modules: readonly Module[]): Module[] {
  const placed = new Set<string>();
  const out: Module[] = [];
  const known = new Set(modules.map((m) => m.id));
  while (out.length < modules.length) {
    const next = modules.find((m) => !placed.has(m.id) && m.after.every((a) => placed.has(a) || !known.has(a)));
    // A cycle is the checker's error (training rules); here the rest keep their listed order.
    const m = next ?? modules.find((x) => !placed.has(x.id))!;
    placed.add(m.id);
    out.push(m);
  }
  return out;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Day by day: modules fill each day up to its class hours in order; a module longer than
 * what is left of a day goes on the next day ("（续）").
 */
function timetable(modules: readonly Module[], c: Course, locale: BuildContext['locale'], number: Map<string, number>): Cell[][] {
  const slots: { day: number; module: Module; hours: number; continued: boolean }[] = [];
  let day = 1;
  let left = c.hoursPerDay;
  for (const m of modules) {
    let rest = m.hours;
    let continued = false;
    while (rest > 1e-9) {
      if (left <= 1e-9) {
        day++;
        left = c.hoursPerDay;
      }
      const take = Math.min(rest, left);
      slots.push({ day, module: m, hours: round(take), continued });
      rest -= take;
      left -= take;
      continued = true;
    }
  }
  const rows: Cell[][] = [];
  const text = (t: string, align?: Cell['align']): Cell => ({ runs: [{ kind: 'text', text: t } as Inline], ...(align ? { align } : {}) });
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i]!;
    const first = i === 0 || slots[i - 1]!.day !== s.day;
    const span = slots.filter((x) => x.day === s.day).length;
    const cells: Cell[] = [];
    if (first) cells.push({ ...text(pick(locale, { zh: `第${s.day}天`, en: `Day ${s.day}` }), 'center'), ...(span > 1 ? { rowSpan: span } : {}) });
    cells.push(text(`${number.get(s.module.id)}. ${say(s.module.title, locale)}${s.continued ? pick(locale, { zh: '（续）', en: ' (continued)' }) : ''}`));
    cells.push(text(String(s.hours), 'center'));
    rows.push(cells);
  }
  return rows;
}
