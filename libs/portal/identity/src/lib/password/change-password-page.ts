import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { Router, RouterLink } from '@angular/router';
import type { SessionState } from '@portail/domain';
import { Notice, PageHeading } from '@portail/portal-ui';
import { homeUrlOf } from '../session/landing';
import { SessionStore } from '../session/session-store';
import { NewPasswordFields, createNewPasswordForm } from './new-password';
import { PasswordChangedDialog } from './password-changed-dialog';
import { PasswordField } from './password-field';
import { describeApiError, fieldErrorsOf, httpStatusOf, requiredValue, showServerError } from '@portail/portal-forms';

/**
 * « Modifier mon mot de passe »: at the first login with the provisional password (steps 10–11),
 * or from « Mon profil ». Its success opens the confirmation pop-in; « Fermer » leads home.
 */
@Component({
  selector: 'pt-change-password-page',
  imports: [ReactiveFormsModule, PageHeading, Notice, MatButton, RouterLink, PasswordField, NewPasswordFields],
  templateUrl: './change-password-page.html',
  styleUrl: '../identity-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangePasswordPage {
  private readonly store = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);

  protected readonly provisional = computed(() => this.store.session()?.mustChangePassword ?? false);
  protected readonly newPassword = createNewPasswordForm();
  protected readonly currentPassword = new FormControl('', {
    nonNullable: true,
    validators: requiredValue('Le mot de passe actuel est obligatoire.'),
  });
  protected readonly form = new FormGroup({
    currentPassword: this.currentPassword,
    newPassword: this.newPassword.group,
  });
  private readonly currentValue = toSignal(this.currentPassword.valueChanges, { initialValue: '' });
  protected readonly pending = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly canSubmit = computed(
    () => this.currentValue() !== '' && this.newPassword.ready() && !this.pending(),
  );

  protected async save(): Promise<void> {
    if (!this.canSubmit()) {
      return;
    }
    this.pending.set(true);
    this.failure.set(null);
    try {
      const session = await this.store.changePassword({
        currentPassword: this.currentPassword.value,
        newPassword: this.newPassword.group.controls.password.value,
      });
      this.confirm(session);
    } catch (error) {
      this.refused(error);
    } finally {
      this.pending.set(false);
    }
  }

  private confirm(session: SessionState): void {
    const dialogRef = this.dialog.open(PasswordChangedDialog, {
      restoreFocus: false,
      width: '28rem',
    });
    dialogRef.afterClosed().subscribe(() => void this.router.navigateByUrl(homeUrlOf(session)));
  }

  private refused(error: unknown): void {
    if (httpStatusOf(error) !== 400) {
      this.failure.set(describeApiError(error));
      return;
    }
    const fields = fieldErrorsOf(error);
    if (fields['currentPassword']) {
      showServerError(this.currentPassword, fields['currentPassword']);
    }
    if (fields['newPassword']) {
      showServerError(this.newPassword.group.controls.password, fields['newPassword']);
    }
    this.failure.set(fields['currentPassword'] ?? fields['newPassword'] ?? describeApiError(error));
  }
}
