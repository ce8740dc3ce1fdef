import { applyDecorators, BadRequestException, ParseUUIDPipe } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type BackofficeThreadFilter,
  MESSAGE_BODY_MAX_LENGTH,
  MESSAGE_SUBJECT_MAX_LENGTH,
  MESSAGE_SUBJECT_MIN_LENGTH,
  type NewMessageRequest,
  type NewThreadRequest,
} from '@portail/domain';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

export const threadIdPipe = new ParseUUIDPipe({
  exceptionFactory: () => new BadRequestException("L'identifiant de la conversation n'est pas valide (paramètre « threadId »)."),
});

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
// PostgreSQL text cannot hold NUL; a message keeps its line breaks and tabs, nothing else invisible.
const SUBJECT_CHARACTERS = /^[^\p{Cc}]*$/u;
const BODY_CHARACTERS = /^(?:[^\p{Cc}]|[\t\n\r])*$/u;
const thousands = (value: number) => new Intl.NumberFormat('fr-FR').format(value).replace(/\s/g, ' ');

function MessageBody(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ minLength: 1, maxLength: MESSAGE_BODY_MAX_LENGTH }),
    Transform(trim),
    IsString({ message: 'Le message est obligatoire (champ « body »).' }),
    IsNotEmpty({ message: 'Le message est obligatoire (champ « body »).' }),
    MaxLength(MESSAGE_BODY_MAX_LENGTH, {
      message: `Le message ne doit pas dépasser ${thousands(MESSAGE_BODY_MAX_LENGTH)} caractères (champ « body »).`,
    }),
    Matches(BODY_CHARACTERS, { message: 'Le message contient un caractère non admis (champ « body »).' }),
  );
}

/** Applied in this order, so that the first failing rule (stopAtFirstError) is the one a person reads. */
function MessageSubject(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ minLength: MESSAGE_SUBJECT_MIN_LENGTH, maxLength: MESSAGE_SUBJECT_MAX_LENGTH, example: 'Question sur mon échéancier' }),
    Transform(trim),
    IsString({ message: 'L’objet est obligatoire (champ « subject »).' }),
    IsNotEmpty({ message: 'L’objet est obligatoire (champ « subject »).' }),
    MinLength(MESSAGE_SUBJECT_MIN_LENGTH, {
      message: `L’objet doit comporter au moins ${MESSAGE_SUBJECT_MIN_LENGTH} caractères (champ « subject »).`,
    }),
    MaxLength(MESSAGE_SUBJECT_MAX_LENGTH, {
      message: `L’objet ne doit pas dépasser ${MESSAGE_SUBJECT_MAX_LENGTH} caractères (champ « subject »).`,
    }),
    Matches(SUBJECT_CHARACTERS, { message: 'L’objet contient un caractère non admis (champ « subject »).' }),
  );
}

export class NewThreadDto implements NewThreadRequest {
  @MessageSubject()
  subject!: string;

  @MessageBody()
  body!: string;
}

export class NewMessageDto implements NewMessageRequest {
  @MessageBody()
  body!: string;
}

const FILTERS: readonly BackofficeThreadFilter[] = ['a-traiter', 'toutes'];

export class BackofficeThreadsQueryDto {
  @ApiPropertyOptional({
    enum: FILTERS,
    description: '« a-traiter » : l’espace a écrit en dernier (la plus ancienne attente d’abord) ; « toutes » (par défaut) : les plus récentes d’abord.',
  })
  @IsOptional()
  @IsIn(FILTERS, { message: 'Le paramètre « filter » doit valoir « a-traiter » ou « toutes ».' })
  filter?: BackofficeThreadFilter;
}
