// Members: the companies seen at this summit that map to no member (searchable, each offered the member its name looks
// like), one action to make a spelling a member's alias (the service retags every summit at once), and the members with
// their aliases, where any spelling can be added or removed by hand.
import { call, explain } from "./api.js";
import { el, fill, say, plural } from "./dom.js";

export async function showMembers(slug) {
  const [{ json: members }, companies] = await Promise.all([
    call("GET", "/members"),
    call("GET", `/summits/${encodeURIComponent(slug)}/companies`).then((r) => r.json, () => []),
  ]);
  const unmapped = companies.filter((c) => c.member === null);
  const rows = unmapped.map((c) => {
    const select = el("select", { "aria-label": `Member for ${c.name}` }, el("option", { value: "" }, "Choose a member"),
      members.map((m) => el("option", { value: m.id, selected: c.looksLike?.id === m.id }, m.displayName)));
    return el("tr", { "data-company": c.name, "data-search": [c.name, ...c.spellings, c.looksLike?.name ?? ""].join(" ").toLowerCase() },
      el("th", { scope: "row" }, c.name), el("td", {}, c.spellings.join(", ")), el("td", {}, `${c.sessions}`),
      el("td", { class: "looks-like" }, c.looksLike ? `Looks like ${c.looksLike.name}: ${c.looksLike.reason}` : ""),
      el("td", {}, select, " ", el("button", { type: "button", onclick: () => addAliases(slug, members.find((m) => m.id === select.value), c.spellings, c.name) }, "Add as alias")));
  });
  const shown = el("p", { role: "status", class: "muted" });
  const search = el("input", { type: "search", id: "unmapped-search", placeholder: "Search companies", "aria-label": "Search the companies that map to no member" });
  const filter = () => {
    const words = search.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    let count = 0;
    for (const row of rows) {
      row.hidden = !words.every((w) => row.dataset.search.includes(w));
      count += row.hidden ? 0 : 1;
    }
    shown.textContent = words.length === 0 ? `${plural(rows.length, "company", "companies")}.` : `${count} of ${plural(rows.length, "company", "companies")} match.`;
  };
  search.oninput = filter;
  fill("unmapped", unmapped.length === 0 ? el("p", {}, "Every company at this summit maps to a member, or there is none yet.") : [
    el("p", {}, search), shown,
    el("table", {},
      el("thead", {}, el("tr", {}, ["Company", "Spellings", "Sessions", "Suggestion", "Make it an alias of"].map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, rows))]);
  filter();
  fill("member-list", el("table", {},
    el("thead", {}, el("tr", {}, ["Member", "Id", "Aliases", "Add an alias"].map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, members.map((m) => {
      const input = el("input", { type: "text", "aria-label": `A new alias of ${m.displayName}`, placeholder: "Another spelling", maxlength: "200" });
      return el("tr", { "data-member": m.id }, el("th", { scope: "row" }, m.displayName), el("td", {}, m.id),
        el("td", {}, el("ul", { class: "aliases" }, m.aliases.map((a) => el("li", {}, a, " ",
          el("button", { type: "button", class: "quiet", "aria-label": `Remove the alias ${a} of ${m.displayName}`, onclick: () => removeAlias(slug, m, a) }, "Remove"))))),
        el("td", {}, el("form", { class: "inline", onsubmit: (e) => { e.preventDefault(); addAliases(slug, m, [input.value.trim()], input.value.trim()); } },
          input, " ", el("button", { type: "submit" }, "Add"))));
    }))));
  return members;
}

const sessionsOf = async (slug, member) =>
  (await call("GET", `/summits/${encodeURIComponent(slug)}/members/${encodeURIComponent(member.id)}/sessions`)).json.count;

async function addAliases(slug, member, spellings, name) {
  if (!member) return say("members-message", `Choose the member '${name}' belongs to first.`, "error");
  if (!name) return say("members-message", `Write the spelling to add as an alias of ${member.displayName}.`, "error");
  await change(slug, member, [...new Set([...member.aliases, ...spellings])], (before, after) =>
    `'${name}' is now an alias of ${member.displayName}: ${member.displayName} gives ${plural(after, "session")} here (was ${before}).`);
}

async function removeAlias(slug, member, alias) {
  await change(slug, member, member.aliases.filter((a) => a !== alias), (before, after) =>
    `'${alias}' is no longer an alias of ${member.displayName}: ${member.displayName} gives ${plural(after, "session")} here (was ${before}).`);
}

async function change(slug, member, aliases, sentence) {
  try {
    const before = await sessionsOf(slug, member);
    await call("PUT", `/members/${encodeURIComponent(member.id)}`, { body: { displayName: member.displayName, aliases } });
    say("members-message", sentence(before, await sessionsOf(slug, member)), "done");
    await showMembers(slug);
  } catch (error) {
    say("members-message", `The aliases were not changed: ${explain(error)}`, "error");
  }
}
