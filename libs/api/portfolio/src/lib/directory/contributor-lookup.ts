import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AddClientRequest, validateNir, validateSiren, validateTiNumber, type Validation } from '@portail/domain';
import { DataSource } from 'typeorm';
import type { ContributorAddressee } from '../attachment-messages';

export interface FoundContributor {
  id: string;
  entry: { firstName: string; lastName: string; siren: string | null };
  addressee: ContributorAddressee;
}

interface ContributorRow extends ContributorAddressee {
  id: string;
  siren: string | null;
}

/** Finds a contributor of the directory by SIREN, or by NIR + n° TI for a « gérant majoritaire sans Siret ». */
@Injectable()
export class ContributorLookup {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(request: AddClientRequest): Promise<FoundContributor> {
    const rows: ContributorRow[] =
      request.kind === 'entreprise'
        ? await this.dataSource.query(`SELECT ${COLUMNS} FROM contributor WHERE siren = $1`, [valid('siren', validateSiren(request.siren))])
        : await this.dataSource.query(`SELECT ${COLUMNS} FROM contributor WHERE nir = $1 AND ti_number = $2`, [
            ...validPair(validateNir(request.nir), validateTiNumber(request.tiNumber)),
          ]);
    const row = rows[0];
    if (!row) {
      throw new NotFoundException({
        message:
          request.kind === 'entreprise'
            ? 'Aucun travailleur indépendant ne correspond à ce SIREN dans l’annuaire de l’Urssaf. Vérifiez le numéro saisi.'
            : 'Aucun gérant majoritaire ne correspond à ce numéro de sécurité sociale et à ce numéro de Travailleur Indépendant. Vérifiez les deux numéros saisis.',
        reason: 'unknown-contributor',
      });
    }
    return { id: row.id, entry: { firstName: row.first_name, lastName: row.last_name, siren: row.siren }, addressee: row };
  }
}

const COLUMNS = 'id, siren, civility, first_name, last_name, email, address_line, postal_code, city, ti_number';

function valid(field: string, validation: Validation): string {
  if (!validation.valid) throw new BadRequestException({ message: validation.message, errors: [{ field, message: validation.message }] });
  return validation.value;
}

function validPair(nir: Validation, tiNumber: Validation): [string, string] {
  const errors = [
    ...(nir.valid ? [] : [{ field: 'nir', message: nir.message }]),
    ...(tiNumber.valid ? [] : [{ field: 'tiNumber', message: tiNumber.message }]),
  ];
  if (!nir.valid || !tiNumber.valid) throw new BadRequestException({ message: errors.map((error) => error.message).join(' '), errors });
  return [nir.value, tiNumber.value];
}
