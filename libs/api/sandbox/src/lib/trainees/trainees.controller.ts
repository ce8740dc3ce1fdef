import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { BackofficeOnly } from '@portail/api-core';
import type { TraineeCard } from '@portail/domain';
import { IsInt, Max, Min } from 'class-validator';
import { MAX_TRAINEES } from '../scenarios/sandbox-ranges';
import { Trainees } from './trainees';

const COUNT = `Le champ « count » doit être un nombre entier de stagiaires entre 1 et ${MAX_TRAINEES}.`;

export class CreateTraineesDto {
  @ApiProperty({ minimum: 1, maximum: MAX_TRAINEES })
  @IsInt({ message: COUNT })
  @Min(1, { message: COUNT })
  @Max(MAX_TRAINEES, { message: COUNT })
  count!: number;
}

/** The class of trainees and their printable cards. Only the Formateur: 404 to anyone else. */
@ApiTags('Bac à sable — console du formateur')
@BackofficeOnly('formateur')
@Controller('sandbox/trainees')
export class TraineesController {
  constructor(private readonly trainees: Trainees) {}

  @Get()
  list(): Promise<TraineeCard[]> {
    return this.trainees.list();
  }

  /** 201 with the whole class; numbering continues after the last trainee. */
  @Post()
  create(@Body() request: CreateTraineesDto): Promise<TraineeCard[]> {
    return this.trainees.create(request.count);
  }

  /** The class goes, with the accounts and firms of its trainees. */
  @Delete()
  @HttpCode(204)
  async remove(): Promise<void> {
    await this.trainees.removeAll();
  }
}
