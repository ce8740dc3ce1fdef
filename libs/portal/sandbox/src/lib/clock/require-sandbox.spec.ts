import { setUpSandboxTest, textOf } from '../testing/sandbox-testing';

describe('requireSandbox', () => {
  it('lets the sandbox pages be reached when the sandbox is on', async () => {
    const test = await setUpSandboxTest();
    const page = await test.open('/bac-a-sable/courriels');
    (await test.nextRequest('/api/sandbox/recipients')).flush([]);
    await test.settle();
    expect(textOf(page.querySelector('h1'))).toBe('Boîte de réception simulée');
    test.http.verify();
  });

  it('answers « Page introuvable » at the same address when the API says the sandbox is off', async () => {
    const test = await setUpSandboxTest();
    const page = await test.open('/bac-a-sable/courrier', { clock: 'off' });
    expect(textOf(page.querySelector('h1'))).toBe('Page introuvable');
    expect(test.router.url).toBe('/bac-a-sable/courrier');
    test.http.expectNone('/api/sandbox/recipients');
    test.http.verify();
  });
});
