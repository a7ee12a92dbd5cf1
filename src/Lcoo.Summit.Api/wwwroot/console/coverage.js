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

function show(plan, slug) {
  const sessions = Object.fromEntries(plan.sessions.map((s) => [s.id, s]));
  const when = (s) => `${s.start.local.slice(0, 10)} ${time(s.start.local)}–${time(s.end.local)}`;
  fill("coverage-plan",
    el("p", { class: plan.uncovered === 0 ? "done" : "error" },
      `${plan.covered} places filled, ${plan.uncovered} short. ${plan.optimalBecause}`, plan.stale ? " This plan is stale: see below." : ""),
    el("table", {},
      el("thead", {}, el("tr", {}, ["Day", "Member sessions", "Covered", "Needs at least"].map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, plan.days.map((d) => el("tr", {}, el("th", { scope: "row" }, d.date), el("td", {}, `${d.memberSessions}`), el("td", {}, `${d.covered}`),
        el("td", {}, `${plural(d.needed, "delegate")}${d.neededAt ? ` (at ${time(d.neededAt.local)})` : ""}`))))),
    plan.sessions.some((s) => s.missing > 0) ? [el("h3", {}, "Not covered"), el("ul", {}, plan.sessions.filter((s) => s.missing > 0).map((s) =>
      el("li", { class: "uncovered" }, `${when(s)} ${s.title}${s.room ? ` (${s.room})` : ""}: ${plural(s.missing, "delegate")} short`)))] : null,
    plan.broken.length ? [el("h3", {}, "Broken since"), el("ul", {}, plan.broken.map((b) => el("li", { class: "error" }, `${b.delegateId}: ${b.reason}`)))] : null,
    el("h3", {}, "Who goes where"),
    el("ul", { class: "delegates" }, plan.delegates.filter((d) => d.sessions.length > 0).map((d) => el("li", { "data-delegate": d.id },
      el("strong", {}, d.name), d.company ? ` (${d.company})` : "", ": ",
      d.sessions.map((id) => `${time(sessions[id].start.local)} ${sessions[id].title}`).join("; "), " ",
      el("a", { href: d.subscribe }, "calendar"), " · ", el("a", { href: d.pdf }, "PDF")))),
    el("p", {}, el("button", { type: "button", onclick: () => openPdf(plan.links.pdf) }, "The plan as a PDF")));
}

async function openPdf(url) {
  const response = await call("GET", url, { raw: true, headers: { Accept: "application/pdf" } });
  window.open(URL.createObjectURL(await response.blob()), "_blank");
}
