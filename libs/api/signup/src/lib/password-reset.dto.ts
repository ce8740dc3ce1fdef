import { ApiProperty } from '@nestjs/swagger';
import { EmailAddress, LinkToken, NewPassword } from './signup.dto';

export class PasswordResetRequestDto {
  @ApiProperty()
  @EmailAddress()
  email!: string;
}

export class ResetPasswordDto {
  @ApiProperty({ description: 'Le jeton du lien « Réinitialiser mon mot de passe ».' })
  @LinkToken()
  token!: string;

  @ApiProperty({ description: 'Exactement 8 caractères, au moins 1 lettre et 1 chiffre, sans caractères spéciaux.' })
  @NewPassword('newPassword')
  newPassword!: string;
}
