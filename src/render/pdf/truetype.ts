/**
 * A TrueType font read straight from its bytes, and subset for embedding. Only what a PDF needs
 * is read, lazily: the table directory, the character map, the horizontal metrics and the
 * glyph outlines a document uses. A CJK face is 10–15 MB and 30 000 glyphs; a parser that decodes
 * it whole (fontkit, as pdf-lib would use) spends more time on it than the whole layout takes.
 *
 * The subset keeps the tables a PDF's CIDFontType2 draws with (head, hhea, maxp, hmtx, loca,
 * glyf and the hinting programs cvt, fpgm, prep) and renumbers the glyphs it keeps 0..n-1 in
 * their original order (.notdef first); composite glyphs bring their components along. Every
 * glyph record is padded to four bytes and `loca` is always the long format, so no offset is
 * ever halved (the bug that made @pdf-lib/fontkit drop characters from small subsets).
 *
 * Errors: a file that is not a TrueType font (an OpenType/CFF font, a WOFF, a truncated or
 * damaged file) throws FontError with a reason a user can act on; callers turn it into a
 * located diagnostic.
 */

export class FontError extends Error {}

interface TableEntry {
  offset: number;
  length: number;
}

export interface TrueTypeFont {
  /** The PostScript name (name ID 6), or a name derived from the family. */
  readonly postScriptName: string;
  readonly unitsPerEm: number;
  /** Typographic ascent and descent (OS/2, else hhea), in font units; descent is negative. */
  readonly ascent: number;
  readonly descent: number;
  readonly capHeight: number;
  readonly bbox: readonly [number, number, number, number];
  readonly italicAngle: number;
  readonly numGlyphs: number;
  /** Glyph id of a code point; 0 (.notdef) when the font has none. */
  glyphOf(codePoint: number): number;
  /** Advance width of a glyph, in font units. */
  advanceOf(gid: number): number;
  /** A TrueType font holding only these glyphs (and .notdef), renumbered in ascending order of their ids. */
  subset(gids: Iterable<number>): Subset;
}

export interface Subset {
  bytes: Uint8Array;
  /** Original glyph id → glyph id in the subset. */
  newId: Map<number, number>;
}

const tag = (s: string) => (s.charCodeAt(0) << 24) | (s.charCodeAt(1) << 16) | (s.charCodeAt(2) << 8) | s.charCodeAt(3);
const TRUE = 0x74727565; // 'true' (Apple)
const TTCF = tag('ttcf');
const OTTO = tag('OTTO');
const WOFF = tag('wOFF');
const WOFF2 = tag('wOF2');

/**
 * Where a font's bytes come from: memory, or a file read piece by piece (a CJK face's outlines
 * are 10–15 MB, of which a document uses a few hundred kilobytes).
 */
export interface FontSource {
  readonly size: number;
  read(offset: number, length: number): Uint8Array;
}

export const bytesSource = (bytes: Uint8Array): FontSource => ({ size: bytes.length, read: (offset, length) => bytes.subarray(offset, offset + length) });

/**
 * Reads the font at `index` of a TrueType file or collection (.ttf, .ttc: Windows' 宋体 is
 * simsun.ttc, whose first font is SimSun).
 */
export function readTrueType(from: Uint8Array | FontSource, index = 0): TrueTypeFont {
  try {
    return read(from instanceof Uint8Array ? bytesSource(from) : from, index);
  } catch (error) {
    if (error instanceof FontError) throw error;
    // A DataView read past the end: a table's offset or length points outside the file.
    if (error instanceof RangeError) throw new FontError('the file is truncated or damaged: a table points past its end');
    throw error;
  }
}

function read(source: FontSource, index: number): TrueTypeFont {
  if (source.size < 12) throw new FontError('the file is too short to be a font');
  const piece = (offset: number, length: number) => {
    if (offset + length > source.size) throw new RangeError('past the end');
    const bytes = source.read(offset, length);
    return { bytes, view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  };
  let start = 0;
  const { view: header } = piece(0, 12);
  const magic = header.getUint32(0);
  if (magic === TTCF) {
    const count = header.getUint32(8);
    if (index >= count) throw new FontError(`the collection holds ${count} fonts; there is no font ${index}`);
    start = piece(12 + 4 * index, 4).view.getUint32(0);
  } else if (index > 0) {
    throw new FontError(`it is a single font, not a collection (.ttc): there is no font ${index} in it`);
  }
  const { view: offsetTable } = piece(start, 12);
  const version = offsetTable.getUint32(0);
  if (version === OTTO) throw new FontError('it is an OpenType font with PostScript (CFF) outlines; a PDF can embed only TrueType outlines here — use the .ttf version of the font');
  if (version === WOFF || version === WOFF2) throw new FontError('it is a web font (WOFF); use the .ttf file');
  if (version !== 0x00010000 && version !== TRUE) throw new FontError('it is not a TrueType font (.ttf or .ttc)');

  const tables = new Map<string, TableEntry>();
  const numTables = offsetTable.getUint16(4);
  const { bytes: dir, view: dirView } = piece(start + 12, 16 * numTables);
  for (let i = 0; i < numTables; i++) {
    const at = 16 * i;
    const name = String.fromCharCode(dir[at]!, dir[at + 1]!, dir[at + 2]!, dir[at + 3]!);
    const entry = { offset: dirView.getUint32(at + 8), length: dirView.getUint32(at + 12) };
    if (entry.offset + entry.length > source.size) throw new FontError(`the file is truncated or damaged: its '${name}' table points past the end`);
    tables.set(name, entry);
  }
  for (const need of ['head', 'hhea', 'maxp', 'hmtx', 'cmap', 'loca', 'glyf']) {
    if (!tables.has(need)) throw new FontError(need === 'glyf' || need === 'loca' ? 'it has no TrueType outlines (glyf table)' : `it lacks the '${need}' table a font needs`);
  }
  /** A table's bytes. */
  const table = (name: string) => {
    const t = tables.get(name)!;
    return piece(t.offset, t.length);
  };
  const head = table('head').view;
  const hhea = table('hhea').view;
  const unitsPerEm = head.getUint16(18);
  if (unitsPerEm < 16 || unitsPerEm > 16384) throw new FontError(`its units per em (${unitsPerEm}) are out of range`);
  const longLoca = head.getInt16(50) === 1;
  const numGlyphs = table('maxp').view.getUint16(4);
  const numberOfHMetrics = Math.min(hhea.getUint16(34), numGlyphs);
  if (numberOfHMetrics < 1) throw new FontError('its horizontal metrics are empty');
  const os2 = tables.has('OS/2') ? table('OS/2').view : undefined;
  const hasTypo = os2 && os2.byteLength >= 78;
  const ascent = hasTypo ? os2.getInt16(68) : hhea.getInt16(4);
  const descent = hasTypo ? os2.getInt16(70) : hhea.getInt16(6);
  const capHeight = os2 && os2.byteLength >= 90 && os2.getUint16(0) >= 2 ? os2.getInt16(88) : ascent;
  const post = tables.has('post') ? table('post').view : undefined;
  const italicAngle = post ? post.getInt32(4) / 65536 : 0;
  const bbox = [head.getInt16(36), head.getInt16(38), head.getInt16(40), head.getInt16(42)] as const;

  const lookup = cmapOf(table('cmap').view);
  const glyphCache = new Map<number, number>();
  const hmtx = table('hmtx').view;
  const loca = table('loca').view;
  const glyf = tables.get('glyf')!;

  const advanceOf = (gid: number) => hmtx.getUint16(4 * Math.min(gid, numberOfHMetrics - 1));
  const lsbOf = (gid: number) => (gid < numberOfHMetrics ? hmtx.getInt16(4 * gid + 2) : hmtx.getInt16(4 * numberOfHMetrics + 2 * (gid - numberOfHMetrics)));
  /** A glyph's record in `glyf` (empty for a blank glyph such as the space). */
  const glyphBytes = (gid: number): Uint8Array => {
    const from = longLoca ? loca.getUint32(4 * gid) : 2 * loca.getUint16(2 * gid);
    const to = longLoca ? loca.getUint32(4 * gid + 4) : 2 * loca.getUint16(2 * gid + 2);
    if (to < from || to > glyf.length) throw new FontError(`the file is damaged: glyph ${gid} lies outside its outline table`);
    return piece(glyf.offset + from, to - from).bytes;
  };

  return {
    postScriptName: tables.has('name') ? nameOf(table('name').view) : 'Font',
    unitsPerEm,
    ascent,
    descent,
    capHeight,
    bbox,
    italicAngle,
    numGlyphs,
    glyphOf(cp) {
      let gid = glyphCache.get(cp);
      if (gid === undefined) {
        gid = lookup(cp);
        if (gid >= numGlyphs) gid = 0;
        glyphCache.set(cp, gid);
      }
      return gid;
    },
    advanceOf,
    subset(gids) {
      try {
        return subsetOf(gids);
      } catch (error) {
        if (error instanceof RangeError) throw new FontError('the file is damaged: a composite glyph runs past its end');
        throw error;
      }
    },
  };

  function subsetOf(gids: Iterable<number>): Subset {
      const keep = new Set<number>([0]);
      const pending = [...gids];
      while (pending.length) {
        const gid = pending.pop()!;
        if (keep.has(gid) || gid >= numGlyphs) continue;
        keep.add(gid);
        pending.push(...componentsOf(glyphBytes(gid)).map((c) => c.gid));
      }
      const order = [...keep].sort((a, b) => a - b);
      const newId = new Map(order.map((gid, i) => [gid, i]));
      const records = order.map((gid) => renumberComponents(glyphBytes(gid), newId));
      const tablesOut = new Map<string, Uint8Array>();
      // glyf and loca: records padded to 4 bytes, long offsets.
      let size = 0;
      for (const r of records) size += (r.length + 3) & ~3;
      const glyfOut = new Uint8Array(size);
      const locaOut = new DataView(new ArrayBuffer(4 * (order.length + 1)));
      let offset = 0;
      records.forEach((r, i) => {
        locaOut.setUint32(4 * i, offset);
        glyfOut.set(r, offset);
        offset += (r.length + 3) & ~3;
      });
      locaOut.setUint32(4 * order.length, offset);
      tablesOut.set('glyf', glyfOut);
      tablesOut.set('loca', new Uint8Array(locaOut.buffer));
      const hmtxOut = new DataView(new ArrayBuffer(4 * order.length));
      order.forEach((gid, i) => {
        hmtxOut.setUint16(4 * i, advanceOf(gid));
        hmtxOut.setInt16(4 * i + 2, lsbOf(gid));
      });
      tablesOut.set('hmtx', new Uint8Array(hmtxOut.buffer));
      const copy = (name: string) => table(name).bytes.slice();
      const headOut = copy('head');
      const headView = new DataView(headOut.buffer);
      headView.setUint32(8, 0); // checkSumAdjustment, set below
      headView.setInt16(50, 1); // long loca
      tablesOut.set('head', headOut);
      const hheaOut = copy('hhea');
      new DataView(hheaOut.buffer).setUint16(34, order.length);
      tablesOut.set('hhea', hheaOut);
      const maxpOut = copy('maxp');
      new DataView(maxpOut.buffer).setUint16(4, order.length);
      tablesOut.set('maxp', maxpOut);
      for (const name of ['cvt ', 'fpgm', 'prep']) if (tables.has(name)) tablesOut.set(name, copy(name));
      return { bytes: writeFont(tablesOut), newId };
  }
}

/** The code point → glyph lookup of the best Unicode subtable: full repertoire (format 12) before BMP (format 4). */
function cmapOf(view: DataView): (cp: number) => number {
  const cmap = 0;
  const count = view.getUint16(cmap + 2);
  const subtables: { platform: number; encoding: number; at: number; format: number }[] = [];
  for (let i = 0; i < count; i++) {
    const platform = view.getUint16(cmap + 4 + 8 * i);
    const encoding = view.getUint16(cmap + 6 + 8 * i);
    const at = cmap + view.getUint32(cmap + 8 + 8 * i);
    subtables.push({ platform, encoding, at, format: view.getUint16(at) });
  }
  const unicode = (s: (typeof subtables)[number]) => s.platform === 0 || (s.platform === 3 && (s.encoding === 1 || s.encoding === 10));
  const full = subtables.find((s) => unicode(s) && s.format === 12);
  if (full) return format12(view, full.at);
  const bmp = subtables.find((s) => unicode(s) && s.format === 4);
  if (bmp) return format4(view, bmp.at);
  // A symbol font (3,0) maps its characters into U+F0xx.
  const symbol = subtables.find((s) => s.platform === 3 && s.encoding === 0 && s.format === 4);
  if (symbol) {
    const f = format4(view, symbol.at);
    return (cp) => f(cp) || (cp < 0x100 ? f(0xf000 + cp) : 0);
  }
  throw new FontError('it has no Unicode character map (cmap format 4 or 12)');
}

function format12(view: DataView, at: number): (cp: number) => number {
  const groups = view.getUint32(at + 12);
  return (cp) => {
    let lo = 0;
    let hi = groups - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const g = at + 16 + 12 * mid;
      const first = view.getUint32(g);
      if (cp < first) hi = mid - 1;
      else if (cp > view.getUint32(g + 4)) lo = mid + 1;
      else return view.getUint32(g + 8) + (cp - first);
    }
    return 0;
  };
}

function format4(view: DataView, at: number): (cp: number) => number {
  const segments = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const ranges = deltas + 2 * segments;
  return (cp) => {
    if (cp > 0xffff) return 0;
    let lo = 0;
    let hi = segments - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (view.getUint16(ends + 2 * mid) < cp) lo = mid + 1;
      else hi = mid;
    }
    const start = view.getUint16(starts + 2 * lo);
    if (cp < start || cp > view.getUint16(ends + 2 * lo)) return 0;
    const delta = view.getUint16(deltas + 2 * lo);
    const range = view.getUint16(ranges + 2 * lo);
    if (range === 0) return (cp + delta) & 0xffff;
    const g = view.getUint16(ranges + 2 * lo + range + 2 * (cp - start));
    return g === 0 ? 0 : (g + delta) & 0xffff;
  };
}

/** The PostScript name (name ID 6), Windows Unicode or Macintosh Roman; "Font" when there is none. */
function nameOf(view: DataView): string {
  const count = view.getUint16(2);
  const strings = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const rec = 6 + 12 * i;
    if (view.getUint16(rec + 6) !== 6) continue;
    const platform = view.getUint16(rec);
    const length = view.getUint16(rec + 8);
    const from = strings + view.getUint16(rec + 10);
    let s = '';
    if (platform === 3 || platform === 0) for (let j = 0; j + 1 < length; j += 2) s += String.fromCharCode(view.getUint16(from + j));
    else for (let j = 0; j < length; j++) s += String.fromCharCode(view.getUint8(from + j));
    // A PDF name: printable ASCII without delimiters.
    s = s.replace(/[^\x21-\x7e]|[()<>[\]{}/%#]/g, '');
    if (s) return s;
  }
  return 'Font';
}

// A composite glyph's component records: flags, glyph index, then arguments and a transform.
const ARGS_ARE_WORDS = 0x0001;
const HAVE_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const HAVE_XY_SCALE = 0x0040;
const HAVE_2X2 = 0x0080;

function componentsOf(glyph: Uint8Array): { gid: number; at: number }[] {
  if (glyph.length < 10) return [];
  const view = new DataView(glyph.buffer, glyph.byteOffset, glyph.byteLength);
  if (view.getInt16(0) >= 0) return [];
  const out: { gid: number; at: number }[] = [];
  let p = 10;
  for (;;) {
    const flags = view.getUint16(p);
    out.push({ gid: view.getUint16(p + 2), at: p + 2 });
    p += 4 + (flags & ARGS_ARE_WORDS ? 4 : 2);
    if (flags & HAVE_SCALE) p += 2;
    else if (flags & HAVE_XY_SCALE) p += 4;
    else if (flags & HAVE_2X2) p += 8;
    if (!(flags & MORE_COMPONENTS)) return out;
  }
}

function renumberComponents(glyph: Uint8Array, newId: Map<number, number>): Uint8Array {
  const components = componentsOf(glyph);
  if (!components.length) return glyph;
  const copy = glyph.slice();
  const view = new DataView(copy.buffer);
  for (const c of components) view.setUint16(c.at, newId.get(c.gid) ?? 0);
  return copy;
}

/** An sfnt file of these tables: sorted directory, checksums, 4-byte alignment, head's checkSumAdjustment. */
function writeFont(tables: Map<string, Uint8Array>): Uint8Array {
  const names = [...tables.keys()].sort();
  const n = names.length;
  let size = 12 + 16 * n;
  for (const name of names) size += (tables.get(name)!.length + 3) & ~3;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const log2 = Math.floor(Math.log2(n));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, n);
  view.setUint16(6, 16 * 2 ** log2);
  view.setUint16(8, log2);
  view.setUint16(10, 16 * n - 16 * 2 ** log2);
  let offset = 12 + 16 * n;
  let headAt = 0;
  names.forEach((name, i) => {
    const data = tables.get(name)!;
    const rec = 12 + 16 * i;
    for (let j = 0; j < 4; j++) out[rec + j] = name.charCodeAt(j);
    out.set(data, offset);
    view.setUint32(rec + 4, checksum(out, offset, data.length));
    view.setUint32(rec + 8, offset);
    view.setUint32(rec + 12, data.length);
    if (name === 'head') headAt = offset;
    offset += (data.length + 3) & ~3;
  });
  view.setUint32(headAt + 8, (0xb1b0afba - checksum(out, 0, out.length)) >>> 0);
  return out;
}

function checksum(bytes: Uint8Array, from: number, length: number): number {
  let sum = 0;
  const end = from + ((length + 3) & ~3);
  for (let i = from; i < end; i += 4) sum = (sum + (((bytes[i] ?? 0) << 24) | ((bytes[i + 1] ?? 0) << 16) | ((bytes[i + 2] ?? 0) << 8) | (bytes[i + 3] ?? 0))) >>> 0;
  return sum;
}
