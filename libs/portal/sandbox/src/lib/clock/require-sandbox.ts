import { inject } from '@angular/core';
import type { CanMatchFn } from '@angular/router';
import { SandboxClock } from './sandbox-clock';

/**
 * The /bac-a-sable pages exist only with the sandbox on. `canMatch`, not `canActivate`: when it
 * refuses, the router goes on to the app's `**` route, and the address shows « Page introuvable »
 * as any unknown address does.
 */
export const requireSandbox: CanMatchFn = () => inject(SandboxClock).whenKnown();
