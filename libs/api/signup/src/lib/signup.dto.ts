import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type Civility,
  type SignupProfile,
  type SignupRequest,
  TIERS_CATEGORY_LABELS,
  type TiersCategory,
  validateEmail,
  validateSiret,
} from '@portail/domain';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { SatisfiesDomainRule, WithoutControlCharacters } from './domain-rule';

export const TEXT_MAX_LENGTH = 100;
const CATEGORIES = Object.keys(TIERS_CATEGORY_LABELS) as TiersCategory[];
const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

/** A trimmed text of 1 to 100 characters; `label` is how a person calls the field (« Le nom »). */
export function NameText(label: string, field: string): PropertyDecorator {
  return applyDecorators(
    Transform(trim),
    IsString({ message: `${label} est obligatoire (champ « ${field} »).` }),
    IsNotEmpty({ message: `${label} est obligatoire (champ « ${field} »).` }),
    MaxLength(TEXT_MAX_LENGTH, { message: `${label} ne doit pas dépasser ${TEXT_MAX_LENGTH} caractères (champ « ${field} »).` }),
    WithoutControlCharacters(`${label} contient un caractère non admis (champ « ${field} »).`),
  );
}

/** An e-mail address as the domain reads it (normalised), never with a control character. */
export function EmailAddress(): PropertyDecorator {
  return applyDecorators(
    SatisfiesDomainRule(validateEmail),
    WithoutControlCharacters("L'adresse courriel contient un caractère non admis (champ « email »)."),
  );
}

/** A link's token: opaque text, only ever hashed, so only its size is checked. */
export function LinkToken(): PropertyDecorator {
  return applyDecorators(
    IsString({ message: 'Le jeton du lien est obligatoire (champ « token »).' }),
    IsNotEmpty({ message: 'Le jeton du lien est obligatoire (champ « token »).' }),
    MaxLength(200, { message: "Le jeton du lien n'est pas valide (champ « token »)." }),
  );
}

/** A new password: its rule needs the owner's names and SIRET, so the service checks it with the domain. */
export function NewPassword(field: string): PropertyDecorator {
  return applyDecorators(
    IsString({ message: `Le mot de passe est obligatoire (champ « ${field} »).` }),
    MaxLength(128, { message: `Le mot de passe est trop long (champ « ${field} »).` }),
  );
}

export class CheckSiretDto {
  @ApiProperty({ example: '732 829 320 00074', description: '14 chiffres ; les espaces sont ignorés.' })
  @SatisfiesDomainRule(validateSiret)
  siret!: string;
}

export class SignupDto implements SignupRequest {
  @ApiProperty({ enum: ['tiers-mandate'] })
  @IsIn(['tiers-mandate'], {
    message: 'Le profil doit être « tiers-mandate » : seule l’inscription des tiers mandatés est ouverte (champ « profile »).',
  })
  profile!: SignupProfile;

  @ApiProperty({ example: '73282932000074' })
  @SatisfiesDomainRule(validateSiret)
  siret!: string;

  @ApiProperty({ enum: CATEGORIES })
  @IsIn(CATEGORIES, {
    message: `La catégorie doit être l’une de : ${CATEGORIES.map((category) => `« ${category} » (${TIERS_CATEGORY_LABELS[category]})`).join(', ')} (champ « category »).`,
  })
  category!: TiersCategory;

  @ApiProperty({ example: 'claire.martin@cabinet-martin.fr' })
  @EmailAddress()
  email!: string;

  @ApiProperty({ enum: ['M', 'Mme'] })
  @IsIn(['M', 'Mme'], { message: 'La civilité doit être « M » ou « Mme » (champ « civility »).' })
  civility!: Civility;

  @ApiProperty({ maxLength: TEXT_MAX_LENGTH })
  @NameText('Le nom', 'lastName')
  lastName!: string;

  @ApiProperty({ maxLength: TEXT_MAX_LENGTH })
  @NameText('Le prénom', 'firstName')
  firstName!: string;

  @ApiProperty({ maxLength: TEXT_MAX_LENGTH, description: 'Raison sociale du cabinet.' })
  @NameText('La raison sociale', 'companyName')
  companyName!: string;

  @ApiPropertyOptional({ example: '+33 1 23 45 67 89' })
  // An emptied optional field of the form arrives as '': it means « no phone ».
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || undefined : value))
  @IsOptional()
  @IsString({ message: 'Le téléphone doit être un texte (champ « phone »).' })
  @Matches(/^\+?[0-9 .]{6,20}$/, {
    message:
      'Le téléphone ne peut contenir que des chiffres, des espaces, des points et un + au début, de 6 à 20 caractères (champ « phone »).',
  })
  phone?: string;
}

export class ResendValidationDto {
  @ApiProperty()
  @EmailAddress()
  email!: string;
}

export class ValidateEmailDto {
  @ApiProperty({ description: 'Le jeton du lien « Valider mon adresse courriel ».' })
  @LinkToken()
  token!: string;
}

export class CreatePasswordDto {
  @ApiProperty({ description: 'Le `passwordToken` rendu par /api/signup/validate-email.' })
  @LinkToken()
  token!: string;

  @ApiProperty({ description: 'Exactement 8 caractères, au moins 1 lettre et 1 chiffre, sans caractères spéciaux.' })
  @NewPassword('password')
  password!: string;
}
