/**
 * `aftercare build --watch`: build once, then again whenever a file under content/ or
 * templates/ changes. Changes that come together (an editor writes a file in two steps, a
 * checkout touches many) make one rebuild; a change during a build makes one more after it.
 * A build with errors prints them and keeps watching. Ctrl-C (or SIGTERM) stops, exit 0.
 */
import { existsSync, type FSWatcher, watch } from 'node:fs';
import { join, relative } from 'node:path';

/** Quiet time after the last change before rebuilding, in milliseconds. */
const SETTLE = 150;

export async function watchAndRebuild(root: string, build: () => Promise<number>): Promise<number> {
  await build();
  const dirs = ['content', 'templates'].map((d) => join(root, d)).filter((d) => existsSync(d));
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let pending: string | undefined;
  const rebuild = async (changed: string) => {
    if (running) {
      pending = changed;
      return;
    }
    running = true;
    process.stderr.write(`\naftercare: ${changed} changed, building again\n`);
    await build();
    running = false;
    if (pending !== undefined) {
      const next = pending;
      pending = undefined;
      await rebuild(next);
    }
    process.stderr.write('aftercare: watching for changes (Ctrl-C to stop)\n');
  };
  const watchers: FSWatcher[] = dirs.map((dir) =>
    watch(dir, { recursive: true }, (_event, file) => {
      clearTimeout(timer);
      const changed = file ? relative(root, join(dir, file.toString())) : relative(root, dir);
      timer = setTimeout(() => void rebuild(changed), SETTLE);
    }),
  );
  process.stderr.write(`aftercare: watching ${dirs.map((d) => `${relative(root, d)}/`).join(' and ')} for changes (Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  clearTimeout(timer);
  for (const w of watchers) w.close();
  return 0;
}
