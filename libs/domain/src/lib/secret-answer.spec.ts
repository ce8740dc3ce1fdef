import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseSecretAnswer, SECRET_ANSWER_MAX_LENGTH } from './secret-answer';

/** What French answers are made of, in both cases, with the separators people type. */
const FRENCH_LETTERS = 'abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæ';
const frenchAnswer = fc.string({
  unit: fc.constantFrom(...FRENCH_LETTERS, ...FRENCH_LETTERS.toUpperCase(), ...'0123456789', ..." -’'."),
  maxLength: SECRET_ANSWER_MAX_LENGTH,
});

/** Anything, from printable ASCII to whole grapheme clusters and lone surrogates. */
const anyText = fc.oneof(
  fc.string(),
  frenchAnswer,
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'grapheme-composite' }),
  fc.string({ unit: 'binary' }),
);

/** Already-normal answers: lower-case words of [a-z0-9] separated by single spaces. */
const plainAnswer = fc
  .array(fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: 1, maxLength: 12 }), {
    minLength: 1,
    maxLength: 5,
  })
  .map((words) => words.join(' '));

const surroundingSpace = fc.string({
  unit: fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u202f', '\u3000'),
  maxLength: 4,
});

describe('normaliseSecretAnswer', () => {
  it.each(['Saint-Étienne', 'saint etienne', 'SAINT  ÉTIENNE', '  saint-etienne  ', 'Saint–Etienne', 'saint_étienne'])(
    'reads %j as « saint etienne »',
    (answer) => {
      expect(normaliseSecretAnswer(answer)).toBe('saint etienne');
    },
  );

  it('reads full-width letters and spaces as ordinary ones (NFKC)', () => {
    expect(normaliseSecretAnswer('ＳＡＩＮＴ－ＥＴＩＥＮＮＥ')).toBe('saint etienne');
    expect(normaliseSecretAnswer('ｓａｉｎｔ\u3000ｅｔｉｅｎｎｅ')).toBe('saint etienne');
    expect(normaliseSecretAnswer('Gri\ufb03n')).toBe('griffin');
  });

  it('reads « l’Île » as « l ile », whichever apostrophe and however the accent is encoded', () => {
    const expected = normaliseSecretAnswer('l ile');
    expect(expected).toBe('l ile');
    for (const answer of ['l’Île', "L'ÎLE", 'l‘île', 'l`ile', 'l\u2019I\u0302le', 'L’ile']) {
      expect(normaliseSecretAnswer(answer)).toBe(expected);
    }
  });

  it('keeps distinct answers distinct', () => {
    const pairs: [string, string][] = [
      ['Saint-Étienne', 'Saint-Denis'],
      ['Médor', 'Medora'],
      ['l’Île', 'lile'],
      ['Rex', 'Rex 2'],
      ['Paris', 'Pari'],
    ];
    for (const [one, other] of pairs) {
      expect(normaliseSecretAnswer(one)).not.toBe(normaliseSecretAnswer(other));
    }
  });

  it('gives back an already-normal answer unchanged, so distinct normal answers stay distinct', () => {
    fc.assert(
      fc.property(plainAnswer, plainAnswer, (one, other) => {
        expect(normaliseSecretAnswer(one)).toBe(one);
        if (one !== other) {
          expect(normaliseSecretAnswer(one)).not.toBe(normaliseSecretAnswer(other));
        }
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText, (answer) => {
        const once = normaliseSecretAnswer(answer);
        expect(normaliseSecretAnswer(once)).toBe(once);
      }),
    );
  });

  it('is insensitive to case', () => {
    fc.assert(
      fc.property(frenchAnswer, (answer) => {
        const expected = normaliseSecretAnswer(answer);
        expect(normaliseSecretAnswer(answer.toUpperCase())).toBe(expected);
        expect(normaliseSecretAnswer(answer.toLowerCase())).toBe(expected);
      }),
    );
  });

  it('is insensitive to surrounding spaces', () => {
    fc.assert(
      fc.property(anyText, surroundingSpace, surroundingSpace, (answer, before, after) => {
        expect(normaliseSecretAnswer(before + answer + after)).toBe(normaliseSecretAnswer(answer));
      }),
    );
  });

  it('never returns leading or trailing spaces, nor two spaces in a row', () => {
    fc.assert(
      fc.property(anyText, surroundingSpace, (answer, space) => {
        const normalised = normaliseSecretAnswer(space + answer + space);
        expect(normalised).toBe(normalised.trim());
        expect(normalised).not.toMatch(/^\s|\s$|\s\s/u);
      }),
    );
  });
});
