import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';

/** Training only: the e-mail is not sent for real, it waits in the simulated mailbox. */
@Component({
  selector: 'pt-sandbox-mailbox-hint',
  imports: [RouterLink],
  template: `
    <p class="sandbox-hint">
      <span class="sandbox-hint__badge">Bac à sable</span>
      Aucun courriel n'est réellement envoyé : il arrive dans la
      <a routerLink="/bac-a-sable/courriels" [queryParams]="queryParams()">boîte de réception simulée</a
      >{{ recipient() ? ' de ' + recipient() : '' }}.
    </p>
  `,
  styles: `
    :host {
      display: block;
      margin-top: 2rem;
    }
    .sandbox-hint {
      margin: 0;
      padding: 1rem 1.25rem;
      border: 1px dashed #929292;
      font-size: 0.9375rem;
      line-height: 1.6;
    }
    .sandbox-hint__badge {
      margin-right: 0.5rem;
      padding: 0 0.375rem;
      border-radius: 3px;
      background: #ffe552;
      color: #1e1e1e;
      font-size: 0.75rem;
      font-weight: 700;
      text-transform: uppercase;
      letter-spacing: 0.04em;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SandboxMailboxHint {
  /** Opens the mailbox on this recipient. */
  readonly recipient = input<string | null>(null);

  protected readonly queryParams = computed(() => {
    const recipient = this.recipient();
    return recipient ? { destinataire: recipient } : {};
  });
}
