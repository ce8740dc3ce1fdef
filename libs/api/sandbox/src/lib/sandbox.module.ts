import { Module } from '@nestjs/common';
import { IdentityModule } from '@portail/api-identity';
import { OutboxModule } from '@portail/api-outbox';
import { PortfolioModule } from '@portail/api-portfolio';
import { SandboxHelpVotesModule } from './help-votes/help-votes.module';
import { SandboxMailModule } from './mail/sandbox-mail.module';
import { ActAs } from './personas/act-as';
import { PersonaCards } from './personas/persona-cards';
import { PersonasController } from './personas/personas.controller';
import { ResetsController } from './reset/resets.controller';
import { SandboxReset } from './reset/sandbox-reset';
import { SandboxWelcome } from './sandbox-welcome';
import { PersonaPasswords } from './scenarios/persona-passwords';
import { ScenarioSeeder } from './scenarios/scenario-seeder';
import { TraineeAccounts } from './trainees/trainee-accounts';
import { Trainees } from './trainees/trainees';
import { TraineesController } from './trainees/trainees.controller';
import { WelcomeMessages } from './welcome/welcome-messages';

/** Only imported in sandbox mode: with SANDBOX=false none of these routes exists. */
@Module({
  imports: [OutboxModule, IdentityModule, PortfolioModule, SandboxMailModule, SandboxHelpVotesModule],
  controllers: [ResetsController, PersonasController, TraineesController],
  providers: [
    SandboxWelcome,
    PersonaPasswords,
    ScenarioSeeder,
    WelcomeMessages,
    TraineeAccounts,
    Trainees,
    SandboxReset,
    PersonaCards,
    ActAs,
  ],
})
export class SandboxModule {}
