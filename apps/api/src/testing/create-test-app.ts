import type { INestApplication, Type } from '@nestjs/common';
import type { AppSettings } from '@portail/api-core';
import { createTestDatabase } from '@portail/api-database/testing';
import { CSRF_COOKIE, CSRF_HEADER } from '@portail/domain';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createApplication } from '../bootstrap/create-application';

export interface TestApp {
  app: INestApplication;
  http: Server;
  /** A browser-like client: keeps its cookies (session) and sends the CSRF header. */
  api: TestAgent;
  /** Another, independent browser-like client. */
  newClient(): Promise<TestAgent>;
  /**
   * A client logged in as the seeded Formateur (sandbox mode): the clock, resets, personas and
   * faults of the trainer's console are his. The same client on every call.
   */
  trainer(): Promise<TestAgent>;
  dataSource: DataSource;
  databaseUrl: string;
  /** Every JSON log line the app wrote. */
  logs: string[];
  /** Closes the app; the database stays for `restart`. */
  stop(): Promise<void>;
  /** Closes the app and drops its database. */
  close(): Promise<void>;
}

/** A stand-in for the built portal (dist/apps/portal/browser): an index.html and one asset. */
export const PORTAL_FIXTURE = fileURLToPath(new URL('./portal-fixture', import.meta.url));

export const TEST_SETTINGS: Omit<AppSettings, 'databaseUrl'> = {
  port: 0,
  host: '127.0.0.1',
  sandbox: true,
  logLevel: 'info',
  smtpUrl: null,
  publicUrl: 'http://localhost:3000',
  // A portal of two files, so that every API test also runs with the portal served.
  portalDir: PORTAL_FIXTURE,
  dataDir: null,
  // The lowest cost bcrypt allows keeps the suite fast; one test hashes at the production cost.
  bcryptCost: 4,
  loginAttemptsPerIpPerMinute: 1000,
};

/** The application main.ts starts (same bootstrap, portal fixture served) on a fresh database of its own. */
export async function createTestApp(
  overrides: Partial<AppSettings> = {},
  databaseUrl?: string,
  /** Controllers that exist only for a test, e.g. to exercise a guard meant for a later area. */
  extraControllers: Type[] = [],
): Promise<TestApp> {
  const database = databaseUrl ? { url: databaseUrl, drop: async () => undefined } : await createTestDatabase();
  const logs: string[] = [];
  const settings = { ...TEST_SETTINGS, ...overrides, databaseUrl: database.url };
  const app = await createApplication(settings, { logStream: { write: (line: string) => void logs.push(line) }, extraControllers });
  const stop = () => app.close();
  const http = app.getHttpServer() as Server;
  const newClient = () => browserLikeClient(http);
  let trainer: Promise<TestAgent> | null = null;
  return {
    app,
    http,
    api: await newClient(),
    newClient,
    trainer: () => (trainer ??= loggedInTrainer(http)),
    dataSource: app.get(DataSource),
    databaseUrl: database.url,
    logs,
    stop,
    close: async () => {
      await stop();
      await database.drop();
    },
  };
}

/** Like the portal in a browser: reads the CSRF cookie the API hands out and echoes it in a header. */
export async function browserLikeClient(http: Server): Promise<TestAgent> {
  const agent = request.agent(http);
  const response = await agent.get('/api/health');
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const token = cookies.map((cookie) => new RegExp(`^${CSRF_COOKIE}=([^;]+)`).exec(cookie)?.[1]).find(Boolean);
  if (!token) throw new Error('the API did not hand out a CSRF cookie');
  agent.set(CSRF_HEADER, token);
  return agent;
}

/** The seeded Formateur persona's credentials (public in the README: this is a training sandbox). */
export const TRAINER_LOGIN = { identifier: 'formateur@portail-tiers.test', password: 'Former024' } as const;

async function loggedInTrainer(http: Server): Promise<TestAgent> {
  const client = await browserLikeClient(http);
  await client.post('/api/auth/login').send(TRAINER_LOGIN).expect(200);
  return client;
}
