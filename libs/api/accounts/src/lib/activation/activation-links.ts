import { ConflictException, Injectable } from '@nestjs/common';
import { AuditTrail } from '@portail/api-core';
import { OneTimeTokens } from '@portail/api-identity';
import { type OutboundMessage, Outbox } from '@portail/api-outbox';
import type { FirmRole } from '@portail/domain';
import type { EntityManager } from 'typeorm';
import { ACTIVATION_LIFETIME_MS, activationEmail, type Invitee } from './activation-messages';

export type MemberStatus = 'invite' | 'actif' | 'desactive';

/** Only an account waiting for its activation gets a link; the 409 says why the others do not. */
export function refuseUnlessInvited(status: MemberStatus): void {
  if (status === 'invite') return;
  throw new ConflictException(
    status === 'actif'
      ? 'Ce compte est déjà activé : aucun lien d’activation n’est nécessaire.'
      : 'Ce compte est désactivé : il ne peut plus être activé.',
  );
}

interface SandboxInviteeRow extends Invitee {
  role: FirmRole;
  status: MemberStatus;
  space_id: string;
  firm_name: string;
  inviter: string | null;
}

/** The activation link of an access created in « Gérer les comptes », and its e-mail. */
@Injectable()
export class ActivationLinks {
  constructor(
    private readonly tokens: OneTimeTokens,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
  ) {}

  /** A new 24-hour link; any earlier one becomes « remplacé » in the same transaction. */
  async send(transaction: EntityManager, invitee: Invitee & { role: FirmRole }, firmName: string, invitedBy: string): Promise<OutboundMessage> {
    const token = await this.tokens.issue(transaction, invitee.id, 'activation', ACTIVATION_LIFETIME_MS);
    return this.outbox.sendEmail(transaction, activationEmail(invitee, { firmName, role: invitee.role, invitedBy }, token));
  }

  /**
   * The sandbox's « Renvoyer » (the Formateur, from the mailbox): what « Envoyer un nouveau lien »
   * does, without an administrator's session. The firm comes from the person's invited
   * membership, the « invited by » from the administrator who created the access (else the
   * space's first administrator).
   */
  async resendFor(transaction: EntityManager, personId: string, trainerId: string): Promise<OutboundMessage> {
    const [member]: SandboxInviteeRow[] = await transaction.query(
      `SELECT person.id, person.email, person.civility, person.first_name AS "firstName", person.last_name AS "lastName",
              space_member.role, space_member.status, space_member.space_id, space.name AS firm_name,
              (SELECT inviter.first_name || ' ' || inviter.last_name FROM person inviter
                WHERE inviter.id = coalesce(space_member.invited_by,
                  (SELECT primary_member.person_id FROM space_member primary_member
                    WHERE primary_member.space_id = space_member.space_id AND primary_member.is_primary LIMIT 1))) AS inviter
         FROM space_member
         JOIN person ON person.id = space_member.person_id
         JOIN space ON space.id = space_member.space_id AND space.kind = 'tiers'
        WHERE space_member.person_id = $1
        ORDER BY space_member.status = 'invite' DESC, space_member.created_at DESC
        LIMIT 1
        FOR UPDATE OF space_member`,
      [personId],
    );
    if (!member) throw new ConflictException('Cette personne n’a aucun compte à activer dans un espace tiers.');
    refuseUnlessInvited(member.status);
    const message = await this.send(transaction, member, member.firm_name, member.inviter ?? 'L’administrateur de votre espace');
    await this.audit.record(transaction, {
      kind: 'account.activation-resent',
      actorPersonId: trainerId,
      spaceId: member.space_id,
      subject: { type: 'person', id: personId },
    });
    return message;
  }
}
