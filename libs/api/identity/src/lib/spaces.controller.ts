import { ConflictException, Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AnySession, type AuthenticatedSession, CurrentSession } from '@portail/api-core';
import type { SpaceHome } from '@portail/domain';
import { SessionStateReader } from './session-state';

@ApiTags('Espaces')
@AnySession()
@Controller('spaces')
export class SpacesController {
  constructor(private readonly state: SessionStateReader) {}

  /** The home of the space chosen for this session. */
  @Get('current')
  async current(@CurrentSession() session: AuthenticatedSession): Promise<SpaceHome> {
    const space = (await this.state.spacesOf(session.personId)).find((candidate) => candidate.id === session.spaceId);
    if (!space) throw new ConflictException('Choisissez le compte sur lequel vous souhaitez intervenir.');
    return { space, portfolioAvailable: space.kind === 'tiers' && space.status === 'actif' };
  }
}
