import fc from 'fast-check';

/**
 * The values thrown at the API, by class. Query values are produced already percent-encoded and
 * body values as raw JSON text, so that what no client library would send (a lone surrogate in a
 * URL, 2^53 + 1 in JSON) is sent as written.
 */

const UNSAFE_PIECES = ['\u0000', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uDC00\uD800', '\uD800\uD800', '\u0000\uD83D', 'a\u0000b'];

/** A string holding U+0000 or a lone surrogate (high, low, alone, doubled or in reverse order). */
export const unsafeText = fc
  .tuple(fc.string({ maxLength: 8 }), fc.constantFrom(...UNSAFE_PIECES), fc.string({ maxLength: 8 }))
  .map(([before, piece, after]) => `${before}${piece}${after}`);

/** Strings a person could type and strings no one would. */
export const hostileText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  unsafeText,
  fc.constantFrom("' OR 1=1 --", '<script>alert(1)</script>', '../../etc/passwd', '%00', 'NaN', '-1', '1e309', 'null', '{}', '[]', '__proto__'),
  fc.constantFrom('x'.repeat(10_000), 'é'.repeat(400)),
  fc.uuid(),
);

/** Percent-encodes as a browser would, except that a lone surrogate becomes its three (WTF-8) bytes. */
export function percentEncode(text: string): string {
  let encoded = '';
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    const high = unit >= 0xd800 && unit <= 0xdbff;
    const next = text.charCodeAt(index + 1);
    if (high && next >= 0xdc00 && next <= 0xdfff) {
      encoded += encodeURIComponent(text.slice(index, index + 2));
      index += 1;
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      encoded += [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)].map((byte) => `%${byte.toString(16).toUpperCase()}`).join('');
    } else {
      encoded += encodeURIComponent(text[index] as string);
    }
  }
  return encoded;
}

/** Numbers a JavaScript number cannot hold exactly, or at all, written as JSON would carry them. */
export const NUMBER_TOKENS = [
  '9007199254740993', '9007199254740992', '-9007199254740993', '18446744073709551616', '123456789012345678901234567890',
  '1e309', '-1e309', '1.7976931348623157e308', '5e-324', '1e-400', '-0', '0.0', '0.1', '-1', '1.5', '1E2',
  '2147483648', '-2147483649', '9223372036854775808', '1.0000000000000002',
];
/** The same in a query string, where anything goes. */
const QUERY_NUMBER_TOKENS = [...NUMBER_TOKENS, 'NaN', 'Infinity', '-Infinity', '0x1F', '0b11', '1_000', '+1', '%201', '1%20', '%D9%A1', '', '1e', '.'];

export const jsonNumber = fc.oneof(
  fc.constantFrom(...NUMBER_TOKENS),
  fc.double().map((value) => JSON.stringify(value)),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
);
export const queryNumber = fc.oneof(fc.constantFrom(...QUERY_NUMBER_TOKENS), fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String));

function yearText(year: number): string {
  if (year >= 0 && year <= 9999) return String(year).padStart(4, '0');
  return `${year < 0 ? '-' : '+'}${String(Math.abs(year)).padStart(6, '0')}`;
}
const two = (value: number) => String(value).padStart(2, '0');

/** Dates out of any sane range (year 0, 10000, JavaScript's and PostgreSQL's limits) or malformed. */
export const DATE_LITERALS = [
  '2026-02-30', '2026-02-30T00:00:00Z', '2025-02-29T00:00:00Z', '0000-00-00', '0000-01-01T00:00:00Z', '10000-01-01T00:00:00Z',
  '+010000-01-01T00:00:00Z', '+275760-09-13T00:00:00.000Z', '+275760-09-13T00:00:00.001Z', '+275761-01-01T00:00:00Z',
  '+294277-01-01T00:00:00Z', '-271821-04-20T00:00:00.000Z', '-271822-01-01T00:00:00Z', '-004714-11-23T00:00:00Z', 'NaN', 'Infinity',
  'Invalid Date', '', ' ', '2026-01-01T24:00:00Z', '2026-12-31T23:59:60Z', '2026-06-15T12:00:00+14:01', '2026-06-15T12:00:00+25:00',
  '9999-12-31T23:59:59.999999999Z', '2026-W01', '2026-001', '20260101', '2026/01/01', '01/02/2026', '1e309', '9007199254740993',
  'epoch', 'now', 'today', 'infinity', '-infinity', 'allballs',
];
export const hostileDate = fc.oneof(
  fc.constantFrom(...DATE_LITERALS),
  fc
    .record({
      year: fc.oneof(fc.constantFrom(0, 1, 1969, 9999, 10000, 275760, 275761, 294277, -1, -271821, -271822, -4714), fc.integer({ min: -999_999, max: 999_999 })),
      month: fc.integer({ min: 0, max: 13 }),
      day: fc.integer({ min: 0, max: 32 }),
      hour: fc.integer({ min: 0, max: 25 }),
      minute: fc.integer({ min: 0, max: 61 }),
      zone: fc.constantFrom('Z', '+01:00', '+25:00', '-99:99', '', '+0100'),
    })
    .map(({ year, month, day, hour, minute, zone }) => `${yearText(year)}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}:00${zone}`),
);

const HEX_OR_DASH = [...'0123456789abcdef-'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** 36 hex-or-dash characters that are no UUID: a regex on the length and alphabet lets them through. */
export const notUuid36 = fc
  .string({ unit: fc.constantFrom(...HEX_OR_DASH), minLength: 36, maxLength: 36 })
  .filter((text) => !UUID.test(text));

const cursorId = fc.oneof(
  { arbitrary: notUuid36, weight: 3 },
  fc.constantFrom('------------------------------------', '0123456789abcdef0123456789abcdef0123', '{00000000-0000-4000-8000-000000000000}'),
  fc.uuid(),
  fc.uuid().map((id) => id.toUpperCase()),
  fc.bigInt({ min: 0n, max: 10n ** 25n }).map(String),
  hostileText,
);
const cursorKey = fc.oneof(
  hostileDate,
  fc.bigInt({ min: -(10n ** 20n), max: 10n ** 24n }).map(String),
  fc.constantFrom('253402300799999999', '253402300800000000', '99999999999999999', '1e20', '-1', '0x10', ''),
  fc.string({ maxLength: 70 }),
  unsafeText,
);
/** One element of a JSON cursor as raw JSON text: a string, or a number JSON.stringify would never write. */
const cursorPart = fc.oneof(cursorKey.map((key) => JSON.stringify(key)), cursorId.map((id) => JSON.stringify(id)), jsonNumber, fc.constantFrom('null', '{}', '[]', 'true'));

/** What a forged cursor may hold once decoded: the JSON pairs and the « date|id » of the API's cursors, and noise. */
// Weighted towards the well-formed-looking pairs: those get past the shape checks to the casts.
const cursorContent = fc.oneof(
  { arbitrary: fc.tuple(cursorKey, cursorId).map(([key, id]) => `[${JSON.stringify(key)},${JSON.stringify(id)}]`), weight: 4 },
  fc.array(cursorPart, { maxLength: 4 }).map((parts) => `[${parts.join(',')}]`),
  { arbitrary: fc.tuple(hostileDate, cursorId).map(([date, id]) => `${date}|${id}`), weight: 2 },
  fc.tuple(fc.date({ noInvalidDate: true }), cursorId).map(([date, id]) => `${date.toISOString()}|${id}|x`),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

/** Encoded as the API encodes them (base64url), as standard base64, as plain text, or mangled. */
export const hostileCursor = fc.tuple(cursorContent, fc.constantFrom('base64url', 'base64', 'plain', 'truncated')).map(([content, encoding]) => {
  const bytes = Buffer.from(content, 'utf8');
  if (encoding === 'base64url') return bytes.toString('base64url');
  if (encoding === 'base64') return percentEncode(bytes.toString('base64'));
  if (encoding === 'truncated') return bytes.toString('base64url').slice(0, -3);
  return percentEncode(content);
});
