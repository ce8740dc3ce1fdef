import { describe, expect, it } from 'vitest';
import { loadSettings } from './app-settings';

describe('loadSettings', () => {
  it('gives the documented defaults for an empty environment', () => {
    expect(loadSettings({})).toEqual({
      port: 3000,
      host: '0.0.0.0',
      databaseUrl: null,
      sandbox: true,
      logLevel: 'info',
      smtpUrl: null,
      publicUrl: 'http://localhost:3000',
      portalDir: null,
      dataDir: null,
      bcryptCost: 12,
      loginAttemptsPerIpPerMinute: 60,
    });
  });

  it('reads every variable', () => {
    const settings = loadSettings({
      PORT: '8080',
      DATABASE_URL: 'postgres://app:secret@db:5432/portail',
      SANDBOX: 'false',
      LOG_LEVEL: 'warn',
      SMTP_URL: 'smtp://mailpit:1025',
      PUBLIC_URL: 'https://portail.exemple.fr/',
      UNRELATED: 'ignored',
    });
    expect(settings).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://app:secret@db:5432/portail',
      sandbox: false,
      logLevel: 'warn',
      smtpUrl: 'smtp://mailpit:1025',
      publicUrl: 'https://portail.exemple.fr',
    });
  });

  it.each([
    [{ PORT: 'abc' }, /PORT doit être un nombre entier/],
    [{ PORT: '70000' }, /PORT doit être un nombre entier/],
    [{ BCRYPT_COST: '4' }, /BCRYPT_COST doit être un nombre entier entre 12 et 15/],
    [{ SANDBOX: 'oui' }, /SANDBOX doit valoir true ou false/],
    [{ LOG_LEVEL: 'bavard' }, /LOG_LEVEL doit être l'un de/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL doit être une URL postgres/],
    [{ SMTP_URL: 'http://x' }, /SMTP_URL doit être une URL smtp/],
    [{ PUBLIC_URL: 'portail.exemple.fr' }, /PUBLIC_URL doit être l'adresse du portail/],
  ])('stops on %j with a message naming the variable', (environment, message) => {
    expect(() => loadSettings(environment)).toThrow(message);
  });

  it('never echoes a URL, which may carry a password', () => {
    expect(() => loadSettings({ DATABASE_URL: 'mysql://user:motdepasse@x' })).toThrow(/valeur masquée/);
    expect(() => loadSettings({ DATABASE_URL: 'mysql://user:motdepasse@x' })).not.toThrow(/motdepasse/);
  });

  it('names every wrong variable at once', () => {
    expect(() => loadSettings({ PORT: 'x', SANDBOX: 'y' })).toThrow(/PORT[\s\S]*SANDBOX/);
  });
});
