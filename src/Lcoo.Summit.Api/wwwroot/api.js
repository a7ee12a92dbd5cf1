// The API as every page's scripts call it: in the page's language, JSON bodies as JSON and FormData as multipart;
// an answer that is not a success is thrown as its problem details, which carry what to do.

export class ProblemError extends Error {
  constructor(status, problem, fallback = `${status}`) {
    super(problem?.detail ?? problem?.title ?? fallback);
    this.status = status;
    this.problem = problem;
  }
}

/**
 * Calls the API and reads its JSON. raw: a success is handed back as the Response itself (a file to save).
 * unanswered(status): the message when a failure carries no problem details.
 */
export async function request(method, path, { body, headers = {}, raw = false, unanswered } = {}) {
  const sent = { Accept: "application/json, application/problem+json", "Accept-Language": document.documentElement.lang || "en", ...headers };
  let payload = body;
  if (body !== undefined && !(body instanceof FormData) && !(body instanceof Blob)) {
    sent["Content-Type"] = "application/json";
    payload = JSON.stringify(body);
  }
  const response = await fetch(path, { method, headers: sent, body: payload });
  if (raw && response.ok) return response;
  const text = await response.text();
  const json = text && (response.headers.get("content-type") ?? "").includes("json") ? JSON.parse(text) : null;
  if (!response.ok) throw new ProblemError(response.status, json, unanswered?.(response.status));
  return { json, etag: response.headers.get("ETag"), status: response.status };
}
