import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyInput, digitString, referenceLuhnCheckDigit, replaceAt, withSpaces } from '../testing/references';
import {
  CARD_MESSAGES,
  isDeclinedTestCard,
  TEST_CARDS,
  validateCardCvc,
  validateCardExpiry,
  validateCardNumber,
} from './bank-card';
import { parisDate } from './paris-time';

const testCard = fc.constantFrom(TEST_CARDS.accepted, TEST_CARDS.declined);
const validCardNumber = digitString(12, 18).map((payload) => payload + referenceLuhnCheckDigit(payload));

/** « MM/AA » of the month `monthIndex` (year × 12 + month − 1). */
function expiryOf(monthIndex: number): string {
  const month = (monthIndex % 12) + 1;
  const year = Math.floor(monthIndex / 12) % 100;
  return `${String(month).padStart(2, '0')}/${String(year).padStart(2, '0')}`;
}

describe('validateCardNumber', () => {
  it.each([TEST_CARDS.accepted, TEST_CARDS.declined])('accepts the test card %s (Luhn)', (card) => {
    expect(validateCardNumber(card)).toEqual({ valid: true, value: card });
  });

  it('refuses 4970101122334456: wrong Luhn key', () => {
    expect(validateCardNumber('4970101122334456')).toEqual({
      valid: false,
      reason: 'checksum',
      message: 'Le numéro de carte saisi n’est pas valide (clé de Luhn incorrecte).',
    });
  });

  it('refuses a test card with any one digit changed, for its checksum', () => {
    fc.assert(
      fc.property(testCard, fc.nat(15), fc.integer({ min: 1, max: 9 }), (card, index, shift) => {
        const mutated = replaceAt(card, index, String((Number(card[index]) + shift) % 10));
        expect(validateCardNumber(mutated)).toEqual({
          valid: false,
          reason: 'checksum',
          message: CARD_MESSAGES.numberChecksum,
        });
      }),
    );
  });

  it.each([
    ['12 digits', '497010112233'],
    ['20 digits', '49701011223344550000'],
    ['a letter', '497010112233445A'],
    ['a dot', '4970.1011.2233.4455'],
    ['full-width digits', '４９７０１０１１２２３３４４５５'],
  ])('refuses %s as badly formed', (_, card) => {
    expect(validateCardNumber(card)).toEqual({
      valid: false,
      reason: 'format',
      message: 'Le numéro de carte doit comporter de 13 à 19 chiffres.',
    });
  });

  it('reads a number grouped by spaces or dashes', () => {
    const digits = TEST_CARDS.accepted;
    for (const typed of ['4970 1011 2233 4455', '4970-1011-2233-4455', ' 4970\u00a01011 - 2233\u202f4455 ']) {
      expect(validateCardNumber(typed)).toEqual({ valid: true, value: digits });
    }
  });

  it('asks for the number when none is given, even as null or undefined at runtime', () => {
    for (const empty of ['', '   ', ' - ', null, undefined]) {
      expect(validateCardNumber(empty as string)).toEqual({
        valid: false,
        reason: 'required',
        message: CARD_MESSAGES.numberRequired,
      });
    }
  });

  it('refuses a number passed at runtime instead of text', () => {
    expect(validateCardNumber(4970101122334455 as unknown as string)).toMatchObject({ reason: 'format' });
  });

  it('accepts any 13 to 19 digits ending with their Luhn key, grouped or not', () => {
    fc.assert(
      fc.property(validCardNumber, fc.constantFrom(' ', '-'), (card, separator) => {
        expect(validateCardNumber(card)).toEqual({ valid: true, value: card });
        expect(validateCardNumber(withSpaces(card, 4).replace(/ /g, separator))).toEqual({ valid: true, value: card });
      }),
    );
  });

  it('refuses any run of digits shorter than 13 or longer than 19', () => {
    fc.assert(
      fc.property(fc.oneof(digitString(1, 12), digitString(20, 30)), (digits) => {
        expect(validateCardNumber(digits)).toMatchObject({ valid: false, reason: 'format' });
      }),
    );
  });

  it('never throws, and a valid number is 13 to 19 digits', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = validateCardNumber(input);
        if (result.valid) {
          expect(result.value).toMatch(/^[0-9]{13,19}$/);
        } else {
          expect(Object.values(CARD_MESSAGES)).toContain(result.message);
        }
      }),
    );
  });
});

describe('validateCardExpiry', () => {
  const today = new Date('2027-03-15T12:00:00Z');

  it('accepts the current month, until its last day', () => {
    expect(validateCardExpiry('03/27', today)).toEqual({ valid: true, value: '03/27' });
    // Paris is at UTC+2 at the end of March 2027, at UTC+1 at its start.
    expect(validateCardExpiry('03/27', new Date('2027-03-31T21:59:59.999Z'))).toEqual({ valid: true, value: '03/27' });
    expect(validateCardExpiry('03/27', new Date('2027-02-28T23:00:00Z'))).toEqual({ valid: true, value: '03/27' });
  });

  it('accepts the months to come', () => {
    for (const expiry of ['04/27', '12/27', '01/28', '03/35', '12/99']) {
      expect(validateCardExpiry(expiry, today)).toEqual({ valid: true, value: expiry });
    }
  });

  it('refuses the previous month, and earlier ones, as expired', () => {
    for (const expiry of ['02/27', '12/26', '03/26', '01/00']) {
      expect(validateCardExpiry(expiry, today)).toEqual({
        valid: false,
        reason: 'format',
        message: 'La carte est expirée.',
      });
    }
    expect(validateCardExpiry('03/27', new Date('2027-04-01T00:00:00Z'))).toMatchObject({
      valid: false,
      message: CARD_MESSAGES.expired,
    });
  });

  it('reads the month of `today` in Paris, whatever the offset it is written with', () => {
    // 31 March 2027 at 22:30 UTC is already 1 April in Paris: a card of March has expired.
    expect(validateCardExpiry('03/27', new Date('2027-03-31T22:30:00Z'))).toMatchObject({ valid: false, message: CARD_MESSAGES.expired });
    // 28 February 2027 at 23:30 in Los Angeles is 1 March at 08:30 in Paris.
    expect(validateCardExpiry('02/27', new Date('2027-02-28T23:30:00-08:00'))).toMatchObject({ valid: false, message: CARD_MESSAGES.expired });
    // 1 January 2027 at 00:10 in Paris is still 31 December 2026 in UTC: December's card has expired there.
    expect(validateCardExpiry('12/26', new Date('2026-12-31T23:10:00Z'))).toMatchObject({ valid: false, message: CARD_MESSAGES.expired });
    expect(validateCardExpiry('01/27', new Date('2026-12-31T23:10:00Z'))).toEqual({ valid: true, value: '01/27' });
  });

  it('tolerates spaces around the parts and gives back « MM/AA »', () => {
    expect(validateCardExpiry(' 04 / 28 ', today)).toEqual({ valid: true, value: '04/28' });
  });

  it.each(['13/27', '00/27', '3/27', '03/2027', '0327', '03-27', '03/7', 'MM/AA', '', '   '])(
    'refuses %j as badly formed',
    (expiry) => {
      expect(validateCardExpiry(expiry, today)).toEqual({
        valid: false,
        reason: 'format',
        message: 'La date d’expiration doit être au format MM/AA.',
      });
    },
  );

  it('refuses null, undefined or a number at runtime as badly formed', () => {
    for (const input of [null, undefined, 327]) {
      expect(validateCardExpiry(input as unknown as string, today)).toMatchObject({
        valid: false,
        message: CARD_MESSAGES.expiryFormat,
      });
    }
  });

  it('accepts an expiry exactly when its month is not before the month of `today` in Paris', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2099-12-31T23:59:59.999Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: -36, max: 36 }),
        (now, offset) => {
          const [year, month] = parisDate(now).split('-').map(Number);
          const monthIndex = year * 12 + (month - 1) + offset;
          fc.pre(monthIndex >= 2000 * 12 && monthIndex < 2100 * 12);
          const expiry = expiryOf(monthIndex);
          const result = validateCardExpiry(expiry, now);
          if (offset >= 0) {
            expect(result).toEqual({ valid: true, value: expiry });
          } else {
            expect(result).toMatchObject({ valid: false, message: CARD_MESSAGES.expired });
          }
        },
      ),
    );
  });
});

describe('validateCardCvc', () => {
  it('accepts 3 digits, spaces around removed', () => {
    expect(validateCardCvc('123')).toEqual({ valid: true, value: '123' });
    expect(validateCardCvc('007')).toEqual({ valid: true, value: '007' });
    expect(validateCardCvc(' 123 ')).toEqual({ valid: true, value: '123' });
  });

  it.each(['12', '1234', '12a', '1 23', '', '   ', '１２３'])('refuses %j', (cvc) => {
    expect(validateCardCvc(cvc)).toEqual({
      valid: false,
      reason: 'format',
      message: 'Le cryptogramme visuel doit comporter 3 chiffres.',
    });
  });

  it('refuses null, undefined or a number at runtime', () => {
    for (const input of [null, undefined, 123]) {
      expect(validateCardCvc(input as unknown as string)).toMatchObject({
        valid: false,
        message: CARD_MESSAGES.cvcFormat,
      });
    }
  });

  it('accepts exactly the runs of 3 digits', () => {
    fc.assert(
      fc.property(digitString(0, 6), (digits) => {
        expect(validateCardCvc(digits).valid).toBe(digits.length === 3);
      }),
    );
  });
});

describe('isDeclinedTestCard', () => {
  it('is true for the declined test card only', () => {
    expect(isDeclinedTestCard(TEST_CARDS.declined)).toBe(true);
    expect(isDeclinedTestCard(TEST_CARDS.accepted)).toBe(false);
    expect(isDeclinedTestCard('')).toBe(false);
  });

  it('is true for the declined card however typed, once validated', () => {
    const result = validateCardNumber('4000 0000 0000 0002');
    expect(result.valid && isDeclinedTestCard(result.value)).toBe(true);
  });

  it('is false for any other valid card number', () => {
    fc.assert(
      fc.property(validCardNumber, (card) => {
        fc.pre(card !== TEST_CARDS.declined);
        expect(isDeclinedTestCard(card)).toBe(false);
      }),
    );
  });
});
