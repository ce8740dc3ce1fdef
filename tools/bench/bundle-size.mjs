#!/usr/bin/env node
// Measures the portal's initial bundle (what the browser downloads before the first page shows)
// from the production build, and records it in docs/PERFORMANCE.md.
// Usage: npm run build && node tools/bench/bundle-size.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '../..');
const browserDir = join(root, 'dist/apps/portal/browser');
const TARGET_GZIP_KB = 250;

const html = readFileSync(join(browserDir, 'index.html'), 'utf8');
// Initial files: the scripts and styles index.html references, and every chunk they import
// statically, transitively (`from"./chunk-….js"`, `import"./chunk-….js"`; not `import("…")`,
// which is a lazy route). index.html only preloads some of them: reading it alone missed most.
const initial = [...new Set([...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((match) => match[1]))];
for (let index = 0; index < initial.length; index += 1) {
  if (!initial[index].endsWith('.js')) continue;
  const code = readFileSync(join(browserDir, initial[index]), 'utf8');
  for (const [, file] of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) {
    if (!initial.includes(file)) initial.push(file);
  }
}
const rows = initial.map((file) => {
  const content = readFileSync(join(browserDir, file));
  return { file, raw: content.length, gzip: gzipSync(content, { level: 9 }).length, brotli: brotliCompressSync(content).length };
});
const total = rows.reduce((sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip, brotli: sum.brotli + row.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const kb = (bytes) => (bytes / 1000).toFixed(1);

const section = [
  '<!-- bundle-size:start -->',
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}.`,
  'Command: `npm run build && node tools/bench/bundle-size.mjs`.',
  '',
  '| initial file | raw (kB) | gzip -9 (kB) | brotli (kB) |',
  '|---|---:|---:|---:|',
  ...rows.map((row) => `| \`${row.file}\` | ${kb(row.raw)} | ${kb(row.gzip)} | ${kb(row.brotli)} |`),
  `| **total** | **${kb(total.raw)}** | **${kb(total.gzip)}** | **${kb(total.brotli)}** |`,
  '',
  `Target: ≤ ${TARGET_GZIP_KB} kB compressed. Ratio to the target: ${(total.gzip / 1000 / TARGET_GZIP_KB).toFixed(2)} (gzip).`,
  `The Angular budget (\`apps/portal/project.json\`, production) warns at 380 kB raw and fails the build at 450 kB raw, ${(450_000 / total.raw).toFixed(2)}× today's raw size, well before it doubles.`,
  '<!-- bundle-size:end -->',
].join('\n');

const docPath = join(root, 'docs/PERFORMANCE.md');
const doc = readFileSync(docPath, 'utf8');
writeFileSync(docPath, doc.replace(/<!-- bundle-size:start -->[\s\S]*<!-- bundle-size:end -->/, section));
console.log(section);
