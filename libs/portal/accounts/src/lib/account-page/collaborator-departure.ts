import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { FirmAccount } from '@portail/domain';
import { AccountsApi, auditCsvUrlOf } from '../accounts-api';
import { HISTORY_URL, clientCount, fullNameOf } from '../accounts-links';
import { AuditTable } from '../audit-table/audit-table';
import { KeysetList } from '../keyset-list';
import { KeysetResults } from '../keyset-results/keyset-results';

/** The collaborator's actions, 20 at a time: enough to see what they were working on. */
const ACTIONS_PAGE_SIZE = 20;

/**
 * « Départ d'un collaborateur »: before ending an access, the administrator sees the clients the
 * person had and what they did in the space, and can keep it as a CSV file.
 */
@Component({
  selector: 'pt-collaborator-departure',
  imports: [RouterLink, AuditTable, KeysetResults],
  template: `
    <p>
      @if (account().clients === 0) {
        Aucun client ne lui est attribué.
      } @else {
        {{ clientCount(account().clients) }} lui {{ account().clients > 1 ? 'sont attribués' : 'est attribué' }} : ce
        sont les clients listés ci-dessus dans « Sous-portefeuille ».
      }
      Les clients restent dans le portefeuille du cabinet quand son compte est désactivé ; seul son accès prend fin.
    </p>
    <h3>Ses actions</h3>
    <p class="links">
      <a [href]="csvUrl()" download>Exporter ses actions en CSV</a>
      <a [routerLink]="historyUrl" [queryParams]="{ personne: account().personId }">Voir dans l’Historique</a>
    </p>
    <pt-keyset-results
      [list]="actions"
      [emptyMessage]="name() + ' n’a encore rien fait dans votre espace.'"
      loadingMessage="Chargement de ses actions…"
    >
      <pt-audit-table [entries]="actions.items()" [caption]="'Actions de ' + name() + ', les plus récentes d’abord'" />
    </pt-keyset-results>
  `,
  styles: `
    :host {
      display: block;
    }
    h3 {
      margin: 1.5rem 0 0.5rem;
      font-size: 1.125rem;
    }
    .links {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CollaboratorDeparture {
  readonly account = input.required<FirmAccount>();

  private readonly api = inject(AccountsApi);
  private readonly personId = computed(() => this.account().personId);

  protected readonly historyUrl = HISTORY_URL;
  protected readonly clientCount = clientCount;
  protected readonly name = computed(() => fullNameOf(this.account()));
  protected readonly csvUrl = computed(() => auditCsvUrlOf({ person: this.personId() }));
  protected readonly actions = new KeysetList(this.personId, (person, after) =>
    this.api.getAudit({ person, after, limit: ACTIONS_PAGE_SIZE }),
  );
}
