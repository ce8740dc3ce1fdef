import type { NewEmail } from '@portail/api-outbox';

export interface RejectedDebit {
  instalmentId: string;
  /** « l’échéance de mars 2027 », « la régularisation 2026 » */
  name: string;
  amountCents: number;
  mandateReference: string;
}

export interface DebitedContributor {
  email: string;
  civility: string;
  firstName: string;
  lastName: string;
}

export function euros(cents: number): string {
  return new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** The bank rejected the debit of an instalment: the contributor learns it, and what to do. */
export function debitRejectedEmail(contributor: DebitedContributor, debit: RejectedDebit): NewEmail {
  const civility = contributor.civility === 'M' ? 'M. ' : contributor.civility === 'Mme' ? 'Mme ' : '';
  return {
    to: contributor.email,
    subject: 'Votre prélèvement de cotisations a été rejeté',
    body: [
      `Bonjour ${civility}${contributor.firstName} ${contributor.lastName},`,
      `Le prélèvement de ${euros(debit.amountCents)} pour ${debit.name} de vos cotisations (mandat ${debit.mandateReference}) a été rejeté par votre banque.`,
      'Cette échéance reste due : réglez-la par carte bancaire ou par télépaiement dans le module « Mes cotisations », ou demandez à votre expert-comptable de le faire. Vérifiez aussi auprès de votre banque que votre compte peut être prélevé : les échéances suivantes le seront à leur date.',
      'Cordialement,\nVotre Urssaf',
    ].join('\n\n'),
    relatedTo: { type: 'instalment', id: debit.instalmentId },
  };
}
