import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';
import { workspaceAliases } from './tools/vitest/workspace-aliases.mts';

const root = import.meta.dirname;
const alias = workspaceAliases(root);

/**
 * Every Node-side test in one run: the domain rules, the API on a real PostgreSQL (one embedded
 * server for the whole run, a database cloned from a migrated template per test file), and the
 * repository checks. The portal's component tests run with Angular's own runner (`nx test portal`).
 */
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'domain', root, include: ['libs/domain/src/**/*.spec.ts'], environment: 'node' },
      },
      {
        resolve: { alias },
        // NestJS and TypeORM read decorator metadata, which esbuild does not emit: SWC does.
        plugins: [swc.vite({ module: { type: 'es6' } })],
        test: {
          name: 'api',
          root,
          include: ['apps/api/src/**/*.spec.ts', 'libs/api/**/src/**/*.spec.ts'],
          environment: 'node',
          globalSetup: ['libs/api/database/src/testing/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'repository',
          root,
          include: ['tools/**/*.spec.ts'],
          environment: 'node',
          // The first ESLint run loads the whole flat config (typescript-eslint, Nx's project
          // graph): over 5 s on a busy 2-core CI machine while the API files run beside it.
          testTimeout: 60_000,
        },
      },
    ],
  },
});
