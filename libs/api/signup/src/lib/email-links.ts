import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { AuditTrail } from '@portail/api-core';
import { OneTimeTokens } from '@portail/api-identity';
import type { LinkRefusal } from '@portail/domain';
import type { EntityManager } from 'typeorm';

export type LinkPurpose = 'email-validation' | 'password-creation' | 'password-reset';
type Reason = LinkRefusal['reason'];

const HOUR_MS = 3_600_000;

/** How long each link works, on the sandbox clock. */
export const LINK_LIFETIME_MS: Readonly<Record<LinkPurpose, number>> = {
  'email-validation': 24 * HOUR_MS,
  'password-creation': HOUR_MS,
  'password-reset': HOUR_MS,
};

const NEW_VALIDATION = 'demandez un nouveau courriel de validation';
const NEW_RESET = 'demandez un nouveau lien avec « Mot de passe oublié »';

/** Each refusal tells the person what to do next. */
const REFUSALS: Readonly<Record<LinkPurpose, Readonly<Record<Reason, string>>>> = {
  'email-validation': {
    expired: 'Ce lien de validation a expiré. Demandez un nouveau courriel de validation.',
    used: `Ce lien a déjà été utilisé. Si vous avez créé votre mot de passe, connectez-vous ; sinon, ${NEW_VALIDATION}.`,
    replaced: 'Ce lien a été remplacé par un lien plus récent : utilisez le dernier courriel de validation reçu.',
    unknown: `Ce lien n'est pas valide : vérifiez qu'il a été copié en entier, ou ${NEW_VALIDATION}.`,
  },
  'password-creation': {
    expired: `Le délai de création de votre mot de passe (1 heure) a expiré : ${NEW_VALIDATION}.`,
    used: 'Ce lien a déjà été utilisé : votre mot de passe est créé. Connectez-vous avec votre adresse courriel ou votre SIRET.',
    replaced: 'Ce lien a été remplacé par un lien plus récent : utilisez le dernier courriel de validation reçu.',
    unknown: `Ce lien n'est pas valide : ${NEW_VALIDATION}.`,
  },
  'password-reset': {
    expired: `Ce lien de réinitialisation a expiré : ${NEW_RESET}.`,
    used: `Ce lien a déjà été utilisé. Connectez-vous avec votre nouveau mot de passe, ou ${NEW_RESET}.`,
    replaced: 'Ce lien a été remplacé par un lien plus récent : utilisez le dernier courriel de réinitialisation reçu.',
    unknown: `Ce lien n'est pas valide : vérifiez qu'il a été copié en entier, ou ${NEW_RESET}.`,
  },
};

/** 410 with the contract's `LinkRefusal` body; the `reason` lets the portal offer the right next step. */
export class LinkRefusedException extends HttpException {
  constructor(purpose: LinkPurpose, reason: Reason) {
    const body: LinkRefusal = { statusCode: HttpStatus.GONE, message: REFUSALS[purpose][reason], reason };
    super(body, HttpStatus.GONE);
  }
}

/** The links this area e-mails: issued and used through OneTimeTokens, refusals answered 410. */
@Injectable()
export class EmailLinks {
  constructor(
    private readonly tokens: OneTimeTokens,
    private readonly audit: AuditTrail,
  ) {}

  /** A new token; any earlier one of the same person and purpose becomes 'replaced'. */
  issue(transaction: EntityManager, personId: string, purpose: LinkPurpose): Promise<string> {
    return this.tokens.issue(transaction, personId, purpose, LINK_LIFETIME_MS[purpose]);
  }

  /** Uses the token (one SQL statement) and returns its person, or throws the 410. */
  async use(transaction: EntityManager, purpose: LinkPurpose, token: string): Promise<string> {
    const use = await this.tokens.use(transaction, purpose, token);
    if (!use.used) throw new LinkRefusedException(purpose, use.reason);
    await this.audit.record(transaction, {
      kind: 'token.used',
      actorPersonId: use.personId,
      subject: { type: 'person', id: use.personId },
      details: { purpose },
    });
    return use.personId;
  }
}
