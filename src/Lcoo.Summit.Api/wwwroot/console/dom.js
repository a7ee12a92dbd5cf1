// Building the console's DOM from data: text is always set as text, never parsed as markup.
import { locale } from "./words.js";

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : value);
  }
  node.append(...present(children));
  return node;
}

// Children however deeply nested (a list of rows of parts), without the nulls an absent part leaves: nothing reads
// "null", or ",http://…" where an array was appended as text.
const present = (children) => children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false);

export const fill = (id, ...children) => document.getElementById(id).replaceChildren(...present(children));

export const say = (id, message, kind = "") => {
  const node = document.getElementById(id);
  node.textContent = message;
  node.className = kind;
};

/** A table that scrolls sideways in its own box on a narrow screen, reachable from the keyboard. */
export const scrolling = (label, table) => el("div", { class: "log-scroll", tabindex: "0", role: "region", "aria-label": label }, table);

export const time = (local) => local.slice(11, 16);

// When something happened on the service (imports, publications), one way everywhere, in the page's language: "25 Nov 2026, 23:15 UTC".
export const stamp = (iso) => new Date(iso).toLocaleString(locale,
  { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" });

