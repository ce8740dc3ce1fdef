import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

/**
 * Training only: adding a client e-mails them and posts them a letter with the security code.
 * Neither is sent for real; the trainer finds them in the simulated mailbox and letters. Same
 * look as the identity pages' SandboxMailboxHint, which only speaks of e-mails.
 */
@Component({
  selector: 'pt-sandbox-delivery-hint',
  imports: [RouterLink],
  template: `
    <p class="sandbox-hint">
      <span class="sandbox-hint__badge">Bac à sable</span>
      Aucun courriel ni courrier n'est réellement envoyé : le courriel au cotisant arrive dans la
      <a routerLink="/bac-a-sable/courriels">Boîte de réception simulée</a>, le courrier contenant le code de sécurité
      dans le <a routerLink="/bac-a-sable/courrier">Courrier simulé</a>.
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
export class SandboxDeliveryHint {}
