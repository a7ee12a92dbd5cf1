// Building a page's DOM from data, for every page's scripts: text is always set as text, never parsed as markup.

/** An element with its attributes (null, undefined and false leave one out; on… attributes are listeners) and children. */
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
export const present = (children) => children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false);

/** Replaces the children of the element with this id. */
export const fill = (id, ...children) => document.getElementById(id).replaceChildren(...present(children));

/** A venue-local ISO time ("2017-11-07T11:40:00+11:00") as the venue's clock: "11:40". */
export const time = (local) => local.slice(11, 16);
