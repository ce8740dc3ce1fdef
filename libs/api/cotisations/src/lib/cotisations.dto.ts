import { ApiProperty } from '@nestjs/swagger';
import { type ContributionRequestKind, MAX_INCOME_CENTS } from '@portail/domain';
import { IsIn, IsInt, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';

const REQUIRED = (field: string) => `Le champ « ${field} » est obligatoire.`;
const TOO_LONG = (field: string) => `Le champ « ${field} » est trop long.`;
const INSTALMENT = 'Le champ « instalmentId » doit désigner une échéance de l’échéancier.';

export class DeclareIncomeDto {
  @ApiProperty({ description: 'L’année où le revenu a été perçu (l’année précédente).' })
  @IsInt({ message: 'Le champ « year » doit être une année.' }) @Min(2000, { message: 'Le champ « year » doit être une année.' })
  @Max(2100, { message: 'Le champ « year » doit être une année.' })
  year!: number;

  @ApiProperty({ description: 'Revenu professionnel en centimes d’euro.' })
  @IsInt({ message: 'Le revenu doit être un montant en centimes, entier (champ « incomeCents »).' })
  @Min(0, { message: 'Le revenu ne peut pas être négatif (champ « incomeCents »).' })
  @Max(MAX_INCOME_CENTS, { message: 'Le revenu déclaré dépasse 10 millions d’euros : vérifiez le montant (champ « incomeCents »).' })
  incomeCents!: number;
}

export class CardPaymentDto {
  @ApiProperty() @IsUUID('all', { message: INSTALMENT }) instalmentId!: string;
  @ApiProperty({ description: 'Jamais enregistré ni journalisé.' })
  @IsString({ message: REQUIRED('cardNumber') }) @MaxLength(30, { message: TOO_LONG('cardNumber') })
  cardNumber!: string;
  @ApiProperty({ description: 'MM/AA' }) @IsString({ message: REQUIRED('expiry') }) @MaxLength(10, { message: TOO_LONG('expiry') }) expiry!: string;
  @ApiProperty() @IsString({ message: REQUIRED('cvc') }) @MaxLength(4, { message: TOO_LONG('cvc') }) cvc!: string;
  @ApiProperty() @IsString({ message: REQUIRED('holder') }) @MaxLength(100, { message: TOO_LONG('holder') }) holder!: string;
}

export class TelepaymentDto {
  @ApiProperty() @IsUUID('all', { message: INSTALMENT }) instalmentId!: string;
  @ApiProperty() @IsString({ message: REQUIRED('iban') }) @MaxLength(50, { message: TOO_LONG('iban') }) iban!: string;
}

export class SepaMandateDto {
  @ApiProperty() @IsString({ message: REQUIRED('holder') }) @MaxLength(100, { message: TOO_LONG('holder') }) holder!: string;
  @ApiProperty() @IsString({ message: REQUIRED('iban') }) @MaxLength(50, { message: TOO_LONG('iban') }) iban!: string;
}

export class ContributionRequestDto {
  @ApiProperty({ enum: ['delai', 'recalcul'] })
  @IsIn(['delai', 'recalcul'], { message: 'Le champ « kind » doit valoir « delai » (délai de paiement) ou « recalcul » (recalcul des cotisations).' })
  kind!: ContributionRequestKind;

  @ApiProperty()
  @IsString({ message: REQUIRED('reason') })
  @MinLength(1, { message: 'Indiquez le motif de votre demande (champ « reason »).' })
  @MaxLength(1000, { message: 'Le motif comporte au plus 1 000 caractères (champ « reason »).' })
  reason!: string;
}

export class ContributionDecisionDto {
  @ApiProperty({ enum: ['acceptee', 'refusee'] })
  @IsIn(['acceptee', 'refusee'], { message: 'Le champ « decision » doit valoir « acceptee » ou « refusee ».' })
  decision!: 'acceptee' | 'refusee';

  @ApiProperty()
  @IsString({ message: REQUIRED('comment') })
  @MinLength(1, { message: 'Indiquez le motif de la décision (champ « comment »).' })
  @MaxLength(1000, { message: 'Le motif comporte au plus 1 000 caractères (champ « comment »).' })
  comment!: string;
}
