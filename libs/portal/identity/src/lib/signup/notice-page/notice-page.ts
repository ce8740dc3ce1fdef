import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TIERS_DECLARANT_NOTICE } from '@portail/domain';
import { Notice, PageHeading } from '@portail/portal-ui';
import { SIGNUP_CAPTION, SIGNUP_STEPS } from '../signup-steps';

/** Step 3: « Le message d'information suivant s'affiche ». */
@Component({
  selector: 'pt-notice-page',
  imports: [PageHeading, Notice, MatButton, RouterLink],
  template: `
    <div class="page">
      <div class="page__body">
        <pt-page-heading [caption]="caption" [step]="step" heading="Message d'information" />
        <pt-notice kind="info" heading="Tiers déclarant">
          <p>{{ notice }}</p>
        </pt-notice>
        <p>
          Vous allez maintenant être dirigé vers la page de demande d'adhésion aux services en ligne, où vous
          renseignerez le SIRET de votre cabinet.
        </p>
        <div class="actions">
          <a matButton="outlined" [routerLink]="steps.profile.url">Précédent</a>
          <a class="actions__next" matButton="filled" [routerLink]="steps.siret.url">Continuer</a>
        </div>
      </div>
    </div>
  `,
  styleUrl: '../../identity-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoticePage {
  protected readonly caption = SIGNUP_CAPTION;
  protected readonly step = SIGNUP_STEPS.notice.step;
  protected readonly steps = SIGNUP_STEPS;
  protected readonly notice = TIERS_DECLARANT_NOTICE;
}
