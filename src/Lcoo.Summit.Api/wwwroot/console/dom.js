// The console's own pieces of DOM, over the pages' shared ../dom.js: text is always set as text, never parsed as markup.
import { el } from "../dom.js";
import { locale } from "./words.js";

export { el, fill, time } from "../dom.js";

export const say = (id, message, kind = "") => {
  const node = document.getElementById(id);
  node.textContent = message;
  node.className = kind;
};

/** A table that scrolls sideways in its own box on a narrow screen, reachable from the keyboard. */
export const scrolling = (label, table) => el("div", { class: "log-scroll", tabindex: "0", role: "region", "aria-label": label }, table);

// When something happened on the service (imports, publications), one way everywhere, in the page's language: "25 Nov 2026, 23:15 UTC".
export const stamp = (iso) => new Date(iso).toLocaleString(locale,
  { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" });
