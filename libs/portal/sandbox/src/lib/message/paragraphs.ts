/**
 * Splits a plain-text body into paragraphs on blank lines. Single line breaks stay inside their
 * paragraph (the template keeps them with `white-space: pre-line`).
 */
export function toParagraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}
