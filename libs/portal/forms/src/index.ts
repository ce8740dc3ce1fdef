// Form helpers shared by the portal's feature libraries. Not imported by the shell: pages load
// them lazily, so Material's form field never reaches the initial bundle.
export { describeApiError, fieldErrorsOf, httpStatusOf, linkRefusalOf } from './lib/api-error';
export {
  LiveErrorStateMatcher,
  domainValidator,
  errorMessageOf,
  requiredValue,
  sameAs,
  showServerError,
  trimmedLength,
} from './lib/field-errors';
export { FieldsetError } from './lib/fieldset-error';
export { injectFocusFirstInvalid } from './lib/focus-first-invalid';
export { formFieldDefaults } from './lib/form-field-defaults';
export { RequestState, type RequestOutcome } from './lib/request-state';
export { injectHistoryState } from './lib/history-state';
export { ConfirmDialog, confirmAction, type Confirmation } from './lib/confirm-dialog';
