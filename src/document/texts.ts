/**
 * A document's text, piece by piece, each with where it stands ("under 三、质量保修", "on the
 * cover"): what the 暗标 check searches and what the PDF's glyph check measures.
 */
import type { Block, Document, Inline } from './nodes.ts';
import { headingLine } from './writer.ts';

const textOf = (runs: readonly Inline[]) => runs.map((r) => r.text).join('');

/** The document's text, piece by piece, each with where it stands. */
export function* textsOf(doc: Document): Generator<{ text: string; where: string }> {
  const m = doc.meta;
  yield { text: [m.title, m.subject, m.author, m.header, ...m.keywords].join('\n'), where: "in the file's properties or running header" };
  let under = 'before the first heading';
  const all = (b: Block): string[] => {
    switch (b.kind) {
      case 'cover':
        return [b.title, b.subtitle ?? '', ...b.fields.flatMap((f) => [f.label, f.value]), b.date];
      case 'title':
        return [b.text];
      case 'heading':
        return [headingLine(b)];
      case 'paragraph':
        return [textOf(b.runs)];
      case 'list':
        return b.items.map(textOf);
      case 'table':
        return [b.caption ?? '', ...[...b.header, ...b.rows].flatMap((r) => r.map((c) => textOf(c.runs)))];
      case 'key-value':
        return b.items.flatMap((i) => [i.key, textOf(i.value)]);
      case 'signature':
        return [...b.lines.flatMap((l) => [l.label, l.value]), b.date];
      case 'toc':
        return [b.title];
      case 'page-break':
        return [];
    }
  };
  for (const b of doc.blocks) {
    if (b.kind === 'heading') under = `under ${headingLine(b)}`;
    yield { text: all(b).join('\n'), where: b.kind === 'cover' ? 'on the cover' : under };
  }
}

