import { ApiProperty } from '@nestjs/swagger';
import { LinkToken, NewPassword } from '@portail/api-signup';
import type { ActivateAccountRequest } from '@portail/domain';

export class ActivationCheckDto {
  @ApiProperty({ description: 'Le jeton du lien « Activer mon compte ».' })
  @LinkToken()
  token!: string;
}

export class ActivateAccountDto implements ActivateAccountRequest {
  @ApiProperty({ description: 'Le jeton du lien « Activer mon compte ».' })
  @LinkToken()
  token!: string;

  @ApiProperty({ description: 'Exactement 8 caractères, au moins 1 lettre et 1 chiffre, sans caractères spéciaux.' })
  @NewPassword('password')
  password!: string;
}
