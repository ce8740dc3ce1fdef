import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import type { PersonaCard, PersonaKind } from '@portail/domain';
import { describeApiError } from '../../api-error';
import { ErrorNotice } from '../../error-notice/error-notice';
import { PersonaSwitch } from '../../persona-switch/persona-switch';
import { TrainerApi } from '../trainer-api';
import { PanelOutcome } from '../panel-outcome';

export const PERSONA_KIND_LABELS: Record<PersonaKind, string> = {
  formateur: 'Formateur',
  conseiller: 'Conseiller Urssaf',
  'expert-comptable': 'Expert-comptable',
  collaborateur: 'Collaborateur',
  'travailleur-independant': 'Travailleur indépendant',
  stagiaire: 'Stagiaire',
  client: 'Client',
};

/** Beyond this many cards, a filter by kind saves scrolling on a projector. */
const FILTER_FROM = 7;

type KindFilter = PersonaKind | 'tous';

/**
 * « Personnages »: who is who in the current scenario, with what each would type (identifiers,
 * password, a client's secret answers), and « Agir en tant que » to open their session.
 */
@Component({
  selector: 'pt-personas-panel',
  imports: [PanelOutcome, MatButton, MatButtonToggleGroup, MatButtonToggle, ErrorNotice],
  templateUrl: './personas-panel.html',
  styleUrl: './personas-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonasPanel {
  private readonly api = inject(TrainerApi);
  private readonly personaSwitch = inject(PersonaSwitch);

  protected readonly kindLabels = PERSONA_KIND_LABELS;
  protected readonly personas = rxResource({ stream: () => this.api.getPersonas() });
  protected readonly loadError = computed(() => {
    const error = this.personas.error();
    return error ? describeApiError(error) : null;
  });
  private readonly all = computed(() => (this.personas.hasValue() ? this.personas.value() : []));
  /** The kinds present, in the API's order. */
  protected readonly kinds = computed(() =>
    this.all().length >= FILTER_FROM ? [...new Set(this.all().map((persona) => persona.kind))] : [],
  );
  protected readonly kindFilter = signal<KindFilter>('tous');
  protected readonly shown = computed(() => {
    const kind = this.kindFilter();
    return kind === 'tous' ? this.all() : this.all().filter((persona) => persona.kind === kind);
  });
  protected readonly switching = this.personaSwitch.pending;
  protected readonly failure = signal<{ key: string; message: string } | null>(null);

  protected async actAs(persona: PersonaCard): Promise<void> {
    this.failure.set(null);
    try {
      await this.personaSwitch.actAs(persona.key);
    } catch (error) {
      this.failure.set({ key: persona.key, message: describeApiError(error) });
    }
  }
}
