// The coordinators' console: asks for the key once per tab, checks it, then shows the summit, its import, data
// problems, members, clashes, publishing, coverage, and what is live (the source, webhooks), all through the public API.
import { call, explain, key } from "./api.js";
import { say } from "./dom.js";
import { count, phrase } from "./words.js";
import { setUpImport, showPastImports } from "./import.js";
import { showProblems } from "./problems.js";
import { showMembers } from "./members.js";
import { setUpClashes } from "./clashes.js";
import { setUpPublish } from "./publish.js";
import { setUpCoverage } from "./coverage.js";
import { setUpLive } from "./live.js";

const root = document.querySelector("main.console");
const slug = root.dataset.summit;
const gate = document.getElementById("key-gate");
const consoleBox = document.getElementById("console");

/** The key is right when a coordinator-only call is answered. */
async function check() {
  try {
    await call("GET", `/summits/${encodeURIComponent(slug)}/publications`);
    return null;
  } catch (error) {
    return error.status === 401 || error.status === 403
      ? phrase("Console.Key.Wrong")
      : phrase("Console.Key.Unchecked", error.message);
  }
}

async function open() {
  const wrong = await check();
  if (wrong) {
    key.forget();
    consoleBox.hidden = true;
    gate.hidden = false;
    say("key-message", wrong, "error");
    return;
  }

  gate.hidden = true;
  consoleBox.hidden = false;
  showTab();
  await loadAll();
}

async function loadAll() {
  const summit = await loadSummit();
  await Promise.all([showPastImports(slug), showProblems(slug)]);
  const members = await showMembers(slug);
  if (summit) {
    await setUpClashes(slug, summit.days, members);
  }
  await setUpPublish(slug, members);
  setUpCoverage(slug, members);
  await setUpLive(slug, members);
}

async function loadSummit() {
  const form = document.getElementById("summit-form");
  try {
    const { json } = await call("GET", `/summits/${encodeURIComponent(slug)}`);
    const s = json.summit;
    for (const [name, value] of Object.entries({ name: s.name, timeZone: s.timeZone, startDate: s.startDate, endDate: s.endDate, venue: s.venue ?? "" })) {
      form.elements[name].value = value;
    }
    say("summit-state", phrase("Console.Summit.State", count("Count.Session", json.sessionCount), count("Count.Day", json.days.length), s.version));
    return json;
  } catch (error) {
    if (error.status !== 404) throw error;
    say("summit-state", phrase("Console.Summit.None", slug));
    if (!location.hash) location.hash = "#summit";
    return null;
  }
}

function setUpSummitForm() {
  const form = document.getElementById("summit-form");
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const body = Object.fromEntries(new FormData(form));
    if (!body.venue) delete body.venue;
    try {
      const { status } = await call("PUT", `/summits/${encodeURIComponent(slug)}`, { body });
      say("summit-message", status === 201 ? phrase("Console.Summit.Created") : phrase("Console.Summit.Saved"), "done");
      await loadAll();
    } catch (error) {
      say("summit-message", phrase("Console.Summit.NotSaved", explain(error)), "error");
    }
  });
}

/** One section at a time, chosen by the URL's fragment (#import…), so the browser's back button works. */
function showTab() {
  const wanted = document.getElementById(location.hash.slice(1));
  const current = wanted?.classList.contains("tab") ? wanted : document.getElementById("summit");
  for (const tab of document.querySelectorAll("section.tab")) tab.hidden = tab !== current;
  for (const link of document.querySelectorAll(".tabs a")) {
    if (link.getAttribute("href") === `#${current.id}`) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
}

document.getElementById("key-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const input = document.getElementById("key");
  key.set(input.value.trim());
  input.value = "";
  say("key-message", phrase("Console.Key.Checking"));
  await open();
});

document.getElementById("forget-key").addEventListener("click", () => {
  key.forget();
  location.reload();
});

window.addEventListener("hashchange", showTab);
setUpSummitForm();
setUpImport(slug, loadAll);
if (key.get()) open();
