import { ApiPropertyOptional, IntersectionType, PickType } from '@nestjs/swagger';
import { PortfolioPageQueryDto } from '@portail/api-portfolio';
import type { AuditQuery } from '@portail/domain';
import { IsOptional, IsString, IsUUID, Matches } from 'class-validator';

/** The filters of the Historique, shared by the page and the CSV export. */
export class AuditFiltersDto implements Omit<AuditQuery, 'after' | 'limit'> {
  @ApiPropertyOptional({ description: 'L’identifiant de la personne qui a agi.' })
  @IsOptional() @IsUUID('all', { message: 'Le champ « person » doit être l’identifiant d’un compte.' })
  person?: string;

  @ApiPropertyOptional({ description: 'L’identifiant du travailleur indépendant concerné (contributorId).' })
  @IsOptional() @IsUUID('all', { message: 'Le champ « client » doit être l’identifiant d’un client (travailleur indépendant).' })
  client?: string;

  @ApiPropertyOptional({ description: 'Le type d’événement, par exemple « assignment.added ».' })
  @IsOptional() @IsString({ message: 'Le champ « kind » doit être un texte.' })
  @Matches(/^[a-z][a-z.-]{0,63}$/, { message: 'Le champ « kind » doit être un type d’événement, par exemple « account.created ».' })
  kind?: string;
}

/** Keyset pages like the portfolio list's: the same cursor and limit rules and messages. */
export class AuditPageQueryDto extends IntersectionType(AuditFiltersDto, PickType(PortfolioPageQueryDto, ['after', 'limit'] as const)) implements AuditQuery {}
