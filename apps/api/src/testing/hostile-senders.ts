import { CSRF_COOKIE, CSRF_HEADER } from '@portail/domain';
import type TestAgent from 'supertest/lib/agent';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** A request as it goes on the wire: the path with its query string already encoded, the body as JSON text. */
export interface HostileRequest {
  method: Method;
  path: string;
  body?: string;
}

export interface HostileAnswer {
  status: number;
  body: unknown;
}

/** How an attack reaches the API: an in-process supertest agent, or a running server. */
export type SendRequest = (request: HostileRequest) => Promise<HostileAnswer>;

/** Through a supertest agent, with its cookies and CSRF header (see browserLikeClient). */
export function viaAgent(agent: TestAgent): SendRequest {
  return async ({ method, path, body }) => {
    const pending = agent[method](path);
    const response = body === undefined ? await pending : await pending.set('content-type', 'application/json').send(body);
    return { status: response.status, body: response.body as unknown };
  };
}

/**
 * Through HTTP to a running API (e.g. `node dist/apps/api/main.js`), like a browser: keeps the
 * cookies it is given and echoes the CSRF cookie in the header.
 */
export function viaHttp(baseUrl: string): SendRequest {
  const cookies = new Map<string, string>();
  const send: SendRequest = async ({ method, path, body }) => {
    const headers: Record<string, string> = { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') };
    const csrf = cookies.get(CSRF_COOKIE);
    if (csrf) headers[CSRF_HEADER] = csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${baseUrl}${path}`, { method: method.toUpperCase(), headers, body, redirect: 'manual' });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, ...value] = (pair ?? '').split('=');
      if (name) cookies.set(name.trim(), value.join('='));
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON (a CSV export, the portal's HTML): kept as text.
    }
    return { status: response.status, body: parsed };
  };
  // The health check hands out the CSRF cookie a state change needs, as the portal's first request does.
  return async (request) => {
    if (!cookies.has(CSRF_COOKIE)) await send({ method: 'get', path: '/api/health' });
    return send(request);
  };
}

/** Opens a session for `send`. */
export async function logIn(send: SendRequest, identifier: string, password: string): Promise<void> {
  const answer = await send({ method: 'post', path: '/api/auth/login', body: JSON.stringify({ identifier, password }) });
  if (answer.status !== 200) throw new Error(`login of ${identifier} answered ${answer.status}`);
}
