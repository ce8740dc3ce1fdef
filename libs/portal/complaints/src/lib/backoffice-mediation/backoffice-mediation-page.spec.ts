import type { BackofficeMediation } from '@portail/domain/complaints';
import {
  type ComplaintsTest,
  aBackofficeMediation,
  apiError,
  buttonByText,
  fieldByLabel,
  setUpComplaintsTest,
  textOf,
  typeInto,
} from '../testing/complaints-testing';

const URL = '/api/backoffice/mediations/mediation-1';

describe('BackofficeMediationPage', () => {
  let test: ComplaintsTest;
  let page: HTMLElement;

  beforeEach(async () => {
    test = await setUpComplaintsTest();
  });

  afterEach(() => test.http.verify());

  async function open(mediation: BackofficeMediation = aBackofficeMediation()): Promise<void> {
    page = await test.navigate('/conseiller/mediations/mediation-1');
    (await test.nextRequest(URL)).flush(mediation);
    await test.settle();
  }

  const actions = () => Array.from(page.querySelectorAll('pt-mediation-step-form button'), textOf);
  const moved = (mediation: BackofficeMediation, status: BackofficeMediation['status'], text: string | null): BackofficeMediation => ({
    ...mediation,
    status,
    steps: [...mediation.steps, { status, at: '2027-04-03T08:00:00.000Z', text }],
  });

  it('offers only the steps the current one allows', async () => {
    await open();
    expect(textOf(page.querySelector('h1'))).toBe('Médiation MED-2027-000007');
    expect(actions()).toEqual(['Déclarer recevable', 'Réorienter']);
    expect(fieldByLabel(page, 'Vers quel interlocuteur ?')).toBeTruthy();
    expect(textOf(page.querySelector('#reclamation-titre'))).toBe('Réclamation REC-2027-000042');
  });

  it('declares a request recevable, then engages the analysis with its questions', async () => {
    await open();
    buttonByText(page, 'Déclarer recevable').click();
    const declared = await test.nextRequest(`${URL}/transition`, 'POST');
    expect(declared.request.body).toEqual({ to: 'recevable' });
    const recevable = moved(aBackofficeMediation(), 'recevable', null);
    declared.flush(recevable);
    await test.settle();
    expect(document.querySelector('mat-snack-bar-container')?.textContent).toContain(
      'Médiation MED-2027-000007 : « Recevable ». Le demandeur en est informé par courriel.',
    );
    expect(actions()).toEqual(['Engager l’analyse']);

    buttonByText(page, 'Engager l’analyse').click();
    await test.settle();
    expect(textOf(page.querySelector('mat-error'))).toBe('Ce texte est obligatoire : il est adressé au demandeur.');
    test.http.expectNone(`${URL}/transition`);
    typeInto(fieldByLabel(page, 'Questions aux parties'), 'Pouvez-vous transmettre vos relevés ?');
    buttonByText(page, 'Engager l’analyse').click();
    const analysis = await test.nextRequest(`${URL}/transition`, 'POST');
    expect(analysis.request.body).toEqual({ to: 'analyse', text: 'Pouvez-vous transmettre vos relevés ?' });
    analysis.flush(moved(recevable, 'analyse', 'Pouvez-vous transmettre vos relevés ?'));
    await test.settle();
    expect(actions()).toEqual(['Transmettre la recommandation']);
    expect(fieldByLabel(page, 'Recommandation')).toBeTruthy();
  });

  it('says a mediation that is over allows no action', async () => {
    await open(moved(aBackofficeMediation(), 'reorientee', 'Le défenseur des droits'));
    expect(actions()).toEqual([]);
    expect(textOf(page.querySelector('.empty-state'))).toBe('Cette médiation est terminée : aucune action n’est possible.');
  });

  it('reads the mediation again when the requester stopped it meanwhile (409)', async () => {
    await open();
    buttonByText(page, 'Déclarer recevable').click();
    const message = 'Cette médiation est terminée (« Arrêtée ») : elle ne peut plus changer d’étape.';
    (await test.nextRequest(`${URL}/transition`, 'POST')).flush(...apiError(409, message));
    (await test.nextRequest(URL)).flush(moved(aBackofficeMediation(), 'arretee', null));
    await test.settle();
    expect(document.querySelector('mat-snack-bar-container')?.textContent).toContain(message);
    expect(actions()).toEqual([]);
  });
});
