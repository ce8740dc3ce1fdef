import { Directive, effect, inject, input, untracked } from '@angular/core';
import { GuideStore } from './guide-store';
import type { GuideMarker } from './procedures';

/**
 * Who sets each marker: the steps that happen inside a page (a pop-in, a state of the page, the
 * e-mail opened in the simulated mailbox) and that its URL alone cannot tell. None in the identity
 * library: this library depends on it, and the signup's URLs are enough.
 */
export const GUIDE_MARKER_SOURCES: Readonly<Record<GuideMarker, string>> = {
  'signup.validation-email': 'MessagePage (sandbox), the « Validez votre adresse courriel » e-mail: guideMarkerOfMessage',
  'signup.password-email': 'MessagePage (sandbox), the « Votre mot de passe provisoire » e-mail: guideMarkerOfMessage',
  'portfolio.attachment-email': 'MessagePage (sandbox), the e-mail « … demande le rattachement de votre compte »',
  'portfolio.security-code-letter': 'MessagePage (sandbox), the letter with the security code',
  'portfolio.attached-email': 'MessagePage (sandbox), the e-mail « Votre compte est rattaché à … »',
  'portfolio.delete-client': 'DeleteClientDialog (portfolio), while it is open',
  'accounts.activation-sent': 'AddAccountPage (accounts), once the account is created (the « sent » state)',
  'accounts.activation-email': 'MessagePage (sandbox), the activation e-mail',
  'accounts.transfer-email': 'MessagePage (sandbox), the e-mails of a portfolio transfer',
};

/**
 * `<ng-container [ptGuideStep]="'portfolio.delete-client'" />`: the marker holds while the element
 * is there (a pop-in's template, an `@if` branch of a page). For code, `GuideStore.mark`.
 */
@Directive({ selector: '[ptGuideStep]' })
export class GuideStep {
  readonly ptGuideStep = input.required<GuideMarker | null>();

  constructor() {
    const store = inject(GuideStore);
    effect((onCleanup) => {
      const marker = this.ptGuideStep();
      if (marker) {
        // Untracked: `mark` reads and writes the store's signals; tracked, each write would
        // re-run this effect, whose cleanup unmarks, which writes… a loop that froze the page.
        onCleanup(untracked(() => store.mark(marker)));
      }
    });
  }
}
