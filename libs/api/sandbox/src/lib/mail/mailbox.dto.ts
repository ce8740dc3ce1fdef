import { BadRequestException, ParseUUIDPipe } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import type { OutboundMessageKind } from '@portail/domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export const messageIdPipe = new ParseUUIDPipe({
  exceptionFactory: () => new BadRequestException("L'identifiant du message n'est pas valide."),
});

const KIND_MESSAGE = 'Le champ « kind » doit valoir « email » (courriels) ou « letter » (courrier).';

export class RecipientsQueryDto {
  @ApiPropertyOptional({ enum: ['email', 'letter'], default: 'email' })
  @IsOptional() @IsIn(['email', 'letter'], { message: KIND_MESSAGE })
  kind: OutboundMessageKind = 'email';
}

export class MessagesQueryDto extends RecipientsQueryDto {
  @ApiPropertyOptional()
  @IsOptional() @IsString({ message: 'Le champ « recipient » doit être un texte.' })
  @MaxLength(320, { message: 'Le champ « recipient » est trop long (320 caractères au plus).' })
  recipient?: string;

  @ApiPropertyOptional({ description: 'Le `nextCursor` de la page précédente.' })
  @IsOptional() @IsString({ message: 'Le champ « before » doit être un texte.' })
  @Matches(/^[A-Za-z0-9_-]{1,200}$/, { message: 'Le champ « before » ne correspond à aucune page de la liste.' })
  before?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
  @IsOptional() @Type(() => Number)
  @IsInt({ message: 'Le champ « limit » doit être un nombre entier entre 1 et 100.' })
  @Min(1, { message: 'Le champ « limit » doit être un nombre entier entre 1 et 100.' })
  @Max(100, { message: 'Le champ « limit » doit être un nombre entier entre 1 et 100.' })
  limit = 50;
}
