import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyInput, digitString, nirWithoutKey, referenceNirKey } from '../testing/references';
import {
  classifyLoginIdentifier,
  LOGIN_IDENTIFIER_MESSAGES,
  validateNirLoginIdentifier,
} from './login-identifier';

const KEY_IS_NOT_PART = "La clé à 2 caractères ne fait pas partie de l'identifiant";

describe('validateNirLoginIdentifier', () => {
  it.each(['2951099126111', '253072A073004'])('accepts the verified identifier %s', (id) => {
    expect(validateNirLoginIdentifier(id)).toEqual({ valid: true, value: id });
  });

  it('refuses 29510991261119: 14 characters is a plain format error', () => {
    expect(validateNirLoginIdentifier('29510991261119')).toEqual({
      valid: false,
      reason: 'format',
      message:
        "L'identifiant doit comporter exactement 13 caractères : votre numéro de sécurité sociale sans la clé.",
    });
  });

  it('refuses 295109912611193 (a NIR with its key) with the FAQ explanation', () => {
    const result = validateNirLoginIdentifier('295109912611193');
    expect(result).toEqual({
      valid: false,
      reason: 'nir-with-key',
      message:
        "Votre identifiant est votre numéro de sécurité sociale sans la clé, composé de 13 caractères. La clé à 2 caractères ne fait pas partie de l'identifiant.",
    });
    expect(result).toMatchObject({ message: expect.stringContaining(KEY_IS_NOT_PART) });
  });

  it('explains the key even when the key typed is wrong: the fix is the same', () => {
    expect(validateNirLoginIdentifier('295109912611199')).toMatchObject({ reason: 'nir-with-key' });
  });

  it('reads spaces and a lower-case Corsican department', () => {
    expect(validateNirLoginIdentifier('2 53 07 2a 073 004')).toEqual({
      valid: true,
      value: '253072A073004',
    });
  });

  it.each(['295109912611', '395109912611', '253072C073004', '2951099126111A'])(
    'refuses %s as badly formed',
    (id) => {
      expect(validateNirLoginIdentifier(id)).toMatchObject({ valid: false, reason: 'format' });
    },
  );

  it('asks for the identifier when none is given', () => {
    for (const empty of ['', '  ', null, undefined]) {
      expect(validateNirLoginIdentifier(empty as string)).toEqual({
        valid: false,
        reason: 'required',
        message: "L'identifiant est obligatoire.",
      });
    }
  });

  it('accepts any 13-character NIR and refuses it once its key is appended', () => {
    fc.assert(
      fc.property(nirWithoutKey, (body) => {
        expect(validateNirLoginIdentifier(body)).toEqual({ valid: true, value: body });
        expect(validateNirLoginIdentifier(body + referenceNirKey(body))).toMatchObject({
          valid: false,
          reason: 'nir-with-key',
        });
      }),
    );
  });

  it('never throws, and accepts only 13 characters', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = validateNirLoginIdentifier(input);
        if (result.valid) {
          expect(result.value).toHaveLength(13);
        } else {
          expect(result.message).toContain('identifiant');
        }
      }),
    );
  });
});

describe('classifyLoginIdentifier', () => {
  it('recognises an e-mail address and normalises it', () => {
    expect(classifyLoginIdentifier('  Jean.Dupont@Exemple.FR ')).toEqual({
      kind: 'email',
      valid: true,
      value: 'Jean.Dupont@exemple.fr',
    });
    expect(classifyLoginIdentifier('jean@exemple')).toMatchObject({
      kind: 'email',
      valid: false,
      reason: 'format',
    });
  });

  it('recognises a SIRET and checks it', () => {
    expect(classifyLoginIdentifier('732 829 320 00074')).toEqual({
      kind: 'siret',
      valid: true,
      value: '73282932000074',
    });
    expect(classifyLoginIdentifier('73282932000079')).toMatchObject({
      kind: 'siret',
      valid: false,
      reason: 'checksum',
    });
  });

  it('recognises a NIR without its key', () => {
    expect(classifyLoginIdentifier('2951099126111')).toEqual({
      kind: 'nir',
      valid: true,
      value: '2951099126111',
    });
    expect(classifyLoginIdentifier('253072a073004')).toEqual({
      kind: 'nir',
      valid: true,
      value: '253072A073004',
    });
  });

  it('refuses a NIR with its key, explaining why', () => {
    expect(classifyLoginIdentifier('295109912611193')).toEqual({
      kind: 'nir-with-key',
      valid: false,
      reason: 'nir-with-key',
      message: LOGIN_IDENTIFIER_MESSAGES.nirWithKey,
    });
  });

  it('refuses the 8-digit secu-independants.fr identifier, pointing to the e-mail or SIRET', () => {
    expect(classifyLoginIdentifier('12345678')).toEqual({
      kind: 'legacy-identifier',
      valid: false,
      reason: 'legacy-identifier',
      message:
        "Vous ne pouvez plus vous connecter avec l'identifiant à 8 chiffres de secu-independants.fr. Utilisez votre adresse courriel ou votre SIRET.",
    });
  });

  it.each(['1234567', '123456789', 'jdupont', '395109912611193', '+33612345678'])(
    'does not recognise %s',
    (input) => {
      expect(classifyLoginIdentifier(input)).toEqual({
        kind: 'unknown',
        valid: false,
        reason: 'format',
        message: LOGIN_IDENTIFIER_MESSAGES.unknown,
      });
    },
  );

  it('asks for an identifier when none is given', () => {
    for (const empty of ['', '   ', null, undefined]) {
      expect(classifyLoginIdentifier(empty as string)).toMatchObject({
        kind: 'unknown',
        reason: 'required',
      });
    }
  });

  it('classifies every 8-digit identifier as legacy, grouped or not', () => {
    fc.assert(
      fc.property(digitString(8), (digits) => {
        expect(classifyLoginIdentifier(digits)).toMatchObject({ kind: 'legacy-identifier' });
        expect(classifyLoginIdentifier(`${digits.slice(0, 4)} ${digits.slice(4)}`)).toMatchObject({
          kind: 'legacy-identifier',
        });
      }),
    );
  });

  it('classifies every NIR by the presence of its key', () => {
    fc.assert(
      fc.property(nirWithoutKey, (body) => {
        expect(classifyLoginIdentifier(body)).toMatchObject({ kind: 'nir', valid: true });
        expect(classifyLoginIdentifier(body + referenceNirKey(body))).toMatchObject({
          kind: 'nir-with-key',
          valid: false,
        });
      }),
    );
  });

  it('never throws, and accepts only e-mail addresses, SIRETs and NIRs without key', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = classifyLoginIdentifier(input);
        if (result.valid) {
          expect(['email', 'siret', 'nir']).toContain(result.kind);
        } else {
          expect(result.message.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
