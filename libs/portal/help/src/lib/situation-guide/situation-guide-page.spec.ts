import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { type RoutedTest, setUpRoutedTest } from '@portail/portal-forms/testing';
import { helpRoutes } from '../help.routes';
import { HELP, apiError, chooseRadio, linkByText, textOf } from '../testing/help-testing';

describe('SituationGuidePage', () => {
  let test: RoutedTest;

  beforeEach(async () => {
    test = await setUpRoutedTest([{ path: 'aide', children: helpRoutes }]);
  });

  afterEach(() => test.http.verify());

  async function open(url: string): Promise<HTMLElement> {
    const page = await test.navigate(url);
    (await test.nextRequest('/api/help/questions')).flush(HELP);
    await test.settle();
    return page;
  }

  const answer = (page: HTMLElement) => page.querySelector<HTMLElement>('.guide__answer') ?? page;

  it('asks « Quel changement ? » and waits for a choice', async () => {
    const page = await open('/aide/changement-de-situation');
    expect(textOf(page.querySelector('h1'))).toBe('Changement de situation');
    expect(TestBed.inject(Title).getTitle()).toBe('Changement de situation');
    expect(textOf(page.querySelector('legend'))).toBe('Quel changement ?');
    expect(Array.from(page.querySelectorAll('mat-radio-button'), textOf)).toEqual([
      'Changement de statut',
      "Changement d'état civil",
      'Décès',
    ]);
    expect(textOf(answer(page))).toBe('Choisissez un changement pour voir qui prévenir, dans quel délai et comment.');
    // The seed's whole table stays under the guide.
    expect(textOf(page.querySelector('.summary h2'))).toBe('Tous les changements');
    expect(page.querySelectorAll('.summary tbody tr')).toHaveLength(6);
  });

  it('shows whom to tell, by when and how, with the portal’s screens, and keeps the choice in the address', async () => {
    const page = await open('/aide/changement-de-situation');
    chooseRadio(page, "Changement d'état civil");
    await test.settle();
    await vi.waitFor(() => expect(test.router.url).toBe('/aide/changement-de-situation?changement=etat-civil'));
    await test.settle();

    expect(textOf(answer(page).querySelector('h2'))).toBe("Changement d'état civil");
    expect(textOf(answer(page).querySelector('[role="status"]'))).toBe(
      "Changement d'état civil — à signaler à : votre Urssaf, votre caisse d’assurance maladie (Cpam) et votre caisse de retraite (Carsat).",
    );
    const facts = Array.from(answer(page).querySelectorAll('dl > div'), (row) => [
      textOf(row.querySelector('dt')),
      textOf(row.querySelector('dd')),
    ]);
    expect(facts).toEqual([
      ['Qui prévenir ?', expect.any(String)],
      ['Délai', 'Dès que possible : aucun délai n’est fixé'],
      ['Comment ?', expect.stringContaining('la Messagerie vous permet d’écrire à votre Urssaf')],
    ]);
    expect(Array.from(answer(page).querySelectorAll('dl li'), textOf)).toEqual([
      'votre Urssaf',
      'votre caisse d’assurance maladie (Cpam)',
      'votre caisse de retraite (Carsat)',
    ]);
    expect(textOf(answer(page).querySelector('blockquote'))).toBe(
      "Naissance, adoption, mariage, etc. : tout changement d'état civil est à signaler auprès de : votre Urssaf, votre caisse d’assurance maladie (Cpam) et votre caisse de retraite (Carsat).",
    );
    expect(linkByText(answer(page), 'Écrire à votre Urssaf').getAttribute('href')).toBe('/messagerie');
    expect(linkByText(answer(page), 'Je dépose une réclamation').getAttribute('href')).toBe('/reclamations/nouvelle');
    expect(
      linkByText(
        answer(page),
        "Comment signaler un changement d'état civil / rattachement d'ayant droit ?",
      ).getAttribute('href'),
    ).toBe('/aide/questions/changement-d-etat-civil');
  });

  it('opens on the change of its address: the CFE within the month, or the family’s duty for a death', async () => {
    const page = await open('/aide/changement-de-situation?changement=statut');
    expect(page.querySelector('mat-radio-button.mat-mdc-radio-checked')?.textContent?.trim()).toBe(
      'Changement de statut',
    );
    expect(textOf(answer(page).querySelector('[role="status"]'))).toBe(
      'Changement de statut — à signaler dans le mois qui suit au centre de formalités des entreprises',
    );
    expect(textOf(answer(page).querySelector('dl > div:nth-child(2) dd'))).toBe('Dans le mois qui suit le changement');

    chooseRadio(page, 'Décès');
    await vi.waitFor(() => expect(test.router.url).toBe('/aide/changement-de-situation?changement=deces'));
    await test.settle();
    expect(textOf(answer(page).querySelector('[role="status"]'))).toBe(
      'Décès — la famille doit prévenir les trois organismes de sécurité sociale, en envoyant un bulletin de décès ou la photocopie du livret de famille mis à jour.',
    );
    expect(answer(page).querySelector('blockquote')).toBeNull();
  });

  it('says when the guide cannot be read, and reads it again', async () => {
    const page = await test.navigate('/aide/changement-de-situation');
    (await test.nextRequest('/api/help/questions')).flush(
      ...apiError(503, 'Le service est momentanément indisponible.'),
    );
    await test.settle();
    expect(textOf(page.querySelector('[role="alert"]'))).toContain('Le service est momentanément indisponible.');
    Array.from(page.querySelectorAll('button'))
      .find((button) => textOf(button) === 'Réessayer')
      ?.click();
    (await test.nextRequest('/api/help/questions')).flush(HELP);
    await test.settle();
    expect(page.querySelectorAll('mat-radio-button')).toHaveLength(3);
  });
});
