// Members: the companies seen at this summit that map to no member (searchable, each offered the member its name looks
// like), one action to make a spelling a member's alias (the service retags every summit at once), and the members with
// their aliases, where any spelling can be added or removed by hand.
import { call, explain } from "./api.js";
import { el, fill, say, scrolling } from "./dom.js";
import { count, phrase } from "./words.js";

export async function showMembers(slug) {
  const [{ json: members }, companies] = await Promise.all([
    call("GET", "/members"),
    call("GET", `/summits/${encodeURIComponent(slug)}/companies`).then((r) => r.json, () => []),
  ]);
  const unmapped = companies.filter((c) => c.member === null);
  const rows = unmapped.map((c) => {
    const select = el("select", { "aria-label": phrase("Console.Members.For", c.name) }, el("option", { value: "" }, phrase("Console.Members.Choose")),
      members.map((m) => el("option", { value: m.id, selected: c.looksLike?.id === m.id }, m.displayName)));
    return el("tr", { "data-company": c.name, "data-search": [c.name, ...c.spellings, c.looksLike?.name ?? ""].join(" ").toLowerCase() },
      el("th", { scope: "row" }, c.name), el("td", {}, c.spellings.join(", ")), el("td", {}, `${c.sessions}`),
      el("td", { class: "looks-like" }, c.looksLike ? phrase("Console.Members.LooksLike", c.looksLike.name, c.looksLike.reason) : ""),
      el("td", {}, select, " ", el("button", { type: "button", onclick: () => addAliases(slug, members.find((m) => m.id === select.value), c.spellings, c.name) }, phrase("Console.Members.AddAlias"))));
  });
  const shown = el("p", { role: "status", class: "muted" });
  const search = el("input", { type: "search", id: "unmapped-search", placeholder: phrase("Console.Members.Search"), "aria-label": phrase("Console.Members.SearchLabel") });
  const filter = () => {
    const words = search.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    let matching = 0;
    for (const row of rows) {
      row.hidden = !words.every((w) => row.dataset.search.includes(w));
      matching += row.hidden ? 0 : 1;
    }
    shown.textContent = words.length === 0 ? phrase("Console.Members.Shown", count("Count.Company", rows.length))
      : phrase("Console.Members.Match", matching, count("Count.Company", rows.length));
  };
  search.oninput = filter;
  fill("unmapped", unmapped.length === 0 ? el("p", {}, phrase("Console.Members.AllMapped")) : [
    el("p", {}, search), shown,
    scrolling(phrase("Console.Members.Unmapped"), el("table", {},
      el("thead", {}, el("tr", {}, ["Company", "Spellings", "Sessions", "Suggestion", "AliasOf"].map((h) => el("th", { scope: "col" }, phrase(`Console.Members.${h}`))))),
      el("tbody", {}, rows)))]);
  filter();
  fill("member-list", scrolling(phrase("Console.Members.List"), el("table", {},
    el("thead", {}, el("tr", {}, ["Member", "Id", "Aliases", "AddAnAlias"].map((h) => el("th", { scope: "col" }, phrase(`Console.Members.${h}`))))),
    el("tbody", {}, members.map((m) => {
      const input = el("input", { type: "text", "aria-label": phrase("Console.Members.NewAlias", m.displayName), placeholder: phrase("Console.Members.Another"), maxlength: "200" });
      return el("tr", { "data-member": m.id }, el("th", { scope: "row" }, m.displayName), el("td", {}, m.id),
        el("td", {}, el("ul", { class: "aliases" }, m.aliases.map((a) => el("li", {}, a, " ",
          el("button", { type: "button", class: "quiet", "aria-label": phrase("Console.Members.RemoveLabel", a, m.displayName), onclick: () => removeAlias(slug, m, a) }, phrase("Console.Members.Remove")))))),
        el("td", {}, el("form", { class: "inline", onsubmit: (e) => { e.preventDefault(); addAliases(slug, m, [input.value.trim()], input.value.trim()); } },
          input, " ", el("button", { type: "submit" }, phrase("Console.Members.Add")))));
    })))));
  return members;
}

const sessionsOf = async (slug, member) =>
  (await call("GET", `/summits/${encodeURIComponent(slug)}/members/${encodeURIComponent(member.id)}/sessions`)).json.count;

async function addAliases(slug, member, spellings, name) {
  if (!member) return say("members-message", phrase("Console.Members.ChooseFirst", name), "error");
  if (!name) return say("members-message", phrase("Console.Members.WriteSpelling", member.displayName), "error");
  await change(slug, member, [...new Set([...member.aliases, ...spellings])], (before, after) =>
    phrase("Console.Members.Added", name, member.displayName, count("Count.Session", after), before));
}

async function removeAlias(slug, member, alias) {
  await change(slug, member, member.aliases.filter((a) => a !== alias), (before, after) =>
    phrase("Console.Members.Removed", alias, member.displayName, count("Count.Session", after), before));
}

async function change(slug, member, aliases, sentence) {
  try {
    const before = await sessionsOf(slug, member);
    await call("PUT", `/members/${encodeURIComponent(member.id)}`, { body: { displayName: member.displayName, aliases } });
    say("members-message", sentence(before, await sessionsOf(slug, member)), "done");
    await showMembers(slug);
  } catch (error) {
    say("members-message", phrase("Console.Members.NotChanged", explain(error)), "error");
  }
}
