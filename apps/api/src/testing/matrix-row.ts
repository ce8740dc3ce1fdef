import type { TestApp } from './create-test-app';
import type { World } from './authorization-world';

/** One line of the authorization matrix (apps/api/src/authorization-matrix.spec.ts): a status per caller, in the order of ROLES. */
export type Statuses = [number, number, number, number, number, number, number, number, number, number, number, number];

export interface Row {
  call: (world: World) => { path: string; body?: unknown; query?: Record<string, string> };
  /** In the order of ROLES. */
  expected: Statuses;
  /** Prepares the world (e.g. a schedule of instalments) before the call. */
  prepare?: (test: TestApp, world: World) => Promise<Partial<World> & Record<string, unknown>>;
}

export const same = (status: number): Statuses => [status, status, status, status, status, status, status, status, status, status, status, status];
/** The Formateur's console: 401 anonymous, the same 404 as an unknown address for every other caller; `formateur` for him. */
export const trainerOnly = (formateur: number): Statuses => [401, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, formateur];
