import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { BackofficeAnswer, BackofficeThread, MessageSide } from '@portail/domain';
import { describeApiError } from '@portail/portal-forms';
import { BackofficeNav } from '@portail/portal-ui/backoffice';
import { Notice, PageHeading, SPACE_KIND_LABELS } from '@portail/portal-ui';
import { tap } from 'rxjs';
import { MessagingApi } from '../messaging-api';
import { BACKOFFICE_MESSAGING_URL } from '../messaging-links';
import { ReplyForm } from '../reply-form/reply-form';
import { ThreadHistory } from '../thread-history/thread-history';

/** What the Conseiller reads once the answer is sent: the space was told by e-mail, or could not be. */
export function answerOutcome(answer: BackofficeAnswer): string {
  return answer.noticeSentTo
    ? `Votre réponse a été envoyée. Un courriel d’avis a été envoyé à ${answer.noticeSentTo}, sans le contenu du message.`
    : 'Votre réponse a été envoyée. Aucun membre de l’espace ne peut recevoir le courriel d’avis : il la lira à sa prochaine visite de la Messagerie.';
}

/** A conversation seen from the Urssaf: the space's messages under its name, « Répondre » as the Urssaf. */
@Component({
  selector: 'pt-backoffice-thread-page',
  imports: [BackofficeNav, PageHeading, Notice, RouterLink, ThreadHistory, ReplyForm],
  templateUrl: './backoffice-thread-page.html',
  styleUrl: './backoffice-thread-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BackofficeThreadPage {
  /** From the route's `:threadId`. */
  readonly threadId = input.required<string>();

  private readonly api = inject(MessagingApi);

  protected readonly listUrl = BACKOFFICE_MESSAGING_URL;
  protected readonly kindLabels = SPACE_KIND_LABELS;
  protected readonly outcome = signal<string | null>(null);

  private readonly read = rxResource({
    params: () => this.threadId(),
    stream: ({ params: threadId }) => this.api.getBackofficeThread(threadId),
  });
  protected readonly thread = linkedSignal<BackofficeThread | null>(() => (this.read.hasValue() ? this.read.value() : null));
  protected readonly sideLabels = computed<Record<MessageSide, string>>(() => ({
    espace: this.thread()?.spaceName ?? 'L’espace',
    urssaf: 'Urssaf',
  }));
  protected readonly loadError = computed(() => {
    const error = this.read.error();
    return error ? describeApiError(error) : null;
  });

  protected readonly answer = (body: string) =>
    this.api.answer(this.threadId(), body).pipe(
      tap((answer) => {
        this.thread.set(answer.thread);
        this.outcome.set(answerOutcome(answer));
      }),
    );
}
