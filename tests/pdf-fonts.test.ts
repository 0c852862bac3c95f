/**
 * The embedded fonts (src/render/pdf/fonts.ts). @pdf-lib/fontkit 1.1.1 writes a small
 * TrueType subset with short `loca` offsets but copies odd-length glyph records unpadded,
 * so every glyph after one is read a byte off ("项目背景" printed as "背景"). The regression
 * test subsets a short heading in the bold face alone, as a document's heading font is, parses
 * the subset back and checks each character's outline is the original's.
 */
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { loadFace, metricsOf } from '../src/render/pdf/fonts.ts';

type Font = ReturnType<typeof fontkit.create>;

function subsetBytes(font: Font, text: string): Promise<Uint8Array> {
  const subset = (font as unknown as { createSubset(): { includeGlyph(g: unknown): number; encodeStream(): NodeJS.ReadableStream } }).createSubset();
  for (const ch of text) subset.includeGlyph(font.glyphForCodePoint(ch.codePointAt(0)!));
  const chunks: Uint8Array[] = [];
  const stream = subset.encodeStream() as unknown as { on(e: string, f: (c?: Uint8Array) => void): void };
  return new Promise((done) => {
    stream.on('data', (c) => chunks.push(c!));
    stream.on('end', () => done(new Uint8Array(Buffer.concat(chunks))));
  });
}

describe('the embedded faces', () => {
  it('subset a short heading whole: each glyph of the subset draws its own character', async () => {
    const { font } = loadFace('bold');
    const text = '项目背景与售后服务';
    const bytes = await subsetBytes(font, text);
    // Small enough for the short loca format, where the bug was.
    expect(bytes.length).toBeLessThan(64 * 1024);
    const back = fontkit.create(bytes as unknown as Buffer) as Font;
    [...text].forEach((ch, i) => {
      const original = font.glyphForCodePoint(ch.codePointAt(0)!);
      // The subset numbers glyphs in order of inclusion after .notdef.
      const copy = back.getGlyph(i + 1);
      expect(copy.path.toSVG(), ch).toBe(original.path.toSVG());
    });
  });

  it('measure every character of a tender and know which they lack', () => {
    const body = metricsOf('body');
    for (const ch of '售后服务方案，（）：；0123456789ABCabc●○□★—–·') expect(body.advance(ch.codePointAt(0)!), ch).toBeGreaterThan(0);
    expect(body.advance(0xe000)).toBe(-1); // private use
  });
});
