import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ATTACHMENT_STATUS_LABELS, type FirmAccount, type PortfolioClient } from '@portail/domain';
import { RequestState, describeApiError, formFieldDefaults, httpStatusOf } from '@portail/portal-forms';
import { AccountsApi } from '../accounts-api';
import { clientCount, fullNameOf } from '../accounts-links';
import { KeysetList } from '../keyset-list';
import { KeysetResults } from '../keyset-results/keyset-results';
import { ClientName, nameIdOf } from './client-name';
import { PAGE_SIZE, clientSearchOf } from '../search-typed';

/**
 * The clients assigned to a collaborator, 25 at a time, each with « Retirer »: the client vanishes
 * from the collaborator's next page (the API checks the sub-portfolio on every request).
 */
@Component({
  selector: 'pt-sub-portfolio',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatInput, MatButton, ClientName, KeysetResults],
  templateUrl: './sub-portfolio.html',
  styleUrls: ['../accounts-layout.scss', './account-sections.scss'],
  providers: [formFieldDefaults],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SubPortfolio {
  readonly account = input.required<FirmAccount>();
  readonly removed = output<PortfolioClient>();

  private readonly api = inject(AccountsApi);
  private readonly results = viewChild.required<ElementRef<HTMLElement>>('results');
  private readonly removal = new RequestState();
  private readonly clientSearch = clientSearchOf(this.account);

  protected readonly statusLabels = ATTACHMENT_STATUS_LABELS;
  protected readonly nameIdOf = nameIdOf;
  protected readonly name = computed(() => fullNameOf(this.account()));
  protected readonly search = this.clientSearch.field;
  protected readonly list = new KeysetList(this.clientSearch.query, ({ personId, search }, after) =>
    this.api.getSubPortfolio(personId, { search, after, limit: PAGE_SIZE }),
  );
  protected readonly removing = this.removal.pending;
  protected readonly failure = this.removal.failure;
  /** What changed, for screen readers (the table changes silently otherwise). */
  protected readonly announcement = signal('');
  protected readonly caption = computed(
    () => `Clients attribués à ${this.name()} (${clientCount(this.account().clients)})`,
  );

  /** After an assignment made beside it. */
  reload(): void {
    this.list.reload();
  }

  protected async remove(client: PortfolioClient): Promise<void> {
    if (this.removing()) {
      return;
    }
    const outcome = await this.removal.run(this.api.removeClient(this.account().personId, client.id));
    // 404: no longer in the sub-portfolio (removed from another tab): what was asked is done.
    if (!outcome.ok && httpStatusOf(outcome.error) !== 404) {
      this.failure.set(describeApiError(outcome.error));
      return;
    }
    this.list.remove((item) => item.id === client.id);
    this.announcement.set(`${client.name} a été retiré du sous-portefeuille de ${this.name()}.`);
    this.removed.emit(client);
    // Its row, where the focus was, is gone: the focus goes to the list.
    this.results().nativeElement.focus();
  }
}
