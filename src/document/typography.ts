/**
 * The typography every printed format shares (DOCX, PDF): the page, the sizes and the line
 * pitches of a Chinese tender, and an English one. In Word's units — twips (1/20 pt) and
 * half-points — because Word is where tenders are edited; the PDF layout converts.
 * The font *names* are each format's own (Word names 宋体; the PDF embeds Noto Serif SC).
 */
import type { Locale } from './nodes.ts';

/** Page geometry in twips: A4, margins as tenders use (2.54 cm top/bottom, 3.17 cm left/right). */
export const PAGE = { width: 11906, height: 16838, top: 1440, bottom: 1440, left: 1800, right: 1800, header: 851, footer: 992 };
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

export interface TypeSizes {
  /** Half-points: 24 = 小四 (12 pt). */
  size: number;
  headingSizes: [number, number, number, number];
  /** First-line indent of body text, in twips (two characters in Chinese). */
  indent: number;
  /**
   * Line pitch in twips, as a fixed value (固定值), for body, headings and table cells: the
   * same on every machine whatever font stands in for 宋体, so page numbers worked out here
   * match the pages Word and LibreOffice lay out.
   */
  lines: { body: number; heading: number; table: number };
  /** The running header's and footer's size, half-points (小五). */
  furniture: number;
}

export const TYPE_SIZES: Record<Locale, TypeSizes> = {
  zh: { size: 24, headingSizes: [32, 28, 24, 24], indent: 480, lines: { body: 400, heading: 520, table: 320 }, furniture: 18 },
  en: { size: 22, headingSizes: [30, 26, 24, 22], indent: 0, lines: { body: 340, heading: 480, table: 300 }, furniture: 18 },
};

/** Table text, in half-points: a size below the body's (五号 10.5 pt under 小四). */
export const tableSize = (t: TypeSizes) => t.size - 3;
