import type { HelpBlock, HelpLine, HelpRun } from '@portail/domain';
import type { PortalScreen } from './portal-screens';

/** `[label](/path)` inside a line: a link to a screen of the portal. */
const INLINE_LINK = /\[([^\]]+)\]\((\/[^)\s]*)\)/g;

/**
 * One line of the seed, written as text where `[label](/path)` marks a link to a portal screen
 * (« l'ajouter de nouveau en cliquant sur [Ajouter un client](/portefeuille/ajouter). »): the
 * content stays readable as the seed's wording, and is served as runs.
 */
export function line(source: string): HelpLine {
  const runs: HelpRun[] = [];
  let end = 0;
  for (const match of source.matchAll(INLINE_LINK)) {
    if (match.index > end) runs.push({ text: source.slice(end, match.index) });
    runs.push({ text: match[1], href: match[2] });
    end = match.index + match[0].length;
  }
  if (end < source.length) runs.push({ text: source.slice(end) });
  return runs;
}

/** A paragraph; several lines when the seed broke the line without a blank one. */
export const paragraph = (...lines: string[]): HelpBlock => ({ kind: 'paragraph', lines: lines.map(line) });

export const subheading = (text: string): HelpBlock => ({ kind: 'subheading', text });

/** A bulleted list; an item given as an array spans several lines. */
export const bullets = (...items: (string | string[])[]): HelpBlock => ({ kind: 'bullets', items: items.map(itemLines) });

/** Numbered steps. */
export const steps = (...items: (string | string[])[]): HelpBlock => ({ kind: 'steps', items: items.map(itemLines) });

/** The seed's link label (« Fiche pratique »…), leading to the portal's screen. */
export const screenLink = (label: string, screen: PortalScreen): HelpBlock => ({ kind: 'screen-link', label, ...screen });

/** A label of the seed that points to another site: named, not linked. */
export const externalMention = (text: string, site: string): HelpBlock => ({ kind: 'external-mention', text, site });

function itemLines(item: string | string[]): HelpLine[] {
  return (Array.isArray(item) ? item : [item]).map(line);
}
