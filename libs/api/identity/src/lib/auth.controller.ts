import { Body, Controller, ForbiddenException, Get, HttpCode, Inject, NotFoundException, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AnySession,
  AllowsProvisionalPassword,
  APP_SETTINGS,
  type AppSettings,
  type AuthenticatedSession,
  CurrentSession,
  Public,
  type RequestWithSession,
} from '@portail/api-core';
import { classifyLoginIdentifier, type SessionState } from '@portail/domain';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { ChangePasswordDto, ChooseSpaceDto, LoginDto } from './auth.dto';
import { LocalAuthGuard } from './local-auth.guard';
import type { AuthenticatedPerson } from './login.service';
import { PasswordChangeService } from './password-change.service';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { SessionStateReader } from './session-state';
import { Sessions } from './sessions';

/** Said at login to a person whose only access was deactivated by the administrator of its space. */
export const ACCESS_ENDED =
  'Votre accès a été désactivé par l’administrateur de votre espace : contactez-le s’il doit être rétabli.';

@ApiTags('Connexion')
@AnySession()
@Controller('auth')
export class AuthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: Sessions,
    private readonly state: SessionStateReader,
    private readonly passwords: PasswordChangeService,
    @Inject(APP_SETTINGS) private readonly settings: AppSettings,
  ) {}

  @Get('session')
  @AllowsProvisionalPassword()
  session(@CurrentSession() session: AuthenticatedSession): Promise<SessionState> {
    return this.state.read(session);
  }

  @Post('login')
  @Public()
  @UseGuards(LocalAuthGuard)
  @HttpCode(200)
  async login(
    @Body() credentials: LoginDto,
    @Req() request: Request & RequestWithSession & { user: AuthenticatedPerson },
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionState> {
    const { personId, mustChangePassword } = request.user;
    const spaces = await this.state.spacesOf(personId);
    // A person whose every access was ended by an administrator (« Désactiver le compte ») is told
    // so, now that the password is proven, and gets no session.
    if (spaces.length === 0 && (await this.state.hasOnlyEndedAccesses(personId))) throw new ForbiddenException(ACCESS_ENDED);
    // With one space there is nothing to choose (« Choisissez le compte… » only for several); a
    // firm's SIRET typed as identifier opens that firm's space.
    const typed = classifyLoginIdentifier(credentials.identifier);
    const firmOfSiret = typed.valid && typed.kind === 'siret' ? spaces.find((space) => space.kind === 'tiers' && space.siret === typed.value) : undefined;
    const spaceId = spaces.length === 1 ? spaces[0].id : (firmOfSiret?.id ?? null);
    const previous = request.authSession;
    // A new session id at every login: a session id planted before login is worth nothing after.
    const sessionId = await this.dataSource.transaction(async (transaction) => {
      if (previous) await this.sessions.close(transaction, previous.idHash);
      return this.sessions.open(transaction, personId, { mustChangePassword, spaceId });
    });
    setSessionCookie(response, sessionId, this.settings.publicUrl);
    return this.state.read({ personId, spaceId, mustChangePassword });
  }

  @Post('logout')
  @AllowsProvisionalPassword()
  @HttpCode(204)
  async logout(@CurrentSession() session: AuthenticatedSession, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.dataSource.transaction((transaction) => this.sessions.close(transaction, session.idHash));
    clearSessionCookie(response, this.settings.publicUrl);
  }

  @Post('space')
  @HttpCode(200)
  async chooseSpace(@CurrentSession() session: AuthenticatedSession, @Body() request: ChooseSpaceDto): Promise<SessionState> {
    const spaces = await this.state.spacesOf(session.personId);
    if (!spaces.some((space) => space.id === request.spaceId)) {
      throw new NotFoundException("Cet espace n'existe pas ou ne vous est pas accessible.");
    }
    await this.sessions.chooseSpace(session.idHash, request.spaceId);
    return this.state.read({ ...session, spaceId: request.spaceId });
  }

  @Post('password')
  @AllowsProvisionalPassword()
  @HttpCode(200)
  async changePassword(
    @CurrentSession() session: AuthenticatedSession,
    @Body() request: ChangePasswordDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionState> {
    const sessionId = await this.passwords.change(session, request.currentPassword, request.newPassword);
    setSessionCookie(response, sessionId, this.settings.publicUrl);
    return this.state.read({ ...session, mustChangePassword: false });
  }
}
