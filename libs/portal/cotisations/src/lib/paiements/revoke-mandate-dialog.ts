import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialogActions, MatDialogClose, MatDialogContent, MatDialogTitle } from '@angular/material/dialog';

/** « Révoquer le mandat », confirmed: closes with `true` to revoke; whoever opened it sends the DELETE. */
@Component({
  selector: 'pt-revoke-mandate-dialog',
  imports: [MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose, MatButton],
  template: `
    <h2 mat-dialog-title>Révoquer le mandat de prélèvement ?</h2>
    <mat-dialog-content>
      <p>
        Les échéances non payées ne seront plus prélevées automatiquement : il faudra les régler par carte bancaire ou
        par télépaiement avant leur date d’échéance.
      </p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button matButton="outlined" type="button" [mat-dialog-close]="false">Annuler</button>
      <button matButton="filled" type="button" [mat-dialog-close]="true">Révoquer le mandat</button>
    </mat-dialog-actions>
  `,
  styles: `
    p {
      line-height: 1.6;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RevokeMandateDialog {}
