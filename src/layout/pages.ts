/**
 * Laying a document out on pages: every block becomes items (a paragraph's lines, a table's
 * rows), the items flow down A4 pages, and each page is a frame of drawing operations the PDF
 * painter carries out as they are. Pure: the document and the fonts' metrics in, frames out.
 *
 * - Geometry and sizes are the DOCX's (document/typography.ts): same margins, sizes, line pitches.
 * - A heading keeps with the first line of what follows; a table's caption with its header.
 * - A table's header rows are repeated at the top of every page it runs onto; a row stays
 *   whole unless it is taller than a third of a page, which breaks between its lines.
 * - The running header (the project) and footer (第 X 页 共 Y 页) are on every page but the cover.
 * - The table of contents is laid out with the page numbers of the previous pass until they
 *   stop changing (twice, normally: its own length does not depend on the numbers).
 */
import { shareWidths } from '../document/columns.ts';
import { placeRows } from '../document/grid.ts';
import type { Block, Cell, Document, Inline } from '../document/nodes.ts';
import { PAGE, TYPE_SIZES, tableSize, type TypeSizes } from '../document/typography.ts';
import { colon } from '../document/words.ts';
import { headingLine } from '../document/writer.ts';
import { breakLines, breakOpportunities, type LayoutNotes, type Line, newNotes, type Run } from './lines.ts';
import type { Face, Fonts } from './metrics.ts';

const pt = (twips: number) => twips / 20;
export const PAGE_WIDTH = pt(PAGE.width);
export const PAGE_HEIGHT = pt(PAGE.height);
const LEFT = pt(PAGE.left);
const TOP = pt(PAGE.top);
const BOTTOM = PAGE_HEIGHT - pt(PAGE.bottom);
const WIDTH = pt(PAGE.width - PAGE.left - PAGE.right);
/** Cell margins, points: Word's 0.19 cm left and right; a little above and below. */
const CELL_X = 5.4;
const CELL_Y = 1.5;
const RULE = 0.5;

export type Op =
  /** Text on a baseline `y` from the page's top. */
  | { kind: 'text'; x: number; y: number; text: string; face: Face; size: number; charSpacing: number }
  | { kind: 'rule'; x1: number; y1: number; x2: number; y2: number; width: number }
  /** A link area (from the page's top) to a heading. */
  | { kind: 'link'; x: number; y: number; w: number; h: number; to: string };

export interface PageFrame {
  ops: Op[];
  /** The cover: no running header or page number. */
  cover: boolean;
}

export interface HeadingPlace {
  id: string;
  level: number;
  text: string;
  page: number;
  /** From the page's top. */
  y: number;
}

export interface Layout {
  pages: PageFrame[];
  headings: HeadingPlace[];
  /** Characters no font has (set as spaces), and pieces cut inside a word. */
  notes: LayoutNotes;
}

interface Item {
  height: number;
  /** Space above, dropped at the top of a page. */
  before: number;
  paint(ops: Op[], y: number): void;
  keepWithNext?: boolean;
  pageBreak?: boolean;
  cover?: boolean;
  /** Items to put first when this one starts a page (a table's header rows). */
  repeat?: Item[];
  /** A table row: the table's left and right, to rule it off when the page ends after this row. */
  closeRule?: [number, number];
  /** The part that fits in `room`, and the rest; undefined when nothing useful fits. */
  split?(room: number): [Item, Item] | undefined;
  heading?: { id: string; level: number; text: string };
}

interface Context {
  fonts: Fonts;
  t: TypeSizes;
  locale: Document['meta']['locale'];
  notes: LayoutNotes;
  /** Page of each heading, from the previous pass. */
  tocPages: Map<string, number>;
  /** The headings of the previous pass, for the contents. */
  tocEntries: { id: string; level: number; text: string }[];
}

const faceOf = (i: Inline): Face => (i.kind === 'strong' ? 'bold' : 'body');
const runsOf = (inlines: readonly Inline[], face?: Face): Run[] => inlines.map((i) => ({ text: i.text, face: face ?? faceOf(i) }));

/** Where a line's text sits in its pitch: centred, the baseline at the face's ascent. */
const baseline = (pitch: number, size: number, fonts: Fonts) => (pitch - size * (fonts.body.ascent + fonts.body.descent)) / 2 + size * fonts.body.ascent;

function textOps(ops: Op[], line: Line, x: number, y: number, size: number) {
  for (const p of line.pieces) ops.push({ kind: 'text', x: x + p.x, y, text: p.text, face: p.face, size, charSpacing: p.charSpacing });
}

/** A paragraph's lines as items, one per line (a page may break between any two). */
function lineItems(cx: Context, runs: Run[], o: { size: number; pitch: number; indent?: number; align?: 'left' | 'center' | 'right' | 'justify'; before?: number; x?: number; width?: number }): Item[] {
  const x = LEFT + (o.x ?? 0);
  const lines = breakLines(runs, cx.fonts, { size: o.size, width: o.width ?? WIDTH - (o.x ?? 0), indent: o.indent, align: o.align }, cx.notes);
  const base = baseline(o.pitch, o.size, cx.fonts);
  return lines.map((line, n) => ({
    height: o.pitch,
    before: n === 0 ? (o.before ?? 0) : 0,
    paint: (ops, y) => textOps(ops, line, x, y + base, o.size),
  }));
}

function spacer(height: number): Item {
  return { height: 0, before: height, paint: () => {} };
}

// ── blocks ─────────────────────────────────────────────────────────────────────

type Layouts = { [K in Block['kind']]: (b: Extract<Block, { kind: K }>, cx: Context) => Item[] };

const LAYOUTS: Layouts = {
  cover: (b, cx) => {
    const items: Item[] = [{ height: 0, before: 0, cover: true, paint: () => {} }, spacer(PAGE_HEIGHT * 0.18)];
    items.push(...lineItems(cx, [{ text: b.title, face: 'bold' }], { size: 22, pitch: 34, align: 'center' }));
    if (b.subtitle) items.push(...lineItems(cx, [{ text: b.subtitle, face: 'bold' }], { size: 16, pitch: 26, align: 'center', before: 12 }));
    items.push(spacer(PAGE_HEIGHT * 0.2));
    const size = 14;
    for (const f of b.fields) items.push(...lineItems(cx, [{ text: `${f.label}${colon(cx.locale)}`, face: 'bold' }, { text: f.value, face: 'body' }], { size, pitch: 28, x: WIDTH * 0.12, width: WIDTH * 0.8 }));
    if (b.date) items.push(...lineItems(cx, [{ text: b.date, face: 'body' }], { size, pitch: 28, x: WIDTH * 0.12, before: 12 }));
    items.push({ height: 0, before: 0, pageBreak: true, paint: () => {} });
    return items;
  },
  title: (b, cx) => lineItems(cx, [{ text: b.text, face: 'bold' }], { size: cx.t.headingSizes[0] / 2, pitch: pt(cx.t.lines.heading), align: 'center', before: 6 }).concat(spacer(8)),
  heading: (b, cx) => {
    const items = lineItems(cx, [{ text: headingLine(b), face: 'bold' }], {
      size: cx.t.headingSizes[b.level - 1]! / 2,
      pitch: pt(cx.t.lines.heading),
      before: b.level === 1 ? 12 : 6,
    });
    items.forEach((i) => (i.keepWithNext = true));
    items[0]!.heading = { id: b.id, level: b.level, text: headingLine(b) };
    items[items.length - 1]!.height += 6;
    return items;
  },
  paragraph: (b, cx) =>
    lineItems(cx, runsOf(b.runs), {
      size: cx.t.size / 2,
      pitch: pt(cx.t.lines.body),
      indent: b.indent ? pt(cx.t.indent) : 0,
      align: b.align ?? (b.indent ? 'justify' : 'left'),
    }),
  list: (b, cx) =>
    b.items.flatMap((item, i) => {
      const hang = cx.locale === 'zh' ? pt(cx.t.indent) : 18;
      const mark = b.ordered ? `${i + 1}.` : '•';
      const items = lineItems(cx, runsOf(item), { size: cx.t.size / 2, pitch: pt(cx.t.lines.body), x: hang + 6, align: 'justify' });
      const first = items[0]!.paint;
      const base = baseline(pt(cx.t.lines.body), cx.t.size / 2, cx.fonts);
      items[0]!.paint = (ops, y) => {
        ops.push({ kind: 'text', x: LEFT + hang - 12, y: y + base, text: mark, face: 'body', size: cx.t.size / 2, charSpacing: 0 });
        first(ops, y);
      };
      return items;
    }),
  table: (b, cx) => tableItems(b, cx),
  'key-value': (b, cx) =>
    b.items.flatMap((i) => lineItems(cx, [{ text: `${i.key}${colon(cx.locale)}`, face: 'bold' }, ...runsOf(i.value)], { size: cx.t.size / 2, pitch: pt(cx.t.lines.body) })),
  signature: (b, cx) => {
    const o = { size: cx.t.size / 2, pitch: pt(cx.t.lines.body) * 1.5, x: WIDTH * 0.45, width: WIDTH * 0.55 };
    const items = [spacer(pt(cx.t.lines.body)), ...b.lines.flatMap((l) => lineItems(cx, [{ text: `${l.label}${l.value}`, face: 'body' }], o))];
    if (b.date) items.push(...lineItems(cx, [{ text: b.date, face: 'body' }], o));
    // The signature block stays together.
    items.slice(0, -1).forEach((i) => (i.keepWithNext = true));
    return items;
  },
  'page-break': () => [{ height: 0, before: 0, pageBreak: true, paint: () => {} }],
  toc: (b, cx) => {
    const items = lineItems(cx, [{ text: b.title, face: 'bold' }], { size: cx.t.headingSizes[0] / 2, pitch: pt(cx.t.lines.heading), align: 'center' });
    for (const e of cx.tocEntries.filter((e) => e.level <= b.levels)) items.push(tocLine(e, cx));
    items.push({ height: 0, before: 0, pageBreak: true, paint: () => {} });
    return items;
  },
};

/** One line of the contents: the heading, dot leaders, its page number, a link to it. */
function tocLine(e: { id: string; level: number; text: string }, cx: Context): Item {
  const size = cx.t.size / 2;
  const pitch = pt(cx.t.lines.body) * 1.1;
  const indent = (e.level - 1) * size * 2;
  const page = String(cx.tocPages.get(e.id) ?? '');
  const pageWidth = widthOf(page, 'body', size, cx.fonts);
  const [line] = breakLines([{ text: e.text, face: e.level === 1 ? 'bold' : 'body' }], cx.fonts, { size, width: WIDTH - indent - pageWidth - 24 }, cx.notes);
  const base = baseline(pitch, size, cx.fonts);
  const dot = widthOf('·', 'body', size, cx.fonts) || size / 3;
  return {
    height: pitch,
    before: 0,
    paint(ops, y) {
      textOps(ops, line!, LEFT + indent, y + base, size);
      const from = LEFT + indent + line!.width + 6;
      const to = LEFT + WIDTH - pageWidth - 6;
      const dots = Math.max(0, Math.floor((to - from) / (dot * 1.6)));
      if (dots) ops.push({ kind: 'text', x: to - dots * dot * 1.6, y: y + base, text: '·'.repeat(dots), face: 'body', size, charSpacing: dot * 0.6 });
      ops.push({ kind: 'text', x: LEFT + WIDTH - pageWidth, y: y + base, text: page, face: 'body', size, charSpacing: 0 });
      ops.push({ kind: 'link', x: LEFT + indent, y, w: WIDTH - indent, h: pitch, to: e.id });
    },
  };
}

function widthOf(text: string, face: Face, size: number, fonts: Fonts): number {
  let w = 0;
  for (const ch of text) w += Math.max(0, fonts[face].advance(ch.codePointAt(0)!));
  return w * size;
}

// ── tables ─────────────────────────────────────────────────────────────────────

/** The widest piece of a cell's text that may not break, in points. */
function unbreakable(cell: Cell, face: Face | undefined, size: number, fonts: Fonts): number {
  let widest = 0;
  for (const r of cell.runs) {
    const text = r.kind === 'value' ? r.text.replace(/ /g, '\u00a0') : r.text;
    const { at } = breakOpportunities(text);
    let from = 0;
    for (const to of [...at, text.length]) {
      widest = Math.max(widest, widthOf(text.slice(from, to).trimEnd(), face ?? faceOf(r), size, fonts));
      from = to;
    }
  }
  // A short Chinese label (序号, 无偏离) reads as one word.
  const whole = cell.runs.map((r) => r.text).join('').trim();
  if ([...whole].length <= 4 && /^[\u3400-\u9fff]+$/.test(whole)) widest = Math.max(widest, widthOf(whole, face ?? 'body', size, fonts));
  return widest;
}

interface CellBox {
  lines: Line[];
  col: number;
  span: number;
  rowSpan: number;
  align: 'left' | 'center' | 'right';
  face?: Face;
}

function tableItems(b: Extract<Block, { kind: 'table' }>, cx: Context): Item[] {
  const n = b.widths.length;
  // As typesetters do, a table whose unbreakable pieces do not fit is set a point or two
  // smaller, its lines closer; past that its columns shrink in proportion.
  const minsAt = (size: number) => {
    const mins = b.widths.map(() => 0);
    for (const [rows, face] of [[b.header, 'bold'], [b.rows, undefined]] as const) {
      for (const slots of placeRows(rows, n)) {
        for (const s of slots) if (s.kind === 'cell' && (s.cell.colSpan ?? 1) === 1) mins[s.col] = Math.max(mins[s.col]!, unbreakable(s.cell, face, size, cx.fonts) + 2 * CELL_X + 1);
      }
    }
    return mins;
  };
  const full = tableSize(cx.t) / 2;
  const sizes = [full, full - 1, full - 2];
  const size = sizes.find((z) => minsAt(z).reduce((a, c) => a + c, 0) <= WIDTH) ?? sizes[sizes.length - 1]!;
  const pitch = (pt(cx.t.lines.table) * size) / full;
  const widths = shareWidths(b.widths, minsAt(size), WIDTH);
  // Each column's left edge, and the table's right edge last.
  const xs = [LEFT];
  for (const w of widths) xs.push(xs[xs.length - 1]! + w);
  const base = baseline(pitch, size, cx.fonts);

  const boxesOf = (rows: Cell[][], face?: Face): CellBox[][] =>
    placeRows(rows, n).map((slots) =>
      slots.flatMap((s) => {
        if (s.kind !== 'cell') return [];
        const span = s.cell.colSpan ?? 1;
        const width = xs[s.col + span]! - xs[s.col]! - 2 * CELL_X;
        const align = s.cell.align ?? (face ? 'center' : 'left');
        const lines = breakLines(runsOf(s.cell.runs, face), cx.fonts, { size, width, align }, cx.notes);
        return [{ lines, col: s.col, span, rowSpan: s.cell.rowSpan ?? 1, align, face }];
      }),
    );

  /**
   * A row's item: its cells from line `from` on, at most `count` lines of each. `spread` cells
   * span rows below and are set down across them (their rows kept together), so they do not
   * make this row taller; `keep` keeps the row with the next one of its span.
   */
  const rowItem = (cells: CellBox[], writeIn: number, spanned: Set<number>, edges: readonly number[], header: boolean, from = 0, spread?: ReadonlySet<CellBox>, keep = false): Item => {
    const linesLeft = Math.max(writeIn, ...cells.filter((c) => !spread?.has(c)).map((c) => c.lines.length - from), 1);
    const make = (count: number, first: boolean, last: boolean): Item => ({
      height: Math.max(1, Math.min(count, linesLeft)) * pitch + 2 * CELL_Y,
      before: 0,
      paint(ops, y) {
        const h = Math.max(1, Math.min(count, linesLeft)) * pitch + 2 * CELL_Y;
        for (const c of cells) {
          const lines = spread?.has(c) ? c.lines : c.lines.slice(from, from + count);
          for (const [k, line] of lines.entries()) textOps(ops, line, xs[c.col]! + CELL_X, y + CELL_Y + k * pitch + base, size);
        }
        // Borders: each cell's sides (none inside a cell spanning columns), the top, and the bottom unless a cell spans on below.
        for (const x of edges) ops.push({ kind: 'rule', x1: x, y1: y, x2: x, y2: y + h, width: RULE });
        if (first || header) ops.push({ kind: 'rule', x1: xs[0]!, y1: y, x2: xs[n]!, y2: y, width: RULE });
        for (let col = 0; col < n; col++) {
          if (!last || spanned.has(col)) continue;
          ops.push({ kind: 'rule', x1: xs[col]!, y1: y + h, x2: xs[col + 1]!, y2: y + h, width: RULE });
        }
      },
      keepWithNext: header || keep,
      closeRule: [xs[0]!, xs[n]!],
    });
    const whole = make(linesLeft, from === 0, true);
    // A row up to a third of a page tall stays whole, as do the rows of a span set across them;
    // a taller one breaks between its lines.
    if (header || keep || cells.some((c) => spread?.has(c)) || whole.height <= (BOTTOM - TOP) / 3) return whole;
    return {
      ...whole,
      split(room) {
        const fit = Math.floor((room - 2 * CELL_Y) / pitch);
        if (fit < 2 || fit >= linesLeft) return undefined;
        return [make(fit, from === 0, false), rowItem(cells, Math.max(0, writeIn - fit), spanned, edges, header, from + fit)];
      },
    };
  };

  const build = (rows: Cell[][], face?: Face) => {
    const boxes = boxesOf(rows, face);
    // Columns a cell spans on into the next row: no rule between them.
    const spanning = boxes.map(() => new Set<number>());
    boxes.forEach((cells, r) => {
      for (const c of cells) for (let k = 1; k < c.rowSpan; k++) for (let col = c.col; col < c.col + c.span; col++) spanning[r + k - 1]?.add(col);
    });
    const writeIns = rows.map((row) => Math.max(0, ...row.map((c) => c.writeIn ?? 0)));
    // A cell spanning rows is set down across them, as Word does: the rows grow only by what
    // its lines need beyond their own, the last of them taking it, and they stay together.
    // A span taller than a third of a page grows its first row instead (it may break).
    const own = boxes.map((cells, r) => Math.max(writeIns[r]!, ...cells.filter((c) => c.rowSpan === 1).map((c) => c.lines.length), 1));
    const spread = new Set<CellBox>();
    const keep = boxes.map(() => false);
    boxes.forEach((cells, r) => {
      for (const c of cells) {
        const rowsSpanned = Math.min(c.rowSpan, boxes.length - r);
        if (rowsSpanned < 2) continue;
        const have = own.slice(r, r + rowsSpanned).reduce((a, b) => a + b, 0);
        if (Math.max(have, c.lines.length) * pitch + rowsSpanned * 2 * CELL_Y > (BOTTOM - TOP) / 3) continue;
        if (c.lines.length > have) own[r + rowsSpanned - 1]! += c.lines.length - have;
        spread.add(c);
        for (let j = r; j < r + rowsSpanned - 1; j++) keep[j] = true;
      }
    });
    const slots = placeRows(rows, n);
    return boxes.map((cells, r) => {
      const edges = [...slots[r]!.map((s) => xs[s.col]!), xs[n]!];
      return rowItem(cells, own[r]!, spanning[r]!, edges, !!face, 0, spread, keep[r]);
    });
  };
  const header = build(b.header, 'bold');
  const body = build(b.rows);
  const items: Item[] = [];
  if (b.caption) {
    const caption = lineItems(cx, [{ text: b.caption, face: 'bold' }], { size: cx.t.size / 2, pitch: pt(cx.t.lines.body), align: 'center', before: 4 });
    caption.forEach((i) => (i.keepWithNext = true));
    items.push(...caption);
  }
  items.push(...header);
  for (const row of body) items.push({ ...row, repeat: header });
  items.push(spacer(pt(cx.t.lines.body) / 2));
  return items;
}

// ── pages ──────────────────────────────────────────────────────────────────────

/** Where each item goes: pages of placements, painted once the contents' numbers are final. */
interface Placed {
  pages: (PageFrame & { placed: { item: Item; top: number }[] })[];
  headings: HeadingPlace[];
}

function paginate(items: Item[]): Placed {
  type Page = Placed['pages'][number];
  const pages: Page[] = [];
  const headings: HeadingPlace[] = [];
  let page: Page = { ops: [], cover: false, placed: [] };
  let y = TOP;
  let fresh = true;
  let last: Item | undefined;
  const newPage = () => {
    // A table broken by the page is ruled off at its foot.
    if (last?.closeRule && !fresh) page.ops.push({ kind: 'rule', x1: last.closeRule[0], y1: y, x2: last.closeRule[1], y2: y, width: RULE });
    pages.push(page);
    page = { ops: [], cover: false, placed: [] };
    y = TOP;
    fresh = true;
  };
  const place = (item: Item) => {
    const top = y + (fresh ? 0 : item.before);
    if (item.heading) headings.push({ ...item.heading, page: pages.length + 1, y: top });
    page.placed.push({ item, top });
    y = top + item.height;
    fresh = false;
    last = item;
  };
  /** The height an item needs with what it keeps with: the next item's first line. */
  const needed = (i: number): number => {
    const item = items[i]!;
    const own = (fresh ? 0 : item.before) + item.height;
    const next = items[i + 1];
    return item.keepWithNext && next && !next.pageBreak ? own + next.before + (next.keepWithNext ? needed(i + 1) - next.before : next.height) : own;
  };
  for (let i = 0; i < items.length; i++) {
    let item = items[i]!;
    if (item.cover) page.cover = true;
    if (item.pageBreak) {
      if (!fresh || page.cover) newPage();
      continue;
    }
    if (y + needed(i) > BOTTOM && !fresh) {
      const parts = item.split?.(BOTTOM - y);
      if (parts) {
        place(parts[0]);
        item = parts[1];
      }
      newPage();
      for (const h of item.repeat ?? []) place(h);
    }
    // A row still taller than the page: split it page after page.
    while (y + item.height > BOTTOM && item.split) {
      const parts = item.split(BOTTOM - y);
      if (!parts) break;
      place(parts[0]);
      item = parts[1];
      newPage();
      for (const h of item.repeat ?? []) place(h);
    }
    place(item);
  }
  if (!fresh || !pages.length) pages.push(page);
  return { pages, headings };
}

/** The frames: every item painted where it was placed, and the running header and footer. */
function paintPages(placed: Placed, cx: Context, meta: Document['meta']): Layout {
  const pages = placed.pages.map(({ ops, cover, placed: items }) => {
    for (const { item, top } of items) item.paint(ops, top);
    return { ops, cover };
  });
  addFurniture(pages, cx, meta);
  return { pages, headings: placed.headings, notes: cx.notes };
}

/** The running header (the project, over a rule) and the page number, on every page but the cover. */
function addFurniture(pages: PageFrame[], cx: Context, meta: Document['meta']) {
  const size = cx.t.furniture / 2;
  const total = pages.length;
  pages.forEach((p, n) => {
    if (p.cover) return;
    const head = meta.header;
    const hw = widthOf(head, 'body', size, cx.fonts);
    const hy = pt(PAGE.header) + size;
    p.ops.push({ kind: 'text', x: LEFT + (WIDTH - hw) / 2, y: hy, text: head, face: 'body', size, charSpacing: 0 });
    p.ops.push({ kind: 'rule', x1: LEFT, y1: hy + 4, x2: LEFT + WIDTH, y2: hy + 4, width: 0.5 });
    const foot = cx.locale === 'zh' ? `第 ${n + 1} 页 共 ${total} 页` : `Page ${n + 1} of ${total}`;
    const fw = widthOf(foot, 'body', size, cx.fonts);
    p.ops.push({ kind: 'text', x: LEFT + (WIDTH - fw) / 2, y: PAGE_HEIGHT - pt(PAGE.footer), text: foot, face: 'body', size, charSpacing: 0 });
  });
}

/**
 * The document on pages. The contents' page numbers come from the pass before; passes
 * repeat until every heading stays on the page its entry names (at most four).
 */
export function layoutDocument(doc: Document, fonts: Fonts): Layout {
  const t = TYPE_SIZES[doc.meta.locale];
  const notes = newNotes();
  const context = (tocPages: Map<string, number>, tocEntries: Context['tocEntries']): Context => ({ fonts, t, locale: doc.meta.locale, notes, tocPages, tocEntries });
  const lay = (b: Block, cx: Context) => (LAYOUTS[b.kind] as (b: Block, cx: Context) => Item[])(b, cx);
  // Every block but the contents is laid out once; each pass lays out the contents again.
  const first = context(new Map(), []);
  const fixed = doc.blocks.map((b) => (b.kind === 'toc' ? undefined : lay(b, first)));
  let cx = first;
  let result!: Placed;
  for (let pass = 0; pass < 4; pass++) {
    const items = doc.blocks.flatMap((b, i) => fixed[i] ?? lay(b, cx));
    result = paginate(items);
    if (!doc.blocks.some((b) => b.kind === 'toc')) break;
    const stable = result.headings.length === cx.tocEntries.length && result.headings.every((h) => cx.tocPages.get(h.id) === h.page);
    if (stable) break;
    cx = context(new Map(result.headings.map((h) => [h.id, h.page])), result.headings.map(({ id, level, text }) => ({ id, level, text })));
  }
  return paintPages(result, cx, doc.meta);
}
