import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { type BackofficeMediationSummary, MEDIATION_DOMAIN_LABELS, type MediationStatus } from '@portail/domain/complaints';
import { describeApiError } from '@portail/portal-forms';
import { BackofficeNav } from '@portail/portal-ui/backoffice';
import { Notice, PageHeading, formatDateTime } from '@portail/portal-ui';
import { ComplaintsApi } from '../complaints-api';
import { StatusChip } from '../status-chip/status-chip';

/** The médiateur's queue by step: what he has to move on first, then the mediations that are over. */
const GROUPS: readonly { id: string; title: string; statuses: readonly MediationStatus[] }[] = [
  { id: 'recues', title: 'Reçues : recevabilité à examiner', statuses: ['recue'] },
  { id: 'recevables', title: 'Recevables : analyse à engager', statuses: ['recevable'] },
  { id: 'analyse', title: 'En cours d’analyse : recommandation à transmettre', statuses: ['analyse'] },
  { id: 'terminees', title: 'Terminées', statuses: ['reorientee', 'recommandation', 'arretee'] },
];

/** « Médiations »: the requests to the médiateur du CPSTI, by status. */
@Component({
  selector: 'pt-backoffice-mediations-page',
  imports: [BackofficeNav, PageHeading, Notice, MatButton, RouterLink, StatusChip],
  templateUrl: './backoffice-mediations-page.html',
  styleUrl: '../_backoffice-layout.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BackofficeMediationsPage {
  private readonly api = inject(ComplaintsApi);

  protected readonly domainLabels = MEDIATION_DOMAIN_LABELS;
  protected readonly formatDateTime = formatDateTime;

  protected readonly mediations = rxResource({ stream: () => this.api.getMediationQueue() });
  protected readonly groups = computed(() => {
    const all: BackofficeMediationSummary[] = this.mediations.hasValue() ? this.mediations.value() : [];
    return GROUPS.map((group) => ({ ...group, mediations: all.filter((mediation) => group.statuses.includes(mediation.status)) }));
  });
  protected readonly loadError = computed(() => {
    const error = this.mediations.error();
    return error ? describeApiError(error) : null;
  });

  protected refresh(): void {
    this.mediations.reload();
  }
}
