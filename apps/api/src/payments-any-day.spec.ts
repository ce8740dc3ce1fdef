import { type CotisationsOverview, type Instalment, parisDate, type ScenarioKey, type SessionState, TEST_CARDS } from '@portail/domain';
import type TestAgent from 'supertest/lib/agent';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserLikeClient, createTestApp, TRAINER_LOGIN, type TestApp } from './testing/create-test-app';
import { resetOk } from './testing/sandbox-fixtures';

/**
 * A trainer demonstrates card, télépaiement and SEPA on any day of the year, without moving the
 * clock first: every scenario leaves clients with something to pay. The calendar's awkward
 * moments are reached with the sandbox clock, as their next occurrence after the real date (the
 * clock only moves forward), so this file means the same on any day it runs — and `npm run
 * test:dates` runs it again with the whole machine's clock moved.
 */
const HOUR = 3_600_000;

function lastSundayOf(year: number, monthIndex: number, hourUtc: number, minuteUtc: number): Date {
  const last = new Date(Date.UTC(year, monthIndex + 1, 0, hourUtc, minuteUtc));
  last.setUTCDate(last.getUTCDate() - last.getUTCDay());
  return last;
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The calendar's moments that broke or could break a schedule, as a function of the year. */
const MOMENTS: Record<string, (year: number) => Date | null> = {
  '1er décembre à Paris (30 novembre 23:30 UTC)': (year) => new Date(Date.UTC(year, 10, 30, 23, 30)),
  'le 6 décembre, la dernière échéance de l’année passée': (year) => new Date(Date.UTC(year, 11, 6, 9)),
  'le 20 décembre': (year) => new Date(Date.UTC(year, 11, 20, 10)),
  'Nouvel An à Paris, encore le 31 décembre en UTC': (year) => new Date(Date.UTC(year, 11, 31, 23, 10)),
  'le 1er janvier 00:10 UTC': (year) => new Date(Date.UTC(year, 0, 1, 0, 10)),
  'le 29 février': (year) => (isLeapYear(year) ? new Date(Date.UTC(year, 1, 29, 12)) : null),
  'le passage à l’heure d’été': (year) => lastSundayOf(year, 2, 0, 30),
  'le passage à l’heure d’hiver': (year) => lastSundayOf(year, 9, 0, 30),
};

/** The first occurrence of `moment` at least an hour after `after` (the clock is set later than real time). */
function nextOccurrence(moment: (year: number) => Date | null, after: Date): Date {
  for (let year = after.getUTCFullYear(); ; year += 1) {
    const at = moment(year);
    if (at && at.getTime() > after.getTime() + HOUR) return at;
  }
}

/** Who opens « Mes cotisations » in each scenario: an accountant of the scenario (and Paul Durand, TI, in « Découverte »). */
const PAYERS: { scenario: ScenarioKey; persona: string; newPassword?: string }[] = [
  { scenario: 'decouverte', persona: 'marie.lefebvre@cabinet-lefebvre.fr' },
  { scenario: 'decouverte', persona: 'paul.durand@exemple.fr' },
  { scenario: 'cabinet-etabli', persona: 'helene.marchand@cabinet-marchand.fr' },
  { scenario: 'migration', persona: 'nathalie.fabre@cabinet-fabre.fr', newPassword: 'Compta77' },
  { scenario: 'cas-erreurs', persona: 'antoine.morel@cabinet-morel.fr' },
];

const payable = (overview: CotisationsOverview): Instalment[] =>
  overview.instalments.filter((instalment) => instalment.status !== 'payee' && instalment.amountCents > 0);

describe('payments on any day: every scenario leaves something to pay', () => {
  let test: TestApp;
  let realNow: Date;
  beforeAll(async () => {
    test = await createTestApp();
    realNow = new Date((await (await test.trainer()).get('/api/sandbox/clock').expect(200)).body.realNow);
  });
  afterAll(() => test.close());

  /** A browser in which the Formateur acts as `persona`, in a space where « Mes cotisations » of a client opens. */
  async function actAs(persona: string, newPassword?: string): Promise<{ client: TestAgent; base: string }> {
    const client = await browserLikeClient(test.http);
    await client.post('/api/auth/login').send(TRAINER_LOGIN).expect(200);
    await client.post(`/api/sandbox/personas/${persona}/act-as`).expect(200);
    let session = (await client.get('/api/auth/session').expect(200)).body as SessionState;
    if (newPassword && session.mustChangePassword) {
      const current = (await (await test.trainer()).get('/api/sandbox/personas').expect(200)).body
        .find((card: { key: string }) => card.key === persona)
        .identifiers.find((identifier: { label: string }) => /mot de passe/i.test(identifier.label)).value;
      await client.post('/api/auth/password').send({ currentPassword: current, newPassword }).expect(200);
      session = (await client.get('/api/auth/session').expect(200)).body as SessionState;
    }
    const ti = session.spaces.find((space) => space.kind === 'travailleur-independant' && space.role === 'titulaire');
    const firm = session.spaces.find((space) => space.kind === 'tiers');
    if (persona.startsWith('paul.durand') && ti) {
      await client.post('/api/auth/space').send({ spaceId: ti.id }).expect(200);
      return { client, base: '/api/me/cotisations' };
    }
    if (!firm) throw new Error(`${persona} has no firm space`);
    await client.post('/api/auth/space').send({ spaceId: firm.id }).expect(200);
    const page = (await client.get('/api/portfolio/clients?status=rattache&limit=1').expect(200)).body;
    expect(page.items, `${persona} has an attached client`).toHaveLength(1);
    return { client, base: `/api/portfolio/clients/${page.items[0].id}/cotisations` };
  }

  /** A fresh `scenario`, the clock at the next `moment` after real time, and `persona`'s « Mes cotisations » to open. */
  async function openAt(scenario: ScenarioKey, moment: (year: number) => Date | null, persona: string, newPassword?: string) {
    const trainer = await test.trainer();
    await resetOk(trainer, scenario);
    const when = nextOccurrence(moment, realNow);
    await trainer.post('/api/sandbox/clock/set').send({ at: when.toISOString() }).expect(200);
    return { trainer, when, year: when.getUTCFullYear(), ...(await actAs(persona, newPassword)) };
  }

  const cases = Object.entries(MOMENTS).flatMap(([moment, at]) => PAYERS.map((payer) => ({ moment, at, ...payer })));

  it.each(cases)('$moment — « $scenario », $persona: pays by card and télépaiement, then signs a SEPA mandate', async ({ at, scenario, persona, newPassword }) => {
    const { when, client, base } = await openAt(scenario, at, persona, newPassword);

    const overview = (await client.get(base).expect(200)).body as CotisationsOverview;
    const today = parisDate(when);
    expect(overview.year).toBe(Number(today.slice(0, 4)));
    // Nothing payable lies in a closed year ahead: the provisional schedule is next year's only.
    expect(overview.instalments.every((instalment) => instalment.year <= overview.year + 1)).toBe(true);
    expect(overview.nextYear?.year ?? null).toBe(today.slice(5) >= '12-01' ? overview.year + 1 : null);
    expect(payable(overview).length, `instalments to pay on ${today}`).toBeGreaterThanOrEqual(2);

    const iban = 'FR7630006000011234567890189';
    const signed = (await client.put(`${base}/prelevement`).send({ holder: 'Sophie Martin', iban }).expect(200)).body as CotisationsOverview;
    const ahead = signed.instalments.filter((instalment) => instalment.paidAt === null && instalment.dueDate > today);
    expect(ahead.length, `instalments left for the direct debit on ${today}`).toBeGreaterThan(0);
    expect(ahead.every((instalment) => instalment.status === 'prelevement-programme')).toBe(true);

    // Card and télépaiement settle any of them, a programmed one included.
    const [first, second] = payable(signed);
    const card = { instalmentId: first.id, cardNumber: TEST_CARDS.accepted, expiry: '12/39', cvc: '123', holder: 'Sophie Martin' };
    const paidByCard = (await client.post(`${base}/paiements/carte`).send(card).expect(200)).body as CotisationsOverview;
    expect(paidByCard.instalments.find((instalment) => instalment.id === first.id)).toMatchObject({ status: 'payee', paidBy: 'carte' });
    const paidByTransfer = (await client.post(`${base}/paiements/telepaiement`).send({ instalmentId: second.id, iban }).expect(200)).body as CotisationsOverview;
    expect(paidByTransfer.instalments.find((instalment) => instalment.id === second.id)).toMatchObject({ status: 'payee', paidBy: 'telepaiement' });
  });

  it('keeps a coherent schedule across New Year: last year’s balance stays due, next year’s provisional schedule becomes the year, its debits run', async () => {
    const { trainer, year, client, base } = await openAt('decouverte', (year) => new Date(Date.UTC(year, 10, 28, 10)), 'paul.durand@exemple.fr');

    const november = (await client.get(base).expect(200)).body as CotisationsOverview;
    expect(november.nextYear).toBeNull();
    const december = november.instalments.find((instalment) => instalment.year === year && instalment.number === 12);
    expect(december).toMatchObject({ status: 'a-payer', paidAt: null });

    // 1 December: next year's provisional schedule is published, computed as this year's was.
    await trainer.post('/api/sandbox/clock/advance').send({ days: 3 }).expect(200);
    const published = (await client.get(base).expect(200)).body as CotisationsOverview;
    expect(published.nextYear).toEqual({ year: year + 1, annualAmountCents: november.annualAmountCents });
    expect(published.instalments.filter((instalment) => instalment.year === year + 1)).toHaveLength(12);

    // 31 December, 23:30 in UTC: New Year in Paris.
    const newYearInParis = new Date(Date.UTC(year, 11, 31, 23, 30));
    await trainer.post('/api/sandbox/clock/set').send({ at: newYearInParis.toISOString() }).expect(200);
    const newYear = (await client.get(base).expect(200)).body as CotisationsOverview;
    expect(newYear.year).toBe(year + 1);
    expect(newYear.declarationYear).toBe(year);
    expect(newYear.previousYearsDueCents).toBe(december?.amountCents);
    expect(newYear.instalments[0]).toMatchObject({ id: december?.id, year, status: 'en-retard' });
    const thisYear = newYear.instalments.filter((instalment) => instalment.year === year + 1);
    expect(thisYear.map((instalment) => instalment.dueDate)).toEqual(Array.from({ length: 12 }, (_, index) => `${year + 1}-${String(index + 1).padStart(2, '0')}-05`));
    expect(thisYear.every((instalment) => instalment.status === 'a-payer')).toBe(true);
    expect(newYear.annualAmountCents).toBe(published.nextYear?.annualAmountCents);
    expect(newYear.paidCents).toBe(0);
    expect(newYear.nextYear).toBeNull();

    // Last year's balance is paid like any instalment, then leaves the page.
    const card = { instalmentId: december?.id, cardNumber: TEST_CARDS.accepted, expiry: '12/39', cvc: '123', holder: 'Paul Durand' };
    const settled = (await client.post(`${base}/paiements/carte`).send(card).expect(200)).body as CotisationsOverview;
    expect(settled.previousYearsDueCents).toBe(0);
    expect(settled.instalments.some((instalment) => instalment.year === year)).toBe(false);

    // A mandate signed now debits January on the 5th, at 9:00 in Paris.
    await client.put(`${base}/prelevement`).send({ holder: 'Paul Durand', iban: 'FR7630006000011234567890189' }).expect(200);
    await trainer.post('/api/sandbox/clock/advance').send({ days: 5 }).expect(200);
    const debited = (await client.get(base).expect(200)).body as CotisationsOverview;
    expect(debited.instalments.find((instalment) => instalment.year === year + 1 && instalment.number === 1)).toMatchObject({
      status: 'payee',
      paidBy: 'prelevement',
      paidAt: new Date(Date.UTC(year + 1, 0, 5, 8)).toISOString(),
    });
  });

  it('declares last year’s income in early December: this year and next year’s provisional schedule are recalculated', async () => {
    // 2 December: December's instalment is still to pay, and takes the year's balance.
    const { year, client, base } = await openAt('decouverte', (year) => new Date(Date.UTC(year, 11, 2, 10)), 'paul.durand@exemple.fr');
    await client.get(base).expect(200);

    const declared = (await client.post(`${base}/revenus`).send({ year: year - 1, incomeCents: 9_000_000 }).expect(200)).body as CotisationsOverview;
    // 45 % of 90 000 € = 40 500 €, for this year (its paid instalments kept) and, provisionally, for next year.
    expect(declared.annualAmountCents).toBe(4_050_000);
    expect(declared.instalments.filter((instalment) => instalment.year === year).reduce((sum, instalment) => sum + instalment.amountCents, 0)).toBe(4_050_000);
    expect(declared.nextYear).toEqual({ year: year + 1, annualAmountCents: 4_050_000 });
    expect(declared.history[0].label.replace(/\s/g, ' ')).toBe(
      `Déclaration du revenu ${year - 1} ; cotisations ${year} recalculées (40 500,00 €) ; échéancier provisionnel ${year + 1} recalculé (40 500,00 €)`,
    );
  });

  it('declares last year’s income once the year is paid: the balance is called as a regularisation, payable within 30 days', async () => {
    const { trainer, year, client, base } = await openAt('decouverte', (year) => new Date(Date.UTC(year, 11, 10, 10)), 'paul.durand@exemple.fr');
    const before = (await client.get(base).expect(200)).body as CotisationsOverview;
    expect(before.remainingCents).toBe(0);

    const declared = (await client.post(`${base}/revenus`).send({ year: year - 1, incomeCents: 9_000_000 }).expect(200)).body as CotisationsOverview;
    const regularisation = declared.instalments.find((instalment) => instalment.year === year && instalment.number === 13);
    expect(regularisation).toMatchObject({ dueDate: `${year + 1}-01-09`, status: 'a-payer', amountCents: 4_050_000 - before.paidCents });
    expect(declared.remainingCents).toBe(regularisation?.amountCents);

    // Corrected downwards before it is paid: the regularisation follows, down to nothing to pay.
    const corrected = (await client.post(`${base}/revenus`).send({ year: year - 1, incomeCents: 100 }).expect(200)).body as CotisationsOverview;
    expect(corrected.instalments.find((instalment) => instalment.id === regularisation?.id)?.amountCents).toBe(0);
    await client.post(`${base}/paiements/carte`).send({ instalmentId: regularisation?.id, cardNumber: TEST_CARDS.accepted, expiry: '12/39', cvc: '123', holder: 'Paul Durand' }).expect(409);

    const again = (await client.post(`${base}/revenus`).send({ year: year - 1, incomeCents: 9_000_000 }).expect(200)).body as CotisationsOverview;
    expect(again.instalments.filter((instalment) => instalment.number === 13)).toHaveLength(1);
    // Unpaid at New Year, it is last year's balance; paid by télépaiement, the history names it.
    await trainer.post('/api/sandbox/clock/set').send({ at: new Date(Date.UTC(year + 1, 0, 2, 10)).toISOString() }).expect(200);
    const newYear = (await client.get(base).expect(200)).body as CotisationsOverview;
    expect(newYear.previousYearsDueCents).toBe(regularisation?.amountCents);
    const paid = (await client.post(`${base}/paiements/telepaiement`).send({ instalmentId: regularisation?.id, iban: 'FR7630006000011234567890189' }).expect(200))
      .body as CotisationsOverview;
    expect(paid.previousYearsDueCents).toBe(0);
    expect(paid.history[0].label).toBe(`Paiement par télépaiement de la régularisation ${year}`);
  });

  it('calls a second regularisation when a paid one is followed by a declaration that raises the year again', async () => {
    const { year, client, base } = await openAt('decouverte', (year) => new Date(Date.UTC(year, 11, 10, 10)), 'paul.durand@exemple.fr');
    await client.get(base).expect(200);
    const declare = async (incomeCents: number) =>
      (await client.post(`${base}/revenus`).send({ year: year - 1, incomeCents }).expect(200)).body as CotisationsOverview;
    const regularisations = (overview: CotisationsOverview) => overview.instalments.filter((instalment) => instalment.year === year && instalment.number >= 13);

    const [first] = regularisations(await declare(9_000_000));
    const card = { instalmentId: first.id, cardNumber: TEST_CARDS.accepted, expiry: '12/39', cvc: '123', holder: 'Paul Durand' };
    await client.post(`${base}/paiements/carte`).send(card).expect(200);
    // 45 % of 120 000 € = 54 000 €: 13 500 € more than the 40 500 € already paid.
    const raised = await declare(12_000_000);
    expect(regularisations(raised).map((instalment) => [instalment.number, instalment.status, instalment.amountCents])).toEqual([
      [13, 'payee', first.amountCents],
      [14, 'a-payer', 1_350_000],
    ]);
    expect(raised.remainingCents).toBe(1_350_000);
    // Lowered again before it is paid: the second one has nothing left to call.
    const lowered = await declare(9_000_000);
    expect(regularisations(lowered).map((instalment) => instalment.amountCents)).toEqual([first.amountCents, 0]);
    expect(lowered.remainingCents).toBe(0);

    const second = regularisations(await declare(12_000_000))[1];
    const paid = (await client.post(`${base}/paiements/carte`).send({ ...card, instalmentId: second.id }).expect(200)).body as CotisationsOverview;
    expect(paid.history[0].label).toBe(`Paiement par carte bancaire de la régularisation ${year} n° 2`);
  });
});
