/**
 * 服务承诺书: one page to the client. The prose is the organisation's template
 * (templates/<locale>/commitment-letter.hbs, rendered for the bid and read through mdast);
 * the signature and seal block and the date line are built here.
 */
import type { Document } from '../nodes.ts';
import { writeProse } from '../prose.ts';
import { blankDate, dateWords, pick } from '../words.ts';
import { DocumentWriter } from '../writer.ts';
import { type BuildContext, bidderName, metaOf } from './context.ts';

/** The template's Markdown for this bid, rendered by the caller (which reports template errors). */
export function commitmentLetter(cx: BuildContext, markdown: string): Document {
  const w = new DocumentWriter(cx.locale);
  const title = pick(cx.locale, { zh: '售后服务承诺书', en: 'After-sales service commitment letter' });
  w.push({ kind: 'paragraph', runs: [{ kind: 'strong', text: title }], indent: false, align: 'center' });
  // The template's own title and signature lines give way to the document's.
  const body = markdown.split('\n').filter((l) => !/^\s*(投标人（盖章）|法定代表人|日期：|Bidder|Signature|Date:|Legal representative)/.test(l)).join('\n');
  writeProse(body, w, 0, true);
  w.push({
    kind: 'signature',
    lines: [
      { label: pick(cx.locale, { zh: '投标人（盖章）：', en: 'Bidder (seal): ' }), value: bidderName(cx) },
      { label: pick(cx.locale, { zh: '法定代表人或其委托代理人（签字）：', en: 'Legal representative or authorised agent (signature): ' }), value: '' },
    ],
    date: cx.anonymous ? blankDate(cx.locale) : dateWords(cx.bid.entry.data.date, cx.locale),
  });
  return { meta: metaOf(cx, 'letter', title), blocks: w.blocks };
}
