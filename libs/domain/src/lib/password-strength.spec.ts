import { describe, expect, it } from 'vitest';
import { validateNewPassword } from './password-strength';

describe('validateNewPassword', () => {
  it('accepts a password that follows the rule and is not guessable', () => {
    expect(validateNewPassword('Kp7wZ2qa', { firstName: 'Claire', lastName: 'Martin', siret: '73282932000074' })).toEqual({
      valid: true,
      value: 'Kp7wZ2qa',
    });
  });

  it('applies the 8-character rule first', () => {
    expect(validateNewPassword('abc')).toMatchObject({ valid: false, reason: 'password-policy' });
  });

  it.each(['Azerty12', 'ABCD1234', 'Passw0rd', 'urssaf12'])('refuses the common password %s, whatever its case', (password) => {
    expect(validateNewPassword(password)).toMatchObject({ valid: false, message: expect.stringContaining('plus courants') });
  });

  it.each([
    ['Martin12', { lastName: 'Martin' }],
    ['claire12', { firstName: 'Claire' }],
    ['helene12', { firstName: 'Hélène' }],
  ])('refuses %s built on the name', (password, owner) => {
    expect(validateNewPassword(password, owner)).toMatchObject({ valid: false, message: expect.stringContaining('nom') });
  });

  it('refuses a password that reuses the SIREN or SIRET digits', () => {
    expect(validateNewPassword('a7328293', { siret: '73282932000074' })).toMatchObject({ valid: false, message: expect.stringContaining('SIRET') });
  });
});
