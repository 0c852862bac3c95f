#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx aftercare` works right after `npm install`.
import { register } from 'tsx/esm/api';

// `aftercare export --out - | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = main(process.argv.slice(2));
