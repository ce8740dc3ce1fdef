import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/create-test-app';

/**
 * The schema only changes through migrations: after they have run, TypeORM must find nothing to
 * change for the entities the application loads. A new entity or column without its migration fails here.
 */
describe('entities and migrations', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp();
  });
  afterAll(() => test.close());

  it('do not drift apart', async () => {
    expect(test.dataSource.entityMetadatas.length).toBeGreaterThan(0);
    const pending = await test.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });
});
