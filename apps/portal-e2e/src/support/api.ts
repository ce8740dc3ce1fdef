import type { APIRequestContext } from '@playwright/test';

/**
 * The API refuses state changes without the CSRF header echoing the `pt_csrf` cookie, as the
 * portal sends it. Tests that drive the API directly do the same.
 */
export async function csrfHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  await request.get('/api/health');
  const { cookies } = await request.storageState();
  const token = cookies.find((cookie) => cookie.name === 'pt_csrf')?.value;
  if (!token) throw new Error('the API did not hand out a CSRF cookie');
  return { 'X-CSRF-Token': token };
}
