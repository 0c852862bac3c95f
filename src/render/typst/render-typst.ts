/**
 * The document model as Typst markup: what the PDF benchmark feeds Typst, the best
 * typesetter a bid writer could pick instead, so that both set the same document with the
 * same fonts (Noto Serif SC, Noto Sans SC), page and sizes (document/typography.ts). An
 * exhaustive table over the node kinds, like every renderer. Text goes in as Typst strings
 * (`#"…"`), never as markup, so no content character can be read as Typst syntax.
 */
import type { Block, BlockKind, Cell, Document, Inline } from '../../document/nodes.ts';
import { PAGE, TYPE_SIZES, tableSize } from '../../document/typography.ts';
import { colon } from '../../document/words.ts';
import { headingLine } from '../../document/writer.ts';

/** A Typst string literal. */
const str = (s: string) =>
  `"${[...s].map((c) => (c === '\\' || c === '"' ? `\\${c}` : c.charCodeAt(0) < 32 ? `\\u{${c.charCodeAt(0).toString(16)}}` : c)).join('')}"`;
const runs = (inlines: readonly Inline[]) => inlines.map((i) => (i.kind === 'strong' ? `#strong(${str(i.text)})` : `#${str(i.text)}`)).join('');
const cm = (twips: number) => `${(twips / 567).toFixed(2)}cm`;
const pt = (twips: number) => `${twips / 20}pt`;

function cell(c: Cell, header: boolean): string {
  const args = [...(c.colSpan && c.colSpan > 1 ? [`colspan: ${c.colSpan}`] : []), ...(c.rowSpan && c.rowSpan > 1 ? [`rowspan: ${c.rowSpan}`] : []), ...(c.writeIn ? [`inset: (bottom: ${c.writeIn}em)`] : [])];
  const body = header ? `[#strong(${str(c.runs.map((r) => r.text).join(''))})]` : `[${runs(c.runs)}]`;
  return args.length ? `table.cell(${args.join(', ')})${body}` : body;
}

type Renderers = { [K in BlockKind]: (b: Extract<Block, { kind: K }>, doc: Document) => string };

const RENDER: Renderers = {
  cover: (b, doc) =>
    `#page(header: none, footer: none)[\n#v(18%)\n#align(center)[#text(font: "Noto Sans SC", weight: "bold", size: 22pt)[#${str(b.title)}]]\n` +
    (b.subtitle ? `#align(center)[#text(font: "Noto Sans SC", weight: "bold", size: 16pt)[#${str(b.subtitle)}]]\n` : '') +
    `#v(20%)\n${b.fields.map((f) => `#pad(left: 12%)[#strong(${str(`${f.label}${colon(doc.meta.locale)}`)})#${str(f.value)}]`).join('\n')}\n` +
    (b.date ? `#pad(left: 12%)[#${str(b.date)}]\n` : '') +
    `]\n`,
  title: (b) => `#align(center)[#text(font: "Noto Sans SC", weight: "bold", size: 16pt)[#${str(b.text)}]]\n`,
  heading: (b) => `#heading(level: ${b.level})[#${str(headingLine(b))}]\n`,
  paragraph: (b) => `#par(first-line-indent: ${b.indent ? 'indent' : '0pt'}, justify: ${b.indent})[${b.align === 'center' ? `#align(center)[${runs(b.runs)}]` : runs(b.runs)}]\n`,
  list: (b) => `#${b.ordered ? 'enum' : 'list'}(${b.items.map((i) => `[${runs(i)}]`).join(', ')})\n`,
  table: (b) =>
    (b.caption ? `#align(center)[#strong(${str(b.caption)})]\n` : '') +
    `#text(size: tablesize)[#table(columns: (${b.widths.map((w) => `${w}fr`).join(', ')}), inset: 4pt,\n` +
    (b.header.length ? `table.header(${b.header.flatMap((r) => r.map((c) => cell(c, true))).join(', ')}),\n` : '') +
    b.rows.map((r) => r.map((c) => cell(c, false)).join(', ')).join(',\n') +
    `)]\n`,
  'key-value': (b, doc) => b.items.map((i) => `#par(first-line-indent: 0pt)[#strong(${str(`${i.key}${colon(doc.meta.locale)}`)})${runs(i.value)}]`).join('\n') + '\n',
  signature: (b) => `#v(1em)\n#pad(left: 45%)[${[...b.lines.map((l) => `${l.label}${l.value}`), b.date].filter(Boolean).map((l) => `#${str(l)}`).join(' \\\n')}]\n`,
  'page-break': () => `#pagebreak(weak: true)\n`,
  toc: (b) => `#outline(title: ${str(b.title)}, depth: ${b.levels}, indent: 2em)\n#pagebreak()\n`,
};

export function renderTypst(doc: Document): string {
  const t = TYPE_SIZES[doc.meta.locale];
  const zh = doc.meta.locale === 'zh';
  const footer = zh ? '[第 #counter(page).display() 页 共 #counter(page).final().first() 页]' : '[Page #counter(page).display() of #counter(page).final().first()]';
  const preamble = [
    `#let indent = ${pt(t.indent)}`,
    `#let tablesize = ${tableSize(t) / 2}pt`,
    `#set document(title: ${str(doc.meta.title)}, author: ${str(doc.meta.author)})`,
    `#set page(paper: "a4", margin: (top: ${cm(PAGE.top)}, bottom: ${cm(PAGE.bottom)}, left: ${cm(PAGE.left)}, right: ${cm(PAGE.right)}),`,
    `  header: align(center)[#text(size: ${t.furniture / 2}pt)[#${str(doc.meta.header)}] #line(length: 100%, stroke: 0.5pt)],`,
    `  footer: context align(center)[#text(size: ${t.furniture / 2}pt)${footer}])`,
    `#set text(font: ("Noto Serif SC"), size: ${t.size / 2}pt, lang: ${str(zh ? 'zh' : 'en')})`,
    `#set par(justify: true, leading: ${(t.lines.body - t.size * 10) / 20}pt)`,
    `#show heading: set text(font: "Noto Sans SC", weight: "bold")`,
    `#show heading.where(level: 1): set text(size: ${t.headingSizes[0] / 2}pt)`,
    `#show heading.where(level: 2): set text(size: ${t.headingSizes[1] / 2}pt)`,
    `#show strong: set text(font: "Noto Sans SC")`,
  ];
  return `${preamble.join('\n')}\n\n${doc.blocks.map((b) => (RENDER[b.kind] as (b: Block, d: Document) => string)(b, doc)).join('\n')}`;
}
