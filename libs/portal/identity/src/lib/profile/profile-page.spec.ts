import { identityRoutes } from '../identity.routes';
import { PortalTest, aSession, setUpPortalTest, textOf } from '../testing/identity-testing';

describe('ProfilePage', () => {
  let test: PortalTest;

  beforeEach(async () => {
    test = await setUpPortalTest(identityRoutes);
  });

  afterEach(() => test.http.verify());

  it('shows the person’s identity, spaces, and « Modifier mon mot de passe »', async () => {
    await test.signIn(aSession());
    const page = await test.navigate('/profil');
    const identity = Array.from(page.querySelectorAll('.identity div'), (row) =>
      Array.from(row.children, (cell) => textOf(cell)).join(' '),
    );
    expect(identity).toEqual([
      'Civilité Madame',
      'Nom Martin',
      'Prénom Claire',
      'Adresse courriel claire.martin@cabinet-martin.fr',
    ]);
    expect(textOf(page.querySelector('.spaces li'))).toContain(
      'Cabinet Martin — Tiers mandaté — SIRET 732 829 320 00074',
    );
    expect(page.querySelector('a[href="/mot-de-passe/changer"]')?.textContent?.trim()).toBe(
      'Modifier mon mot de passe',
    );
  });
});
