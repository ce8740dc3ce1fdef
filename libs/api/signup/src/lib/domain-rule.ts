import { applyDecorators } from '@nestjs/common';
import type { Validation } from '@portail/domain';
import { Transform } from 'class-transformer';
import { Matches, ValidateBy } from 'class-validator';

/**
 * A field checked by a rule of libs/domain (SIRET, e-mail…), so that the API and the portal can
 * never disagree: the domain's French refusal becomes the field error, and the value handed to
 * the controller is the normalised one the domain accepts (spaces removed, domain lower-cased…).
 */
export function SatisfiesDomainRule(rule: (input: string) => Validation): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => {
      const verdict = rule(value as string);
      return verdict.valid ? verdict.value : value;
    }),
    ValidateBy({
      name: 'domainRule',
      validator: {
        validate: (value: unknown) => rule(value as string).valid,
        defaultMessage: (args) => {
          const verdict = rule(args?.value as string);
          return verdict.valid ? '' : verdict.message;
        },
      },
    }),
  );
}

// PostgreSQL text cannot hold NUL, and no name or address needs a control character.
const NO_CONTROL_CHARACTER = /^[^\p{Cc}]*$/u;

export function WithoutControlCharacters(message: string): PropertyDecorator {
  return Matches(NO_CONTROL_CHARACTER, { message });
}
