import type { TraineeCard } from '@portail/domain';
import {
  type PanelTest,
  answerDialog,
  apiError,
  buttonByText,
  dialogText,
  fieldByLabel,
  setUpPanelTest,
  textOf,
  typeInto,
} from '../../testing/sandbox-testing';
import { TraineesPanel } from './trainees-panel';

function aTrainee(number: number, overrides: Partial<TraineeCard> = {}): TraineeCard {
  return {
    number,
    name: `Stagiaire ${number}`,
    email: `stagiaire${number}@formation.test`,
    password: `Stage${number}!2026`,
    firmName: `Cabinet Formation ${number}`,
    siret: '73282932000074',
    accountExists: true,
    clients: [
      {
        name: 'DUPONT Marie',
        identifiers: [{ label: 'SIREN', value: '123 456 789' }],
        secretAnswers: [{ question: 'Ville de naissance ?', answer: 'Brest' }],
      },
    ],
    ...overrides,
  };
}

describe('TraineesPanel', () => {
  let test: PanelTest;
  let panel: HTMLElement;

  beforeEach(async () => {
    test = await setUpPanelTest(TraineesPanel);
    panel = test.element;
  });

  afterEach(() => test.http.verify());

  it('creates the accounts of the class and shows one card per trainee', async () => {
    (await test.nextRequest('/api/sandbox/trainees')).flush([]);
    await test.settle();
    expect(textOf(panel.querySelector('.panel__status'))).toBe('Aucun stagiaire pour le moment.');

    typeInto(fieldByLabel(panel, 'Nombre de stagiaires'), '2');
    buttonByText(panel, 'Créer les comptes').click();
    const request = await test.nextRequest('/api/sandbox/trainees', 'POST');
    expect(request.request.body).toEqual({ count: 2 });
    request.flush([aTrainee(1), aTrainee(2, { accountExists: false })], { status: 201, statusText: 'Created' });
    await test.settle();

    expect(textOf(panel.querySelector('[role="status"]'))).toBe(
      '2 comptes de stagiaires créés : la classe compte 2 stagiaires.',
    );
    // The field is emptied, without an error on it.
    expect(fieldByLabel(panel, 'Nombre de stagiaires').value).toBe('');
    expect(panel.querySelector('mat-error')).toBeNull();
    const cards = Array.from(panel.querySelectorAll('.trainee'));
    expect(cards.map((card) => textOf(card.querySelector('h3')))).toEqual([
      'Stagiaire n° 1 — Stagiaire 1',
      'Stagiaire n° 2 — Stagiaire 2',
    ]);
    expect(
      Array.from(cards[0].querySelectorAll('dl div'), (row) => [
        textOf(row.querySelector('dt')),
        textOf(row.querySelector('dd')),
      ]),
    ).toEqual([
      ['Courriel', 'stagiaire1@formation.test'],
      ['Mot de passe', 'Stage1!2026'],
      ['Cabinet', 'Cabinet Formation 1'],
      ['SIRET', '732 829 320 00074'],
    ]);
    expect(Array.from(cards[0].querySelectorAll('.trainee__clients li > *'), textOf)).toEqual([
      'DUPONT Marie',
      'SIREN : 123 456 789',
      'Ville de naissance ? Brest',
    ]);
    expect(cards[0].querySelector('.trainee__signup')).toBeNull();
    expect(textOf(cards[1].querySelector('.trainee__signup'))).toContain('créez votre espace avec ce SIRET');
  });

  it('refuses a count outside 1 to 60 before asking the API', async () => {
    (await test.nextRequest('/api/sandbox/trainees')).flush([]);
    await test.settle();
    typeInto(fieldByLabel(panel, 'Nombre de stagiaires'), '61');
    buttonByText(panel, 'Créer les comptes').click();
    await test.settle();
    test.http.expectNone('/api/sandbox/trainees');
    expect(textOf(panel.querySelector('mat-error'))).toBe('Indiquez un nombre de stagiaires entre 1 et 60.');
  });

  it('shows the API’s refusal', async () => {
    (await test.nextRequest('/api/sandbox/trainees')).flush([aTrainee(1)]);
    await test.settle();
    typeInto(fieldByLabel(panel, 'Nombre de stagiaires'), '60');
    buttonByText(panel, 'Créer les comptes').click();
    (await test.nextRequest('/api/sandbox/trainees', 'POST')).flush(
      ...apiError(400, 'La classe ne peut pas dépasser 60 stagiaires : 59 places restent.'),
    );
    await test.settle();
    expect(textOf(panel.querySelector('[role="alert"]'))).toBe(
      'La classe ne peut pas dépasser 60 stagiaires : 59 places restent.',
    );
  });

  it('prints the cards, and only them', async () => {
    (await test.nextRequest('/api/sandbox/trainees')).flush([aTrainee(1)]);
    await test.settle();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    buttonByText(panel, 'Imprimer les cartes').click();
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
    // The global print styles hide `.no-print`: the form and the buttons, not the cards.
    expect(panel.querySelector('form')?.closest('.no-print')).not.toBeNull();
    expect(panel.querySelector('.trainees__actions')?.classList).toContain('no-print');
    expect(panel.querySelector('.trainees__cards')?.closest('.no-print')).toBeNull();
  });

  it('deletes the class once confirmed', async () => {
    (await test.nextRequest('/api/sandbox/trainees')).flush([aTrainee(1), aTrainee(2)]);
    await test.settle();

    buttonByText(panel, 'Supprimer la classe').click();
    await test.settle();
    expect(dialogText()).toContain('Supprimer la classe ?');
    await answerDialog(test, 'Supprimer la classe');
    (await test.nextRequest('/api/sandbox/trainees', 'DELETE')).flush(null, { status: 204, statusText: 'No Content' });
    await test.settle();

    expect(panel.querySelectorAll('.trainee').length).toBe(0);
    expect(textOf(panel.querySelector('[role="status"]'))).toBe('La classe est supprimée.');
  });
});
