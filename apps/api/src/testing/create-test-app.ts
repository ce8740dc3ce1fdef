import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { configureApp, type AppSettings } from '@portail/api-core';
import { createTestDatabase } from '@portail/api-database/testing';
import type { Server } from 'node:http';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';

export interface TestApp {
  app: INestApplication;
  http: Server;
  dataSource: DataSource;
  databaseUrl: string;
  /** Every JSON log line the app wrote. */
  logs: string[];
  /** Closes the app; the database stays for `restart`. */
  stop(): Promise<void>;
  /** Closes the app and drops its database. */
  close(): Promise<void>;
}

export const TEST_SETTINGS: Omit<AppSettings, 'databaseUrl'> = {
  port: 0,
  host: '127.0.0.1',
  sandbox: true,
  logLevel: 'info',
  smtpUrl: null,
  publicUrl: 'http://localhost:3000',
  portalDir: null,
  dataDir: null,
};

/** The real application (real pipes, filters, modules) on a fresh database of its own. */
export async function createTestApp(overrides: Partial<AppSettings> = {}, databaseUrl?: string): Promise<TestApp> {
  const database = databaseUrl ? { url: databaseUrl, drop: async () => undefined } : await createTestDatabase();
  const logs: string[] = [];
  const settings = { ...TEST_SETTINGS, ...overrides, databaseUrl: database.url };
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot(settings, { logStream: { write: (line: string) => void logs.push(line) } })],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  configureApp(app);
  await app.init();
  const stop = () => app.close();
  return {
    app,
    http: app.getHttpServer(),
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
