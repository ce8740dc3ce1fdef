import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';

/** The banner of every page: the portal's name and, top right, the entry points to the tiers' space. */
@Component({
  selector: 'pt-site-header',
  imports: [RouterLink, MatButton],
  templateUrl: './site-header.html',
  styleUrl: './site-header.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteHeader {}
