import { expect, type Page, test } from '@playwright/test';
import { login, newPage } from './support/accounts.po';
import { expectNoSeriousAxeViolation } from './support/axe';
import { PortalPage } from './support/portal.po';
import { openLatestEmail } from './support/signup.po';
import { moveClock, TRAINER } from './support/trainer';

// README's personas. Marie Lefebvre's firm (her SIRET opens it directly) writes to its Urssaf; Paul
// Durand, travailleur indépendant, files the réclamation and seizes the médiateur. No other journey
// reads their Messagerie, réclamations or mediation requests.
const MARIE = { siret: '44306184100013', email: 'marie.lefebvre@cabinet-lefebvre.fr', password: 'Bilan024' };
const PAUL = { email: 'paul.durand@exemple.fr', password: 'Plomb024' };
const CONSEILLER = { email: 'conseiller@urssaf.test', password: 'Conseil1' };

const SUBJECT = 'Échéancier de Boulangerie Martin après la cessation';
const ANSWER = 'Bonjour Madame Lefebvre, l’échéancier sera recalculé sous huit jours. Cordialement.';
const LOST_CODE = 'Quel est le mode d\'emploi si mon client a perdu le courrier contenant le code de sécurité ?';

/** Paul has two spaces: his own (TI) is the one that files. */
async function loginAsPaul(page: Page): Promise<void> {
  await login(page, PAUL.email, PAUL.password);
  await page.getByRole('button', { name: /Paul Durand.*Travailleur indépendant/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Paul Durand' })).toBeVisible();
}

test.describe('The other services of the FAQ: « Messagerie », « Questions-Réponses », réclamation and médiateur du CPSTI', () => {
  test.afterAll(async ({ baseURL }) => {
    await moveClock(baseURL, 'reset');
  });

  test('Marie writes to her Urssaf, the Conseiller answers, Marie reads the answer; an answer of the Questions-Réponses was useful, and the Formateur sees it counted', async ({ browser }) => {
    test.setTimeout(180_000);
    const marie = await newPage(browser);
    const marieShots = new PortalPage(marie);
    await login(marie, MARIE.siret, MARIE.password);

    // « La rubrique « Messagerie » vous permet d’accéder à une messagerie connectée à votre compte en ligne. »
    await marieShots.header.getByRole('link', { name: 'Messagerie', exact: true }).click();
    await expect(marie.getByRole('heading', { level: 1, name: 'Messagerie' })).toBeVisible();
    await expect(marie.getByText('Cet écran affiche vos derniers échanges avec votre Urssaf ainsi que les canaux de contact mis à votre disposition.')).toBeVisible();
    await expect(marie.getByRole('main')).toContainText('Vous pouvez joindre un conseiller au 3698 (Service gratuit + prix d’un appel) de 9h à 17h.');
    await marie.getByRole('link', { name: 'Nouveau message' }).click();
    await expect(marie.getByRole('heading', { level: 1, name: 'Nouveau message' })).toBeVisible();
    await marie.getByLabel('Objet').fill(SUBJECT);
    await marie.getByRole('textbox', { name: 'Message' }).fill('Bonjour, notre client a cessé son activité le 31 octobre : son échéancier doit-il être recalculé ?');
    await marie.getByRole('button', { name: 'Envoyer' }).click();
    await expect(marie.getByRole('heading', { level: 1, name: SUBJECT })).toBeVisible();
    await expect(marie.getByText('Votre message a été envoyé à votre Urssaf.', { exact: false })).toBeVisible();
    await marieShots.screenshot('faq-01-message-sent');
    await expectNoSeriousAxeViolation(marie);

    // The Conseiller answers from the back-office; the space is told by an e-mail notice.
    const conseiller = await newPage(browser);
    const conseillerShots = new PortalPage(conseiller);
    await login(conseiller, CONSEILLER.email, CONSEILLER.password);
    await conseiller.goto('/conseiller/messagerie');
    await expect(conseiller.getByRole('heading', { level: 1, name: 'Messagerie' })).toBeVisible();
    await conseillerShots.screenshot('faq-02-conseiller-threads');
    await expectNoSeriousAxeViolation(conseiller);
    await conseiller.getByRole('link', { name: SUBJECT }).click();
    await expect(conseiller.getByRole('heading', { level: 1, name: SUBJECT })).toBeVisible();
    await conseiller.getByRole('textbox', { name: 'Message' }).fill(ANSWER);
    await conseiller.getByRole('button', { name: 'Envoyer' }).click();
    await expect(conseiller.getByText(`Un courriel d’avis a été envoyé à ${MARIE.email}`, { exact: false })).toBeVisible();
    await conseillerShots.screenshot('faq-03-conseiller-answered');
    await expectNoSeriousAxeViolation(conseiller);

    // Marie's header counts the unread answer at her next page; reading it clears the count.
    await marie.goto('/espace');
    const unread = marieShots.header.getByRole('link', { name: 'Messagerie, 1 message non lu' });
    await expect(unread).toBeVisible();
    await marieShots.screenshot('faq-04-unread-badge');
    await unread.click();
    await expect(marie.getByRole('main')).toContainText('1 message non lu');
    await marie.getByRole('link', { name: SUBJECT }).click();
    await expect(marie.getByRole('main')).toContainText(ANSWER);
    await expect(marie.getByRole('main')).toContainText('Votre Urssaf — Sophie Garnier');
    await expect(marieShots.header.getByRole('link', { name: 'Messagerie', exact: true })).toBeVisible();
    await marieShots.screenshot('faq-05-answer-read');
    await expectNoSeriousAxeViolation(marie);
    // The notice says where to read the message, never what it says.
    await openLatestEmail(marie, MARIE.email, 'Nouveau message dans votre Messagerie');
    await expect(marie.getByRole('main')).not.toContainText(ANSWER);
    await expect(marie.getByRole('main').getByRole('link', { name: 'Lire le message' })).toBeVisible();

    // « La réponse à cette question vous a-t-elle été utile ? »
    await marie.goto('/aide');
    await expect(marie.getByRole('heading', { level: 1, name: 'Questions-Réponses' })).toBeVisible();
    await marie.getByLabel('Rechercher une question').fill('code de sécurité');
    await expect(marie.getByText('1 question correspond à votre recherche')).toBeVisible();
    await marie.getByRole('button', { name: LOST_CODE }).click();
    const answer = marie.getByRole('region', { name: LOST_CODE });
    await expect(answer).toContainText('supprimer le client');
    await expect(answer).toContainText('La réponse à cette question vous a-t-elle été utile ?');
    await answer.getByRole('button', { name: 'Oui' }).click();
    await expect(answer.getByText('Merci pour votre réponse.')).toBeVisible();
    await expect(answer.getByText('Vous avez répondu : Oui.')).toBeVisible();
    await marieShots.screenshot('faq-06-help-voted');
    await expectNoSeriousAxeViolation(marie);

    // The change-of-situation guide: which body, within what time.
    await marie.goto('/aide/changement-de-situation');
    await expect(marie.getByRole('heading', { level: 1, name: 'Changement de situation' })).toBeVisible();
    await marie.getByRole('radio', { name: 'Changement d\'adresse professionnelle' }).check();
    await expect(marie.getByRole('main')).toContainText('Dans le mois qui suit');
    await marieShots.screenshot('faq-07-situation-guide');
    await expectNoSeriousAxeViolation(marie);

    // The Formateur's console counts the vote.
    const trainer = await newPage(browser);
    await login(trainer, TRAINER.identifier, TRAINER.password);
    await trainer.goto('/bac-a-sable/console?onglet=questions-reponses');
    const table = trainer.getByRole('table', { name: 'Experts-comptables : espace et portefeuille' });
    await expect(table.getByRole('row', { name: new RegExp(LOST_CODE.replace(/[?]/g, '\\?')) })).toContainText(/1\s*0\s*1/);
    await new PortalPage(trainer).screenshot('faq-08-console-votes');
    await expectNoSeriousAxeViolation(trainer);
    await Promise.all([marie.context().close(), conseiller.context().close(), trainer.context().close()]);
  });

  test('Paul files a réclamation, then seizes the médiateur: premature, then 31 days later received and followed to the recommendation', async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const paul = await newPage(browser);
    const paulShots = new PortalPage(paul);
    await loginAsPaul(paul);

    // « En cas de question sur mon dossier, comment déposer une réclamation ? »
    await paul.getByRole('link', { name: 'Mes réclamations' }).click();
    await expect(paul.getByRole('heading', { level: 1, name: 'Mes réclamations' })).toBeVisible();
    await paul.getByRole('link', { name: 'Je dépose une réclamation' }).click();
    await expect(paul.getByRole('heading', { level: 1, name: 'Je dépose une réclamation' })).toBeVisible();
    await paul.getByRole('radio', { name: 'vos cotisations' }).check();
    await expect(paul.getByText('Votre réclamation sera transmise à votre Urssaf.')).toBeVisible();
    await paul.getByLabel('Objet').fill('Majoration de retard contestée');
    await paul.getByRole('textbox', { name: 'Votre question' }).fill('Une majoration de retard a été appliquée alors que l’échéance de juillet a été payée à temps.');
    await paulShots.screenshot('faq-09-complaint-form');
    await expectNoSeriousAxeViolation(paul);
    await paul.getByRole('button', { name: 'Envoyer la réclamation' }).click();
    await expect(paul.getByRole('heading', { level: 1, name: /^Réclamation REC-/ })).toBeVisible();
    await expect(paul.getByRole('heading', { name: 'Accusé de réception' })).toBeVisible();
    await expect(paul.getByRole('main')).toContainText('Reçue');
    await paulShots.screenshot('faq-10-complaint-receipt');
    await expectNoSeriousAxeViolation(paul);
    await openLatestEmail(paul, PAUL.email, /Accusé de réception de votre réclamation REC-/);

    // « Je saisis le médiateur »: the réclamation has had no answer for less than 30 days.
    await paul.goto('/mediation');
    await expect(paul.getByRole('heading', { level: 1, name: 'Je saisis le médiateur' })).toBeVisible();
    await paul.getByRole('link', { name: 'Saisir le médiateur' }).first().click();
    await expect(paul.getByRole('heading', { level: 1, name: 'Saisir le médiateur' })).toBeVisible();
    await paul.getByLabel('Votre réclamation').selectOption({ index: 1 });
    await paul.getByRole('radio', { name: 'le recouvrement des cotisations et contributions sociales' }).check();
    await paul.getByRole('radiogroup', { name: 'Avez-vous introduit un recours contentieux ?' }).getByRole('radio', { name: 'Non' }).check();
    await paul
      .getByRole('radiogroup', { name: /Faites-vous l’objet d’une procédure de contrôle/ })
      .getByRole('radio', { name: 'Non' })
      .check();
    await paul.getByLabel('Exposé de votre demande').fill('Ma réclamation sur une majoration de retard est restée sans réponse.');
    await paul.getByRole('button', { name: 'Envoyer la demande de médiation' }).click();
    const refusal = paul.getByRole('alert');
    await expect(refusal).toContainText('Votre demande de médiation est prématurée');
    await expect(refusal).toContainText('vous pourrez saisir le médiateur à partir du');
    await paulShots.screenshot('faq-11-mediation-premature');
    await expectNoSeriousAxeViolation(paul);

    // 31 days later, still no answer: the same request is received.
    await moveClock(baseURL, { advance: { days: 31 } });
    await paul.getByRole('button', { name: 'Envoyer la demande de médiation' }).click();
    const heading = paul.getByRole('heading', { level: 1, name: /^Demande de médiation MED-/ });
    await expect(heading).toBeVisible();
    await expect(paul.getByText('Votre demande de médiation a bien été reçue')).toBeVisible();
    const reference = ((await heading.textContent()) ?? '').replace('Demande de médiation', '').trim();
    expect(reference).toMatch(/^MED-/);
    await paulShots.screenshot('faq-12-mediation-received');
    await expectNoSeriousAxeViolation(paul);

    // The médiateur (the Conseiller persona) moves it through the FAQ's steps.
    const mediateur = await newPage(browser);
    const mediateurShots = new PortalPage(mediateur);
    await login(mediateur, CONSEILLER.email, CONSEILLER.password);
    await mediateur.goto('/conseiller/mediations');
    await expect(mediateur.getByRole('heading', { level: 1, name: 'Médiations' })).toBeVisible();
    await mediateur.getByRole('link', { name: reference }).click();
    await expect(mediateur.getByRole('heading', { level: 1, name: `Médiation ${reference}` })).toBeVisible();
    await mediateurShots.screenshot('faq-13-mediateur-received');
    await expectNoSeriousAxeViolation(mediateur);
    await mediateur.getByRole('button', { name: 'Déclarer recevable' }).click();
    await expect(mediateur.getByText('« Recevable »', { exact: false }).first()).toBeVisible();
    await mediateur.getByLabel('Questions aux parties').fill('Merci de joindre l’avis d’échéance de juillet et la preuve du paiement.');
    await mediateur.getByRole('button', { name: 'Engager l’analyse' }).click();
    await expect(mediateur.getByLabel('Recommandation')).toBeVisible();
    await mediateur.getByLabel('Recommandation').fill('Le paiement ayant été fait à l’échéance, la majoration de retard doit être annulée.');
    await mediateur.getByRole('button', { name: 'Transmettre la recommandation' }).click();
    await expect(mediateur.getByText('Cette médiation est terminée : aucune action n’est possible.')).toBeVisible();
    await mediateurShots.screenshot('faq-14-mediateur-recommendation');
    await expectNoSeriousAxeViolation(mediateur);

    // Paul reads the recommendation; the request is over, it can no longer be stopped.
    await paul.reload();
    await expect(paul.getByRole('main')).toContainText('Recommandation transmise');
    await expect(paul.getByRole('main')).toContainText('la majoration de retard doit être annulée');
    await expect(paul.getByRole('main')).toContainText('Analyse : demandes d’informations aux parties');
    await expect(paul.getByRole('button', { name: 'Arrêter la médiation' })).toHaveCount(0);
    await paulShots.screenshot('faq-15-mediation-recommendation');
    await expectNoSeriousAxeViolation(paul);
    await openLatestEmail(paul, PAUL.email, /La recommandation du médiateur est disponible/);
    await Promise.all([paul.context().close(), mediateur.context().close()]);
  });
});
