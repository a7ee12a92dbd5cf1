// Import: the dry run comes first; "Apply" sends the same sources with the dry run's ETag as If-Match, so what is
// written is exactly what was shown (or a 412 says the summit moved meanwhile and asks for a new dry run).
import { call, explain } from "./api.js";
import { el, fill, say, stamp } from "./dom.js";
import { count, phrase } from "./words.js";
import { renderReport } from "./report.js";

let pending = null;

function body(files, url) {
  if (files.length === 0) return { url };
  const form = new FormData();
  for (const file of files) form.append("files", file, file.name);
  return form;
}

export function setUpImport(slug, onApplied) {
  const form = document.getElementById("import-form");
  const input = document.getElementById("import-files");
  const drop = document.getElementById("drop");
  let dropped = [];
  drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    dropped = [...e.dataTransfer.files];
    say("import-message", phrase("Console.Import.Ready", count("Count.File", dropped.length), dropped.map((f) => f.name).join(", ")));
  });
  input.addEventListener("change", () => { dropped = []; });

  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const files = dropped.length > 0 ? dropped : [...input.files];
    const url = document.getElementById("import-url").value.trim();
    const zone = document.getElementById("import-zone").value.trim();
    if (files.length === 0 && !url) {
      say("import-message", phrase("Console.Import.Nothing"), "error");
      return;
    }

    const query = `?dryRun=true${zone ? `&timeZone=${encodeURIComponent(zone)}` : ""}`;
    say("import-message", phrase("Console.Import.Working"));
    try {
      const { json: report, etag } = await call("POST", `/summits/${encodeURIComponent(slug)}/imports${query}`, { body: body(files, url) });
      pending = { files, url, zone, etag };
      say("import-message", phrase("Console.Import.NotYet"));
      fill("dry-run", renderReport(report, slug), el("button", { type: "button", id: "apply", onclick: () => apply(slug, onApplied) }, phrase("Console.Import.Apply")));
    } catch (error) {
      pending = null;
      fill("dry-run");
      say("import-message", phrase("Console.Import.Refused", explain(error)), "error");
    }
  });
}

async function apply(slug, onApplied) {
  if (!pending) return;
  const { files, url, zone, etag } = pending;
  say("import-message", phrase("Console.Import.Applying"));
  try {
    const query = zone ? `?timeZone=${encodeURIComponent(zone)}` : "";
    const { json: report } = await call("POST", `/summits/${encodeURIComponent(slug)}/imports${query}`, { body: body(files, url), headers: { "If-Match": etag } });
    pending = null;
    fill("dry-run", el("p", { class: "done" }, phrase("Console.Import.AppliedReport", report.id, report.added.length, report.changed.length, report.removed.length)));
    say("import-message", phrase("Console.Import.Applied"));
    await onApplied();
  } catch (error) {
    say("import-message", error.status === 412 ? error.message : phrase("Console.Import.ApplyRefused", explain(error)), "error");
  }
}

export async function showPastImports(slug) {
  try {
    const { json: imports } = await call("GET", `/summits/${encodeURIComponent(slug)}/imports`);
    fill("past-imports", imports.length === 0 ? el("p", {}, phrase("Console.Import.NoneYet")) : el("table", {},
      el("thead", {}, el("tr", {}, [...["When", "Sources", "Added", "Changed", "Removed", "Problems"].map((h) => phrase(`Console.Import.${h}`)), ""].map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, imports.map((i) => el("tr", {},
        el("td", {}, stamp(i.at)), el("td", {}, i.sources.join(", ")), el("td", {}, `${i.added}`),
        el("td", {}, `${i.changed}`), el("td", {}, `${i.removed}`), el("td", {}, `${i.problems}`),
        el("td", {}, el("button", { type: "button", class: "quiet", onclick: (e) => showReport(slug, i.id, e.target) }, phrase("Console.Import.Report"))))))));
  } catch (error) {
    fill("past-imports", error.status === 404 ? el("p", {}, phrase("Console.Import.NoSummit")) : el("p", { class: "error" }, explain(error)));
  }
}

async function showReport(slug, id, button) {
  const { json: report } = await call("GET", `/summits/${encodeURIComponent(slug)}/imports/${encodeURIComponent(id)}`);
  button.closest("tr").after(el("tr", {}, el("td", { colspan: "7" }, renderReport(report, slug))));
  button.disabled = true;
}
