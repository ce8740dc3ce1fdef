import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { OutboundMessageDetail, OutboundMessageKind } from '@portail/domain';
import { describeApiError } from '../api-error';
import { ErrorNotice } from '../error-notice/error-notice';
import { MAILBOX_WORDING, RECIPIENT_QUERY_PARAM } from '../mailbox-wording';
import { PersonaSwitch } from '../persona-switch/persona-switch';
import { SandboxApi } from '../sandbox-api';
import { GuideStep } from '../guide/guide-step';
import { guideMarkerOfMessage } from '../guide/message-marker';
import { EmailView } from './email-view';
import { LetterView } from './letter-view';
import { TrainerActions } from './trainer-actions';

/** `bac-a-sable/courriels/:id` and `bac-a-sable/courrier/:id`. */
@Component({
  selector: 'pt-message-page',
  imports: [RouterLink, ErrorNotice, EmailView, LetterView, TrainerActions, GuideStep],
  templateUrl: './message-page.html',
  styleUrl: './message-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MessagePage {
  /** From the route's data. */
  readonly kind = input.required<OutboundMessageKind>();
  /** From the route's `:id`. */
  readonly id = input.required<string>();

  private readonly api = inject(SandboxApi);

  protected readonly wording = computed(() => MAILBOX_WORDING[this.kind()]);
  protected readonly isTrainer = inject(PersonaSwitch).isTrainer;
  protected readonly message = rxResource({
    params: () => this.id(),
    stream: ({ params: id }) => this.api.getMessage(id),
  });
  /** As read, then as the trainer's actions leave it. */
  protected readonly shown = linkedSignal<OutboundMessageDetail | null>(() =>
    this.message.hasValue() ? this.message.value() : null,
  );
  /** Tells the guided mode which step an opened e-mail or letter is (validation e-mail, security code…). */
  protected readonly guideMarker = computed(() => {
    const message = this.shown();
    return message ? guideMarkerOfMessage(message) : null;
  });
  protected readonly loadError = computed(() => {
    const error = this.message.error();
    return error ? describeApiError(error) : null;
  });
  /** Back to the list, on this message's recipient. */
  protected readonly backQueryParams = computed(() => {
    const message = this.shown();
    return message ? { [RECIPIENT_QUERY_PARAM]: message.recipient } : {};
  });

  /** The API's new state of the message, or null to read it again. */
  protected messageChanged(message: OutboundMessageDetail | null): void {
    if (message) {
      this.shown.set(message);
    } else {
      this.message.reload();
    }
  }
}
