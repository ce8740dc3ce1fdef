import { describe, expect, it } from 'vitest';
import {
  canMoveMediation,
  canStopMediation,
  COMPLAINT_TOPICS,
  complaintRecipient,
  formatSeizableFrom,
  isFinalMediationStatus,
  MEDIATION_DOMAIN_LABELS,
  MEDIATION_STATUSES,
  MEDIATION_WAITING_MS,
  mediationAdmissibility,
  type MediationAdmissibilityInput,
  mediationStepNeedsText,
  mediatorNextSteps,
  MEDIATOR_STATUSES,
} from './mediation';

const RECEIVED_AT = new Date('2027-03-02T09:15:20.123Z');
const SECOND = 1000;

function input(overrides: Partial<MediationAdmissibilityInput> = {}): MediationAdmissibilityInput {
  return {
    complaint: { receivedAt: RECEIVED_AT, answeredAt: null },
    answerUnsatisfactory: false,
    litigation: false,
    control: false,
    now: new Date(RECEIVED_AT.getTime() + MEDIATION_WAITING_MS),
    ...overrides,
  };
}

const at = (offsetMs: number) => new Date(RECEIVED_AT.getTime() + offsetMs);

describe('complaint routing', () => {
  it('sends cotisations to the Urssaf, santé to the Cpam, retraite to the Carsat', () => {
    expect(COMPLAINT_TOPICS.map(complaintRecipient)).toEqual(['votre Urssaf', 'votre Cpam', 'votre Carsat']);
  });
});

describe('mediationAdmissibility', () => {
  it('is admissible 30 days (30 × 24 h) after an unanswered réclamation, to the millisecond', () => {
    expect(mediationAdmissibility(input({ now: at(MEDIATION_WAITING_MS) }))).toEqual({ admissible: true });
    expect(mediationAdmissibility(input({ now: at(MEDIATION_WAITING_MS + SECOND) }))).toEqual({ admissible: true });
    expect(mediationAdmissibility(input({ now: at(MEDIATION_WAITING_MS - 1) }))).toMatchObject({ admissible: false, reason: 'premature' });
  });

  it('is premature one second before, and says from when the médiateur can be seized (Paris time, next full minute)', () => {
    const refused = mediationAdmissibility(input({ now: at(MEDIATION_WAITING_MS - SECOND) }));
    expect(refused).toEqual({
      admissible: false,
      reason: 'premature',
      seizableFrom: '2027-04-01T09:15:20.123Z',
      message:
        'Votre demande de médiation est prématurée : votre réclamation peut encore recevoir une réponse dans le délai de 30 jours. Si aucune réponse ne vous est apportée, vous pourrez saisir le médiateur à partir du 1er avril 2027 à 11:16.',
    });
  });

  it('counts 30 × 24 h across the change to summer time', () => {
    // Received at 10:15:20 in Paris; 2027-03-28 is the change to summer time, so the 30 days end at
    // 11:15:20 on 1 April in Paris: at 10:15:20 that day (the same wall time), it is still premature.
    expect(MEDIATION_WAITING_MS).toBe(2_592_000_000);
    expect(mediationAdmissibility(input({ now: new Date('2027-04-01T08:15:20.123Z') }))).toMatchObject({ reason: 'premature' });
    expect(mediationAdmissibility(input({ now: new Date('2027-04-01T09:15:20.123Z') }))).toEqual({ admissible: true });
  });

  it('accepts ISO strings as the API and the portal exchange them', () => {
    const verdict = mediationAdmissibility(
      input({ complaint: { receivedAt: RECEIVED_AT.toISOString(), answeredAt: null }, now: at(MEDIATION_WAITING_MS).toISOString() }),
    );
    expect(verdict).toEqual({ admissible: true });
  });

  it('refuses without a réclamation', () => {
    expect(mediationAdmissibility(input({ complaint: null }))).toMatchObject({
      admissible: false,
      reason: 'no-complaint',
      message: expect.stringContaining('vous devez d’abord avoir adressé une réclamation'),
    });
  });

  it('refuses after a recours contentieux, and during a control procedure, whatever the delay', () => {
    expect(mediationAdmissibility(input({ litigation: true }))).toMatchObject({ reason: 'litigation', message: expect.stringContaining('recours contentieux') });
    expect(mediationAdmissibility(input({ control: true }))).toMatchObject({
      reason: 'control',
      message: expect.stringContaining('procédure de contrôle d’assiette ou de travail dissimulé de la part de l’URSSAF'),
    });
    expect(mediationAdmissibility(input({ litigation: true, control: true, complaint: null }))).toMatchObject({ reason: 'no-complaint' });
  });

  it('after an answer, only if the requester declares it unsatisfactory, and then without waiting 30 days', () => {
    const answered = { receivedAt: RECEIVED_AT, answeredAt: at(SECOND) };
    expect(mediationAdmissibility(input({ complaint: answered, now: at(2 * SECOND) }))).toMatchObject({ reason: 'answer-not-contested' });
    expect(mediationAdmissibility(input({ complaint: answered, now: at(2 * SECOND), answerUnsatisfactory: true }))).toEqual({ admissible: true });
    expect(mediationAdmissibility(input({ complaint: answered, answerUnsatisfactory: true, control: true }))).toMatchObject({ reason: 'control' });
  });

  it('ignores « unsatisfactory » for a réclamation that has no answer yet', () => {
    expect(mediationAdmissibility(input({ answerUnsatisfactory: true, now: at(SECOND) }))).toMatchObject({ reason: 'premature' });
  });
});

describe('formatSeizableFrom', () => {
  it('writes the date in French, Paris time, with « 1er » for the first of the month', () => {
    expect(formatSeizableFrom(new Date('2027-01-01T09:00:00Z'))).toBe('1er janvier 2027 à 10:00');
    expect(formatSeizableFrom(new Date('2027-07-14T22:30:00.001Z'))).toBe('15 juillet 2027 à 00:31');
    expect(formatSeizableFrom(new Date('2027-11-10T09:00:00Z'))).toBe('10 novembre 2027 à 10:00');
  });
});

describe('domains', () => {
  it('are the FAQ’s four', () => {
    expect(Object.values(MEDIATION_DOMAIN_LABELS)).toEqual([
      'l’affiliation',
      'le recouvrement des cotisations et contributions sociales',
      'le service des prestations d’assurance maladie et de retraite',
      'la qualité de service',
    ]);
  });
});

describe('the steps of a mediation', () => {
  it('follow the FAQ: reçue → recevable or réorientée; recevable → analyse → recommandation', () => {
    const allowed = MEDIATION_STATUSES.flatMap((from) => MEDIATOR_STATUSES.filter((to) => canMoveMediation(from, to)).map((to) => `${from}→${to}`));
    expect(allowed).toEqual(['recue→recevable', 'recue→reorientee', 'recevable→analyse', 'analyse→recommandation']);
    expect(mediatorNextSteps('recue')).toEqual(['recevable', 'reorientee']);
    expect(mediatorNextSteps('recommandation')).toEqual([]);
  });

  it('can be stopped by the requester at any step that is not final', () => {
    expect(MEDIATION_STATUSES.filter(canStopMediation)).toEqual(['recue', 'recevable', 'analyse']);
    expect(MEDIATION_STATUSES.filter(isFinalMediationStatus)).toEqual(['reorientee', 'recommandation', 'arretee']);
  });

  it('needs a text where it is the step’s content', () => {
    expect(MEDIATOR_STATUSES.filter(mediationStepNeedsText)).toEqual(['reorientee', 'analyse', 'recommandation']);
  });
});
