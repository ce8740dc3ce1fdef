import type { MessageLink, OutboundMessageKind } from '@portail/domain';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An e-mail or a postal letter the product sends; written in the transaction of its cause. */
@Entity({ name: 'outbound_message' })
// Keyset indexes with DESC columns and a partial index: written by the migration, which TypeORM cannot express.
@Index('outbound_message_recipient_idx', { synchronize: false })
@Index('outbound_message_kind_idx', { synchronize: false })
@Index('outbound_message_undelivered_idx', { synchronize: false })
@Index('outbound_message_email_recipient_idx', { synchronize: false })
export class OutboundMessage {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'enum', enum: ['email', 'letter'], enumName: 'outbound_message_kind' }) kind!: OutboundMessageKind;
  /** An e-mail address, or the addressee's name for a letter. */
  @Column('text') recipient!: string;
  @Column('text', { name: 'postal_address', array: true, nullable: true }) postalAddress!: string[] | null;
  @Column('text') subject!: string;
  @Column('text') body!: string;
  @Column('jsonb') links!: MessageLink[];
  @Column('text', { name: 'related_entity_type', nullable: true }) relatedEntityType!: string | null;
  @Column('text', { name: 'related_entity_id', nullable: true }) relatedEntityId!: string | null;
  /** Sandbox time, from the Clock. */
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  /** When the SMTP relay handed it over (SMTP_URL set); null otherwise. */
  @Column('timestamptz', { name: 'delivered_at', nullable: true }) deliveredAt!: Date | null;
  /** Sandbox: the e-mail bounced (fault injected by the trainer); the address is shown unreachable. */
  @Column('timestamptz', { name: 'bounced_at', nullable: true }) bouncedAt!: Date | null;
  /** Sandbox: the letter was marked « perdu » by the trainer. */
  @Column('timestamptz', { name: 'lost_at', nullable: true }) lostAt!: Date | null;
}
