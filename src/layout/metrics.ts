/**
 * What the layout knows of a font: how wide each character is, and how high the face
 * stands. The PDF renderer gives the embedded fonts' metrics (render/pdf/fonts.ts); tests
 * can give any. Pure: no font file is read here.
 */

/** The faces a document uses: body text (宋体-like, Latin included) and bold (黑体-like: headings, strong text, table headers). */
export type Face = 'body' | 'bold';

export interface FontMetrics {
  /** Advance width of a code point, in ems; -1 when the font has no glyph for it. */
  advance(codePoint: number): number;
  /** Above and below the baseline, in ems (positive). */
  ascent: number;
  descent: number;
}

export type Fonts = Record<Face, FontMetrics>;
