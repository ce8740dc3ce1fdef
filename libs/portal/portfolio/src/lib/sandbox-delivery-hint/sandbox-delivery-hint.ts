import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { SandboxHint } from '@portail/portal-ui';

/**
 * Training only: adding a client e-mails them and posts them a letter with the security code.
 * Neither is sent for real; the trainer finds them in the simulated mailbox and letters.
 */
@Component({
  selector: 'pt-sandbox-delivery-hint',
  imports: [RouterLink, SandboxHint],
  template: `
    <pt-sandbox-hint>
      Aucun courriel ni courrier n'est réellement envoyé : le courriel au cotisant arrive dans la
      <a routerLink="/bac-a-sable/courriels">Boîte de réception simulée</a>, le courrier contenant le code de sécurité
      dans le <a routerLink="/bac-a-sable/courrier">Courrier simulé</a>.
    </pt-sandbox-hint>
  `,
  styles: ':host { display: block; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SandboxDeliveryHint {}
