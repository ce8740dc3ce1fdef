import swc from 'unplugin-swc';
import { configDefaults, defineConfig } from 'vitest/config';
import { workspaceAliases } from './tools/vitest/workspace-aliases.mts';

const root = import.meta.dirname;
const alias = workspaceAliases(root);

/**
 * Every Node-side test in one run: the domain rules, the API on a real PostgreSQL (one embedded
 * server for the whole run, a database cloned from a migrated template per test file), and the
 * repository checks. The portal's component tests run with Angular's own runner (`nx test portal`).
 * The `built` project checks the production build and runs after it (`npm run test:built`).
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
          exclude: [...configDefaults.exclude, 'apps/api/src/built-app/**'],
          environment: 'node',
          globalSetup: ['libs/api/database/src/testing/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        // The production build run as users run it (needs `npm run build`): plain HTTP, no Nest code
        // imported, on a database cloned from the same kind of migrated template as the API tests.
        test: {
          name: 'built',
          root,
          include: ['apps/api/src/built-app/**/*.spec.ts'],
          environment: 'node',
          globalSetup: ['libs/api/database/src/testing/global-setup.ts'],
          testTimeout: 60_000,
          // The built API migrates, seeds the sandbox and hashes its personas at bcrypt cost 12.
          hookTimeout: 180_000,
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
