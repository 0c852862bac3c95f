/**
 * The inputs of the PDF benchmark (scripts/bench-pdf.sh): one bid's plan (售后服务方案) as the
 * document model, and the same model as Typst, Markdown and HTML for the other tools. With
 * REPEAT > 1 the plan's body is repeated (headings renumbered apart) to make a bid that
 * many times larger. Usage: npx tsx scripts/bench-pdf-inputs.ts BID OUTDIR [REPEAT] [ROOT]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from '../src/document/nodes.ts';
import { checkProject } from '../src/project.ts';
import { documentsOf } from '../src/render/outputs.ts';
import { renderMarkdown } from '../src/render/markdown/render-markdown.ts';
import { renderTypst } from '../src/render/typst/render-typst.ts';

const [bidId, out, repeatArg, root = process.cwd()] = process.argv.slice(2);
const repeat = Number(repeatArg ?? 1);
const { model } = checkProject(root);
const bid = model.bids.find((b) => b.entry.id === bidId);
if (!bid || !out || !(repeat >= 1)) {
  console.error('usage: bench-pdf-inputs.ts BID OUTDIR [REPEAT] [ROOT]');
  process.exit(2);
}
const plan = documentsOf(model, bid, 'zh', ['proposal']).documents[0]!;
const front = plan.blocks.filter((b) => b.kind === 'cover' || b.kind === 'toc');
const body = plan.blocks.filter((b) => b.kind !== 'cover' && b.kind !== 'toc');
const doc: Document = {
  meta: plan.meta,
  blocks: [
    ...front,
    ...Array.from({ length: repeat }, (_, k) => body.map((b) => (b.kind === 'heading' && k > 0 ? { ...b, id: `${b.id}-${k}`, text: `${b.text}（${k + 1}）` } : b))).flat(),
  ],
};
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'doc.json'), JSON.stringify(doc));
writeFileSync(join(out, 'doc.typ'), renderTypst(doc));
const md = renderMarkdown(doc);
writeFileSync(join(out, 'doc.md'), md);
