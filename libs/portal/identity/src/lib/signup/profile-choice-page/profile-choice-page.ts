import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Router } from '@angular/router';
import { PageHeading } from '@portail/portal-ui';
import { SIGNUP_CAPTION, SIGNUP_STEPS } from '../signup-steps';
import { SignupStore } from '../signup-store';

interface OtherProfile {
  title: string;
  description: string;
}

/** Step 2: « Sélectionnez le profil « Tiers mandaté » qui vous est proposé. » */
@Component({
  selector: 'pt-profile-choice-page',
  imports: [PageHeading, MatButton],
  templateUrl: './profile-choice-page.html',
  styleUrls: ['../../identity-page.scss', './profile-choice-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfileChoicePage {
  private readonly store = inject(SignupStore);
  private readonly router = inject(Router);

  protected readonly caption = SIGNUP_CAPTION;
  protected readonly step = SIGNUP_STEPS.profile.step;
  protected readonly selected = computed(() => this.store.draft().profile === 'tiers-mandate');
  protected readonly missingChoice = signal(false);
  /** Real profiles of the portal, shown so the choice looks as it does there, but not built. */
  protected readonly otherProfiles: readonly OtherProfile[] = [
    {
      title: 'Travailleur indépendant',
      description: 'Vous déclarez et payez vos propres cotisations sociales.',
    },
    {
      title: 'Employeur',
      description: 'Vous déclarez les salaires et payez les cotisations de vos salariés.',
    },
    {
      title: 'Praticien et auxiliaire médical',
      description: 'Vous exercez une profession de santé conventionnée.',
    },
  ];

  protected selectTiers(): void {
    this.store.update({ profile: 'tiers-mandate' });
    this.missingChoice.set(false);
  }

  protected async next(): Promise<void> {
    if (!this.selected()) {
      this.missingChoice.set(true);
      return;
    }
    await this.router.navigateByUrl(SIGNUP_STEPS.notice.url);
  }
}
