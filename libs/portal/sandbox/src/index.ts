export { sandboxRoutes } from './lib/sandbox.routes';
export { SandboxClock } from './lib/clock/sandbox-clock';
export { PersonaSwitch } from './lib/persona-switch/persona-switch';
export { GuidePanel } from './lib/guide/guide-panel';
export { GuideToggle } from './lib/guide/guide-toggle';
export { GuideStore } from './lib/guide/guide-store';
export { GuideStep } from './lib/guide/guide-step';
export type { GuideMarker, GuideProcedureId } from './lib/guide/procedures';
