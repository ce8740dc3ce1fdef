import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import type { PortfolioClient } from '@portail/domain';
import { GuideStep } from '@portail/portal-sandbox';
import { Notice } from '@portail/portal-ui';
import { firstValueFrom } from 'rxjs';
import { PortfolioApi } from '../portfolio-api';
import { clientIdentifierOf } from '../portfolio-client';
import { READD_PROCEDURE } from '../portfolio-wording';
import { RequestState, describeApiError, httpStatusOf } from '@portail/portal-forms';

type DeletedClient = Pick<PortfolioClient, 'id' | 'name' | 'siren' | 'tiNumber' | 'status'>;

/**
 * « Supprimer le client », confirmed in a pop-in that sends the DELETE itself: the pages only
 * learn whether the client is gone (`true`) once it closes.
 */
@Component({
  selector: 'pt-delete-client-dialog',
  imports: [MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose, MatButton, Notice, GuideStep],
  template: `
    <!-- Guided mode: deleting the client is the first step of « code perdu ». -->
    <ng-container [ptGuideStep]="'portfolio.delete-client'" />
    <h2 mat-dialog-title>Supprimer ce client ?</h2>
    <mat-dialog-content>
      <p>
        <strong>{{ client.name }}</strong> ({{ identifier }}) sera retiré de votre portefeuille. Le code de sécurité qui
        lui a été envoyé par courrier ne fonctionnera plus.
      </p>
      @if (client.status === 'rattache') {
        <p>Vous n'aurez plus accès au module « Mes cotisations » de ce client.</p>
      }
      <p>{{ readdProcedure }}</p>
      <div role="alert">
        @if (failure(); as failure) {
          <pt-notice kind="error"
            ><p>{{ failure }}</p></pt-notice
          >
        }
      </div>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button matButton="outlined" type="button" [mat-dialog-close]="false">Annuler</button>
      <button matButton="filled" type="button" [disabled]="pending()" (click)="confirm()">Supprimer le client</button>
    </mat-dialog-actions>
  `,
  styles: `
    p {
      line-height: 1.6;
    }
    pt-notice {
      margin-top: 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeleteClientDialog {
  private readonly api = inject(PortfolioApi);
  private readonly dialogRef = inject<MatDialogRef<DeleteClientDialog, boolean>>(MatDialogRef);
  private readonly request = new RequestState();

  protected readonly client = inject<DeletedClient>(MAT_DIALOG_DATA);
  protected readonly identifier = clientIdentifierOf(this.client);
  protected readonly readdProcedure = READD_PROCEDURE;
  protected readonly pending = this.request.pending;
  protected readonly failure = this.request.failure;

  protected async confirm(): Promise<void> {
    if (this.pending()) {
      return;
    }
    const outcome = await this.request.run(this.api.deleteClient(this.client.id));
    // 404: already out of the portfolio (a colleague deleted it): what was asked is done.
    if (outcome.ok || httpStatusOf(outcome.error) === 404) {
      this.dialogRef.close(true);
    } else {
      this.failure.set(describeApiError(outcome.error));
    }
  }
}

/** Opens the confirmation; resolves to true once the client is deleted. */
export async function confirmClientDeletion(dialog: MatDialog, client: DeletedClient): Promise<boolean> {
  const dialogRef = dialog.open<DeleteClientDialog, DeletedClient, boolean>(DeleteClientDialog, {
    data: client,
    width: '34rem',
  });
  return (await firstValueFrom(dialogRef.afterClosed())) === true;
}
