/**
 * Reading a PDF's laid-out text as the audit reads a Word document: one line per line of
 * prose, and each table as a Markdown pipe table (a header row, its separator, one line per
 * row), so that a number in a table is read under its column header. The input is what
 * poppler's `pdftotext -bbox-layout` writes: pages, and on each the lines of text with their
 * boxes (pdf.ts runs it).
 *
 * Plain pdftotext gives a table's cells one by one (序号, then 招标文件条目号, …, then the next
 * row), and wraps every cell's text at the cell's width: "修复时间 12" | "0 小时". A PDF keeps
 * no table, only text at positions; the table is rebuilt from them:
 * - **Running headers and footers** are the lines alone on their level in the top or bottom
 *   eighth of the page that recur, digits aside, on at least half of the pages (and two):
 *   "第 1 页 共 3 页". They are
 *   left out, so that a table or a sentence broken by a page break reads on.
 * - **Bands**: lines whose tops are level. Two or more lines side by side in a band are cells of
 *   a table row; the table's **lanes** (columns) are the horizontal extents of its cells' lines.
 *   A line that fits one lane continues the table; a line across two lanes (prose, a note) ends it.
 * - **Rows**: a cell's text wraps at one line pitch (the leading); a new row starts one border
 *   and two cell margins lower (16 pt, then 16.5 pt in LibreOffice's default table). A line goes
 *   on in its cell when it stands one leading below its lane's last line, of the same height;
 *   the other lines of a band start a new row. A merged cell's text goes on in the row it
 *   started in. The leading is the shortest step between two lines of one column of the same
 *   height, once a step up to 3 pt longer has been seen too (else every lane filled at once
 *   means a new row). Every cell of a row is top-aligned, so a cell never starts below the
 *   row's first band.
 * - A row broken by a page break goes on after the repeated header row on the next page: the
 *   repeated header is recognised by its text and left out, and only a cell still running at
 *   the foot of the page goes on.
 * - A cell's lines are joined without a space where Chinese meets Chinese or a digit meets a
 *   digit in Chinese text (the layout broke a word or number), with a space between Latin words.
 * - The first row is the header when none of its cells starts with a digit (a number, a value:
 *   data; "S1 (urgent)" is a header word); an empty first cell
 *   under a label without digits repeats that label, as a merged row label reads in Word.
 * Prose lines are left as lines: the text reader joins soft-wrapped lines itself (unwrap.ts).
 *
 * Every line keeps its page ("p. 3", "p. 3 table 2 row 4 cell 2"), which the audit prints
 * beside its line:column. Pure: takes the XHTML string, returns lines; linear but for sorting.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { DocxReading, LineOrigin } from './docx.ts';

interface TextLine {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

interface Page {
  height: number;
  lines: TextLine[];
}

/** Lines whose tops are this close (points) stand in one band: a row's cells start level; the next row one border lower. */
const LEVEL = 0.3;
/** How far a step may be from the leading and still be the leading (points). */
const PITCH_TOLERANCE = 0.25;
/** The margin bands where running headers and footers stand: this fraction of the page at top and bottom. */
const MARGIN = 1 / 8;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f（）《》“”‘’]/;
const HAS_DIGIT = /[0-9０-９]/;
/** A cell holding a number or value ("1", "10 minutes"), which no header cell is; "S1 (urgent)" and "I级" are header words. */
const STARTS_WITH_DIGIT = /^\s*[0-9０-９]/;

/** The pages and their lines, as pdftotext -bbox-layout writes them. Throws on XML that is not well-formed. */
export function parseBboxLayout(xhtml: string): Page[] {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const pages: Page[] = [];
  let line: TextLine | undefined;
  let words: string[] = [];
  let word: string | undefined;
  const num = (tag: SaxesTagPlain, a: string) => Number(tag.attributes[a] ?? NaN);
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (tag.name === 'page') pages.push({ height: num(tag, 'height'), lines: [] });
    else if (tag.name === 'line' && pages.length) {
      line = { page: pages.length, x0: num(tag, 'xMin'), y0: num(tag, 'yMin'), x1: num(tag, 'xMax'), y1: num(tag, 'yMax'), text: '' };
      words = [];
    } else if (tag.name === 'word' && line) word = '';
  });
  parser.on('text', (t: string) => {
    if (word !== undefined) word += t;
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    if (tag.name === 'word' && word !== undefined) {
      if (word.trim()) words.push(word.trim());
      word = undefined;
    } else if (tag.name === 'line' && line) {
      line.text = words.join(' ');
      const ok = [line.x0, line.y0, line.x1, line.y1].every(Number.isFinite);
      if (line.text && ok) pages[pages.length - 1]!.lines.push(line);
      line = undefined;
    }
  });
  parser.write(xhtml).close();
  return pages;
}

/** A line's shape, digits aside: "第 1 页 共 3 页" and "第 2 页 共 3 页" are one running footer. */
const shape = (text: string) => text.replace(/\s+/g, '').replace(/[0-9]+/g, '#');

/** Each page's lines without its running header and footer. */
function withoutFurniture(pages: readonly Page[]): TextLine[][] {
  // Alone on its level: a table's header row repeated at the top of a page has cells beside it.
  const inMargin = (l: TextLine, p: Page) =>
    Number.isFinite(p.height) && (l.y1 <= p.height * MARGIN || l.y0 >= p.height * (1 - MARGIN)) && !p.lines.some((o) => o !== l && Math.abs(o.y0 - l.y0) <= LEVEL);
  const onPages = new Map<string, Set<number>>();
  pages.forEach((p, n) => {
    for (const l of p.lines) if (inMargin(l, p)) (onPages.get(shape(l.text)) ?? onPages.set(shape(l.text), new Set()).get(shape(l.text))!).add(n);
  });
  const recurring = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((p) => p.lines.filter((l) => !(inMargin(l, p) && onPages.get(shape(l.text))!.size >= recurring)));
}

interface Band {
  page: number;
  y: number;
  /** Left to right. */
  lines: TextLine[];
}

/** A page's lines in bands, top to bottom. */
function bandsOf(lines: readonly TextLine[]): Band[] {
  const sorted = [...lines].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  const bands: Band[] = [];
  for (const l of sorted) {
    const last = bands[bands.length - 1];
    if (last && l.y0 - last.y <= LEVEL) last.lines.push(l);
    else bands.push({ page: l.page, y: l.y0, lines: [l] });
  }
  for (const b of bands) b.lines.sort((a, c) => a.x0 - c.x0);
  return bands;
}

const height = (l: TextLine) => l.y1 - l.y0;
const heightClass = (h: number) => Math.round(h * 2) / 2;

/**
 * The leading per line height: the shortest step between two lines of one column and the same
 * height a few bands apart, once a step up to 3 pt longer has been seen too: a row's step (one
 * length only may be all row steps or all wrap steps, and says nothing; a paragraph's spacing
 * is longer than a border and two cell margins).
 */
function leadings(pages: readonly Band[][]): Map<number, number> {
  const steps = new Map<number, Set<number>>();
  for (const bands of pages) {
    for (let i = 1; i < bands.length; i++) {
      for (const l of bands[i]!.lines) {
        // The nearest line above in the same column, of the same height, a few bands up at most.
        let above: TextLine | undefined;
        for (let j = i - 1; j >= Math.max(0, i - 4) && !above; j--) {
          above = bands[j]!.lines.find((a) => a.x0 < l.x1 && l.x0 < a.x1 && Math.abs(height(a) - height(l)) < 0.5);
        }
        if (!above) continue;
        const step = l.y0 - above.y0;
        if (step < height(l) * 0.9 || step > height(l) * 2) continue;
        const k = heightClass(height(l));
        (steps.get(k) ?? steps.set(k, new Set()).get(k)!).add(Math.round(step * 10) / 10);
      }
    }
  }
  const result = new Map<number, number>();
  for (const [k, set] of steps) {
    const sorted = [...set].sort((a, b) => a - b);
    const least = sorted[0]!;
    if (sorted.some((s) => s - least >= 0.3 && s - least <= 3)) result.set(k, least);
  }
  return result;
}

interface Lane {
  x0: number;
  x1: number;
}

interface Row {
  page: number;
  /** Per lane, the cell's lines. */
  cells: Map<Lane, string[]>;
  /** The lanes of the row's first band (every cell starts there). */
  start: Set<Lane>;
}

interface Table {
  lanes: Lane[];
  rows: Row[];
  /** Per lane, its last line read and the row holding it (a merged cell's text goes on in its own row). */
  laneLast: Map<Lane, { line: TextLine; row: Row }>;
  /** The last band read, per lane. */
  lastBand: Map<Lane, TextLine>;
  /** The first row's bands: the header a table repeats on the next page; a one-row "table" is prose. */
  firstRow: Band[];
}

type Item = { kind: 'line'; line: TextLine } | { kind: 'table'; table: Table };

const overlaps = (l: TextLine, lane: Lane) => l.x0 < lane.x1 - 0.5 && lane.x0 + 0.5 < l.x1;
const bandText = (b: Band) => b.lines.map((l) => l.text).join(' ');

/**
 * Each line's lane, left to right as the lanes are: the lane its text overlaps, else the
 * nearest lane right of the last one taken (a short value under a wide centred header: "—"
 * under "驻场"), else a lane of its own (a column the table's first band left empty). Undefined
 * when a line lies across two lanes (prose, a note) or would go left of a lane already taken.
 * `added` are the new lanes, kept only if the band is read into the table.
 */
function lanesOf(band: Band, lanes: readonly Lane[]): { placed: Map<Lane, TextLine>; added: Lane[] } | undefined {
  const placed = new Map<Lane, TextLine>();
  const added: Lane[] = [];
  let next = 0; // the first lane right of those taken
  for (const l of band.lines) {
    const hit = lanes.filter((lane) => overlaps(l, lane));
    if (hit.length > 1) return undefined;
    let at = hit[0] ? lanes.indexOf(hit[0]) : -1;
    if (at >= 0 && at < next) return undefined;
    if (at < 0) {
      const mid = (l.x0 + l.x1) / 2;
      const free = lanes.slice(next).filter((lane) => !band.lines.some((o) => o !== l && overlaps(o, lane)));
      const nearest = free.sort((x, y) => Math.abs((x.x0 + x.x1) / 2 - mid) - Math.abs((y.x0 + y.x1) / 2 - mid))[0];
      at = nearest ? lanes.indexOf(nearest) : -1;
    }
    if (at < 0) {
      const lane = { x0: l.x0, x1: l.x1 };
      added.push(lane);
      placed.set(lane, l);
      continue;
    }
    placed.set(lanes[at]!, l);
    next = at + 1;
  }
  return { placed, added };
}

/** Widens each lane to the lines read into it (never over a neighbour). */
function widen(table: Table, placed: Map<Lane, TextLine>) {
  table.lanes.forEach((lane, i) => {
    const l = placed.get(lane);
    if (!l) return;
    const left = table.lanes[i - 1]?.x1 ?? -Infinity;
    const right = table.lanes[i + 1]?.x0 ?? Infinity;
    lane.x0 = Math.max(Math.min(lane.x0, l.x0), left + 1);
    lane.x1 = Math.min(Math.max(lane.x1, l.x1), right - 1);
  });
}

/**
 * Which of a band's lines go on with the cell above them: a line one leading below its lane's
 * last line, of the same height. While the leading is unknown, a band that fills every lane
 * its row started with starts a new row. Across a page break (no step to measure) a line goes
 * on when its lane's last line is in the table's last row and the band does not fill that row.
 */
function continuing(table: Table, band: Band, placed: Map<Lane, TextLine>, leading: Map<number, number>): Set<Lane> {
  const goesOn = new Set<Lane>();
  let unsure = false;
  let crossed = false;
  const lastRow = table.rows[table.rows.length - 1]!;
  for (const [lane, l] of placed) {
    const above = table.laneLast.get(lane);
    if (!above || Math.abs(height(above.line) - height(l)) >= 0.5) continue;
    if (above.line.page !== band.page) {
      // Only a cell still running at the foot of the page goes on over it.
      if (above.row === lastRow && table.lastBand.get(lane) === above.line) {
        goesOn.add(lane);
        unsure = true;
      } else crossed = true;
      continue;
    }
    const step = l.y0 - above.line.y0;
    if (step < height(l) * 0.9 || step > height(l) * 1.6) continue;
    const pitch = leading.get(heightClass(height(l)));
    if (pitch !== undefined && Math.abs(step - pitch) > PITCH_TOLERANCE) continue;
    if (pitch === undefined) unsure = true;
    goesOn.add(lane);
  }
  if (crossed) return new Set();
  if (unsure && goesOn.size === placed.size && [...lastRow.start].every((lane) => placed.has(lane))) return new Set();
  return goesOn;
}

/** Reads a band into the table: lines going on in their cells, the others a new row. */
function readBand(table: Table, band: Band, placed: Map<Lane, TextLine>, goesOn: Set<Lane>) {
  const starting = [...placed].filter(([lane]) => !goesOn.has(lane));
  const row: Row | undefined = starting.length ? { page: band.page, cells: new Map(), start: new Set(starting.map(([lane]) => lane)) } : undefined;
  if (row) table.rows.push(row);
  for (const [lane, l] of placed) {
    const into = goesOn.has(lane) ? table.laneLast.get(lane)!.row : row!;
    (into.cells.get(lane) ?? into.cells.set(lane, []).get(lane)!).push(l.text);
    table.laneLast.set(lane, { line: l, row: into });
  }
  if (table.rows.length === 1) table.firstRow.push(band);
  table.lastBand = placed;
  widen(table, placed);
}

function startTable(band: Band): Table {
  const lanes = band.lines.map((l) => ({ x0: l.x0, x1: l.x1 }));
  const table: Table = { lanes, rows: [], laneLast: new Map(), lastBand: new Map(), firstRow: [] };
  readBand(table, band, new Map(band.lines.map((l, i) => [lanes[i]!, l] as const)), new Set());
  return table;
}

/** The document's prose lines and tables, in reading order. */
function itemsOf(pages: readonly Band[][], leading: Map<number, number>): Item[] {
  const items: Item[] = [];
  let table: Table | undefined;
  for (const bands of pages) {
    let skipHeader = table && table.rows.length > 1 ? 0 : -1;
    for (const band of bands) {
      // The header row a table repeats at the top of the next page.
      if (table && skipHeader >= 0 && skipHeader < table.firstRow.length && bandText(band) === bandText(table.firstRow[skipHeader]!)) {
        skipHeader++;
        continue;
      }
      skipHeader = -1;
      const fit = table ? lanesOf(band, table.lanes) : undefined;
      if (table && fit) {
        const goesOn = fit.added.length ? new Set<Lane>() : continuing(table, band, fit.placed, leading);
        // A band that would start a row of one cell alone is no row of this table: a note or prose under it.
        const starting = fit.placed.size - goesOn.size;
        if (starting !== 1 || goesOn.size > 0) {
          if (fit.added.length) {
            table.lanes.push(...fit.added);
            table.lanes.sort((a, b) => a.x0 - b.x0);
          }
          readBand(table, band, fit.placed, goesOn);
          continue;
        }
      }
      // Not this table's: a new table, or prose.
      if (table?.rows.length === 1) items.splice(items.length - 1, 1, ...asProse(table));
      table = undefined;
      if (band.lines.length > 1 && isRow(band) && !isJustified(band)) {
        table = startTable(band);
        items.push({ kind: 'table', table });
      } else items.push({ kind: 'line', line: asOneLine(band.lines) });
    }
  }
  if (table?.rows.length === 1) items.splice(items.length - 1, 1, ...asProse(table));
  return items;
}

/**
 * A "table" of one row is a line laid out with gaps (a date line "年　月　日", a signature line,
 * a loose justified line): its bands as lines of prose.
 */
const asProse = (table: Table): Item[] => table.firstRow.map((b) => ({ kind: 'line', line: asOneLine(b.lines) }));

/** A band's pieces as one line, read left to right. */
function asOneLine(lines: readonly TextLine[]): TextLine {
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  if (lines.length === 1) return first;
  return { ...first, x1: last.x1, y1: Math.max(...lines.map((l) => l.y1)), text: lines.map((l) => l.text).join(' ') };
}

/** A justified line that pdftotext cut at its wide word gaps: three pieces or more, the gaps all alike. */
function isJustified(band: Band): boolean {
  if (band.lines.length < 3) return false;
  const gaps = band.lines.slice(1).map((l, i) => l.x0 - band.lines[i]!.x1);
  return Math.max(...gaps) - Math.min(...gaps) < 0.6;
}

/** Lines side by side with a gap between them, none over another. */
const isRow = (band: Band) => band.lines.every((l, i) => i === 0 || l.x0 >= band.lines[i - 1]!.x1 + 2);

/** A line that starts something new: a label ("招标编号：", "Tender number: "), a list item, a numbered clause or heading. */
const STARTS_ANEW = /^\s*(?:[\u4e00-\u9fff]{2,8}[：:]|[A-Z][A-Za-z ]{1,24}:\s|[-*+•·]|\d+[.、)．]|[（(][一二三四五六七八九十\d]+[）)]|\([a-z]\)|[一二三四五六七八九十]+、|第[一二三四五六七八九十\d]+[章节条款篇部]|[①-⑳])/;

/**
 * Prose lines of one paragraph as one line: a line goes on in the next when the next stands one
 * line pitch below it, no further right (a paragraph's first line may be indented, the others
 * are not), the line is filled (the next line's first word would not have fitted after it, so
 * the layout had to wrap) and the next starts nothing new. What this misses (a wrap
 * over a page break), the text reader's unwrap.ts still joins.
 */
function joinWrapped(items: Item[], right: number): Item[] {
  const out: Item[] = [];
  for (const item of items) {
    const prev = out[out.length - 1];
    if (item.kind === 'line' && prev?.kind === 'line' && wraps(prev.line, item.line, right)) {
      const a = prev.line;
      const b = item.line;
      // The joined line stands where its last line does, for the next line's test.
      prev.line = { ...b, page: a.page, text: a.text + (glued(a.text, b.text, CJK.test(a.text + b.text)) ? '' : ' ') + b.text };
      continue;
    }
    out.push(item.kind === 'line' ? { kind: 'line', line: { ...item.line } } : item);
  }
  return out;
}

function wraps(a: TextLine, b: TextLine, right: number): boolean {
  if (a.page !== b.page || b.x0 > a.x0 + 1 || STARTS_ANEW.test(b.text)) return false;
  const step = b.y0 - a.y0;
  if (Math.abs(height(a) - height(b)) >= 0.5 || step < height(b) * 0.9 || step > height(b) * 1.6) return false;
  const chars = [...b.text].length;
  const firstWord = /^[A-Za-z0-9'’.,:;()-]+/.exec(b.text)?.[0].length ?? 1;
  const room = ((b.x1 - b.x0) / chars) * (firstWord + 1);
  return right - a.x1 < room;
}

/**
 * Whether two lines meet without a space: where the layout broke Chinese text, after a dash or
 * slash ("08:30–" | "17:30"), and in Chinese text inside a number ("17:3" | "0", "12" | "0 小时").
 */
function glued(a: string, b: string, chinese: boolean): boolean {
  const end = a[a.length - 1]!;
  return CJK.test(end) || CJK.test(b[0]!) || /[–\-/]/.test(end) || (chinese && /[0-9.:]/.test(end) && /[0-9]/.test(b[0]!));
}

/** A cell's lines as one: no space where the layout broke Chinese text or a number inside it. */
function joinLines(lines: readonly string[]): string {
  const chinese = lines.some((l) => CJK.test(l));
  return lines.reduce((out, line) => (out ? out + (glued(out, line, chinese) ? '' : ' ') + line : line), '');
}

/** The reading: prose lines and Markdown tables, each line with its page. */
export function readPdfLayout(xhtml: string): DocxReading {
  const pages = parseBboxLayout(xhtml);
  const bands = withoutFurniture(pages).map(bandsOf);
  // The text's right edge: where the widest line of the document ends (a table's, often).
  const right = Math.max(0, ...bands.flatMap((page) => page.flatMap((b) => b.lines.map((l) => l.x1))));
  const items = joinWrapped(itemsOf(bands, leadings(bands)), right);
  const lines: string[] = [];
  const origins: LineOrigin[] = [];
  let tables = 0;
  for (const item of items) {
    if (item.kind === 'line') {
      lines.push(item.line.text);
      origins.push({ at: `p. ${item.line.page}` });
      continue;
    }
    const t = item.table;
    const n = ++tables;
    const grid = t.rows.map((r) => t.lanes.map((lane) => joinLines(r.cells.get(lane) ?? []).replace(/\|/g, '¦')));
    const headed = grid.length >= 2 && grid[0]!.length >= 2 && !grid[0]!.some((c) => STARTS_WITH_DIGIT.test(c));
    // An empty first cell under a row label without digits: the label merged over both rows.
    for (let r = headed ? 2 : 1; r < grid.length; r++) {
      if (grid[r]![0] === '' && grid[r - 1]![0] !== '' && !HAS_DIGIT.test(grid[r - 1]![0]!)) grid[r]![0] = grid[r - 1]![0]!;
    }
    grid.forEach((texts, r) => {
      const at = `p. ${t.rows[r]!.page} table ${n} row ${r + 1}`;
      let line = '|';
      const cells: { column: number; at: string }[] = [];
      texts.forEach((text, c) => {
        line += ' ';
        cells.push({ column: [...line].length + 1, at: `${at} cell ${c + 1}` });
        line += `${text} |`;
      });
      lines.push(line);
      origins.push({ at, cells });
      if (r === 0 && headed) {
        lines.push(`|${' --- |'.repeat(texts.length)}`);
        origins.push({ at: `p. ${t.rows[0]!.page} table ${n} header` });
      }
    });
  }
  return { text: lines.join('\n'), origins };
}
