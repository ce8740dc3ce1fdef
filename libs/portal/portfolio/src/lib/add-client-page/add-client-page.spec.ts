import {
  PortfolioTest,
  aClientDetail,
  apiError,
  buttonByText,
  chooseRadio,
  errorOf,
  fieldByLabel,
  leave,
  linkByText,
  setUpPortfolioTest,
  textOf,
  typeInto,
} from '../testing/portfolio-testing';

const SIREN = 'SIREN de l’entreprise';
const NIR = 'Numéro de sécurité sociale (15 caractères, clé comprise)';
const TI_NUMBER = 'Numéro de Travailleur Indépendant';

describe('AddClientPage', () => {
  let test: PortfolioTest;
  let page: HTMLElement;

  beforeEach(async () => {
    test = await setUpPortfolioTest();
    page = await test.navigate('/portefeuille/ajouter');
    await test.settle();
  });

  afterEach(() => test.http.verify());

  async function submit(): Promise<void> {
    buttonByText(page, 'Ajouter le client').click();
    await test.settle();
  }

  function alertText(): string {
    return Array.from(page.querySelectorAll('[role="alert"] p'), textOf).join(' ');
  }

  it('explains a SIREN whose key is wrong as soon as it is typed, without calling the API', async () => {
    expect(textOf(page.querySelector('h1'))).toBe('Ajouter un client');
    const siren = fieldByLabel(page, SIREN);
    typeInto(siren, '732 829 321');
    await test.settle();
    expect(errorOf(siren)).toBe("Le SIREN saisi n'est pas valide (clé de contrôle incorrecte).");

    await submit();
    test.http.expectNone('/api/portfolio/clients');
    expect(document.activeElement).toBe(siren);
  });

  it('asks for the SIREN before sending', async () => {
    await submit();
    expect(errorOf(fieldByLabel(page, SIREN))).toBe('Le SIREN est obligatoire.');
    test.http.expectNone('/api/portfolio/clients');
  });

  it('asks a « gérant majoritaire sans Siret » for the NIR with its key and the n° TI', async () => {
    chooseRadio(page, 'Gérant majoritaire sans Siret');
    await test.settle();
    expect(() => fieldByLabel(page, SIREN)).toThrow();
    const nir = fieldByLabel(page, NIR);
    const tiNumber = fieldByLabel(page, TI_NUMBER);

    typeInto(nir, '2 95 10 99 126 111 99');
    typeInto(tiNumber, '1234');
    leave(tiNumber);
    await test.settle();
    expect(errorOf(nir)).toBe(
      "Le numéro de sécurité sociale saisi n'est pas valide (la clé ne correspond pas aux 13 premiers caractères).",
    );
    expect(errorOf(tiNumber)).toBe('Le numéro de Travailleur Indépendant doit comporter 11 chiffres.');
    await submit();
    test.http.expectNone('/api/portfolio/clients');
    expect(document.activeElement).toBe(nir);

    typeInto(nir, '2 95 10 99 126 111 93');
    typeInto(tiNumber, '123 456 789 01');
    await submit();
    const request = await test.nextRequest('/api/portfolio/clients', 'POST');
    expect(request.request.body).toEqual({
      kind: 'gerant-sans-siret',
      nir: '295109912611193',
      tiNumber: '12345678901',
    });
    request.flush(
      ...apiError(404, 'Aucun travailleur indépendant ne correspond à ces numéros.', { reason: 'unknown-contributor' }),
    );
    await test.settle();
    expect(alertText()).toBe('Aucun travailleur indépendant ne correspond à ces numéros.');
  });

  it('adds the client and goes on to finalise its attachment, saying what was sent', async () => {
    typeInto(fieldByLabel(page, SIREN), '732 829 320');
    await submit();
    const request = await test.nextRequest('/api/portfolio/clients', 'POST');
    expect(request.request.body).toEqual({ kind: 'entreprise', siren: '732829320' });
    request.flush(aClientDetail({ id: 'att-9' }), { status: 201, statusText: 'Created' });

    await vi.waitFor(() => expect(test.router.url).toBe('/portefeuille/clients/att-9/finaliser'));
    (await test.nextRequest('/api/portfolio/clients/att-9')).flush(aClientDetail({ id: 'att-9' }));
    await test.settle();
    const finalisePage = document.querySelector('pt-finalise-attachment-page');
    const notice = finalisePage?.querySelector('pt-notice[kind="success"]');
    expect(Array.from(notice?.querySelectorAll('p') ?? [], textOf)).toEqual([
      'Le client a été ajouté à votre portefeuille',
      'Un courriel a été envoyé au cotisant afin de l’avertir de son rattachement à votre compte en ligne. Un courrier contenant un code de sécurité lui a été adressé.',
    ]);
  });

  it('offers the portfolio, filtered by the SIREN, for a client already in it', async () => {
    typeInto(fieldByLabel(page, SIREN), '732829320');
    await submit();
    (await test.nextRequest('/api/portfolio/clients', 'POST')).flush(
      ...apiError(409, 'Ce client fait déjà partie de votre portefeuille.', { reason: 'already-in-portfolio' }),
    );
    await test.settle();
    expect(alertText()).toBe(
      'Ce client fait déjà partie de votre portefeuille. Voir ce client dans votre portefeuille',
    );
    expect(linkByText(page, 'Voir ce client dans votre portefeuille').getAttribute('href')).toBe(
      '/portefeuille?recherche=732829320',
    );
    expect(test.router.url).toBe('/portefeuille/ajouter');
  });

  it('shows the refusal of a client attached to another firm, until the SIREN changes', async () => {
    const siren = fieldByLabel(page, SIREN);
    typeInto(siren, '732829320');
    await submit();
    (await test.nextRequest('/api/portfolio/clients', 'POST')).flush(
      ...apiError(409, 'Ce client est déjà rattaché au compte d’un autre tiers déclarant.', {
        reason: 'attached-elsewhere',
      }),
    );
    await test.settle();
    expect(alertText()).toBe('Ce client est déjà rattaché au compte d’un autre tiers déclarant.');
    expect(page.textContent).not.toContain('Voir ce client');

    typeInto(siren, '356000000');
    await test.settle();
    expect(alertText()).toBe('');
  });

  it('puts the API’s field errors under their fields', async () => {
    const siren = fieldByLabel(page, SIREN);
    typeInto(siren, '732829320');
    await submit();
    (await test.nextRequest('/api/portfolio/clients', 'POST')).flush(
      ...apiError(400, 'Le SIREN est refusé.', { errors: [{ field: 'siren', message: 'Le SIREN est refusé.' }] }),
    );
    await test.settle();
    expect(errorOf(siren)).toBe('Le SIREN est refusé.');
    expect(alertText()).toBe('');
  });

  it('tells the trainer where the e-mail and the letter arrive', () => {
    const hint = page.querySelector('pt-sandbox-delivery-hint');
    expect(linkByText(hint as HTMLElement, 'Boîte de réception simulée').getAttribute('href')).toBe(
      '/bac-a-sable/courriels',
    );
    expect(linkByText(hint as HTMLElement, 'Courrier simulé').getAttribute('href')).toBe('/bac-a-sable/courrier');
  });
});
