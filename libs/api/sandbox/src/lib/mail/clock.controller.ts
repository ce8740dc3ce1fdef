import { BadRequestException, Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { BackofficeOnly, Clock, Public } from '@portail/api-core';
import type { ClockState } from '@portail/domain';
import { AdvanceClockDto, SetClockDto } from './clock.dto';

const MINUTE = 60_000;
// Far enough for any demonstration (a year and more), near enough to stay a plausible date.
const MAX_JUMP_MS = 10 * 366 * 24 * 60 * MINUTE;

/**
 * The sandbox clock. Everyone reads it (the sandbox bar shows the sandbox time to every visitor);
 * only the Formateur moves it, since a move changes every expiry for the whole class.
 */
@ApiTags('Bac à sable — horloge')
@Controller('sandbox/clock')
export class ClockController {
  constructor(private readonly clock: Clock) {}

  @Get()
  @Public()
  state(): Promise<ClockState> {
    return this.clock.state();
  }

  @Post('advance')
  @BackofficeOnly('formateur')
  @HttpCode(200)
  advance(@Body() request: AdvanceClockDto): Promise<ClockState> {
    const milliseconds =
      ((request.days ?? 0) * 24 * 60 + (request.hours ?? 0) * 60 + (request.minutes ?? 0)) * MINUTE;
    if (milliseconds <= 0) {
      throw new BadRequestException('Indiquez une durée positive en minutes, heures (« hours ») ou jours (« days »).');
    }
    if (milliseconds > MAX_JUMP_MS) {
      throw new BadRequestException("L'horloge ne peut pas avancer de plus de dix ans d'un coup.");
    }
    return this.clock.advanceBy(milliseconds);
  }

  @Post('set')
  @BackofficeOnly('formateur')
  @HttpCode(200)
  async set(@Body() request: SetClockDto): Promise<ClockState> {
    const at = new Date(request.at);
    const { realNow } = await this.clock.state();
    const jump = at.getTime() - new Date(realNow).getTime();
    if (Number.isNaN(jump) || jump <= 0) {
      throw new BadRequestException("Le champ « at » doit être une date postérieure à l'heure réelle : l'horloge ne recule pas.");
    }
    if (jump > MAX_JUMP_MS) {
      throw new BadRequestException('Le champ « at » doit être à moins de dix ans de la date réelle.');
    }
    return this.clock.setTo(at);
  }

  @Post('reset')
  @BackofficeOnly('formateur')
  @HttpCode(200)
  backToRealTime(): Promise<ClockState> {
    return this.clock.backToRealTime();
  }
}
