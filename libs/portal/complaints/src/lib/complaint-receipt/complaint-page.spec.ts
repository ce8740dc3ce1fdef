import {
  type ComplaintsTest,
  aComplaint,
  anAnsweredComplaint,
  apiError,
  linkByText,
  setUpComplaintsTest,
  summaryOf,
  textOf,
} from '../testing/complaints-testing';

describe('ComplaintPage', () => {
  let test: ComplaintsTest;

  beforeEach(async () => {
    test = await setUpComplaintsTest();
  });

  afterEach(() => test.http.verify());

  it('shows the receipt and says the answer will come by e-mail while there is none', async () => {
    const page = await test.navigate('/reclamations/complaint-1');
    (await test.nextRequest('/api/complaints/complaint-1')).flush(aComplaint({ topic: 'sante', organism: 'Cpam' }));
    await test.settle();

    expect(textOf(page.querySelector('h1'))).toBe('Réclamation REC-2027-000042');
    // Reached from the list, not right after sending: no confirmation.
    expect(textOf(page.querySelector('[role="status"]'))).toBe('');
    expect(summaryOf(page)).toEqual([
      'Référence REC-2027-000042',
      'Reçue le 2 mars 2027 à 10:15',
      'Transmise à votre Cpam',
      'Statut Reçue',
      'Votre question concerne vos prestations santé',
      'Objet Échéance de mars',
    ]);
    expect(Array.from(page.querySelectorAll('p'), textOf)).toContain(
      'Votre Cpam traite votre réclamation : vous serez informé par courriel de sa réponse.',
    );
  });

  it('shows the answer, and leads to the médiateur with the réclamation chosen', async () => {
    const page = await test.navigate('/reclamations/complaint-2');
    (await test.nextRequest('/api/complaints/complaint-2')).flush(anAnsweredComplaint());
    await test.settle();

    expect(summaryOf(page)[3]).toBe('Statut Répondue');
    expect(Array.from(page.querySelectorAll('h2'), textOf)).toEqual(['Accusé de réception', 'Votre question', 'Réponse de votre Urssaf']);
    expect(textOf(page.querySelector('.answer'))).toBe('La majoration est maintenue.');
    expect(linkByText(page, 'Saisir le médiateur').getAttribute('href')).toBe('/mediation/saisir?reclamation=complaint-2');
  });

  it('says when the réclamation is unknown (or another space’s)', async () => {
    const page = await test.navigate('/reclamations/inconnue');
    (await test.nextRequest('/api/complaints/inconnue')).flush(...apiError(404, 'Cette réclamation n’existe pas.'));
    await test.settle();
    expect(textOf(page.querySelector('[role="alert"]'))).toBe('Cette réclamation n’existe pas.');
    expect(textOf(page.querySelector('h1'))).toBe('Réclamation');
  });
});
