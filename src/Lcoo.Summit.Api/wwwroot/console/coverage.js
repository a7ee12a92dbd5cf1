// Coverage: plan who from the group goes to which member session; show what each day needs, who goes where (with each
// delegate's calendar and PDF links to hand on), what stays uncovered, and the plan's PDF.
import { call, explain } from "./api.js";
import { el, fill, say, time, plural } from "./dom.js";

export function setUpCoverage(slug, members) {
  fill("coverage-members", members.map((m) => el("label", { class: "check" },
    el("input", { type: "checkbox", name: "member", value: m.id, checked: true }), ` ${m.displayName}`)));
  const form = document.getElementById("coverage-form");
  form.onsubmit = async (e) => {
    e.preventDefault();
    const delegates = form.elements.delegates.value.split("\n").map((l) => l.trim()).filter(Boolean).map((line) => {
      const match = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(line);
      return match ? { name: match[1], company: match[2] } : { name: line };
    });
    const body = {
      members: [...form.querySelectorAll("input[name=member]:checked")].map((c) => c.value),
      delegates,
      travelMinutes: Number(form.elements.travelMinutes.value),
      minimumPerSession: Number(form.elements.minimumPerSession.value),
      mayCoverOwnCompany: form.elements.mayCoverOwnCompany.checked,
    };
    say("coverage-message", "Planning…");
    try {
      const { json } = await call("POST", `/summits/${encodeURIComponent(slug)}/coverage`, { body });
      say("coverage-message", "");
      show(json, slug);
    } catch (error) {
      say("coverage-message", `No plan: ${explain(error)}`, "error");
    }
  };
}

// A venue-local date ("2017-11-06") as people read it: "Monday 6 November".
const dayName = (date) => new Date(`${date}T12:00:00Z`).toLocaleDateString("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });

function show(plan, slug) {
  const sessions = Object.fromEntries(plan.sessions.map((s) => [s.id, s]));
  const names = Object.fromEntries(plan.delegates.map((d) => [d.id, d.name]));
  const when = (s) => `${dayName(s.start.local.slice(0, 10))} ${time(s.start.local)}–${time(s.end.local)}`;
  const byDay = (ids) => Object.entries(Object.groupBy(ids.map((id) => sessions[id]).sort((a, b) => a.start.local.localeCompare(b.start.local)),
    (s) => s.start.local.slice(0, 10)));
  fill("coverage-plan",
    el("p", { class: plan.placesShort === 0 ? "done" : "error" },
      `${plural(plan.sessionsCovered, "member session")} covered, ${plan.sessionsShort} short ` +
      `(${plural(plan.placesFilled, "seat")} filled, ${plan.placesShort} wanted). ${plan.optimalBecause}`, plan.stale ? " This plan is stale: see below." : ""),
    el("table", {},
      el("thead", {}, el("tr", {}, ["Day", "Member sessions", "Covered", "Needs at least"].map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, plan.days.map((d) => el("tr", {}, el("th", { scope: "row" }, dayName(d.date)), el("td", {}, `${d.memberSessions}`), el("td", {}, `${d.sessionsCovered}`),
        el("td", {}, `${plural(d.needed, "delegate")}${d.neededAt ? ` (at ${time(d.neededAt.local)})` : ""}`))))),
    plan.sessions.some((s) => s.missing > 0) ? [el("h3", {}, "Not covered"), el("ul", {}, plan.sessions.filter((s) => s.missing > 0).map((s) =>
      el("li", { class: "uncovered" }, `${when(s)} ${s.title}${s.room ? ` (${s.room})` : ""}: ${plural(s.missing, "delegate")} short`)))] : null,
    plan.broken.length ? [el("h3", {}, "Broken since"), el("ul", {}, plan.broken.map((b) => el("li", { class: "error" }, `${names[b.delegateId] ?? "A delegate"}: ${b.reason}`)))] : null,
    el("h3", {}, "Who goes where"),
    el("ul", { class: "delegates" }, plan.delegates.filter((d) => d.sessions.length > 0).map((d) => el("li", { "data-delegate": d.id },
      el("strong", {}, d.name), d.company ? ` (${d.company})` : "", " ",
      el("a", { href: d.subscribe }, "calendar"), " · ", el("a", { href: d.pdf }, "PDF"),
      el("ul", { class: "days" }, byDay(d.sessions).map(([date, on]) => el("li", {},
        el("span", { class: "day" }, `${dayName(date)}: `), on.map((s) => `${time(s.start.local)} ${s.title}${s.room ? ` (${s.room})` : ""}`).join("; "))))))),
    el("p", {}, el("button", { type: "button", onclick: () => openPdf(plan.links.pdf) }, "The plan as a PDF")));
}

async function openPdf(url) {
  const response = await call("GET", url, { raw: true, headers: { Accept: "application/pdf" } });
  window.open(URL.createObjectURL(await response.blob()), "_blank");
}
