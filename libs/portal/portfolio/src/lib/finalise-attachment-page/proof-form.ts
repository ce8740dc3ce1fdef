import { FormControl, FormGroup, type ValidatorFn } from '@angular/forms';
import {
  type FinaliseAttachmentRequest,
  SECRET_ANSWER_MAX_LENGTH,
  isSecurityCodeShape,
  normaliseSecurityCode,
} from '@portail/domain';
import { requiredValue } from '@portail/portal-forms';

export type ProofMethod = FinaliseAttachmentRequest['method'];

export const SECURITY_CODE_MESSAGES = {
  required: 'Le code de sécurité est obligatoire.',
  shape:
    'Le code de sécurité comporte 12 caractères, chiffres et lettres, tel qu’imprimé sur le courrier (par exemple ABCD-EFGH-JKMN).',
} as const;

const ANSWER_REQUIRED = 'La réponse à cette question est obligatoire.';
const ANSWER_TOO_LONG = `La réponse ne peut pas dépasser ${SECRET_ANSWER_MAX_LENGTH} caractères.`;

/** The letter's code, typed with or without its dashes, in either case. */
const securityCode: ValidatorFn = (control) => {
  const code = normaliseSecurityCode(String(control.value ?? ''));
  if (code === '') {
    return { missing: { message: SECURITY_CODE_MESSAGES.required } };
  }
  return isSecurityCodeShape(code) ? null : { shape: { message: SECURITY_CODE_MESSAGES.shape } };
};

const answerLength: ValidatorFn = (control) =>
  String(control.value ?? '').length > SECRET_ANSWER_MAX_LENGTH ? { tooLong: { message: ANSWER_TOO_LONG } } : null;

/**
 * The two proofs of « Finaliser le rattachement »: the answers to the client's two secret
 * questions, or the security code of the letter. Only the chosen one is enabled, hence validated.
 */
export function createProofForm() {
  const answer = () =>
    new FormControl('', { nonNullable: true, validators: [requiredValue(ANSWER_REQUIRED), answerLength] });
  const form = new FormGroup({
    method: new FormControl<ProofMethod>('questions', { nonNullable: true }),
    answers: new FormGroup({ first: answer(), second: answer() }),
    code: new FormControl({ value: '', disabled: true }, { nonNullable: true, validators: securityCode }),
  });
  form.controls.method.valueChanges.subscribe((method) => {
    if (method === 'questions') {
      form.controls.answers.enable();
      form.controls.code.disable();
    } else {
      form.controls.answers.disable();
      form.controls.code.enable();
    }
  });
  return form;
}

export type ProofForm = ReturnType<typeof createProofForm>;

/** The request the form describes: answers as typed (the API normalises them), the code compacted. */
export function proofRequestOf(form: ProofForm): FinaliseAttachmentRequest {
  const { method, answers, code } = form.getRawValue();
  return method === 'questions'
    ? { method, answers: [answers.first, answers.second] }
    : { method, code: normaliseSecurityCode(code) };
}
