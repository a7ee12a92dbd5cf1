// Publish: preview a member's (or the group's) itinerary PDF here, publish it as a public link, withdraw links.
import { call, explain } from "./api.js";
import { el, fill, say, stamp } from "./dom.js";
import { phrase } from "./words.js";

let previewUrl = null;

export function setUpPublish(slug, members) {
  fill("publish-members", members.map((m) => el("label", { class: "check" },
    el("input", { type: "checkbox", name: "member", value: m.id, checked: m.id === members[0]?.id }), ` ${m.displayName}`)));
  const form = document.getElementById("publish-form");
  const chosen = () => [...form.querySelectorAll("input[name=member]:checked")].map((c) => c.value);
  const paper = () => form.elements.paper.value;
  const language = () => form.elements.language.value;

  document.getElementById("preview").onclick = async () => {
    const ids = chosen();
    if (ids.length === 0) return say("publish-message", phrase("Console.Publish.ChooseOne"), "error");
    try {
      const response = await call("GET", `/summits/${encodeURIComponent(slug)}/members/${encodeURIComponent(ids[0])}/itinerary.pdf?paper=${paper()}&lang=${encodeURIComponent(language())}` +
        (ids.length > 1 ? `&members=${ids.map(encodeURIComponent).join(",")}` : ""), { raw: true, headers: { Accept: "application/pdf" } });
      if (previewUrl) URL.revokeObjectURL(previewUrl);
      previewUrl = URL.createObjectURL(await response.blob());
      fill("preview-frame", el("iframe", { src: previewUrl, title: phrase("Console.Publish.PreviewTitle"), class: "pdf" }));
      say("publish-message", phrase("Console.Publish.PreviewNow"));
    } catch (error) {
      say("publish-message", phrase("Console.Publish.NoPreview", explain(error)), "error");
    }
  };

  form.onsubmit = async (e) => {
    e.preventDefault();
    const ids = chosen();
    if (ids.length === 0) return say("publish-message", phrase("Console.Publish.ChooseOne"), "error");
    try {
      const { json } = await call("POST", `/summits/${encodeURIComponent(slug)}/publications`, { body: { members: ids, paper: paper(), language: language() } });
      say("publish-message", phrase("Console.Publish.Published", json.url), "done");
      await showPublications(slug, members);
    } catch (error) {
      say("publish-message", phrase("Console.Publish.NotPublished", explain(error)), "error");
    }
  };
  return showPublications(slug, members);
}

// Each language by its own name, as the form's options give them.
const languageNames = Object.fromEntries([...document.querySelectorAll("#publish-form select[name=language] option")].map((o) => [o.value, o.textContent]));

async function showPublications(slug, members) {
  const names = Object.fromEntries(members.map((m) => [m.id, m.displayName]));
  const { json: publications } = await call("GET", `/summits/${encodeURIComponent(slug)}/publications`);
  fill("publications", publications.length === 0 ? el("p", {}, phrase("Console.Publish.Nothing")) : el("ul", {}, publications.map((p) => el("li", { class: "publication" },
    el("a", { href: p.url, class: "public-link" }, p.url), ` — ${p.members.map((id) => names[id] ?? id).join(", ")}, ${p.paper === "letter" ? phrase("Console.Publish.Letter") : "A4"}, ${languageNames[p.language] ?? p.language}, ${stamp(p.createdAt)} `,
    el("button", { type: "button", class: "quiet", onclick: () => navigator.clipboard?.writeText(p.url)
      .then(() => say("publish-message", phrase("Console.Publish.Copied"), "done"), () => say("publish-message", phrase("Console.Publish.SelectCopy"))) }, phrase("Console.Publish.Copy")), " ",
    el("button", { type: "button", class: "quiet", onclick: async () => {
      await call("DELETE", `/summits/${encodeURIComponent(slug)}/publications/${encodeURIComponent(p.id)}`);
      say("publish-message", phrase("Console.Publish.Withdrawn", p.url), "done");
      await showPublications(slug, members);
    } }, phrase("Console.Publish.Withdraw"))))));
}
