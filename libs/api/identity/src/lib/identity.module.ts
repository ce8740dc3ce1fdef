import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxModule } from '@portail/api-outbox';
import { AuthController } from './auth.controller';
import { LocalAuthGuard } from './local-auth.guard';
import { LocalStrategy } from './local.strategy';
import { LoginService } from './login.service';
import { OneTimeTokens } from './one-time-tokens';
import { PasswordChangeService } from './password-change.service';
import { PasswordHasher } from './password-hasher';
import { Person } from './person.entity';
import { SessionGuard } from './session.guard';
import { SessionStateReader } from './session-state';
import { Sessions } from './sessions';
import { Space, SpaceMember } from './space.entity';
import { SpacesController } from './spaces.controller';

@Module({
  imports: [TypeOrmModule.forFeature([Person, Space, SpaceMember]), PassportModule, OutboxModule],
  controllers: [AuthController, SpacesController],
  providers: [
    { provide: APP_GUARD, useClass: SessionGuard },
    Sessions,
    SessionStateReader,
    OneTimeTokens,
    PasswordHasher,
    PasswordChangeService,
    LoginService,
    LocalStrategy,
    LocalAuthGuard,
  ],
  exports: [Sessions, SessionStateReader, OneTimeTokens, PasswordHasher, PasswordChangeService],
})
export class IdentityModule {}
