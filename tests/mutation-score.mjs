// The score of a Stryker run per folder of src/Lcoo.Summit and per file: killed (or timed out) over killed, survived
// and not covered; mutants that do not compile or are ignored (marked equivalent, with the reason, in the code) do not
// count. Exits 1 when a folder is below the break score, and lists every file below 70%.
import { readFileSync } from "node:fs";

const [reportPath, breakAt = "0"] = process.argv.slice(2);
const report = JSON.parse(readFileSync(reportPath, "utf8"));
const detected = new Set(["Killed", "Timeout"]);
const counted = new Set(["Killed", "Timeout", "Survived", "NoCoverage"]);
const tally = () => ({ detected: 0, counted: 0, survived: 0, uncovered: 0 });
const folders = new Map();
const files = [];

for (const [path, file] of Object.entries(report.files)) {
  const relative = path.replace(/\\/g, "/").split("/Lcoo.Summit/").at(-1);
  const folder = relative.includes("/") ? relative.split("/")[0] : "(root)";
  const own = tally();
  for (const mutant of file.mutants) {
    if (!counted.has(mutant.status)) continue;
    own.counted++;
    if (detected.has(mutant.status)) own.detected++;
    if (mutant.status === "Survived") own.survived++;
    if (mutant.status === "NoCoverage") own.uncovered++;
  }
  if (own.counted === 0) continue;
  files.push({ relative, ...own });
  const sum = folders.get(folder) ?? tally();
  for (const key of Object.keys(sum)) sum[key] += own[key];
  folders.set(folder, sum);
}

const score = (t) => (t.counted === 0 ? 100 : (100 * t.detected) / t.counted);
const row = (name, t) => `${name.padEnd(44)} ${String(t.counted).padStart(7)} ${score(t).toFixed(1).padStart(7)}% ${String(t.survived).padStart(9)} ${String(t.uncovered).padStart(11)}`;
console.log(`${"folder".padEnd(44)} mutants   score  survived  not covered`);
for (const [name, t] of [...folders].sort()) console.log(row(name, t));
const weak = files.filter((f) => score(f) < 70).sort((a, b) => score(a) - score(b));
if (weak.length > 0) {
  console.log("\nfiles below 70%:");
  for (const f of weak) console.log(row(f.relative, f));
}
const below = [...folders].filter(([, t]) => score(t) < Number(breakAt));
if (below.length > 0) {
  console.log(`\nbelow ${breakAt}%: ${below.map(([name, t]) => `${name} ${score(t).toFixed(1)}%`).join(", ")}`);
  process.exit(1);
}
