import { describe, expect, it } from 'vitest';
import { redactUrl } from './logger-options';

describe('redactUrl', () => {
  it.each([
    ['/inscription/validation?token=abcdef0123', '/inscription/validation?token=***'],
    ['/x?code=123456&page=2', '/x?code=***&page=2'],
    ['/x?mot_de_passe=Abc12345', '/x?mot_de_passe=***'],
    ['/clients/2951099126111', '/clients/***NIR***'],
    ['/clients?nir=295109912611193', '/clients?nir=***NIR***'],
    ['/clients?nir=253072A07300443', '/clients?nir=***NIR***'],
    ['/api/health', '/api/health'],
  ])('%s → %s', (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });
});
