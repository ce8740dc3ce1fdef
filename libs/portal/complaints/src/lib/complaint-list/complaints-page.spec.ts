import {
  type ComplaintsTest,
  aComplaint,
  anAnsweredComplaint,
  apiError,
  linkByText,
  setUpComplaintsTest,
  textOf,
} from '../testing/complaints-testing';

describe('ComplaintsPage', () => {
  let test: ComplaintsTest;
  let page: HTMLElement;

  beforeEach(async () => {
    test = await setUpComplaintsTest();
    page = await test.navigate('/reclamations');
  });

  afterEach(() => test.http.verify());

  it('lists the space’s réclamations with their reference, the body they went to, their date and status', async () => {
    (await test.nextRequest('/api/complaints')).flush([anAnsweredComplaint({ topic: 'retraite', organism: 'Carsat' }), aComplaint()]);
    await test.settle();

    expect(textOf(page.querySelector('h1'))).toBe('Mes réclamations');
    expect(Array.from(page.querySelectorAll('tbody tr'), (row) => Array.from(row.querySelectorAll('th, td'), textOf))).toEqual([
      ['REC-2027-000043', 'Majoration', 'votre Carsat', '2 mars 2027 à 10:15', 'Répondue'],
      ['REC-2027-000042', 'Échéance de mars', 'votre Urssaf', '2 mars 2027 à 10:15', 'Reçue'],
    ]);
    expect(linkByText(page, 'REC-2027-000042').getAttribute('href')).toBe('/reclamations/complaint-1');
    expect(linkByText(page, 'Je dépose une réclamation').getAttribute('href')).toBe('/reclamations/nouvelle');
    expect(linkByText(page, 'saisir le médiateur').getAttribute('href')).toBe('/mediation');
  });

  it('says when there is none yet', async () => {
    (await test.nextRequest('/api/complaints')).flush([]);
    await test.settle();
    expect(textOf(page.querySelector('.empty-state'))).toBe('Vous n’avez déposé aucune réclamation.');
  });

  it('shows the API’s refusal, e.g. a collaborator without the « Messagerie » right', async () => {
    const message = 'Votre compte ne dispose pas du droit « Messagerie » : demandez-le à l’administrateur de votre espace.';
    (await test.nextRequest('/api/complaints')).flush(...apiError(403, message));
    await test.settle();
    expect(textOf(page.querySelector('[role="alert"]'))).toBe(message);
    expect(page.querySelector('table')).toBeNull();
  });
});
