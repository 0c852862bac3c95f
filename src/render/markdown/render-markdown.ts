/**
 * The document model as Markdown (GitHub tables): reviewable in a diff, and what the
 * benchmark gives pandoc and Typst. An exhaustive table over the block kinds.
 */
import type { Block, BlockKind, Cell, Document, Inline, Locale } from '../../document/nodes.ts';
import { colon } from '../../document/words.ts';
import { headingLine } from '../../document/writer.ts';

/** Markdown's own characters in content are escaped, never interpreted. */
const escape = (s: string) => s.replace(/([\\`*_[\]<>|#])/g, '\\$1');

export function inlineMarkdown(runs: readonly Inline[]): string {
  return runs
    .map((r) => {
      switch (r.kind) {
        case 'text':
        case 'value':
          return escape(r.text);
        case 'strong':
          return r.text.trim() ? `**${escape(r.text)}**` : r.text;
        case 'emphasis':
          return r.text.trim() ? `*${escape(r.text)}*` : r.text;
      }
    })
    .join('')
    .replace(/\n/g, '  \n');
}

const cellText = (c: Cell) => inlineMarkdown(c.runs).replace(/(?<! ) *\n/g, ' ');

/** A grid with merged cells spread back out: a cell spanning rows is repeated empty below. */
function grid(rows: readonly Cell[][], width: number): string[][] {
  const out: string[][] = [];
  const pending: number[] = new Array(width).fill(0);
  for (const row of rows) {
    const line: string[] = [];
    let i = 0;
    for (let col = 0; col < width; col++) {
      if (pending[col]! > 0) {
        pending[col]!--;
        line.push('');
        continue;
      }
      const cell = row[i++];
      if (!cell) {
        line.push('');
        continue;
      }
      line.push(cellText(cell));
      if ((cell.rowSpan ?? 1) > 1) pending[col] = cell.rowSpan! - 1;
      for (let s = 1; s < (cell.colSpan ?? 1); s++) {
        line.push('');
        col++;
      }
    }
    out.push(line);
  }
  return out;
}

type Renderers = { [K in BlockKind]: (b: Extract<Block, { kind: K }>, locale: Locale) => string };

const RENDER: Renderers = {
  cover: (b, locale) => [`# ${escape(b.title)}`, b.subtitle ? `## ${escape(b.subtitle)}` : '', ...b.fields.map((f) => `**${escape(f.label)}**${colon(locale)}${escape(f.value)}  `), b.date ? escape(b.date) : ''].filter(Boolean).join('\n\n'),
  title: (b) => `# ${escape(b.text)}`,
  heading: (b) => `${'#'.repeat(b.level + 1)} ${escape(headingLine(b))}`,
  paragraph: (b) => inlineMarkdown(b.runs),
  list: (b) => b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${inlineMarkdown(item)}`).join('\n'),
  table: (b) => {
    const width = b.widths.length;
    const head = grid(b.header, width);
    const body = grid(b.rows, width);
    const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
    const caption = b.caption ? `**${escape(b.caption)}**\n\n` : '';
    return caption + [line(head[0] ?? new Array(width).fill('')), line(new Array(width).fill('---')), ...head.slice(1).map(line), ...body.map(line)].join('\n');
  },
  'key-value': (b, locale) => b.items.map((i) => `**${escape(i.key)}**${colon(locale)}${inlineMarkdown(i.value)}  `).join('\n'),
  signature: (b) => [...b.lines.map((l) => `${escape(l.label)}${escape(l.value)}  `), b.date ? escape(b.date) : ''].filter(Boolean).join('\n'),
  'page-break': () => '---',
  toc: () => '',
};

export function renderMarkdown(doc: Document): string {
  const parts = doc.blocks.map((b) => (RENDER[b.kind] as (b: Block, locale: Locale) => string)(b, doc.meta.locale)).filter((s) => s !== '');
  return `${parts.join('\n\n')}\n`;
}
