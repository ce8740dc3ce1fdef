import {
  type ComplaintsTest,
  aComplaint,
  apiError,
  buttonByText,
  chooseRadio,
  errorOf,
  fieldByLabel,
  setUpComplaintsTest,
  summaryOf,
  textOf,
  typeInto,
  wordsOf,
} from '../testing/complaints-testing';

describe('NewComplaintPage', () => {
  let test: ComplaintsTest;
  let page: HTMLElement;

  beforeEach(async () => {
    test = await setUpComplaintsTest();
    page = await test.navigate('/reclamations/nouvelle');
    await test.settle();
  });

  afterEach(() => test.http.verify());

  const question = () => page.querySelector('textarea') as HTMLTextAreaElement;

  it('reproduces the FAQ’s sentences and tells which body the question goes to', async () => {
    expect(textOf(page.querySelector('h1'))).toBe('Je dépose une réclamation');
    const paragraphs = Array.from(page.querySelectorAll('p'), textOf);
    expect(paragraphs).toContain(
      'Pour toute question relative à vos cotisations, prestations santé ou retraite, contactez directement votre Urssaf, votre Cpam ou votre Carsat.',
    );
    expect(paragraphs).toContain('Nous prenons en charge toutes les demandes et nous engageons à les traiter dans les plus brefs délais.');
    expect(textOf(page.querySelector('legend'))).toBe('Votre question concerne');
    expect(Array.from(page.querySelectorAll('mat-radio-button'), textOf)).toEqual(['vos cotisations', 'vos prestations santé', 'votre retraite']);
    expect(textOf(page.querySelector('#destinataire'))).toBe('');

    chooseRadio(page, 'vos prestations santé');
    await test.settle();
    expect(textOf(page.querySelector('#destinataire'))).toBe('Votre réclamation sera transmise à votre Cpam.');
    chooseRadio(page, 'votre retraite');
    await test.settle();
    expect(textOf(page.querySelector('#destinataire'))).toBe('Votre réclamation sera transmise à votre Carsat.');
  });

  it('asks for the topic, a subject of at least 3 characters and the question before sending', async () => {
    buttonByText(page, 'Envoyer la réclamation').click();
    await test.settle();
    expect(textOf(page.querySelector('#sujet-erreur'))).toBe('Indiquez ce que concerne votre question.');
    expect(errorOf(fieldByLabel(page, 'Objet'))).toBe('L’objet est obligatoire.');
    expect(errorOf(question())).toBe('Votre question est obligatoire.');
    expect(document.activeElement?.closest('mat-radio-group')).not.toBeNull();

    typeInto(fieldByLabel(page, 'Objet'), 'ab');
    await test.settle();
    expect(errorOf(fieldByLabel(page, 'Objet'))).toBe('L’objet comporte au moins 3 caractères.');
    test.http.expectNone('/api/complaints');
  });

  it('sends the réclamation, then shows its accusé de réception', async () => {
    chooseRadio(page, 'vos cotisations');
    typeInto(fieldByLabel(page, 'Objet'), '  Échéance de mars ');
    typeInto(question(), 'Mon échéance de mars a été prélevée deux fois.');
    await test.settle();
    buttonByText(page, 'Envoyer la réclamation').click();

    const sent = await test.nextRequest('/api/complaints', 'POST');
    expect(sent.request.body).toEqual({ topic: 'cotisations', subject: 'Échéance de mars', body: 'Mon échéance de mars a été prélevée deux fois.' });
    sent.flush(aComplaint());
    (await test.nextRequest('/api/complaints/complaint-1')).flush(aComplaint());
    await test.settle();

    const receipt = test.harness.routeNativeElement as HTMLElement;
    expect(textOf(receipt.querySelector('h1'))).toBe('Réclamation REC-2027-000042');
    expect(wordsOf(receipt.querySelector('[role="status"]'))).toBe(
      'Votre réclamation a bien été envoyée Un accusé de réception vous a été adressé par courriel.',
    );
    expect(textOf(receipt.querySelector('h2'))).toBe('Accusé de réception');
    expect(summaryOf(receipt).slice(0, 4)).toEqual([
      'Référence REC-2027-000042',
      'Reçue le 2 mars 2027 à 10:15',
      'Transmise à votre Urssaf',
      'Statut Reçue',
    ]);
  });

  it('shows the API’s sentence under the field it refuses, and keeps what was typed', async () => {
    chooseRadio(page, 'vos cotisations');
    typeInto(fieldByLabel(page, 'Objet'), 'Échéance');
    typeInto(question(), 'Texte');
    await test.settle();
    buttonByText(page, 'Envoyer la réclamation').click();
    (await test.nextRequest('/api/complaints', 'POST')).flush(
      ...apiError(400, 'L’objet comporte au plus 120 caractères (champ « subject »).', {
        errors: [{ field: 'subject', message: 'L’objet comporte au plus 120 caractères (champ « subject »).' }],
      }),
    );
    await test.settle();
    expect(errorOf(fieldByLabel(page, 'Objet'))).toBe('L’objet comporte au plus 120 caractères (champ « subject »).');
    expect(question().value).toBe('Texte');
  });
});
