// Live: the summit's source (polled and imported when it changes) with its poll log, and each member's webhook
// endpoints with their delivery logs, through the API like any client.
import { call, explain } from "./api.js";
import { el, fill, say, scrolling, stamp } from "./dom.js";
import { count, locale, number, phrase, phraseOr } from "./words.js";

const events = ["session.added", "session.moved", "session.room-changed", "session.cancelled", "coverage.broken"];
const eventName = (name) => phraseOr(`Console.Event.${name}`, name);

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
      say("source-message", phrase("Console.Live.Following"), "done");
      await showSourceSoon(slug);
    } catch (error) {
      say("source-message", phrase("Console.Live.NotSet", explain(error)), "error");
    }
  };
  document.getElementById("poll-now").onclick = async () => {
    try {
      await call("POST", `${path}/poll`);
      say("source-message", phrase("Console.Live.Polling"), "done");
      await showSourceSoon(slug);
    } catch (error) {
      say("source-message", explain(error), "error");
    }
  };
  document.getElementById("stop-source").onclick = async () => {
    try {
      await call("DELETE", path);
      say("source-message", phrase("Console.Live.Stopped"), "done");
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
    document.getElementById("source-state").textContent = phrase("Console.Live.NoSource");
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
  fill("source-polls", polls.length === 0 ? null : scrolling(phrase("Console.Live.PollsLabel"), el("table", { class: "polls" },
    el("caption", {}, phrase("Console.Live.Polls")),
    el("thead", {}, el("tr", {}, ["When", "Outcome", "Status", "Bytes", "Took", "WhatHappened"].map((h) => el("th", { scope: "col" }, phrase(`Console.Live.${h}`))))),
    el("tbody", {}, polls.map((p) => el("tr", { class: p.outcome.toLowerCase() },
      el("td", {}, stamp(p.at)), el("td", {}, p.outcome), el("td", {}, p.status ?? phrase("Console.Live.NoAnswer")), el("td", {}, number(p.bytes)),
      el("td", {}, phrase("Console.Live.Ms", number(Math.round(p.milliseconds)))),
      el("td", {}, p.detail ?? "", p.import ? [" ", el("a", { href: p.import }, phrase("Console.Live.TheImport", p.version))] : null)))))));
}


function setUpWebhooks(members) {
  const select = document.getElementById("webhook-member");
  select.replaceChildren(...members.map((m) => el("option", { value: m.id }, m.displayName)));
  select.onchange = () => showWebhooks(select.value);
  document.getElementById("webhooks-refresh").onclick = () => showWebhooks(select.value);
  fill("webhook-events", events.map((value) => el("label", { class: "check" },
    el("input", { type: "checkbox", name: "event", value, checked: true }), ` ${eventName(value)}`)));
  const form = document.getElementById("webhook-form");
  form.onsubmit = async (e) => {
    e.preventDefault();
    const chosen = [...form.querySelectorAll("input[name=event]:checked")].map((c) => c.value);
    if (chosen.length === 0) return say("webhook-message", phrase("Console.Webhooks.ChooseEvent"), "error");
    try {
      const { json } = await call("POST", `/members/${encodeURIComponent(select.value)}/webhooks`, { body: { url: form.elements.url.value.trim(), events: chosen } });
      say("webhook-message", phrase("Console.Webhooks.Registered", json.secret), "done");
      await showWebhooks(select.value);
    } catch (error) {
      say("webhook-message", phrase("Console.Webhooks.NotRegistered", explain(error)), "error");
    }
  };
}

async function showWebhooks(member) {
  if (!member) return fill("webhooks", el("p", {}, phrase("Console.Webhooks.AddMember")));
  const base = `/members/${encodeURIComponent(member)}/webhooks`;
  const { json: endpoints } = await call("GET", base);
  if (endpoints.length === 0) return fill("webhooks", el("p", {}, phrase("Console.Webhooks.None")));
  const logs = await Promise.all(endpoints.map((e) => call("GET", `${base}/${encodeURIComponent(e.id)}/deliveries?limit=10`).then((r) => r.json)));
  fill("webhooks", endpoints.map((e, i) => el("article", { class: e.paused ? "webhook paused" : "webhook" },
    el("h4", {}, e.url),
    el("p", { class: e.paused ? "error" : "" }, e.status),
    el("p", {}, phrase("Console.Webhooks.Hears", e.events.map((name) => eventName(name).toLocaleLowerCase(locale)).join("; "))),
    e.paused ? el("button", { type: "button", onclick: () => act("POST", `${base}/${encodeURIComponent(e.id)}/resume`, phrase("Console.Webhooks.Resumed"), member) }, phrase("Console.Webhooks.Resume")) : null,
    " ",
    el("button", { type: "button", class: "quiet", onclick: () => act("DELETE", `${base}/${encodeURIComponent(e.id)}`, phrase("Console.Webhooks.Removed"), member) }, phrase("Console.Members.Remove")),
    logs[i].length === 0 ? el("p", {}, phrase("Console.Webhooks.NothingSent")) : scrolling(phrase("Console.Webhooks.DeliveriesTo", e.url), el("table", { class: "deliveries" },
      el("caption", {}, phrase("Console.Webhooks.Latest", count("Count.Delivery", logs[i].length))),
      el("thead", {}, el("tr", {}, ["Made", "Event", "Version", "Status", "Attempts", "LastAnswer", "NextTry"].map((h) => el("th", { scope: "col" }, phrase(`Console.Webhooks.${h}`))))),
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
