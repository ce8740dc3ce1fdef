import { BadRequestException, ParseUUIDPipe } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { COMPLAINT_BODY_MAX, COMPLAINT_SUBJECT_MAX, COMPLAINT_SUBJECT_MIN, COMPLAINT_TOPICS, type ComplaintAnswerRequest, type ComplaintRequest, type ComplaintTopic } from '@portail/domain/complaints';
import { IsIn } from 'class-validator';
import { FreeText } from '../free-text';

export const complaintIdPipe = new ParseUUIDPipe({
  exceptionFactory: () => new BadRequestException("L'identifiant de la réclamation n'est pas valide (paramètre « complaintId »)."),
});

/** POST /api/complaints — « Je dépose une réclamation ». */
export class ComplaintRequestDto implements ComplaintRequest {
  @ApiProperty({ enum: COMPLAINT_TOPICS, description: 'cotisations → votre Urssaf, sante → votre Cpam, retraite → votre Carsat.' })
  @IsIn(COMPLAINT_TOPICS, {
    message: 'Indiquez ce que concerne votre question : « cotisations », « sante » ou « retraite » (champ « topic »).',
  })
  topic!: ComplaintTopic;

  @ApiProperty({ minLength: COMPLAINT_SUBJECT_MIN, maxLength: COMPLAINT_SUBJECT_MAX })
  @FreeText('subject', 'L’objet', { min: COMPLAINT_SUBJECT_MIN, max: COMPLAINT_SUBJECT_MAX })
  subject!: string;

  @ApiProperty({ maxLength: COMPLAINT_BODY_MAX })
  @FreeText('body', 'Votre question', { max: COMPLAINT_BODY_MAX })
  body!: string;
}

/** POST /api/backoffice/complaints/:complaintId/answer */
export class ComplaintAnswerDto implements ComplaintAnswerRequest {
  @ApiProperty({ maxLength: COMPLAINT_BODY_MAX })
  @FreeText('body', 'La réponse', { max: COMPLAINT_BODY_MAX })
  body!: string;
}
