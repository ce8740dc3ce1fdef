import {
  type ComplaintsTest,
  aMediation,
  apiError,
  buttonByText,
  setUpComplaintsTest,
  summaryOf,
  textOf,
  wordsOf,
} from '../testing/complaints-testing';

const ANALYSED = aMediation({
  status: 'analyse',
  steps: [
    { status: 'recue', at: '2027-04-02T08:00:00.000Z', text: null },
    { status: 'recevable', at: '2027-04-03T08:00:00.000Z', text: null },
    { status: 'analyse', at: '2027-04-04T08:00:00.000Z', text: 'Pouvez-vous transmettre vos relevés ?' },
  ],
});

describe('MediationDetailPage', () => {
  let test: ComplaintsTest;
  let page: HTMLElement;

  beforeEach(async () => {
    test = await setUpComplaintsTest();
  });

  afterEach(() => test.http.verify());

  async function open(mediation = ANALYSED): Promise<void> {
    page = await test.navigate('/mediation/mediation-1');
    (await test.nextRequest('/api/mediations/mediation-1')).flush(mediation);
    await test.settle();
  }

  const timeline = () => Array.from(page.querySelectorAll('pt-mediation-timeline li'), wordsOf);

  it('shows the reference, the status and the steps reached then to come, with the médiateur’s texts', async () => {
    await open();
    expect(textOf(page.querySelector('h1'))).toBe('Demande de médiation MED-2027-000007');
    expect(summaryOf(page)).toEqual([
      'Référence MED-2027-000007',
      'Statut En cours d’analyse',
      'Déposée le 2 avril 2027 à 10:00',
      'Réclamation REC-2027-000042 — Échéance de mars (votre Urssaf)',
      'Domaine le recouvrement des cotisations et contributions sociales',
    ]);
    expect(timeline()).toEqual([
      'Demande reçue — 2 avril 2027 à 10:00',
      'Demande recevable à la médiation — 3 avril 2027 à 10:00',
      'Analyse : demandes d’informations aux parties — 4 avril 2027 à 10:00 Questions aux parties Pouvez-vous transmettre vos relevés ?',
      'Recommandation (à venir)',
    ]);
  });

  it('shows the recommendation once sent, and no way to stop a mediation that is over', async () => {
    await open(
      aMediation({
        status: 'recommandation',
        steps: [...ANALYSED.steps, { status: 'recommandation', at: '2027-04-20T08:00:00.000Z', text: 'L’Urssaf annule la majoration.' }],
      }),
    );
    expect(timeline().at(-1)).toBe('Recommandation du médiateur — 20 avril 2027 à 10:00 Recommandation L’Urssaf annule la majoration.');
    expect(Array.from(page.querySelectorAll('button'), textOf)).not.toContain('Arrêter la médiation');
  });

  it('stops the mediation once confirmed', async () => {
    await open();
    buttonByText(page, 'Arrêter la médiation').click();
    await test.settle();
    const dialog = document.querySelector<HTMLElement>('mat-dialog-container');
    expect(textOf(dialog?.querySelector('h2'))).toBe('Arrêter la médiation ?');
    expect(textOf(dialog)).toContain('Vous pouvez, à tout moment, décider d’arrêter la médiation en cours.');
    buttonByText(dialog as HTMLElement, 'Arrêter la médiation').click();

    const stop = await test.nextRequest('/api/mediations/mediation-1/stop', 'POST');
    stop.flush({ ...ANALYSED, status: 'arretee', steps: [...ANALYSED.steps, { status: 'arretee', at: '2027-04-05T08:00:00.000Z', text: null }] });
    await test.settle();

    expect(wordsOf(page.querySelector('[role="status"]'))).toBe(
      'La médiation est arrêtée Le médiateur n’y donnera pas suite. Une confirmation vous a été adressée par courriel.',
    );
    expect(summaryOf(page)[1]).toBe('Statut Arrêtée');
    expect(timeline().at(-1)).toBe('Médiation arrêtée par le demandeur — 5 avril 2027 à 10:00');
    expect(Array.from(page.querySelectorAll('button'), textOf)).not.toContain('Arrêter la médiation');
  });

  it('does nothing when the confirmation is cancelled', async () => {
    await open();
    buttonByText(page, 'Arrêter la médiation').click();
    await test.settle();
    buttonByText(document.querySelector('mat-dialog-container') as HTMLElement, 'Annuler').click();
    await test.settle();
    test.http.expectNone('/api/mediations/mediation-1/stop');
  });

  it('says why a stop is refused (409) and shows where the mediation stands now', async () => {
    await open();
    buttonByText(page, 'Arrêter la médiation').click();
    await test.settle();
    buttonByText(document.querySelector('mat-dialog-container') as HTMLElement, 'Arrêter la médiation').click();
    const message = 'Cette médiation est terminée (« Recommandation transmise ») : elle ne peut plus changer d’étape.';
    (await test.nextRequest('/api/mediations/mediation-1/stop', 'POST')).flush(...apiError(409, message));
    (await test.nextRequest('/api/mediations/mediation-1')).flush(aMediation({ status: 'recommandation' }));
    await test.settle();
    expect(textOf(page.querySelector('[role="alert"]'))).toBe(message);
    expect(summaryOf(page)[1]).toBe('Statut Recommandation transmise');
  });
});
