import type { SpaceKind, SpaceRole, SpaceStatus, TiersCategory } from '@portail/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Person } from './person.entity';

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
export class SpaceMember {
  @PrimaryColumn('uuid', { name: 'space_id' }) spaceId!: string;
  @PrimaryColumn('uuid', { name: 'person_id' }) personId!: string;
  @Column({ type: 'enum', enum: ['administrateur', 'collaborateur', 'titulaire'], enumName: 'space_role' }) role!: SpaceRole;
  /** The account a SIRET login opens. */
  @Column('boolean', { name: 'is_primary', default: false }) isPrimary!: boolean;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @ManyToOne(() => Space, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'space_id', foreignKeyConstraintName: 'space_member_space_id_fkey' })
  space?: Space;
  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'space_member_person_id_fkey' })
  person?: Person;
}
