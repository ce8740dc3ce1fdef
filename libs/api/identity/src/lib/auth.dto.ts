import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

const REQUIRED = (field: string) => `Le champ « ${field} » est obligatoire.`;

export class LoginDto {
  @ApiProperty({ description: 'Adresse courriel ou SIRET ; pour un travailleur indépendant, NIR sans la clé (13 caractères).' })
  @IsString({ message: REQUIRED('identifier') }) @MinLength(1, { message: REQUIRED('identifier') })
  @MaxLength(320, { message: 'Le champ « identifier » est trop long.' })
  identifier!: string;

  @ApiProperty()
  @IsString({ message: REQUIRED('password') }) @MinLength(1, { message: REQUIRED('password') })
  @MaxLength(128, { message: 'Le champ « password » est trop long.' })
  password!: string;
}

export class ChooseSpaceDto {
  @ApiProperty()
  @IsUUID('all', { message: "Le champ « spaceId » n'est pas un identifiant d'espace valide." })
  spaceId!: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString({ message: REQUIRED('currentPassword') }) @MinLength(1, { message: REQUIRED('currentPassword') })
  @MaxLength(128, { message: 'Le champ « currentPassword » est trop long.' })
  currentPassword!: string;

  @ApiProperty({ description: 'Exactement 8 caractères, au moins 1 lettre et 1 chiffre, sans caractères spéciaux.' })
  @IsString({ message: REQUIRED('newPassword') })
  @MaxLength(128, { message: 'Le champ « newPassword » est trop long.' })
  newPassword!: string;
}
