// Data problems: every source's latest findings, grouped by kind, each linked to the session it is about.
import { call, explain } from "./api.js";
import { el, fill, stamp } from "./dom.js";
import { count, parts, phrase, phraseOr } from "./words.js";

// Each kind of problem by its name in the page's language; a kind the console does not know yet by its code.
const kindName = (code) => phraseOr(`Console.Problem.${code}`, code);

// Where in the console a kind of problem is acted on: the service says what is wrong, the console says where to go.
const actions = {
  "name-spellings": () => parts("Console.Problems.Act.name-spellings", el("a", { href: "#clashes" }, phrase("Console.Tab.Clashes"))),
};

export async function showProblems(slug) {
  try {
    const { json } = await call("GET", `/summits/${encodeURIComponent(slug)}/problems`);
    const groups = Object.entries(Object.groupBy(json.problems, (p) => p.code)).sort((a, b) => b[1].length - a[1].length);
    fill("problems-list",
      el("p", {}, json.sources.length === 0 ? phrase("Console.Problems.NoSource") : phrase("Console.Problems.From",
        json.sources.map((s) => phrase("Console.Problems.Source", s.name, s.format, stamp(s.importedAt), count("Count.Problem", s.problems))).join("; "))),
      groups.map(([code, problems]) => el("details", { open: true, class: "problems", "data-code": code },
        el("summary", {}, `${kindName(code)} (${problems.length})`),
        actions[code] ? el("p", { class: "act" }, actions[code]()) : null,
        el("ul", {}, problems.map((p) => el("li", { class: p.severity },
          el("strong", {}, p.where.startsWith(`${p.source}: `) ? p.where : `${p.source}: ${p.where}`), ` — ${p.message} `,
          p.page ? el("a", { href: p.page }, phrase("Console.Problems.Session", p.sessionId)) : null))))));
  } catch (error) {
    fill("problems-list", el("p", { class: "error" }, error.status === 404 ? phrase("Console.Problems.NoSummit") : explain(error)));
  }
}
