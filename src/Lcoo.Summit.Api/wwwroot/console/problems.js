// Data problems: every source's latest findings, grouped by kind, each linked to the session it is about.
import { call, explain } from "./api.js";
import { el, fill, plural, stamp } from "./dom.js";

const kinds = {
  "title-url-mismatch": "Title differs from the event's URL",
  "shifted-row": "Titles and URLs shifted between rows",
  "missing-title": "Row without a title",
  "titles-run-together": "Two titles run together in one cell",
  "duplicate-row": "Event listed twice",
  "url-without-slug": "URL without the title in it",
  "name-spellings": "One person spelled two ways",
  "bad-times": "Times that cannot be read or end before they start",
  "bad-day": "A day that cannot be read",
  "no-day": "Session without a day",
  "unknown-day": "Day not in the summit",
  "weekday-mismatch": "Weekday does not match the date",
  "outside-summit-days": "Session outside the summit's days",
  "missing-id": "Entry without an id",
  "no-event-url": "Row without a link to its event",
  "duplicate-room": "Room listed twice",
  "duplicate-room-guid": "Two rooms share one id",
  "unknown-room": "Room the summit does not list",
  "room-double-booked": "Room booked twice at once",
  "unpublished": "Sessions listed but not published",
  "speakers-by-id-only": "Speakers named by id only",
  "summit-metadata": "Summit details missing or odd",
  "no-time-zone": "No time zone given",
  "time-zone-label": "Time zone label",
  "schema": "Not as the format's schema says",
};

// Where in the console a kind of problem is acted on: the service says what is wrong, the console says where to go.
const actions = {
  "name-spellings": () => ["Decide whether they are one person in ", el("a", { href: "#clashes" }, "Clashes"), ", under likely the same people."],
};

export async function showProblems(slug) {
  try {
    const { json } = await call("GET", `/summits/${encodeURIComponent(slug)}/problems`);
    const groups = Object.entries(Object.groupBy(json.problems, (p) => p.code)).sort((a, b) => b[1].length - a[1].length);
    fill("problems-list",
      el("p", {}, json.sources.length === 0 ? "No source imported yet." :
        `From ${json.sources.map((s) => `${s.name} (${s.format}, imported ${stamp(s.importedAt)}: ${plural(s.problems, "problem")})`).join("; ")}.`),
      groups.map(([code, problems]) => el("details", { open: true, class: "problems", "data-code": code },
        el("summary", {}, `${kinds[code] ?? code} (${problems.length})`),
        actions[code] ? el("p", { class: "act" }, actions[code]()) : null,
        el("ul", {}, problems.map((p) => el("li", { class: p.severity },
          el("strong", {}, p.where.startsWith(`${p.source}: `) ? p.where : `${p.source}: ${p.where}`), ` — ${p.message} `,
          p.page ? el("a", { href: p.page }, `session ${p.sessionId}`) : null))))));
  } catch (error) {
    fill("problems-list", el("p", { class: "error" }, error.status === 404 ? "The summit does not exist yet." : explain(error)));
  }
}
