export { SandboxModule } from './lib/sandbox.module';
export { TRAINER_ADDRESS } from './lib/sandbox-welcome';
