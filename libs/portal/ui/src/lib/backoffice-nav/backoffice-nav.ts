import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';

/** Where the app mounts the back-office (apps/portal/src/app/app.routes.ts). */
const BACKOFFICE_URL = '/conseiller';

/** The pages of the Conseiller's back-office (its own library and #7's), at the top of each of them. */
@Component({
  selector: 'pt-backoffice-nav',
  imports: [RouterLink, RouterLinkActive],
  template: `
    <nav class="backoffice-nav" aria-label="Espace conseiller">
      <ul>
        @for (page of pages; track page.url) {
          <li>
            <a
              [routerLink]="page.url"
              routerLinkActive="backoffice-nav__link--active"
              ariaCurrentWhenActive="page"
              [routerLinkActiveOptions]="{ exact: page.url === '/conseiller' }"
            >
              {{ page.label }}
            </a>
          </li>
        }
      </ul>
    </nav>
  `,
  styles: `
    :host {
      display: block;
      margin-bottom: 1.5rem;
    }
    ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.5rem;
      margin: 0;
      padding: 0;
      border-bottom: 1px solid #dddddd;
      list-style: none;
    }
    a {
      display: inline-block;
      padding: 0.5rem 0;
      border-bottom: 3px solid transparent;
      text-decoration: none;
    }
    a:hover {
      text-decoration: underline;
    }
    .backoffice-nav__link--active {
      border-bottom-color: var(--pt-blue);
      color: var(--pt-ink);
      font-weight: 700;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BackofficeNav {
  protected readonly pages = [
    { url: BACKOFFICE_URL, label: 'Espaces en attente de paramétrage' },
    { url: `${BACKOFFICE_URL}/demandes`, label: 'Demandes de délai et de recalcul' },
    { url: `${BACKOFFICE_URL}/messagerie`, label: 'Messagerie' },
    { url: `${BACKOFFICE_URL}/reclamations`, label: 'Réclamations' },
    { url: `${BACKOFFICE_URL}/mediations`, label: 'Médiations' },
  ] as const;
}
