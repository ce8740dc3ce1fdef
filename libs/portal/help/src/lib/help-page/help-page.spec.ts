import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import {
  ACCOUNTANT,
  HELP,
  type HelpTest,
  apiError,
  buttonByText,
  fieldByLabel,
  linkByText,
  questionItem,
  setUpHelpTest,
  textOf,
  typeInto,
} from '../testing/help-testing';

const LOST_CODE = "Quel est le mode d'emploi si mon client a perdu le courrier contenant le code de sécurité ?";
const MANDATE = "Mon client a-t-il un délai pour m'envoyer son mandat ?";

describe('HelpPage', () => {
  let test: HelpTest;

  beforeEach(async () => {
    test = await setUpHelpTest();
  });

  afterEach(() => test.http.verify());

  function toggleOf(item: HTMLElement): HTMLButtonElement {
    const button = item.querySelector<HTMLButtonElement>('button.question__toggle');
    if (!button) throw new Error('No toggle');
    return button;
  }

  function answerOf(item: HTMLElement): HTMLElement {
    const answer = item.querySelector<HTMLElement>('[role="region"]');
    if (!answer) throw new Error('No answer');
    return answer;
  }

  async function open(page: HTMLElement, question: string): Promise<HTMLElement> {
    const item = questionItem(page, question);
    toggleOf(item).click();
    await test.settle();
    return item;
  }

  it('shows the title, the intro and the themes with their questions, answers closed', async () => {
    const page = await test.open('/aide', { session: null });

    expect(textOf(page.querySelector('h1'))).toBe('Questions-Réponses');
    expect(page.querySelectorAll('h1')).toHaveLength(1);
    expect(TestBed.inject(Title).getTitle()).toBe('Questions-Réponses');
    expect(textOf(page.querySelector('pt-page-heading'))).toContain('Foire aux questions');
    expect(Array.from(page.querySelectorAll('.lead'), textOf)).toEqual(HELP.intro);
    expect(Array.from(page.querySelectorAll('nav.themes a'), textOf)).toEqual([
      'Experts-comptables : espace et portefeuille',
      'Réclamation et médiation',
      'Changement de situation',
    ]);
    expect(Array.from(page.querySelectorAll('section.theme h2'), textOf)).toEqual([
      'Experts-comptables : espace et portefeuille',
      'Réclamation et médiation',
      'Changement de situation',
    ]);
    const item = questionItem(page, LOST_CODE);
    expect(item.querySelector('h3 button')).toBe(toggleOf(item));
    expect(toggleOf(item).getAttribute('aria-expanded')).toBe('false');
    expect(answerOf(item).hidden).toBe(true);
    expect(page.querySelectorAll('pt-help-question')).toHaveLength(9);
  });

  it('opens and closes a question with its button, and lays the answer out with its links', async () => {
    const page = await test.open('/aide', { session: null });
    const item = await open(page, LOST_CODE);
    const toggle = toggleOf(item);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.getAttribute('aria-controls')).toBe(answerOf(item).id);
    expect(answerOf(item).getAttribute('aria-labelledby')).toBe(toggle.id);
    expect(answerOf(item).hidden).toBe(false);
    expect(Array.from(answerOf(item).querySelectorAll('li'), textOf)).toEqual([
      'supprimer le client',
      "l'ajouter de nouveau en cliquant sur Ajouter un client.",
    ]);
    expect(linkByText(answerOf(item), 'Ajouter un client').getAttribute('href')).toBe('/portefeuille/ajouter');

    const steps = await open(
      page,
      "Je suis expert comptable et je n'avais pas de compte sur secu-independants.fr, puis-je en créer un ?",
    );
    expect(Array.from(answerOf(steps).querySelectorAll('ol > li'), textOf)).toEqual([
      'En haut à droite sur urssaf.fr, Cliquez sur « Créer votre espace »',
      'Sélectionnez le profil « Tiers mandaté » qui vous est proposé.',
    ]);
    expect(textOf(answerOf(steps).querySelector('.screen-link'))).toBe('Fiche pratique — Créer votre espace');
    expect(linkByText(answerOf(steps), 'Fiche pratique').getAttribute('href')).toBe('/inscription');

    toggle.click();
    await test.settle();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(answerOf(item).hidden).toBe(true);
  });

  it('shows the change-of-situation table, and names the other sites without linking them', async () => {
    const page = await test.open('/aide', { session: null });
    const table = answerOf(
      await open(page, "J'aimerais signaler un changement personnel et/ou professionnel. À qui dois-je m'adresser ?"),
    );
    expect(Array.from(table.querySelectorAll('thead th'), textOf)).toEqual([
      'Quel changement ?',
      'quel interlocuteur ?',
    ]);
    expect(
      Array.from(table.querySelectorAll('tbody tr'), (row) => Array.from(row.querySelectorAll('th, td'), textOf)),
    ).toEqual([
      ['Changement de statut', 'à signaler dans le mois qui suit au centre de formalités des entreprises'],
      ["Changement d'adresse professionnelle"],
      ["Cessation d'activité"],
      ["Changement d'état civil", expect.stringMatching(/^à signaler à :/)],
      ['Nouvelle adresse personnelle'],
      ['Changement de coordonnées bancaires / RIB / IBAN'],
    ]);
    const cells = table.querySelectorAll('tbody td');
    expect(Array.from(cells, (cell) => cell.getAttribute('rowspan'))).toEqual(['3', '3']);
    // The organisations the seed showed as logos.
    expect(Array.from(cells[1].querySelectorAll('li'), textOf)).toEqual([
      'votre Urssaf',
      'votre caisse d’assurance maladie (Cpam)',
      'votre caisse de retraite (Carsat)',
    ]);
    expect(linkByText(table, 'Changement de situation').getAttribute('href')).toBe('/aide/changement-de-situation');

    const civil = answerOf(
      await open(page, "Comment signaler un changement d'état civil / rattachement d'ayant droit ?"),
    );
    expect(textOf(civil.querySelector('h4'))).toBe('Voir aussi');
    expect(textOf(civil.querySelector('.external-mention'))).toBe(
      'Attestations Carte Vitale (ameli.fr, site extérieur au portail)',
    );
    expect(civil.querySelector('.external-mention a')).toBeNull();
  });

  it('filters questions and answers, without minding case or accents, and says how many match', async () => {
    const page = await test.open('/aide', { session: null });
    const search = fieldByLabel(page, 'Rechercher une question');
    const status = () => textOf(page.querySelector('.search__results[role="status"]'));
    expect(status()).toBe('');

    typeInto(search, 'DELAI');
    await test.settle();
    // « délai » in a question, « délai de 30 jours » in an answer, « dans quel délai » beside a link.
    expect(Array.from(page.querySelectorAll('pt-help-question .question__toggle span:last-child'), textOf)).toEqual([
      MANDATE,
      'Dans quelle situation puis-je faire une demande de médiation ?',
      "J'aimerais signaler un changement personnel et/ou professionnel. À qui dois-je m'adresser ?",
    ]);
    expect(status()).toBe('3 questions correspondent à votre recherche');
    expect(Array.from(page.querySelectorAll('nav.themes li'), textOf)).toEqual([
      'Experts-comptables : espace et portefeuille (1 question)',
      'Réclamation et médiation (1 question)',
      'Changement de situation (1 question)',
    ]);

    typeInto(search, 'reclamation');
    await test.settle();
    expect(status()).toBe('2 questions correspondent à votre recherche');

    typeInto(search, 'carte vitale');
    await test.settle();
    expect(status()).toBe('1 question correspond à votre recherche');

    typeInto(search, 'pension alimentaire');
    await test.settle();
    expect(status()).toBe('Aucune question ne correspond à votre recherche');
    expect(page.querySelectorAll('pt-help-question')).toHaveLength(0);
    expect(textOf(page.querySelector('.empty-state'))).toContain('Essayez un autre mot');

    typeInto(search, '');
    await test.settle();
    expect(status()).toBe('');
    expect(page.querySelectorAll('pt-help-question')).toHaveLength(9);
  });

  it('moves the focus to a theme from the list of themes', async () => {
    const page = await test.open('/aide', { session: null });
    const link = linkByText(page, 'Changement de situation');
    expect(link.getAttribute('href')).toBe('/aide#theme-changement-de-situation');
    link.click();
    await test.settle();
    expect(document.activeElement?.id).toBe('theme-changement-de-situation');
    expect(test.router.url).toBe('/aide');
  });

  it('opens the question of its own address and puts the focus on it', async () => {
    const page = await test.open('/aide/questions/delai-d-envoi-du-mandat', { session: null });
    const item = questionItem(page, MANDATE);
    expect(toggleOf(item).getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(toggleOf(item));
    expect(textOf(answerOf(item))).toContain('Plus tôt le client vous enverra votre mandat');
  });

  it('says so when the address names a question it does not have', async () => {
    const page = await test.open('/aide/questions/inconnue', { session: null });
    expect(textOf(page.querySelector('pt-notice[role="alert"]'))).toContain(
      'Cette question n’existe pas dans les Questions-Réponses',
    );
    expect(page.querySelectorAll('pt-help-question')).toHaveLength(9);
  });

  it('invites an anonymous visitor to sign in to give an opinion, back on the question afterwards', async () => {
    const page = await test.open('/aide', { session: null });
    const answer = answerOf(await open(page, MANDATE));
    expect(textOf(answer.querySelector('.vote__prompt'))).toBe('La réponse à cette question vous a-t-elle été utile ?');
    expect(answer.querySelectorAll('button')).toHaveLength(0);
    expect(textOf(answer.querySelector('.vote__sign-in'))).toBe(
      'Connectez-vous pour indiquer si cette réponse vous a été utile.',
    );
    expect(linkByText(answer, 'Connectez-vous').getAttribute('href')).toBe(
      '/connexion?retour=%2Faide%2Fquestions%2Fdelai-d-envoi-du-mandat',
    );
  });

  it('takes a signed-in person’s vote, thanks them and shows the vote given instead of the buttons', async () => {
    const page = await test.open('/aide', { session: ACCOUNTANT, votes: {} });
    const item = await open(page, MANDATE);
    const answer = answerOf(item);
    expect(answer.querySelector('[role="group"]')?.getAttribute('aria-labelledby')).toBe(
      answer.querySelector('.vote__prompt')?.id,
    );

    buttonByText(answer, 'Oui').click();
    const vote = await test.nextRequest('/api/help/questions/delai-d-envoi-du-mandat/vote', 'POST');
    expect(vote.request.body).toEqual({ useful: true });
    vote.flush(
      { questionId: 'delai-d-envoi-du-mandat', useful: true, votedAt: '2026-11-27T15:45:00.000Z' },
      { status: 201, statusText: 'Created' },
    );
    await test.settle();

    expect(textOf(answer.querySelector('[role="status"]'))).toBe('Merci pour votre réponse.');
    expect(answer.querySelectorAll('button')).toHaveLength(0);
    expect(textOf(answer.querySelector('.vote__given'))).toBe('Vous avez répondu : Oui.');
    expect(document.activeElement).toBe(answer.querySelector('.vote__given'));
  });

  it('shows the votes already given, and the buttons elsewhere', async () => {
    const page = await test.open('/aide', { session: ACCOUNTANT, votes: { 'code-de-securite-perdu': false } });
    const given = answerOf(await open(page, LOST_CODE));
    expect(textOf(given.querySelector('.vote__given'))).toBe('Vous avez répondu : Non.');
    expect(given.querySelectorAll('button')).toHaveLength(0);
    const other = answerOf(await open(page, MANDATE));
    expect(Array.from(other.querySelectorAll('button'), textOf)).toEqual(['Oui', 'Non']);
  });

  it('shows the API’s refusal of a second vote, then the vote given', async () => {
    const page = await test.open('/aide', { session: ACCOUNTANT, votes: {} });
    const answer = answerOf(await open(page, MANDATE));
    buttonByText(answer, 'Non').click();
    (await test.nextRequest('/api/help/questions/delai-d-envoi-du-mandat/vote', 'POST')).flush(
      ...apiError(409, 'Vous avez déjà indiqué si cette réponse vous a été utile.'),
    );
    (await test.nextRequest('/api/help/votes', 'GET')).flush({ 'delai-d-envoi-du-mandat': true });
    await test.settle();
    expect(textOf(answer.querySelector('[role="alert"]'))).toBe(
      'Vous avez déjà indiqué si cette réponse vous a été utile.',
    );
    expect(textOf(answer.querySelector('.vote__given'))).toBe('Vous avez répondu : Oui.');
  });

  it('offers the change-of-situation guide', async () => {
    const page = await test.open('/aide', { session: null });
    expect(linkByText(page.querySelector('aside.guide') ?? page, 'Changement de situation').getAttribute('href')).toBe(
      '/aide/changement-de-situation',
    );
  });
});
