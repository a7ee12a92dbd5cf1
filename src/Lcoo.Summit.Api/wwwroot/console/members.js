// Members: the companies seen at this summit that map to no member, and one action to make a spelling a member's
// alias (the service retags every summit at once); the members and their aliases.
import { call, explain } from "./api.js";
import { el, fill, say, plural } from "./dom.js";

export async function showMembers(slug) {
  const [{ json: members }, companies] = await Promise.all([
    call("GET", "/members"),
    call("GET", `/summits/${encodeURIComponent(slug)}/companies`).then((r) => r.json, () => []),
  ]);
  const unmapped = companies.filter((c) => c.member === null);
  fill("unmapped", unmapped.length === 0 ? el("p", {}, "Every company at this summit maps to a member, or there is none yet.") : el("table", {},
    el("thead", {}, el("tr", {}, ["Company", "Spellings", "Sessions", "Make it an alias of"].map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, unmapped.map((c) => {
      const select = el("select", { "aria-label": `Member for ${c.name}` }, el("option", { value: "" }, "Choose a member"),
        members.map((m) => el("option", { value: m.id }, m.displayName)));
      return el("tr", { "data-company": c.name },
        el("th", { scope: "row" }, c.name), el("td", {}, c.spellings.join(", ")), el("td", {}, `${c.sessions}`),
        el("td", {}, select, " ", el("button", { type: "button", onclick: () => addAlias(slug, c, select.value, members) }, "Add as alias")));
    }))));
  fill("member-list", el("table", {},
    el("thead", {}, el("tr", {}, ["Member", "Id", "Aliases"].map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, members.map((m) => el("tr", {}, el("th", { scope: "row" }, m.displayName), el("td", {}, m.id), el("td", {}, m.aliases.join(", ")))))));
  return members;
}

async function addAlias(slug, company, memberId, members) {
  const member = members.find((m) => m.id === memberId);
  if (!member) {
    say("members-message", `Choose the member '${company.name}' belongs to first.`, "error");
    return;
  }

  const count = async () => (await call("GET", `/summits/${encodeURIComponent(slug)}/members/${encodeURIComponent(member.id)}/sessions`)).json.count;
  try {
    const before = await count();
    const aliases = [...new Set([...member.aliases, ...company.spellings])];
    await call("PUT", `/members/${encodeURIComponent(member.id)}`, { body: { displayName: member.displayName, aliases } });
    const after = await count();
    say("members-message", `'${company.name}' is now an alias of ${member.displayName}: ${member.displayName} gives ${plural(after, "session")} here (was ${before}).`, "done");
    await showMembers(slug);
  } catch (error) {
    say("members-message", `The alias was not added: ${explain(error)}`, "error");
  }
}
