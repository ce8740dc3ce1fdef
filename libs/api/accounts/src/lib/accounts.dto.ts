import { applyDecorators, BadRequestException, ParseUUIDPipe } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { PortfolioPageQueryDto } from '@portail/api-portfolio';
import { EmailAddress, NameText } from '@portail/api-signup';
import {
  type AssignClientsRequest,
  type Civility,
  type CorrectEmailRequest,
  type CreateAccountRequest,
  FIRM_RIGHT_LABELS,
  FIRM_RIGHTS,
  type FirmRight,
  type FirmRole,
  type UpdateRightsRequest,
} from '@portail/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsObject, IsUUID, ValidateIf, ValidateNested } from 'class-validator';

export const personIdPipe = new ParseUUIDPipe({
  exceptionFactory: () => new BadRequestException("L'identifiant du compte n'est pas valide (paramètre « personId »)."),
});

export const assignedClientIdPipe = new ParseUUIDPipe({
  exceptionFactory: () => new BadRequestException("L'identifiant du client n'est pas valide (paramètre « clientId »)."),
});

const RIGHTS_LIST = FIRM_RIGHTS.map((right) => `« ${right} » (${FIRM_RIGHT_LABELS[right]})`).join(', ');
const RIGHTS_REQUIRED = `Donnez au moins un droit au collaborateur (champ « rights ») : ${RIGHTS_LIST}.`;
const RIGHT_UNKNOWN = `Chaque droit doit être l’un de : ${RIGHTS_LIST} (champ « rights »).`;

/** At least one right, each a known one (a collaborator without any right could do nothing). */
function CollaboratorRights(): PropertyDecorator {
  return applyDecorators(
    IsArray({ message: RIGHTS_REQUIRED }),
    ArrayMinSize(1, { message: RIGHTS_REQUIRED }),
    ArrayMaxSize(FIRM_RIGHTS.length * 2, { message: RIGHT_UNKNOWN }),
    IsIn(FIRM_RIGHTS, { each: true, message: RIGHT_UNKNOWN }),
  );
}

export class CreateAccountDto implements CreateAccountRequest {
  @ApiProperty({ enum: ['administrateur', 'collaborateur'] })
  @IsIn(['administrateur', 'collaborateur'], { message: 'Le rôle doit être « administrateur » ou « collaborateur » (champ « role »).' })
  role!: FirmRole;

  @ApiProperty({ enum: ['M', 'Mme'] })
  @IsIn(['M', 'Mme'], { message: 'La civilité doit être « M » ou « Mme » (champ « civility »).' })
  civility!: Civility;

  @ApiProperty({ maxLength: 100 })
  @NameText('Le prénom', 'firstName')
  firstName!: string;

  @ApiProperty({ maxLength: 100 })
  @NameText('Le nom', 'lastName')
  lastName!: string;

  @ApiProperty({ example: 'julien.moreau@cabinet-lefebvre.fr' })
  @EmailAddress()
  email!: string;

  @ApiProperty({ enum: FIRM_RIGHTS, isArray: true, description: 'Ignoré pour un administrateur, qui a tous les droits.' })
  @ValidateIf((body: CreateAccountDto) => body.role === 'collaborateur')
  @CollaboratorRights()
  rights!: FirmRight[];
}

/** « Corriger l’adresse »: the domain's own e-mail rule, as in « Ajouter un compte ». */
export class CorrectEmailDto implements CorrectEmailRequest {
  @ApiProperty({ example: 'julien.moreau@cabinet-lefebvre.fr' })
  @EmailAddress()
  email!: string;
}

export class UpdateRightsDto implements UpdateRightsRequest {
  @ApiProperty({ enum: FIRM_RIGHTS, isArray: true })
  @CollaboratorRights()
  rights!: FirmRight[];
}

/** The portfolio list's own filters (same messages, same meaning). */
export class MatchingClientsDto extends PickType(PortfolioPageQueryDto, ['search', 'status'] as const) {}

export const MAX_CLIENT_IDS = 500;
const CLIENT_IDS_RULE = `Le champ « clientIds » doit être une liste de 1 à ${MAX_CLIENT_IDS} identifiants de clients.`;

export class AssignClientsDto implements AssignClientsRequest {
  @ApiPropertyOptional({ type: [String], maxItems: MAX_CLIENT_IDS, description: 'Les clients à attribuer un par un (leur `id` dans le portefeuille).' })
  @ValidateIf((body: AssignClientsDto) => body.matching === undefined)
  @IsArray({ message: CLIENT_IDS_RULE })
  @ArrayMinSize(1, { message: CLIENT_IDS_RULE })
  @ArrayMaxSize(MAX_CLIENT_IDS, { message: CLIENT_IDS_RULE })
  @IsUUID('all', { each: true, message: 'Chaque élément du champ « clientIds » doit être l’identifiant d’un client.' })
  clientIds?: string[];

  @ApiPropertyOptional({ type: MatchingClientsDto, description: 'Tous les clients du portefeuille répondant à cette recherche.' })
  @ValidateIf((body: AssignClientsDto) => body.clientIds === undefined)
  @IsObject({ message: 'Le champ « matching » doit contenir la recherche (« search ») et/ou le statut (« status »).' })
  @ValidateNested()
  @Type(() => MatchingClientsDto)
  matching?: MatchingClientsDto;
}
