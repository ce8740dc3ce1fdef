import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@portail/api-core';
import { sha256, type TokenPurpose } from '@portail/api-identity';
import type { StoredMessage } from '@portail/api-outbox';
import type { LinkStatus, MessageLink, OutboundMessageDetail } from '@portail/domain';
import { DataSource } from 'typeorm';

/** The query parameters our e-mails carry a one-time token in (signup: token, activation: jeton). */
const TOKEN_PARAMETERS = ['token', 'jeton'];

interface TokenRow {
  token_hash: Buffer;
  purpose: TokenPurpose;
  person_id: string;
  expires_at: Date;
  used_at: Date | null;
  cancelled_at: Date | null;
  has_password: boolean;
  invited: boolean;
  applicant: boolean;
}

/** The token of a message's link, and what the product could still do with its person. */
export interface MessageToken {
  purpose: TokenPurpose;
  personId: string;
  /** The product's own button would send a new link now (see `resendable`). */
  resendable: boolean;
}

/**
 * What became of the links of a simulated e-mail, by the sandbox clock: the mailbox shows
 * « Valide », « Expiré », « Utilisé » or « Remplacé » beside each one, and whether the Formateur
 * can send the message again. Only the SHA-256 of a token is stored: the hashes of the message's
 * tokens are looked up in one query.
 */
@Injectable()
export class MessageLinks {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async annotate(message: StoredMessage): Promise<OutboundMessageDetail> {
    const rows = await this.tokensOf(message.links);
    if (rows.length === 0) return { ...message, resendable: false };
    const now = await this.clock.now();
    const links = message.links.map((link): MessageLink => {
      const hash = tokenHash(link);
      const row = hash && rows.find((candidate) => Buffer.from(candidate.token_hash).equals(hash));
      return row ? { ...link, status: statusOf(row, now), expiresAt: new Date(row.expires_at).toISOString() } : link;
    });
    return { ...message, links, resendable: message.kind === 'email' && rows.some(isResendable) };
  }

  /** The first link of the message whose token the portal issued, if any. */
  async tokenOf(message: StoredMessage): Promise<MessageToken | null> {
    const [row] = await this.tokensOf(message.links);
    return row ? { purpose: row.purpose, personId: row.person_id, resendable: isResendable(row) } : null;
  }

  private async tokensOf(links: readonly MessageLink[]): Promise<TokenRow[]> {
    const hashes = links.map(tokenHash).filter((hash): hash is Buffer => hash !== null);
    if (hashes.length === 0) return [];
    const rows: TokenRow[] = await this.dataSource.query(
      `SELECT one_time_token.token_hash, one_time_token.purpose, one_time_token.person_id, one_time_token.expires_at,
              one_time_token.used_at, one_time_token.cancelled_at, person.password_hash IS NOT NULL AS has_password,
              EXISTS (SELECT 1 FROM space_member WHERE space_member.person_id = person.id AND space_member.status = 'invite') AS invited,
              EXISTS (SELECT 1 FROM space_member JOIN space ON space.id = space_member.space_id AND space.kind = 'tiers'
                       WHERE space_member.person_id = person.id AND space_member.is_primary) AS applicant
         FROM one_time_token JOIN person ON person.id = one_time_token.person_id
        WHERE one_time_token.token_hash = ANY($1::bytea[])`,
      [hashes],
    );
    // In the order of the message's links.
    return hashes.flatMap((hash) => rows.filter((row) => Buffer.from(row.token_hash).equals(hash)));
  }
}

function tokenHash(link: MessageLink): Buffer | null {
  let parameters: URLSearchParams;
  try {
    parameters = new URL(link.href, 'http://portail.invalid').searchParams;
  } catch {
    return null;
  }
  const token = TOKEN_PARAMETERS.map((name) => parameters.get(name)).find((value) => value);
  return token ? sha256(token) : null;
}

/** The same order as OneTimeTokens.use: a used link says so even after its expiry. */
function statusOf(row: TokenRow, now: Date): LinkStatus {
  if (row.used_at) return 'utilise';
  if (row.cancelled_at) return 'remplace';
  return new Date(row.expires_at) <= now ? 'expire' : 'valide';
}

/**
 * Whether the product's own button would send a new link for this person now: a signup without
 * a password yet (« Renvoyer le courriel de validation »), an access still waiting for its
 * activation (« Envoyer un nouveau lien »), an account with a password (« Mot de passe oublié »).
 */
function isResendable(row: TokenRow): boolean {
  switch (row.purpose) {
    case 'email-validation':
      return row.applicant && !row.has_password;
    case 'activation':
      return row.invited;
    case 'password-reset':
      return row.has_password;
    default:
      return false;
  }
}
