/**
 * The format-neutral document model: what every output (DOCX, Markdown, later PDF and the
 * site) is rendered from. Builders (builders/) turn the typed model and the prose templates
 * into these nodes; renderers (src/render/<format>/) are exhaustive tables over `Block['kind']`,
 * so a new kind does not compile until every format handles it. Nodes hold no logic and no
 * formatting decisions beyond their meaning: numbering, wording and values are settled here,
 * fonts and units in the renderers.
 */
import type { Duration } from '../schema/primitives.ts';

export type Locale = 'zh' | 'en';

/** What a resolved value stands for, kept beside its words so tests can check the typed value. */
export type Value = { kind: 'duration'; duration: Duration };

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; text: string }
  | { kind: 'emphasis'; text: string }
  /** A value from the typed source, already worded in the document's language. */
  | { kind: 'value'; text: string; value: Value };

export interface Cell {
  runs: Inline[];
  /** Columns this cell spans (default 1). */
  colSpan?: number;
  /** Rows this cell spans downwards (default 1); the cells it covers are left out of the rows below. */
  rowSpan?: number;
  align?: 'left' | 'center' | 'right';
  /** Room to write in by hand, in lines (a form's blank answer): printed formats make the row this tall. */
  writeIn?: number;
}

/** The title of a one-part document (a letter, a table, a certificate): centred, larger, unnumbered. */
export interface Title {
  kind: 'title';
  text: string;
}

export interface Heading {
  kind: 'heading';
  /** 1 = chapter. */
  level: 1 | 2 | 3 | 4;
  /** The number as the document writes it: "一、", "（一）", "1.", "（1）"; "1", "1.1" in English. */
  number: string;
  text: string;
  /** Stable anchor (bookmark) for the table of contents. */
  id: string;
}

export interface Paragraph {
  kind: 'paragraph';
  runs: Inline[];
  /** Body text: first line indented two characters (Chinese) — off for letters' salutations, signatures. */
  indent: boolean;
  align?: 'left' | 'center' | 'right' | 'justify';
}

export interface List {
  kind: 'list';
  ordered: boolean;
  items: Inline[][];
}

export interface Table {
  kind: 'table';
  /**
   * Relative widths of the columns (any unit). Renderers first give each column what its
   * longest unbreakable piece needs (a word, a value), then share out the rest by these.
   */
  widths: number[];

  /** Header rows, repeated at the top of every page. */
  header: Cell[][];
  rows: Cell[][];
  caption?: string;
}

export interface KeyValue {
  kind: 'key-value';
  items: { key: string; value: Inline[] }[];
}

/** The signature and seal block at the end of a letter or plan. */
export interface Signature {
  kind: 'signature';
  lines: { label: string; value: string }[];
  /** The date line, already worded ("2026年12月1日"), or blank to fill in by hand ("    年  月  日"). */
  date: string;
}

export interface Cover {
  kind: 'cover';
  title: string;
  subtitle?: string;
  fields: { label: string; value: string }[];
  date: string;
}

export interface PageBreak {
  kind: 'page-break';
}

export interface Toc {
  kind: 'toc';
  title: string;
  /** Heading levels listed (1..levels). */
  levels: 1 | 2 | 3;
}

export type Block = Cover | Title | Heading | Paragraph | List | Table | KeyValue | Signature | PageBreak | Toc;
export type BlockKind = Block['kind'];

export interface DocumentMeta {
  /** What the document is, for file names and the manifest: proposal, letter, deviation … */
  kind: string;
  /** Which one of several of a kind for the bid (the course of a syllabus). */
  part?: string;
  bid: string;
  locale: Locale;
  title: string;
  subject: string;
  author: string;
  keywords: string[];
  /** The running header (the project's name). */
  header: string;
  /** The date the document is dated; also its creation date in the file's properties. */
  date: string;
  /**
   * The organisation's own font files for a printed face (absolute paths), where it names
   * them; the PDF uses its bundled faces for the others.
   */
  fonts?: Partial<Record<'body' | 'bold', { file: string; index: number }>>;
}

export interface Document {
  meta: DocumentMeta;
  blocks: Block[];
}
