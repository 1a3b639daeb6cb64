// `npm run bench [-- NAME...]`: runs bench/NAME.bench.ts (all of them without a name) and prints
// their figures. Each bench module exports `run(): Promise<void>`.
import fs from 'node:fs';
import path from 'node:path';

const dir = import.meta.dirname;
const all = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
  .sort();
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !all.includes(w));
if (unknown.length) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Available: ${all.join(', ')}`);
  process.exit(2);
}
for (const name of wanted.length ? wanted : all) {
  console.log(`\n=== ${name} ===`);
  const mod = (await import(path.join(dir, `${name}.bench.ts`))) as { run: () => Promise<void> };
  await mod.run();
}
