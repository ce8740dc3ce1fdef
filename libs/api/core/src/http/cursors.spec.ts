import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cursorInstant, decodeJsonCursor, isCursorDigits, isCursorMicroseconds, isCursorText, isCursorUuid } from './cursors';

describe('what a keyset cursor may hold', () => {
  it('a UUID really is one: 36 hex-or-dash characters are not enough', () => {
    fc.assert(fc.property(fc.uuid(), (id) => isCursorUuid(id)));
    for (const id of ['------------------------------------', 'aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaa-', '0123456789abcdef0123456789abcdef0123', 42, null]) {
      expect(isCursorUuid(id)).toBe(false);
    }
  });

  it('microseconds are digits up to the end of year 9999, never a JSON number', () => {
    expect(isCursorMicroseconds('0')).toBe(true);
    expect(isCursorMicroseconds('253402300799999999')).toBe(true);
    for (const value of ['253402300800000000', '-1', '1e20', '', ' 1', 1767225600000000, 'NaN']) expect(isCursorMicroseconds(value)).toBe(false);
    expect(isCursorDigits('123456789012345678')).toBe(true);
    expect(isCursorDigits(Number.MAX_SAFE_INTEGER + 2)).toBe(false);
  });

  it('an instant is what toISOString writes, a real date between 1970 and 9999', () => {
    const sane = fc.date({ min: new Date('1970-01-01T00:00:00.000Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true });
    fc.assert(fc.property(sane, (date) => cursorInstant(date.toISOString())?.getTime() === date.getTime()));
    for (const text of ['2026-02-30T00:00:00.000Z', '0000-01-01T00:00:00.000Z', '+275760-09-13T00:00:00.000Z', '-271821-04-20T00:00:00.000Z', '1969-12-31T23:59:59.999Z', 'NaN', '2026-01-01']) {
      expect(cursorInstant(text)).toBeNull();
    }
  });

  it('a text key is short and holds nothing PostgreSQL refuses', () => {
    expect(isCursorText('martin sophie', 64)).toBe(true);
    for (const value of ['a\u0000', '\uD800', 'x'.repeat(65), 1]) expect(isCursorText(value, 64)).toBe(false);
  });

  it('decodes base64url JSON, and anything else to undefined', () => {
    expect(decodeJsonCursor(Buffer.from('["a","b"]').toString('base64url'))).toEqual(['a', 'b']);
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(() => decodeJsonCursor(text)).not.toThrow();
      }),
    );
    expect(decodeJsonCursor('bm90IGpzb24')).toBeUndefined();
  });
});
