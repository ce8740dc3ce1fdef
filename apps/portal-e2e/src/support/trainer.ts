import { type APIRequestContext, expect, request } from '@playwright/test';
import { csrfHeaders } from './api';

/** The seeded Formateur (README: the sandbox's demonstration accounts are public). */
export const TRAINER = { identifier: 'formateur@portail-tiers.test', password: 'Former024' } as const;

/**
 * An API client of its own, logged in as the Formateur: only he moves the sandbox clock. Being a
 * separate context, it leaves the page's session (and the `request` fixture's) untouched.
 * Dispose of it after use.
 */
export async function trainerRequest(baseURL: string | undefined): Promise<APIRequestContext> {
  const trainer = await request.newContext({ baseURL });
  const login = await trainer.post('/api/auth/login', { data: TRAINER, headers: await csrfHeaders(trainer) });
  expect(login.ok(), `the Formateur's login answered ${login.status()}`).toBe(true);
  return trainer;
}

/** POST /api/sandbox/clock/advance|set|reset as the Formateur. */
export async function moveClock(
  baseURL: string | undefined,
  move: { advance: { minutes?: number; hours?: number; days?: number } } | { set: string } | 'reset',
): Promise<void> {
  const trainer = await trainerRequest(baseURL);
  try {
    const [path, data] =
      move === 'reset' ? ['reset', undefined] : 'advance' in move ? ['advance', move.advance] : ['set', { at: move.set }];
    const response = await trainer.post(`/api/sandbox/clock/${path}`, { data, headers: await csrfHeaders(trainer) });
    expect(response.ok(), `the clock answered ${response.status()}`).toBe(true);
  } finally {
    await trainer.dispose();
  }
}

/**
 * The same login with fetch, for a server started by the test itself (server-lifecycle): the
 * cookies the Formateur's requests must carry.
 */
export async function trainerCookies(baseUrl: string): Promise<{ cookie: string; csrf: string }> {
  const csrf = 'jeton-csrf-du-formateur-pour-les-tests';
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `pt_csrf=${csrf}`, 'x-csrf-token': csrf },
    body: JSON.stringify(TRAINER),
  });
  expect(login.status).toBe(200);
  const session = login.headers.getSetCookie().map((line) => line.split(';')[0]).find((pair) => pair.startsWith('pt_session='));
  if (!session) throw new Error('the API did not open a session for the Formateur');
  return { cookie: `pt_csrf=${csrf}; ${session}`, csrf };
}
