/**
 * The embedded fonts: our TrueType reader and subsetter (src/render/pdf/truetype.ts), checked
 * against an independent parser (fontkit, a devDependency for this test only). @pdf-lib/fontkit's
 * own subsetter dropped characters from small subsets (odd-length glyph records under short
 * `loca` offsets: "项目背景" printed as "背景"); ours must draw every glyph of a short heading
 * as the original does, and the fonts a user may point at must fail with a reason, not a crash.
 */
import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadFace, metricsOf } from '../src/render/pdf/fonts.ts';
import { FontError, readTrueType } from '../src/render/pdf/truetype.ts';

type Font = ReturnType<typeof fontkit.create>;
const require = createRequire(import.meta.url);
const boldFile = require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf');

describe('the TrueType subset', () => {
  const original = fontkit.create(readFileSync(boldFile)) as Font;
  const font = loadFace('bold');

  it('draws each character of a short heading with its own outline, read back by another parser', () => {
    const text = '项目背景与售后服务';
    const gids = [...text].map((ch) => font.glyphOf(ch.codePointAt(0)!));
    const { bytes, newId } = font.subset(gids);
    expect(bytes.length).toBeLessThan(64 * 1024);
    const back = fontkit.create(Buffer.from(bytes)) as Font;
    expect(back.numGlyphs).toBe(new Set(gids).size + 1);
    for (const ch of text) {
      const gid = font.glyphOf(ch.codePointAt(0)!);
      const copy = back.getGlyph(newId.get(gid)!);
      const own = original.glyphForCodePoint(ch.codePointAt(0)!);
      expect(gid, ch).toBe(own.id);
      expect(copy.path.toSVG(), ch).toBe(own.path.toSVG());
      expect(copy.advanceWidth, ch).toBe(own.advanceWidth);
    }
  });

  it('maps code points as fontkit does, in and beyond the BMP, and measures the same advances', () => {
    for (const ch of '售后服务方案，（）：；0123456789ABCabc●○□★—–· ') {
      const cp = ch.codePointAt(0)!;
      const own = original.glyphForCodePoint(cp);
      expect(font.glyphOf(cp), ch).toBe(own.id);
      expect(font.advanceOf(font.glyphOf(cp)), ch).toBe(own.advanceWidth);
    }
    expect(font.glyphOf(0xe000)).toBe(0); // private use: none
    expect(font.glyphOf(0x10ffff)).toBe(0);
  });

  it('measure every character of a tender and know which they lack', () => {
    const body = metricsOf(loadFace('body'));
    for (const ch of '售后服务方案，（）：；0123456789ABCabc●○□★—–·') expect(body.advance(ch.codePointAt(0)!), ch).toBeGreaterThan(0);
    expect(body.advance(0xe000)).toBe(-1);
  });

  it('reads the first font of a collection (.ttc, as Windows ships 宋体)', () => {
    const bytes = readFileSync(boldFile);
    const ttc = new Uint8Array(16 + bytes.length);
    const view = new DataView(ttc.buffer);
    ttc.set([0x74, 0x74, 0x63, 0x66]); // 'ttcf'
    view.setUint32(4, 0x00010000);
    view.setUint32(8, 1);
    view.setUint32(12, 16);
    // A collection's table offsets count from the start of the file: shift them by the header.
    ttc.set(bytes, 16);
    const tables = view.getUint16(16 + 4);
    for (let i = 0; i < tables; i++) view.setUint32(16 + 12 + 16 * i + 8, view.getUint32(16 + 12 + 16 * i + 8) + 16);
    const fromTtc = readTrueType(ttc);
    expect(fromTtc.numGlyphs).toBe(font.numGlyphs);
    expect(fromTtc.glyphOf(0x5b8b)).toBe(font.glyphOf(0x5b8b)); // 宋
    expect(() => readTrueType(ttc, 1)).toThrow(/holds 1 fonts/);
  });
});

describe('a file that is no TrueType font', () => {
  const reason = (bytes: Uint8Array) => {
    try {
      readTrueType(bytes);
      return 'read';
    } catch (error) {
      expect(error).toBeInstanceOf(FontError);
      return (error as Error).message;
    }
  };
  const bytes = (s: string, size = 64) => {
    const b = new Uint8Array(size);
    b.set([...s].map((c) => c.charCodeAt(0)));
    return b;
  };

  it('is refused with a reason the user can act on', () => {
    expect(reason(bytes('OTTO'))).toMatch(/PostScript \(CFF\).*\.ttf/);
    expect(reason(bytes('wOFF'))).toMatch(/WOFF/);
    expect(reason(bytes('%PDF-1.7'))).toMatch(/not a TrueType font/);
    expect(reason(new Uint8Array(4))).toMatch(/too short/);
  });

  it('is refused when truncated or damaged, never read past its end', () => {
    const whole = readFileSync(boldFile);
    expect(reason(new Uint8Array(whole.subarray(0, 4096)))).toMatch(/truncated or damaged/);
    // The glyph table's length claimed twice as long.
    const damaged = new Uint8Array(whole);
    const view = new DataView(damaged.buffer);
    for (let i = 0; i < view.getUint16(4); i++) {
      const rec = 12 + 16 * i;
      if (String.fromCharCode(...damaged.subarray(rec, rec + 4)) === 'glyf') view.setUint32(rec + 12, view.getUint32(rec + 12) * 2);
    }
    expect(reason(damaged)).toMatch(/truncated or damaged/);
  });
});
