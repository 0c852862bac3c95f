/**
 * Table column widths, as a browser lays out a table: each column's share of the width by
 * the builder's relative `widths`, but never less than its minimum (its widest unbreakable
 * piece); what the minimums add is taken from the columns with room to spare. When the
 * minimums do not fit at all, the widest columns give way, down to a common width, so that
 * a narrow column (a number, a mark) keeps what it needs and only the long pieces are cut. Units are the caller's (twips for
 * DOCX, points for the PDF layout): each renderer measures its minimums its own way.
 */
export function shareWidths(hints: readonly number[], mins: readonly number[], total: number): number[] {
  const needed = mins.reduce((a, c) => a + c, 0);
  if (needed > total) {
    // The cap at which the capped minimums fill the width exactly.
    const sorted = [...mins].sort((a, b) => a - b);
    let below = 0;
    let cap = total / mins.length;
    for (let i = 0; i < sorted.length; i++) {
      const c = (total - below) / (sorted.length - i);
      if (sorted[i]! >= c) {
        cap = c;
        break;
      }
      below += sorted[i]!;
    }
    return mins.map((m) => Math.min(m, cap));
  }
  const sum = hints.reduce((a, c) => a + c, 0);
  const wanted = hints.map((w, i) => Math.max((w / sum) * total, mins[i]!));
  const excess = wanted.reduce((a, c) => a + c, 0) - total;
  const spare = wanted.map((w, i) => w - mins[i]!);
  const room = spare.reduce((a, c) => a + c, 0);
  return wanted.map((w, i) => w - (room > 0 ? (excess * spare[i]!) / room : 0));
}
