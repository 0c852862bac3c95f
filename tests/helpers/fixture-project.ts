/**
 * Builds a throw-away project for a fixture: the base content (tests/fixtures/base) with
 * the fixture's files laid over it. A fixture file `x.yaml.delete` removes the base's `x.yaml`.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { formatPretty, linesFrom } from '../../src/diagnostics/format-pretty.ts';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';

export const BASE = join(import.meta.dirname, '../fixtures/base');

export function fixtureProject(fixtureDir: string): string {
  const root = mkdtempSync(join(tmpdir(), 'aftercare-fixture-'));
  cpSync(BASE, root, { recursive: true });
  overlay(fixtureDir, fixtureDir, root);
  return root;
}

function overlay(dir: string, top: string, root: string): void {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) overlay(full, top, root);
    else if (name.endsWith('.delete')) rmSync(join(root, relative(top, full).replace(/\.delete$/, '')), { force: true });
    else if (name !== 'expected.txt' && name !== 'README.md') cpSync(full, join(root, relative(top, full)));
  }
}

/** The printed diagnostics, as a user sees them (no colour), for snapshots. */
export function printed(list: readonly Diagnostic[], root: string): string {
  return `${formatPretty(list, linesFrom(root))}\n`;
}
