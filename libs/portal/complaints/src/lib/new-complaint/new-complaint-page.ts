import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { Router, RouterLink } from '@angular/router';
import {
  COMPLAINT_BODY_MAX,
  COMPLAINT_SUBJECT_MAX,
  COMPLAINT_SUBJECT_MIN,
  COMPLAINT_TOPIC_LABELS,
  COMPLAINT_TOPICS,
  type ComplaintTopic,
  complaintRecipient,
} from '@portail/domain/complaints';
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
  trimmedLength,
} from '@portail/portal-forms';
import { Notice, PageHeading } from '@portail/portal-ui';
import { ComplaintsApi } from '../complaints-api';
import { COMPLAINTS_URL, COMPLAINT_COMMITMENT, COMPLAINT_WHO_TO_CONTACT } from '../complaints-texts';

type Field = 'topic' | 'subject' | 'body';

/**
 * « Je dépose une réclamation »: the FAQ's sentences, the question's topic (which tells the body it
 * goes to), its subject and text. Once sent, the receipt page shows the « accusé de réception ».
 */
@Component({
  selector: 'pt-new-complaint-page',
  imports: [
    ReactiveFormsModule,
    PageHeading,
    Notice,
    FieldsetError,
    MatRadioGroup,
    MatRadioButton,
    MatFormField,
    MatLabel,
    MatInput,
    MatHint,
    MatError,
    MatButton,
    RouterLink,
  ],
  templateUrl: './new-complaint-page.html',
  styleUrl: '../_complaints-layout.scss',
  providers: [formFieldDefaults],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewComplaintPage {
  private readonly api = inject(ComplaintsApi);
  private readonly router = inject(Router);
  private readonly focusFirstInvalid = injectFocusFirstInvalid();
  private readonly request = new RequestState();

  protected readonly whoToContact = COMPLAINT_WHO_TO_CONTACT;
  protected readonly commitment = COMPLAINT_COMMITMENT;
  protected readonly complaintsUrl = COMPLAINTS_URL;
  protected readonly topics = COMPLAINT_TOPICS.map((topic) => ({ value: topic, label: COMPLAINT_TOPIC_LABELS[topic] }));
  protected readonly subjectMax = COMPLAINT_SUBJECT_MAX;
  protected readonly bodyMax = COMPLAINT_BODY_MAX;

  protected readonly form = new FormGroup({
    topic: new FormControl<ComplaintTopic | null>(null, {
      validators: requiredValue('Indiquez ce que concerne votre question.'),
    }),
    subject: new FormControl('', {
      nonNullable: true,
      validators: [
        requiredValue('L’objet est obligatoire.'),
        trimmedLength(COMPLAINT_SUBJECT_MIN, COMPLAINT_SUBJECT_MAX, {
          tooShort: `L’objet comporte au moins ${COMPLAINT_SUBJECT_MIN} caractères.`,
          tooLong: `L’objet comporte au plus ${COMPLAINT_SUBJECT_MAX} caractères.`,
        }),
      ],
    }),
    body: new FormControl('', {
      nonNullable: true,
      validators: [
        requiredValue('Votre question est obligatoire.'),
        trimmedLength(1, COMPLAINT_BODY_MAX, {
          tooShort: 'Votre question comporte au moins 1 caractère.',
          tooLong: `Votre question comporte au plus ${COMPLAINT_BODY_MAX} caractères.`,
        }),
      ],
    }),
  });
  private readonly topic = toSignal(this.form.controls.topic.valueChanges, { initialValue: null });
  /** « Votre réclamation sera transmise à votre Urssaf. » once a topic is chosen. */
  protected readonly recipient = computed(() => {
    const topic = this.topic();
    return topic ? complaintRecipient(topic) : null;
  });
  private readonly body = toSignal(this.form.controls.body.valueChanges, { initialValue: '' });
  protected readonly bodyLength = computed(() => this.body().length);

  protected readonly submitted = signal(false);
  protected readonly pending = this.request.pending;
  protected readonly failure = this.request.failure;

  protected message(field: Field): string | null {
    return errorMessageOf(this.form.controls[field]);
  }

  protected topicInError(): boolean {
    const topic = this.form.controls.topic;
    return topic.invalid && (topic.touched || this.submitted());
  }

  protected async send(): Promise<void> {
    this.submitted.set(true);
    const { topic, subject, body } = this.form.getRawValue();
    if (this.form.invalid || topic === null) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    if (this.pending()) return;
    const outcome = await this.request.run(
      this.api.fileComplaint({ topic, subject: subject.trim(), body: body.trim() }),
    );
    if (outcome.ok) {
      await this.router.navigate([COMPLAINTS_URL, outcome.value.id], { state: { filed: 'yes' } });
      return;
    }
    const fields = fieldErrorsOf(outcome.error);
    const known = (['topic', 'subject', 'body'] as const).filter((field) => fields[field]);
    if (httpStatusOf(outcome.error) === 400 && known.length > 0) {
      for (const field of known) showServerError(this.form.controls[field], fields[field]);
      this.focusFirstInvalid();
    } else {
      this.failure.set(describeApiError(outcome.error));
    }
  }
}
