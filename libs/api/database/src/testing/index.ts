// Test-only helpers; imported by specs as '@portail/api-database/testing'.
export { createTestDatabase, type TestDatabase } from './test-database';
