import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { BackofficeOnly, SandboxFaults } from '@portail/api-core';
import type { FaultKind, FaultState } from '@portail/domain';
import { ArmFaultDto, faultKindPipe } from './faults.dto';

/**
 * « Injecter un incident »: the Formateur arms a fault; the next e-mail, letter, card payment or
 * direct debit of the whole sandbox takes it, once (see SandboxFaults).
 */
@ApiTags('Bac à sable — incidents')
@BackofficeOnly('formateur')
@Controller('sandbox/faults')
export class FaultsController {
  constructor(private readonly faults: SandboxFaults) {}

  @Get()
  states(): Promise<FaultState[]> {
    return this.faults.states();
  }

  /** 200: arming an armed fault keeps it armed once. */
  @Post()
  @HttpCode(200)
  arm(@Body() body: ArmFaultDto): Promise<FaultState> {
    return this.faults.arm(body.kind);
  }

  @Delete(':kind')
  disarm(@Param('kind', faultKindPipe) kind: FaultKind): Promise<FaultState> {
    return this.faults.disarm(kind);
  }
}
