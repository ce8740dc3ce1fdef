import { Injector, afterNextRender } from '@angular/core';

/**
 * After a refused submit, the focus goes to the first field in error, once the error states are
 * rendered: keyboard and screen reader users land on what needs fixing.
 */
export function focusFirstInvalid(host: HTMLElement, injector: Injector): void {
  afterNextRender(
    () => {
      host
        .querySelector<HTMLElement>('input[aria-invalid="true"], [role="radiogroup"][aria-invalid="true"] input')
        ?.focus();
    },
    { injector },
  );
}
