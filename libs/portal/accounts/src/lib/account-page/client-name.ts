import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { PortfolioClient } from '@portail/domain';

/** « DUPONT Marie », the trade name, and the SIREN — or the n° TI of a « gérant sans Siret ». */
@Component({
  selector: 'pt-client-name',
  template: `
    <span class="name" [id]="nameId()">{{ client().name }}</span>
    @if (client().tradeName; as tradeName) {
      <span class="detail"><span class="visually-hidden">, </span>{{ tradeName }}</span>
    }
    <span class="detail"><span class="visually-hidden">, </span>{{ identifier() }}</span>
  `,
  styles: `
    :host {
      display: block;
    }
    .name {
      display: block;
      font-weight: 700;
    }
    .detail {
      display: block;
      color: var(--pt-ink-muted);
      font-size: 0.875rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientName {
  readonly client = input.required<Pick<PortfolioClient, 'id' | 'name' | 'tradeName' | 'siren' | 'tiNumber'>>();

  /** Describes the row's button (« Retirer ») for a screen reader. */
  readonly nameId = computed(() => nameIdOf(this.client()));
  protected readonly identifier = computed(() => {
    const { siren, tiNumber } = this.client();
    return siren ? `SIREN ${siren.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3')}` : `N° TI ${tiNumber}`;
  });
}

export function nameIdOf(client: Pick<PortfolioClient, 'id'>): string {
  return `client-${client.id}`;
}
