import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Vite aliases for the `@portail/*` paths of tsconfig.base.json: one source of truth for imports. */
export function workspaceAliases(root: string): { find: RegExp; replacement: string }[] {
  const tsconfig = JSON.parse(readFileSync(resolve(root, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  return Object.entries(tsconfig.compilerOptions.paths).map(([name, [target]]) => ({
    // Exact match, so that '@portail/x' does not swallow '@portail/x/testing'.
    find: new RegExp(`^${name.replace(/[/.*+?^${}()|[\]\\-]/g, '\\$&')}$`),
    replacement: resolve(root, target),
  }));
}
