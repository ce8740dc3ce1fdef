import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

export interface FieldError {
  field: string;
  message: string;
}

/**
 * class-validator speaks English; the portal speaks French. A DTO may give its own French
 * message (`{ message: '…' }`); otherwise the constraint name is translated here, always
 * naming the field.
 */
const TRANSLATIONS: Record<string, (field: string) => string> = {
  whitelistValidation: (f) => `Le champ « ${f} » n'est pas attendu.`,
  isDefined: (f) => `Le champ « ${f} » est obligatoire.`,
  isNotEmpty: (f) => `Le champ « ${f} » est obligatoire.`,
  isString: (f) => `Le champ « ${f} » doit être une chaîne de caractères.`,
  isInt: (f) => `Le champ « ${f} » doit être un nombre entier.`,
  isNumber: (f) => `Le champ « ${f} » doit être un nombre.`,
  isBoolean: (f) => `Le champ « ${f} » doit valoir vrai ou faux.`,
  min: (f) => `Le champ « ${f} » est trop petit.`,
  max: (f) => `Le champ « ${f} » est trop grand.`,
  maxLength: (f) => `Le champ « ${f} » est trop long.`,
  minLength: (f) => `Le champ « ${f} » est trop court.`,
  isIn: (f) => `La valeur du champ « ${f} » n'est pas admise.`,
  isEnum: (f) => `La valeur du champ « ${f} » n'est pas admise.`,
  isUuid: (f) => `Le champ « ${f} » doit être un identifiant valide.`,
  isIso8601: (f) => `Le champ « ${f} » doit être une date au format ISO 8601 (ex. 2026-12-01T09:00:00Z).`,
  isDateString: (f) => `Le champ « ${f} » doit être une date au format ISO 8601 (ex. 2026-12-01T09:00:00Z).`,
  isEmail: (f) => `Le champ « ${f} » doit être une adresse courriel valide.`,
  nestedValidation: (f) => `Le champ « ${f} » est mal formé.`,
  isObject: (f) => `Le champ « ${f} » doit être un objet.`,
  isArray: (f) => `Le champ « ${f} » doit être une liste.`,
};

function isFrench(message: string): boolean {
  // Our own messages are written in French with « » around field names; class-validator's are not.
  return message.includes('«') || /^(Le|La|Les|L'|Un|Une|Ce|Cette|Veuillez|Aucun|Indiquez)\b/.test(message);
}

export function frenchFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      message: isFrench(message)
        ? message
        : (TRANSLATIONS[constraint]?.(field) ?? `La valeur du champ « ${field} » n'est pas valide.`),
    }));
    return [...own, ...frenchFieldErrors(error.children ?? [], field)];
  });
}

export class FrenchValidationException extends BadRequestException {
  constructor(readonly fieldErrors: FieldError[]) {
    super(fieldErrors.map((error) => error.message).join(' '));
  }
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // One message per field is enough for a person to correct the form.
    stopAtFirstError: true,
    exceptionFactory: (errors) => new FrenchValidationException(frenchFieldErrors(errors)),
  });
}
