/**
 * The `aftercare` command line. Exit codes: 0 clean (warnings allowed), 1 content errors,
 * 2 usage errors. Content problems are diagnostics, never stack traces.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { join, resolve } from 'node:path';
import type { CheckResult } from '../project.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { formatPretty, linesFrom } from '../diagnostics/format-pretty.ts';
import { formatJson } from '../diagnostics/format-json.ts';
import { writeAtomic } from '../export/write-atomic.ts';
import { refuseOutput } from '../files/output-path.ts';
import { UsageError, usageError } from './usage-error.ts';
import { messageOf, UsageBadFormat, UsageBadOutput, UsageInvalidArguments, UsageNoDocuments, UsageUnknownBid, UsageUnknownCommand } from '../diagnostics/catalogue.ts';
import { closest } from '../content/schema-issues.ts';
import type { DocumentKind } from '../document/index.ts';
import type { BidNode } from '../model/model.ts';

// Each command imports what it needs when it runs: `--help` and `rules` never evaluate the
// loader, the text reader or Handlebars; `validate` never evaluates the JSON Schema
// generator, TypeScript or the .docx reader. In the bundle these become lazy initialisers.
const project = () => import('../project.ts');

interface Command {
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Rewrites the arguments before parsing (for an option whose value is optional). */
  prepare?(args: string[]): string[];
  positionals?: boolean;
  run(values: Record<string, unknown>, positionals: string[]): Promise<number>;
}

const common = {
  root: { type: 'string', default: '.' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * Kinds with one document per course or per maintenance level and system: the options that
 * choose one, and the bid's choices (each a document's `part`).
 */
interface Parts {
  usage: string;
  options: Record<string, { type: 'string' }>;
  /** The default file's name, with placeholders. */
  file: string;
  named(v: Record<string, unknown>): string | undefined;
  choices(bid: BidNode): string[];
  /** For messages: one, several, how to name one, what the bid lacks without any. */
  one: string;
  several: string;
  how: string;
  document: string;
}

/** One document per course of the bid, chosen with --course. */
const perCourse = (file: string, document: string): Parts => ({
  usage: '  --course ID      the course (its file name in content/courses/); needed when the bid has several',
  options: { course: { type: 'string' } },
  file,
  named: (v) => v.course as string | undefined,
  choices: (bid) => bid.courses.map((c) => c.id),
  one: 'course',
  several: 'courses',
  how: 'with --course',
  document,
});

const PARTS: Partial<Record<DocumentKind, Parts>> = {
  syllabus: perCourse('syllabus-COURSE', 'syllabus'),
  'course-pack': perCourse('course-pack-COURSE', 'course pack'),
  checklist: {
    usage: '  --system ID      the system (e.g. cctv) and\n  --level ID       the maintenance level (e.g. quarterly); needed when the bid has several',
    options: { system: { type: 'string' }, level: { type: 'string' } },
    file: 'checklist-SYSTEM-LEVEL',
    named: (v) => (v.system === undefined && v.level === undefined ? undefined : `${v.system ?? '?'}-${v.level ?? '?'}`),
    choices: (bid) => bid.maintenance.flatMap((m) => m.data.levels.map((l) => `${m.data.system}-${l.id}`)),
    one: 'maintenance level',
    several: 'maintenance levels (SYSTEM-LEVEL)',
    how: 'with --system and --level',
    document: 'checklist',
  },
};

const commands: Record<string, Command> = {
  validate: {
    summary: 'Check the content: schemas, references and every rule.',
    usage: `aftercare validate [--root DIR] [--format pretty|json] [--quiet]

  --root DIR       project folder holding content/ (default: .)
  --format F       pretty (default) or json
  --quiet          print errors only
Exit 0 when there is no error, 1 when there is, 2 on a usage error.`,
    options: { ...common, format: { type: 'string', default: 'pretty' }, quiet: { type: 'boolean' } },
    async run(v) {
      const { checkProject } = await project();
      const result = checkProject(resolve(String(v.root)));
      return report(result, String(v.format), !!v.quiet, String(v.root));
    },
  },
  export: {
    summary: 'Write the resolved model as JSON.',
    usage: `aftercare export [--root DIR] [--out FILE]

  --out FILE       where to write (default: out/model.json; - for standard output)
Refuses (exit 1) while the content has errors, so no output is ever half right.`,
    options: { ...common, out: { type: 'string', default: 'out/model.json' } },
    async run(v) {
      const [{ checkProject }, { modelJson }] = await Promise.all([project(), import('../export/model-json.ts')]);
      const root = resolve(String(v.root));
      const out = v.out === '-' ? undefined : resolve(root, String(v.out));
      if (out) refuse(out, root, 'file');
      const result = checkProject(root);
      if (hasErrors(result)) return report(result, 'pretty', true, String(v.root));
      const json = modelJson(result.model);
      if (out) writeAtomic(out, json);
      else process.stdout.write(json);
      return 0;
    },
  },
  schemas: {
    summary: 'Write a JSON Schema per collection, for editors.',
    usage: `aftercare schemas [--root DIR] [--out DIR]

  --out DIR        where to write (default: schemas/)`,
    options: { ...common, out: { type: 'string', default: 'schemas' } },
    async run(v) {
      const { jsonSchemas } = await import('../export/json-schemas.ts');
      const dir = resolve(String(v.root), String(v.out));
      refuse(dir, resolve(String(v.root)), 'folder');
      for (const [name, text] of Object.entries(jsonSchemas(schemaDir))) writeAtomic(join(dir, name), text);
      return 0;
    },
  },
  build: {
    summary: 'The main job: validate, then write the model JSON, the JSON Schemas and every document.',
    usage: `aftercare build [--root DIR] [--watch]

Validates the content; when it has no error, writes out/model.json, schemas/*.json and every
document of every bid (DOCX and Markdown, zh and en) with manifest.json in out/downloads/.
  --watch          build, then build again whenever content/ or templates/ change (Ctrl-C stops)`,
    options: { ...common, watch: { type: 'boolean' } },
    async run(v) {
      const root = resolve(String(v.root));
      const once = async () => {
        const [{ checkProject }, { modelJson }, { jsonSchemas }] = await Promise.all([
          project(),
          import('../export/model-json.ts'),
          import('../export/json-schemas.ts'),
        ]);
        const result = checkProject(root);
        const code = report(result, 'pretty', true, String(v.root));
        if (code !== 0) return code;
        writeAtomic(join(root, 'out/model.json'), modelJson(result.model));
        const schemas = Object.entries(jsonSchemas(schemaDir));
        for (const [name, text] of schemas) writeAtomic(join(root, 'schemas', name), text);
        process.stderr.write(`aftercare: wrote out/model.json and ${schemas.length} schemas in schemas/\n`);
        const { writeAllDocuments } = await import('./documents-command.ts');
        const written = await writeAllDocuments(result.model, join(root, 'out/downloads'), root);
        return reportDiagnostics(written.diagnostics, String(v.root));
      };
      if (!v.watch) return once();
      const { watchAndRebuild } = await import('./watch.ts');
      return watchAndRebuild(root, once);
    },
  },
  ...documentCommands(),
  audit: {
    summary: 'Find every commitment, contradiction and blank in bid documents (.txt, .md, .docx).',
    usage: `aftercare audit FILE… [--format pretty|json] [--against [BID]] [--root DIR]

  FILE…            the documents: .txt, .md or .docx (read paragraph by paragraph)
  --format F       pretty (default) or json
  --against [BID]  also compare every commitment with the typed content: of bid BID, or,
                   without BID, of the whole content (under --root)
Exit 0 when nothing is wrong, 1 on a conflict, blank or mismatch, 2 on a usage error.`,
    options: { ...common, format: { type: 'string', default: 'pretty' }, against: { type: 'string' } },
    positionals: true,
    prepare(args) {
      // `--against` takes a bid id or nothing: a following file name is a document.
      const i = args.indexOf('--against');
      if (i < 0) return args;
      const next = args[i + 1];
      const takesValue = next !== undefined && !next.startsWith('-') && !/\.(txt|md|markdown|docx|doc|pdf|wps)$/i.test(next);
      return takesValue ? args : [...args.slice(0, i), '--against=', ...args.slice(i + 1)];
    },
    async run(v, files) {
      const format = String(v.format);
      if (format !== 'pretty' && format !== 'json') throw usageError(UsageBadFormat, { format });
      if (files.length === 0) throw new UsageError(UsageNoDocuments);
      const { runAudit } = await import('./audit-command.ts');
      return runAudit(files, format, v.against as string | undefined, String(v.root));
    },
  },
  rules: {
    summary: 'List the rules; --write-readme refreshes the list in README.md.',
    usage: `aftercare rules [--root DIR] [--write-readme]`,
    options: { ...common, 'write-readme': { type: 'boolean' } },
    async run(v) {
      const { ruleListMarkdown, updateReadme } = await import('./rule-list.ts');
      if (v['write-readme']) {
        updateReadme(join(resolve(String(v.root)), 'README.md'));
        return 0;
      }
      process.stdout.write(`${ruleListMarkdown()}\n`);
      return 0;
    },
  },
};

/** `aftercare proposal BID`, `aftercare letter BID` …: one command per kind of document. */
function documentCommands(): Record<string, Command> {
  const kinds: Record<DocumentKind, string> = {
    proposal: 'the after-sales service plan (售后服务方案)',
    'proposal-anonymous': 'the plan for a 暗标 volume: no bidder-identifying text',
    letter: 'the commitment letter (服务承诺书)',
    deviation: 'the deviation table (偏离表)',
    'warranty-certificate': 'the warranty certificate (质量保修书)',
    manual: "the client's service manual (运维服务手册)",
    syllabus: 'the syllabus (培训大纲) of one course',
    'course-pack': "the trainer's pack (培训资料) of one course: module handouts, sign-in sheets, assessment sheet, training record",
    checklist: "a field engineer's checklist (巡检表) for one maintenance level of one system",
    'year-plan': 'the maintenance plan for the year (年度维护保养计划) on one page',
  };
  return Object.fromEntries(
    Object.entries(kinds).map(([kind, what]) => {
      const parts = PARTS[kind as DocumentKind];
      return [
        kind,
        {
          summary: `Write ${what} of a bid.`,
          usage: `aftercare ${kind} BID${parts ? ` [${Object.keys(parts.options).map((o) => `--${o} ID`).join(' ')}]` : ''} [--format docx|pdf|md] [--lang zh|en] [--out FILE] [--root DIR]

  BID              the bid's id (its file name in content/bids/)${parts ? `\n${parts.usage}` : ''}
  --format F       docx (default), pdf or md
  --lang L         zh (default) or en
  --out FILE       where to write (default: out/downloads/BID/${parts ? parts.file : kind}.LANG.FORMAT)`,
          options: { ...common, format: { type: 'string', default: 'docx' }, lang: { type: 'string', default: 'zh' }, out: { type: 'string' }, ...(parts?.options ?? {}) },
          positionals: true,
          async run(v, args) {
            const format = String(v.format);
            if (format !== 'docx' && format !== 'pdf' && format !== 'md') throw usageError(UsageBadFormat, { format });
            const lang = String(v.lang);
            if (lang !== 'zh' && lang !== 'en') throw usageError(UsageInvalidArguments, { reason: `--lang is zh or en, not "${lang}"` });
            if (args.length !== 1) throw usageError(UsageInvalidArguments, { reason: 'name one bid' });
            const bid = args[0]!;
            const root = resolve(String(v.root));
            if (v.out !== undefined) refuse(resolve(root, String(v.out)), root, 'file');
            const { checkProject } = await project();
            const result = checkProject(root);
            if (hasErrors(result)) return report(result, 'pretty', true, String(v.root));
            const node = result.model.bids.find((b) => b.entry.id === bid);
            if (!node) throw usageError(UsageUnknownBid, { bid, bids: result.model.bids.map((b) => b.entry.id) });
            const part = parts ? partOf(parts, node, parts.named(v)) : undefined;
            const out = resolve(root, v.out === undefined ? `out/downloads/${bid}/${kind}${part ? `-${part}` : ''}.${lang}.${format}` : String(v.out));
            refuse(out, root, 'file');
            const { writeOneDocument } = await import('./documents-command.ts');
            const written = await writeOneDocument(result.model, kind as DocumentKind, bid, lang, format, out, part);
            return reportDiagnostics(written.diagnostics, String(v.root));
          },
        } satisfies Command,
      ];
    }),
  );
}

/** The one of several a command is for (a course, a maintenance level): the one named, or the bid's only one. */
function partOf(parts: Parts, node: BidNode, named: string | undefined): string {
  const choices = parts.choices(node);
  const bid = node.entry.id;
  if (named !== undefined) {
    if (choices.includes(named)) return named;
    throw usageError(UsageInvalidArguments, { reason: `bid "${bid}" has no ${parts.one} "${named}"${closest(named, choices) ? ` (did you mean "${closest(named, choices)}"?)` : ''}; its ${parts.several}: ${choices.join(', ') || 'none'}` });
  }
  if (choices.length === 1) return choices[0]!;
  throw usageError(UsageInvalidArguments, { reason: choices.length ? `bid "${bid}" has ${choices.length} ${parts.several}: name one ${parts.how} (${choices.join(', ')})` : `bid "${bid}" has no ${parts.several}, so it has no ${parts.document}` });
}

function reportDiagnostics(diagnostics: Diagnostic[], root: string): number {
  if (!diagnostics.length) return 0;
  const errors = diagnostics.some((d) => d.severity === 'error');
  (errors ? process.stderr : process.stdout).write(`${formatPretty(diagnostics, linesFrom(resolve(root)), process.stdout.isTTY === true)}\n`);
  return errors ? 1 : 0;
}

function hasErrors(result: CheckResult): boolean {
  return result.diagnostics.some((d) => d.severity === 'error');
}

function report(result: CheckResult, format: string, quiet: boolean, root: string): number {
  if (format !== 'pretty' && format !== 'json') throw usageError(UsageBadFormat, { format });
  const shown = quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
  if (format === 'json') process.stdout.write(`${formatJson(shown)}\n`);
  else if (shown.length || !quiet) {
    const text = formatPretty(shown, linesFrom(resolve(root)), process.stdout.isTTY === true);
    const note = result.rulesSkipped ? '\n(the rules run once the content loads without errors)' : '';
    (hasErrors(result) ? process.stderr : process.stdout).write(`${text}${note}\n`);
  }
  return hasErrors(result) ? 1 : 0;
}

/** An output path that cannot be right is a usage error, found before any work is done. */
function refuse(path: string, root: string, expect: 'file' | 'folder'): void {
  const why = refuseOutput(path, root, expect);
  if (why) throw usageError(UsageBadOutput, { reason: why });
}

const mainUsage = `aftercare — one typed source for after-sales service commitments

Usage: aftercare <command> [options]

Commands:
${Object.entries(commands).map(([name, c]) => `  ${name.padEnd(Math.max(...Object.keys(commands).map((n) => n.length)))} ${c.summary}`).join('\n')}

Run "aftercare <command> --help" for a command's options; "aftercare rules" lists the rules.`;

/** Where this package's schema sources are, for the JSON Schemas' field documentation. */
let schemaDir = join(process.cwd(), 'src/schema');

export async function main(argv: string[], options: { home?: string } = {}): Promise<number> {
  if (options.home) schemaDir = join(options.home, 'src/schema');
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${mainUsage}\n`);
    return name ? 0 : 2;
  }
  // Own properties only: `aftercare constructor` is an unknown command, not Object's.
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    process.stderr.write(`aftercare: ${messageOf(UsageUnknownCommand, { name })}\n\n${mainUsage}\n`);
    return 2;
  }
  try {
    const args = command.prepare ? command.prepare(rest) : rest;
    const { values, positionals } = parseArgs({ args, options: command.options, allowPositionals: !!command.positionals, strict: true });
    if (values.help) {
      process.stdout.write(`${command.usage}\n`);
      return 0;
    }
    return await command.run(values, positionals);
  } catch (error) {
    // node:util's parseArgs errors (unknown option, missing value, stray argument) are
    // usage/invalid-arguments; their own message says which option.
    const badArguments = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (!(error instanceof UsageError) && !badArguments) throw error;
    let message = (error as Error).message;
    if (badArguments) {
      // Node's message names the unknown option but not the one meant: suggest it.
      const unknown = /^Unknown option '(--?[\w-]+)'/.exec(message)?.[1];
      const guess = unknown ? closest(unknown, Object.keys(command.options).map((o) => `--${o}`)) : undefined;
      message = messageOf(UsageInvalidArguments, { reason: message, guess });
    }
    process.stderr.write(`aftercare ${name}: ${message}\n\n${command.usage}\n`);
    return 2;
  }
}
