/**
 * 售后服务方案: the after-sales service plan of a bid. Every table is built from the bid's
 * typed content — team, response matrix, warranty, maintenance calendar, visits, complaints,
 * training, channels — iterating what the bid has, so any bid the schema accepts gets its
 * own plan. In an anonymous (暗标) volume no name, number, address or person appears.
 */
import { describeHours } from '../../model/compliance-words.ts';
import { METHOD_LABELS, PER_LABELS } from '../../model/labels.ts';
import { weekSetOf } from '../../time/week.ts';
import type { Document } from '../nodes.ts';
import { dateWords, durationRun, pick, say } from '../words.ts';
import { DocumentWriter } from '../writer.ts';
import { type BuildContext, bidderName, bidderSignature, metaOf } from './context.ts';
import { channelsTable, complaintSteps, maintenanceTasks, matrixTable, roleOf, severitiesTable } from './sections.ts';
import { writeWarranty } from './warranty.ts';


/** 1 → once, 2 → twice, n → n times. */
const timesEn = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

export function proposal(cx: BuildContext): Document {
  const { locale, bid } = cx;
  const data = bid.entry.data;
  const w = new DocumentWriter(locale);
  const role = (id: string) => roleOf(cx, id);
  const title = pick(locale, { zh: '售后服务方案', en: 'After-sales service plan' });
  w.push({
    kind: 'cover',
    title: say(data.project.name, locale),
    subtitle: title,
    fields: [
      { label: pick(locale, { zh: '招标编号', en: 'Tender number' }), value: data.tender.number },
      { label: pick(locale, { zh: '投标人', en: 'Bidder' }), value: cx.anonymous ? '' : bidderName(cx) },
    ].filter((f) => f.value !== ''),
    date: cx.anonymous ? '' : dateWords(data.date, locale),
  });
  w.push({ kind: 'toc', title: pick(locale, { zh: '目  录', en: 'Contents' }), levels: 2 });
  w.push({ kind: 'page-break' });

  // 一、服务机构与团队
  w.heading(1, pick(locale, { zh: '售后服务机构与团队', en: 'Service organisation and team' }));
  if (cx.organisation.tenet) w.paragraph(say(cx.organisation.tenet, locale));
  const team = bid.team?.data;
  if (team) {
    w.heading(2, say(team.name, locale));
    w.paragraph(pick(locale, { zh: `本项目售后服务团队共${team.headcount}人，组成如下。`, en: `The after-sales team for this project has ${team.headcount} people.` }));
    w.table(
      [4, 2, 3],
      [pick(locale, { zh: ['岗位', '人数', '驻场'], en: ['Role', 'People', 'Stationed on site'] })],
      team.members.map((m) => [role(m.role), String(m.count), m.resident ? pick(locale, { zh: '是', en: 'yes' }) : '—']),
    );
    if (team.rota.length) {
      w.heading(2, pick(locale, { zh: '值班安排', en: 'Duty rota' }));
      w.table(
        [3, 5, 4],
        [pick(locale, { zh: ['岗位', '值班时间', '说明'], en: ['Role', 'Hours', 'Notes'] })],
        team.rota.map((r) => [role(r.role), describeHours(weekSetOf(r.hours), locale), r.note ? say(r.note, locale) : '—']),
      );
    }
  }
  if (!cx.anonymous) {
    w.heading(2, pick(locale, { zh: '服务网点', en: 'Service offices' }));
    w.table(
      [4, 6],
      [pick(locale, { zh: ['网点', '地址'], en: ['Office', 'Address'] })],
      cx.organisation.offices.map((o) => [say(o.name, locale), say(o.address, locale)]),
    );
  }

  // 二、响应承诺
  w.heading(1, pick(locale, { zh: '服务响应承诺', en: 'Response commitments' }));
  w.paragraph(
    pick(locale, {
      zh: '故障等级、服务区域与时段按下表执行，各项时限自接到报修起计算（另注明起算事件的除外）。',
      en: 'Times are counted from the fault report unless another starting event is named, by severity, area and hours as below.',
    }),
  );
  matrixTable(cx, w);
  w.heading(2, pick(locale, { zh: '故障等级', en: 'Severity levels' }));
  severitiesTable(cx, w);
  for (const level of bid.serviceLevels) {
    const emergency = level.data.emergency;
    if (!emergency) continue;
    w.heading(2, pick(locale, { zh: '紧急故障处置', en: 'Emergencies' }));
    w.paragraph(say(emergency.text, locale));
  }

  // 三、质量保修
  w.heading(1, pick(locale, { zh: '质量保修', en: 'Warranty' }));
  writeWarranty(cx, w, 1);
  const certificate = bid.warranty?.data.certificate;
  if (certificate) {
    w.paragraph(
      ...(locale === 'zh'
        ? ['竣工验收合格后', durationRun(certificate.within, locale), '内，向建设单位递交工程质量保修书，内容包括：']
        : ['Within ', durationRun(certificate.within, locale), ' of completion acceptance we hand the client a warranty certificate, covering:']),
    );
    w.list(certificate.contents.map((c) => [say(c, locale)]));
  }

  // 四、维护保养
  if (bid.maintenance.length) {
    w.heading(1, pick(locale, { zh: '维护保养计划', en: 'Maintenance schedule' }));
    for (const m of bid.maintenance) {
      const s = m.data;
      w.heading(2, say(s.title, locale));
      maintenanceTasks(cx, w, s);
    }
  }

  // 五、回访
  const visits = bid.visits?.data;
  if (visits) {
    w.heading(1, say(visits.title, locale));
    w.paragraph(
      ...(locale === 'zh'
        ? [`保修期内每年回访不少于${visits.floor.perYear}次，首次回访在交付后`, durationRun(visits.floor.firstWithin, locale), '内进行。']
        : [`During the warranty we visit at least ${visits.floor.perYear} times a year, the first time within `, durationRun(visits.floor.firstWithin, locale), ' of handover.']),
    );
    w.table(
      [3, 6, 3],
      [pick(locale, { zh: ['回访类型', '目的', '负责岗位'], en: ['Visit', 'Purpose', 'By'] })],
      visits.kinds.map((k) => [say(k.name, locale), say(k.purpose, locale), role(k.by)]),
    );
    if (visits.meetings.length) {
      w.heading(2, pick(locale, { zh: '沟通例会', en: 'Meetings' }));
      w.list(
        visits.meetings.map((m) => [
          locale === 'zh'
            ? `${role(m.by)}${PER_LABELS[m.per].zh}与${say(m.with, locale)}沟通${m.max ? `${m.min}～${m.max}` : `不少于${m.min}`}次${m.purpose ? `，${say(m.purpose, locale).replace(/。$/, '')}` : ''}。`
            : `${role(m.by)} meets ${say(m.with, locale)} ${m.max ? `${m.min}–${m.max} times` : `at least ${timesEn(m.min)}`} ${PER_LABELS[m.per].en}${m.purpose ? `: ${say(m.purpose, locale)}` : ''}.`,
        ]),
      );
    }
  }

  // 六、投诉
  const complaints = bid.complaints?.data;
  if (complaints) {
    w.heading(1, say(complaints.title, locale));
    complaintSteps(cx, w);
  }

  // 七、培训
  if (bid.courses.length) {
    w.heading(1, pick(locale, { zh: '培训计划', en: 'Training plan' }));
    w.table(
      [4, 4, 2, 2, 3],
      [pick(locale, { zh: ['课程', '培训对象', '课时', '天数', '考核'], en: ['Course', 'For', 'Class hours', 'Days', 'Assessment'] })],
      bid.courses.map((c) => [
        say(c.data.title, locale),
        c.data.audience.map((a) => role(a.role)).join(locale === 'zh' ? '、' : ', '),
        String(c.data.totalHours),
        String(c.data.days),
        c.data.assessment ? `${say(c.data.assessment.method, locale)}（${c.data.assessment.passMark}）` : '—',
      ]),
    );
    for (const c of bid.courses) {
      w.heading(2, say(c.data.title, locale));
      w.paragraph(say(c.data.goal, locale));
      w.table(
        [5, 2, 2],
        [pick(locale, { zh: ['模块', '课时', '方式'], en: ['Module', 'Hours', 'Method'] })],
        c.data.modules.map((m) => [say(m.title, locale), String(m.hours), METHOD_LABELS[m.method][locale]]),
      );
    }
  }

  // 八、服务渠道
  w.heading(1, pick(locale, { zh: '服务渠道', en: 'How to reach us' }));
  channelsTable(cx, w);

  // An anonymous volume is signed nowhere: its cover page goes in the sealed envelope.
  if (!cx.anonymous) w.push(bidderSignature(cx, false));
  return { meta: metaOf(cx, cx.anonymous ? 'proposal-anonymous' : 'proposal', title), blocks: w.blocks };
}
