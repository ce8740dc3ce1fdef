export { SandboxModule } from './lib/sandbox.module';
export { SandboxWelcome, TRAINER_ADDRESS } from './lib/sandbox-welcome';
export { SANDBOX_PERSONAS, type SandboxPersona } from './lib/sandbox-personas';
export { SandboxReset } from './lib/reset/sandbox-reset';
export {
  allRanges,
  CLIENTS_PER_TRAINEE,
  MAX_TRAINEES,
  SANDBOX_RANGES,
  traineeClientIndices,
} from './lib/scenarios/sandbox-ranges';
