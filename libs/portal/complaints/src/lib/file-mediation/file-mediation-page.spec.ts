import {
  type ComplaintsTest,
  aComplaint,
  aMediation,
  anAnsweredComplaint,
  apiError,
  buttonByText,
  chooseRadio,
  errorOf,
  fieldsetByLegend,
  setUpComplaintsTest,
  textOf,
  typeInto,
  wordsOf,
} from '../testing/complaints-testing';

const PREMATURE =
  'Votre demande de médiation est prématurée : votre réclamation peut encore recevoir une réponse dans le délai de 30 jours. Si aucune réponse ne vous est apportée, vous pourrez saisir le médiateur à partir du 1er avril 2027 à 11:16.';
const LITIGATION = 'Avez-vous introduit un recours contentieux ?';
const CONTROL = 'Faites-vous l’objet d’une procédure de contrôle d’assiette ou de travail dissimulé de la part de l’URSSAF ?';

describe('FileMediationPage', () => {
  let test: ComplaintsTest;
  let page: HTMLElement;

  beforeEach(async () => {
    test = await setUpComplaintsTest();
  });

  afterEach(() => test.http.verify());

  async function open(url = '/mediation/saisir', complaints = [aComplaint(), anAnsweredComplaint()]): Promise<void> {
    page = await test.navigate(url);
    (await test.nextRequest('/api/complaints')).flush(complaints);
    await test.settle();
  }

  const select = () => page.querySelector('select') as HTMLSelectElement;
  const exposé = () => page.querySelector('textarea') as HTMLTextAreaElement;
  const checkbox = () => page.querySelector('mat-checkbox');

  async function choose(complaintId: string): Promise<void> {
    select().value = complaintId;
    select().dispatchEvent(new Event('change'));
    await test.settle();
  }

  async function fill(): Promise<void> {
    chooseRadio(page, 'le recouvrement des cotisations et contributions sociales');
    chooseRadio(fieldsetByLegend(page, LITIGATION), 'Non');
    chooseRadio(fieldsetByLegend(page, CONTROL), 'Non');
    typeInto(exposé(), ' Ma réclamation est restée sans réponse. ');
    await test.settle();
  }

  it('lists the space’s réclamations with reference, date and status, the domains and the two questions', async () => {
    await open();
    expect(textOf(page.querySelector('h1'))).toBe('Saisir le médiateur');
    expect(Array.from(select().options, (option) => textOf(option))).toEqual([
      'Choisissez une réclamation',
      'REC-2027-000042 — Échéance de mars — reçue le 2 mars 2027 à 10:15 — Reçue',
      'REC-2027-000043 — Majoration — reçue le 2 mars 2027 à 10:15 — Répondue',
    ]);
    expect(Array.from(fieldsetByLegend(page, 'Domaine de votre demande').querySelectorAll('mat-radio-button'), textOf)).toEqual([
      'l’affiliation',
      'le recouvrement des cotisations et contributions sociales',
      'le service des prestations d’assurance maladie et de retraite',
      'la qualité de service',
    ]);
    expect(Array.from(fieldsetByLegend(page, LITIGATION).querySelectorAll('mat-radio-button'), textOf)).toEqual(['Oui', 'Non']);
    expect(Array.from(fieldsetByLegend(page, CONTROL).querySelectorAll('mat-radio-button'), textOf)).toEqual(['Oui', 'Non']);
  });

  it('asks whether the answer satisfied only for an answered réclamation; otherwise says when the 30 days end', async () => {
    await open();
    expect(checkbox()).toBeNull();
    await choose('complaint-2');
    expect(textOf(checkbox())).toBe('La réponse apportée ne m’a pas satisfait');
    await choose('complaint-1');
    expect(checkbox()).toBeNull();
    expect(textOf(page.querySelector('form .muted'))).toBe(
      'Votre réclamation n’a pas encore reçu de réponse : sans réponse dans un délai de 30 jours, vous pouvez saisir le médiateur à partir du 1er avril 2027 à 11:15.',
    );
  });

  it('asks for every answer before sending', async () => {
    await open();
    buttonByText(page, 'Envoyer la demande de médiation').click();
    await test.settle();
    expect(errorOf(select())).toBe('Choisissez la réclamation sur laquelle porte votre demande.');
    expect(document.activeElement).toBe(select());
    expect(textOf(page.querySelector('#domaine-erreur'))).toBe('Choisissez le domaine de votre demande.');
    expect(textOf(page.querySelector('#contentieux-erreur'))).toBe('Répondez par oui ou non.');
    expect(textOf(page.querySelector('#controle-erreur'))).toBe('Répondez par oui ou non.');
    expect(errorOf(exposé())).toBe('L’exposé de votre demande est obligatoire.');
    test.http.expectNone('/api/mediations');
  });

  it('shows a refusal in an alert and keeps the form as filled', async () => {
    await open();
    await choose('complaint-1');
    await fill();
    buttonByText(page, 'Envoyer la demande de médiation').click();
    const sent = await test.nextRequest('/api/mediations', 'POST');
    expect(sent.request.body).toEqual({
      complaintId: 'complaint-1',
      domain: 'recouvrement',
      answerUnsatisfactory: false,
      litigation: false,
      control: false,
      body: 'Ma réclamation est restée sans réponse.',
    });
    sent.flush(...apiError(422, PREMATURE, { reason: 'premature' }));
    await test.settle();

    expect(wordsOf(page.querySelector('[role="alert"]'))).toBe(`Votre demande n’a pas été envoyée ${PREMATURE}`);
    expect(select().value).toBe('complaint-1');
    expect(exposé().value).toBe(' Ma réclamation est restée sans réponse. ');
    expect(textOf(page.querySelector('h1'))).toBe('Saisir le médiateur');
  });

  it('sends a contested answer, then opens the request received', async () => {
    await open('/mediation/saisir?reclamation=complaint-2');
    expect(select().value).toBe('complaint-2');
    (checkbox()?.querySelector('input') as HTMLInputElement).click();
    await fill();
    buttonByText(page, 'Envoyer la demande de médiation').click();
    const sent = await test.nextRequest('/api/mediations', 'POST');
    expect(sent.request.body).toMatchObject({ complaintId: 'complaint-2', answerUnsatisfactory: true });
    sent.flush(aMediation());
    (await test.nextRequest('/api/mediations/mediation-1')).flush(aMediation());
    await test.settle();

    const detail = test.harness.routeNativeElement as HTMLElement;
    expect(textOf(detail.querySelector('h1'))).toBe('Demande de médiation MED-2027-000007');
    expect(textOf(detail.querySelector('[role="status"]'))).toContain('Votre demande de médiation a bien été reçue');
  });

  it('leads to « Je dépose une réclamation » when the space has none', async () => {
    await open('/mediation/saisir', []);
    expect(page.querySelector('form')).toBeNull();
    expect(textOf(page.querySelector('pt-notice'))).toContain('vous devez d’abord avoir adressé une réclamation');
    expect(Array.from(page.querySelectorAll('a'), (link) => [textOf(link), link.getAttribute('href')])).toContainEqual([
      'Je dépose une réclamation',
      '/reclamations/nouvelle',
    ]);
  });
});
