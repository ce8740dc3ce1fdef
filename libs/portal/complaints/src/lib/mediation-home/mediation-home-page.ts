import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { MEDIATION_DOMAIN_LABELS, MEDIATION_DOMAINS } from '@portail/domain/complaints';
import { describeApiError } from '@portail/portal-forms';
import { Notice, PageHeading, formatDateTime } from '@portail/portal-ui';
import { ComplaintsApi } from '../complaints-api';
import {
  COMPLAINTS_URL,
  FILE_MEDIATION_URL,
  MEDIATION_ADMISSIBLE,
  MEDIATION_CHARTER,
  MEDIATION_CONDITIONS,
  MEDIATION_CONDITIONS_INTRO,
  MEDIATION_DOMAINS_INTRO,
  MEDIATION_INTRO,
  MEDIATION_STEPS,
  MEDIATION_SUSPENDED_DEADLINE,
} from '../complaints-texts';
import { StatusChip } from '../status-chip/status-chip';

/**
 * « Je saisis le médiateur »: the FAQ's answers (when, in which domains, the steps), the space's
 * requests and their status, and « Saisir le médiateur ».
 */
@Component({
  selector: 'pt-mediation-home-page',
  imports: [PageHeading, Notice, MatButton, RouterLink, StatusChip],
  templateUrl: './mediation-home-page.html',
  styleUrl: './mediation-home-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MediationHomePage {
  private readonly api = inject(ComplaintsApi);

  protected readonly texts = {
    intro: MEDIATION_INTRO,
    conditionsIntro: MEDIATION_CONDITIONS_INTRO,
    conditions: MEDIATION_CONDITIONS,
    admissible: MEDIATION_ADMISSIBLE,
    suspendedDeadline: MEDIATION_SUSPENDED_DEADLINE,
    domainsIntro: MEDIATION_DOMAINS_INTRO,
    steps: MEDIATION_STEPS,
    charter: MEDIATION_CHARTER,
  };
  protected readonly domains = MEDIATION_DOMAINS.map((domain) => MEDIATION_DOMAIN_LABELS[domain]);
  protected readonly domainLabels = MEDIATION_DOMAIN_LABELS;
  protected readonly fileMediationUrl = FILE_MEDIATION_URL;
  protected readonly complaintsUrl = COMPLAINTS_URL;
  protected readonly formatDateTime = formatDateTime;

  protected readonly mediations = rxResource({ stream: () => this.api.getMediations() });
  protected readonly failure = computed(() => {
    const error = this.mediations.error();
    return error ? describeApiError(error) : null;
  });
}
