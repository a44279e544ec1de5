/**
 * Element ids shared by the briefing page and the annotation plugin: a mark in the body is
 * described (aria-describedby) by the term's definition or the person's entry in the page's side
 * panel, so each explanation is on the page once, not repeated in a hidden copy.
 */

/** Id of a glossary term's definition on a briefing page. */
export const termNoteId = (id: string) => `term-${id}`;

/** Id of a person's entry (name and role) on a briefing page. */
export const personNoteId = (id: string) => `person-${id}`;
