import { BadRequestException, Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedSession, BackofficeOnly, CurrentSession } from '@portail/api-core';
import type { ResetProgress, ScenarioCatalogue, ScenarioKey } from '@portail/domain';
import { IsIn } from 'class-validator';
import { SCENARIOS } from '../scenarios/scenario-catalogue';
import { SandboxReset } from './sandbox-reset';

const KEYS = SCENARIOS.map((scenario) => scenario.key);

export class StartResetDto {
  @ApiProperty({ enum: KEYS })
  @IsIn(KEYS, {
    message: `Le champ « scenario » doit être l’un des scénarios : ${KEYS.map((key) => `« ${key} »`).join(', ')}.`,
  })
  scenario!: ScenarioKey;
}

const resetIdPipe = new ParseUUIDPipe({
  exceptionFactory: () =>
    new BadRequestException('L’identifiant de la réinitialisation n’est pas valide (paramètre « id »).'),
});

/** The trainer's console: the scenarios, and a reset with its progress bar. Only the Formateur: 404 to anyone else. */
@ApiTags('Bac à sable — console du formateur')
@BackofficeOnly('formateur')
@Controller('sandbox')
export class ResetsController {
  constructor(private readonly resets: SandboxReset) {}

  @Get('scenarios')
  catalogue(): Promise<ScenarioCatalogue> {
    return this.resets.catalogue();
  }

  /** 202: the reset runs in the background; poll GET /api/sandbox/resets/:id. */
  @Post('resets')
  @HttpCode(202)
  start(@CurrentSession() session: AuthenticatedSession, @Body() request: StartResetDto): Promise<ResetProgress> {
    return this.resets.start(request.scenario, session.personId);
  }

  @Get('resets/:id')
  progress(@Param('id', resetIdPipe) id: string): Promise<ResetProgress> {
    return this.resets.progress(id);
  }
}
