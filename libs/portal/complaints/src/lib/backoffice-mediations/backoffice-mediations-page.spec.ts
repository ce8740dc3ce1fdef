import type { BackofficeMediationSummary } from '@portail/domain/complaints';
import { type ComplaintsTest, aMediation, linkByText, setUpComplaintsTest, textOf, wordsOf } from '../testing/complaints-testing';

function aSummary(overrides: Partial<BackofficeMediationSummary>): BackofficeMediationSummary {
  const { id, reference, status, domain, filedAt, complaint } = aMediation();
  return { id, reference, status, domain, filedAt, complaint, spaceName: 'Paul Durand', filedBy: 'Paul Durand', ...overrides };
}

describe('BackofficeMediationsPage', () => {
  let test: ComplaintsTest;
  let page: HTMLElement;

  beforeEach(async () => {
    test = await setUpComplaintsTest();
    page = await test.navigate('/conseiller/mediations');
  });

  afterEach(() => test.http.verify());

  it('lists the requests by status, those to move on first', async () => {
    (await test.nextRequest('/api/backoffice/mediations')).flush([
      aSummary({ id: 'm-1', reference: 'MED-2027-000001' }),
      aSummary({ id: 'm-2', reference: 'MED-2027-000002', status: 'analyse' }),
      aSummary({ id: 'm-3', reference: 'MED-2027-000003', status: 'arretee' }),
      aSummary({ id: 'm-4', reference: 'MED-2027-000004', status: 'recommandation' }),
    ]);
    await test.settle();

    expect(textOf(page.querySelector('h1'))).toBe('Médiations');
    expect(page.querySelector('pt-backoffice-nav a[aria-current="page"]')?.getAttribute('href')).toBe('/conseiller/mediations');
    expect(
      Array.from(page.querySelectorAll('section'), (section) => [
        textOf(section.querySelector('h2')),
        Array.from(section.querySelectorAll('h3'), wordsOf),
      ]),
    ).toEqual([
      ['Reçues : recevabilité à examiner (1)', ['MED-2027-000001 Reçue']],
      ['Recevables : analyse à engager (0)', []],
      ['En cours d’analyse : recommandation à transmettre (1)', ['MED-2027-000002 En cours d’analyse']],
      ['Terminées (2)', ['MED-2027-000003 Arrêtée', 'MED-2027-000004 Recommandation transmise']],
    ]);
    expect(textOf(page.querySelector('.item__meta'))).toBe(
      'Paul Durand (Paul Durand) · déposée le 2 avril 2027 à 10:00 · réclamation REC-2027-000042 (Urssaf) · domaine : le recouvrement des cotisations et contributions sociales',
    );
    expect(linkByText(page, 'MED-2027-000001').getAttribute('href')).toBe('/conseiller/mediations/m-1');
  });
});
