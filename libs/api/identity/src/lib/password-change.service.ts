import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditTrail, type AuthenticatedSession } from '@portail/api-core';
import { Outbox } from '@portail/api-outbox';
import { validateNewPassword } from '@portail/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { PasswordHasher } from './password-hasher';
import { Person } from './person.entity';
import { actingTrainerOf, Sessions } from './sessions';

/** Changing a password: the current one is required, the others sessions end, a notice is e-mailed. */
@Injectable()
export class PasswordChangeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: Sessions,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
  ) {}

  /** Returns the id of the renewed session. */
  async change(session: AuthenticatedSession, currentPassword: string, newPassword: string): Promise<string> {
    const person = await this.withHash(this.dataSource.manager, session.personId);
    if (!(await this.hasher.verify(currentPassword, person.passwordHash))) {
      throw new BadRequestException('Le champ « currentPassword » ne correspond pas à votre mot de passe actuel.');
    }
    if (newPassword === currentPassword) {
      throw new BadRequestException('Le nouveau mot de passe doit être différent de votre mot de passe actuel.');
    }
    const newHash = await this.hashAcceptable(person, newPassword);
    return this.dataSource.transaction(async (transaction) => {
      await this.store(transaction, person, newHash, 'password.changed');
      await this.sessions.closeAllOf(transaction, person.id);
      // A Formateur acting as the person keeps the way back to the console.
      return this.sessions.open(transaction, person.id, {
        mustChangePassword: false,
        spaceId: session.spaceId,
        trainerPersonId: actingTrainerOf(session)?.personId ?? null,
      });
    });
  }

  /** The new password must follow the rule and not be guessable from the person; returns its hash. */
  async hashAcceptable(person: Pick<Person, 'firstName' | 'lastName'> & { siret?: string | null }, password: string): Promise<string> {
    const verdict = validateNewPassword(password, person);
    if (!verdict.valid) throw new BadRequestException(verdict.message);
    return this.hasher.hash(password);
  }

  /** Saves a personal (no longer provisional) password and tells the person by e-mail. */
  async store(transaction: EntityManager, person: Person, passwordHash: string, kind: string): Promise<void> {
    await transaction.query(`UPDATE person SET password_hash = $2, password_provisional = false WHERE id = $1`, [
      person.id,
      passwordHash,
    ]);
    await this.outbox.sendEmail(transaction, {
      to: person.email,
      subject: 'Votre mot de passe a été modifié',
      body: [
        `Bonjour ${person.firstName} ${person.lastName},`,
        'Le mot de passe de votre compte Portail Tiers vient d’être modifié. Vos autres sessions ont été fermées.',
        'Si vous n’êtes pas à l’origine de cette modification, réinitialisez votre mot de passe sans attendre et contactez votre Urssaf au 3698 (Service gratuit + prix d’un appel), de 9h à 17h.',
      ].join('\n\n'),
      links: [{ label: 'Mot de passe oublié', href: '/mot-de-passe-oublie' }],
      relatedTo: { type: 'person', id: person.id },
    });
    await this.audit.record(transaction, { kind, actorPersonId: person.id, subject: { type: 'person', id: person.id } });
  }

  async withHash(manager: EntityManager, personId: string): Promise<Person> {
    return manager
      .getRepository(Person)
      .createQueryBuilder('person')
      .addSelect('person.passwordHash')
      .where('person.id = :personId', { personId })
      .getOneOrFail();
  }
}
