import { FormControl, FormGroup } from '@angular/forms';
import { validateSiret } from '@portail/domain';
import {
  LiveErrorStateMatcher,
  domainValidator,
  errorMessageOf,
  requiredValue,
  sameAs,
  showServerError,
  trimmedLength,
} from './field-errors';

describe('field errors', () => {
  it('reports the domain rule’s sentence', () => {
    const control = new FormControl('73282932000079', {
      nonNullable: true,
      validators: domainValidator(validateSiret),
    });
    expect(errorMessageOf(control)).toBe("Le SIRET saisi n'est pas valide (clé de contrôle incorrecte).");
    control.setValue('73282932000074');
    expect(errorMessageOf(control)).toBeNull();
  });

  it('puts the API’s sentence first, until the value changes', () => {
    const control = new FormControl('', { nonNullable: true, validators: requiredValue('Le nom est obligatoire.') });
    showServerError(control, 'Ce SIRET a déjà un espace.');
    expect(errorMessageOf(control)).toBe('Ce SIRET a déjà un espace.');
    control.setValue('Martin');
    expect(errorMessageOf(control)).toBeNull();
  });

  it('compares a confirmation with its field', () => {
    const group = new FormGroup({
      email: new FormControl('Claire@Exemple.fr', { nonNullable: true }),
      confirmation: new FormControl('', {
        nonNullable: true,
        validators: sameAs('email', 'Les adresses ne sont pas identiques.', (v) => v.toLowerCase()),
      }),
    });
    group.controls.confirmation.setValue('claire@exemple.fr');
    expect(group.controls.confirmation.valid).toBe(true);
    group.controls.confirmation.setValue('claire@exemple.com');
    expect(errorMessageOf(group.controls.confirmation)).toBe('Les adresses ne sont pas identiques.');
  });

  it('shows an error while typing only once the value is complete', () => {
    const matcher = new LiveErrorStateMatcher((value) => value.length >= 14);
    const control = new FormControl('7328', { nonNullable: true, validators: domainValidator(validateSiret) });
    control.markAsDirty();
    expect(matcher.isErrorState(control, null)).toBe(false);
    control.setValue('73282932000079');
    expect(matcher.isErrorState(control, null)).toBe(true);
    control.setValue('7328');
    control.markAsTouched();
    expect(matcher.isErrorState(control, null)).toBe(true);
  });

  it('counts a free text once trimmed, as the API does, and leaves an empty one to requiredValue', () => {
    const control = new FormControl('', {
      nonNullable: true,
      validators: trimmedLength(3, 5, { tooShort: 'Trop court.', tooLong: 'Trop long.' }),
    });
    expect(errorMessageOf(control)).toBeNull();
    control.setValue('  ab  ');
    expect(errorMessageOf(control)).toBe('Trop court.');
    control.setValue('  abc  ');
    expect(errorMessageOf(control)).toBeNull();
    control.setValue('abcdef');
    expect(errorMessageOf(control)).toBe('Trop long.');
  });
});
