/**
 * A TrueType face embedded as a PDF composite font (Type 0 over CIDFontType2, Identity-H),
 * subset to the glyphs the document uses. Text is encoded as two-byte glyph ids of the subset;
 * the widths array carries the font's own advances (what the layout measured with), and a
 * ToUnicode map makes every glyph searchable and copyable as its character.
 */
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { type PDFContext, type PDFRef, PDFString } from 'pdf-lib';
import type { TrueTypeFont } from './truetype.ts';

export interface EmbeddedFace {
  ref: PDFRef;
  /** Hex string of the subset's glyph ids for a text (a character the font lacks becomes its space). */
  encode(text: string): string;
}

/** Embeds `font` holding the glyphs of every character in `chars`. */
export function embedFace(context: PDFContext, font: TrueTypeFont, chars: Iterable<number>): EmbeddedFace {
  const space = font.glyphOf(32);
  const glyphOf = (cp: number) => font.glyphOf(cp) || space;
  const toUnicode = new Map<number, number>(); // original gid → the first code point drawn with it
  for (const cp of chars) {
    const own = font.glyphOf(cp);
    // A character the font lacks is drawn (and read back) as a space.
    const [gid, as] = own ? [own, cp] : [space, 32];
    if (!toUnicode.has(gid)) toUnicode.set(gid, as);
  }
  const { bytes, newId } = font.subset(toUnicode.keys());
  const scale = 1000 / font.unitsPerEm;
  const num = (n: number) => Math.round(n * scale);

  // A subset's name carries a tag of six capitals, here from its glyphs: same glyphs, same name.
  const digest = createHash('sha256').update(font.postScriptName).update(bytes).digest();
  const prefix = String.fromCharCode(...[...digest.subarray(0, 6)].map((b) => 65 + (b % 26)));
  const name = `${prefix}+${font.postScriptName}`;

  const file = context.register(context.stream(deflateSync(bytes), { Filter: 'FlateDecode', Length1: bytes.length }));
  const descriptor = context.register(
    context.obj({
      Type: 'FontDescriptor',
      FontName: name,
      Flags: 4, // symbolic: glyphs outside the Latin set
      FontBBox: font.bbox.map(num),
      ItalicAngle: font.italicAngle,
      Ascent: num(font.ascent),
      Descent: num(font.descent),
      CapHeight: num(font.capHeight),
      StemV: 80,
      FontFile2: file,
    }),
  );
  const cidFont = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: name,
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      DW: 1000,
      W: widthsOf(font, newId, scale),
      CIDToGIDMap: 'Identity',
    }),
  );
  const cmap = context.register(context.stream(deflateSync(Buffer.from(toUnicodeCMap(toUnicode, newId), 'latin1')), { Filter: 'FlateDecode' }));
  const ref = context.register(
    context.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: name, Encoding: 'Identity-H', DescendantFonts: [cidFont], ToUnicode: cmap }),
  );

  const codes = new Map<number, string>();
  return {
    ref,
    encode(text) {
      let hex = '';
      for (const ch of text) {
        const cp = ch.codePointAt(0)!;
        let code = codes.get(cp);
        if (code === undefined) {
          const id = newId.get(glyphOf(cp));
          if (id === undefined) throw new Error(`character U+${cp.toString(16)} was not collected before embedding`);
          code = hex4(id);
          codes.set(cp, code);
        }
        hex += code;
      }
      return hex;
    },
  };
}

const hex4 = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');

/** /W: runs of consecutive glyph ids with their widths; glyphs at the default 1000 are left out. */
function widthsOf(font: TrueTypeFont, newId: Map<number, number>, scale: number): (number | number[])[] {
  const out: (number | number[])[] = [];
  let run: number[] | undefined;
  let next = -1;
  for (const [gid, id] of [...newId].sort((a, b) => a[1] - b[1])) {
    const w = Math.round(font.advanceOf(gid) * scale * 100) / 100;
    if (w === 1000) {
      run = undefined;
      continue;
    }
    if (!run || id !== next) {
      run = [];
      out.push(id, run);
    }
    run.push(w);
    next = id + 1;
  }
  return out;
}

/** The ToUnicode CMap: each subset glyph id to its character (UTF-16BE, so beyond the BMP too). */
function toUnicodeCMap(toUnicode: Map<number, number>, newId: Map<number, number>): string {
  const pairs = [...toUnicode].map(([gid, cp]) => [newId.get(gid)!, cp] as const).sort((a, b) => a[0] - b[0]);
  const utf16 = (cp: number) => {
    if (cp < 0x10000) return hex4(cp);
    const v = cp - 0x10000;
    return hex4(0xd800 + (v >> 10)) + hex4(0xdc00 + (v & 0x3ff));
  };
  let body = '';
  for (let i = 0; i < pairs.length; i += 100) {
    const chunk = pairs.slice(i, i + 100);
    body += `${chunk.length} beginbfchar\n${chunk.map(([id, cp]) => `<${hex4(id)}> <${utf16(cp)}>`).join('\n')}\nendbfchar\n`;
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    `${body}endcmap`,
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}
