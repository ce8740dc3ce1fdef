import { Logger } from '@nestjs/common';
import { Outbox, SmtpRelay } from '@portail/api-outbox';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from './testing/create-test-app';

interface ReceivedMail {
  envelopeTo: string[];
  subject: string;
  from: string;
  messageId: string;
  text: string;
}

/** A real SMTP server in the test process, that can go down and come back on the same port. */
class TestSmtpServer {
  readonly received: ReceivedMail[] = [];
  port = 0;
  private server: SMTPServer | null = null;

  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      // Like a real server refusing a mailbox: 550 for addresses starting with « refuse ».
      onRcptTo: (address, _session, callback) =>
        callback(address.address.startsWith('refuse') ? Object.assign(new Error('Boîte inconnue'), { responseCode: 550 }) : undefined),
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const envelopeTo = session.envelope.rcptTo.map((address) => address.address);
          this.received.push({ envelopeTo, ...parseMail(Buffer.concat(chunks).toString('utf8')) });
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  to(recipient: string): ReceivedMail[] {
    return this.received.filter((mail) => mail.envelopeTo.includes(recipient));
  }
}

describe('SMTP relay of the outbox', () => {
  const smtp = new TestSmtpServer();
  let test: TestApp;
  let outbox: Outbox;
  let relay: SmtpRelay;

  beforeAll(async () => {
    await smtp.start();
    test = await createTestApp({ smtpUrl: `smtp://127.0.0.1:${smtp.port}`, publicUrl: 'https://portail.exemple.fr' });
    outbox = test.app.get(Outbox);
    relay = test.app.get(SmtpRelay);
  });
  afterAll(async () => {
    await test?.close();
    await smtp.stop();
  });
  afterEach(() => vi.restoreAllMocks());

  const sendEmail = (to: string, subject = 'Un courriel', body = 'Bonjour.') =>
    test.dataSource.transaction((transaction) => outbox.sendEmail(transaction, { to, subject, body }));

  const deliveredAt = async (id: string): Promise<Date | null> => {
    const [row] = await test.dataSource.query(`SELECT delivered_at FROM outbound_message WHERE id = $1`, [id]);
    return row.delivered_at;
  };

  /** The background poll may hold the row: wait until whichever run claimed it has committed. */
  const delivered = (id: string) => expect.poll(() => deliveredAt(id), { timeout: 10_000 }).not.toBeNull();

  it('delivers a committed e-mail once, with its subject, sender and absolute links', async () => {
    const message = await test.dataSource.transaction((transaction) =>
      outbox.sendEmail(transaction, {
        to: 'valide@exemple.fr',
        subject: 'Validez votre adresse courriel — étape 1',
        body: 'Bonjour,\n\nCliquez sur le lien ci-dessous pour valider votre adresse.',
        links: [{ label: 'Valider mon adresse courriel', href: '/inscription/validation?token=abc123' }],
      }),
    );
    expect(await deliveredAt(message.id)).toBeNull();

    await relay.deliverPending();
    await delivered(message.id);
    await relay.deliverPending();

    const mails = smtp.to('valide@exemple.fr');
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      subject: 'Validez votre adresse courriel — étape 1',
      messageId: `<${message.id}@portail-tiers.test>`,
      text:
        'Bonjour,\n\nCliquez sur le lien ci-dessous pour valider votre adresse.\n\n' +
        'Valider mon adresse courriel : https://portail.exemple.fr/inscription/validation?token=abc123',
    });
    expect(mails[0].from).toBe('"Portail Tiers (simulation)" <ne-pas-repondre@portail-tiers.test>');
  });

  it('never delivers the e-mail of a rolled-back transaction', async () => {
    await expect(
      test.dataSource.transaction(async (transaction) => {
        await outbox.sendEmail(transaction, { to: 'annule@exemple.fr', subject: 'Jamais envoyé', body: '…' });
        throw new Error('the change that causes the e-mail fails');
      }),
    ).rejects.toThrow('the change that causes the e-mail fails');
    await relay.deliverPending();
    expect(smtp.to('annule@exemple.fr')).toEqual([]);
  });

  it('never sends a letter', async () => {
    const letter = await test.dataSource.transaction((transaction) =>
      outbox.sendLetter(transaction, {
        to: 'courrier@exemple.fr',
        postalAddress: ['M. Martin', '3 rue des Lilas', '69003 Lyon'],
        subject: 'Votre code de sécurité',
        body: 'Code : 1234',
      }),
    );
    const marker = await sendEmail('apres-courrier@exemple.fr');
    await relay.deliverPending();
    await delivered(marker.id);
    expect(smtp.to('courrier@exemple.fr')).toEqual([]);
    expect(smtp.received.map((mail) => mail.subject)).not.toContain('Votre code de sécurité');
    expect(await deliveredAt(letter.id)).toBeNull();
  });

  it('keeps an e-mail undelivered while the server is down, says so without its body, and delivers it when it is back', async () => {
    const warn = vi.spyOn(Logger.prototype, 'warn');
    await smtp.stop();
    const message = await sendEmail('panne@exemple.fr', 'Pendant la panne', 'Votre code : SECRET-CODE-9876');

    await expect(relay.deliverPending()).resolves.toBe(0);
    expect(await deliveredAt(message.id)).toBeNull();
    const warnings = warn.mock.calls.map((call) => String(call[0]));
    expect(warnings.some((line) => line.includes(message.id))).toBe(true);
    expect(warnings.join('\n')).not.toContain('SECRET-CODE-9876');

    await smtp.start();
    await relay.deliverPending();
    await delivered(message.id);
    await relay.deliverPending();
    expect(smtp.to('panne@exemple.fr')).toHaveLength(1);
    expect(smtp.to('panne@exemple.fr')[0].text).toBe('Votre code : SECRET-CODE-9876');
  });

  it('keeps an e-mail the server refuses undelivered, without holding up the next ones', async () => {
    const refused = await sendEmail('refuse@exemple.fr');
    const next = await sendEmail('suivant@exemple.fr');
    await relay.deliverPending();
    await delivered(next.id);
    expect(smtp.to('suivant@exemple.fr')).toHaveLength(1);
    expect(await deliveredAt(refused.id)).toBeNull();
    await test.dataSource.query(`DELETE FROM outbound_message WHERE id = $1`, [refused.id]);
  });

  it('delivers each e-mail exactly once when several relays run at the same time, on two API instances', async () => {
    const second = await createTestApp({ smtpUrl: `smtp://127.0.0.1:${smtp.port}` }, test.databaseUrl);
    try {
      const recipients = Array.from({ length: 45 }, (_, index) => `lot-${index}@exemple.fr`);
      const ids = await test.dataSource.transaction(async (transaction) => {
        const written: string[] = [];
        for (const to of recipients) written.push((await outbox.sendEmail(transaction, { to, subject: to, body: '…' })).id);
        return written;
      });

      const counts = await Promise.all([
        relay.deliverPending(),
        relay.deliverPending(),
        second.app.get(SmtpRelay).deliverPending(),
        second.app.get(SmtpRelay).deliverPending(),
      ]);
      for (const id of ids) await delivered(id);

      expect(counts.reduce((sum, count) => sum + count, 0)).toBeLessThanOrEqual(45);
      const batch = smtp.received.filter((mail) => recipients.includes(mail.envelopeTo[0]));
      expect(batch).toHaveLength(45);
      expect(new Set(batch.map((mail) => mail.messageId)).size).toBe(45);
    } finally {
      await second.stop();
    }
  });

  it('is not registered without SMTP_URL', async () => {
    const withoutSmtp = await createTestApp();
    try {
      expect(withoutSmtp.app.get(SmtpRelay)).toBeNull();
    } finally {
      await withoutSmtp.close();
    }
  });
});

/** Just enough MIME for what nodemailer writes for a plain-text e-mail. */
function parseMail(raw: string): Omit<ReceivedMail, 'envelopeTo'> {
  const split = raw.indexOf('\r\n\r\n');
  const headers = new Map<string, string>();
  for (const line of raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  let text = raw.slice(split + 4);
  const encoding = headers.get('content-transfer-encoding')?.toLowerCase();
  if (encoding === 'quoted-printable') text = decodeQuotedPrintable(text.replace(/=\r\n/g, ''));
  if (encoding === 'base64') text = Buffer.from(text, 'base64').toString('utf8');
  return {
    subject: decodeWords(headers.get('subject') ?? ''),
    from: decodeWords(headers.get('from') ?? ''),
    messageId: headers.get('message-id') ?? '',
    text: text.replace(/\r\n/g, '\n').replace(/\n+$/, ''),
  };
}

function decodeQuotedPrintable(value: string): string {
  const bytes: number[] = [];
  for (let index = 0; index < value.length; index += 1) {
    const hex = value.slice(index + 1, index + 3);
    if (value[index] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      index += 2;
    } else {
      bytes.push(...Buffer.from(value[index], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, encoding: string, word: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(word, 'base64').toString('utf8')
        : decodeQuotedPrintable(word.replace(/_/g, ' ')),
    );
}
