import type { FirmRight, SpaceKind, SpaceRole, SpaceStatus, TiersCategory } from '@portail/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Person } from './person.entity';

export type MemberStatus = 'invite' | 'actif' | 'desactive';

/** A space: a tiers firm, a TI's own space, an employer's space. */
@Entity({ name: 'space' })
@Index('space_tiers_siret_key', { synchronize: false })
export class Space {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'enum', enum: ['tiers', 'travailleur-independant', 'employeur'], enumName: 'space_kind' }) kind!: SpaceKind;
  @Column('text') name!: string;
  @Column('text', { nullable: true }) siret!: string | null;
  @Column('text', { nullable: true }) category!: TiersCategory | null;
  @Column({ type: 'enum', enum: ['en-attente-parametrage', 'actif'], enumName: 'space_status' }) status!: SpaceStatus;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'finalised_at', nullable: true }) finalisedAt!: Date | null;
  @Column('uuid', { name: 'finalised_by', nullable: true }) finalisedBy!: string | null;
  @ManyToOne(() => Person, { nullable: true })
  @JoinColumn({ name: 'finalised_by', foreignKeyConstraintName: 'space_finalised_by_fkey' })
  finaliser?: Person | null;
}

@Entity({ name: 'space_member' })
@Index('space_member_primary_key', { synchronize: false })
@Index('space_member_person_idx', { synchronize: false })
@Index('space_member_portfolio_idx', { synchronize: false })
@Check(
  'space_member_rights_known',
  `rights <@ ARRAY['gestion-portefeuille', 'consultation-cotisations', 'declaration-revenus', 'paiement', 'messagerie']::text[]`,
)
export class SpaceMember {
  @PrimaryColumn('uuid', { name: 'space_id' }) spaceId!: string;
  @PrimaryColumn('uuid', { name: 'person_id' }) personId!: string;
  @Column({ type: 'enum', enum: ['administrateur', 'collaborateur', 'titulaire'], enumName: 'space_role' }) role!: SpaceRole;
  /** The account a SIRET login opens. */
  @Column('boolean', { name: 'is_primary', default: false }) isPrimary!: boolean;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  /** invite until the activation link is used (24 hours), desactive once an administrator ends the access. */
  @Column({ type: 'enum', enum: ['invite', 'actif', 'desactive'], enumName: 'member_status', default: 'actif' }) status!: MemberStatus;
  /** A collaborator's rights (an administrator holds every right); checked by PortfolioScope on each request. */
  @Column('text', { array: true, default: () => "'{}'" }) rights!: FirmRight[];
  /** The portfolio a collaborator works in (their sub-portfolio is part of it). */
  @Column('uuid', { name: 'portfolio_id', nullable: true }) portfolioId!: string | null;
  @Column('uuid', { name: 'invited_by', nullable: true }) invitedBy!: string | null;
  @ManyToOne(() => Person, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'invited_by', foreignKeyConstraintName: 'space_member_invited_by_fkey' })
  inviter?: Person | null;
  @Column('timestamptz', { name: 'deactivated_at', nullable: true }) deactivatedAt!: Date | null;
  @ManyToOne(() => Space, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'space_id', foreignKeyConstraintName: 'space_member_space_id_fkey' })
  space?: Space;
  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'space_member_person_id_fkey' })
  person?: Person;
}
