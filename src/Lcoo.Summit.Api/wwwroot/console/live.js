// Live: the summit's source (polled and imported when it changes) with its poll log, and each member's webhook
// endpoints with their delivery logs, through the API like any client.
import { call, explain } from "./api.js";
import { el, fill, say, stamp, plural } from "./dom.js";

const events = [
  ["session.added", "A session is added"],
  ["session.moved", "A session moves"],
  ["session.room-changed", "A session changes room"],
  ["session.cancelled", "A session is cancelled"],
  ["coverage.broken", "A change breaks a coverage plan"],
];

export async function setUpLive(slug, members) {
  setUpSource(slug);
  setUpWebhooks(members);
  await Promise.all([showSource(slug), showWebhooks(members[0]?.id)]);
}

function setUpSource(slug) {
  const path = `/summits/${encodeURIComponent(slug)}/source`;
  const form = document.getElementById("source-form");
  form.onsubmit = async (e) => {
    e.preventDefault();
    const f = form.elements;
    const body = { url: f.url.value.trim(), intervalSeconds: Number(f.intervalSeconds.value) };
    if (f.format.value) body.format = f.format.value;
    if (f.timeZone.value.trim()) body.timeZone = f.timeZone.value.trim();
    try {
      await call("PUT", path, { body });
      say("source-message", "Following the source: the first poll is now.", "done");
      await showSourceSoon(slug);
    } catch (error) {
      say("source-message", `Not set: ${explain(error)}`, "error");
    }
  };
  document.getElementById("poll-now").onclick = async () => {
    try {
      await call("POST", `${path}/poll`);
      say("source-message", "Polling now.", "done");
      await showSourceSoon(slug);
    } catch (error) {
      say("source-message", explain(error), "error");
    }
  };
  document.getElementById("stop-source").onclick = async () => {
    try {
      await call("DELETE", path);
      say("source-message", "No longer following the source. The sessions it imported stay.", "done");
      await showSource(slug);
    } catch (error) {
      say("source-message", explain(error), "error");
    }
  };
}

/** A poll takes a moment: show the source now, and again once the poll has had time to land. */
async function showSourceSoon(slug) {
  await showSource(slug);
  setTimeout(() => showSource(slug), 1500);
}

async function showSource(slug) {
  const path = `/summits/${encodeURIComponent(slug)}/source`;
  let source;
  try {
    ({ json: source } = await call("GET", path));
  } catch (error) {
    if (error.status !== 404) throw error;
    document.getElementById("source-state").textContent = "This summit follows no source: it changes only when someone imports.";
    fill("source-polls");
    return;
  }

  const f = document.getElementById("source-form").elements;
  f.url.value = source.url;
  f.format.value = source.format ?? "";
  f.timeZone.value = source.timeZone ?? "";
  f.intervalSeconds.value = source.intervalSeconds;
  const state = document.getElementById("source-state");
  state.textContent = source.status;
  state.className = source.backingOff ? "error" : "";
  const { json: polls } = await call("GET", `${path}/polls?limit=20`);
  fill("source-polls", polls.length === 0 ? null : scrolling("The source's latest polls", el("table", { class: "polls" },
    el("caption", {}, "Latest polls"),
    el("thead", {}, el("tr", {}, ["When", "Outcome", "Status", "Bytes", "Took", "What happened"].map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, polls.map((p) => el("tr", { class: p.outcome.toLowerCase() },
      el("td", {}, stamp(p.at)), el("td", {}, p.outcome), el("td", {}, p.status ?? "no answer"), el("td", {}, p.bytes.toLocaleString("en")),
      el("td", {}, `${Math.round(p.milliseconds)} ms`),
      el("td", {}, p.detail ?? "", p.import ? [" ", el("a", { href: p.import }, `the import (version ${p.version})`)] : null)))))));
}

/** A table that scrolls sideways in its own box on a narrow screen, reachable from the keyboard. */
const scrolling = (label, table) => el("div", { class: "log-scroll", tabindex: "0", role: "region", "aria-label": label }, table);

function setUpWebhooks(members) {
  const select = document.getElementById("webhook-member");
  select.replaceChildren(...members.map((m) => el("option", { value: m.id }, m.displayName)));
  select.onchange = () => showWebhooks(select.value);
  document.getElementById("webhooks-refresh").onclick = () => showWebhooks(select.value);
  fill("webhook-events", events.map(([value, label]) => el("label", { class: "check" },
    el("input", { type: "checkbox", name: "event", value, checked: true }), ` ${label}`)));
  const form = document.getElementById("webhook-form");
  form.onsubmit = async (e) => {
    e.preventDefault();
    const chosen = [...form.querySelectorAll("input[name=event]:checked")].map((c) => c.value);
    if (chosen.length === 0) return say("webhook-message", "Choose at least one event.", "error");
    try {
      const { json } = await call("POST", `/members/${encodeURIComponent(select.value)}/webhooks`, { body: { url: form.elements.url.value.trim(), events: chosen } });
      say("webhook-message", `Registered. Its signing secret, shown this once: ${json.secret}`, "done");
      await showWebhooks(select.value);
    } catch (error) {
      say("webhook-message", `Not registered: ${explain(error)}`, "error");
    }
  };
}

async function showWebhooks(member) {
  if (!member) return fill("webhooks", el("p", {}, "Add a member company first."));
  const base = `/members/${encodeURIComponent(member)}/webhooks`;
  const { json: endpoints } = await call("GET", base);
  if (endpoints.length === 0) return fill("webhooks", el("p", {}, "This member has no webhooks yet."));
  const logs = await Promise.all(endpoints.map((e) => call("GET", `${base}/${encodeURIComponent(e.id)}/deliveries?limit=10`).then((r) => r.json)));
  fill("webhooks", endpoints.map((e, i) => el("article", { class: e.paused ? "webhook paused" : "webhook" },
    el("h4", {}, e.url),
    el("p", { class: e.paused ? "error" : "" }, e.status),
    el("p", {}, `Hears when: ${e.events.map((name) => (events.find(([value]) => value === name)?.[1] ?? name).toLowerCase()).join("; ")}.`),
    e.paused ? el("button", { type: "button", onclick: () => act("POST", `${base}/${encodeURIComponent(e.id)}/resume`, "Resumed: what waited is being sent.", member) }, "Resume") : null,
    " ",
    el("button", { type: "button", class: "quiet", onclick: () => act("DELETE", `${base}/${encodeURIComponent(e.id)}`, "Removed.", member) }, "Remove"),
    logs[i].length === 0 ? el("p", {}, "Nothing sent yet.") : scrolling(`Deliveries to ${e.url}`, el("table", { class: "deliveries" },
      el("caption", {}, `Latest ${plural(logs[i].length, "delivery", "deliveries")}`),
      el("thead", {}, el("tr", {}, ["Made", "Event", "Version", "Status", "Attempts", "Last answer", "Next try"].map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, logs[i].map((d) => el("tr", {},
        el("td", {}, stamp(d.createdAt)), el("td", {}, d.type), el("td", {}, d.version), el("td", {}, d.status), el("td", {}, d.attempts),
        el("td", {}, d.lastStatus ?? d.lastError ?? "—"), el("td", {}, d.nextAttemptAt ? stamp(d.nextAttemptAt) : "—")))))))));
}

async function act(method, path, done, member) {
  try {
    await call(method, path);
    say("webhook-message", done, "done");
    await showWebhooks(member);
  } catch (error) {
    say("webhook-message", explain(error), "error");
  }
}
