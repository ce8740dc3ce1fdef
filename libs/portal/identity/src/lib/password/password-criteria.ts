import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { PASSWORD_CRITERIA_ORDER, PASSWORD_CRITERION_LABELS, passwordCriteria } from '@portail/domain';

/**
 * The live checklist under a new password: each rule of libs/domain, ✓ or ✗ as the person types.
 * Each item is announced on its own when it flips (polite live region, atomic items).
 */
@Component({
  selector: 'pt-password-criteria',
  template: `
    <p class="criteria__title" [id]="listId() + '-titre'">Le mot de passe doit comporter :</p>
    <ul class="criteria" [id]="listId()" [attr.aria-labelledby]="listId() + '-titre'" aria-live="polite">
      @for (item of items(); track item.criterion) {
        <li class="criterion" [class.criterion--met]="item.met" aria-atomic="true">
          <span class="criterion__mark" aria-hidden="true">{{ item.met ? '✓' : '✗' }}</span>
          <span>{{ item.label }}</span>
          <span class="visually-hidden">{{ item.met ? ' : respecté' : ' : non respecté' }}</span>
        </li>
      }
    </ul>
  `,
  styles: `
    :host {
      display: block;
      margin: -0.25rem 0 1.25rem;
    }
    .criteria__title {
      margin: 0 0 0.375rem;
      font-size: 0.875rem;
      font-weight: 700;
    }
    .criteria {
      margin: 0;
      padding: 0;
      list-style: none;
      font-size: 0.875rem;
    }
    .criterion {
      display: flex;
      gap: 0.5rem;
      align-items: baseline;
      line-height: 1.7;
    }
    .criterion__mark {
      display: inline-block;
      width: 1rem;
      color: #ce0500;
      font-weight: 700;
      text-align: center;
    }
    .criterion--met .criterion__mark {
      color: #18753c;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordCriteria {
  readonly password = input.required<string>();
  /** The id of the list, for the field's aria-describedby. */
  readonly listId = input('criteres-mot-de-passe');

  protected readonly items = computed(() => {
    const criteria = passwordCriteria(this.password());
    return PASSWORD_CRITERIA_ORDER.map((criterion) => ({
      criterion,
      label: PASSWORD_CRITERION_LABELS[criterion],
      met: criteria[criterion],
    }));
  });
}
