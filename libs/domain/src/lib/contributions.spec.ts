import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  annualContributionsCents,
  CONTRIBUTION_FORMULA,
  INSTALMENTS_PER_YEAR,
  instalmentDueDate,
  MAX_INCOME_CENTS,
  MINIMUM_CONTRIBUTIONS_CENTS,
  instalmentName,
  instalmentTitle,
  ofInstalmentMonth,
  openScheduleYears,
  FIRST_REGULARISATION_NUMBER,
  regularisationDueDate,
  spreadContributions,
} from './contributions';

const NUMBERS = Array.from({ length: INSTALMENTS_PER_YEAR }, (_, index) => index + 1);

/** 45 % rounded half up, in integers only: a reference that shares no float with the code. */
function referenceAnnualCents(incomeCents: number): number {
  return Math.max(MINIMUM_CONTRIBUTIONS_CENTS, Math.floor((incomeCents * 45 + 50) / 100));
}

function sum(amounts: number[]): number {
  return amounts.reduce((total, amount) => total + amount, 0);
}

/** Some instalments already paid (at least one left unpaid), each with the amount paid. */
const paidInstalments = fc
  .tuple(
    fc.subarray(NUMBERS, { maxLength: INSTALMENTS_PER_YEAR - 1 }),
    fc.array(fc.oneof(fc.nat(100_000), fc.nat(100_000_000)), {
      minLength: INSTALMENTS_PER_YEAR,
      maxLength: INSTALMENTS_PER_YEAR,
    }),
  )
  .map(([numbers, amounts]) => new Map(numbers.map((number, index) => [number, amounts[index]])));

const annualCents = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000_000 }),
  fc.integer({ min: 0, max: 1_000 }),
  fc.constantFrom(0, MINIMUM_CONTRIBUTIONS_CENTS, 1_000_000_000),
);

describe('annualContributionsCents', () => {
  it('asks the minimum of 1 200 € below the threshold', () => {
    expect(MINIMUM_CONTRIBUTIONS_CENTS).toBe(120_000);
    for (const income of [0, 1, 100_000, 266_666]) {
      expect(annualContributionsCents(income)).toBe(120_000);
    }
  });

  it('asks 45 % of the income above the threshold', () => {
    expect(annualContributionsCents(266_668)).toBe(120_001);
    expect(annualContributionsCents(1_000_000)).toBe(450_000);
    expect(annualContributionsCents(3_000_000)).toBe(1_350_000);
    expect(annualContributionsCents(MAX_INCOME_CENTS)).toBe(450_000_000);
  });

  it('rounds to the nearest cent, half a cent upwards', () => {
    expect(annualContributionsCents(300_001)).toBe(135_000); // 135 000,45
    expect(annualContributionsCents(300_002)).toBe(135_001); // 135 000,9
    expect(annualContributionsCents(300_010)).toBe(135_005); // 135 004,5
    expect(annualContributionsCents(999_999_990)).toBe(449_999_996); // 449 999 995,5
  });

  it('matches an integer-only computation for every income the form accepts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_INCOME_CENTS }), (income) => {
        const annual = annualContributionsCents(income);
        expect(annual).toBe(referenceAnnualCents(income));
        expect(Number.isInteger(annual)).toBe(true);
        expect(annualContributionsCents(Math.min(income + 1, MAX_INCOME_CENTS))).toBeGreaterThanOrEqual(annual);
      }),
    );
  });

  it('documents the formula in French, with no line break inside a figure', () => {
    // No-break spaces: « 1 200 € » never splits across two lines.
    expect(CONTRIBUTION_FORMULA).toContain('45\u00a0%');
    expect(CONTRIBUTION_FORMULA).toContain('1\u202f200\u00a0€');
    expect(CONTRIBUTION_FORMULA).toContain('12\u00a0échéances');
    expect(CONTRIBUTION_FORMULA.replace(/[\u00a0\u202f]/g, ' ')).toContain('minimum 1 200 €');
  });
});

describe('instalmentDueDate', () => {
  it('gives the 5th of the instalment’s month as YYYY-MM-DD', () => {
    expect(instalmentDueDate(2027, 1)).toBe('2027-01-05');
    expect(instalmentDueDate(2027, 3)).toBe('2027-03-05');
    expect(instalmentDueDate(2027, 12)).toBe('2027-12-05');
  });

  it('gives a date that reads back as the 5th of that month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2099 }), fc.constantFrom(...NUMBERS), (year, number) => {
        const dueDate = instalmentDueDate(year, number);
        expect(dueDate).toMatch(/^[0-9]{4}-(0[1-9]|1[0-2])-05$/);
        const parsed = new Date(`${dueDate}T00:00:00Z`);
        expect([parsed.getUTCFullYear(), parsed.getUTCMonth() + 1, parsed.getUTCDate()]).toEqual([year, number, 5]);
      }),
    );
  });
});

describe('spreadContributions', () => {
  it('with nothing paid, spreads the year over 12 unpaid instalments', () => {
    const { instalments, creditCents } = spreadContributions(450_000, new Map());
    expect(instalments).toEqual(NUMBERS.map((number) => ({ number, amountCents: 37_500, paid: false })));
    expect(creditCents).toBe(0);
  });

  it('with nothing paid, puts the rounding remainder on December so that the sum is exact', () => {
    const { instalments } = spreadContributions(120_011, new Map());
    expect(instalments.slice(0, 11).map((instalment) => instalment.amountCents)).toEqual(Array(11).fill(10_000));
    expect(instalments[11]).toEqual({ number: 12, amountCents: 10_011, paid: false });
    expect(sum(instalments.map((instalment) => instalment.amountCents))).toBe(120_011);
  });

  it('keeps the paid amounts and spreads the balance over the unpaid instalments', () => {
    const paid = new Map([
      [1, 10_000],
      [2, 12_345],
    ]);
    const { instalments, creditCents } = spreadContributions(450_000, paid);
    expect(instalments[0]).toEqual({ number: 1, amountCents: 10_000, paid: true });
    expect(instalments[1]).toEqual({ number: 2, amountCents: 12_345, paid: true });
    // 427 655 over 10: 42 765 each, December takes the 5 cents left.
    expect(instalments.slice(2, 11).map((instalment) => instalment.amountCents)).toEqual(Array(9).fill(42_765));
    expect(instalments[11]).toEqual({ number: 12, amountCents: 42_770, paid: false });
    expect(sum(instalments.map((instalment) => instalment.amountCents))).toBe(450_000);
    expect(creditCents).toBe(0);
  });

  it('gives the remainder to the last unpaid instalment, even when December is paid', () => {
    const paid = new Map([
      [11, 1_000],
      [12, 1_000],
    ]);
    const { instalments } = spreadContributions(12_005, paid);
    expect(instalments.slice(0, 9).map((instalment) => instalment.amountCents)).toEqual(Array(9).fill(1_000));
    expect(instalments[9]).toEqual({ number: 10, amountCents: 1_005, paid: false });
    expect(sum(instalments.map((instalment) => instalment.amountCents))).toBe(12_005);
  });

  it('after an overpayment, sets the unpaid instalments to 0 and shows the credit', () => {
    const paid = new Map(NUMBERS.slice(0, 6).map((number) => [number, 37_500]));
    const { instalments, creditCents } = spreadContributions(120_000, paid);
    expect(instalments.filter((instalment) => instalment.paid).map((instalment) => instalment.amountCents)).toEqual(
      Array(6).fill(37_500),
    );
    expect(instalments.filter((instalment) => !instalment.paid).map((instalment) => instalment.amountCents)).toEqual(
      Array(6).fill(0),
    );
    expect(creditCents).toBe(225_000 - 120_000);
  });

  it('with all 12 paid, keeps them and shows any overpayment as credit', () => {
    const paid = new Map(NUMBERS.map((number) => [number, 37_500]));
    const { instalments, creditCents } = spreadContributions(300_000, paid);
    expect(instalments).toEqual(NUMBERS.map((number) => ({ number, amountCents: 37_500, paid: true })));
    expect(creditCents).toBe(150_000);
  });

  it('for any year and any payments, gives non-negative integers summing to max(annual, paid), spread evenly', () => {
    fc.assert(
      fc.property(annualCents, paidInstalments, (annual, paid) => {
        const { instalments, creditCents } = spreadContributions(annual, paid);
        const paidTotal = sum([...paid.values()]);

        expect(instalments.map((instalment) => instalment.number)).toEqual(NUMBERS);
        for (const instalment of instalments) {
          expect(Number.isInteger(instalment.amountCents)).toBe(true);
          expect(instalment.amountCents).toBeGreaterThanOrEqual(0);
          expect(instalment.paid).toBe(paid.has(instalment.number));
          if (instalment.paid) expect(instalment.amountCents).toBe(paid.get(instalment.number));
        }

        const unpaid = instalments.filter((instalment) => !instalment.paid).map((instalment) => instalment.amountCents);
        const share = unpaid[0];
        expect(unpaid.slice(0, -1).every((amount) => amount === share)).toBe(true);
        const remainder = unpaid[unpaid.length - 1] - share;
        expect(remainder).toBeGreaterThanOrEqual(0);
        expect(remainder).toBeLessThan(unpaid.length);

        expect(sum(instalments.map((instalment) => instalment.amountCents))).toBe(Math.max(annual, paidTotal));
        expect(creditCents).toBe(Math.max(0, paidTotal - annual));
      }),
    );
  });
});

describe('ofInstalmentMonth', () => {
  it('elides « de » before a vowel, as French does', () => {
    expect(ofInstalmentMonth('2027-03-05')).toBe('de mars 2027');
    expect(ofInstalmentMonth('2027-04-05')).toBe('d’avril 2027');
    expect(ofInstalmentMonth('2027-08-05')).toBe('d’août 2027');
    expect(ofInstalmentMonth('2027-10-05')).toBe('d’octobre 2027');
    expect(ofInstalmentMonth('2027-01-05')).toBe('de janvier 2027');
  });
});

describe('openScheduleYears', () => {
  it('opens this year only until 30 November, and next year’s provisional schedule from 1 December', () => {
    expect(openScheduleYears('2027-01-01')).toEqual([2027]);
    expect(openScheduleYears('2027-11-30')).toEqual([2027]);
    expect(openScheduleYears('2027-12-01')).toEqual([2027, 2028]);
    expect(openScheduleYears('2027-12-31')).toEqual([2027, 2028]);
    expect(openScheduleYears('2028-02-29')).toEqual([2028]);
  });

  it('always leaves an instalment ahead: after today, one is due within the open years, on any day', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }), (instant) => {
        const today = instant.toISOString().slice(0, 10);
        const dueDates = openScheduleYears(today).flatMap((year) => Array.from({ length: INSTALMENTS_PER_YEAR }, (_, index) => instalmentDueDate(year, index + 1)));
        expect(dueDates.some((dueDate) => dueDate >= today)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the regularisation', () => {
  it('is due 30 days after it is called, across months, years and leap days', () => {
    expect(regularisationDueDate('2026-12-20')).toBe('2027-01-19');
    expect(regularisationDueDate('2028-02-01')).toBe('2028-03-02');
    expect(regularisationDueDate('2027-02-01')).toBe('2027-03-03');
    expect(regularisationDueDate('2028-01-30')).toBe('2028-02-29');
  });

  it('is named by its year, an instalment by its month', () => {
    expect(instalmentTitle({ year: 2026, number: FIRST_REGULARISATION_NUMBER, dueDate: '2027-01-19' })).toBe('régularisation 2026');
    expect(instalmentName({ year: 2026, number: FIRST_REGULARISATION_NUMBER, dueDate: '2027-01-19' })).toBe('la régularisation 2026');
    expect(instalmentName({ year: 2026, number: FIRST_REGULARISATION_NUMBER + 1, dueDate: '2027-03-01' })).toBe('la régularisation 2026 n° 2');
    expect(instalmentTitle({ year: 2026, number: 12, dueDate: '2026-12-05' })).toBe('échéance de décembre 2026');
    expect(instalmentTitle({ year: 2027, number: 4, dueDate: '2027-04-05' })).toBe('échéance d’avril 2027');
    expect(instalmentName({ year: 2027, number: 3, dueDate: '2027-03-05' })).toBe('l’échéance de mars 2027');
  });
});
