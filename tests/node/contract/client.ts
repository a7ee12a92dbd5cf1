// A client written against the TypeScript types generated from the service's OpenAPI document (openapi-typescript)
// and called through openapi-fetch. If the contract drifts (a path, a parameter, a field renamed or retyped),
// this stops compiling; the contract test also runs it against a live service.
//
// What an attendee's app does: list Tuesday's sessions around 11:45 at Sydney, start a schedule, pick them, read the clashes.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/schema.js";

type Session = components["schemas"]["SessionView"];
type Clash = components["schemas"]["ClashView"];

const baseUrl = process.argv[2];
if (!baseUrl) {
  throw new Error("usage: node out/client.js <base URL of the service>");
}

const api = createClient<paths>({ baseUrl });

const { data: page, error: listError } = await api.GET("/summits/{slug}/sessions", {
  params: {
    path: { slug: "sydney-2017" },
    query: { day: "2017-11-07", from: "2017-11-07T11:45:00+11:00", to: "2017-11-07T11:46:00+11:00", limit: 10, sort: "start" },
  },
});
if (listError || !page) {
  throw new Error(`listing sessions failed: ${JSON.stringify(listError)}`);
}
const sessions: Session[] = page.items;

const { data: created, error: createError } = await api.POST("/summits/{slug}/schedules", {
  params: { path: { slug: "sydney-2017" } },
  body: { name: "Tuesday at Sydney" },
});
if (createError || !created) {
  throw new Error(`creating a schedule failed: ${JSON.stringify(createError)}`);
}
const headers = { Authorization: `Bearer ${created.token}` };

let version = created.schedule.version;
for (const session of sessions) {
  const { data: update, error } = await api.PUT("/schedules/{id}/sessions/{sessionId}", {
    params: { path: { id: created.id, sessionId: session.id } },
    headers,
  });
  if (error || !update) {
    throw new Error(`picking ${session.id} failed: ${JSON.stringify(error)}`);
  }
  version = update.schedule.version;
}

const { data: clashes, error: clashError } = await api.GET("/schedules/{id}/clashes", {
  params: { path: { id: created.id } },
  headers,
});
if (clashError || !clashes) {
  throw new Error(`reading clashes failed: ${JSON.stringify(clashError)}`);
}
const found: Clash[] = clashes;

console.log(JSON.stringify({
  sessions: sessions.map((s) => `${s.start.local} ${s.title}`),
  schedule: created.id,
  version,
  subscribe: created.share.subscribe,
  clashes: found.map((c) => ({ kind: c.kind, severity: c.severity, sessions: c.sessions.map((s) => s.id), reason: c.reason })),
}));
