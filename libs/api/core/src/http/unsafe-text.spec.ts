import { type ArgumentMetadata } from '@nestjs/common';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createValidationPipe, FrenchValidationException } from './french-validation';
import { findUnsafeText, isUnsafeText } from './unsafe-text';

const UNSAFE = ['\u0000', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uDC00\uD800'];
const unsafe = fc.tuple(fc.string(), fc.constantFrom(...UNSAFE), fc.string()).map(([a, piece, b]) => `${a}${piece}${b}`);

describe('unsafe text: U+0000 and lone surrogates', () => {
  it('finds NUL and every lone surrogate, never a well-formed string without NUL', () => {
    fc.assert(fc.property(unsafe, (text) => isUnsafeText(text)));
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }).filter((text) => !text.includes('\u0000')), (text) => !isUnsafeText(text)));
    expect(isUnsafeText('😀 é')).toBe(false);
  });

  it('names the field where it hides: a value, a list item, a nested key', () => {
    expect(findUnsafeText({ recipient: 'a\u0000' })).toBe('recipient');
    expect(findUnsafeText({ answers: ['ok', '\uD800'] })).toBe('answers.1');
    expect(findUnsafeText({ outer: { 'in\u0000ner': 1 } })).toBe('outer.in\uFFFDner');
    expect(findUnsafeText('\uDC00', 'id')).toBe('id');
    expect(findUnsafeText({ fine: ['😀', 1, null, true, { deep: 'é' }] })).toBeNull();
  });

  it('walks 100,000 levels of nesting without overflowing the stack, and keeps the message short', () => {
    let deep: unknown = 'x\u0000';
    for (let level = 0; level < 100_000; level++) deep = { a: deep };
    expect(findUnsafeText({ answers: deep })).toBe(`answers.${'a.'.repeat(26)}…`);
  });

  it('the global pipe refuses it in the query, a route parameter and the body', async () => {
    const pipe = createValidationPipe();
    const cases: [unknown, ArgumentMetadata, string][] = [
      [{ recipient: '\u0000' }, { type: 'query' }, 'Le champ « recipient » contient un caractère non autorisé.'],
      ['\uD800', { type: 'param', data: 'key' }, 'Le champ « key » contient un caractère non autorisé.'],
      [{ body: 'a\uDFFFb' }, { type: 'body' }, 'Le champ « body » contient un caractère non autorisé.'],
    ];
    for (const [value, metadata, message] of cases) {
      const refusal = await pipe.transform(value, metadata).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(FrenchValidationException);
      expect((refusal as FrenchValidationException).message).toBe(message);
    }
    // The session a custom decorator hands over is the server's own: left alone.
    const session = { personId: '\u0000' };
    expect(await pipe.transform(session, { type: 'custom' })).toBe(session);
  });
});
