// Reads the xUnit XML reports of a test run and prints what ran on each store, then one closing line that agrees with
// `dotnet test`: every test result (passed, failed, skipped, not run, explicit) and every error outside a test (a class,
// collection or assembly fixture that failed to start or clean up) is counted, and a run that `dotnet test` failed is
// never reported as a success. Usage: node tests/summarize.mjs <results folder> <dotnet test exit code>
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [folder, exitArg] = process.argv.slice(2);
const dotnetExit = Number(exitArg ?? 0);
const attributes = (tag) => Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));

const tests = [];
const errors = [];
const assemblies = [];
for (const file of readdirSync(folder).filter((f) => f.endsWith('.xunit.xml'))) {
  const xml = readFileSync(join(folder, file), 'utf8');
  for (const [tag] of xml.matchAll(/<assembly\s[^>]*>/g)) assemblies.push(attributes(tag));
  for (const [tag] of xml.matchAll(/<test\s[^>]*?\/?>/g)) {
    const t = attributes(tag);
    tests.push({ cls: t.type ?? t.name.split('.').slice(0, -1).join('.'), result: t.result });
  }
  for (const [tag] of xml.matchAll(/<error\s[^>]*>/g)) {
    const e = attributes(tag);
    errors.push({ cls: e.name ?? e.type ?? '(assembly)', type: e.type });
  }
}

// The contracts run once per store, named for it (SqliteImportTests, MongoImportTests); the API project's other tests
// (pages, kiosk, limits, hostile input, by feature: -trait "Feature=Kiosk") run the service on its default store.
const stores = [
  ['SQLite (store and HTTP contracts)', (c) => /\.Sqlite/.test(c)],
  ['MongoDB server (MONGODB_URI)', (c) => /MongoServer/.test(c)],
  ['MongoDB emulator (CongoDB, over the wire)', (c) => /Mongo/.test(c)],
  ['the service on SQLite, its default store', (c) => c.startsWith('Lcoo.Summit.Api.Tests.')],
  ['no store (domain, parsers, pure code)', () => true],
];
const storeOf = (cls) => stores.find(([, match]) => match(cls))[0];
const rows = new Map(stores.map(([name]) => [name, { Pass: 0, Fail: 0, Skip: 0, NotRun: 0, errors: 0 }]));
for (const t of tests) rows.get(storeOf(t.cls))[t.result] = (rows.get(storeOf(t.cls))[t.result] ?? 0) + 1;
for (const e of errors) rows.get(storeOf(e.cls)).errors++;

console.log('\nTests by store:');
for (const [name, r] of rows) {
  const all = r.Pass + r.Fail + r.Skip + r.NotRun;
  const note = r.Skip && r.Skip === all ? `  (not run: ${process.env.MONGODB_URI ? 'skipped' : 'MONGODB_URI is not set'})` : '';
  const extra = (r.NotRun ? `, ${r.NotRun} not run` : '') + (r.errors ? `, ${r.errors} errors outside tests` : '');
  console.log(`  ${name.padEnd(44)} ${r.Pass} passed, ${r.Fail} failed, ${r.Skip} skipped${extra}${note}`);
}

const count = (result) => tests.filter((t) => t.result === result).length;
const sum = (key) => assemblies.reduce((n, a) => n + Number(a[key] ?? 0), 0);
const failed = count('Fail') + errors.length;
const problems = [];
if (assemblies.length === 0) problems.push('no test report was written');
if (tests.length !== sum('total')) problems.push(`the reports list ${tests.length} tests but their assemblies count ${sum('total')}`);
if (errors.length !== sum('errors')) problems.push(`${sum('errors')} errors outside tests were reported but ${errors.length} found`);
if (dotnetExit !== 0 && failed === 0) problems.push(`dotnet test exited with ${dotnetExit} although no test failed: read its output above`);
for (const p of problems) console.log(`summary: ${p}`);

console.log(`tests: ${count('Pass')} passed, ${failed} failed, ${count('Skip')} skipped, ${count('NotRun')} not run`);
process.exit(failed > 0 || problems.length > 0 || dotnetExit !== 0 ? 1 : 0);
