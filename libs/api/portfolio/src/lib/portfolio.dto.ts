import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type AttachmentStatus, type ContributorKind, type PortfolioSort, SECRET_ANSWER_MAX_LENGTH } from '@portail/domain';
import { BAD_AFTER_CURSOR } from '@portail/api-core';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';

const REQUIRED = (field: string) => `Le champ « ${field} » est obligatoire.`;
const TOO_LONG = (field: string) => `Le champ « ${field} » est trop long.`;

export class PortfolioPageQueryDto {
  @ApiPropertyOptional({ description: 'Début du nom (accents et casse ignorés), ou du SIREN si chiffres seulement.' })
  @IsOptional() @IsString({ message: 'Le champ « search » doit être un texte.' })
  @MaxLength(100, { message: 'La recherche est trop longue (100 caractères au plus).' })
  search?: string;

  @ApiPropertyOptional({ enum: ['en-attente', 'rattache', 'bloque'] })
  @IsOptional() @IsIn(['en-attente', 'rattache', 'bloque'], { message: 'Le champ « status » doit valoir « en-attente », « rattache » ou « bloque ».' })
  status?: AttachmentStatus;

  @ApiPropertyOptional({ enum: ['nom', '-nom', 'ajout', '-ajout'], default: 'nom' })
  @IsOptional() @IsIn(['nom', '-nom', 'ajout', '-ajout'], { message: 'Le champ « sort » doit valoir « nom », « -nom », « ajout » ou « -ajout ».' })
  sort?: PortfolioSort;

  @ApiPropertyOptional({ description: 'Le `next` de la page précédente.' })
  @IsOptional() @IsString({ message: 'Le champ « after » doit être un texte.' })
  @Matches(/^[A-Za-z0-9_-]{1,300}$/, { message: BAD_AFTER_CURSOR })
  after?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 25 })
  @IsOptional() @Type(() => Number)
  @IsInt({ message: 'Le champ « limit » doit être un nombre entier entre 1 et 100.' })
  @Min(1, { message: 'Le champ « limit » doit être un nombre entier entre 1 et 100.' })
  @Max(100, { message: 'Le champ « limit » doit être un nombre entier entre 1 et 100.' })
  limit?: number;
}

/** Checksums and formats are checked by the domain validators (one message per field), not here. */
export class AddClientDto {
  @ApiProperty({ enum: ['entreprise', 'gerant-sans-siret'] })
  @IsIn(['entreprise', 'gerant-sans-siret'], {
    message: 'Le champ « kind » doit valoir « entreprise » (SIREN) ou « gerant-sans-siret » (NIR et n° de Travailleur Indépendant).',
  })
  kind!: ContributorKind;

  @ApiPropertyOptional({ description: 'SIREN de l’entreprise (9 chiffres), pour kind = entreprise.' })
  @ValidateIf((body: AddClientDto) => body.kind === 'entreprise')
  @IsString({ message: REQUIRED('siren') }) @MaxLength(30, { message: TOO_LONG('siren') })
  siren?: string;

  @ApiPropertyOptional({ description: 'Numéro de sécurité sociale avec sa clé (15 caractères), pour un gérant sans Siret.' })
  @ValidateIf((body: AddClientDto) => body.kind === 'gerant-sans-siret')
  @IsString({ message: REQUIRED('nir') }) @MaxLength(30, { message: TOO_LONG('nir') })
  nir?: string;

  @ApiPropertyOptional({ description: 'Numéro de Travailleur Indépendant (11 chiffres), pour un gérant sans Siret.' })
  @ValidateIf((body: AddClientDto) => body.kind === 'gerant-sans-siret')
  @IsString({ message: REQUIRED('tiNumber') }) @MaxLength(30, { message: TOO_LONG('tiNumber') })
  tiNumber?: string;
}

export class FinaliseAttachmentDto {
  @ApiProperty({ enum: ['questions', 'code'] })
  @IsIn(['questions', 'code'], { message: 'Le champ « method » doit valoir « questions » (questions secrètes) ou « code » (code du courrier).' })
  method!: 'questions' | 'code';

  @ApiPropertyOptional({ type: [String], description: 'Les réponses aux deux questions secrètes, dans l’ordre.' })
  @ValidateIf((body: FinaliseAttachmentDto) => body.method === 'questions')
  @IsArray({ message: 'Le champ « answers » doit contenir les deux réponses.' })
  @ArrayMinSize(2, { message: 'Le champ « answers » doit contenir les deux réponses.' })
  @ArrayMaxSize(2, { message: 'Le champ « answers » doit contenir les deux réponses.' })
  @IsString({ each: true, message: 'Chaque réponse doit être un texte.' })
  @MinLength(1, { each: true, message: 'Répondez aux deux questions secrètes.' })
  @MaxLength(SECRET_ANSWER_MAX_LENGTH, { each: true, message: `Chaque réponse comporte au plus ${SECRET_ANSWER_MAX_LENGTH} caractères.` })
  answers?: [string, string];

  @ApiPropertyOptional({ description: 'Le code de sécurité du courrier (12 caractères, tirets et espaces ignorés).' })
  @ValidateIf((body: FinaliseAttachmentDto) => body.method === 'code')
  @IsString({ message: REQUIRED('code') }) @MaxLength(30, { message: TOO_LONG('code') })
  code?: string;
}
