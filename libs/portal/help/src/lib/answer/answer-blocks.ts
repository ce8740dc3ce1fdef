import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { HelpBlock } from '@portail/domain';
import { HelpLineView } from './help-line';
import { SituationTableView } from './situation-table';

/**
 * An answer of the FAQ, block by block as the seed lays it out. The seed's link labels lead to
 * the portal's screen (its name beside the link); labels of other sites are only named.
 */
@Component({
  selector: 'pt-answer-blocks',
  imports: [NgTemplateOutlet, RouterLink, HelpLineView, SituationTableView],
  templateUrl: './answer-blocks.html',
  styleUrl: './answer-blocks.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AnswerBlocks {
  readonly blocks = input.required<HelpBlock[]>();
}
