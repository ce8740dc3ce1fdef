import { TestBed } from '@angular/core/testing';
import type { FirmAccount, FirmAccountList, TransferPreview } from '@portail/domain';
import { SessionStore } from '@portail/portal-identity';
import {
  ADMIN,
  type AccountsTest,
  aCollaborator,
  apiError,
  buttonByText,
  chooseOption,
  errorOf,
  fieldByLabel,
  linkByText,
  rowsOf,
  selectByLabel,
  setUpAccountsTest,
  textOf,
  typeInto,
} from '../testing/accounts-testing';

const NEW_ADMIN: FirmAccount = {
  ...ADMIN,
  personId: 'person-jeanne',
  firstName: 'Jeanne',
  lastName: 'Petit',
  email: 'jeanne.petit@cabinet-martin.fr',
  isPrimary: false,
  clients: 0,
};
const LIST: FirmAccountList = { firmName: 'Cabinet Martin', accounts: [ADMIN, NEW_ADMIN, aCollaborator()] };
const FROM_LABEL = 'Ancien administrateur';
const TO_LABEL = 'Nouvel administrateur';

const PREVIEW: TransferPreview = {
  from: ADMIN,
  to: NEW_ADMIN,
  mode: 'owner-change',
  counts: { 'en-attente': 18, rattache: 100, bloque: 2 },
  total: 120,
  targetClients: 0,
  collaborators: [{ personId: 'person-paul', name: 'Paul Durand', clients: 2 }],
};

describe('TransferPage', () => {
  let test: AccountsTest;
  let page: HTMLElement;

  afterEach(() => test.http.verify());

  async function open(url = '/comptes/transfert'): Promise<void> {
    test = await setUpAccountsTest();
    page = await test.navigate(url);
    (await test.nextRequest('/api/firm/accounts')).flush(LIST);
    await test.settle();
  }

  function choose(label: string, option: string): Promise<void> {
    return chooseOption(test, page, label, option);
  }

  async function preview(answer: TransferPreview = PREVIEW): Promise<void> {
    if (!textOf(selectByLabel(page, FROM_LABEL))) {
      await choose(FROM_LABEL, 'Claire Martin');
    }
    await choose(TO_LABEL, 'Jeanne Petit');
    buttonByText(page, 'Voir le détail du transfert').click();
    const request = await test.nextRequest('/api/firm/transfer/preview');
    expect(request.request.params.get('from')).toBe('person-admin');
    expect(request.request.params.get('to')).toBe('person-jeanne');
    request.flush(answer);
    await test.settle();
  }

  function password(): HTMLInputElement {
    return fieldByLabel(page, 'Votre mot de passe');
  }

  it('offers the administrators only, and refuses the same one twice', async () => {
    await open();
    selectByLabel(page, FROM_LABEL).click();
    await test.settle();
    expect(Array.from(document.querySelectorAll('mat-option'), textOf)).toEqual([
      'Claire Martin (120 clients)',
      'Jeanne Petit (0 client)',
    ]);
    (document.querySelector('mat-option') as HTMLElement).click();
    await test.settle();
    await choose(TO_LABEL, 'Claire Martin');
    buttonByText(page, 'Voir le détail du transfert').click();
    await test.settle();
    expect(errorOf(selectByLabel(page, TO_LABEL))).toBe('Choisissez un autre administrateur que celui qui part.');
    test.http.expectNone('/api/firm/transfer/preview');
  });

  it('shows the detail before anything moves: counts by status, mode, collaborators', async () => {
    await open();
    await preview();
    const detail = page.querySelector('.preview') as HTMLElement;
    expect(document.activeElement).toBe(detail.querySelector('h2'));
    expect(rowsOf(detail.querySelector('table'))).toEqual([
      ['En attente', '18'],
      ['Rattaché', '100'],
      ['Bloqué', '2'],
    ]);
    expect(Array.from(detail.querySelectorAll('tfoot th, tfoot td'), textOf)).toEqual(['Total', '120']);
    expect(textOf(detail.querySelector('.mode'))).toBe(
      'Le portefeuille change de responsable : ses 120 clients passent à Jeanne Petit, sans être supprimés ni réenregistrés.',
    );
    expect(textOf(detail.querySelector('ul'))).toBe('Paul Durand : 2 clients dans son sous-portefeuille');
  });

  it('explains a merge into a portfolio that already has clients', async () => {
    await open();
    await preview({ ...PREVIEW, mode: 'merge', targetClients: 40 });
    expect(textOf(page.querySelector('.mode'))).toBe(
      'Les clients rejoignent le portefeuille de Jeanne Petit, qui compte déjà 40 clients. Un client présent dans les deux portefeuilles n’y figurera qu’une fois.',
    );
  });

  it('asks for the password again, and shows a wrong one under it', async () => {
    await open();
    await preview();
    buttonByText(page, 'Confirmer le transfert').click();
    await test.settle();
    test.http.expectNone('/api/firm/transfer');
    expect(errorOf(password())).toBe('Saisissez votre mot de passe pour confirmer le transfert.');

    typeInto(password(), 'Faux1234');
    buttonByText(page, 'Confirmer le transfert').click();
    const request = await test.nextRequest('/api/firm/transfer', 'POST');
    expect(request.request.body).toEqual({ from: 'person-admin', to: 'person-jeanne', password: 'Faux1234' });
    request.flush(...apiError(403, 'Mot de passe incorrect.'));
    await test.settle();
    expect(errorOf(password())).toBe('Mot de passe incorrect.');
    expect(document.activeElement).toBe(password());
  });

  it('shows a transfer the API refuses', async () => {
    await open();
    await preview();
    typeInto(password(), 'Bonne123');
    buttonByText(page, 'Confirmer le transfert').click();
    (await test.nextRequest('/api/firm/transfer', 'POST')).flush(
      ...apiError(409, 'Le nouvel administrateur doit avoir activé son compte.'),
    );
    await test.settle();
    expect(textOf(page.querySelector('.confirmation [role="alert"]'))).toBe(
      'Le nouvel administrateur doit avoir activé son compte.',
    );
  });

  it('says how many clients moved and suggests deactivating the former administrator', async () => {
    await open();
    await preview();
    typeInto(password(), 'Bonne123');
    buttonByText(page, 'Confirmer le transfert').click();
    (await test.nextRequest('/api/firm/transfer', 'POST')).flush({
      mode: 'owner-change',
      moved: 120,
      duplicatesResolved: 0,
    });
    (await test.nextRequest('/api/firm/accounts')).flush(LIST);
    await test.settle();

    expect(textOf(page.querySelector('[role="status"] pt-notice p:not(.notice__heading)'))).toBe(
      '120 clients transférés à Jeanne Petit.',
    );
    expect(linkByText(page, 'Désactiver l’ancien administrateur').getAttribute('href')).toBe('/comptes/person-admin');
    expect(page.querySelector('.preview')).toBeNull();
  });

  it('starts from the signed-in administrator’s own portfolio', async () => {
    test = await setUpAccountsTest();
    const session = TestBed.inject(SessionStore).ensureLoaded();
    test.http.expectOne('/api/auth/session').flush({
      person: {
        id: 'person-admin',
        email: ADMIN.email,
        civility: 'Mme',
        firstName: 'Claire',
        lastName: 'Martin',
        backofficeRole: null,
      },
      mustChangePassword: false,
      spaces: [],
      currentSpaceId: null,
    });
    await session;
    page = await test.navigate('/comptes/transfert');
    (await test.nextRequest('/api/firm/accounts')).flush(LIST);
    await test.settle();
    expect(textOf(selectByLabel(page, FROM_LABEL))).toBe('Claire Martin (120 clients)');
    await preview();
  });

  it('starts from the administrator whose page led here', async () => {
    await open('/comptes/transfert?depuis=person-admin');
    expect(textOf(selectByLabel(page, FROM_LABEL))).toBe('Claire Martin (120 clients)');
  });
});
