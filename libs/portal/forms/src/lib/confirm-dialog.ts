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

export interface Confirmation {
  title: string;
  paragraphs: string[];
  confirmLabel: string;
}

/** Asks before an action that cannot be undone (a reset, deleting a class, deactivating an account). */
@Component({
  selector: 'pt-confirm-dialog',
  imports: [MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose, MatButton],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      @for (paragraph of data.paragraphs; track $index) {
        <p>{{ paragraph }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button matButton="outlined" type="button" [mat-dialog-close]="false">Annuler</button>
      <button matButton="filled" type="button" [mat-dialog-close]="true">{{ data.confirmLabel }}</button>
    </mat-dialog-actions>
  `,
  styles: 'p { line-height: 1.6; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDialog {
  protected readonly data = inject<Confirmation>(MAT_DIALOG_DATA);
}

/** Resolves to true once the action is confirmed. */
export async function confirmAction(dialog: MatDialog, confirmation: Confirmation): Promise<boolean> {
  const dialogRef = dialog.open<ConfirmDialog, Confirmation, boolean>(ConfirmDialog, {
    data: confirmation,
    width: '34rem',
  });
  return (await firstValueFrom(dialogRef.afterClosed())) === true;
}
