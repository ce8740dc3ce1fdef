export { sandboxRoutes } from './lib/sandbox.routes';
export { SandboxClock } from './lib/clock/sandbox-clock';
