// An import's report as a coordinator reads it: what came in, what changed field by field, what went, where the
// sources disagree, what looked wrong in them, and which clashes it makes or ends.
import { el, plural } from "./dom.js";

const list = (items, render) => items.length === 0 ? null : el("ul", {}, items.map((item) => el("li", {}, render(item))));

export function renderReport(report, slug) {
  const page = (id) => `/plan/${encodeURIComponent(slug)}/sessions/${encodeURIComponent(id)}`;
  const session = (s) => el("a", { href: page(s.id) }, s.title);
  const bySeverity = Object.groupBy(report.problems, (p) => p.severity);
  return el("div", { class: "report" },
    el("p", { class: "summary" },
      `${report.dryRun ? "Dry run" : "Import"} of ${report.sources.map((s) => `${s.name} (${s.format}, ${plural(s.sessions, "session")})`).join(", ")}: `,
      `${report.added.length} added, ${report.changed.length} changed, ${report.unchanged} unchanged, ${report.removed.length} removed; `,
      `${plural(report.conflicts.length, "conflict")} between sources; ${plural(report.problems.length, "problem")} in them`,
      Object.keys(bySeverity).length ? ` (${Object.entries(bySeverity).map(([s, p]) => `${p.length} ${s.toLowerCase()}`).join(", ")})` : "", "."),
    section(`Added (${report.added.length})`, list(report.added, session)),
    section(`Changed (${report.changed.length})`, list(report.changed, (c) => [session(c), el("ul", {}, c.fields.map((f) =>
      el("li", {}, `${f.field}: `, el("del", {}, f.old ?? "—"), " → ", el("ins", {}, f.new ?? "—"))))])),
    section(`Removed (${report.removed.length})`, list(report.removed, session)),
    section(`Conflicts between sources (${report.conflicts.length})`, list(report.conflicts, (c) =>
      `${c.sessionId} ${c.field}: kept “${c.kept}” from ${c.keptFrom} over “${c.other}” from ${c.otherFrom}`)),
    section(`Problems in the sources (${report.problems.length})`, list(report.problems, (p) =>
      [el("strong", {}, p.where), ` — ${p.message}`, p.sessionId ? [" ", el("a", { href: page(p.sessionId) }, "session")] : null])),
    section(`Clashes this makes (${report.clashesCreated?.length ?? 0})`, list(report.clashesCreated ?? [], (c) => c.reason)),
    section(`Clashes this ends (${report.clashesResolved?.length ?? 0})`, list(report.clashesResolved ?? [], (c) => c.reason)));
}

function section(title, body) {
  return el("details", { open: body !== null && title.match(/\((\d+)\)/)?.[1] < 30 }, el("summary", {}, title), body ?? el("p", {}, "None."));
}
