import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { SandboxHint } from '@portail/portal-ui';

/** Training only: the e-mail is not sent for real, it waits in the simulated mailbox. */
@Component({
  selector: 'pt-sandbox-mailbox-hint',
  imports: [RouterLink, SandboxHint],
  template: `
    <pt-sandbox-hint>
      Aucun courriel n'est réellement envoyé : il arrive dans la
      <a routerLink="/bac-a-sable/courriels" [queryParams]="queryParams()">boîte de réception simulée</a
      >{{ recipient() ? ' de ' + recipient() : '' }}.
    </pt-sandbox-hint>
  `,
  styles: ':host { display: block; }',
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
