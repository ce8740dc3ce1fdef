import { ElementRef, Injector, afterNextRender, inject } from '@angular/core';

/**
 * After a refused submit, the focus goes to the first field in error, once the error states are
 * rendered: keyboard and screen reader users land on what needs fixing. Call it in a component's
 * field initialiser; it returns the function to call on a refused submit. An empty required field
 * counts too: Material leaves `aria-invalid` off it, only its form field's class tells.
 */
export function injectFocusFirstInvalid(): () => void {
  const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  const injector = inject(Injector);
  return () =>
    afterNextRender(
      () => {
        host
          .querySelector<HTMLElement>(
            '.mat-form-field-invalid input, .mat-form-field-invalid textarea, input[aria-invalid="true"], textarea[aria-invalid="true"], [role="radiogroup"][aria-invalid="true"] input',
          )
          ?.focus();
      },
      { injector },
    );
}
