// PostgreSQL text cannot hold U+0000 (a 500 from the driver), and a lone surrogate would be
// stored as U+FFFD: neither is anything a person types. With the `u` flag a well-formed pair is
// one code point, so `\p{Cs}` matches only a surrogate left alone.
const LONE_SURROGATE = /\p{Cs}/u;
const LONE_SURROGATES = /\p{Cs}/gu;
const FIELD_SHOWN = 60;

export function isUnsafeText(text: string): boolean {
  return text.includes('\u0000') || LONE_SURROGATE.test(text);
}

interface Visit {
  value: unknown;
  key: string | undefined;
  parent: Visit | undefined;
}

/**
 * The path (« answers.0 ») of the first string or key holding an unsafe character, or null.
 * Walked with an explicit stack, and paths are built only for the culprit: a body nested
 * 100,000 levels deep neither overflows the call stack nor builds 100,000 long paths.
 */
export function findUnsafeText(value: unknown, root?: string): string | null {
  const pending: Visit[] = [{ value, key: root, parent: undefined }];
  for (let visit = pending.pop(); visit !== undefined; visit = pending.pop()) {
    if (typeof visit.value === 'string') {
      if (isUnsafeText(visit.value)) return pathOf(visit);
      continue;
    }
    if (visit.value === null || typeof visit.value !== 'object') continue;
    for (const [key, child] of Object.entries(visit.value)) {
      const next = { value: child, key, parent: visit };
      if (isUnsafeText(key)) return pathOf(next);
      pending.push(next);
    }
  }
  return null;
}

function pathOf(visit: Visit): string {
  const keys: string[] = [];
  for (let current: Visit | undefined = visit; current; current = current.parent) {
    if (current.key !== undefined && current.key !== '') keys.push(current.key);
  }
  return shownField(keys.reverse().join('.'));
}

/** A field path as a message quotes it: unsafe characters replaced, and only its beginning (the field a form knows) when long. */
export function shownField(path: string): string {
  const safe = path.replaceAll('\u0000', '\uFFFD').replace(LONE_SURROGATES, '\uFFFD');
  return safe.length > FIELD_SHOWN ? `${safe.slice(0, FIELD_SHOWN)}…` : safe;
}

export function unsafeTextMessage(field: string): string {
  return field === ''
    ? 'La requête contient un caractère non autorisé.'
    : `Le champ « ${field} » contient un caractère non autorisé.`;
}

