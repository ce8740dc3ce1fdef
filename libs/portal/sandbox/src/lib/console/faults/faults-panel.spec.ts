import type { FaultState } from '@portail/domain';
import { type PanelTest, apiError, setUpPanelTest, textOf } from '../../testing/sandbox-testing';
import { FaultsPanel } from './faults-panel';

const FAULTS: FaultState[] = [
  { kind: 'email-bounce', label: 'Le prochain courriel revient en erreur (adresse injoignable)', armed: false, armedAt: null },
  { kind: 'letter-lost', label: 'Le prochain courrier est perdu', armed: true, armedAt: '2026-11-27T15:00:00.000Z' },
  { kind: 'card-declined', label: 'Le prochain paiement par carte est refusé', armed: false, armedAt: null },
  { kind: 'debit-declined', label: 'Le prochain prélèvement est rejeté', armed: false, armedAt: null },
];

describe('FaultsPanel', () => {
  let test: PanelTest;
  let panel: HTMLElement;

  beforeEach(async () => {
    test = await setUpPanelTest(FaultsPanel);
    panel = test.element;
    (await test.nextRequest('/api/sandbox/faults')).flush(FAULTS);
    await test.settle();
  });

  afterEach(() => test.http.verify());

  function fault(title: string): HTMLElement {
    const found = Array.from(panel.querySelectorAll<HTMLElement>('.fault')).find(
      (element) => textOf(element.querySelector('h3')) === title,
    );
    if (!found) {
      throw new Error(`No fault « ${title} »`);
    }
    return found;
  }

  it('shows the four faults, their state and what the trainee will see', () => {
    expect(Array.from(panel.querySelectorAll('.fault h3'), textOf)).toEqual([
      'Le prochain courriel revient en erreur (adresse injoignable)',
      'Le prochain courrier est perdu',
      'Le prochain paiement par carte est refusé',
      'Le prochain prélèvement est rejeté',
    ]);
    const lost = fault('Le prochain courrier est perdu');
    expect(textOf(lost.querySelector('.fault__state'))).toBe('Armé depuis le 27 novembre 2026 à 16:00');
    expect(textOf(lost.querySelector('button'))).toBe('Annuler : Le prochain courrier est perdu');
    expect(textOf(lost.querySelector('p'))).toContain('supprime le client de son portefeuille puis l’ajoute de nouveau');

    const bounce = fault('Le prochain courriel revient en erreur (adresse injoignable)');
    expect(textOf(bounce.querySelector('.fault__state'))).toBe('Non armé');
    expect(textOf(bounce.querySelector('p'))).toContain('« Adresse injoignable »');
  });

  it('arms a fault, then shows it armed', async () => {
    fault('Le prochain courriel revient en erreur (adresse injoignable)').querySelector('button')?.click();
    const arm = await test.nextRequest('/api/sandbox/faults', 'POST');
    expect(arm.request.body).toEqual({ kind: 'email-bounce' });
    arm.flush(null, { status: 201, statusText: 'Created' });
    (await test.nextRequest('/api/sandbox/faults', 'GET')).flush([
      { ...FAULTS[0], armed: true, armedAt: '2026-11-27T15:45:00.000Z' },
      ...FAULTS.slice(1),
    ]);
    await test.settle();

    expect(textOf(panel.querySelector('[role="status"]'))).toBe(
      'Incident armé : le prochain courriel revient en erreur (adresse injoignable).',
    );
    const bounce = fault('Le prochain courriel revient en erreur (adresse injoignable)');
    expect(textOf(bounce.querySelector('.fault__state'))).toBe('Armé depuis le 27 novembre 2026 à 16:45');
    expect(bounce.classList).toContain('is-armed');
  });

  it('disarms a fault', async () => {
    fault('Le prochain courrier est perdu').querySelector('button')?.click();
    (await test.nextRequest('/api/sandbox/faults/letter-lost', 'DELETE')).flush(null, {
      status: 204,
      statusText: 'No Content',
    });
    (await test.nextRequest('/api/sandbox/faults', 'GET')).flush(FAULTS.map((f) => ({ ...f, armed: false, armedAt: null })));
    await test.settle();
    expect(textOf(panel.querySelector('[role="status"]'))).toBe('Incident annulé : le prochain courrier est perdu.');
    expect(textOf(fault('Le prochain courrier est perdu').querySelector('.fault__state'))).toBe('Non armé');
  });

  it('shows the API’s refusal', async () => {
    fault('Le prochain paiement par carte est refusé').querySelector('button')?.click();
    (await test.nextRequest('/api/sandbox/faults', 'POST')).flush(...apiError(400, 'Cet incident est inconnu.'));
    await test.settle();
    expect(textOf(panel.querySelector('[role="alert"]'))).toBe('Cet incident est inconnu.');
  });
});
