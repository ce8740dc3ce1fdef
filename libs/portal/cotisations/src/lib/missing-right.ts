import { FIRM_RIGHT_LABELS, type FirmRight } from '@portail/domain';

/** Shown in place of a form the collaborator's rights do not open (the API would answer 403). */
export function missingRightMessage(right: FirmRight): string {
  return `Votre compte ne dispose pas du droit « ${FIRM_RIGHT_LABELS[right]} » : demandez-le à l’administrateur de votre espace.`;
}
