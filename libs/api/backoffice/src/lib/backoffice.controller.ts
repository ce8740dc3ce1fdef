import { BadRequestException, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type AuthenticatedSession, BackofficeOnly, CurrentSession } from '@portail/api-core';
import type { PendingSpace, SpaceSummary } from '@portail/domain';
import { BackofficeService } from './backoffice.service';

const spaceId = new ParseUUIDPipe({
  exceptionFactory: () => new BadRequestException("L'identifiant de l'espace n'est pas valide (paramètre « id »)."),
});

/** The Conseiller Urssaf's back-office; for anyone else these routes do not exist (404). */
@ApiTags('Back-office')
@BackofficeOnly('conseiller')
@Controller('backoffice')
export class BackofficeController {
  constructor(private readonly backoffice: BackofficeService) {}

  @Get('pending-spaces')
  pendingSpaces(): Promise<PendingSpace[]> {
    return this.backoffice.pendingSpaces();
  }

  @Post('spaces/:id/finalise')
  @HttpCode(200)
  finalise(@Param('id', spaceId) id: string, @CurrentSession() session: AuthenticatedSession): Promise<SpaceSummary> {
    return this.backoffice.finalise(id, session.personId);
  }
}
