import { HttpException } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { jsonDepthExceeds, MAX_JSON_DEPTH, TOO_DEEP_MESSAGE, verifyJsonBody } from './json-body';

const bytes = (text: string) => Buffer.from(text, 'utf8');
const arrays = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const objects = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

function verify(text: string, charset = 'utf-8'): HttpException | null {
  try {
    verifyJsonBody({} as IncomingMessage, {} as ServerResponse, bytes(text), charset);
    return null;
  } catch (error) {
    if (error instanceof HttpException) return error;
    throw error;
  }
}

describe('the JSON nesting depth, counted on the raw body', () => {
  it('accepts the limit and refuses one level more, in arrays and in objects', () => {
    for (const nest of [arrays, objects]) {
      expect(jsonDepthExceeds(bytes(nest(MAX_JSON_DEPTH)))).toBe(false);
      expect(jsonDepthExceeds(bytes(nest(MAX_JSON_DEPTH + 1)))).toBe(true);
    }
  });

  it('refuses 1,000 and 100,000 levels without overflowing the stack', () => {
    for (const depth of [1_000, 100_000]) {
      expect(jsonDepthExceeds(bytes(arrays(depth)))).toBe(true);
      expect(jsonDepthExceeds(bytes(objects(depth)))).toBe(true);
      expect(jsonDepthExceeds(bytes('[{"a":'.repeat(depth / 2)))).toBe(true);
    }
  });

  it('counts depth, not the number of arrays', () => {
    expect(jsonDepthExceeds(bytes(JSON.stringify(Array.from({ length: 5_000 }, () => [[{ a: [1] }]]))))).toBe(false);
  });

  it('does not count brackets inside strings, escaped quotes and backslashes included', () => {
    const brackets = '[{'.repeat(100);
    expect(jsonDepthExceeds(bytes(JSON.stringify({ text: brackets })))).toBe(false);
    expect(jsonDepthExceeds(bytes(JSON.stringify({ text: `"${brackets}"` })))).toBe(false);
    expect(jsonDepthExceeds(bytes(JSON.stringify({ text: `\\${brackets}\\`, other: `\\"${brackets}` })))).toBe(false);
    expect(jsonDepthExceeds(bytes(JSON.stringify({ [brackets]: 'clé' })))).toBe(false);
  });

  it('is not fooled by a string that ends on an escaped backslash', () => {
    expect(jsonDepthExceeds(bytes(`["\\\\",${arrays(MAX_JSON_DEPTH)}]`))).toBe(true);
  });

  it('reads multi-byte UTF-8 characters without mistaking them for brackets', () => {
    expect(jsonDepthExceeds(bytes(JSON.stringify({ nom: 'Étienne « 【』 » 😀'.repeat(50) })))).toBe(false);
    expect(jsonDepthExceeds(bytes(`{"é":${arrays(MAX_JSON_DEPTH)}}`))).toBe(true);
  });
});

describe('the JSON body check body-parser runs before parsing', () => {
  it('answers 400 with a French sentence when the body is too deep', () => {
    const error = verify(arrays(MAX_JSON_DEPTH + 1));
    expect(error?.getStatus()).toBe(400);
    expect(error?.message).toBe(TOO_DEEP_MESSAGE);
  });

  it('lets an ordinary body through', () => {
    expect(verify('{"hours":1}')).toBeNull();
    expect(verify('')).toBeNull();
  });

  it('refuses charsets other than UTF-8, which could hide brackets from the scan', () => {
    const error = verify('{"hours":1}', 'utf-16le');
    expect(error?.getStatus()).toBe(415);
    expect(error?.message).toMatch(/UTF-8/);
  });
});
