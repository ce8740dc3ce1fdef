import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';

/** Stands in for a procedure that is not built yet (« Se connecter », « Créer votre espace »). */
@Component({
  selector: 'pt-coming-soon-page',
  imports: [RouterLink],
  templateUrl: './coming-soon-page.html',
  styleUrl: '../simple-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ComingSoonPage {
  /** The procedure's name, from the route's data. */
  readonly heading = input('Démarche à venir');
}
