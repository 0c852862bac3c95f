/**
 * Characters the PDF's fonts cannot draw. A PDF shows a missing glyph as a blank or a box, and
 * the evaluator never knows a word was lost; so every character of the document is looked up
 * in both of the document's faces before anything is written, and each one neither has is reported
 * with the first place it stands. (Word substitutes a font; the DOCX needs no such check.)
 */
import type { Document } from '../../document/nodes.ts';
import { textsOf } from '../../document/texts.ts';
import { facesOf, metricsOf } from './fonts.ts';

export interface MissingGlyph {
  char: string;
  where: string;
}

export function missingGlyphs(doc: Document): MissingGlyph[] {
  const { body, bold } = facesOf(doc.meta);
  const faces = [metricsOf(body), metricsOf(bold)];
  const found = new Map<string, MissingGlyph>();
  for (const piece of textsOf(doc)) {
    for (const ch of piece.text) {
      if (found.has(ch) || /\s/.test(ch)) continue;
      const cp = ch.codePointAt(0)!;
      if (faces.every((f) => f.advance(cp) < 0)) found.set(ch, { char: ch, where: piece.where });
    }
  }
  return [...found.values()];
}
