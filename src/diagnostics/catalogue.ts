/**
 * The catalogue of every problem that is not a rule's: content that cannot be read, data
 * the schema rejects, templates that do not render, documents `audit` cannot open, and
 * mistakes in how the command was called. After Astro's `core/errors/errors-data.ts`: each
 * has a permanent id (never renamed or reused once released), a title, its message and
 * hint, and a page in docs/errors/<id>.md. A test fails when src/ uses an id that is not
 * here, or an entry lacks its page.
 *
 * Wording (Astro's errors README): the message says what happened and why, as a full
 * sentence, without "Error:"; the hint says what to do.
 */
import type { Diagnostic, Related, Severity, SourceRef } from './diagnostic.ts';

export interface ErrorData<P = void> {
  /** Permanent: `group/name`. */
  id: string;
  /** One line for the docs index. */
  title: string;
  severity: Severity;
  message: string | ((params: P) => string);
  hint?: string | ((params: P) => string);
}

const defineError = <P = void>(error: ErrorData<P>): ErrorData<P> => error;

// ── Reading a file (content, templates) ───────────────────────────────────────────────

export const ParseTooLarge = defineError<{ limit: string }>({
  id: 'parse/too-large',
  title: 'A content file is larger than content ever is',
  severity: 'error',
  message: (p) => `This file is larger than ${p.limit}, the limit for a content file; real content files are a few kilobytes.`,
  hint: 'Split it into several files, or move data that is not content out of content/.',
});

export const ParseEmpty = defineError({
  id: 'parse/empty',
  title: 'A content file is empty',
  severity: 'error',
  message: 'This file is empty.',
  hint: 'Write its content, or delete the file.',
});

export const ParseBinary = defineError({
  id: 'parse/binary',
  title: 'A content file is binary, not text',
  severity: 'error',
  message: 'This file is binary, not text.',
  hint: 'Content files are UTF-8 YAML or Markdown; move this file out of content/.',
});

export const ParseEncoding = defineError<{ utf16: boolean }>({
  id: 'parse/encoding',
  title: 'A content file is not UTF-8',
  severity: 'error',
  message: (p) => (p.utf16 ? 'This file is UTF-16 text; content files are UTF-8.' : 'This file is not valid UTF-8 (perhaps GBK).'),
  hint: (p) =>
    p.utf16
      ? 'Save it as UTF-8 (in most editors: Save with Encoding → UTF-8), or `iconv -f UTF-16 -t UTF-8 in.yaml > out.yaml`.'
      : 'Save it as UTF-8, e.g. `iconv -f GBK -t UTF-8 in.yaml > out.yaml`.',
});

export const ParseTooDeep = defineError<{ limit: number }>({
  id: 'parse/too-deep',
  title: 'A content file nests values absurdly deep',
  severity: 'error',
  message: (p) => `Values here are nested more than ${p.limit} levels deep; real content is nested a handful of levels.`,
  hint: 'Check for a run of unclosed [ or { brackets, or indentation that keeps growing.',
});

// ── The project folder ──────────────────────────────────────────────────────────────

export const FilesNotAFile = defineError<{ kind: string }>({
  id: 'files/not-a-file',
  title: 'A pipe, socket or device where a file should be',
  severity: 'error',
  message: (p) => `This is ${p.kind}, not a regular file, so it cannot be read as content.`,
  hint: 'Remove it from the project folder.',
});

export const FilesUnreadable = defineError<{ what: string }>({
  id: 'files/unreadable',
  title: 'A file or folder cannot be read',
  severity: 'error',
  message: (p) => `${p.what} cannot be read.`,
  hint: 'Check its permissions, or move it out of the project; if the folder was changing, run the command again.',
});

export const FilesBrokenLink = defineError<{ path: string; loop: boolean }>({
  id: 'files/broken-link',
  title: 'A symbolic link leads nowhere, or in a loop',
  severity: 'error',
  message: (p) => (p.loop ? `${p.path} is a symbolic link that loops back on itself.` : `${p.path} is a symbolic link to something that does not exist.`),
  hint: 'Remove the link, or point it at a real file inside the project.',
});

export const FilesOutsideProject = defineError<{ path: string }>({
  id: 'files/outside-project',
  title: 'A symbolic link leads out of the project',
  severity: 'error',
  message: (p) => `${p.path} is a symbolic link to a place outside the project; aftercare does not follow it.`,
  hint: 'Copy the file into the project instead of linking to it, so the project holds everything it is built from.',
});

export const ParseFrontMatter = defineError({
  id: 'parse/front-matter',
  title: 'A Markdown entry has no front matter',
  severity: 'error',
  message: 'This Markdown file has no front matter.',
  hint: "Start the file with a `---` line, the entry's fields in YAML, and another `---` line.",
});

export const ParseYaml = defineError<{ reason: string }>({
  id: 'parse/yaml',
  title: 'The YAML cannot be read',
  severity: 'error',
  message: (p) => `The YAML cannot be read: ${p.reason}.`,
  hint: 'Check the indentation and quoting here; values containing ": " or starting with "*", "&" or "!" need quotes.',
});

export const ParseDuplicateKey = defineError({
  id: 'parse/duplicate-key',
  title: 'A key appears twice in one mapping',
  severity: 'error',
  message: 'This key appears twice in the same mapping.',
  hint: 'Keep one of the two keys: a value stated twice is exactly the contradiction this tool exists to prevent.',
});

// ── The schema ────────────────────────────────────────────────────────────────────────

export const SchemaInvalidField = defineError<{ field: string; problem: string } | { collection: string; found: 'a list' | 'a single value' }>({
  id: 'schema/invalid-field',
  title: 'A field has a value of the wrong type or outside its allowed values',
  severity: 'error',
  message: (p) =>
    'collection' in p ? `A ${p.collection} entry is a mapping of fields, but this file holds ${p.found}.` : `${p.field}: ${p.problem}`,
  hint: (p) => ('collection' in p ? 'Write `field: value` lines at the top level.' : ''),
});

export const SchemaMissingField = defineError<{ field: string; key: string }>({
  id: 'schema/missing-field',
  title: 'A required field is missing',
  severity: 'error',
  message: (p) => `${p.field} is required but missing.`,
  hint: (p) => `Add \`${p.key}:\` here.`,
});

export const SchemaUnknownKey = defineError<{ key: string; parent?: string; guess?: string; known: readonly string[] }>({
  id: 'schema/unknown-key',
  title: 'A key is not a field of the schema (often a typo)',
  severity: 'error',
  message: (p) => `\`${p.key}\` is not a field here${p.parent ? ` (in ${p.parent})` : ''}.`,
  hint: (p) =>
    p.guess ? `Did you mean \`${p.guess}\`?` : p.known.length ? `Known fields: ${p.known.map((k) => `\`${k}\``).join(', ')}.` : 'Remove it.',
});

// ── The project folder ────────────────────────────────────────────────────────────────

export const ProjectNoContent = defineError<{ contentDir: string; root: string }>({
  id: 'project/no-content',
  title: 'The project folder has no content/ folder',
  severity: 'error',
  message: (p) => `There is no ${p.contentDir}/ folder in ${p.root}.`,
  hint: 'Run aftercare in a project folder, or pass --root DIR.',
});

export const ProjectUnknownCollection = defineError<{ path: string; folder: boolean; collections: readonly string[] }>({
  id: 'project/unknown-collection',
  title: 'A folder or file under content/ is not in a collection, and is ignored',
  severity: 'warning',
  message: (p) =>
    p.folder ? `The folder ${p.path}/ is not a content collection and is ignored.` : `${p.path} is not inside a collection folder and is ignored.`,
  hint: (p) =>
    p.folder ? `Collections are: ${p.collections.join(', ')}.` : `Move it into one of: ${p.collections.map((c) => `content/${c}/`).join(', ')}.`,
});

export const ProjectDuplicateId = defineError<{ file: string; collection: string; id: string }>({
  id: 'project/duplicate-id',
  title: 'Two files give an entry the same id',
  severity: 'error',
  message: (p) => `${p.file} is a second ${p.collection} entry with the id "${p.id}": an entry's id is its file name without the extension or folder, so the two would be one entry on the site.`,
  hint: 'Rename one of the files (the id is how bids refer to an entry), or delete the copy.',
});

// ── Templates ─────────────────────────────────────────────────────────────────────────

export const TemplateUnknownPlaceholder = defineError<
  { placeholder: string; forBid: string; fields?: readonly string[] } | { helper: string; helpers: readonly string[] }
>({
  id: 'template/unknown-placeholder',
  title: 'A template names a field or helper that does not exist',
  severity: 'error',
  message: (p) => ('helper' in p ? `The helper "${p.helper}" does not exist.` : `The placeholder "${p.placeholder}" names nothing in the content ${p.forBid}.`),
  hint: (p) =>
    'helper' in p
      ? `Helpers: ${p.helpers.join(', ')}.`
      : p.fields
        ? `Check the spelling; here the fields are: ${p.fields.join(', ')}.`
        : 'Check the spelling against the content schema (see schemas/*.schema.json).',
});

export const TemplateLookup = defineError<{ reason: string; forBid: string; static: boolean }>({
  id: 'template/lookup',
  title: 'A number a template looks up matches no commitment, or several different ones',
  severity: 'error',
  message: (p) => `A number in this template cannot be looked up: ${p.reason} ${p.forBid}.`,
  hint: (p) =>
    p.static
      ? 'State the commitment in content/, or name conditions that exactly one commitment covers.'
      : 'State the commitment in content/, or ask for conditions that one commitment covers.',
});

export const TemplateSyntax = defineError<{ reason: string }>({
  id: 'template/syntax',
  title: 'A template cannot be parsed',
  severity: 'error',
  message: (p) => `The template cannot be read: ${p.reason}.`,
  hint: 'Check that every {{#block}} has its {{/block}} and every {{ has its }}.',
});

// ── Documents built from the content ─────────────────────────────────────────────────

export const DocumentAnonymityLeak = defineError<{ bid: string; what: string; text: string; where: string }>({
  id: 'document/anonymity-leak',
  title: 'A 暗标 (anonymous) volume names the bidder',
  severity: 'error',
  message: (p) => `The 暗标 volume of bid "${p.bid}" names the bidder: ${p.what}, "${p.text}", stands ${p.where}.`,
  hint: 'Reword the content text or template that carries it into the volume so that it does not name the bidder; the volume is scored blind.',
});

export const DocumentMissingGlyph = defineError<{ bid: string; document: string; char: string; code: string; where: string; fonts: string }>({
  id: 'document/missing-glyph',
  title: "A character the PDF's fonts cannot draw",
  severity: 'error',
  message: (p) => `The PDF ${p.document} of bid "${p.bid}" holds "${p.char}" (${p.code}), which neither of its fonts (${p.fonts}) can draw; it stands ${p.where}.`,
  hint: 'Replace the character in the content or template text with one the fonts hold (a common character for a rare variant, a word for a symbol); a PDF would show a blank where it stands.',
});

export const DocumentCutWord = defineError<{ bid: string; document: string; text: string }>({
  id: 'document/cut-word',
  title: 'A word too wide for its line or table cell was broken inside',
  severity: 'warning',
  message: (p) => `In the PDF ${p.document} of bid "${p.bid}", "${p.text}" is wider than its line or table cell and has no place to break, so it was broken inside.`,
  hint: 'Shorten it or give it a place to break (a space, a comma); in a table, fewer or narrower columns leave each more room. The PDF is written, with nothing lost.',
});

export const DocumentFont = defineError<{ file: string; face: 'body' | 'bold'; reason: string }>({
  id: 'document/font',
  title: 'A font named for the PDFs cannot be used',
  severity: 'error',
  message: (p) => `The ${p.face === 'body' ? 'body' : 'bold (heading)'} font "${p.file}" named in print.fonts cannot be used: ${p.reason}.`,
  hint: (p) =>
    `Point print.fonts.${p.face}.file at a TrueType font of your own (a .ttf, or a .ttc with its \`index\`, e.g. simsun.ttc for 宋体), relative to the project folder; or remove it to print in the bundled Noto fonts.`,
});

// ── aftercare audit: documents (src/audit words these; the ids are catalogued here) ──

export const AuditUnreadable = defineError({
  id: 'audit/unreadable',
  title: 'A document to audit does not exist or is not a file',
  severity: 'error',
  message: 'The named document does not exist, or is not a file.',
  hint: 'Check the path; name the document files to audit.',
});

export const AuditTooLarge = defineError({
  id: 'audit/too-large',
  title: 'A document to audit is too large',
  severity: 'error',
  message: 'The document is over the size limit for an audit.',
  hint: 'Audit the after-sales chapter on its own.',
});

export const AuditFormat = defineError({
  id: 'audit/format',
  title: 'A document is in a format audit cannot read (.doc, .wps, binary, damaged .docx or PDF, a scan)',
  severity: 'error',
  message: 'The document is not a .txt, .md or readable .docx or .pdf file.',
  hint: 'Save it as .docx, or copy its text into a .txt file, and audit that.',
});

export const AuditNoPdfReader = defineError({
  id: 'audit/no-pdf-reader',
  title: "A PDF to audit, and poppler's pdftotext is not installed",
  severity: 'error',
  message: "PDFs are read with poppler's pdftotext, which is not installed.",
  hint: 'Install poppler (Debian/Ubuntu: `sudo apt-get install poppler-utils`; macOS: `brew install poppler`), or audit the .docx the PDF was made from.',
});

export const AuditEncoding = defineError({
  id: 'audit/encoding',
  title: 'A text document is not UTF-8',
  severity: 'error',
  message: 'The document is not UTF-8 (perhaps GBK).',
  hint: 'Save it as UTF-8, e.g. `iconv -f GBK -t UTF-8 in.txt > out.txt`.',
});

export const AuditConflict = defineError({
  id: 'audit/conflict',
  title: 'A document states the same commitment twice with different values',
  severity: 'error',
  message: 'The same target under overlapping conditions is stated with two values.',
  hint: 'Keep one value, or state the conditions (severity, zone, working hours, season, asset) that make both true.',
});

export const AuditRequirementNotMet = defineError({
  id: 'audit/requirement-not-met',
  title: "A document's offer falls short of a requirement it quotes",
  severity: 'error',
  message: 'The offer stated in the document does not meet the requirement stated beside it.',
  hint: 'Keep one value, or state the conditions (severity, zone, working hours, season, asset) that make both true.',
});

export const AuditBlank = defineError({
  id: 'audit/blank',
  title: 'A document leaves the number of a time limit blank',
  severity: 'error',
  message: 'A time in the document is missing its number.',
  hint: 'Fill in the number before the document goes out.',
});

export const AuditMismatch = defineError({
  id: 'audit/mismatch',
  title: 'A document states a value the typed content does not support',
  severity: 'error',
  message: 'A value in the document differs from the typed content.',
  hint: 'Correct the document to the typed value, or change the content if the document is right.',
});

// ── The command line (printed with the command's usage; exit code 2) ─────────────────

export const UsageUnknownCommand = defineError<{ name: string }>({
  id: 'usage/unknown-command',
  title: 'The command does not exist',
  severity: 'error',
  message: (p) => `unknown command "${p.name}".`,
  hint: 'Run `aftercare --help` for the commands.',
});

export const UsageInvalidArguments = defineError<{ reason: string; guess?: string }>({
  id: 'usage/invalid-arguments',
  title: 'An option is unknown, lacks its value, or a positional argument is not allowed',
  severity: 'error',
  message: (p) => `${p.reason.replace(/\.$/, '')}${p.guess ? `. Did you mean ${p.guess}?` : '.'}`,
  hint: 'Run `aftercare <command> --help` for its options.',
});

export const UsageBadFormat = defineError<{ format: string }>({
  id: 'usage/bad-format',
  title: '--format is neither pretty nor json',
  severity: 'error',
  message: (p) => `--format must be pretty or json, not "${p.format}".`,
  hint: 'Use --format pretty (the default) or --format json.',
});

export const UsageBadOutput = defineError<{ reason: string }>({
  id: 'usage/bad-output',
  title: '--out names a place aftercare must not or cannot write',
  severity: 'error',
  message: (p) => `--out: ${p.reason}`,
  hint: 'Write into an output folder such as out/, or give a file name there.',
});

export const UsageNoDocuments = defineError({
  id: 'usage/no-documents',
  title: 'aftercare audit was given no document',
  severity: 'error',
  message: 'Name at least one document to audit.',
  hint: 'aftercare audit FILE… (.txt, .md or .docx).',
});

export const UsageUnknownBid = defineError<{ bid: string; bids: readonly string[] }>({
  id: 'usage/unknown-bid',
  title: 'A command names a bid the content does not have',
  severity: 'error',
  message: (p) => `There is no bid "${p.bid}"; bids: ${p.bids.join(', ') || 'none'}.`,
  hint: 'Name a bid by its file name under content/bids/, or give --against without a bid.',
});

/** Every entry, by id. */
export const CATALOGUE: ReadonlyMap<string, ErrorData<never>> = new Map(
  [
    ParseTooLarge, ParseEmpty, ParseBinary, ParseEncoding, ParseFrontMatter, ParseYaml, ParseDuplicateKey,
    SchemaInvalidField, SchemaMissingField, SchemaUnknownKey,
    ParseTooDeep, FilesNotAFile, FilesUnreadable, FilesBrokenLink, FilesOutsideProject,
    ProjectNoContent, ProjectUnknownCollection, ProjectDuplicateId,
    TemplateUnknownPlaceholder, TemplateLookup, TemplateSyntax, DocumentAnonymityLeak, DocumentMissingGlyph, DocumentFont, DocumentCutWord,
    AuditUnreadable, AuditTooLarge, AuditFormat, AuditNoPdfReader, AuditEncoding, AuditConflict, AuditRequirementNotMet, AuditBlank, AuditMismatch,
    UsageUnknownCommand, UsageInvalidArguments, UsageBadFormat, UsageBadOutput, UsageNoDocuments, UsageUnknownBid,
  ].map((e) => [e.id, e as ErrorData<never>]),
);

const fill = <P>(text: string | ((p: P) => string), params: P) => (typeof text === 'function' ? text(params) : text);

/** The message of an entry for these parameters. */
export const messageOf = <P>(error: ErrorData<P>, params: P): string => fill(error.message, params);

/** The hint of an entry for these parameters (undefined when it has none, or an empty one). */
export const hintOf = <P>(error: ErrorData<P>, params: P): string | undefined => (error.hint === undefined ? undefined : fill(error.hint, params) || undefined);

/**
 * A located diagnostic for a catalogue entry. `hint` overrides the catalogue's (for a
 * hint that depends on more than the message does, e.g. yaml's "did you mean").
 */
export function diagnosticFor<P>(
  error: ErrorData<P>,
  location: SourceRef,
  ...[params, extra]: P extends void ? [params?: P, extra?: { related?: Related[]; hint?: string }] : [params: P, extra?: { related?: Related[]; hint?: string }]
): Diagnostic {
  const hint = extra?.hint ?? hintOf(error, params as P);
  return {
    ruleId: error.id,
    severity: error.severity,
    message: messageOf(error, params as P),
    location,
    ...(extra?.related?.length ? { related: extra.related } : {}),
    ...(hint ? { hint } : {}),
  };
}
