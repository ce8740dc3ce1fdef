import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  AllowsProvisionalPassword,
  AnySession,
  type AuthenticatedSession,
  BackofficeOnly,
  CurrentSession,
} from '@portail/api-core';
import type { ActAsResult, PersonaCard } from '@portail/domain';
import type { Response } from 'express';
import { ActAs } from './act-as';
import { PersonaCards } from './persona-cards';

/** The personas of the current scenario, and « Agir en tant que » / « Revenir à la console ». */
@ApiTags('Bac à sable — console du formateur')
@Controller('sandbox/personas')
export class PersonasController {
  constructor(
    private readonly cards: PersonaCards,
    private readonly actAs: ActAs,
  ) {}

  @Get()
  @BackofficeOnly('formateur')
  async list(): Promise<PersonaCard[]> {
    // The person's id stays on the server: act-as goes by the card's key.
    return (await this.cards.current()).map(({ key, kind, label, name, identifiers, secretAnswers, canActAs }) => ({
      key,
      kind,
      label,
      name,
      identifiers,
      secretAnswers,
      canActAs,
    }));
  }

  /** 200: the session cookie now belongs to the persona (the Formateur's session is closed). */
  @Post(':key/act-as')
  @BackofficeOnly('formateur')
  @HttpCode(200)
  act(
    @CurrentSession() session: AuthenticatedSession,
    @Param('key') key: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ActAsResult> {
    return this.actAs.actAs(session, key, response);
  }

  /**
   * Back to the Formateur's console, from a session opened with « Agir en tant que » (even one
   * whose persona must still change a provisional password); 404 from any other session.
   */
  @Post('return')
  @AnySession()
  @AllowsProvisionalPassword()
  @HttpCode(200)
  back(
    @CurrentSession() session: AuthenticatedSession,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ActAsResult> {
    return this.actAs.returnToConsole(session, response);
  }
}
