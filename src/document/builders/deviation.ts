/**
 * 偏离表: one row per clause of the tender's requirements, in the tender's order, judged by
 * the checker's compliance assessment (model/compliance.ts) and worded by its words — the
 * table never computes a deviation of its own. ★ clauses are marked; the declaration closes it.
 */
import { assessBid } from '../../model/compliance.ts';
import { describeAssessment } from '../../model/compliance-words.ts';
import { DEVIATION_LABELS } from '../../model/labels.ts';
import type { Cell, Document } from '../nodes.ts';
import { pick, say } from '../words.ts';
import { DocumentWriter } from '../writer.ts';
import { type BuildContext, bidderSignature, metaOf } from './context.ts';

const text = (t: string, align?: Cell['align']): Cell => ({ runs: [{ kind: 'text', text: t }], ...(align ? { align } : {}) });

export function deviationTable(cx: BuildContext): Document {
  const { locale } = cx;
  const bid = cx.bid.entry.data;
  const w = new DocumentWriter(locale);
  const title = pick(locale, { zh: '售后服务技术偏离表', en: 'After-sales service deviation table' });
  w.title(title);
  w.line(pick(locale, { zh: '项目名称：', en: 'Project: ' }), say(bid.project.name, locale));
  w.line(pick(locale, { zh: '招标编号：', en: 'Tender number: ' }), bid.tender.number);
  const rows = assessBid(cx.bid, cx.model).map((a, i) => {
    const words = describeAssessment(a, locale, cx.names);
    const clause = a.requirement.starred ? `★${a.requirement.clause}` : a.requirement.clause;
    return [text(String(i + 1), 'center'), text(clause), text(say(a.requirement.text, locale)), text(words.answer), text(DEVIATION_LABELS[a.deviation][locale], 'center'), text(words.note)];
  });
  w.table(
    // The clause column holds "★第三章 3.1" on one line; the remarks carry the reasons.
    [1, 3.6, 4.4, 4.4, 2, 4.6],
    [
      pick(locale, {
        zh: ['序号', '招标文件条目号', '招标文件要求', '投标文件应答', '偏离', '说明'],
        en: ['No.', 'Tender clause', 'Tender requirement', 'Our offer', 'Deviation', 'Remarks'],
      }),
    ],
    rows,
  );
  w.paragraph(
    pick(locale, {
      zh: '注：标注“★”的条款为实质性要求。除本表所列偏离外，我方对招标文件售后服务要求完全响应。',
      en: 'Note: clauses marked ★ are essential requirements. Except for the deviations listed in this table, we comply fully with the after-sales requirements of the tender.',
    }),
  );
  w.push(bidderSignature(cx, true));
  return { meta: metaOf(cx, 'deviation', title), blocks: w.blocks };
}
