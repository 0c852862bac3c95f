#!/usr/bin/env node
// Compiles a Typst file to PDF with the npm build of Typst (@myriaddreamin/typst-ts-node-compiler),
// using the same two TrueType fonts aftercare embeds and no system font: the benchmark's Typst
// side (scripts/bench-pdf.sh). Usage: node scripts/typst-compile.mjs in.typ out.pdf
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

const require = createRequire(import.meta.url);
const [input, output] = process.argv.slice(2);
const fonts = [
  '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
].map((f) => dirname(require.resolve(f)));
const compiler = NodeCompiler.create({ workspace: dirname(input), fontArgs: [{ fontPaths: fonts }] });
const pdf = compiler.pdf({ mainFileContent: readFileSync(input, 'utf8') });
writeFileSync(output, pdf);
