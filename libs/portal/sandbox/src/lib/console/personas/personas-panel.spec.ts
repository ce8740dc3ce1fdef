import type { PersonaCard } from '@portail/domain';
import {
  type PanelTest,
  TRAINER_SESSION,
  apiError,
  buttonByText,
  setUpPanelTest,
  textOf,
} from '../../testing/sandbox-testing';
import { PersonasPanel } from './personas-panel';

const CLAIRE: PersonaCard = {
  key: 'claire.martin@cabinet-martin.fr',
  kind: 'expert-comptable',
  label: 'Expert-comptable, administratrice du Cabinet Martin',
  name: 'Claire Martin',
  identifiers: [
    { label: 'Identifiant', value: 'claire.martin@cabinet-martin.fr' },
    { label: 'Mot de passe', value: 'Martin2026!' },
  ],
  secretAnswers: [],
  canActAs: true,
};

const MARIE: PersonaCard = {
  key: 'client:12345678901',
  kind: 'client',
  label: 'Travailleuse indépendante, cliente à rattacher',
  name: 'Marie Dupont',
  identifiers: [{ label: 'N° TI', value: '12345678901' }],
  secretAnswers: [
    { question: 'Nom de jeune fille de votre mère ?', answer: 'Lefèvre' },
    { question: 'Ville de naissance ?', answer: 'Brest' },
  ],
  canActAs: false,
};

function aPersona(n: number, kind: PersonaCard['kind']): PersonaCard {
  return { ...CLAIRE, key: `p${n}`, kind, name: `Personne ${n}` };
}

describe('PersonasPanel', () => {
  let test: PanelTest;
  let panel: HTMLElement;

  beforeEach(async () => {
    test = await setUpPanelTest(PersonasPanel);
    panel = test.element;
  });

  afterEach(() => test.http.verify());

  function card(name: string): HTMLElement {
    const found = Array.from(panel.querySelectorAll<HTMLElement>('.persona')).find(
      (element) => textOf(element.querySelector('h3')) === name,
    );
    if (!found) {
      throw new Error(`No persona « ${name} »`);
    }
    return found;
  }

  function rows(root: Element, index = 0): string[][] {
    const list = root.querySelectorAll('dl')[index];
    return Array.from(list?.querySelectorAll('div') ?? [], (row) => [
      textOf(row.querySelector('dt')),
      textOf(row.querySelector('dd')),
    ]);
  }

  it('shows each persona with what they would type, and a client’s secret answers', async () => {
    (await test.nextRequest('/api/sandbox/personas')).flush([CLAIRE, MARIE]);
    await test.settle();

    const claire = card('Claire Martin');
    expect(textOf(claire.querySelector('.persona__kind'))).toBe('Expert-comptable');
    expect(textOf(claire.querySelector('.persona__label'))).toBe('Expert-comptable, administratrice du Cabinet Martin');
    expect(rows(claire)).toEqual([
      ['Identifiant', 'claire.martin@cabinet-martin.fr'],
      ['Mot de passe', 'Martin2026!'],
    ]);
    expect(claire.querySelector('h4')).toBeNull();

    const marie = card('Marie Dupont');
    expect(textOf(marie.querySelector('h4'))).toBe('Réponses aux questions secrètes');
    expect(rows(marie, 1)).toEqual([
      ['Nom de jeune fille de votre mère ?', 'Lefèvre'],
      ['Ville de naissance ?', 'Brest'],
    ]);
    // A directory client has no account to act as.
    expect(marie.querySelector('button')).toBeNull();
    // Few personas: no filter.
    expect(panel.querySelector('mat-button-toggle-group')).toBeNull();
  });

  it('acts as a persona: the session is read again and the portal goes where the API says', async () => {
    (await test.nextRequest('/api/sandbox/personas')).flush([CLAIRE, MARIE]);
    await test.settle();

    buttonByText(card('Claire Martin'), 'Agir en tant que Claire Martin').click();
    (await test.nextRequest('/api/sandbox/personas/claire.martin%40cabinet-martin.fr/act-as', 'POST')).flush({
      redirectTo: '/ailleurs',
    });
    (await test.nextRequest('/api/auth/session', 'GET')).flush({
      ...TRAINER_SESSION,
      person: { ...TRAINER_SESSION.person, firstName: 'Claire', lastName: 'Martin', backofficeRole: null },
      actingTrainer: { name: 'Thomas Roux' },
    });
    await vi.waitFor(() => expect(test.router.url).toBe('/ailleurs'));
  });

  it('says why acting as a persona failed, on their card', async () => {
    (await test.nextRequest('/api/sandbox/personas')).flush([CLAIRE, MARIE]);
    await test.settle();

    buttonByText(card('Claire Martin'), 'Agir en tant que Claire Martin').click();
    (await test.nextRequest('/api/sandbox/personas/claire.martin%40cabinet-martin.fr/act-as', 'POST')).flush(
      ...apiError(409, 'Ce compte est désactivé : impossible d’ouvrir sa session.'),
    );
    await test.settle();
    expect(textOf(card('Claire Martin').querySelector('[role="alert"]'))).toBe(
      'Ce compte est désactivé : impossible d’ouvrir sa session.',
    );
    expect(test.router.url).toBe('/');
  });

  it('filters many personas by kind', async () => {
    const personas = [
      aPersona(1, 'expert-comptable'),
      aPersona(2, 'collaborateur'),
      aPersona(3, 'collaborateur'),
      aPersona(4, 'conseiller'),
      aPersona(5, 'stagiaire'),
      aPersona(6, 'stagiaire'),
      MARIE,
    ];
    (await test.nextRequest('/api/sandbox/personas')).flush(personas);
    await test.settle();

    const toggles = Array.from(panel.querySelectorAll<HTMLButtonElement>('mat-button-toggle button'));
    expect(toggles.map(textOf)).toEqual([
      'Tous',
      'Expert-comptable',
      'Collaborateur',
      'Conseiller Urssaf',
      'Stagiaire',
      'Client',
    ]);
    expect(panel.querySelectorAll('.persona').length).toBe(7);

    toggles[4].click();
    await test.settle();
    expect(Array.from(panel.querySelectorAll('.persona h3'), textOf)).toEqual(['Personne 5', 'Personne 6']);
  });
});
