import type { OutboundMessageDetail } from '@portail/domain';
import {
  type SandboxTest,
  TRAINER_SESSION,
  aMessage,
  apiError,
  buttonByText,
  linkByText,
  setUpSandboxTest,
  textOf,
} from '../testing/sandbox-testing';

const MESSAGE = aMessage({ id: 'm 1' });

const ACTIVATION = aMessage({
  id: 'm2',
  recipient: 'paul.durand@cabinet-martin.fr',
  subject: 'Activez votre compte',
  links: [
    {
      label: 'Activer mon compte',
      href: '/activation?jeton=abc',
      status: 'expire',
      expiresAt: '2026-11-28T15:30:00.000Z',
    },
  ],
  resendable: true,
});

const LETTER: OutboundMessageDetail = aMessage({
  id: 'l1',
  kind: 'letter',
  recipient: 'Marie DUPONT',
  subject: 'Votre code de sécurité pour le rattachement à votre tiers déclarant',
  body: 'Madame,\n\nVotre code de sécurité : ABCD-EFGH-JKMN\n\nVotre Urssaf',
  postalAddress: ['Madame Marie DUPONT', '3 rue du Port', '29200 Brest'],
});

describe('MessagePage', () => {
  let test: SandboxTest;

  async function open(url: string, trainer = false): Promise<HTMLElement> {
    test = await setUpSandboxTest();
    if (trainer) {
      await test.signIn(TRAINER_SESSION);
    }
    return test.open(url);
  }

  afterEach(() => test.http.verify());

  it('loads the message of the address and links back to its recipient', async () => {
    const page = await open('/bac-a-sable/courriels/m%201');
    (await test.nextRequest('/api/sandbox/messages/m%201')).flush(MESSAGE);
    await test.settle();

    expect(page.querySelector('h1')?.textContent).toBe('Validez votre adresse courriel');
    const back = page.querySelector('.message-page__back a');
    expect(back?.textContent?.trim()).toBe('← Retour à la boîte de réception');
    expect(back?.getAttribute('href')).toBe('/bac-a-sable/courriels?destinataire=claire.martin@cabinet-martin.fr');
    // Not the trainer: no trainer's actions.
    expect(page.querySelector('pt-trainer-actions')).toBeNull();
  });

  it('shows the API’s message when the message does not exist', async () => {
    const page = await open('/bac-a-sable/courrier/inconnu');
    (await test.nextRequest('/api/sandbox/messages/inconnu')).flush(...apiError(404, 'Ce message n’existe pas.'));
    await test.settle();

    expect(page.querySelector('h1')?.textContent).toBe('Message indisponible');
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Ce message n’existe pas.');
    expect(page.querySelector('.message-page__back a')?.textContent?.trim()).toBe('← Retour au courrier simulé');
  });

  it('is « Page introuvable » when the sandbox is off', async () => {
    test = await setUpSandboxTest();
    const page = await test.open('/bac-a-sable/courriels/m1', { clock: 'off' });
    expect(textOf(page.querySelector('h1'))).toBe('Page introuvable');
    test.http.expectNone('/api/sandbox/messages/m1');
  });

  it('lets the trainer send a link again, then shows the old one replaced', async () => {
    const page = await open('/bac-a-sable/courriels/m2', true);
    (await test.nextRequest('/api/sandbox/messages/m2')).flush(ACTIVATION);
    await test.settle();

    buttonByText(page, 'Renvoyer').click();
    const resend = await test.nextRequest('/api/sandbox/messages/m2/resend', 'POST');
    resend.flush({
      message: 'Un nouveau lien d’activation a été envoyé à paul.durand@cabinet-martin.fr.',
      newMessageId: 'm3',
    });
    const reread = await test.nextRequest('/api/sandbox/messages/m2');
    reread.flush({ ...ACTIVATION, links: [{ ...ACTIVATION.links[0], status: 'remplace' }] });
    await test.settle();

    const done = page.querySelector('pt-trainer-actions [role="status"]');
    expect(textOf(done)).toBe(
      'Un nouveau lien d’activation a été envoyé à paul.durand@cabinet-martin.fr. Ouvrir le nouveau courriel',
    );
    expect(linkByText(page, 'Ouvrir le nouveau courriel').getAttribute('href')).toBe('/bac-a-sable/courriels/m3');
    expect(textOf(page.querySelector('.link-status'))).toBe('Remplacé par un lien plus récent');
  });

  it('shows the API’s refusal of a resend', async () => {
    const page = await open('/bac-a-sable/courriels/m2', true);
    (await test.nextRequest('/api/sandbox/messages/m2')).flush(ACTIVATION);
    await test.settle();

    buttonByText(page, 'Renvoyer').click();
    (await test.nextRequest('/api/sandbox/messages/m2/resend', 'POST')).flush(
      ...apiError(409, 'Ce compte est déjà activé : il n’y a plus de lien à renvoyer.'),
    );
    await test.settle();
    expect(textOf(page.querySelector('pt-trainer-actions [role="alert"]'))).toBe(
      'Ce compte est déjà activé : il n’y a plus de lien à renvoyer.',
    );
  });

  it('offers no resend of a message the product cannot send again', async () => {
    const page = await open('/bac-a-sable/courriels/m1', true);
    (await test.nextRequest('/api/sandbox/messages/m1')).flush(aMessage());
    await test.settle();
    expect(page.textContent).not.toContain('Renvoyer');
  });

  it('lets the trainer mark a letter lost, and says how to show it', async () => {
    const page = await open('/bac-a-sable/courrier/l1', true);
    (await test.nextRequest('/api/sandbox/messages/l1')).flush(LETTER);
    await test.settle();
    expect(page.querySelector('.letter__lost')).toBeNull();

    buttonByText(page, 'Marquer comme perdu').click();
    (await test.nextRequest('/api/sandbox/messages/l1/lost', 'POST')).flush({ ...LETTER, lost: true });
    await test.settle();

    expect(textOf(page.querySelector('.letter__lost-badge'))).toBe('Perdu');
    expect(textOf(page.querySelector('.letter__lost'))).toBe(
      'Ce courrier n’est jamais arrivé : pour le montrer, supprimez le client puis ajoutez-le de nouveau pour qu’un nouveau code soit envoyé.',
    );
    expect(page.textContent).not.toContain('Marquer comme perdu');
    // Printed, the letter alone.
    expect(page.querySelector('pt-trainer-actions')?.classList).toContain('no-print');
    expect(page.querySelector('.letter__lost')?.classList).toContain('no-print');
  });
});
