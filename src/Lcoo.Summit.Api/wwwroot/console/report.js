// An import's report as a coordinator reads it: what came in, what changed field by field, what went, where the
// sources disagree, what looked wrong in them, and which clashes it makes or ends.
import { el } from "./dom.js";
import { sessionPage } from "../links.js";
import { count, phrase } from "./words.js";

const list = (items, render) => items.length === 0 ? null : el("ul", {}, items.map((item) => el("li", {}, render(item))));

export function renderReport(report, slug) {
  const page = (id) => sessionPage(slug, id);
  const session = (s) => el("a", { href: page(s.id) }, s.title);
  const bySeverity = Object.groupBy(report.problems, (p) => p.severity);
  return el("div", { class: "report" },
    el("p", { class: "summary" },
      phrase(report.dryRun ? "Console.Report.DryRun" : "Console.Report.Import",
        report.sources.map((s) => phrase("Console.Report.Source", s.name, s.format, count("Count.Session", s.sessions))).join(", ")), " ",
      phrase("Console.Report.Counts", report.added.length, report.changed.length, report.unchanged, report.removed.length,
        count("Count.Conflict", report.conflicts.length), count("Count.Problem", report.problems.length)),
      Object.keys(bySeverity).length ? ` (${Object.entries(bySeverity).map(([s, p]) => count(`Count.Severity.${s}`, p.length)).join(", ")})` : "", "."),
    section("Console.Report.Added", report.added.length, list(report.added, session)),
    section("Console.Report.Changed", report.changed.length, list(report.changed, (c) => [session(c), el("ul", {}, c.fields.map((f) =>
      el("li", {}, `${f.field}: `, el("del", {}, f.old ?? "—"), " → ", el("ins", {}, f.new ?? "—"))))])),
    section("Console.Report.Removed", report.removed.length, list(report.removed, session)),
    section("Console.Report.Conflicts", report.conflicts.length, list(report.conflicts, (c) =>
      phrase("Console.Report.Conflict", c.sessionId, c.field, c.kept, c.keptFrom, c.other, c.otherFrom))),
    section("Console.Report.Problems", report.problems.length, list(report.problems, (p) =>
      [el("strong", {}, p.where), ` — ${p.message}`, p.sessionId ? [" ", el("a", { href: page(p.sessionId) }, phrase("Console.Report.Session"))] : null])),
    section("Console.Report.ClashesMade", report.clashesCreated?.length ?? 0, list(report.clashesCreated ?? [], (c) => c.reason)),
    section("Console.Report.ClashesEnded", report.clashesResolved?.length ?? 0, list(report.clashesResolved ?? [], (c) => c.reason)));
}

// A part of the report, open while it is short enough to read at a glance.
function section(key, n, body) {
  return el("details", { open: body !== null && n < 30 }, el("summary", {}, phrase(key, n)), body ?? el("p", {}, phrase("Console.Report.None")));
}
