import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { HelpLine } from '@portail/domain';

/** One line of an answer: its text, with the links to the portal's screens it holds. */
@Component({
  selector: 'pt-help-line',
  imports: [RouterLink],
  template: `@for (run of line(); track $index) {
    @if (run.href) {
      <a [routerLink]="run.href">{{ run.text }}</a>
    } @else {
      <ng-container>{{ run.text }}</ng-container>
    }
  }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HelpLineView {
  readonly line = input.required<HelpLine>();
}
