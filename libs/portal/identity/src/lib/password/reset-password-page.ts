import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { LinkRefusal } from '@portail/domain';
import { Notice, PageHeading } from '@portail/portal-ui';
import { IdentityApi } from '../identity-api';
import { SessionStore } from '../session/session-store';
import { NewPasswordFields, createNewPasswordForm } from './new-password';
import { describeApiError, fieldErrorsOf, httpStatusOf, linkRefusalOf, showServerError, RequestState } from '@portail/portal-forms';

/** The link of the « mot de passe oublié » e-mail: a new password, with the live criteria. */
@Component({
  selector: 'pt-reset-password-page',
  imports: [ReactiveFormsModule, PageHeading, Notice, MatButton, RouterLink, NewPasswordFields],
  template: `
    <div class="page">
      <div class="page__body">
        <pt-page-heading heading="Choisir un nouveau mot de passe" />
        @if (done()) {
          <pt-notice kind="success" role="status">
            <p>Votre mot de passe a été modifié. Vous pouvez maintenant vous connecter.</p>
          </pt-notice>
          <div class="actions">
            <a matButton="filled" routerLink="/connexion">Se connecter</a>
          </div>
        } @else if (refusal(); as refusal) {
          <pt-notice kind="error" role="alert" heading="Votre mot de passe n'a pas pu être modifié">
            <p>{{ refusal.message }}</p>
          </pt-notice>
          <div class="actions">
            <a matButton="filled" routerLink="/mot-de-passe-oublie">Faire une nouvelle demande</a>
            <a matButton="outlined" routerLink="/connexion">Se connecter</a>
          </div>
        } @else {
          <p class="lead">
            Le mot de passe doit comporter exactement 8 caractères avec au moins 1 chiffre et 1 lettre, sans caractères
            spéciaux.
          </p>
          <div role="alert">
            @if (failure(); as failure) {
              <pt-notice kind="error"
                ><p>{{ failure }}</p></pt-notice
              >
            }
          </div>
          <form class="form" novalidate [formGroup]="newPassword.group" (ngSubmit)="save()">
            <pt-new-password-fields [group]="newPassword.group" [password]="newPassword.password()" />
            <div class="actions">
              <button
                class="actions__next"
                matButton="filled"
                type="submit"
                [disabled]="!newPassword.ready() || pending()"
              >
                Enregistrer
              </button>
            </div>
          </form>
        }
      </div>
    </div>
  `,
  styleUrl: '../identity-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResetPasswordPage {
  /** From the link's query parameter. */
  readonly token = input<string | undefined>();

  private readonly api = inject(IdentityApi);
  private readonly store = inject(SessionStore);

  protected readonly newPassword = createNewPasswordForm();
  private readonly request = new RequestState();
  protected readonly pending = this.request.pending;
  protected readonly done = signal(false);
  protected readonly refusal = signal<LinkRefusal | null>(null);
  protected readonly failure = this.request.failure;

  protected async save(): Promise<void> {
    const token = this.token();
    if (!this.newPassword.ready() || this.pending()) {
      return;
    }
    if (!token) {
      this.refusal.set({
        statusCode: 410,
        message: "Ce lien de réinitialisation n'est pas valide. Faites une nouvelle demande.",
        reason: 'unknown',
      });
      return;
    }
    const outcome = await this.request.run(
      this.api.resetPassword({ token, newPassword: this.newPassword.group.controls.password.value }),
    );
    if (!outcome.ok) {
      this.refused(outcome.error);
      return;
    }
    this.done.set(true);
    // Every session of the person ended: this browser's one too, if it was theirs.
    if (this.store.session()) {
      void this.store.refresh();
    }
  }

  private refused(error: unknown): void {
    const refusal = linkRefusalOf(error);
    if (refusal) {
      this.refusal.set(refusal);
      return;
    }
    const message =
      httpStatusOf(error) === 400
        ? (fieldErrorsOf(error)['newPassword'] ?? describeApiError(error))
        : describeApiError(error);
    if (httpStatusOf(error) === 400) {
      showServerError(this.newPassword.group.controls.password, message);
    }
    this.failure.set(message);
  }
}
