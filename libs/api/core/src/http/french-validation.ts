import { type ArgumentMetadata, BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import { findUnsafeText, shownField, unsafeTextMessage } from './unsafe-text';

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
    const path = parent ? `${parent}.${error.property}` : error.property;
    // A key the request made up is quoted back: never with a character the response cannot carry.
    const field = shownField(path);
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      message: isFrench(message)
        ? message
        : (TRANSLATIONS[constraint]?.(field) ?? `La valeur du champ « ${field} » n'est pas valide.`),
    }));
    return [...own, ...frenchFieldErrors(error.children ?? [], path)];
  });
}

export class FrenchValidationException extends BadRequestException {
  constructor(readonly fieldErrors: FieldError[]) {
    super(fieldErrors.map((error) => error.message).join(' '));
  }
}

/** Throws the French 400 naming the field when `value` holds U+0000 or a lone surrogate anywhere. */
export function refuseUnsafeText(value: unknown, root?: string): void {
  const field = findUnsafeText(value, root);
  if (field !== null) throw new FrenchValidationException([{ field, message: unsafeTextMessage(field) }]);
}

/**
 * The global pipe. Once the DTO's rules have passed (so that a field's own message, such as the
 * Messagerie's « caractère non admis », wins), route parameters, query and body are refused when
 * they still hold text PostgreSQL cannot store: no such string ever reaches a service, whether or
 * not its field has a rule. Custom decorators (the session) carry the server's own values.
 */
export class FrenchValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const transformed: unknown = await super.transform(value, metadata);
    if (metadata.type !== 'custom') refuseUnsafeText(value, metadata.data);
    return transformed;
  }
}

export function createValidationPipe(): ValidationPipe {
  return new FrenchValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // One message per field is enough for a person to correct the form.
    stopAtFirstError: true,
    exceptionFactory: (errors) => new FrenchValidationException(frenchFieldErrors(errors)),
  });
}
