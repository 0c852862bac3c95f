/**
 * 服务承诺书: one page to the client. The organisation's template (templates/<locale>/
 * commitment-letter.hbs) frames the prose — salutation, opening, closing — and marks with a
 * `---` line where the commitments go; the commitments themselves are written here, by code,
 * from whatever the bid has: the lines that answer a report, every service-level time that
 * holds at the project's site (one paragraph per severity, in the organisation's own words
 * for its levels, windows, seasons, asset classes and fault types), the warranty periods,
 * return visits, complaints and courses. A bid with another vocabulary gets its own letter.
 */
import { describeHours } from '../../model/compliance-words.ts';
import { EVENT_LABELS, START_EVENT_LABELS } from '../../model/labels.ts';
import type { CommitmentNode } from '../../model/model.ts';
import { TARGETS, type Target } from '../../schema/service-level.ts';
import { weekSetOf } from '../../time/week.ts';
import type { Document, Inline } from '../nodes.ts';
import { writeProse } from '../prose.ts';
import { conditionParts, durationRun, nameOf, pick, say } from '../words.ts';
import { chineseNumber, DocumentWriter } from '../writer.ts';
import { type BuildContext, bidderSignature, metaOf } from './context.ts';
import { atProject } from './sections.ts';

/** The template's Markdown for this bid, rendered by the caller (which reports template errors). */
export function commitmentLetter(cx: BuildContext, markdown: string): Document {
  const w = new DocumentWriter(cx.locale);
  const title = pick(cx.locale, { zh: '售后服务承诺书', en: 'After-sales service commitment letter' });
  w.title(title);
  const start = w.blocks.length;
  let placed = false;
  writeProse(markdown, w, 0, () => {
    placed = true;
    writeCommitments(cx, w);
  });
  if (!placed) writeCommitments(cx, w);
  // A letter's salutation ("致…：", "To …:") stands flush left, not indented as body text.
  const salutation = w.blocks[start];
  if (salutation?.kind === 'paragraph' && /[:：]$/.test(salutation.runs.map((r) => r.text).join('').trim())) salutation.indent = false;
  w.push(bidderSignature(cx, true, true));
  return { meta: metaOf(cx, 'letter', title), blocks: w.blocks };
}

/** How a letter words a promise of each target: the value where the sentence needs it. */
const PROMISE: Readonly<Record<Target, { zh: (d: Inline) => (string | Inline)[]; en: (d: Inline) => (string | Inline)[] }>> = {
  response: { zh: (d) => [d, '内响应'], en: (d) => ['response within ', d] },
  remote: { zh: (d) => [d, '内完成远程诊断'], en: (d) => ['remote diagnosis within ', d] },
  onsite: { zh: (d) => [d, '内到达现场'], en: (d) => ['on site within ', d] },
  diagnosis: { zh: (d) => [d, '内查明原因并提交处理方案'], en: (d) => ['diagnosis and a plan of action within ', d] },
  restore: { zh: (d) => [d, '内恢复使用'], en: (d) => ['service restored within ', d] },
  resolution: { zh: (d) => [d, '内修复'], en: (d) => ['the fault fixed within ', d] },
  loaner: { zh: (d) => [d, '内免费提供备用设备'], en: (d) => ['a loaner provided free within ', d] },
  downtime: { zh: (d) => ['停机时间累计不超过', d], en: (d) => ['downtime of at most ', d] },
  'spare-parts': { zh: (d) => ['备件', d, '内到货'], en: (d) => ['spare parts delivered within ', d] },
  'no-recurrence': { zh: (d) => ['同一故障', d, '内不再复发，复发的视为未修复'], en: (d) => ['no recurrence of the same fault for ', d, ', or it counts as unrepaired'] },
};

function writeCommitments(cx: BuildContext, w: DocumentWriter): void {
  const { locale, bid } = cx;
  const zh = locale === 'zh';
  const sep = zh ? '；' : '; ';
  let n = 0;
  /** A numbered clause: 一、报修渠道。… / 1. Reporting a fault. … */
  const clause = (title: string, ...body: (string | Inline)[]) => w.paragraph(zh ? `${chineseNumber(++n)}、${title}。` : `${++n}. ${title}. `, ...body);

  // The lines that answer a report: the hotline and the telephones, with when they answer.
  const lines = cx.organisation.channels.filter((c) => c.kind === 'hotline' || c.kind === 'phone' || c.kind === 'mobile');
  if (lines.length) {
    const hours = (c: (typeof lines)[number]) => describeHours(weekSetOf(c.hours), locale);
    clause(pick(locale, { zh: '报修渠道', en: 'Reporting a fault' }), lines.map((c) => (zh ? `${say(c.name, locale)} ${c.value}（${hours(c)}）` : `${say(c.name, locale)} ${c.value} (${hours(c)})`)).join(sep), zh ? '。' : '.');
  }

  // The service-level times at the project's site: first those that hold for every level,
  // then each level's own, most urgent first.
  const zone = bid.entry.data.project.zone;
  const here = atProject(cx).sort((a, b) => TARGETS.indexOf(a.target) - TARGETS.indexOf(b.target));
  const zoneName = zone ? nameOf(cx.names, 'zone', zone, locale) : undefined;
  clause(
    pick(locale, { zh: '服务时限', en: 'Service times' }),
    pick(locale, {
      zh: `以下时限${zoneName ? `适用于本项目所在的${zoneName}，` : ''}自接到报修起计算（另注明起算事件的除外）：`,
      en: `${zoneName ? `At this project's site (${zoneName}), t` : 'T'}imes are counted from the fault report unless another starting event is named:`,
    }),
  );
  let m = 0;
  const group = (name: string, list: readonly CommitmentNode[]) => {
    if (!list.length) return;
    const parts: (string | Inline)[] = [zh ? `（${chineseNumber(++m)}）${name}：` : `(${String.fromCharCode(96 + ++m)}) ${name}: `];
    list.forEach((c, i) => parts.push(...(i ? [sep] : []), ...promise(cx, c)));
    parts.push(zh ? '。' : '.');
    w.paragraph(...parts);
  };
  for (const s of [...cx.organisation.severities].sort((a, b) => a.rank - b.rank)) group(say(s.name, locale), here.filter((c) => c.when.severity?.has(s.id)));
  group(pick(locale, { zh: '各级故障', en: 'Every level' }), here.filter((c) => !c.when.severity));

  // Warranty: every free period with what it covers, and the certificate.
  const warranty = bid.warranty?.data;
  if (bid.freeWarranty.length) {
    const parts: (string | Inline)[] = [];
    bid.freeWarranty.forEach((f, i) => {
      const what = f.data.asset ? nameOf(cx.names, 'asset', f.data.asset, locale) : pick(locale, { zh: '整体工程', en: 'The works as a whole' });
      const from = f.data.start ?? warranty?.start;
      if (i) parts.push(sep);
      parts.push(
        ...(zh
          ? [`${what}${from ? `自${START_EVENT_LABELS[from].zh}起` : ''}免费保修`, durationRun(f.data.period, locale)]
          : [`${what}: free warranty for `, durationRun(f.data.period, locale), from ? ` from ${START_EVENT_LABELS[from].en}` : '']),
      );
    });
    if (warranty?.certificate) parts.push(...(zh ? ['；竣工验收后', durationRun(warranty.certificate.within, locale), '内递交工程质量保修书。'] : ['; the warranty certificate is handed over within ', durationRun(warranty.certificate.within, locale), ' of acceptance.']));
    else parts.push(zh ? '。' : '.');
    clause(pick(locale, { zh: '质量保修', en: 'Warranty' }), ...parts);
  }

  const visits = bid.visits?.data;
  if (visits) {
    clause(
      pick(locale, { zh: '回访', en: 'Return visits' }),
      ...(zh
        ? [`保修期内每年回访不少于${visits.floor.perYear}次，首次回访在交付后`, durationRun(visits.floor.firstWithin, locale), '内进行。']
        : [`At least ${visits.floor.perYear} a year during the warranty, the first within `, durationRun(visits.floor.firstWithin, locale), ' of handover.']),
    );
  }
  const complaints = bid.complaints?.data;
  if (complaints) {
    clause(
      pick(locale, { zh: '投诉', en: 'Complaints' }),
      ...(zh ? ['每件投诉自受理起', durationRun(complaints.closeWithin, locale), '内办结并答复投诉人。'] : ['Every complaint is closed and answered within ', durationRun(complaints.closeWithin, locale), ' of being received.']),
    );
  }
  if (bid.courses.length) {
    const courses = bid.courses.map((c) => (zh ? `${say(c.data.title, locale)}${c.data.totalHours}课时` : `${say(c.data.title, locale)} (${c.data.totalHours} class hours)`));
    const free = bid.courses.every((c) => c.data.free);
    const certified = bid.courses.every((c) => c.data.certificate);
    clause(
      pick(locale, { zh: '培训', en: 'Training' }),
      zh
        ? `${courses.join('、')}${free ? '，均免费' : ''}${certified ? '，考核合格者颁发培训证书' : ''}。`
        : `${courses.join(', ')}${free ? ', all free of charge' : ''}${certified ? ', with a certificate for those who pass' : ''}.`,
    );
  }
}

/** One promise: its conditions (window, season, asset class, fault type), its starting event, its time. */
function promise(cx: BuildContext, c: CommitmentNode): (string | Inline)[] {
  const { locale, names } = cx;
  const conditions = conditionParts(c.when, names, locale, true);
  let value: Inline = durationRun(c.duration, locale);
  if (c.bound === 'min' && c.target !== 'no-recurrence') value = { ...value, text: pick(locale, { zh: `不少于${value.text}`, en: `at least ${value.text}` }) };
  if (locale === 'zh') {
    const lead = `${conditions.length ? `${conditions.join('、')}的，` : ''}${c.from === 'report' ? '' : `${EVENT_LABELS[c.from].zh}后`}`;
    return [lead, ...PROMISE[c.target].zh(value)];
  }
  const tail = `${c.from === 'report' ? '' : ` of ${EVENT_LABELS[c.from].en}`}${conditions.length ? ` (${conditions.join(', ')})` : ''}`;
  return [...PROMISE[c.target].en(value), tail];
}
