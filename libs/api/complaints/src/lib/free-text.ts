import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsString, Matches, MaxLength, MinLength, NotContains } from 'class-validator';

/**
 * A text a person types, trimmed: a string with something else than spaces in it, `min` to `max`
 * characters, and no NUL character (PostgreSQL's text cannot hold one: a 500 instead of a 400).
 */
export function FreeText(field: string, what: string, limits: { min?: number; max: number }): PropertyDecorator {
  const required = `${what} est obligatoire (champ « ${field} »).`;
  const min = limits.min ?? 1;
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value)),
    IsString({ message: required }),
    Matches(/\S/u, { message: required }),
    NotContains('\u0000', { message: `${what} contient un caractère non autorisé (champ « ${field} »).` }),
    ...(min > 1 ? [MinLength(min, { message: `${what} comporte au moins ${min} caractères (champ « ${field} »).` })] : []),
    MaxLength(limits.max, {
      message: `${what} comporte au plus ${new Intl.NumberFormat('fr-FR').format(limits.max)} caractères (champ « ${field} »).`,
    }),
  );
}
