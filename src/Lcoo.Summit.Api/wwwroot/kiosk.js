// The kiosk screen: what is on now and next at the venue, in the venue's time, fitted to whatever screen it is on.
// Its clock is the service's (sent with the page, then run on here), so a screen with a wrong clock still shows the
// right sessions; ?at= rehearses from another instant. It keeps the last answer when the service cannot be reached.
import { el, time } from "./dom.js";

const body = document.body;
const params = new URLSearchParams(location.search);
const slug = decodeURIComponent(location.pathname.split("/").filter(Boolean).pop());
const room = params.get("room");
const pollMs = Math.max(2, Number(params.get("poll") || body.dataset.pollSeconds)) * 1000;
const cycleMs = Math.max(2, Number(params.get("cycle") || 8)) * 1000;
let loadedAt = performance.now();
let start = params.get("at") ? Date.parse(params.get("at")) : Date.parse(body.dataset.serverNow);
let rehearsing = params.has("at");
const now = () => (Number.isNaN(start) ? Date.now() : start + (performance.now() - loadedAt));
// The screen's language and the words its script shows, from the server; the answers' sentences come in it too.
const lang = body.dataset.lang || "en";
const words = JSON.parse(body.dataset.words || "{}");

// Sessions this long or longer (registration, "Marketplace is open") are the day's backdrop: after the talks, smaller.
const backdropMinutes = 240;

// Titles no smaller than this many pixels high, which reads from about 3 metres; below it, sessions are paged instead.
const floorTitlePx = 26;

let last = null;
// The venue day a new answer was last asked for because the clock passed midnight: asked once per day.
let dayAsked = null;
let timer = null;
const pages = { now: 0, next: 0 };
// What each box shows; null until the first answer, so that an empty first answer is drawn too (not left "Loading…").
let shown = { now: null, next: null };

const people = (s) => s.speakers.filter((p) => p.name).map((p) => (p.company ? `${p.name} (${p.company})` : p.name)).join(", ");

function card(s) {
  // The next session on another day says which day: "Tomorrow 09:00–09:20", not a time that reads as today's.
  const day = last && last.nextSessionDay && last.nextSession && last.nextSession.id === s.id ? `${last.nextSessionDay} ` : "";
  const who = people(s);
  return el("div", { class: s.durationMinutes >= backdropMinutes ? "session backdrop" : "session", "data-id": s.id },
    el("div", { class: "title" }, s.title),
    el("div", { class: "meta" }, el("span", { class: "time" }, `${day}${time(s.start.local)}–${time(s.end.local)}`), " ",
      s.room ? el("span", { class: "room" }, s.room) : el("span", { class: "no-room" }, words.noRoom),
      s.room && s.floor ? [" ", el("span", { class: "floor" }, s.floor)] : null),
    who ? el("div", { class: "people" }, who) : null);
}

// The venue's offset from UTC at an instant the API gave as {utc, local}: the local wall time read as if it were UTC,
// less the instant. Whatever the local text carries (fractions of a second, Z, +11:00), Date.parse reads it whole.
function venueOffsetMs(time) {
  return Date.parse(time.local.replace(/(Z|[+-]\d\d:\d\d)$/, "Z")) - Date.parse(time.utc);
}

function venueDate(t) {
  const offset = last ? venueOffsetMs(last.at) : 0;
  return new Date(t + offset);
}

/** Renders the last answer as of the page's clock: sessions that ended drop off, ones that started move up. */
function render() {
  const t = now();
  if (!last) return;
  const local = venueDate(t);
  document.getElementById("clock").textContent = local.toISOString().slice(11, 16);
  body.classList.toggle("rehearsal", rehearsing);
  // The day as the service writes it in the screen's language; past the venue's midnight, ask for the new day's.
  document.getElementById("day").textContent = last.today;
  const localDay = local.toISOString().slice(0, 10);
  if (localDay !== last.at.local.slice(0, 10) && dayAsked !== localDay) {
    dayAsked = localDay;
    refresh();
  }
  const started = last.upNext.map((n) => n.session).filter((s) => Date.parse(s.start.utc) <= t && t < Date.parse(s.end.utc));
  const onNow = last.onNow.filter((s) => t < Date.parse(s.end.utc)).concat(started);
  const upNext = last.upNext.map((n) => n.session).filter((s) => Date.parse(s.start.utc) > t);
  const later = upNext.length ? upNext : (last.nextSession && Date.parse(last.nextSession.start.utc) > t ? [last.nextSession] : []);
  fill("now", onNow, onNow.length === 0 && started.length === 0 && last.onNow.length > 0 ? words.nothingRightNow : last.nothingOn);
  fill("next", later, last.nothingNext);
}

// People scan a board by time, then by room: "Room 2" before "Room 10"; the day's backdrop comes after the sessions.
const isBackdrop = (s) => s.durationMinutes >= backdropMinutes;
const byTimeThenRoom = (a, b) => isBackdrop(a) - isBackdrop(b) || Date.parse(a.start.utc) - Date.parse(b.start.utc)
  || (a.room ?? "\uffff").localeCompare(b.room ?? "\uffff", lang, { numeric: true }) || a.title.localeCompare(b.title);

/** Puts the sessions in their box: unchanged boxes are left alone, changed ones are drawn and fitted again. */
function fill(id, unsorted, emptyText) {
  const sessions = [...unsorted].sort(byTimeThenRoom);
  const key = sessions.map((s) => `${s.id}@${s.start.utc}`).join("|") + `#${emptyText}`;
  if (key === shown[id]) return;
  shown[id] = key;
  pages[id] = 0;
  const box = document.getElementById(id);
  box.classList.toggle("many", sessions.length > 4);
  box.replaceChildren(...(sessions.length ? sessions.map(card) : [el("p", { class: "empty" }, emptyText)]));
  fit();
}

const overflowing = (box) => box.scrollHeight > box.clientHeight + 1;

/**
 * Type as large as lets both boxes show all their sessions, but no smaller than the floor; at the floor, each box that
 * still overflows shows its sessions a page at a time.
 */
function fit() {
  const boxes = ["now", "next"].map((id) => document.getElementById(id));
  for (const box of boxes) for (const c of box.children) c.hidden = false;
  const vmin = Math.min(innerWidth, innerHeight) / 100;
  // On a small screen the floor is above the usual size: type is set at the floor there, and pages do the rest.
  const floor = floorTitlePx / (4 * vmin);
  // Start large, so one session on a portrait screen fills it, and come down until everything fits.
  let scale = Math.max(1.6, floor);
  document.documentElement.style.setProperty("--scale", scale);
  while (boxes.some(overflowing) && scale > floor) {
    scale = Math.max(floor, scale - 0.05);
    document.documentElement.style.setProperty("--scale", scale);
  }
  for (const box of boxes) paginate(box);
}

/** Splits a box's cards into pages that each fit (measured where they sit with all shown), and shows the current one. */
function paginate(box) {
  const top = box.getBoundingClientRect().top;
  const split = [];
  let page = [];
  let pageTop = 0;
  for (const c of box.children) {
    const r = c.getBoundingClientRect();
    if (page.length > 0 && r.bottom - top - pageTop > box.clientHeight) {
      split.push(page);
      page = [];
      pageTop = r.top - top;
    }
    page.push(c);
  }
  if (page.length) split.push(page);
  box.pages = split;
  showPage(box);
}

function showPage(box) {
  const split = box.pages ?? [];
  const index = split.length ? pages[box.id] % split.length : 0;
  split.forEach((p, i) => p.forEach((c) => { c.hidden = i !== index; }));
  document.getElementById(`${box.id}-pages`).textContent = split.length > 1 ? `${index + 1} / ${split.length}` : "";
}

function turnPages() {
  for (const id of ["now", "next"]) {
    const box = document.getElementById(id);
    if ((box.pages ?? []).length > 1) {
      pages[id] += 1;
      showPage(box);
    }
  }
}

async function refresh() {
  const query = new URLSearchParams({ lang });
  if (room) query.set("room", room);
  // Live, the service answers for its own now (and from its cache); only a rehearsal names the instant.
  if (rehearsing) query.set("at", new Date(now()).toISOString());
  try {
    const response = await fetch(`/summits/${encodeURIComponent(slug)}/now?${query}`, { cache: "no-store" });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    last = await response.json();
    body.classList.remove("offline");
    document.getElementById("as-of").textContent = venueDate(now()).toISOString().slice(11, 16);
    if (room) document.getElementById("heading").textContent = `${room} — ${body.dataset.summitName}`;
  } catch {
    body.classList.add("offline");
    if (!last) document.getElementById("now").replaceChildren(el("p", { class: "empty" }, words.unreachable));
  }
  render();
  schedule();
}

/** Next refresh: at the poll interval, or sooner when the answer is due to change. */
function schedule() {
  clearTimeout(timer);
  let wait = pollMs;
  if (last && last.changesAt) wait = Math.min(wait, Math.max(500, Date.parse(last.changesAt.utc) - now() + 200));
  timer = setTimeout(refresh, wait);
}

addEventListener("resize", () => { shown = { now: null, next: null }; render(); });

/**
 * Rehearse from another instant without reloading: what ?at= does on load, for a coordinator checking a day, and for the
 * tests that walk the kiosk through a summit. Resolves once the screen shows that instant.
 */
window.lcooKiosk = {
  async rehearse(iso) {
    start = Date.parse(iso);
    loadedAt = performance.now();
    rehearsing = true;
    await refresh();
  },
};
/**
 * Live: the service says the moment the schedule changes (an import on any of its instances), and the screen asks
 * again at once. Polling goes on underneath, so a screen whose stream breaks is never more than one interval behind;
 * EventSource reconnects by itself, resuming from the last version it heard.
 */
function listen() {
  if (!("EventSource" in window)) return;
  const events = new EventSource(`/summits/${encodeURIComponent(slug)}/events`);
  events.addEventListener("open", () => body.classList.add("live"));
  events.addEventListener("error", () => body.classList.remove("live"));
  events.addEventListener("version", () => refresh());
}

setInterval(render, 1000);
setInterval(turnPages, cycleMs);
refresh();
listen();
