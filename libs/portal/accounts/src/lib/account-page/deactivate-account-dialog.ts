import type { MatDialog } from '@angular/material/dialog';
import { confirmAction } from '@portail/portal-forms';

/**
 * « Désactiver le compte » asks first: the person's sessions end at once, there is no undo.
 * Resolves to true once confirmed for the person named.
 */
export function confirmDeactivation(dialog: MatDialog, name: string): Promise<boolean> {
  return confirmAction(dialog, {
    title: `Désactiver le compte de ${name} ?`,
    paragraphs: [
      `${name} ne pourra plus accéder à votre espace. S’il est connecté, ses sessions prennent fin immédiatement.`,
      'Les clients de votre portefeuille ne sont pas modifiés.',
    ],
    confirmLabel: 'Désactiver le compte',
  });
}
