/**
 * 服务承诺书: one page to the client. The prose is the organisation's template
 * (templates/<locale>/commitment-letter.hbs, rendered for the bid and read through mdast);
 * the title, the signature and seal block and the date line are the document's.
 */
import type { Document } from '../nodes.ts';
import { writeProse } from '../prose.ts';
import { pick } from '../words.ts';
import { DocumentWriter } from '../writer.ts';
import { type BuildContext, bidderSignature, metaOf } from './context.ts';

/** The template's Markdown for this bid, rendered by the caller (which reports template errors). */
export function commitmentLetter(cx: BuildContext, markdown: string): Document {
  const w = new DocumentWriter(cx.locale);
  const title = pick(cx.locale, { zh: '售后服务承诺书', en: 'After-sales service commitment letter' });
  w.title(title);
  const start = w.blocks.length;
  writeProse(markdown, w);
  // A letter's salutation ("致…：", "To …:") stands flush left, not indented as body text.
  const salutation = w.blocks[start];
  if (salutation?.kind === 'paragraph' && /[:：]$/.test(salutation.runs.map((r) => r.text).join('').trim())) salutation.indent = false;
  w.push(bidderSignature(cx, true, true));
  return { meta: metaOf(cx, 'letter', title), blocks: w.blocks };
}
