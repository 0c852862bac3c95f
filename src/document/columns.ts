/**
 * Table column widths, as a browser lays out a table: each column's share of the width by
 * the builder's relative `widths`, but never less than its minimum (its widest unbreakable
 * piece); what the minimums add is taken from the columns with room to spare. When the
 * minimums do not fit at all, they shrink in proportion. Units are the caller's (twips for
 * DOCX, points for the PDF layout): each renderer measures its minimums its own way.
 */
export function shareWidths(hints: readonly number[], mins: readonly number[], total: number): number[] {
  const needed = mins.reduce((a, c) => a + c, 0);
  if (needed > total) return mins.map((m) => (m / needed) * total);
  const sum = hints.reduce((a, c) => a + c, 0);
  const wanted = hints.map((w, i) => Math.max((w / sum) * total, mins[i]!));
  const excess = wanted.reduce((a, c) => a + c, 0) - total;
  const spare = wanted.map((w, i) => w - mins[i]!);
  const room = spare.reduce((a, c) => a + c, 0);
  return wanted.map((w, i) => w - (room > 0 ? (excess * spare[i]!) / room : 0));
}
