// Coverage: plan who from the group goes to which member session; show what each day needs, who goes where (with each
// delegate's calendar and PDF links to hand on), what stays uncovered, and the plan's PDF.
import { call, explain } from "./api.js";
import { el, fill, say, time } from "./dom.js";
import { count, day as dayName, phrase } from "./words.js";

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
    say("coverage-message", phrase("Console.Coverage.Planning"));
    try {
      const { json } = await call("POST", `/summits/${encodeURIComponent(slug)}/coverage`, { body });
      say("coverage-message", "");
      show(json, slug);
    } catch (error) {
      say("coverage-message", phrase("Console.Coverage.NoPlan", explain(error)), "error");
    }
  };
}

function show(plan, slug) {
  const sessions = Object.fromEntries(plan.sessions.map((s) => [s.id, s]));
  const names = Object.fromEntries(plan.delegates.map((d) => [d.id, d.name]));
  const when = (s) => `${dayName(s.start.local.slice(0, 10))} ${time(s.start.local)}–${time(s.end.local)}`;
  const byDay = (ids) => Object.entries(Object.groupBy(ids.map((id) => sessions[id]).sort((a, b) => a.start.local.localeCompare(b.start.local)),
    (s) => s.start.local.slice(0, 10)));
  fill("coverage-plan",
    el("p", { class: plan.placesShort === 0 ? "done" : "error" },
      phrase("Console.Coverage.Summary", count("Count.MemberSession", plan.sessionsCovered), plan.sessionsShort, count("Count.Seat", plan.placesFilled), plan.placesShort),
      " ", plan.optimalBecause, plan.stale ? ` ${phrase("Console.Coverage.Stale")}` : ""),
    el("table", {},
      el("thead", {}, el("tr", {}, ["Day", "MemberSessions", "Covered", "NeedsAtLeast"].map((h) => el("th", { scope: "col" }, phrase(`Console.Coverage.${h}`))))),
      el("tbody", {}, plan.days.map((d) => el("tr", {}, el("th", { scope: "row" }, dayName(d.date)), el("td", {}, `${d.memberSessions}`), el("td", {}, `${d.sessionsCovered}`),
        el("td", {}, d.neededAt ? phrase("Console.Coverage.NeededAt", count("Count.Delegate", d.needed), time(d.neededAt.local)) : count("Count.Delegate", d.needed)))))),
    plan.sessions.some((s) => s.missing > 0) ? [el("h3", {}, phrase("Console.Coverage.NotCovered")), el("ul", {}, plan.sessions.filter((s) => s.missing > 0).map((s) =>
      el("li", { class: "uncovered" }, phrase("Console.Coverage.Short", `${when(s)} ${s.title}${s.room ? ` (${s.room})` : ""}`, count("Count.Delegate", s.missing)))))] : null,
    plan.broken.length ? [el("h3", {}, phrase("Console.Coverage.Broken")), el("ul", {}, plan.broken.map((b) => el("li", { class: "error" }, `${names[b.delegateId] ?? phrase("Console.Coverage.ADelegate")}: ${b.reason}`)))] : null,
    el("h3", {}, phrase("Console.Coverage.WhoGoes")),
    el("ul", { class: "delegates" }, plan.delegates.filter((d) => d.sessions.length > 0).map((d) => el("li", { "data-delegate": d.id },
      el("strong", {}, d.name), d.company ? ` (${d.company})` : "", " ",
      el("a", { href: d.subscribe }, phrase("Console.Coverage.Calendar")), " · ", el("a", { href: d.pdf }, phrase("Console.Coverage.PdfLink")),
      el("ul", { class: "days" }, byDay(d.sessions).map(([date, on]) => el("li", {},
        el("span", { class: "day" }, `${dayName(date)}: `), on.map((s) => `${time(s.start.local)} ${s.title}${s.room ? ` (${s.room})` : ""}`).join("; "))))))),
    el("p", {}, el("button", { type: "button", onclick: () => openPdf(plan.links.pdf) }, phrase("Console.Coverage.Pdf"))));
}

async function openPdf(url) {
  const response = await call("GET", url, { raw: true, headers: { Accept: "application/pdf" } });
  window.open(URL.createObjectURL(await response.blob()), "_blank");
}
