import { Provider } from '@angular/core';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS, type MatFormFieldDefaultOptions } from '@angular/material/form-field';

const defaults: MatFormFieldDefaultOptions = { appearance: 'outline', subscriptSizing: 'dynamic' };

/**
 * Outlined fields, whose subscript grows with the long French sentences of the domain's rules.
 * Provided by each component with fields (not by the app: the form-field module would then weigh
 * on the initial bundle).
 */
export const formFieldDefaults: Provider = { provide: MAT_FORM_FIELD_DEFAULT_OPTIONS, useValue: defaults };
