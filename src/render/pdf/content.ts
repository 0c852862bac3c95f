/**
 * A page frame's drawing as a PDF content stream, written directly and compactly: all rules
 * as one path (stroked once per line width), then all text in one text object, switching font,
 * size and character spacing only when they change. pdf-lib's drawing calls wrap every string
 * in its own state save, text object, font, colour and matrix (about 90 bytes of operators per
 * piece of text, several hundred thousand on a long document). Rules and text never overlap,
 * so drawing the rules first changes nothing on the page.
 */
import type { Face } from '../../layout/metrics.ts';
import type { Op } from '../../layout/pages.ts';

/** A number to `places` decimals (points: a hundredth is a fraction of a printer's dot), without trailing zeros. */
export const num = (n: number, places = 2): string => {
  const r = Math.round(n * 10 ** places) / 10 ** places;
  return Object.is(r, -0) ? '0' : String(r);
};

export interface ContentFonts {
  /** The resource name of a face (F1, F2…). */
  name(face: Face): string;
  /** A text as the face's hex glyph codes. */
  encode(face: Face, text: string): string;
}

export function contentStream(ops: readonly Op[], pageHeight: number, fonts: ContentFonts): string {
  const out: string[] = [];
  const rules = ops.filter((o) => o.kind === 'rule');
  let width = Number.NaN;
  for (const r of rules) {
    if (r.width !== width) {
      if (!Number.isNaN(width)) out.push('S');
      width = r.width;
      out.push(`${num(width)} w`);
    }
    out.push(`${num(r.x1)} ${num(pageHeight - r.y1)} m ${num(r.x2)} ${num(pageHeight - r.y2)} l`);
  }
  if (rules.length) out.push('S');
  const texts = ops.filter((o) => o.kind === 'text' && o.text !== '');
  if (texts.length) {
    out.push('BT');
    let font = '';
    let spacing = 0;
    for (const t of texts) {
      if (t.kind !== 'text') continue;
      const f = `/${fonts.name(t.face)} ${num(t.size)} Tf`;
      if (f !== font) {
        font = f;
        out.push(f);
      }
      if (t.charSpacing !== spacing) {
        spacing = t.charSpacing;
        // A thousandth: the spacing adds up over every character of a justified line.
        out.push(`${num(spacing, 3)} Tc`);
      }
      out.push(`1 0 0 1 ${num(t.x)} ${num(pageHeight - t.y)} Tm <${fonts.encode(t.face, t.text)}> Tj`);
    }
    out.push('ET');
  }
  return out.join('\n');
}
