/** « 27 novembre 2026 », as at the top of a French letter, in Paris. */
const letterDateFormat = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Paris',
});

/** « Paris, le 27 novembre 2026 »; the first of the month is written « 1er ». */
export function placeAndDate(createdAt: string): string {
  return `Paris, le ${letterDateFormat.format(new Date(createdAt)).replace(/^1 /, '1er ')}`;
}

export interface SecurityCodeParagraph {
  /** « Votre code de sécurité : » */
  label: string;
  /** « ABCD-EFGH-JKMN » */
  code: string;
}

/**
 * The paragraph that carries the security code (« Votre code de sécurité : ABCD-EFGH-JKMN »,
 * libs/api/portfolio attachment-messages), split so that the code stands out on the page.
 */
export function securityCodeOf(paragraph: string): SecurityCodeParagraph | null {
  const match = /^(.*\bcode de sécurité\s*:)\s*([A-Z0-9]+(?:-[A-Z0-9]+)*)\.?$/i.exec(paragraph);
  return match ? { label: match[1], code: match[2] } : null;
}

/**
 * A letter's closing line (« Votre Urssaf ») is its signature, set apart under the body. Only a
 * short last paragraph of one line: a long one is text, not a signature.
 */
export function splitSignature(paragraphs: readonly string[]): { body: string[]; signature: string | null } {
  const last = paragraphs.at(-1);
  if (paragraphs.length > 1 && last !== undefined && last.length <= 40 && !last.includes('\n')) {
    return { body: paragraphs.slice(0, -1), signature: last };
  }
  return { body: [...paragraphs], signature: null };
}
