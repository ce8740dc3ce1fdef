// Test-only helpers shared by the portal's specs, through `@portail/portal-forms/testing` (never
// imported by the libraries' code, so never bundled).
export {
  type RoutedTest,
  type RoutedTestOptions,
  apiError,
  buttonByText,
  chooseRadio,
  controlByLabel,
  errorOf,
  fieldByLabel,
  leave,
  linkByText,
  setUpRoutedTest,
  textOf,
  typeInto,
} from './portal-testing';
