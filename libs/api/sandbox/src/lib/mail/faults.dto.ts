import { BadRequestException, type PipeTransform } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { FAULT_KINDS } from '@portail/api-core';
import type { ArmFaultRequest, FaultKind } from '@portail/domain';
import { IsIn } from 'class-validator';

const KIND_RULE = `Le champ « kind » doit être l’un de : ${FAULT_KINDS.map((kind) => `« ${kind} »`).join(', ')}.`;

export class ArmFaultDto implements ArmFaultRequest {
  @ApiProperty({ enum: FAULT_KINDS })
  @IsIn(FAULT_KINDS, { message: KIND_RULE })
  kind!: FaultKind;
}

/** DELETE /api/sandbox/faults/:kind — the same rule as the body's `kind`. */
export const faultKindPipe: PipeTransform<string, FaultKind> = {
  transform(value: string): FaultKind {
    if (!(FAULT_KINDS as string[]).includes(value)) {
      throw new BadRequestException(
        `Ce défaut n'existe pas (paramètre « kind ») : choisissez parmi ${FAULT_KINDS.map((kind) => `« ${kind} »`).join(', ')}.`,
      );
    }
    return value as FaultKind;
  },
};
