import type { ResetProgress, ScenarioKey } from '@portail/domain';
import type TestAgent from 'supertest/lib/agent';
import { expect } from 'vitest';

/** POST /api/sandbox/resets as the Formateur, then polls until it is no longer « en cours »; every step seen. */
export async function resetTo(trainer: TestAgent, scenario: ScenarioKey): Promise<{ final: ResetProgress; steps: number[] }> {
  const started = await trainer.post('/api/sandbox/resets').send({ scenario }).expect(202);
  return waitForReset(trainer, (started.body as ResetProgress).id);
}

export async function waitForReset(trainer: TestAgent, id: string): Promise<{ final: ResetProgress; steps: number[] }> {
  const steps: number[] = [];
  const deadline = Date.now() + 60_000;
  for (;;) {
    const progress = (await trainer.get(`/api/sandbox/resets/${id}`).expect(200)).body as ResetProgress;
    steps.push(progress.step);
    if (progress.status !== 'en-cours') return { final: progress, steps };
    if (Date.now() > deadline) throw new Error(`reset ${id} still running after 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Resets and expects it to succeed. */
export async function resetOk(trainer: TestAgent, scenario: ScenarioKey): Promise<ResetProgress> {
  const { final } = await resetTo(trainer, scenario);
  expect(final.error).toBeNull();
  expect(final.status).toBe('terminee');
  return final;
}
