import { createProjectGraphAsync } from '@nx/devkit';
import { ESLint } from 'eslint';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** Files under apps/ and libs/ whose name matches, as paths relative to the root. */
function filesNamed(pattern: RegExp): string[] {
  const walk = (directory: string): string[] =>
    readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(path);
      return pattern.test(entry.name) ? [relative(root, path)] : [];
    });
  return ['apps', 'libs'].flatMap((top) => walk(join(root, top)));
}

const projectFiles = filesNamed(/^project\.json$/);

describe('module boundaries', () => {
  // The boundary rule reads Nx's cached project graph and silently skips itself without one: in
  // `npm test` lint has written it, but this file must also hold when run alone, on a fresh clone.
  beforeAll(() => createProjectGraphAsync({ exitOnError: false }), 120_000);

  it('every project is tagged with one scope and one type', () => {
    expect(projectFiles.length).toBeGreaterThanOrEqual(10);
    for (const file of projectFiles) {
      const tags: string[] = JSON.parse(readFileSync(join(root, file), 'utf8')).tags ?? [];
      expect(tags.filter((tag) => /^scope:(api|portal|shared)$/.test(tag)), file).toHaveLength(1);
      expect(tags.filter((tag) => /^type:(app|e2e|feature|ui|util)$/.test(tag)), file).toHaveLength(1);
    }
  });

  it('TypeScript is strict everywhere', () => {
    const base = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'));
    expect(base.compilerOptions.strict).toBe(true);
    for (const file of filesNamed(/^tsconfig.*\.json$/)) {
      expect(readFileSync(join(root, file), 'utf8'), file).not.toMatch(/"strict"\s*:\s*false/);
    }
  });

  it.each([
    ['libs/api/core/src/index.ts', "import { SiteHeader } from '@portail/portal-ui';\nexport const probe = SiteHeader;\n"],
    ['libs/portal/ui/src/boundary-probe.ts', "import { Clock } from '@portail/api-core';\nexport const probe = Clock;\n"],
    ['libs/domain/src/boundary-probe.ts', "import { Outbox } from '@portail/api-outbox';\nexport const probe = Outbox;\n"],
  ])('lint refuses, in %s, an import across scopes', async (file, source) => {
    const eslint = new ESLint({ cwd: join(root, dirname(dirname(file))) });
    const [result] = await eslint.lintText(source, { filePath: join(root, file) });
    expect(result.messages.map((message) => message.ruleId)).toContain('@nx/enforce-module-boundaries');
  });
});
