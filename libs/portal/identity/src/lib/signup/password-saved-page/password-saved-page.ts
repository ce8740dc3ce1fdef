import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { Notice, PageHeading } from '@portail/portal-ui';
import { SandboxMailboxHint } from '../../sandbox-mailbox-hint/sandbox-mailbox-hint';
import { SIGNUP_CAPTION, SIGNUP_STEPS } from '../signup-steps';
import { injectHistoryState } from '@portail/portal-forms';

/** Step 10: the provisional password is saved; an e-mail says to change it at the first login. */
@Component({
  selector: 'pt-password-saved-page',
  imports: [PageHeading, Notice, MatButton, RouterLink, SandboxMailboxHint],
  template: `
    <div class="page">
      <div class="page__body">
        <pt-page-heading [caption]="caption" [step]="step" heading="Mot de passe enregistré" />
        <pt-notice kind="success" role="status">
          <p>
            Votre mot de passe provisoire a été enregistré. Un courriel vous a été envoyé : vous devrez le changer dès
            la première connexion.
          </p>
        </pt-notice>
        <p>
          Connectez-vous avec votre adresse courriel ou votre SIRET et ce mot de passe. Une fois votre mot de passe
          personnalisé enregistré, contactez votre Urssaf pour que votre conseiller finalise le paramétrage de votre
          compte.
        </p>
        <div class="actions">
          <a matButton="filled" routerLink="/connexion">Se connecter</a>
        </div>
        <pt-sandbox-mailbox-hint [recipient]="email" />
      </div>
    </div>
  `,
  styleUrl: '../../identity-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordSavedPage {
  protected readonly caption = SIGNUP_CAPTION;
  protected readonly step = SIGNUP_STEPS.passwordSaved.step;
  protected readonly email = injectHistoryState('email');
}
