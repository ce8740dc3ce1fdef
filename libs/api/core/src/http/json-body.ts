import { BadRequestException, UnsupportedMediaTypeException } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The API's DTOs nest two levels at most; the validation pipe's recursion overflows in the thousands. */
export const MAX_JSON_DEPTH = 32;
/** Express's default, kept explicit: the largest request (500 client ids) is about 20 kB. */
export const JSON_BODY_LIMIT = '100kb';

export const TOO_DEEP_MESSAGE = 'Le corps de la requête est trop profondément imbriqué.';
const NOT_UTF8_MESSAGE = "Le format de la requête n'est pas pris en charge : envoyez du JSON encodé en UTF-8.";

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/**
 * Whether the UTF-8 JSON text opens more than `maxDepth` arrays or objects at once. One pass over
 * the bytes, before any parsing: brackets inside strings do not count. In UTF-8 every byte of a
 * multi-byte character is ≥ 0x80, so an ASCII byte always is the character it looks like.
 */
export function jsonDepthExceeds(raw: Uint8Array, maxDepth = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < raw.length; index++) {
    const byte = raw[index];
    if (inString) {
      if (byte === BACKSLASH) index++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_BRACKET || byte === OPEN_BRACE) {
      if (++depth > maxDepth) return true;
    } else if (byte === CLOSE_BRACKET || byte === CLOSE_BRACE) {
      depth--;
    }
  }
  return false;
}

/**
 * body-parser's `verify` hook: it runs on the raw body once read within the size limit, before
 * JSON.parse, so that a deeply nested body never reaches the validation pipe, whose recursion
 * overflows the stack. The scan reads bytes as UTF-8: another charset (UTF-16, UTF-7…) could hide
 * its brackets from it, and RFC 8259 requires UTF-8 between systems anyway.
 * body-parser hands the thrown HttpException on as it is, its status included.
 */
export function verifyJsonBody(_request: IncomingMessage, _response: ServerResponse, raw: Buffer, encoding: string): void {
  if (encoding.toLowerCase() !== 'utf-8') throw new UnsupportedMediaTypeException(NOT_UTF8_MESSAGE);
  if (jsonDepthExceeds(raw)) throw new BadRequestException(TOO_DEEP_MESSAGE);
}

/** The options of the API's JSON body parser. */
export const JSON_BODY_OPTIONS = { limit: JSON_BODY_LIMIT, verify: verifyJsonBody } as const;
