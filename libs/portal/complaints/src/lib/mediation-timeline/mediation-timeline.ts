import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { isFinalMediationStatus, type MediationStatus, type MediationStep } from '@portail/domain/complaints';
import { formatDateTime } from '@portail/portal-ui';

/** How the timeline names a step reached, and the médiateur's text of it. */
const REACHED: Record<MediationStatus, { title: string; textLabel: string | null }> = {
  recue: { title: 'Demande reçue', textLabel: null },
  recevable: { title: 'Demande recevable à la médiation', textLabel: 'Message du médiateur' },
  reorientee: { title: 'Demande réorientée vers un autre interlocuteur', textLabel: 'Interlocuteur' },
  analyse: { title: 'Analyse : demandes d’informations aux parties', textLabel: 'Questions aux parties' },
  recommandation: { title: 'Recommandation du médiateur', textLabel: 'Recommandation' },
  arretee: { title: 'Médiation arrêtée par le demandeur', textLabel: null },
};

/** The steps still ahead, by the current one (the FAQ's order). */
const AHEAD: Partial<Record<MediationStatus, string[]>> = {
  recue: ['Recevable ou réorientée', 'Analyse', 'Recommandation'],
  recevable: ['Analyse', 'Recommandation'],
  analyse: ['Recommandation'],
};

interface TimelineItem {
  title: string;
  at: string | null;
  textLabel: string | null;
  text: string | null;
}

/** A mediation's steps, reached (dated, with the médiateur's texts) then to come. */
@Component({
  selector: 'pt-mediation-timeline',
  template: `
    <ol class="timeline">
      @for (item of items(); track $index) {
        <li [class]="item.at ? 'timeline__step timeline__step--done' : 'timeline__step'">
          <p class="timeline__title">
            <strong>{{ item.title }}</strong>
            @if (item.at; as at) {
              — <time [attr.datetime]="at">{{ formatDateTime(at) }}</time>
            } @else {
              <span class="timeline__ahead">(à venir)</span>
            }
          </p>
          @if (item.text; as text) {
            <div class="timeline__text">
              <p class="timeline__text-label">{{ item.textLabel }}</p>
              <p class="timeline__text-body">{{ text }}</p>
            </div>
          }
        </li>
      }
    </ol>
  `,
  styles: `
    .timeline {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .timeline__step {
      position: relative;
      padding: 0 0 1.25rem 1.75rem;
      border-left: 2px solid #dddddd;
      color: var(--pt-ink-muted);
    }
    .timeline__step::before {
      position: absolute;
      top: 0.35rem;
      left: -0.5rem;
      width: 0.875rem;
      height: 0.875rem;
      border: 2px solid #929292;
      border-radius: 50%;
      background: #ffffff;
      content: '';
    }
    .timeline__step--done {
      border-left-color: var(--pt-blue);
      color: var(--pt-ink);
    }
    .timeline__step--done::before {
      border-color: var(--pt-blue);
      background: var(--pt-blue);
    }
    .timeline__title {
      margin: 0;
    }
    .timeline__ahead {
      font-style: italic;
    }
    .timeline__text {
      margin-top: 0.5rem;
      padding: 0.75rem 1rem;
      border-left: 4px solid var(--pt-blue);
      background: var(--pt-blue-tint);
    }
    .timeline__text p {
      margin: 0;
    }
    .timeline__text-label {
      font-weight: 700;
    }
    .timeline__text-body {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MediationTimeline {
  readonly steps = input.required<MediationStep[]>();
  readonly status = input.required<MediationStatus>();

  protected readonly formatDateTime = formatDateTime;
  protected readonly items = computed<TimelineItem[]>(() => {
    const reached = this.steps().map((step) => ({ ...REACHED[step.status], at: step.at, text: step.text }));
    const status = this.status();
    const ahead = isFinalMediationStatus(status) ? [] : (AHEAD[status] ?? []);
    return [...reached, ...ahead.map((title) => ({ title, at: null, textLabel: null, text: null }))];
  });
}
