// What a page's script says, in the page's language: the phrases, day names, plural rule and locale the server put in
// the page's data-words (PageWords). A script formats no phrase of its own; a missing key shows as itself, not as blank.
export function wordsOf(root) {
  const { phrases = {}, days = {}, plural = "one", locale = "en" } = JSON.parse(root?.dataset.words || "{}");
  const phrase = (key, ...values) => (phrases[key] ?? key).replace(/\{(\d+)\}/g, (_, i) => values[Number(i)]);
  const form = (n) => plural === "none" || n > 1 || (n === 0 && plural === "one") ? "Other" : "One";
  const number = (n) => n.toLocaleString(locale);
  return {
    locale,
    phrase,
    // A name the page may not have (a field or a kind of problem added since): the phrase when it has one, else the fallback.
    phraseOr: (key, fallback) => key in phrases ? phrase(key) : fallback,
    number,
    count: (key, n) => phrase(`${key}.${form(n)}`, number(n)),
    // A phrase with nodes in its places ("Decide … in {0}, …" with a link for {0}): the parts to append, in order.
    parts: (key, ...nodes) => (phrases[key] ?? key).split(/(\{\d+\})/).filter(Boolean)
      .map((part) => /^\{\d+\}$/.test(part) ? nodes[Number(part.slice(1, -1))] : part),
    // A day the page did not know when it was made (a summit created since, in the console) is written by the browser in the same locale.
    day: (date) => days[date] ?? new Date(`${date}T12:00:00Z`).toLocaleDateString(locale, { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }),
  };
}
