/**
 * The document model as a Word file, typeset as Chinese tenders are: A4, body 宋体 小四 with
 * Times New Roman beside it, headings 黑体 as real Word heading styles with outline levels,
 * two-character first-line indent for body text only, bordered tables whose header rows
 * repeat, the project's name in the header, "第 X 页 共 Y 页" in the footer, a TOC whose page
 * numbers are written in (no "update fields?" prompt). The only module that imports `docx`;
 * an exhaustive table over the block kinds. English documents use a Latin typography.
 *
 * Reproducible: ids come from a seeded generator, dates from the document (or
 * SOURCE_DATE_EPOCH), and the package is re-zipped with fixed times (package.ts).
 */
import {
  AlignmentType,
  BorderStyle,
  Bookmark,
  Document as DocxDocument,
  Footer,
  Header,
  HeadingLevel,
  HeightRule,
  LineRuleType,
  type IRunOptions,
  type ISectionOptions,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import type { Block, BlockKind, Cell, Document, Inline, Locale } from '../../document/nodes.ts';
import { placeRows } from '../../document/grid.ts';
import { shareWidths } from '../../document/columns.ts';
import { ems } from '../../document/measure.ts';
import { PAGE, TEXT_WIDTH, TYPE_SIZES, tableSize, type TypeSizes } from '../../document/typography.ts';
import { colon } from '../../document/words.ts';
import { headingLine } from '../../document/writer.ts';
import { deterministicPackage, withSeededRandom } from './package.ts';

type FileChild = Paragraph | Table | TableOfContents;


interface Typography extends TypeSizes {
  body: { ascii: string; eastAsia: string };
  heading: { ascii: string; eastAsia: string };
  lang: string;
}

const TYPOGRAPHY: Record<'zh' | 'en', Typography> = {
  zh: { ...TYPE_SIZES.zh, body: { ascii: 'Times New Roman', eastAsia: '宋体' }, heading: { ascii: 'Times New Roman', eastAsia: '黑体' }, lang: 'zh-CN' },
  en: { ...TYPE_SIZES.en, body: { ascii: 'Times New Roman', eastAsia: '宋体' }, heading: { ascii: 'Arial', eastAsia: '黑体' }, lang: 'en-GB' },
};

const fonts = (f: { ascii: string; eastAsia: string }) => ({ ascii: f.ascii, hAnsi: f.ascii, eastAsia: f.eastAsia, cs: f.ascii });

function runs(list: readonly Inline[], extra: Partial<IRunOptions> = {}): TextRun[] {
  return list.flatMap((r) =>
    (r.kind === 'value' ? numberWithUnit(r.text) : r.text).split('\n').map(
      (text, i) =>
        new TextRun({
          text,
          ...(i > 0 ? { break: 1 } : {}),
          ...(r.kind === 'strong' ? { bold: true } : r.kind === 'emphasis' ? { italics: true } : {}),
          ...extra,
        }),
    ),
  );
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

function cellOf(c: Cell, widths: number[], col: number, header: boolean, size: number | undefined, merge?: 'restart' | 'continue'): TableCell {
  const span = c.colSpan ?? 1;
  const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
  return new TableCell({
    children: [
      new Paragraph({
        style: 'TableText',
        // A header row stays with the first row under it: no header alone at the foot of a page.
        ...(header ? { keepNext: true } : {}),
        alignment: header ? AlignmentType.CENTER : ALIGN[c.align ?? 'left'],
        children: runs(c.runs, { ...(header ? { bold: true } : {}), ...(size ? { size } : {}) }),
      }),
    ],
    width: { size: width, type: WidthType.DXA },
    ...(span > 1 ? { columnSpan: span } : {}),
    ...(merge ? { verticalMerge: merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
  });
}

/**
 * Rows with vertical merges written as Word writes them: the first cell restarts, the ones
 * below continue. A row with room to write in by hand is at least that many table lines tall.
 */
function tableRows(rows: readonly Cell[][], widths: number[], header: boolean, t: Typography, size?: number): TableRow[] {
  return placeRows(rows, widths.length).map((slots) => {
    const writeIn = Math.max(0, ...slots.map((s) => (s.kind === 'cell' ? (s.cell.writeIn ?? 0) : 0)));
    return new TableRow({
      children: slots.map((s) =>
        s.kind === 'covered'
          ? cellOf({ runs: [] }, widths, s.col, header, size, 'continue')
          : cellOf(s.cell, widths, s.col, header, size, (s.cell.rowSpan ?? 1) > 1 ? 'restart' : undefined),
      ),
      tableHeader: header,
      // A row stays whole on its page unless it is tall: a long remark moved whole leaves half a page blank.
      cantSplit: header || linesOf(slots, widths, size ?? TABLE_SIZE(t)) <= SPLITTABLE_LINES,
      ...(writeIn ? { height: { value: writeIn * t.lines.table, rule: HeightRule.ATLEAST } } : {}),
    });
  });
}

/** A row taller than this many lines may break over a page. */
const SPLITTABLE_LINES = 8;

/** How many lines the row's tallest cell takes, about: its text's width over its column's. */
function linesOf(slots: ReturnType<typeof placeRows>[number], widths: readonly number[], size: number): number {
  const em = (size / 2) * 20;
  let most = 1;
  for (const s of slots) {
    if (s.kind !== 'cell') continue;
    const width = widths.slice(s.col, s.col + (s.cell.colSpan ?? 1)).reduce((a, c) => a + c, 0) - CELL_PADDING;
    const text = s.cell.runs.map((r) => r.text).join('');
    most = Math.max(most, Math.ceil((ems(text) * em) / Math.max(em, width)));
  }
  return most;
}

const TABLE_SIZE = tableSize;

/** What a cell adds to its text's width: Word's margins (0.19 cm each side) and some slack for the fonts' own widths, in twips. */
const CELL_PADDING = 2 * 108 + 40;

/** A value never breaks between its number and its unit: "10 minutes", "8 business hours" keeps "8 business" together. */
const numberWithUnit = (text: string) => text.replace(/^(\S+) /, '$1\u00a0');

/**
 * The widest piece of a cell that may not break, in ems: a value ("10 minutes", "8个工作小时")
 * whole, else the longest Latin word (Chinese breaks between any two characters).
 */
function unbreakableEms(c: Cell, bold: boolean): number {
  // A short Chinese label (序号, 无偏离, 技术员) reads as one word: "无偏|离" is no way to write it.
  const whole = c.runs.map((r) => r.text).join('').trim();
  let widest = [...whole].length <= SHORT_LABEL && /^[\u3400-\u9fff]+$/.test(whole) ? ems(whole) : 0;
  for (const r of c.runs) {
    const pieces = r.kind === 'value' ? numberWithUnit(r.text).split(' ') : r.text.split(/[\s\u3000-\u9fff\uff00-\uffef]+/);
    for (const p of pieces) widest = Math.max(widest, ems(p) + (bold ? BOLD_LETTER_EMS * (p.match(/[A-Za-z]/g)?.length ?? 0) : 0));
  }
  return widest;
}

/** Chinese labels up to this many characters never break. */
const SHORT_LABEL = 4;

/** What a bold Latin letter adds to the 0.55 em of running text: the bold sans a header falls back to (DejaVu Sans Bold where Arial is missing) runs 0.7 em; "Hours" broke as "Hour|s". */
const BOLD_LETTER_EMS = 0.17;

/**
 * Column widths in twips, as a browser lays out a table: each column's share of the text
 * width by the builder's `widths`, but never less than its widest unbreakable piece needs
 * (header cells may wrap); what that adds is taken from the columns with room to spare. A
 * table whose pieces do not fit at the table size is set one or two half-points smaller
 * (`size`), as typesetters do; past that the minimums shrink in proportion.
 */
function columnWidths(b: Extract<Block, { kind: 'table' }>, t: Typography): { widths: number[]; size?: number } {
  const pieces = b.widths.map(() => 0);
  // Header cells wrap between words, never inside one ("Definition", "10").
  for (const [rows, bold] of [[b.header, true], [b.rows, false]] as const) {
    for (const slots of placeRows(rows, b.widths.length)) {
      for (const s of slots) if (s.kind === 'cell' && (s.cell.colSpan ?? 1) === 1) pieces[s.col] = Math.max(pieces[s.col]!, unbreakableEms(s.cell, bold));
    }
  }
  for (const size of [TABLE_SIZE(t), TABLE_SIZE(t) - 2, TABLE_SIZE(t) - 4]) {
    const em = (size / 2) * 20;
    const min = pieces.map((p) => (p ? Math.ceil(p * em) + CELL_PADDING : 0));
    const needed = min.reduce((a, c) => a + c, 0);
    if (needed > TEXT_WIDTH && size > TABLE_SIZE(t) - 4) continue;
    const floored = shareWidths(b.widths, min, TEXT_WIDTH).map(Math.floor);
    return size === TABLE_SIZE(t) ? { widths: floored } : { widths: floored, size };
  }
  throw new Error('unreachable: the last size always returns');
}

type Renderers = { [K in BlockKind]: (b: Extract<Block, { kind: K }>, locale: Locale) => FileChild[] };

const RENDER: Renderers = {
  cover: (b, locale) => [
    ...Array.from({ length: 6 }, () => new Paragraph({ style: 'Plain', children: [] })),
    new Paragraph({ style: 'CoverTitle', children: [new TextRun(b.title)] }),
    ...(b.subtitle ? [new Paragraph({ style: 'CoverSubtitle', children: [new TextRun(b.subtitle)] })] : []),
    ...Array.from({ length: 6 }, () => new Paragraph({ style: 'Plain', children: [] })),
    ...b.fields.map((f) => new Paragraph({ style: 'CoverField', children: [new TextRun({ text: f.label, bold: true }), new TextRun(`${colon(locale)}${f.value}`)] })),
    ...(b.date ? [new Paragraph({ style: 'CoverField', children: [new TextRun(b.date)] })] : []),
    new Paragraph({ style: 'Plain', children: [new PageBreak()] }),
  ],
  title: (b) => [new Paragraph({ style: 'DocTitle', children: [new TextRun(b.text)] })],
  heading: (b) => [
    new Paragraph({
      heading: [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4][b.level - 1],
      children: [new Bookmark({ id: b.id, children: [new TextRun(headingLine(b))] })],
    }),
  ],
  paragraph: (b) => [
    new Paragraph({
      style: b.indent ? 'Body' : 'Plain',
      ...(b.align ? { alignment: ALIGN[b.align] } : {}),
      children: runs(b.runs) as ParagraphChild[],
    }),
  ],
  list: (b) =>
    b.items.map(
      (item, i) =>
        new Paragraph({
          style: 'ListText',
          children: [new TextRun(b.ordered ? `${i + 1}. ` : '• '), ...runs(item)],
        }),
    ),
  table: (b, locale) => {
    const { widths, size } = columnWidths(b, TYPOGRAPHY[locale]);
    return [
      ...(b.caption ? [new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(b.caption)] })] : []),
      new Table({
        width: { size: TEXT_WIDTH, type: WidthType.DXA },
        columnWidths: widths,
        borders: BORDERS,
        rows: [...tableRows(b.header, widths, true, TYPOGRAPHY[locale], size), ...tableRows(b.rows, widths, false, TYPOGRAPHY[locale], size)],
      }),
      new Paragraph({ style: 'Plain', children: [] }),
    ];
  },
  'key-value': (b, locale) => b.items.map((i) => new Paragraph({ style: 'Plain', children: [new TextRun({ text: `${i.key}${colon(locale)}`, bold: true }), ...runs(i.value)] })),
  signature: (b) => [
    new Paragraph({ style: 'Plain', children: [] }),
    ...b.lines.map((l) => new Paragraph({ style: 'Signature', children: [new TextRun(`${l.label}${l.value}`)] })),
    ...(b.date ? [new Paragraph({ style: 'Signature', children: [new TextRun(b.date)] })] : []),
  ],
  'page-break': () => [new Paragraph({ style: 'Plain', children: [new PageBreak()] })],
  toc: (b) => [
    new Paragraph({ style: 'TocTitle', children: [new TextRun(b.title)] }),
    new TableOfContents(b.title, { hyperlink: true, headingStyleRange: `1-${b.levels}` }),
  ],
};

function styles(t: Typography) {
  const body = fonts(t.body);
  const head = fonts(t.heading);
  const heading = (level: 1 | 2 | 3 | 4) => ({
    id: `Heading${level}`,
    name: `heading ${level}`,
    basedOn: 'Normal',
    next: 'Body',
    quickFormat: true,
    run: { font: head, size: t.headingSizes[level - 1], bold: level > 2 },
    paragraph: {
      outlineLevel: level - 1,
      keepNext: true,
      keepLines: true,
      indent: { firstLine: 0 },
      spacing: { before: level === 1 ? 240 : 120, after: 120, line: t.lines.heading, lineRule: LineRuleType.EXACT },
    },
  });
  const plain = (id: string, name: string, paragraph: object = {}, run: object = {}) => ({ id, name, basedOn: 'Normal', paragraph: { indent: { firstLine: 0 }, ...paragraph }, run });
  return {
    default: {
      document: {
        run: { font: body, size: t.size, language: { value: t.lang, eastAsia: 'zh-CN' } },
        paragraph: { spacing: { line: t.lines.body, lineRule: LineRuleType.EXACT }, indent: { firstLine: t.indent } },
      },
      heading1: heading(1),
      heading2: heading(2),
      heading3: heading(3),
      heading4: heading(4),
    },
    paragraphStyles: [
      { id: 'Body', name: 'Body Text', basedOn: 'Normal', quickFormat: true, paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: t.indent } } },
      plain('Plain', 'Plain Text'),
      plain('ListText', 'List Paragraph', { indent: { left: t.indent, hanging: 360 } }),
      plain('TableText', 'Table Text', { spacing: { line: t.lines.table, lineRule: LineRuleType.EXACT } }, { size: TABLE_SIZE(t) }),
      plain('Caption', 'caption', { alignment: AlignmentType.CENTER, keepNext: true }, { font: head, bold: true }),
      plain('Signature', 'Signature', { alignment: AlignmentType.RIGHT }),
      plain('CoverTitle', 'Title', { alignment: AlignmentType.CENTER, spacing: { after: 240, line: 640, lineRule: LineRuleType.EXACT } }, { font: head, size: 44, bold: true }),
      plain('DocTitle', 'Document Title', { alignment: AlignmentType.CENTER, spacing: { after: 240, line: 520, lineRule: LineRuleType.EXACT } }, { font: head, size: 36 }),
      plain('CoverSubtitle', 'Subtitle', { alignment: AlignmentType.CENTER, spacing: { line: 520, lineRule: LineRuleType.EXACT } }, { font: head, size: 36 }),
      plain('CoverField', 'Cover Field', { alignment: AlignmentType.CENTER, spacing: { line: 560, lineRule: LineRuleType.EXACT } }, { size: 28 }),
      plain('TocTitle', 'TOC Heading', { alignment: AlignmentType.CENTER, spacing: { after: 240, line: 480, lineRule: LineRuleType.EXACT } }, { font: head, size: 32 }),
      plain('TOC1', 'toc 1', { spacing: { before: 60 } }, { bold: true }),
      plain('TOC2', 'toc 2', { indent: { left: t.indent, firstLine: 0 } }),
      plain('TOC3', 'toc 3', { indent: { left: t.indent * 2, firstLine: 0 } }),
    ],
  };
}

function section(doc: Document, children: FileChild[]): ISectionOptions {
  const zh = doc.meta.locale === 'zh';
  const footer = zh
    ? ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页']
    : ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES];
  const small = (children: TextRun[]) => new Paragraph({ style: 'Plain', alignment: AlignmentType.CENTER, children });
  // A cover page carries no running header or page number (Word's "different first page").
  const cover = doc.blocks[0]?.kind === 'cover';
  return {
    properties: {
      titlePage: cover,
      page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: PAGE.header, footer: PAGE.footer } },
    },
    headers: {
      default: new Header({ children: [small([new TextRun({ text: doc.meta.header, size: TYPE_SIZES[doc.meta.locale].furniture })])] }),
      ...(cover ? { first: new Header({ children: [small([])] }) } : {}),
    },
    footers: {
      default: new Footer({ children: [small([new TextRun({ children: footer, size: TYPE_SIZES[doc.meta.locale].furniture })])] }),
      ...(cover ? { first: new Footer({ children: [small([])] }) } : {}),
    },
    children,
  };
}

/**
 * What the page-number estimate measures text with (document/measure.ts): Latin characters
 * are half an em in Chinese documents (digits and words there are half-width) and 0.55 em in
 * English prose (Times New Roman's average with its spaces). Against LibreOffice's layout of
 * the bundled and example plans, every Chinese TOC entry lands on its page, English ones
 * within one (tests/e2e). Measured without the quarter-em seams: with them, headings came out a
 * page late — the estimate was fitted to LibreOffice on these documents, not derived.
 */
const measureWidthFor = (locale: Locale) => {
  const latin = locale === 'zh' ? 0.5 : 0.55;
  return (text: string, font: { size: number }) => ems(text, latin, false) * font.size;
};

/** The DOCX file's bytes. `created` is the date the file says it was made (ISO). */
export async function renderDocx(doc: Document, created: Date): Promise<Uint8Array> {
  const t = TYPOGRAPHY[doc.meta.locale];
  const children = doc.blocks.flatMap((b) => (RENDER[b.kind] as (b: Block, locale: Locale) => FileChild[])(b, doc.meta.locale));
  const bytes = await withSeededRandom(`${doc.meta.kind}/${doc.meta.bid}/${doc.meta.locale}`, async () => {
    const file = new DocxDocument({
      title: doc.meta.title,
      subject: doc.meta.subject,
      creator: doc.meta.author,
      lastModifiedBy: doc.meta.author,
      keywords: doc.meta.keywords.join(', '),
      description: doc.meta.subject,
      styles: styles(t),
      features: { updateFields: false },
      pageNumbers: estimatePageNumbersWith({ measureWidth: measureWidthFor(doc.meta.locale), guess: true }),
      sections: [section(doc, children)],
    });
    return new Uint8Array(await Packer.toBuffer(file));
  });
  return deterministicPackage(bytes, created);
}
