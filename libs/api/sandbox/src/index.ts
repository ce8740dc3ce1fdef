export { SandboxModule } from './lib/sandbox.module';
export { SandboxWelcome, TRAINER_ADDRESS } from './lib/sandbox-welcome';
export { SANDBOX_PERSONAS, type SandboxPersona } from './lib/sandbox-personas';
