import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';

/** « Désactiver le compte » asks first: the person's sessions end at once, there is no undo. */
@Component({
  selector: 'pt-deactivate-account-dialog',
  imports: [MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose, MatButton],
  template: `
    <h2 mat-dialog-title>Désactiver le compte de {{ name }} ?</h2>
    <mat-dialog-content>
      <p>
        {{ name }} ne pourra plus accéder à votre espace. S’il est connecté, ses sessions prennent fin immédiatement.
      </p>
      <p>Les clients de votre portefeuille ne sont pas modifiés.</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button matButton="outlined" type="button" [mat-dialog-close]="false">Annuler</button>
      <button matButton="filled" type="button" [mat-dialog-close]="true">Désactiver le compte</button>
    </mat-dialog-actions>
  `,
  styles: 'p { line-height: 1.6; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeactivateAccountDialog {
  protected readonly name = inject<string>(MAT_DIALOG_DATA);
}

/** Resolves to true once « Désactiver le compte » is confirmed for the person named. */
export async function confirmDeactivation(dialog: MatDialog, name: string): Promise<boolean> {
  const dialogRef = dialog.open<DeactivateAccountDialog, string, boolean>(DeactivateAccountDialog, {
    data: name,
    width: '34rem',
  });
  return (await firstValueFrom(dialogRef.afterClosed())) === true;
}
