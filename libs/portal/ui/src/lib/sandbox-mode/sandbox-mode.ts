import { Injectable, signal } from '@angular/core';

/**
 * Whether this portal runs with its training sandbox. The API answers 404 to every
 * /api/sandbox endpoint with SANDBOX=false; the sandbox library reads its clock and reports here,
 * so that presentational pieces (the hints) can hide without depending on that library.
 */
@Injectable({ providedIn: 'root' })
export class SandboxMode {
  private readonly state = signal<boolean | null>(null);

  /** null until the API answered once; true also when it could not be reached (not known off). */
  readonly enabled = this.state.asReadonly();

  report(enabled: boolean): void {
    this.state.set(enabled);
  }
}
