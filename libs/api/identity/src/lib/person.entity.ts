import type { BackofficeRole, Civility } from '@portail/domain';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One person, one login, whatever the number of spaces they hold. */
@Entity({ name: 'person' })
// Expression and partial unique indexes: written by the migration.
@Index('person_email_key', { synchronize: false })
@Index('person_nir_key', { synchronize: false })
export class Person {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') email!: string;
  @Column('text', { nullable: true }) civility!: Civility | null;
  @Column('text', { name: 'first_name' }) firstName!: string;
  @Column('text', { name: 'last_name' }) lastName!: string;
  @Column('text', { nullable: true }) phone!: string | null;
  /** NIR without its key (13 characters): the login identifier of a TI. */
  @Column('text', { nullable: true }) nir!: string | null;
  @Column('text', { name: 'password_hash', nullable: true, select: false }) passwordHash!: string | null;
  @Column('boolean', { name: 'password_provisional', default: false }) passwordProvisional!: boolean;
  @Column('timestamptz', { name: 'email_verified_at', nullable: true }) emailVerifiedAt!: Date | null;
  @Column({ name: 'backoffice_role', type: 'enum', enum: ['conseiller', 'formateur'], enumName: 'backoffice_role', nullable: true })
  backofficeRole!: BackofficeRole | null;
  @Column('boolean', { name: 'migrated_from_secu', default: false }) migratedFromSecu!: boolean;
  @Column('integer', { name: 'failed_login_streak', default: 0 }) failedLoginStreak!: number;
  @Column('timestamptz', { name: 'login_blocked_until', nullable: true }) loginBlockedUntil!: Date | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}
