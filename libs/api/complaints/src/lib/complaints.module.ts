import { Module } from '@nestjs/common';
import { OutboxModule } from '@portail/api-outbox';
import { BackofficeComplaintsController } from './complaints/backoffice-complaints.controller';
import { ComplaintsController } from './complaints/complaints.controller';
import { ComplaintsService } from './complaints/complaints.service';
import { BackofficeMediationsController } from './mediation/backoffice-mediations.controller';
import { MediationReader } from './mediation/mediation-reader';
import { MediationsController } from './mediation/mediations.controller';
import { MediationsService } from './mediation/mediations.service';

/**
 * « Je dépose une réclamation » and « Je saisis le médiateur » (#7): the space's side, and the
 * Conseiller / médiateur's side in the back-office. Sessions and access are checked by the global guard.
 */
@Module({
  imports: [OutboxModule],
  controllers: [ComplaintsController, BackofficeComplaintsController, MediationsController, BackofficeMediationsController],
  providers: [ComplaintsService, MediationReader, MediationsService],
})
export class ComplaintsModule {}
