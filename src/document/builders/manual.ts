/**
 * 运维服务手册: the client's service manual, the printable twin of the site. It answers a
 * facility manager's questions in the order they come: how do I report a fault, what do I
 * get by when, who do I turn to when it drags on, what is under warranty, when do the
 * engineers come for maintenance, what was handed over, which forms are kept. Every time
 * is the bid's own (the commitments that hold where the project is), built by code.
 */
import { HANDOVER_DUE_LABELS, START_EVENT_LABELS, TARGET_LABELS } from '../../model/labels.ts';
import { FREQUENCY_MONTHS, type MaintenanceSchedule } from '../../schema/maintenance.ts';
import type { Cell, Document } from '../nodes.ts';
import { colon, dateWords, durationRun, pick, say } from '../words.ts';
import { DocumentWriter } from '../writer.ts';
import { type BuildContext, bidderName, metaOf } from './context.ts';
import { atProject, channelsTable, complaintSteps, maintenanceTasks, matrixTable, roleOf, severitiesTable } from './sections.ts';
import { writeWarranty } from './warranty.ts';

export function serviceManual(cx: BuildContext): Document {
  const { locale, bid } = cx;
  const data = bid.entry.data;
  const w = new DocumentWriter(locale);
  const title = pick(locale, { zh: '运维服务手册', en: 'Service manual' });
  w.push({
    kind: 'cover',
    title: say(data.project.name, locale),
    subtitle: title,
    fields: [
      { label: pick(locale, { zh: '使用单位', en: 'Client' }), value: say(data.client.name, locale) },
      { label: pick(locale, { zh: '服务单位', en: 'Service provider' }), value: bidderName(cx) },
    ],
    date: dateWords(data.date, locale),
  });
  w.push({ kind: 'toc', title: pick(locale, { zh: '目  录', en: 'Contents' }), levels: 2 });
  w.push({ kind: 'page-break' });

  w.heading(1, pick(locale, { zh: '如何报修', en: 'How to report a fault' }));
  w.paragraph(pick(locale, { zh: '发现故障时，请通过下列任一渠道报修：', en: 'When something fails, report it through any of these channels:' }));
  channelsTable(cx, w);
  w.paragraph(
    pick(locale, {
      zh: '报修时请说明：报修单位和联系人、故障地点、所属系统、故障现象、发生时间，以及按下表判定的故障等级。',
      en: 'Tell us who you are and how to reach you, where the fault is, which system, what you see, since when, and its severity by the table below.',
    }),
  );
  w.heading(2, pick(locale, { zh: '故障等级', en: 'Severity levels' }));
  severitiesTable(cx, w);

  w.heading(1, pick(locale, { zh: '服务时限', en: 'What to expect by when' }));
  w.paragraph(
    pick(locale, {
      zh: '本项目所在区域的各项服务时限如下表，自接到报修起计算（另注明起算事件的除外）。',
      en: "The times that hold where this project is, counted from your report unless another starting event is named:",
    }),
  );
  matrixTable(cx, w, atProject(cx), !cx.bid.entry.data.project.zone);
  writeProcedures(cx, w);

  if (cx.organisation.serviceLines.length) {
    w.heading(1, pick(locale, { zh: '升级与投诉', en: 'Escalation and complaints' }));
    w.heading(2, pick(locale, { zh: '逐级升级', en: 'Escalation' }));
    const channel = (id: string) => cx.organisation.channels.find((c) => c.id === id);
    w.table(
      [1, 5, 3, 5, 2],
      [pick(locale, { zh: ['级别', '服务线', '负责岗位', '联系方式', '未解决时升级'], en: ['Line', 'Who', 'Role', 'How to reach', 'Escalate after'] })],
      [...cx.organisation.serviceLines]
        .sort((a, b) => a.level - b.level)
        .map((l) => [
          String(l.level),
          say(l.name, locale),
          roleOf(cx, l.role),
          l.channels.map((id) => channel(id)).filter((c) => c !== undefined).map((c) => `${say(c.name, locale)}${colon(locale)}${c.value}`).join(locale === 'zh' ? '；' : '; '),
          l.escalateAfter ? [durationRun(l.escalateAfter, locale)] : '—',
        ]),
    );
  }
  if (bid.complaints) {
    if (!cx.organisation.serviceLines.length) w.heading(1, say(bid.complaints.data.title, locale));
    else w.heading(2, say(bid.complaints.data.title, locale));
    complaintSteps(cx, w);
  }

  w.heading(1, pick(locale, { zh: '质量保修', en: 'Warranty' }));
  writeWarranty(cx, w, 1);

  if (bid.maintenance.length) {
    w.heading(1, pick(locale, { zh: '维护保养', en: 'Maintenance' }));
    w.heading(2, pick(locale, { zh: '全年保养日历', en: 'The year at a glance' }));
    maintenanceCalendar(cx, w);
    for (const m of bid.maintenance) {
      w.heading(2, say(m.data.title, locale));
      maintenanceTasks(cx, w, m.data);
    }
  }

  const handover = bid.handover?.data;
  if (handover) {
    w.heading(1, say(handover.title, locale));
    // The schema gives `after-acceptance` its `within`, and only it.
    const due = (d: (typeof handover.documents)[number]) =>
      d.due === 'after-acceptance'
        ? DocumentWriter.runs(pick(locale, { zh: '竣工验收后', en: 'within ' }), durationRun(d.within!, locale), pick(locale, { zh: '内', en: ' of acceptance' }))
        : DocumentWriter.runs(HANDOVER_DUE_LABELS[d.due][locale]);
    w.table(
      [3, 7, 3],
      [pick(locale, { zh: ['资料', '内容', '交付时间'], en: ['Document', 'Contents', 'Handed over'] })],
      handover.documents.map((d) => [say(d.name, locale), d.contents.map((c) => say(c, locale)).join(locale === 'zh' ? '；' : '; '), due(d)]),
    );
    if (handover.manufacturers.length) {
      w.heading(2, pick(locale, { zh: '设备厂家技术支持', en: "Manufacturers' support" }));
      const system = (id: string) => cx.organisation.systems.find((s) => s.id === id);
      w.table(
        [4, 4, 4],
        [pick(locale, { zh: ['厂家', '系统', '技术支持电话'], en: ['Manufacturer', 'Systems', 'Support line'] })],
        handover.manufacturers.map((m) => [
          say(m.name, locale),
          m.systems.map((id) => (system(id) ? say(system(id)!.name, locale) : id)).join(locale === 'zh' ? '、' : ', '),
          m.support,
        ]),
      );
    }
  }

  w.heading(1, pick(locale, { zh: '记录与表单', en: 'Records and forms' }));
  const records = bid.records?.data;
  if (records) {
    w.heading(2, say(records.title, locale));
    w.table(
      [3, 3, 2, 5],
      [pick(locale, { zh: ['记录', '保管岗位', '保存期限', '用途'], en: ['Record', 'Kept by', 'Kept for', 'What it is for'] })],
      records.records.map((r) => [say(r.name, locale), roleOf(cx, r.owner), [durationRun(r.retention, locale)], r.purpose ? say(r.purpose, locale) : '—']),
    );
  }
  // The form is copied and filled in by hand: it starts a page and keeps to it.
  w.push({ kind: 'page-break' });
  w.heading(2, pick(locale, { zh: '故障报修单', en: 'Fault report form' }));
  faultReportForm(cx, w);

  return { meta: metaOf(cx, 'manual', title), blocks: w.blocks };
}

/** The procedures, step by step: who does what, by when, in which record. */
function writeProcedures(cx: BuildContext, w: DocumentWriter): void {
  const { locale } = cx;
  const record = (id: string) => cx.bid.records?.data.records.find((r) => r.id === id);
  for (const p of cx.bid.procedures) {
    w.heading(2, say(p.data.title, locale));
    w.table(
      [1, 3, 7, 3, 3],
      [pick(locale, { zh: ['步骤', '负责岗位', '工作内容', '时限', '记录'], en: ['Step', 'By', 'What is done', 'By when', 'Record'] })],
      p.data.steps.map((s, i) => [
        String(i + 1),
        roleOf(cx, s.by),
        say(s.text, locale),
        s.within
          ? [durationRun(s.within, locale)]
          : s.target
            ? pick(locale, { zh: `${TARGET_LABELS[s.target].zh}时限（见上表）`, en: `the ${TARGET_LABELS[s.target].en} time (table above)` })
            : '—',
        s.record ? (record(s.record) ? say(record(s.record)!.name, locale) : s.record) : '—',
      ]),
    );
    if (p.data.rules.length) w.list(p.data.rules.map((r) => [say(r, locale)]));
  }
}

/**
 * Which maintenance is done in which month of the year after handover. In a month where
 * several levels fall due, the longest one is carried out, and the levels it includes are
 * done with it (○); a level it does not include is still done on its own (●).
 */
export function maintenanceCalendar(cx: BuildContext, w: DocumentWriter): void {
  const { locale } = cx;
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  const rows: Cell[][] = [];
  const text = (t: string, align?: Cell['align']): Cell => ({ runs: [{ kind: 'text', text: t }], ...(align ? { align } : {}) });
  const systemName = (id: string) => {
    const system = cx.organisation.systems.find((x) => x.id === id);
    return system ? say(system.name, locale) : id;
  };
  for (const m of cx.bid.maintenance) {
    const s: MaintenanceSchedule = m.data;
    const due = (month: number) => s.levels.filter((l) => FREQUENCY_MONTHS[l.frequency] <= 1 || month % FREQUENCY_MONTHS[l.frequency] === 0);
    s.levels.forEach((level, i) => {
      const cells: Cell[] = [];
      if (i === 0) cells.push({ ...text(systemName(s.system)), ...(s.levels.length > 1 ? { rowSpan: s.levels.length } : {}) });
      cells.push(text(say(level.name, locale)));
      for (const month of months) {
        const dueNow = due(month);
        if (!dueNow.includes(level)) {
          cells.push(text('', 'center'));
          continue;
        }
        const longest = dueNow.reduce((a, b) => (FREQUENCY_MONTHS[b.frequency] > FREQUENCY_MONTHS[a.frequency] ? b : a));
        cells.push(text(longest !== level && longest.includes.includes(level.id) ? '○' : '●', 'center'));
      }
      rows.push(cells);
    });
  }
  const start = cx.bid.warranty?.data.start;
  const from = start ? START_EVENT_LABELS[start] : { zh: '保修期开始', en: 'the start of the warranty' };
  w.paragraph(
    pick(locale, {
      zh: `表中1～12为自${from.zh}起每一年的第几个月。●：当月进行该级保养；○：并入同月更高级别的保养一并进行。`,
      en: `Columns 1–12 are the months of each year counted from ${from.en}. ●: this level is carried out that month; ○: done as part of a longer visit the same month.`,
    }),
  );
  // The system's name wants the room (计算机网络系统 on one line), the level's is short (月度巡检).
  w.table([7, 3, ...months.map(() => 1)], [[text(pick(locale, { zh: '系统', en: 'System' })), text(pick(locale, { zh: '保养级别', en: 'Level' })), ...months.map((n) => text(String(n), 'center'))]], rows);
}

/** A blank 故障报修单 to copy and fill in: the fields a report needs, the levels to tick. */
function faultReportForm(cx: BuildContext, w: DocumentWriter): void {
  const { locale } = cx;
  const blank = (lines = 2): Cell => ({ runs: [], writeIn: lines });
  const label = (t: string): Cell => ({ runs: [{ kind: 'strong', text: t }] });
  const wide = (t: string | Cell): Cell => ({ ...(typeof t === 'string' ? { runs: [{ kind: 'text', text: t }] } : t), colSpan: 3 });
  const pair = (a: string, b: string): Cell[] => [label(a), blank(), label(b), blank()];
  const levels = [...cx.organisation.severities].sort((a, b) => a.rank - b.rank).map((s) => `□ ${say(s.name, locale)}`).join('    ');
  const f = pick(locale, {
    zh: { unit: '报修单位', person: '报修人', phone: '联系电话', at: '报修时间', place: '故障地点', system: '所属系统', what: '故障现象', level: '故障等级', taken: '受理人', no: '工单编号', arrived: '到场时间', fixed: '修复时间', result: '处理结果', sign: '使用单位签字', date: '日期' },
    en: { unit: 'Reported by (unit)', person: 'Contact', phone: 'Phone', at: 'Reported at', place: 'Where', system: 'System', what: 'What happens', level: 'Severity', taken: 'Taken by', no: 'Ticket no.', arrived: 'On site at', fixed: 'Fixed at', result: 'What was done', sign: "Client's signature", date: 'Date' },
  });
  w.table(
    [3, 4, 3, 4],
    [],
    [
      pair(f.unit, f.person),
      pair(f.phone, f.at),
      pair(f.place, f.system),
      [label(f.what), wide(blank(5))],
      [label(f.level), wide(levels)],
      pair(f.taken, f.no),
      pair(f.arrived, f.fixed),
      [label(f.result), wide(blank(5))],
      pair(f.sign, f.date),
    ],
  );
}
