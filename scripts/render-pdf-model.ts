/**
 * aftercare's PDF renderer on a document model saved as JSON (scripts/bench-pdf-inputs.ts):
 * the benchmark's aftercare side for a bid larger than any bundled one. The bundled bids go
 * through the CLI itself. Usage: npx tsx scripts/render-pdf-model.ts doc.json out.pdf
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Document } from '../src/document/nodes.ts';
import { renderPdf } from '../src/render/pdf/render-pdf.ts';
import { stampDate } from '../src/render/stamp-date.ts';

const [input, output] = process.argv.slice(2);
const doc = JSON.parse(readFileSync(input!, 'utf8')) as Document;
const { bytes } = await renderPdf(doc, stampDate(doc.meta.date));
writeFileSync(output!, bytes);
