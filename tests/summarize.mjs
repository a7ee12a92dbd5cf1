// Reads the xUnit CTRF reports of a test run and prints what ran on each store, then one closing line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2];
const tests = readdirSync(folder)
  .filter((f) => f.endsWith('.ctrf') || f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(join(folder, f), 'utf8')).results?.tests ?? []);

const stores = [
  ['SQLite', (c) => /Sqlite/.test(c)],
  ['MongoDB server (MONGODB_URI)', (c) => /MongoServer/.test(c)],
  ['MongoDB emulator (CongoDB, over the wire)', (c) => /Mongo/.test(c)],
  ['no store (domain, parsers, pure code)', () => true],
];

const count = (list, status) => list.filter((t) => t.status === status).length;
const rows = new Map(stores.map(([name]) => [name, []]));
for (const t of tests) {
  const cls = t.name.split('.').slice(0, -1).join('.');
  rows.get(stores.find(([, match]) => match(cls))[0]).push(t);
}

console.log('\nTests by store:');
for (const [name, list] of rows) {
  const skipped = count(list, 'skipped');
  const note = skipped && skipped === list.length ? `  (not run: ${process.env.MONGODB_URI ? 'skipped' : 'MONGODB_URI is not set'})` : '';
  console.log(`  ${name.padEnd(44)} ${count(list, 'passed')} passed, ${count(list, 'failed')} failed, ${skipped} skipped${note}`);
}
const failed = count(tests, 'failed') + count(tests, 'other');
console.log(`tests: ${count(tests, 'passed')} passed, ${failed} failed, ${count(tests, 'skipped')} skipped`);
process.exit(failed > 0 || tests.length === 0 ? 1 : 0);
