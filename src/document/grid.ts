/**
 * Where each cell of a table's rows sits. Rows list only the cells that start in them: a
 * cell spanning rows (`rowSpan`) is left out of the rows below, a cell spanning columns
 * (`colSpan`) takes the next columns of its row. Every renderer walks a table through this,
 * so none counts spans its own way.
 */
import type { Cell } from './nodes.ts';

export type Slot = { kind: 'cell'; cell: Cell; col: number } | { kind: 'covered'; col: number };

export function placeRows(rows: readonly Cell[][], width: number): Slot[][] {
  const covered: number[] = new Array(width).fill(0);
  return rows.map((row) => {
    const slots: Slot[] = [];
    let next = 0;
    for (let col = 0; col < width; ) {
      if (covered[col]! > 0) {
        covered[col]!--;
        slots.push({ kind: 'covered', col });
        col++;
        continue;
      }
      const cell = row[next++];
      if (!cell) break;
      if ((cell.rowSpan ?? 1) > 1) covered[col] = cell.rowSpan! - 1;
      slots.push({ kind: 'cell', cell, col });
      col += cell.colSpan ?? 1;
    }
    return slots;
  });
}
