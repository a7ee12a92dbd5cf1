// The API as the console calls it: the coordinator key goes in a header, never in a URL; it lives in this tab's
// session storage only. Errors are problem details; they carry what to do, and the console shows that.
import { request } from "../api.js";
import { phrase } from "./words.js";

export { ProblemError } from "../api.js";

const keyName = "lcoo-summit:coordinator-key";

export const key = {
  get: () => sessionStorage.getItem(keyName),
  set: (value) => sessionStorage.setItem(keyName, value),
  forget: () => sessionStorage.removeItem(keyName),
};

/** Calls the API with the key (see request in ../api.js). */
export const call = (method, path, { body, headers = {}, raw = false } = {}) =>
  request(method, path, { body, headers: { "X-Api-Key": key.get() ?? "", ...headers }, raw, unanswered: (status) => phrase("Console.Api.Answered", status) });

/** A problem's per-field errors ("errors": {field: [messages]}) as one sentence each. */
export const explain = (error) => {
  const fields = Object.entries(error.problem?.errors ?? {}).map(([field, messages]) => `${field}: ${messages.join(" ")}`);
  return fields.length > 0 ? `${error.message} ${fields.join(" ")}` : error.message;
};
