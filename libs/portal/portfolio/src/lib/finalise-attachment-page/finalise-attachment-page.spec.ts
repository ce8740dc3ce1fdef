import {
  PortfolioTest,
  aClientDetail,
  apiError,
  buttonByText,
  chooseRadio,
  dialog,
  errorOf,
  fieldByLabel,
  leave,
  linkByText,
  setUpPortfolioTest,
  textOf,
  typeInto,
} from '../testing/portfolio-testing';

const FIRST_QUESTION = 'Quel est le nom de votre premier animal de compagnie ?';
const SECOND_QUESTION = 'Dans quelle ville êtes-vous né ?';

describe('FinaliseAttachmentPage', () => {
  let test: PortfolioTest;
  let page: HTMLElement;

  beforeEach(async () => {
    test = await setUpPortfolioTest();
  });

  afterEach(() => test.http.verify());

  async function open(detail = aClientDetail()): Promise<void> {
    page = await test.navigate('/portefeuille/clients/att-1/finaliser');
    (await test.nextRequest('/api/portfolio/clients/att-1')).flush(detail);
    await test.settle();
  }

  async function answerQuestions(first: string, second: string): Promise<void> {
    typeInto(fieldByLabel(page, FIRST_QUESTION), first);
    typeInto(fieldByLabel(page, SECOND_QUESTION), second);
    buttonByText(page, 'Finaliser le rattachement').click();
    await test.settle();
  }

  function triesLeft(): string {
    return textOf(page.querySelector('.tries'));
  }

  it('asks the client’s two secret questions, and counts the wrong answers down', async () => {
    await open();
    expect(textOf(page.querySelector('h1'))).toBe('Finaliser le rattachement');
    expect(Array.from(page.querySelectorAll('.client dt, .client dd'), textOf)).toEqual([
      'Client',
      'DUPONT Marie, Boulangerie du Port',
      'SIREN',
      '732 829 320',
      'Statut',
      'En attente',
    ]);
    expect(triesLeft()).toBe('Essais restants : 5');

    await answerQuestions('Rex', 'Saint-Étienne');
    const request = await test.nextRequest('/api/portfolio/clients/att-1/finalise', 'POST');
    expect(request.request.body).toEqual({ method: 'questions', answers: ['Rex', 'Saint-Étienne'] });
    request.flush(
      ...apiError(400, 'Les informations saisies ne permettent pas de finaliser le rattachement.', {
        reason: 'wrong-proof',
        triesLeft: 3,
      }),
    );
    await test.settle();

    expect(textOf(page.querySelector('[role="alert"]'))).toBe(
      'Les informations saisies ne permettent pas de finaliser le rattachement.',
    );
    expect(triesLeft()).toBe('Essais restants : 3');
  });

  it('requires both answers before sending', async () => {
    await open();
    await answerQuestions('Rex', '');
    const second = fieldByLabel(page, SECOND_QUESTION);
    expect(errorOf(second)).toBe('La réponse à cette question est obligatoire.');
    expect(document.activeElement).toBe(second);
    test.http.expectNone({ method: 'POST' });
  });

  it('finalises with the letter’s security code, then opens « Mes cotisations »', async () => {
    await open();
    chooseRadio(page, 'Saisir le code de sécurité reçu par courrier');
    await test.settle();
    const code = fieldByLabel(page, 'Code de sécurité');
    expect(code.placeholder).toBe('XXXX-XXXX-XXXX');

    typeInto(code, 'abcd-efgh-jk1n');
    leave(code);
    await test.settle();
    expect(errorOf(code)).toContain('Le code de sécurité comporte 12 caractères');
    buttonByText(page, 'Finaliser le rattachement').click();
    await test.settle();
    test.http.expectNone({ method: 'POST' });

    typeInto(code, 'abcd efgh jkmn');
    leave(code);
    await test.settle();
    expect(code.value).toBe('ABCD-EFGH-JKMN');
    buttonByText(page, 'Finaliser le rattachement').click();
    const request = await test.nextRequest('/api/portfolio/clients/att-1/finalise', 'POST');
    expect(request.request.body).toEqual({ method: 'code', code: 'ABCDEFGHJKMN' });
    request.flush(aClientDetail({ status: 'rattache', attachedAt: '2026-11-28T09:00:00.000Z', secretQuestions: [] }));
    await test.settle();

    expect(textOf(page.querySelector('pt-notice[role="status"]'))).toBe(
      'Le rattachement est finalisé. Un courriel a été envoyé à votre client afin de l’avertir de son rattachement.',
    );
    expect(textOf(page.querySelector('.client'))).toContain('Rattaché');
    expect(linkByText(page, 'Mes cotisations').getAttribute('href')).toBe('/portefeuille/clients/att-1/cotisations');
    expect(linkByText(page, 'Retour au portefeuille').getAttribute('href')).toBe('/portefeuille');
    expect(page.querySelector('form')).toBeNull();
  });

  it('explains a locked attachment and deletes the client to add it again', async () => {
    await open(aClientDetail({ triesLeft: 1 }));
    await answerQuestions('Rex', 'Lyon');
    (await test.nextRequest('/api/portfolio/clients/att-1/finalise', 'POST')).flush(
      ...apiError(409, 'Le rattachement de ce client est bloqué.', { reason: 'locked' }),
    );
    await test.settle();

    const notice = textOf(page.querySelector('pt-notice[role="alert"]'));
    expect(notice).toContain('Rattachement bloqué');
    expect(notice).toContain('Le rattachement de ce client est bloqué.');
    expect(notice).toContain('supprimer le client, puis l’ajouter de nouveau en cliquant sur Ajouter un client.');
    expect(textOf(page.querySelector('.client'))).toContain('Bloqué');
    expect(page.querySelector('form')).toBeNull();

    buttonByText(page, 'Supprimer le client').click();
    await test.settle();
    buttonByText(dialog() as HTMLElement, 'Supprimer le client').click();
    (await test.nextRequest('/api/portfolio/clients/att-1', 'DELETE')).flush(null, {
      status: 204,
      statusText: 'No Content',
    });
    await vi.waitFor(() => expect(test.router.url).toBe('/portefeuille/ajouter'));
  });

  it('locks the attachment when the last try is wrong', async () => {
    await open(aClientDetail({ triesLeft: 1 }));
    await answerQuestions('Rex', 'Lyon');
    (await test.nextRequest('/api/portfolio/clients/att-1/finalise', 'POST')).flush(
      ...apiError(400, 'Les informations saisies ne permettent pas de finaliser le rattachement.', {
        reason: 'wrong-proof',
        triesLeft: 0,
      }),
    );
    await test.settle();
    expect(textOf(page.querySelector('pt-notice[role="alert"]'))).toContain('Rattachement bloqué');
    expect(buttonByText(page, 'Supprimer le client')).toBeTruthy();
  });

  it('says when the client was attached meanwhile', async () => {
    await open();
    await answerQuestions('Rex', 'Lyon');
    (await test.nextRequest('/api/portfolio/clients/att-1/finalise', 'POST')).flush(
      ...apiError(409, 'Ce client est déjà rattaché à votre compte.', { reason: 'not-pending' }),
    );
    await test.settle();
    expect(textOf(page.querySelector('pt-notice[role="status"]'))).toBe('Ce client est déjà rattaché à votre compte.');
    expect(linkByText(page, 'Mes cotisations').getAttribute('href')).toBe('/portefeuille/clients/att-1/cotisations');
  });

  it('shows the API’s message when too many tries were made today', async () => {
    await open();
    await answerQuestions('Rex', 'Lyon');
    (await test.nextRequest('/api/portfolio/clients/att-1/finalise', 'POST')).flush(
      ...apiError(429, 'Trop d’essais en 24 heures. Réessayez demain.'),
    );
    await test.settle();
    expect(textOf(page.querySelector('[role="alert"]'))).toBe('Trop d’essais en 24 heures. Réessayez demain.');
    expect(triesLeft()).toBe('Essais restants : 5');
  });

  it('shows a client already attached with its « Mes cotisations »', async () => {
    await open(aClientDetail({ status: 'rattache', secretQuestions: [] }));
    expect(textOf(page.querySelector('pt-notice'))).toBe('Ce client est déjà rattaché à votre compte.');
    expect(linkByText(page, 'Mes cotisations').getAttribute('href')).toBe('/portefeuille/clients/att-1/cotisations');
    expect(page.querySelector('form')).toBeNull();
  });

  it('says when the client is not in the portfolio', async () => {
    page = await test.navigate('/portefeuille/clients/inconnu/finaliser');
    (await test.nextRequest('/api/portfolio/clients/inconnu')).flush(...apiError(404, 'Client introuvable.'));
    await test.settle();
    expect(textOf(page.querySelector('pt-notice'))).toContain('Client introuvable dans votre portefeuille');
    expect(linkByText(page, 'Retour au portefeuille').getAttribute('href')).toBe('/portefeuille');
  });
});
