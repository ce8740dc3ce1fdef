import {
  type BeforeApplicationShutdown,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { MessageLink } from '@portail/domain';
import { createTransport, type Transporter } from 'nodemailer';
import type { DataSource, EntityManager } from 'typeorm';

export interface SmtpRelayOptions {
  /** smtp://host:port, from SMTP_URL. */
  smtpUrl: string;
  /** Base of the absolute links, e.g. http://localhost:3000. */
  publicUrl: string;
  /** Milliseconds between two polls; 2 s by default. */
  pollIntervalMs?: number;
}

interface PendingEmail {
  id: string;
  recipient: string;
  subject: string;
  body: string;
  links: MessageLink[];
}

export const SMTP_FROM = { name: 'Portail Tiers (simulation)', address: 'ne-pas-repondre@portail-tiers.test' };
const BATCH_SIZE = 20;
const DEFAULT_POLL_INTERVAL_MS = 2_000;
const SMTP_TIMEOUT_MS = 10_000;

/**
 * Hands the e-mails of the outbox to an SMTP server (SMTP_URL), in the background: the simulated
 * mailbox keeps showing them. Only registered when SMTP_URL is set (see OutboxModule).
 *
 * Each poll claims up to 20 undelivered e-mails with FOR UPDATE SKIP LOCKED, so that several API
 * instances never send the same one; a row is marked delivered in the same transaction, after the
 * server accepted it. A failed e-mail stays undelivered and is tried again at the next poll.
 * Delivery is at least once: a crash between the server's acceptance and the commit resends it.
 * An e-mail the trainer made bounce (sandbox fault) stands for an unreachable address: never sent.
 */
@Injectable()
export class SmtpRelay implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('SmtpRelay');
  private readonly transporter: Transporter;
  private readonly pollIntervalMs: number;
  private readonly running = new Set<Promise<number>>();
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: SmtpRelayOptions,
  ) {
    this.pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
    // No pool: one short connection per e-mail, with timeouts that keep a dead server from
    // holding the claimed rows (and a database connection) for minutes.
    this.transporter = createTransport({
      url: options.smtpUrl,
      connectionTimeout: SMTP_TIMEOUT_MS,
      greetingTimeout: SMTP_TIMEOUT_MS,
      socketTimeout: SMTP_TIMEOUT_MS,
    });
  }

  onApplicationBootstrap(): void {
    // Never awaited: start-up does not wait for, nor fail because of, the SMTP server.
    this.schedule();
  }

  /** Stops polling and waits for the e-mails being sent, before the database connections close. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await Promise.allSettled([...this.running]);
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }

  /**
   * Sends the undelivered e-mails, batch after batch, until none is left or the server fails;
   * resolves with how many this call delivered. Safe to call concurrently, here or on another instance.
   */
  async deliverPending(): Promise<number> {
    const run = this.deliverBatches();
    this.running.add(run);
    try {
      return await run;
    } finally {
      this.running.delete(run);
    }
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.poll(), this.pollIntervalMs);
    // The relay alone never keeps the process alive.
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    try {
      await this.deliverPending();
    } catch (error) {
      // The database may be away for a moment: try again at the next poll.
      this.logger.warn(`Relais SMTP : lecture des courriels à envoyer impossible (${summarize(error)}).`);
    } finally {
      this.schedule();
    }
  }

  private async deliverBatches(): Promise<number> {
    let delivered = 0;
    for (;;) {
      const batch = await this.dataSource.transaction((transaction) => this.deliverBatch(transaction));
      delivered += batch.sent;
      if (batch.claimed < BATCH_SIZE || batch.sent === 0 || this.stopped) return delivered;
    }
  }

  private async deliverBatch(transaction: EntityManager): Promise<{ claimed: number; sent: number }> {
    const pending: PendingEmail[] = await transaction.query(
      `SELECT id, recipient, subject, body, links
         FROM outbound_message
        WHERE kind = 'email' AND delivered_at IS NULL AND bounced_at IS NULL
        ORDER BY created_at, id
        LIMIT ${BATCH_SIZE}
          FOR UPDATE SKIP LOCKED`,
    );
    const sent: string[] = [];
    for (const email of pending) {
      try {
        await this.transporter.sendMail({
          from: SMTP_FROM,
          to: email.recipient,
          subject: email.subject,
          text: renderText(email, this.options.publicUrl),
          // One Message-ID per outbox row: a receiver can recognise a resend.
          messageId: `<${email.id}@portail-tiers.test>`,
        });
        sent.push(email.id);
      } catch (error) {
        // Never the body nor the links: they may carry a token.
        this.logger.warn(`Relais SMTP : le courriel ${email.id} n'a pas pu être envoyé, nouvel essai plus tard (${summarize(error)}).`);
        // The server is unreachable: the next e-mails would fail the same way. A refused e-mail
        // (bad address, rejected by the server) does not hold up the others.
        if (isConnectionFailure(error)) break;
      }
    }
    if (sent.length > 0) {
      await transaction.query(`UPDATE outbound_message SET delivered_at = now() WHERE id = ANY($1::uuid[])`, [sent]);
    }
    return { claimed: pending.length, sent: sent.length };
  }
}

/** The plain-text e-mail: the body, then one « label : absolute URL » line per link. */
export function renderText(email: Pick<PendingEmail, 'body' | 'links'>, publicUrl: string): string {
  if (email.links.length === 0) return email.body;
  const lines = email.links.map((link) => `${link.label} : ${absoluteUrl(link.href, publicUrl)}`);
  return `${email.body}\n\n${lines.join('\n')}`;
}

function absoluteUrl(href: string, publicUrl: string): string {
  if (/^https?:\/\//i.test(href)) return href;
  return `${publicUrl.replace(/\/+$/, '')}${href.startsWith('/') ? '' : '/'}${href}`;
}

const CONNECTION_FAILURES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS', 'EPROXY', 'EAUTH', 'ENOAUTH']);

function isConnectionFailure(error: unknown): boolean {
  return error instanceof Error && CONNECTION_FAILURES.has(String((error as { code?: unknown }).code));
}

/** The code and first line of an error: SMTP replies may quote an address, never the body. */
function summarize(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  const message = error.message.split('\n', 1)[0];
  return typeof code === 'string' ? `${code} : ${message}` : message;
}
