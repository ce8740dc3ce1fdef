import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { Router, RouterLink } from '@angular/router';
import { COMPLAINT_STATUS_LABELS, type Complaint, MEDIATION_BODY_MAX, MEDIATION_DOMAIN_LABELS, MEDIATION_DOMAINS, MEDIATION_WAITING_MS, type MediationDomain, formatSeizableFrom } from '@portail/domain/complaints';
import {
  FieldsetError,
  RequestState,
  describeApiError,
  errorMessageOf,
  fieldErrorsOf,
  formFieldDefaults,
  httpStatusOf,
  injectFocusFirstInvalid,
  requiredValue,
  showServerError,
} from '@portail/portal-forms';
import { Notice, PageHeading, formatDateTime } from '@portail/portal-ui';
import { ComplaintsApi } from '../complaints-api';
import { CONTROL_QUESTION, LITIGATION_QUESTION, MEDIATION_URL, NEW_COMPLAINT_URL } from '../complaints-texts';

type Field = 'complaintId' | 'domain' | 'litigation' | 'control' | 'body';

/** « REC-2027-000042 — Échéance de mars — reçue le 2 mars 2027 à 10:15 — Répondue ». */
export function complaintOptionLabel(complaint: Complaint): string {
  return `${complaint.reference} — ${complaint.subject} — reçue le ${formatDateTime(complaint.receivedAt)} — ${COMPLAINT_STATUS_LABELS[complaint.status]}`;
}

/**
 * « Saisir le médiateur »: the réclamation the request relies on, its domain, the answers the
 * admissibility needs, and the exposé. The API decides (a refusal comes back as a French sentence,
 * shown in an alert with the form kept as filled); a request received opens its own page.
 */
@Component({
  selector: 'pt-file-mediation-page',
  imports: [
    ReactiveFormsModule,
    PageHeading,
    Notice,
    FieldsetError,
    MatFormField,
    MatLabel,
    MatInput,
    MatHint,
    MatError,
    MatRadioGroup,
    MatRadioButton,
    MatCheckbox,
    MatButton,
    RouterLink,
  ],
  templateUrl: './file-mediation-page.html',
  styleUrl: '../_complaints-layout.scss',
  providers: [formFieldDefaults],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FileMediationPage {
  /** `?reclamation=…`: « Saisir le médiateur » from an answered réclamation preselects it. */
  readonly reclamation = input<string>();

  private readonly api = inject(ComplaintsApi);
  private readonly router = inject(Router);
  private readonly focusFirstInvalid = injectFocusFirstInvalid();
  private readonly request = new RequestState();
  private readonly complaintSelect = viewChild<ElementRef<HTMLSelectElement>>('complaintSelect');

  protected readonly domains = MEDIATION_DOMAINS.map((domain) => ({ value: domain, label: MEDIATION_DOMAIN_LABELS[domain] }));
  /** The FAQ's two other conditions, answered « Oui » / « Non ». */
  protected readonly yesNoQuestions = [
    { field: 'litigation', id: 'contentieux', text: LITIGATION_QUESTION },
    { field: 'control', id: 'controle', text: CONTROL_QUESTION },
  ] as const;
  protected readonly bodyMax = MEDIATION_BODY_MAX;
  protected readonly mediationUrl = MEDIATION_URL;
  protected readonly newComplaintUrl = NEW_COMPLAINT_URL;
  protected readonly optionLabel = complaintOptionLabel;

  protected readonly complaints = rxResource({ stream: () => this.api.getComplaints() });
  protected readonly loadFailure = computed(() => {
    const error = this.complaints.error();
    return error ? describeApiError(error) : null;
  });

  protected readonly form = new FormGroup({
    complaintId: new FormControl('', { nonNullable: true, validators: requiredValue('Choisissez la réclamation sur laquelle porte votre demande.') }),
    domain: new FormControl<MediationDomain | null>(null, { validators: requiredValue('Choisissez le domaine de votre demande.') }),
    answerUnsatisfactory: new FormControl(false, { nonNullable: true }),
    litigation: new FormControl<boolean | null>(null, { validators: requiredValue('Répondez par oui ou non.') }),
    control: new FormControl<boolean | null>(null, { validators: requiredValue('Répondez par oui ou non.') }),
    body: new FormControl('', { nonNullable: true, validators: requiredValue('L’exposé de votre demande est obligatoire.') }),
  });
  private readonly complaintId = toSignal(this.form.controls.complaintId.valueChanges, { initialValue: '' });
  protected readonly chosen = computed(() => {
    const id = this.complaintId();
    return this.complaints.hasValue() ? (this.complaints.value().find((complaint) => complaint.id === id) ?? null) : null;
  });
  /** Without an answer, the 30 days of the FAQ: from when the médiateur can be seized. */
  protected readonly seizableFrom = computed(() => {
    const complaint = this.chosen();
    if (!complaint || complaint.answer) return null;
    return formatSeizableFrom(new Date(new Date(complaint.receivedAt).getTime() + MEDIATION_WAITING_MS));
  });
  private readonly body = toSignal(this.form.controls.body.valueChanges, { initialValue: '' });
  protected readonly bodyLength = computed(() => this.body().length);

  protected readonly submitted = signal(false);
  protected readonly pending = this.request.pending;
  protected readonly failure = this.request.failure;

  constructor() {
    effect(() => {
      const wanted = this.reclamation();
      if (wanted && this.complaints.hasValue() && this.complaints.value().some((complaint) => complaint.id === wanted)) {
        untracked(() => this.form.controls.complaintId.setValue(wanted));
      }
    });
  }

  protected message(field: Field): string | null {
    return errorMessageOf(this.form.controls[field]);
  }

  protected inError(field: 'domain' | 'litigation' | 'control'): boolean {
    const control = this.form.controls[field];
    return control.invalid && (control.touched || this.submitted());
  }

  protected async send(): Promise<void> {
    this.submitted.set(true);
    const { complaintId, domain, answerUnsatisfactory, litigation, control, body } = this.form.getRawValue();
    if (this.form.invalid || domain === null || litigation === null || control === null) {
      this.form.markAllAsTouched();
      this.focusFirstRefused();
      return;
    }
    if (this.pending()) return;
    const outcome = await this.request.run(
      this.api.fileMediation({
        complaintId,
        domain,
        // Only an answered réclamation's answer can be contested.
        answerUnsatisfactory: this.chosen()?.answer ? answerUnsatisfactory : false,
        litigation,
        control,
        body: body.trim(),
      }),
    );
    if (outcome.ok) {
      await this.router.navigate([MEDIATION_URL, outcome.value.id], { state: { filed: 'yes' } });
      return;
    }
    const fields = fieldErrorsOf(outcome.error);
    const known = (['complaintId', 'domain', 'litigation', 'control', 'body'] as const).filter((field) => fields[field]);
    if (httpStatusOf(outcome.error) === 400 && known.length > 0) {
      for (const field of known) showServerError(this.form.controls[field], fields[field]);
      this.focusFirstRefused();
    } else {
      // 422 (not admissible), 404, 409: the API's sentence, the form kept as filled.
      this.failure.set(describeApiError(outcome.error));
    }
  }

  /** The shared helper finds inputs, textareas and radio groups; the réclamation is a select. */
  private focusFirstRefused(): void {
    if (this.form.controls.complaintId.invalid) {
      this.complaintSelect()?.nativeElement.focus();
    } else {
      this.focusFirstInvalid();
    }
  }
}
