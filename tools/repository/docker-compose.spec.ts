import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * No Docker engine runs the tests: this reads docker-compose.yml, the Dockerfile and
 * .dockerignore and checks that they agree with each other and with the application.
 */
const root = resolve(import.meta.dirname, '../..');

interface Service {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  environment?: Record<string, string | number | boolean | null> | string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[]; disable?: boolean };
  ports?: (string | number | { target?: number; published?: number | string })[];
  expose?: (string | number)[];
  volumes?: (string | { source?: string; target?: string })[];
}

interface Compose {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

interface Instruction {
  keyword: string;
  args: string;
}

interface Stage {
  from: string;
  name: string | null;
  instructions: Instruction[];
}

/** Environment as a map, whichever of the two compose syntaxes the file uses. */
function environmentOf(service: Service): Record<string, string> {
  const environment = service.environment ?? {};
  const entries = Array.isArray(environment)
    ? environment.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)])
    : Object.entries(environment).map(([key, value]) => [key, value === null ? '' : String(value)]);
  return Object.fromEntries(entries);
}

/** Dockerfile instructions by stage: comments dropped, `\` continuations joined. */
function parseDockerfile(text: string): Stage[] {
  const logicalLines = text
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\\\r?\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const stages: Stage[] = [];
  for (const line of logicalLines) {
    const [, keyword, args] = /^(\S+)\s*(.*)$/.exec(line) as RegExpExecArray;
    const instruction = { keyword: keyword.toUpperCase(), args: args.trim() };
    if (instruction.keyword === 'FROM') {
      const [, from, name] = /^(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?$/i.exec(instruction.args) as RegExpExecArray;
      stages.push({ from, name: name ?? null, instructions: [] });
    } else if (stages.length > 0) {
      stages[stages.length - 1].instructions.push(instruction);
    }
  }
  return stages;
}

/** The argument vector of CMD/ENTRYPOINT, exec form (JSON) or shell form. */
function argv(args: string): string[] {
  return args.startsWith('[') ? (JSON.parse(args) as string[]) : ['/bin/sh', '-c', args];
}

const runs = (stage: Stage) => stage.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args);

describe('docker-compose.yml and Dockerfile', () => {
  let compose: Compose;
  let services: Record<string, Service>;
  let stages: Stage[];

  let dockerfilePath: string;

  beforeAll(() => {
    compose = parse(readFileSync(resolve(root, 'docker-compose.yml'), 'utf8')) as Compose;
    services = compose.services ?? {};
    const build = services['app']?.build;
    const context = (typeof build === 'string' ? build : build?.context) ?? '.';
    dockerfilePath = resolve(root, context, (typeof build === 'object' ? build.dockerfile : undefined) ?? 'Dockerfile');
    stages = existsSync(dockerfilePath) ? parseDockerfile(readFileSync(dockerfilePath, 'utf8')) : [];
  });

  it('defines the db, app and mailpit services', () => {
    expect(Object.keys(services)).toEqual(expect.arrayContaining(['db', 'app', 'mailpit']));
  });

  it('runs PostgreSQL 17 with a pg_isready healthcheck and a named volume', () => {
    const db = services['db'];
    expect(db.image).toMatch(/^(docker\.io\/)?(library\/)?postgres:17([.\-@].*)?$/);
    expect(db.healthcheck?.disable).not.toBe(true);
    expect([db.healthcheck?.test ?? []].flat().join(' ')).toContain('pg_isready');
    const volumes = (db.volumes ?? []).map((volume) => (typeof volume === 'string' ? volume.split(':')[0] : volume.source));
    expect(volumes.some((volume) => volume !== undefined && volume in (compose.volumes ?? {}))).toBe(true);
  });

  it('builds app from the repository root with the Dockerfile that exists', () => {
    const build = services['app'].build;
    const context = typeof build === 'string' ? build : build?.context;
    const dockerfile = (typeof build === 'object' ? build.dockerfile : undefined) ?? 'Dockerfile';
    expect(context).toBeDefined();
    expect(resolve(root, context as string)).toBe(root);
    expect(dockerfilePath).toBe(resolve(root, context as string, dockerfile));
    expect(existsSync(dockerfilePath)).toBe(true);
    expect(stages.length, 'a multi-stage Dockerfile').toBeGreaterThanOrEqual(2);
  });

  it("points app's DATABASE_URL at the db service, its database, user and password", () => {
    const db = environmentOf(services['db']);
    const url = new URL(environmentOf(services['app'])['DATABASE_URL']);
    expect(url.protocol).toMatch(/^postgres(ql)?:$/);
    expect(url.hostname).toBe('db');
    expect(url.port === '' || url.port === '5432').toBe(true);
    expect(decodeURIComponent(url.pathname.slice(1))).toBe(db['POSTGRES_DB']);
    expect(decodeURIComponent(url.username)).toBe(db['POSTGRES_USER']);
    expect(decodeURIComponent(url.password)).toBe(db['POSTGRES_PASSWORD']);
    expect(db['POSTGRES_DB']).toBe('portail');
  });

  it("points app's SMTP_URL at the mailpit service's SMTP port", () => {
    const url = new URL(environmentOf(services['app'])['SMTP_URL']);
    expect(url.protocol).toBe('smtp:');
    expect(url.hostname).toBe('mailpit');
    expect(url.port).toBe('1025');
    expect(services['mailpit'].image).toMatch(/^(docker\.io\/)?axllent\/mailpit([:@].*)?$/);
  });

  it('starts app once db is healthy, and after mailpit', () => {
    const dependsOn = services['app'].depends_on;
    expect(dependsOn).toBeDefined();
    expect(Array.isArray(dependsOn)).toBe(false);
    const conditions = dependsOn as Record<string, { condition?: string }>;
    expect(conditions['db']?.condition).toBe('service_healthy');
    expect(Object.keys(conditions)).toContain('mailpit');
  });

  it('runs the sandbox and publishes port 3000, the port the image exposes', () => {
    expect(environmentOf(services['app'])['SANDBOX']).toBe('true');
    const ports = (services['app'].ports ?? []).map(String);
    expect(ports).toContain('3000:3000');
    const final = stages[stages.length - 1];
    expect(final.instructions.filter((i) => i.keyword === 'EXPOSE').map((i) => i.args)).toContain('3000');
  });

  it('builds with `npm install`, never `npm ci`, then the API and the portal', () => {
    const build = stages.find((stage) => runs(stage).some((run) => /\bnx\s+run-many\b.*-t\s+build\b/.test(run)));
    expect(build, 'a stage runs `nx run-many -t build`').toBeDefined();
    expect(build?.from).toMatch(/^node:20-bookworm-slim$/);
    expect(runs(build as Stage).some((run) => /\bnpm\s+(install|i)\b/.test(run))).toBe(true);
    const buildRun = runs(build as Stage).find((run) => /\bnx\s+run-many\b/.test(run)) as string;
    expect(buildRun).toMatch(/--projects[= ](api,portal|portal,api)\b/);
    for (const stage of stages) for (const run of runs(stage)) expect(run).not.toMatch(/\bnpm\s+ci\b/);
  });

  it('runs dist/apps/api/main.js as a non-root user, with production dependencies only and a healthcheck', () => {
    const final = stages[stages.length - 1];
    expect(final.from).toMatch(/^node:20-bookworm-slim$/);
    const [cmd] = final.instructions.filter((i) => i.keyword === 'CMD').slice(-1);
    expect(cmd, 'the final stage has a CMD').toBeDefined();
    expect(argv(cmd.args)).toEqual(['node', 'dist/apps/api/main.js']);
    expect(final.instructions.some((i) => i.keyword === 'COPY' && /--from=\S+\s+\S*dist\b/.test(i.args))).toBe(true);
    expect(runs(final).some((run) => /\bnpm\s+install\b.*--omit=dev\b/.test(run))).toBe(true);
    const [user] = final.instructions.filter((i) => i.keyword === 'USER').slice(-1);
    expect(user?.args).toBeDefined();
    expect(user.args).not.toMatch(/^(root|0)(:|$)/);
    const env = final.instructions.filter((i) => i.keyword === 'ENV').map((i) => i.args).join(' ');
    expect(env).toMatch(/\bNODE_ENV=production\b/);
    expect(env).toMatch(/\bPORT=3000\b/);
    const [healthcheck] = final.instructions.filter((i) => i.keyword === 'HEALTHCHECK');
    expect(healthcheck?.args).toMatch(/\/api\/health/);
  });

  it('keeps node_modules, dist and local state out of the build context', () => {
    const ignored = readFileSync(resolve(root, '.dockerignore'), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'));
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist', '.data', '.nx', '.angular', 'tmp', 'coverage']));
  });
});
