import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { MESSAGE_BODY_MAX_LENGTH, MESSAGE_SUBJECT_MAX_LENGTH, MESSAGE_SUBJECT_MIN_LENGTH } from '@portail/domain';
import {
  RequestState,
  describeApiError,
  errorMessageOf,
  fieldErrorsOf,
  formFieldDefaults,
  injectFocusFirstInvalid,
  requiredValue,
  showServerError,
  trimmedLength,
} from '@portail/portal-forms';
import { Notice, PageHeading } from '@portail/portal-ui';
import { MessagingApi } from '../messaging-api';
import { MESSAGING_URL, threadUrlOf } from '../messaging-links';
import { BODY_HINT, BODY_REQUIRED } from '../reply-form/reply-form';

/** What the conversation's page says once it opens after « Envoyer ». */
export const SENT_STATE_KEY = 'messageSent';
export const THREAD_STARTED = 'Votre message a été envoyé à votre Urssaf. Sa réponse arrivera dans cette conversation.';

type Field = 'subject' | 'body';

/** « Nouveau message »: an object and a message to the Urssaf; then the conversation opens. */
@Component({
  selector: 'pt-new-thread-page',
  imports: [
    ReactiveFormsModule,
    PageHeading,
    Notice,
    MatFormField,
    MatLabel,
    MatInput,
    MatHint,
    MatError,
    MatButton,
    RouterLink,
  ],
  templateUrl: './new-thread-page.html',
  styleUrl: './new-thread-page.scss',
  providers: [formFieldDefaults],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewThreadPage {
  private readonly api = inject(MessagingApi);
  private readonly router = inject(Router);
  private readonly focusFirstInvalid = injectFocusFirstInvalid();
  private readonly request = new RequestState();

  protected readonly messagingUrl = MESSAGING_URL;
  protected readonly subjectMaxLength = MESSAGE_SUBJECT_MAX_LENGTH;
  protected readonly bodyMaxLength = MESSAGE_BODY_MAX_LENGTH;
  protected readonly bodyHint = BODY_HINT;
  protected readonly form = new FormGroup({
    subject: new FormControl('', {
      nonNullable: true,
      validators: [
        requiredValue('Indiquez l’objet de votre message.'),
        trimmedLength(MESSAGE_SUBJECT_MIN_LENGTH, MESSAGE_SUBJECT_MAX_LENGTH, {
          tooShort: `L’objet doit comporter au moins ${MESSAGE_SUBJECT_MIN_LENGTH} caractères.`,
          tooLong: `L’objet ne doit pas dépasser ${MESSAGE_SUBJECT_MAX_LENGTH} caractères.`,
        }),
      ],
    }),
    body: new FormControl('', { nonNullable: true, validators: requiredValue(BODY_REQUIRED) }),
  });
  protected readonly pending = this.request.pending;
  protected readonly failure = this.request.failure;

  protected message(field: Field): string | null {
    return errorMessageOf(this.form.controls[field]);
  }

  protected async send(): Promise<void> {
    if (this.pending()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    const { subject, body } = this.form.getRawValue();
    const outcome = await this.request.run(this.api.startThread({ subject: subject.trim(), body: body.trim() }));
    if (outcome.ok) {
      await this.router.navigateByUrl(threadUrlOf(outcome.value.id), { state: { [SENT_STATE_KEY]: THREAD_STARTED } });
      return;
    }
    const fields = fieldErrorsOf(outcome.error);
    const shown = (['subject', 'body'] as const).filter((field) => fields[field]);
    for (const field of shown) {
      showServerError(this.form.controls[field], fields[field]);
    }
    if (shown.length > 0) {
      this.focusFirstInvalid();
    } else {
      this.failure.set(describeApiError(outcome.error));
    }
  }
}
