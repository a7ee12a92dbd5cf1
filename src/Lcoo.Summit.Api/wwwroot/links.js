// The planner's addresses as the pages' scripts link to them, escaped as PageLinks builds them on the server.
export const changesPage = (slug) => `/plan/${encodeURIComponent(slug)}/changes`;

export const sessionPage = (slug, id) => `/plan/${encodeURIComponent(slug)}/sessions/${encodeURIComponent(id)}`;
