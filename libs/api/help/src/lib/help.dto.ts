import { ApiProperty } from '@nestjs/swagger';
import type { HelpVoteRequest } from '@portail/domain';
import { IsBoolean } from 'class-validator';

/** POST /api/help/questions/:questionId/vote */
export class HelpVoteDto implements HelpVoteRequest {
  @ApiProperty({ description: 'true : « Oui », la réponse a été utile ; false : « Non ».' })
  @IsBoolean({ message: 'Le champ « useful » doit valoir true (« Oui ») ou false (« Non »).' })
  useful!: boolean;
}
