/**
 * 培训资料: what a trainer takes to the client's site for one course, as one printed pack with
 * a bookmark per piece (no contents page: the pieces are handed out, not read through) — a handout per module (what it is for, how long, what it covers, how
 * it is taught), a sign-in sheet per day with a row for every trainee the course is for, the
 * assessment sheet with the pass mark, and the training record for the client's files. All of
 * it from the typed course, so the paper says what the bid promised: the hours, the audience,
 * the assessment.
 */
import type { Entry } from '../../content/load.ts';
import { METHOD_LABELS } from '../../model/labels.ts';
import type { Cell, Document } from '../nodes.ts';
import { blankDay, pick, say } from '../words.ts';
import { DocumentWriter } from '../writer.ts';
import { type BuildContext, bidderName, metaOf, signOff } from './context.ts';
import { roleOf } from './sections.ts';
import { inOrder } from './syllabus.ts';

/** Rows for names: every trainee the course is for, and two spare for whoever else comes. */
export const traineeRows = (course: Entry<'courses'>['data']) => Math.max(course.minTrainees, course.audience.reduce((a, x) => a + x.min, 0)) + 2;

export function coursePack(cx: BuildContext, entry: Entry<'courses'>): Document {
  const { locale } = cx;
  const c = entry.data;
  const w = new DocumentWriter(locale);
  const course = say(c.title, locale);
  const title = pick(locale, { zh: `${course.replace(/培训$/, '')}培训资料`, en: `${course}: trainer's pack` });
  const project = say(cx.bid.entry.data.project.name, locale);
  w.push({
    kind: 'cover',
    title,
    subtitle: project,
    fields: [
      { label: pick(locale, { zh: '培训单位', en: 'Trained by' }), value: bidderName(cx) },
      { label: pick(locale, { zh: '培训地点', en: 'Where' }), value: say(c.location, locale) },
      { label: pick(locale, { zh: '总课时', en: 'Class hours' }), value: pick(locale, { zh: `${c.totalHours}课时，共${c.days}天`, en: `${c.totalHours} over ${c.days} ${c.days === 1 ? 'day' : 'days'}` }) },
    ],
    date: '',
  });

  const text = (t: string, align?: Cell['align']): Cell => ({ runs: t ? [{ kind: 'text', text: t }] : [], ...(align ? { align } : {}) });
  const blankRow = (n: number, columns: number, writeIn = 2): Cell[] => [text(String(n), 'center'), ...Array.from({ length: columns - 1 }, () => ({ runs: [], writeIn }))];
  const rows = traineeRows(c);
  const audience = c.audience.map((a) => roleOf(cx, a.role)).join(pick(locale, { zh: '、', en: ', ' }));

  // Handouts: one per module, in teaching order.
  w.heading(1, pick(locale, { zh: '模块讲义', en: 'Module handouts' }));
  const ordered = inOrder(c.modules);
  ordered.forEach((m, i) => {
    // A handout a page: each is handed out on its own.
    if (i > 0) w.push({ kind: 'page-break' });
    w.heading(2, say(m.title, locale));
    // The module's facts as the syllabus states them, a row under 模块 / 课时: a module's share
    // of the course, which a reader of the printed page (and `audit`) does not take for the course's hours.
    w.line(pick(locale, { zh: `课程：${course}`, en: `Course: ${course}` }));
    w.table(
      [5, 1.4, 1.6, 4],
      [pick(locale, { zh: ['模块', '课时', '方式', '对象'], en: ['Module', 'Hours', 'Method', 'For'] })],
      [[text(say(m.title, locale)), text(String(m.hours), 'center'), text(METHOD_LABELS[m.method][locale]), text(audience)]],
    );
    w.line(pick(locale, { zh: '本模块内容：', en: 'What this module covers:' }));
    w.list(m.topics.map((t) => [say(t, locale)]), true);
    w.line(pick(locale, { zh: '笔记：', en: 'Notes:' }));
    w.table([1], [], [[{ runs: [], writeIn: 10 }]]);
  });

  // Sign-in: a sheet per day, a row per trainee.
  w.push({ kind: 'page-break' });
  w.heading(1, pick(locale, { zh: '培训签到表', en: 'Sign-in sheets' }));
  for (let day = 1; day <= c.days; day++) {
    if (day > 1) w.push({ kind: 'page-break' });
    // Numbered, not "第1天": a number with a unit of time would read as a duration.
    w.heading(2, pick(locale, { zh: `签到表 ${day}`, en: `Sign-in sheet ${day}` }));
    w.keyValue([
      { key: pick(locale, { zh: '课程', en: 'Course' }), value: course },
      { key: pick(locale, { zh: '日期', en: 'Date' }), value: blankDay(locale) },
      { key: pick(locale, { zh: '地点', en: 'Place' }), value: say(c.location, locale) },
    ]);
    w.table(
      [0.8, 2.4, 3, 2.4, 2, 2],
      [pick(locale, { zh: ['序号', '姓名', '单位', '岗位', '上午签到', '下午签到'], en: ['No.', 'Name', 'Organisation', 'Role', 'Morning', 'Afternoon'] })],
      Array.from({ length: rows }, (_, i) => blankRow(i + 1, 6)),
    );
  }

  // Assessment.
  w.push({ kind: 'page-break' });
  w.heading(1, pick(locale, { zh: '培训考核表', en: 'Assessment sheet' }));
  const a = c.assessment;
  w.keyValue([
    { key: pick(locale, { zh: '课程', en: 'Course' }), value: course },
    { key: pick(locale, { zh: '考核方式', en: 'Assessed by' }), value: a ? say(a.method, locale) : pick(locale, { zh: '不设考核', en: 'no assessment' }) },
    ...(a ? [{ key: pick(locale, { zh: '合格标准', en: 'Pass mark' }), value: pick(locale, { zh: `${a.passMark}分及以上为合格`, en: `${a.passMark} marks or more` }) }] : []),
    { key: pick(locale, { zh: '考核日期', en: 'Date' }), value: blankDay(locale) },
  ]);
  const pass = pick(locale, { zh: '□合格 □不合格', en: '□ pass □ fail' });
  w.table(
    [0.8, 2.4, 3, 1.3, 3.2, 2],
    [pick(locale, { zh: ['序号', '姓名', '单位', '成绩', '结论', '考核人签字'], en: ['No.', 'Name', 'Organisation', 'Marks', 'Result', "Assessor's signature"] })],
    Array.from({ length: rows }, (_, i) => {
      const row = blankRow(i + 1, 6);
      row[4] = { runs: [{ kind: 'text', text: pass }], align: 'center', writeIn: 2 };
      return row;
    }),
  );

  // The record for the client's files.
  w.push({ kind: 'page-break' });
  w.heading(1, pick(locale, { zh: '培训记录', en: 'Training record' }));
  w.keyValue([
    { key: pick(locale, { zh: '项目名称', en: 'Project' }), value: project },
    { key: pick(locale, { zh: '课程', en: 'Course' }), value: course },
    { key: pick(locale, { zh: '培训对象', en: 'Trainees' }), value: audience },
    { key: pick(locale, { zh: '培训地点', en: 'Where' }), value: say(c.location, locale) },
    { key: pick(locale, { zh: '授课', en: 'Taught by' }), value: roleOf(cx, c.trainer) },
    { key: pick(locale, { zh: '培训日期', en: 'Dates' }), value: pick(locale, { zh: '自      年    月    日至      年    月    日', en: 'from ____________ to ____________' }) },
  ]);
  w.table(
    [0.8, 6, 1.4, 1.6],
    [pick(locale, { zh: ['序号', '模块', '课时', '完成'], en: ['No.', 'Module', 'Hours', 'Done'] })],
    ordered.map((m, i) => [text(String(i + 1), 'center'), text(say(m.title, locale)), text(String(m.hours), 'center'), text('□', 'center')]),
  );
  w.line(pick(locale, { zh: `计划${c.totalHours}课时；实到人数：______人。`, en: `${c.totalHours} class hours planned; trainees present: ______.` }));
  w.table(
    [2, 6],
    [],
    [
      [text(pick(locale, { zh: '培训情况及考核结果', en: 'How it went, and the results' })), { runs: [], writeIn: 4 }],
      [text(pick(locale, { zh: '建设单位意见', en: "The client's comments" })), { runs: [], writeIn: 3 }],
    ],
  );
  w.push(signOff(locale, { zh: '培训单位（签字）：', en: 'Trainer (signature): ' }));
  return { meta: { ...metaOf(cx, 'course-pack', title), part: entry.id }, blocks: w.blocks };
}
