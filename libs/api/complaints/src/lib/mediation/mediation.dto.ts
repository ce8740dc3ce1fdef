import { BadRequestException, ParseUUIDPipe } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MEDIATION_BODY_MAX, MEDIATION_DOMAIN_LABELS, MEDIATION_DOMAINS, MEDIATION_STEP_TEXT_MAX, type MediationDomain, type MediationRequest, type MediationTransitionRequest, mediationStepNeedsText, MEDIATOR_STATUSES, type MediatorStatus } from '@portail/domain/complaints';
import { IsBoolean, IsIn, IsOptional, IsUUID, ValidateIf } from 'class-validator';
import { FreeText } from '../free-text';

export const mediationIdPipe = new ParseUUIDPipe({
  exceptionFactory: () => new BadRequestException("L'identifiant de la demande de médiation n'est pas valide (paramètre « mediationId »)."),
});

const DOMAINS = MEDIATION_DOMAINS.map((domain) => `« ${domain} » (${MEDIATION_DOMAIN_LABELS[domain]})`).join(', ');
const yesOrNo = (question: string, field: string) => `Répondez par oui ou non à la question « ${question} » (champ « ${field} »).`;

/** POST /api/mediations — « Saisir le médiateur ». */
export class MediationRequestDto implements MediationRequest {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'La réclamation de l’espace sur laquelle porte la demande ; sans réclamation, la demande est refusée (422).' })
  @IsOptional()
  @IsUUID('all', { message: 'Le champ « complaintId » doit désigner une réclamation de votre espace.' })
  complaintId!: string | null;

  @ApiProperty({ enum: MEDIATION_DOMAINS })
  @IsIn(MEDIATION_DOMAINS, { message: `Choisissez le domaine de votre demande (champ « domain ») : ${DOMAINS}.` })
  domain!: MediationDomain;

  @ApiPropertyOptional({ type: Boolean, default: false, description: '« La réponse apportée ne m’a pas satisfait » (réclamation répondue).' })
  @IsOptional()
  @IsBoolean({ message: 'Le champ « answerUnsatisfactory » doit valoir vrai ou faux.' })
  answerUnsatisfactory = false;

  @ApiProperty({ description: 'Un recours contentieux a été introduit.' })
  @IsBoolean({ message: yesOrNo('Avez-vous introduit un recours contentieux ?', 'litigation') })
  litigation!: boolean;

  @ApiProperty({ description: 'Une procédure de contrôle d’assiette ou de travail dissimulé de l’URSSAF est en cours.' })
  @IsBoolean({
    message: yesOrNo('Faites-vous l’objet d’une procédure de contrôle d’assiette ou de travail dissimulé de la part de l’URSSAF ?', 'control'),
  })
  control!: boolean;

  @ApiProperty({ maxLength: MEDIATION_BODY_MAX })
  @FreeText('body', 'L’exposé de votre demande', { max: MEDIATION_BODY_MAX })
  body!: string;
}

/** POST /api/backoffice/mediations/:mediationId/transition */
export class MediationTransitionDto implements MediationTransitionRequest {
  @ApiProperty({ enum: MEDIATOR_STATUSES })
  @IsIn(MEDIATOR_STATUSES, {
    message: 'Le champ « to » doit valoir « recevable », « reorientee », « analyse » ou « recommandation ».',
  })
  to!: MediatorStatus;

  @ApiPropertyOptional({
    maxLength: MEDIATION_STEP_TEXT_MAX,
    description: 'Obligatoire pour « reorientee » (l’interlocuteur), « analyse » (les questions aux parties) et « recommandation ».',
  })
  @ValidateIf((dto: MediationTransitionDto) => needsText(dto.to) || (dto.text !== undefined && dto.text !== null))
  @FreeText('text', 'Le texte de cette étape (l’interlocuteur, les questions aux parties ou la recommandation)', { max: MEDIATION_STEP_TEXT_MAX })
  text?: string;
}

function needsText(to: unknown): boolean {
  return (MEDIATOR_STATUSES as readonly unknown[]).includes(to) && mediationStepNeedsText(to as MediatorStatus);
}
