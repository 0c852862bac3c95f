/**
 * The PDF's fonts: Noto Serif SC Regular for body text (the 宋体 of a tender, Latin included)
 * and Noto Sans SC Bold for headings and strong text (the 黑体), TrueType files installed by
 * npm (@expo-google-fonts/*: pdf-lib cannot embed CFF fonts such as Noto CJK's .otf). Each is
 * parsed once per process (15 MB of glyphs) and subset per document by pdf-lib.
 *
 * @pdf-lib/fontkit 1.1.1 writes a subset whose `glyf` table fits 64 KiB with short `loca`
 * offsets (halved) but copies odd-length glyph records unpadded, so every glyph after one
 * lands a byte off and prints as another or as nothing ("项目背景" → "背景"). `padGlyphs`
 * pads each record to an even length (tests/pdf-fonts.test.ts renders a short heading in a
 * face used for nothing else and reads it back).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import type { Face, FontMetrics } from '../../layout/metrics.ts';

const require = createRequire(import.meta.url);

const FILES: Record<Face, string> = {
  body: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
};

type FontkitFont = ReturnType<typeof fontkit.create>;

export interface LoadedFace {
  bytes: Uint8Array;
  font: FontkitFont;
}

const loaded = new Map<Face, LoadedFace>();

export function loadFace(face: Face): LoadedFace {
  let f = loaded.get(face);
  if (!f) {
    const bytes = new Uint8Array(readFileSync(require.resolve(FILES[face])));
    // An ArrayBuffer, not the bytes: fontkit's Buffer shares it, where from a Uint8Array it
    // copies 15 MB a byte at a time.
    const font = fontkit.create(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as unknown as Buffer) as FontkitFont;
    padGlyphs(font);
    f = { bytes, font };
    loaded.set(face, f);
  }
  return f;
}

let padded = false;
/** Pads every glyph record a TrueType subset copies to an even length (see the module comment). */
function padGlyphs(font: FontkitFont) {
  if (padded) return;
  const proto = Object.getPrototypeOf((font as unknown as { createSubset(): object }).createSubset()) as {
    _addGlyph(this: SubsetState, gid: number): number;
  };
  const addGlyph = proto._addGlyph;
  proto._addGlyph = function (this: SubsetState, gid: number) {
    const index = addGlyph.call(this, gid);
    const record = this.glyf[index]!;
    if (record.length % 2 === 1) {
      // fontkit's own Buffer class: the table encoder copies with its methods.
      const Ctor = record.constructor as { alloc?(n: number): GlyphRecord; new (n: number): GlyphRecord };
      const even = Ctor.alloc ? Ctor.alloc(record.length + 1) : new Ctor(record.length + 1);
      for (let i = 0; i < record.length; i++) even[i] = record[i]!;
      this.glyf[index] = even;
      this.offset += 1;
    }
    return index;
  };
  padded = true;
}

interface GlyphRecord {
  length: number;
  [i: number]: number;
}
interface SubsetState {
  glyf: GlyphRecord[];
  offset: number;
}

/** Advance widths in ems, per code point, cached: fontkit's own measuring shapes every call. */
export function metricsOf(face: Face): FontMetrics {
  const { font } = loadFace(face);
  const cache = new Map<number, number>();
  const upm = font.unitsPerEm;
  const os2 = (font as unknown as { 'OS/2'?: { typoAscender: number; typoDescender: number } })['OS/2'];
  return {
    ascent: (os2?.typoAscender ?? font.ascent) / upm,
    descent: -(os2?.typoDescender ?? font.descent) / upm,
    advance(cp) {
      let w = cache.get(cp);
      if (w === undefined) {
        w = font.hasGlyphForCodePoint(cp) ? font.glyphForCodePoint(cp).advanceWidth / upm : -1;
        cache.set(cp, w);
      }
      return w;
    },
  };
}
