/**
 * The document model as Markdown (GitHub tables): reviewable in a diff, and what the
 * benchmark gives pandoc and Typst. An exhaustive table over the block kinds.
 */
import type { Block, BlockKind, Cell, Document, Inline, Locale } from '../../document/nodes.ts';
import { placeRows } from '../../document/grid.ts';
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

/** A grid with merged cells spread back out: a cell spanning rows or columns leaves the slots it covers empty. */
function grid(rows: readonly Cell[][], width: number): string[][] {
  return placeRows(rows, width).map((slots) => {
    const line: string[] = new Array(width).fill('');
    for (const s of slots) if (s.kind === 'cell') line[s.col] = cellText(s.cell);
    return line;
  });
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
