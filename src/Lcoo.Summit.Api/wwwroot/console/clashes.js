// Clashes for a day: the working group as a lane per member (each session a block along the day, overlaps marked),
// the groups of overlapping member sessions, rooms double-booked and people due in two places, and the people who
// look like one person, with "same person" or "not" kept as a decision of the summit.
import { call, explain } from "./api.js";
import { el, fill, say, time } from "./dom.js";
import { sessionPage } from "../links.js";
import { count, day, phrase, phraseOr } from "./words.js";

const minutes = (local) => Number(local.slice(11, 13)) * 60 + Number(local.slice(14, 16));

export async function setUpClashes(slug, days, members) {
  const select = document.getElementById("clash-day");
  select.replaceChildren(...days.map((d) => el("option", { value: d.date }, phrase("Console.Clashes.DayOption", day(d.date), count("Count.Session", d.sessions)))));
  select.onchange = () => showDay(slug, select.value, members);
  if (days.length > 0) await showDay(slug, select.value, members);
  await showSamePeople(slug);
}

async function showDay(slug, day, members) {
  const base = `/summits/${encodeURIComponent(slug)}`;
  try {
    const [{ json: page }, { json: group }, { json: others }] = await Promise.all([
      call("GET", `${base}/sessions?day=${day}&limit=500`),
      call("GET", `${base}/clashes?kind=member&day=${day}`),
      call("GET", `${base}/clashes?kind=room,speaker&day=${day}`),
    ]);
    drawLanes(page.items, group.clashes, members, slug);
    fill("group-clashes", group.clashes.length === 0 ? el("p", {}, phrase("Console.Clashes.GroupNever")) :
      el("ul", {}, group.clashes.map((c) => el("li", { class: "clash-group" },
        el("strong", {}, `${time(c.windowStart.local)}–${time(c.windowEnd.local)} · ${c.members.map((m) => m.name).join(", ")}: `), c.reason))));
    fill("other-clashes", others.clashes.length === 0 ? el("p", {}, phrase("Console.Clashes.NoneDay")) :
      el("ul", {}, others.clashes.map((c) => el("li", { class: c.severity },
        el("strong", {}, `${phraseOr(`Console.Clash.${c.kind}`, c.kind)}, ${time(c.windowStart.local)}–${time(c.windowEnd.local)}: `), c.reason))));
  } catch (error) {
    fill("lanes", el("p", { class: "error" }, explain(error)));
  }
}

function drawLanes(sessions, clashes, members, slug) {
  const theirs = sessions.filter((s) => s.members.length > 0);
  if (theirs.length === 0) {
    fill("lanes", el("p", {}, phrase("Console.Clashes.NoMember")));
    return;
  }

  const from = Math.floor(Math.min(...theirs.map((s) => minutes(s.start.local))) / 60) * 60;
  const to = Math.ceil(Math.max(...theirs.map((s) => minutes(s.end.local))) / 60) * 60;
  const at = (m) => `${((m - from) / (to - from)) * 100}%`;
  const clashing = new Set(clashes.flatMap((c) => c.sessions.map((s) => s.id)));
  const hours = [];
  for (let h = from; h < to; h += 60) hours.push(el("span", { class: "tick", style: `left:${at(h)}` }, `${String(h / 60).padStart(2, "0")}:00`));
  const block = (s) => el("li", {
    class: clashing.has(s.id) ? "block clash" : "block",
    style: `left:${at(minutes(s.start.local))};width:${at(from + minutes(s.end.local) - minutes(s.start.local))}`,
    title: `${time(s.start.local)}–${time(s.end.local)} ${s.title}${s.room ? ` · ${s.room}` : ""}`,
  }, el("a", { href: sessionPage(slug, s.id) }, `${time(s.start.local)} ${s.title}`));
  const lanes = members.filter((m) => theirs.some((s) => s.members.includes(m.id))).map((m) => el("div", { class: "lane", role: "listitem" },
    el("span", { class: "lane-name" }, m.displayName),
    rows(theirs.filter((s) => s.members.includes(m.id))).map((row, i) =>
      el("ul", { class: "track", "aria-label": phrase(i === 0 ? "Console.Clashes.Sessions" : "Console.Clashes.SessionsSame", m.displayName) }, row.map(block)))));
  // Four pixels a minute at least: a 20-minute session's block is wide enough to read its time and the start of its title.
  fill("lanes", el("div", { class: "timeline-scroll" }, el("div", { class: "timeline", style: `min-width:calc(${(to - from) * 4}px + 9rem)` },
      el("div", { class: "ticks", "aria-hidden": "true" }, hours), el("div", { role: "list" }, lanes))),
    el("p", { class: "legend" }, el("span", { class: "block-key clash" }), ` ${phrase("Console.Clashes.Legend")}`));
}

// A member's sessions in rows: each takes the first row free at its start, so overlapping ones are one under the other, never on top.
function rows(sessions) {
  const result = [];
  for (const s of [...sessions].sort((a, b) => minutes(a.start.local) - minutes(b.start.local))) {
    const row = result.find((r) => minutes(r.at(-1).end.local) <= minutes(s.start.local));
    if (row) row.push(s); else result.push([s]);
  }
  return result;
}

async function showSamePeople(slug) {
  const base = `/summits/${encodeURIComponent(slug)}`;
  try {
    const [{ json: all }, { json: decisions }] = await Promise.all([call("GET", `${base}/clashes?kind=speaker`), call("GET", `${base}/people-decisions`)]);
    const decide = async (first, second, same) => {
      try {
        await call("PUT", `${base}/people-decisions`, { body: { firstId: first, secondId: second, same } });
        await showSamePeople(slug);
      } catch (error) {
        say("clashes-message", explain(error), "error");
      }
    };
    const undo = async (d) => {
      await call("DELETE", `${base}/people-decisions/${encodeURIComponent(d.firstId)}/${encodeURIComponent(d.secondId)}`);
      await showSamePeople(slug);
    };
    fill("same-people",
      el("p", { id: "clashes-message", role: "status" }),
      all.likelySamePeople.length === 0 ? el("p", {}, phrase("Console.Clashes.NobodyLeft")) : el("ul", {}, all.likelySamePeople.map((p) => el("li", { class: "pair" },
        el("span", { "data-first": p.firstId, "data-second": p.secondId }, `${phrase("Console.Clashes.Pair", p.firstName, p.secondName)}${p.company ? `, ${p.company}` : ""}: ${p.reason} `),
        el("button", { type: "button", onclick: () => decide(p.firstId, p.secondId, true) }, phrase("Console.Clashes.Same")), " ",
        el("button", { type: "button", class: "quiet", onclick: () => decide(p.firstId, p.secondId, false) }, phrase("Console.Clashes.NotSame"))))),
      decisions.length === 0 ? null : [el("h4", {}, phrase("Console.Clashes.Decided")), el("ul", {}, decisions.map((d) => el("li", { class: "decided" },
        `${phrase("Console.Clashes.Pair", d.firstName, d.secondName)}: ${phrase(d.same ? "Console.Clashes.SamePerson" : "Console.Clashes.TwoPeople")} `,
        el("button", { type: "button", class: "quiet", onclick: () => undo(d) }, phrase("Console.Clashes.Undo")))))]);
  } catch (error) {
    fill("same-people", el("p", { class: "error" }, explain(error)));
  }
}
