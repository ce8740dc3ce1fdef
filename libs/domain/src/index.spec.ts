import { describe, expect, it } from 'vitest';
import * as domain from './index';

describe('@portail/domain public API', () => {
  it.each([
    'validateSiren',
    'isValidSiren',
    'validateSiret',
    'isValidSiret',
    'sirenOfSiret',
    'validateNir',
    'isValidNir',
    'computeNirKey',
    'validateNirLoginIdentifier',
    'classifyLoginIdentifier',
    'validateFrenchIban',
    'isValidFrenchIban',
    'passwordCriteria',
    'validatePassword',
    'isValidPassword',
    'normalizeEmail',
    'validateEmail',
    'isValidEmail',
    'isLuhnValid',
  ] as const)('exports %s', (name) => {
    expect(typeof domain[name]).toBe('function');
  });

  it('re-exports the sandbox contract types', () => {
    const clock: domain.ClockState = { now: '', realNow: '', offsetMs: 0 };
    expect(clock.offsetMs).toBe(0);
  });
});
