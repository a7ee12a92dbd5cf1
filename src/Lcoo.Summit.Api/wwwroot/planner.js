// The planner's picking: the page is rendered on the server; this module adds the Pick buttons and "my schedule",
// through the same public API any client uses (POST /summits/{slug}/schedules, PUT/DELETE /schedules/{id}/sessions/{id},
// GET /schedules/{id}/clashes). The schedule's id, token and read key stay in this browser's local storage.
import { request } from "./api.js";
import { el, time } from "./dom.js";
import { changesPage, sessionPage } from "./links.js";
import { wordsOf } from "./words.js";

const root = document.querySelector(".planner");
const slug = root?.dataset.summit;
const storageKey = `lcoo-summit:schedule:${slug}`;
const panel = document.getElementById("my-content");
const announcer = document.getElementById("announce");
// Everything this script says comes from the page, in its language: phrases, day names, and how the language counts.
const { phrase, phraseOr, count, day: dayOf } = wordsOf(root);

/** @returns {{id: string, token: string, key: string | null} | null} */
function saved() {
  try {
    return JSON.parse(localStorage.getItem(storageKey) ?? "null");
  } catch {
    return null;
  }
}

const save = (schedule) => localStorage.setItem(storageKey, JSON.stringify(schedule));

/** A schedule handed over from another device: #schedule=id.token.key (a fragment never reaches a server or a log). */
function adoptFromFragment() {
  const match = /(?:^#|&)schedule=([^&]+)/.exec(location.hash);
  if (!match) return;
  const [id, token, key] = decodeURIComponent(match[1]).split(".");
  if (id && token) save({ id, token, key: key || null });
  history.replaceState(null, "", location.pathname + location.search);
}

/** The API with this browser's schedule token for its own schedule's paths (see request in api.js). */
async function api(method, path, body) {
  const mine = saved();
  const headers = mine && path.startsWith("/schedules/") ? { Authorization: `Bearer ${mine.token}` } : {};
  return (await request(method, path, { body, headers })).json;
}

async function ensureSchedule() {
  const mine = saved();
  if (mine) return mine;
  const created = await api("POST", `/summits/${encodeURIComponent(slug)}/schedules`, { name: phrase("Js.MyName", root.dataset.summitName) });
  const key = new URL(created.share.calendar).searchParams.get("key");
  const schedule = { id: created.id, token: created.token, key };
  save(schedule);
  return schedule;
}

const say = (message) => { announcer.textContent = ""; setTimeout(() => { announcer.textContent = message; }, 50); };
const day = (local) => dayOf(local.slice(0, 10));
// A changed time reads as the venue's clock, with the date when the day moved too.
const isTime = (value) => /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value ?? "");
const change = (c) => {
  const field = phraseOr(`Js.Field.${c.field}`, c.field);
  if (!isTime(c.was) || !isTime(c.now)) return `${field} ${c.was ?? "—"} → ${c.now ?? "—"}`;
  const sameDay = c.was.slice(0, 10) === c.now.slice(0, 10);
  const show = (v) => sameDay ? v.slice(11, 16) : `${v.slice(0, 10)} ${v.slice(11, 16)}`;
  return `${field} ${show(c.was)} → ${show(c.now)}`;
};

// Answers can arrive out of order (the load's GET after a pick's PUT): an older version never overwrites a newer one.
let shownVersion = 0;
// The changelog's sentences for this browser's picks: news (since it last looked) and every cancellation.
let news = new Map();
let cancelled = new Map();
const seenKey = `lcoo-summit:seen-version:${slug}`;

/** Reads the summit's changelog since this browser last looked, then remembers the version it has now seen. */
async function readNews() {
  try {
    const seen = Number(localStorage.getItem(seenKey) ?? "0");
    const changes = await api("GET", `/summits/${encodeURIComponent(slug)}/changes`);
    news = new Map();
    cancelled = new Map();
    for (const version of [...changes.changes].reverse()) {
      for (const change of version.sessions) {
        if (change.now === null) cancelled.set(change.id, change.sentence);
        if (seen > 0 && version.version > seen) news.set(change.id, change.sentence);
      }
    }
    localStorage.setItem(seenKey, String(changes.version));
  } catch {
    // The changelog is extra: the panel is drawn without it.
  }
}

function renderPanel(schedule, clashes) {
  if (schedule.version < shownVersion) return;
  shownVersion = schedule.version;
  const mine = saved();
  panel.replaceChildren();
  const picks = schedule.sessions.filter((p) => p.session);
  if (picks.length === 0) {
    panel.append(el("p", {}, phrase("Js.NoPicks")));
  }

  const clashing = new Set(clashes.flatMap((c) => c.sessions.map((s) => s.id)));
  if (clashes.length > 0) {
    const heading = el("h3", {}, count("Count.Clash", clashes.length));
    panel.append(heading);
    for (const clash of clashes) {
      panel.append(el("div", { class: "clash", role: "note" }, el("strong", {}, `${phrase("Js.Clash")} `), clash.reason));
    }
  }

  const byDay = Map.groupBy(picks.sort((a, b) => a.session.start.utc.localeCompare(b.session.start.utc)), (p) => p.session.start.local.slice(0, 10));
  for (const [date, dayPicks] of byDay) {
    panel.append(el("h3", {}, day(date)));
    const list = el("ol");
    for (const pick of dayPicks) {
      const s = pick.session;
      const when = el("span", { class: "when" }, `${time(s.start.local)}–${time(s.end.local)} · `,
        s.room ? s.room : el("em", {}, phrase("Room.None")));
      if (clashing.has(s.id)) when.append(" ", el("span", { class: "clash-badge" }, phrase("Js.ClashBadge")));
      const item = el("li", { "data-session": s.id }, when,
        el("a", { href: sessionPage(slug, s.id) }, s.title), " ",
        el("button", { type: "button", "data-drop": s.id, "data-title": s.title, "aria-label": phrase("Js.DropNamed", s.title) }, phrase("Js.Drop")));
      if (pick.status === "changed") {
        item.append(el("span", { class: "changed" }, phrase("Js.ChangedSince", pick.changes.map(change).join("; "))));
      }
      list.append(item);
    }
    panel.append(list);
  }

  for (const pick of schedule.sessions.filter((p) => p.status === "removed")) {
    const said = news.get(pick.sessionId) ?? cancelled.get(pick.sessionId);
    panel.append(el("p", { class: "changed" }, said ?? phrase("Js.Removed", pick.sessionId)));
  }

  // What became of the picks since this browser last looked, in the summit changelog's words.
  const since = [...news].filter(([id]) => picks.some((p) => p.sessionId === id) || schedule.sessions.some((p) => p.sessionId === id && p.status === "removed"));
  if (since.length > 0) {
    panel.prepend(el("div", { class: "since", role: "status" }, el("h3", {}, phrase("Js.Since")),
      el("ul", {}, ...since.map(([, sentence]) => el("li", {}, sentence)))));
  }

  if (mine?.key) {
    const base = location.origin;
    const feed = `${base}/schedules/${mine.id}.ics?key=${encodeURIComponent(mine.key)}`;
    const subscribe = feed.replace(/^https?:/, "webcal:");
    const another = `${base}/plan/${encodeURIComponent(slug)}#schedule=${encodeURIComponent(`${mine.id}.${mine.token}.${mine.key}`)}`;
    panel.append(el("h3", {}, phrase("Js.TakeItWithYou")),
      el("div", { class: "links" },
        el("a", { href: subscribe, id: "subscribe" }, phrase("Js.Subscribe")),
        el("a", { href: feed, id: "ics", download: `${slug}-schedule.ics` }, phrase("Js.Download")),
        el("a", { href: `${base}/schedules/${mine.id}.pdf?key=${encodeURIComponent(mine.key)}&lang=${encodeURIComponent(root.dataset.lang)}`, id: "pdf" }, phrase("Js.Pdf")),
        el("a", { href: `${base}/schedules/${mine.id}/schedule.xml?key=${encodeURIComponent(mine.key)}`, id: "frab" }, phrase("Js.Frab")),
        el("label", { for: "another" }, phrase("Js.Another")),
        el("div", { class: "copy" }, el("input", { id: "another", readonly: "", value: another }),
          el("button", { type: "button", "data-copy": "another" }, phrase("Js.Copy")))));
  }

  const overlapsAPick = (block) => block.dataset.start && picks.some((p) => p.sessionId !== block.dataset.session
    && Date.parse(p.session.start.utc) < Date.parse(block.dataset.end) && Date.parse(block.dataset.start) < Date.parse(p.session.end.utc));
  for (const block of document.querySelectorAll("[data-session].session")) {
    const picked = picks.some((p) => p.sessionId === block.dataset.session);
    block.classList.toggle("picked", picked);
    block.classList.toggle("clashing", clashing.has(block.dataset.session));
    // As Sched does: a session not picked says that picking it would clash with one that is.
    const hint = !picked && overlapsAPick(block);
    block.classList.toggle("clashes-pick", hint);
    block.querySelector(".clash-hint")?.remove();
    if (hint) block.querySelector(".when")?.after(el("p", { class: "clash-hint" }, phrase("Js.ClashesWithPick")));
    const button = block.querySelector("button.pick");
    if (button) {
      button.setAttribute("aria-pressed", String(picked));
      button.querySelector(".star").textContent = picked ? "★" : "☆";
      button.querySelector(".label").textContent = ` ${phrase(picked ? "Card.Picked" : "Card.Pick")}`;
    }
  }
}

// Each read or change of the schedule takes a number; an answer is drawn only if nothing began after it, so a read
// that set out before a pick cannot draw over the pick's answer when it comes back later.
let drawn = 0;

async function refresh() {
  const mine = saved();
  if (!mine) return;
  const turn = ++drawn;
  try {
    const [schedule, clashes] = await Promise.all([api("GET", `/schedules/${mine.id}`), api("GET", `/schedules/${mine.id}/clashes`)]);
    if (turn === drawn) renderPanel(schedule, clashes);
  } catch (error) {
    if (error.status === 404 || error.status === 401) {
      localStorage.removeItem(storageKey);
      panel.replaceChildren(el("p", {}, phrase("Js.Gone")));
    } else {
      panel.replaceChildren(el("p", { role: "alert" }, phrase("Js.LoadFailed", error.message)));
    }
  }
}

async function toggle(sessionId, title, picking) {
  try {
    const mine = picking ? await ensureSchedule() : saved();
    const turn = ++drawn;
    const update = await api(picking ? "PUT" : "DELETE", `/schedules/${mine.id}/sessions/${encodeURIComponent(sessionId)}`);
    if (turn === drawn) renderPanel(update.schedule, update.clashes);
    const mineNow = update.clashes.filter((c) => c.sessions.some((s) => s.id === sessionId));
    // Said where the pick was made, not only in the panel, which on a phone is thousands of pixels down.
    for (const old of document.querySelectorAll(".pick-note")) old.remove();
    const block = document.querySelector(`.session[data-session="${CSS.escape(sessionId)}"]`);
    if (picking && mineNow.length && block) {
      block.append(el("p", { class: "pick-note", role: "status" }, el("strong", {}, `${phrase("Js.Clash")} `), mineNow.map((c) => c.reason).join(" "), " ",
        el("a", { href: "#my-schedule" }, phrase("Js.SeeMine"))));
    }
    say(picking
      ? `${phrase("Js.PickedSay", title)}${mineNow.length ? ` ${phrase("Js.Clash")} ${mineNow.map((c) => c.reason).join(" ")}` : ""}`
      : phrase("Js.DroppedSay", title));
  } catch (error) {
    say(phrase("Js.Failed", error.message));
  }
}

function enablePicks() {
  for (const button of document.querySelectorAll("button.pick")) {
    button.hidden = false;
    button.addEventListener("click", () =>
      toggle(button.closest("[data-session]").dataset.session, button.dataset.title, button.getAttribute("aria-pressed") !== "true"));
  }
}

function enable() {
  enablePicks();

  panel.addEventListener("click", (event) => {
    const drop = event.target.closest("button[data-drop]");
    if (drop) toggle(drop.dataset.drop, drop.dataset.title, false);
    const copy = event.target.closest("button[data-copy]");
    if (copy) {
      const field = document.getElementById(copy.dataset.copy);
      field.select();
      navigator.clipboard?.writeText(field.value).then(() => say(phrase("Js.Copied")), () => say(phrase("Js.CopyByHand")));
    }
  });

  // On a phone the filters fold away until asked for (they stay open while any is set).
  const filters = document.querySelector("details.filter-panel");
  if (filters && !filters.dataset.active && matchMedia("(max-width: 800px)").matches) filters.open = false;

  enableFilters();
}

function enableFilters() {
  // Filters apply as they change; the form still submits without this.
  document.querySelector("form.filters")?.addEventListener("change", (event) => {
    if (event.target.matches("select")) event.target.form.requestSubmit();
  });
}

/**
 * The schedule changed (an import on any instance of the service): the page is drawn again by the server, with the
 * same filters, and swapped in without a reload; what changed is said above it and to a screen reader, and the panel
 * is read again so its picks show what became of them. The stream reconnects by itself; nothing here polls.
 */
async function redraw(version) {
  const response = await fetch(location.href, { cache: "no-store", headers: { Accept: "text/html" } });
  if (!response.ok) return;
  const fresh = new DOMParser().parseFromString(await response.text(), "text/html").getElementById("main");
  const main = document.getElementById("main");
  if (!fresh || !main) return;
  const scroll = scrollY;
  const openFilters = document.querySelector("details.filter-panel")?.open;
  main.replaceChildren(...fresh.childNodes);
  const filters = document.querySelector("details.filter-panel");
  if (filters && openFilters !== undefined) filters.open = openFilters;
  scrollTo({ top: scroll });
  enablePicks();
  enableFilters();
  const sentences = version.sessions.map((s) => s.sentence);
  if (sentences.length > 0) {
    const shown = sentences.slice(0, 5);
    const note = el("div", { class: "live-changes", role: "status" }, el("strong", {}, `${phrase("Js.JustChanged")} `),
      shown.join("; "), sentences.length > shown.length ? `; ${phrase("Js.AndMore", sentences.length - shown.length)}` : ".", " ",
      el("a", { href: changesPage(slug) }, phrase("Plan.WhatChanged")));
    main.prepend(note);
    say(`${phrase("Js.JustChanged")} ${shown.join("; ")}`);
  }
  await readNews();
  await refresh();
}

function listen() {
  if (!("EventSource" in window)) return;
  const events = new EventSource(`/summits/${encodeURIComponent(slug)}/events?lang=${encodeURIComponent(root.dataset.lang)}`);
  events.addEventListener("version", (event) => redraw(JSON.parse(event.data)));
}

if (root && panel) {
  adoptFromFragment();
  enable();
  readNews().then(refresh);
  listen();
}
