import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'pt-not-found-page',
  imports: [RouterLink],
  templateUrl: './not-found-page.html',
  styleUrl: '../simple-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundPage {}
