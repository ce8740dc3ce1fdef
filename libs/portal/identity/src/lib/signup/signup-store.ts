import { Injectable, computed, signal } from '@angular/core';
import type { Civility, EmailValidated, SignupProfile, SignupRequest, TiersCategory } from '@portail/domain';
import { SIGNUP_STEPS, type SignupStepName } from './signup-steps';

/** What the wizard gathered so far: kept across its screens so that « Précédent » loses nothing. */
export interface SignupDraft {
  profile: SignupProfile | null;
  /** Normalised by the API's check-siret: only a checked SIRET is kept. */
  siret: string;
  category: TiersCategory | null;
  email: string;
  civility: Civility | null;
  lastName: string;
  firstName: string;
  companyName: string;
  phone: string;
}

export type SignupField = Exclude<keyof SignupRequest, 'profile'>;

const EMPTY_DRAFT: SignupDraft = {
  profile: null,
  siret: '',
  category: null,
  email: '',
  civility: null,
  lastName: '',
  firstName: '',
  companyName: '',
  phone: '',
};

/** The screen where each field is typed: an API refusal sends the person back there. */
export const SIGNUP_FIELD_STEPS: Readonly<Record<SignupField, SignupStepName>> = {
  siret: 'siret',
  category: 'account',
  email: 'account',
  civility: 'personal',
  lastName: 'personal',
  firstName: 'personal',
  companyName: 'personal',
  phone: 'personal',
};

const STEP_ORDER: readonly SignupStepName[] = ['siret', 'account', 'personal'];

/** The wizard's state, as signals; root-provided so that it outlives each screen. */
@Injectable({ providedIn: 'root' })
export class SignupStore {
  private readonly draftState = signal<SignupDraft>(EMPTY_DRAFT);
  private readonly serverErrorsState = signal<Partial<Record<SignupField, string>>>({});
  private readonly sentToState = signal<string | null>(null);
  private readonly validatedState = signal<EmailValidated | null>(null);

  readonly draft = this.draftState.asReadonly();
  /** The API's sentences (400, 409) for fields of earlier screens, shown at the field. */
  readonly serverErrors = this.serverErrorsState.asReadonly();
  /** The address the validation e-mail was sent to (step 7). */
  readonly sentTo = this.sentToState.asReadonly();
  /** The validated address and its single-use password token (steps 8 → 9). */
  readonly validated = this.validatedState.asReadonly();

  /** The first screen whose fields are still missing, or null when everything is there. */
  readonly firstIncompleteStep = computed<SignupStepName | null>(() => {
    const draft = this.draftState();
    if (draft.profile === null) {
      return 'profile';
    }
    if (draft.siret === '') {
      return 'siret';
    }
    if (draft.category === null || draft.email === '') {
      return 'account';
    }
    if (draft.civility === null || !draft.lastName || !draft.firstName || !draft.companyName) {
      return 'personal';
    }
    return null;
  });

  update(patch: Partial<SignupDraft>): void {
    this.draftState.update((draft) => ({ ...draft, ...patch }));
  }

  /** The API refused fields: keeps its sentences and tells the earliest screen to go back to. */
  refuseFields(errors: Partial<Record<SignupField, string>>): SignupStepName | null {
    this.serverErrorsState.set(errors);
    const fields = Object.keys(errors) as SignupField[];
    const steps = fields.map((field) => SIGNUP_FIELD_STEPS[field]);
    return STEP_ORDER.find((step) => steps.includes(step)) ?? null;
  }

  clearServerError(field: SignupField): void {
    this.serverErrorsState.update((errors) => {
      const others = { ...errors };
      delete others[field];
      return others;
    });
  }

  /** The body of POST /api/signup, once every screen is filled in. */
  request(): SignupRequest | null {
    const draft = this.draftState();
    if (this.firstIncompleteStep() !== null || !draft.profile || !draft.category || !draft.civility) {
      return null;
    }
    const phone = draft.phone.trim();
    return {
      profile: draft.profile,
      siret: draft.siret,
      category: draft.category,
      email: draft.email,
      civility: draft.civility,
      lastName: draft.lastName.trim(),
      firstName: draft.firstName.trim(),
      companyName: draft.companyName.trim(),
      ...(phone ? { phone } : {}),
    };
  }

  /** POST /api/signup accepted: the draft is done with, the e-mail is on its way. */
  accepted(email: string): void {
    this.draftState.set(EMPTY_DRAFT);
    this.serverErrorsState.set({});
    this.sentToState.set(email);
  }

  emailValidated(validated: EmailValidated): void {
    this.validatedState.set(validated);
  }

  /** The password token is single-use: forgotten once the password is created. */
  passwordCreated(): void {
    this.validatedState.set(null);
  }

  urlOf(step: SignupStepName): string {
    return SIGNUP_STEPS[step].url;
  }
}
