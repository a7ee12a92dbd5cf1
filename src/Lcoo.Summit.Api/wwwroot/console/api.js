// The API as the console calls it: the coordinator key goes in a header, never in a URL; it lives in this tab's
// session storage only. Errors are problem details; they carry what to do, and the console shows that.
import { phrase } from "./words.js";

const keyName = "lcoo-summit:coordinator-key";

export const key = {
  get: () => sessionStorage.getItem(keyName),
  set: (value) => sessionStorage.setItem(keyName, value),
  forget: () => sessionStorage.removeItem(keyName),
};

export class ProblemError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? problem?.title ?? phrase("Console.Api.Answered", status));
    this.status = status;
    this.problem = problem;
  }
}

/** Calls the API with the key, in the page's language; JSON bodies are sent as JSON, FormData as multipart. */
export async function call(method, path, { body, headers = {}, raw = false } = {}) {
  const sent = { Accept: "application/json, application/problem+json", "Accept-Language": document.documentElement.lang || "en", "X-Api-Key": key.get() ?? "", ...headers };
  let payload = body;
  if (body !== undefined && !(body instanceof FormData) && !(body instanceof Blob)) {
    sent["Content-Type"] = "application/json";
    payload = JSON.stringify(body);
  }
  const response = await fetch(path, { method, headers: sent, body: payload });
  if (raw && response.ok) return response;
  const text = await response.text();
  const json = text && (response.headers.get("content-type") ?? "").includes("json") ? JSON.parse(text) : null;
  if (!response.ok) throw new ProblemError(response.status, json);
  return { json, etag: response.headers.get("ETag"), status: response.status };
}

/** A problem's per-field errors ("errors": {field: [messages]}) as one sentence each. */
export const explain = (error) => {
  const fields = Object.entries(error.problem?.errors ?? {}).map(([field, messages]) => `${field}: ${messages.join(" ")}`);
  return fields.length > 0 ? `${error.message} ${fields.join(" ")}` : error.message;
};
