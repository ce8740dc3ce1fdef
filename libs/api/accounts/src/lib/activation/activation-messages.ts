import { HttpException, HttpStatus } from '@nestjs/common';
import type { NewEmail } from '@portail/api-outbox';
import { ACTIVATION_LIFETIME_HOURS, type Civility, FIRM_ROLE_LABELS, type FirmRole, type LinkRefusal } from '@portail/domain';

export const ACTIVATION_LINK_LABEL = 'Activer mon compte';
export const ACTIVATION_LIFETIME_MS = ACTIVATION_LIFETIME_HOURS * 3_600_000;

const ASK_ADMINISTRATOR = 'demandez à l’administrateur de votre espace de vous envoyer un nouveau lien';

/** Each refusal tells the person what to do next; only the administrator can send a new link. */
const REFUSALS: Readonly<Record<LinkRefusal['reason'], string>> = {
  expired: `Ce lien d’activation a expiré (il était valable ${ACTIVATION_LIFETIME_HOURS} heures) : ${ASK_ADMINISTRATOR}.`,
  used: 'Ce lien d’activation a déjà été utilisé : votre compte est actif. Connectez-vous avec votre adresse courriel.',
  replaced: `Ce lien d’activation a été remplacé par un lien plus récent ou annulé : utilisez le dernier courriel reçu, ou ${ASK_ADMINISTRATOR}.`,
  unknown: `Ce lien d’activation n’est pas valide : vérifiez qu’il a été copié en entier, ou ${ASK_ADMINISTRATOR}.`,
};

/** 410 with the contract's `LinkRefusal` body, as the signup's links answer. */
export class ActivationRefusedException extends HttpException {
  constructor(reason: LinkRefusal['reason']) {
    const body: LinkRefusal = { statusCode: HttpStatus.GONE, message: REFUSALS[reason], reason };
    super(body, HttpStatus.GONE);
  }
}

export interface Invitee {
  id: string;
  email: string;
  civility: Civility | null;
  firstName: string;
  lastName: string;
}

export interface Invitation {
  firmName: string;
  role: FirmRole;
  /** « Marie Lefebvre », the administrator who created the access or sent the new link. */
  invitedBy: string;
}

/** « Ajouter un compte »: the activation e-mail, sent automatically (and again on demand). */
export function activationEmail(invitee: Invitee, invitation: Invitation, token: string): NewEmail {
  const civility = invitee.civility === 'M' ? 'M. ' : invitee.civility === 'Mme' ? 'Mme ' : '';
  return {
    to: invitee.email,
    subject: `Activez votre compte sur le Portail Tiers (${invitation.firmName})`,
    body: [
      `Bonjour ${civility}${invitee.firstName} ${invitee.lastName},`,
      `${invitation.invitedBy} vous a ouvert un accès ${FIRM_ROLE_LABELS[invitation.role].toLowerCase()} à l’espace « ${invitation.firmName} » du Portail Tiers.`,
      `Pour activer votre compte, suivez le lien ci-dessous et choisissez votre mot de passe : exactement 8 caractères, avec au moins 1 chiffre et 1 lettre, sans caractères spéciaux. Ce lien est valable ${ACTIVATION_LIFETIME_HOURS} heures et ne peut servir qu’une fois ; passé ce délai, ${ASK_ADMINISTRATOR}.`,
      'Vous vous connecterez ensuite avec votre adresse courriel et ce mot de passe.',
      'Si vous ne connaissez pas ce cabinet, ignorez ce courriel : le lien cessera de fonctionner de lui-même.',
      'L’équipe du Portail Tiers',
    ].join('\n\n'),
    links: [{ label: ACTIVATION_LINK_LABEL, href: `/activation?jeton=${encodeURIComponent(token)}` }],
    relatedTo: { type: 'person', id: invitee.id },
  };
}
