import { UNREPRESENTABLE_INPUT } from '@portail/api-core';
import fc from 'fast-check';
import { type Endpoint, endpointsOf, type Field, hasBody, isCursorField, isDateField, isNumberField, type OpenApiDocument } from './hostile-endpoints';
import type { HostileAnswer, HostileRequest, SendRequest } from './hostile-senders';
import { hostileCursor, hostileDate, hostileText, jsonNumber, percentEncode, queryNumber, unsafeText } from './hostile-values';

/*
 * Hostile input by class, for any way of reaching the API. In-process, as hostile-input.spec.ts does:
 *   await attackEveryEndpoint({ document, send: viaAgent(await test.newClient()), tally });
 * Against the built app (`node dist/apps/api/main.js`):
 *   const send = viaHttp('http://127.0.0.1:3000');
 *   const document = await (await fetch('http://127.0.0.1:3000/api/docs-json')).json();
 *   await logIn(send, '44306184100013', 'Bilan024');  // or not: the anonymous visitor
 *   await attackEveryEndpoint({ document, send, tally: new Map() });
 */

export type { OpenApiDocument } from './hostile-endpoints';
export { logIn, viaAgent, viaHttp, type HostileRequest, type SendRequest } from './hostile-senders';

export type HostileClass = 'random' | 'query' | 'cursor' | 'unsafe-text' | 'dates' | 'numbers' | 'nesting';
/** Per class, how many answers of each status. */
export type HostileTally = Map<HostileClass, Map<number, number>>;

export interface AttackOptions {
  document: OpenApiDocument;
  send: SendRequest;
  tally: HostileTally;
  /** Endpoints this caller must not hit (its own logout, say). */
  skip?: (endpoint: Endpoint) => boolean;
  /**
   * Real values of path parameters by name (a collaborator's `personId`, say), so that a read gets
   * past « unknown id » to the inputs it parses. Used on GET only: a state change must not act on them.
   */
  pathValues?: Record<string, string>;
  /** Multiplies every class's number of runs; 1 keeps the API spec well under two minutes on 2 cores. */
  scale?: number;
}

const SOME_ID = '00000000-0000-4000-8000-000000000000';
type Pair = [string, string];

const queryOf = (pairs: Pair[]) => (pairs.length === 0 ? '' : `?${pairs.map(([name, value]) => (value === '' ? name : `${name}=${value}`)).join('&')}`);
const objectOf = (entries: Pair[]) => `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(',')}}`;
const pathOf = (endpoint: Endpoint, values: Record<string, string> = {}) =>
  endpoint.path.replace(/\{([^}]+)\}/g, (_, name: string) => values[name] ?? endpoint.known?.[name] ?? SOME_ID);

function request(endpoint: Endpoint, parts: { path?: Record<string, string>; query?: Pair[]; body?: Pair[] | string }): HostileRequest {
  const body = typeof parts.body === 'string' ? parts.body : objectOf(parts.body ?? []);
  return { method: endpoint.method, path: `${pathOf(endpoint, parts.path)}${queryOf(parts.query ?? [])}`, ...(hasBody(endpoint) ? { body } : {}) };
}

const randomName = fc.string({ minLength: 1, maxLength: 12 });
const names = (fields: Field[]) => (fields.length > 0 ? fc.oneof(fc.constantFrom(...fields.map((field) => field.name)), randomName) : randomName);
/** A query pair in the shapes qs reads: plain, repeated as an array, nested as an object, bare. */
const queryPair = (name: fc.Arbitrary<string>, value: fc.Arbitrary<string>): fc.Arbitrary<Pair> =>
  fc.tuple(name, fc.constantFrom('', '[]', '[a]', '[0][x]'), value).map(([key, shape, text]) => [`${percentEncode(key)}${shape}`, text]);
// Node answers a request line over 16 kB itself (431 with no body, before the app): URLs stay short.
const inUrl = (text: string, length: number) => percentEncode(text.slice(0, length));
const rawQueryValue = fc.oneof(
  hostileText.map((text) => inUrl(text, 200)),
  queryNumber,
  hostileDate.map(percentEncode),
  fc.constantFrom('%', '%zz', '%00', '%ED%A0%80', '%ED%B0%80', '%C0%80', '%FF', '%E2%82', ''),
);
/** A list field gets the value inside a list, so that the value itself is what gets checked. */
const wrap = (field: Field, value: string) => (field.type === 'array' ? `["x",${value}]` : value);

type Attack = (endpoint: Endpoint) => { runs: number; requests: fc.Arbitrary<HostileRequest> } | null;

/** Each class of hostile input: which endpoints it concerns, how many runs, what requests. */
const CLASSES: [HostileClass, Attack][] = [
  ['random', (endpoint) => ({
    runs: 6,
    requests: fc
      .record({ parameter: hostileText, query: fc.array(queryPair(randomName, rawQueryValue), { maxLength: 4 }), body: fc.jsonValue() })
      .map(({ parameter, query, body }) =>
        request(endpoint, { path: Object.fromEntries(endpoint.pathParameters.map((name) => [name, inUrl(parameter, 1000)])), query, body: JSON.stringify(body) }),
      ),
  })],
  ['query', (endpoint) => ({
    runs: endpoint.queryParameters.length > 0 ? 25 : 3,
    requests: fc.array(queryPair(names(endpoint.queryParameters), rawQueryValue), { minLength: 1, maxLength: 5 }).map((query) => request(endpoint, { query })),
  })],
  ['cursor', (endpoint) => {
    const cursors = endpoint.queryParameters.filter(isCursorField);
    if (cursors.length === 0) return null;
    // With each documented order too: a cursor is decoded differently per sort.
    const orders = endpoint.queryParameters.filter((field) => field.enum && field.name !== 'status');
    const order = orders.length > 0 ? fc.option(fc.constantFrom(...orders.flatMap((field) => field.enum?.map((value): Pair => [field.name, value]) ?? []))) : fc.constant(null);
    return {
      runs: 60,
      requests: fc.tuple(fc.constantFrom(...cursors), hostileCursor, order).map(([field, cursor, sort]) =>
        request(endpoint, { query: [[field.name, cursor], ...(sort ? [sort] : [])] }),
      ),
    };
  }],
  ['unsafe-text', (endpoint) => {
    const targets: fc.Arbitrary<HostileRequest>[] = [
      fc.tuple(names(endpoint.queryParameters), unsafeText).map(([name, text]) => request(endpoint, { query: [[percentEncode(name), percentEncode(text)]] })),
      unsafeText.map((text) => request(endpoint, { query: [[percentEncode(text), 'x']] })),
    ];
    if (endpoint.pathParameters.length > 0) {
      targets.push(fc.tuple(fc.constantFrom(...endpoint.pathParameters), unsafeText).map(([name, text]) => request(endpoint, { path: { [name]: percentEncode(text) } })));
    }
    if (hasBody(endpoint)) {
      const field = fc.oneof(...(endpoint.bodyFields.length > 0 ? [fc.constantFrom(...endpoint.bodyFields)] : []), randomName.map((name): Field => ({ name })));
      targets.push(
        fc.tuple(field, unsafeText).map(([target, text]) => request(endpoint, { body: [[target.name, wrap(target, JSON.stringify(text))]] })),
        unsafeText.map((text) => request(endpoint, { body: [[text, '"x"']] })),
      );
    }
    return { runs: 12, requests: fc.oneof(...targets) };
  }],
  ['dates', (endpoint) => fieldAttack(endpoint, isDateField, ['at', 'date', 'from', 'to', 'createdAt'], 20, {
    query: hostileDate.map(percentEncode),
    body: fc.oneof(hostileDate.map((date) => JSON.stringify(date)), jsonNumber),
  })],
  ['numbers', (endpoint) => fieldAttack(endpoint, isNumberField, ['hours', 'limit', 'year', 'count'], 20, { query: queryNumber, body: jsonNumber })],
];

/** Values for the fields `matches` picks in the query and the body, or a few runs on likely names when there are none. */
function fieldAttack(
  endpoint: Endpoint,
  matches: (field: Field) => boolean,
  likelyNames: string[],
  runs: number,
  values: { query: fc.Arbitrary<string>; body: fc.Arbitrary<string> },
): ReturnType<Attack> {
  const queryFields = endpoint.queryParameters.filter(matches);
  const bodyFields = hasBody(endpoint) ? endpoint.bodyFields.filter(matches) : [];
  const found = queryFields.length + bodyFields.length > 0;
  const fallback = likelyNames.map((name): Field => ({ name }));
  const inQuery = found ? queryFields : hasBody(endpoint) ? [] : fallback;
  const inBody = found ? bodyFields : hasBody(endpoint) ? fallback : [];
  const targets: fc.Arbitrary<HostileRequest>[] = [];
  if (inQuery.length > 0) targets.push(fc.tuple(fc.constantFrom(...inQuery), values.query).map(([field, value]) => request(endpoint, { query: [[field.name, value]] })));
  if (inBody.length > 0) {
    // Several such fields at once too (a year and an amount), each with its own value.
    const entries = fc
      .subarray(inBody, { minLength: 1 })
      .chain((fields) => fc.tuple(...fields.map((field) => values.body.map((value): Pair => [field.name, wrap(field, value)]))));
    targets.push(entries.map((body) => request(endpoint, { body })));
  }
  return targets.length === 0 ? null : { runs: found ? runs : 3, requests: fc.oneof(...targets) };
}

/** Arrays and objects nested 100 to 100,000 levels, bare and under the DTO's first field: sent once each. */
function nestedBodies(endpoint: Endpoint): string[] {
  const key = JSON.stringify(endpoint.bodyFields[0]?.name ?? 'a');
  return [100, 1_000, 10_000, 100_000].flatMap((depth) => [
    `${'['.repeat(depth)}${']'.repeat(depth)}`,
    `{${key}:${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`,
  ]);
}

const FRENCH = /[àâçéèêëîïôûùœ«]|\b(le|la|les|l|d|de|du|des|un|une|est|ne|pas|vous|votre|ce|cette|aucun|aucune|doit|et|en|au|pour)\b/i;

/** Why an answer is unacceptable, or null: never a 5xx, and every 4xx says in French what is wrong. */
export function problemWith(answer: HostileAnswer): string | null {
  if (answer.status >= 500) return `a ${answer.status}`;
  if (answer.status < 400) return null;
  const message = (answer.body as { message?: unknown } | null)?.message;
  if (typeof message !== 'string') return `a ${answer.status} without a message`;
  // The filter's safety net: PostgreSQL refused a value that no validation caught first.
  if (message === UNREPRESENTABLE_INPUT) return `a ${answer.status} from PostgreSQL, not from a validation`;
  // A field name the request itself sent, quoted back « like this », is not the API speaking English.
  const own = message.replace(/« [^»]* »/g, '« … »');
  if (/should|must|Cannot|Unexpected|Error/.test(own) || !FRENCH.test(own)) return `a ${answer.status} not in French: ${message}`;
  return null;
}

async function sendChecked(options: AttackOptions, kind: HostileClass, hostile: HostileRequest): Promise<void> {
  const answer = await options.send(hostile);
  const statuses = options.tally.get(kind) ?? new Map<number, number>();
  options.tally.set(kind, statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1));
  const problem = problemWith(answer);
  if (problem) {
    const body = hostile.body === undefined ? '' : ` ${hostile.body.slice(0, 200)}${hostile.body.length > 200 ? '…' : ''}`;
    throw new Error(`${hostile.method.toUpperCase()} ${hostile.path.slice(0, 300)}${body} → ${problem}`);
  }
}

/**
 * Every endpoint of the document, every class of hostile input: throws at the first answer that is a
 * 5xx or a 4xx without a French message. Endpoints come from the OpenAPI document, so a new
 * endpoint is attacked without editing anything.
 */
export async function attackEveryEndpoint(options: AttackOptions): Promise<void> {
  const endpoints = endpointsOf(options.document)
    .filter((endpoint) => !options.skip?.(endpoint))
    .map((endpoint) => (endpoint.method === 'get' && options.pathValues ? { ...endpoint, known: options.pathValues } : endpoint));
  for (const endpoint of endpoints) {
    for (const [kind, attack] of CLASSES) {
      const planned = attack(endpoint);
      if (!planned) continue;
      const numRuns = Math.max(1, Math.round(planned.runs * (options.scale ?? 1)));
      await fc.assert(
        fc.asyncProperty(planned.requests, (hostile) => sendChecked(options, kind, hostile)),
        { numRuns },
      );
    }
    if (!hasBody(endpoint)) continue;
    for (const body of nestedBodies(endpoint)) await sendChecked(options, 'nesting', { method: endpoint.method, path: pathOf(endpoint), body });
  }
}

/** One line per class: « cursor: 900 requests — 400×850, 401×50 ». */
export function summaryOf(tally: HostileTally): string[] {
  return [...tally].map(([kind, statuses]) => {
    const total = [...statuses.values()].reduce((sum, count) => sum + count, 0);
    const spread = [...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`).join(', ');
    return `${kind}: ${total} requests — ${spread}`;
  });
}
