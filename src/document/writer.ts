/**
 * Collects a document's blocks and numbers its headings as Chinese tenders do — 一、 for a
 * chapter, （一） for a section, 1. and （1） below — or 1, 1.1, 1.1.1 in English. Builders
 * call `heading(level, text)`; the numbers and anchors are settled here, once.
 */
import type { Block, Cell, Heading, Inline, Locale } from './nodes.ts';

const ZH_NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 12 → 十二, 23 → 二十三 (chapter numbers). */
export function chineseNumber(n: number): string {
  if (n <= 10) return ZH_NUMERALS[n]!;
  if (n < 20) return `十${ZH_NUMERALS[n - 10]}`;
  if (n < 100) return `${ZH_NUMERALS[Math.floor(n / 10)]}十${n % 10 ? ZH_NUMERALS[n % 10] : ''}`;
  return String(n);
}

export function headingNumber(counters: readonly number[], level: number, locale: Locale): string {
  const n = counters[level - 1]!;
  if (locale === 'en') return counters.slice(0, level).join('.');
  switch (level) {
    case 1:
      return `${chineseNumber(n)}、`;
    case 2:
      return `（${chineseNumber(n)}）`;
    case 3:
      return `${n}.`;
    default:
      return `（${n}）`;
  }
}

/** A heading as printed: "一、售后服务" (Chinese numbers carry their own punctuation), "1.2 Warranty". */
export const headingLine = (h: Heading) => `${h.number}${/[、）.]$/.test(h.number) ? '' : ' '}${h.text}`;

export class DocumentWriter {
  readonly blocks: Block[] = [];
  private readonly counters = [0, 0, 0, 0];

  constructor(readonly locale: Locale) {}

  /** Plain text as runs. */
  static runs(...parts: (string | Inline)[]): Inline[] {
    return parts.filter((p) => p !== '').map((p) => (typeof p === 'string' ? { kind: 'text', text: p } : p));
  }

  title(text: string): void {
    this.blocks.push({ kind: 'title', text });
  }

  heading(level: 1 | 2 | 3 | 4, text: string): void {
    this.counters[level - 1]!++;
    for (let l = level; l < this.counters.length; l++) this.counters[l] = 0;
    const number = headingNumber(this.counters, level, this.locale);
    this.blocks.push({ kind: 'heading', level, number, text, id: `h-${this.counters.slice(0, level).join('-')}` });
  }

  paragraph(...parts: (string | Inline)[]): void {
    this.blocks.push({ kind: 'paragraph', runs: DocumentWriter.runs(...parts), indent: true });
  }

  /** A paragraph without the first-line indent (salutations, lines of a letterhead). */
  line(...parts: (string | Inline)[]): void {
    this.blocks.push({ kind: 'paragraph', runs: DocumentWriter.runs(...parts), indent: false });
  }

  list(items: (string | Inline)[][], ordered = false): void {
    if (items.length) this.blocks.push({ kind: 'list', ordered, items: items.map((i) => DocumentWriter.runs(...i)) });
  }

  table(widths: number[], header: (string | Cell)[][], rows: (string | Inline[] | Cell)[][], caption?: string): void {
    const cell = (c: string | Inline[] | Cell): Cell => (typeof c === 'string' ? { runs: DocumentWriter.runs(c) } : Array.isArray(c) ? { runs: c } : c);
    this.blocks.push({ kind: 'table', widths, header: header.map((r) => r.map(cell)), rows: rows.map((r) => r.map(cell)), ...(caption ? { caption } : {}) });
  }

  keyValue(items: { key: string; value: string | Inline[] }[]): void {
    this.blocks.push({ kind: 'key-value', items: items.map((i) => ({ key: i.key, value: typeof i.value === 'string' ? DocumentWriter.runs(i.value) : i.value })) });
  }

  push(...blocks: Block[]): void {
    for (const b of blocks) this.blocks.push(b);
  }
}
