import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { complaintRecipient } from '@portail/domain/complaints';
import { describeApiError } from '@portail/portal-forms';
import { Notice, PageHeading, formatDateTime } from '@portail/portal-ui';
import { ComplaintsApi } from '../complaints-api';
import { MEDIATION_URL, NEW_COMPLAINT_URL } from '../complaints-texts';
import { StatusChip } from '../status-chip/status-chip';

/** « Mes réclamations »: the space's réclamations, newest first, each with its status. */
@Component({
  selector: 'pt-complaints-page',
  imports: [PageHeading, Notice, MatButton, RouterLink, StatusChip],
  templateUrl: './complaints-page.html',
  styleUrl: './complaints-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ComplaintsPage {
  private readonly api = inject(ComplaintsApi);

  protected readonly newComplaintUrl = NEW_COMPLAINT_URL;
  protected readonly mediationUrl = MEDIATION_URL;
  protected readonly recipientOf = complaintRecipient;
  protected readonly formatDateTime = formatDateTime;

  protected readonly complaints = rxResource({ stream: () => this.api.getComplaints() });
  protected readonly failure = computed(() => {
    const error = this.complaints.error();
    return error ? describeApiError(error) : null;
  });
}
