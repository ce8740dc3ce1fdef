import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { IsISO8601, IsInt, IsOptional, Max, Min } from 'class-validator';

const WHOLE = (field: string, max: number) =>
  `Le champ « ${field} » doit être un nombre entier entre 0 et ${max}.`;

export class AdvanceClockDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 525600 })
  @IsOptional() @IsInt({ message: WHOLE('minutes', 525600) }) @Min(0, { message: WHOLE('minutes', 525600) }) @Max(525600, { message: WHOLE('minutes', 525600) })
  minutes?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 8760 })
  @IsOptional() @IsInt({ message: WHOLE('hours', 8760) }) @Min(0, { message: WHOLE('hours', 8760) }) @Max(8760, { message: WHOLE('hours', 8760) })
  hours?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 3650 })
  @IsOptional() @IsInt({ message: WHOLE('days', 3650) }) @Min(0, { message: WHOLE('days', 3650) }) @Max(3650, { message: WHOLE('days', 3650) })
  days?: number;
}

export class SetClockDto {
  @ApiProperty({ example: '2027-01-15T09:00:00+01:00' })
  @IsISO8601({ strict: true }, { message: 'Le champ « at » doit être une date au format ISO 8601 (ex. 2027-01-15T09:00:00+01:00).' })
  at!: string;
}
