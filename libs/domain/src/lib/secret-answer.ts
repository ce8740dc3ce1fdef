/**
 * Secret answers are compared after normalisation, so that « Saint-Étienne », « saint etienne »
 * and « SAINT  ETIENNE » are the same answer: Unicode NFKC, then accents removed, lower case,
 * apostrophes and hyphens read as spaces, runs of spaces collapsed.
 */
export function normaliseSecretAnswer(answer: string): string {
  return answer
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\s'’‘`\-‐‑–—_.]+/gu, ' ')
    .trim();
}

export const SECRET_ANSWER_MAX_LENGTH = 100;
