import type { ResetProgress, ScenarioCatalogue } from '@portail/domain';
import {
  CLOCK,
  type PanelTest,
  answerDialog,
  apiError,
  dialogText,
  setUpPanelTest,
  textOf,
} from '../../testing/sandbox-testing';
import { ScenariosPanel, formatDuration } from './scenarios-panel';

const CATALOGUE: ScenarioCatalogue = {
  scenarios: [
    { key: 'decouverte', title: 'Découverte', description: 'Un cabinet prêt à l’emploi.' },
    { key: 'demarrage', title: 'Démarrage', description: 'Rien n’existe : chacun crée son espace.' },
    { key: 'migration', title: 'Migration', description: 'Des comptes migrés de secu-independants.fr.' },
  ],
  current: { key: 'demarrage', resetAt: '2026-11-27T08:00:00.000Z' },
  running: null,
};

function progress(overrides: Partial<ResetProgress> = {}): ResetProgress {
  return {
    id: 'reset-1',
    scenario: 'migration',
    status: 'en-cours',
    step: 0,
    totalSteps: 4,
    label: 'Effacement des données…',
    startedAt: '2026-11-27T15:45:00.000Z',
    finishedAt: null,
    durationMs: null,
    error: null,
    ...overrides,
  };
}

describe('ScenariosPanel', () => {
  let test: PanelTest;
  let panel: HTMLElement;

  beforeEach(async () => {
    test = await setUpPanelTest(ScenariosPanel, { clock: true });
    panel = test.element;
  });

  afterEach(() => test.http.verify());

  async function showCatalogue(catalogue: ScenarioCatalogue = CATALOGUE): Promise<void> {
    (await test.nextRequest('/api/sandbox/scenarios')).flush(catalogue);
    await test.settle();
  }

  function scenario(title: string): HTMLElement {
    const card = Array.from(panel.querySelectorAll<HTMLElement>('.scenario')).find(
      (element) => textOf(element.querySelector('h3')) === title,
    );
    if (!card) {
      throw new Error(`No scenario « ${title} »`);
    }
    return card;
  }

  function resetButton(card: HTMLElement): HTMLButtonElement {
    return card.querySelector('button') as HTMLButtonElement;
  }

  it('lists the scenarios and marks the current one', async () => {
    await showCatalogue();
    expect(Array.from(panel.querySelectorAll('.scenario h3'), textOf)).toEqual(['Découverte', 'Démarrage', 'Migration']);
    expect(textOf(panel.querySelector('.scenarios__current'))).toBe(
      'Scénario actuel : Démarrage, depuis le 27 novembre 2026 à 09:00',
    );
    expect(textOf(scenario('Démarrage').querySelector('.scenario__badge'))).toBe('Scénario actuel');
    expect(scenario('Découverte').querySelector('.scenario__badge')).toBeNull();
    expect(textOf(resetButton(scenario('Migration')))).toBe('Réinitialiser avec ce scénario : Migration');
  });

  it('takes the first sandbox for « Découverte »', async () => {
    await showCatalogue({ ...CATALOGUE, current: null });
    expect(textOf(panel.querySelector('.scenarios__current'))).toBe(
      'Scénario actuel : Découverte (le bac à sable tel qu’il a été créé)',
    );
    expect(scenario('Découverte').classList).toContain('is-current');
  });

  it('asks first, then resets and follows the progress until the end', async () => {
    await showCatalogue();
    resetButton(scenario('Migration')).click();
    await test.settle();
    expect(dialogText()).toContain('Les données actuelles du bac à sable seront effacées ; l’annuaire est conservé.');
    await answerDialog(test, 'Réinitialiser');

    const start = await test.nextRequest('/api/sandbox/resets', 'POST');
    expect(start.request.body).toEqual({ scenario: 'migration' });
    start.flush(progress(), { status: 202, statusText: 'Accepted' });
    await test.settle();
    expect(resetButton(scenario('Migration')).disabled).toBe(true);

    (await test.nextRequest('/api/sandbox/resets/reset-1', 'GET')).flush(
      progress({ step: 2, label: 'Création des 5 000 clients…' }),
    );
    await test.settle();
    expect(textOf(panel.querySelector('.reset h3'))).toBe('Réinitialisation : « Migration »');
    expect(panel.querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('50');
    expect(textOf(panel.querySelector('.reset__step'))).toBe('Création des 5 000 clients…');
    expect(textOf(panel.querySelector('.reset__count'))).toBe('Étape 2 sur 4');

    (await test.nextRequest('/api/sandbox/resets/reset-1', 'GET')).flush(
      progress({ status: 'terminee', step: 4, label: 'Terminé', durationMs: 2400, finishedAt: '2026-11-27T15:45:02.400Z' }),
    );
    (await test.nextRequest('/api/sandbox/scenarios')).flush({
      ...CATALOGUE,
      current: { key: 'migration', resetAt: '2026-11-27T15:45:02.400Z' },
    });
    (await test.nextRequest('/api/sandbox/clock')).flush(CLOCK);
    await test.settle();

    expect(textOf(panel.querySelector('[role="status"]'))).toBe(
      'Le bac à sable est réinitialisé avec le scénario « Migration » en 2,4 s.',
    );
    expect(panel.querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('100');
    expect(textOf(scenario('Migration').querySelector('.scenario__badge'))).toBe('Scénario actuel');
    expect(resetButton(scenario('Migration')).disabled).toBe(false);
  });

  it('does nothing when the reset is not confirmed', async () => {
    await showCatalogue();
    resetButton(scenario('Migration')).click();
    await answerDialog(test, 'Annuler');
    test.http.expectNone('/api/sandbox/resets');
  });

  it('says why a reset failed; the sandbox is unchanged', async () => {
    await showCatalogue();
    resetButton(scenario('Migration')).click();
    await answerDialog(test, 'Réinitialiser');
    (await test.nextRequest('/api/sandbox/resets', 'POST')).flush(progress());
    (await test.nextRequest('/api/sandbox/resets/reset-1', 'GET')).flush(
      progress({ status: 'echec', step: 1, error: 'La création des clients a échoué : le bac à sable est inchangé.' }),
    );
    (await test.nextRequest('/api/sandbox/scenarios')).flush(CATALOGUE);
    (await test.nextRequest('/api/sandbox/clock')).flush(CLOCK);
    await test.settle();
    expect(textOf(panel.querySelector('[role="alert"]'))).toBe(
      'La création des clients a échoué : le bac à sable est inchangé.',
    );
  });

  it('shows the refusal while another reset runs, and follows that one', async () => {
    await showCatalogue();
    resetButton(scenario('Découverte')).click();
    await answerDialog(test, 'Réinitialiser');
    (await test.nextRequest('/api/sandbox/resets', 'POST')).flush(
      ...apiError(409, 'Une réinitialisation est déjà en cours.'),
    );
    (await test.nextRequest('/api/sandbox/scenarios')).flush({ ...CATALOGUE, running: progress({ id: 'reset-0', step: 3 }) });
    await test.settle();
    expect(textOf(panel.querySelector('[role="alert"]'))).toBe('Une réinitialisation est déjà en cours.');
    expect(textOf(panel.querySelector('.reset__count'))).toBe('Étape 3 sur 4');

    (await test.nextRequest('/api/sandbox/resets/reset-0', 'GET')).flush(
      progress({ id: 'reset-0', status: 'terminee', step: 4, durationMs: 65_000 }),
    );
    (await test.nextRequest('/api/sandbox/scenarios')).flush(CATALOGUE);
    (await test.nextRequest('/api/sandbox/clock')).flush(CLOCK);
    await test.settle();
    expect(textOf(panel.querySelector('[role="status"]'))).toBe(
      'Le bac à sable est réinitialisé avec le scénario « Migration » en 1 min 5 s.',
    );
  });
});

describe('formatDuration', () => {
  it('writes durations in French', () => {
    expect(formatDuration(2400)).toBe('2,4 s');
    expect(formatDuration(500)).toBe('0,5 s');
    expect(formatDuration(65_000)).toBe('1 min 5 s');
  });
});
