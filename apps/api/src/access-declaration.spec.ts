import { Controller, Get } from '@nestjs/common';
import { AnySession } from '@portail/api-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/create-test-app';
import { loggedInAccountant } from './testing/portfolio-fixtures';

/** A route someone forgot to declare. */
@Controller('probe/undeclared')
class UndeclaredProbeController {
  @Get()
  read(): { open: true } {
    return { open: true };
  }
}

@AnySession()
@Controller('probe/declared')
class DeclaredProbeController {
  @Get()
  read(): { open: true } {
    return { open: true };
  }
}

describe('routes that declare no access policy', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp({}, undefined, [UndeclaredProbeController, DeclaredProbeController]);
  });
  afterAll(() => test.close());

  it('are refused even to a logged-in administrator (fail closed), while a declared one opens', async () => {
    const { client } = await loggedInAccountant(test);
    const refused = await client.get('/api/probe/undeclared').expect(403);
    expect(refused.body.message).toContain('ne déclare pas qui peut l’utiliser');
    await client.get('/api/probe/declared').expect(200);
    await test.api.get('/api/probe/undeclared').expect(401);
  });
});
