import { ApiProperty } from '@nestjs/swagger';
import type { TransferRequest } from '@portail/domain';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

const ACCOUNT_ID = (field: 'from' | 'to') =>
  `Le champ « ${field} » doit être l’identifiant d’un administrateur de votre espace (${field === 'from' ? 'celui qui cède son portefeuille' : 'celui qui le reçoit'}).`;

/** GET /api/firm/transfer/preview?from=&to= */
export class TransferPreviewQueryDto {
  @ApiProperty({ format: 'uuid', description: 'L’administrateur qui cède son portefeuille.' })
  @IsUUID('all', { message: ACCOUNT_ID('from') })
  from!: string;

  @ApiProperty({ format: 'uuid', description: 'L’administrateur qui le reçoit (compte actif).' })
  @IsUUID('all', { message: ACCOUNT_ID('to') })
  to!: string;
}

/** POST /api/firm/transfer */
export class TransferRequestDto extends TransferPreviewQueryDto implements TransferRequest {
  @ApiProperty({ description: 'Le mot de passe de l’administrateur qui confirme le transfert, saisi de nouveau.' })
  @IsString({ message: 'Saisissez votre mot de passe pour confirmer le transfert (champ « password »).' })
  @MinLength(1, { message: 'Saisissez votre mot de passe pour confirmer le transfert (champ « password »).' })
  @MaxLength(100, { message: 'Le champ « password » est trop long.' })
  password!: string;
}
