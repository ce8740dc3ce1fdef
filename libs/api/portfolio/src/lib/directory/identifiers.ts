import { computeNirKey } from '@portail/domain';

/** The Luhn check digit that makes `body` + digit valid. */
export function luhnCheckDigit(body: string): string {
  for (let digit = 0; digit <= 9; digit++) {
    const candidate = body + digit;
    let total = 0;
    for (let offset = 0; offset < candidate.length; offset++) {
      let value = Number(candidate[candidate.length - 1 - offset]);
      if (offset % 2 === 1) value = value * 2 > 9 ? value * 2 - 9 : value * 2;
      total += value;
    }
    if (total % 10 === 0) return String(digit);
  }
  throw new Error('unreachable: one digit always completes a Luhn number');
}

export function sirenFrom(eightDigits: string): string {
  return eightDigits + luhnCheckDigit(eightDigits);
}

/** The head office's SIRET: SIREN + NIC « 0001x ». */
export function headOfficeSiret(siren: string): string {
  const body = `${siren}0001`;
  return body + luhnCheckDigit(body);
}

export function nirWithKey(nirWithoutKey: string): string {
  const key = computeNirKey(nirWithoutKey);
  if (!key) throw new Error(`not a NIR body: ${nirWithoutKey}`);
  return nirWithoutKey + key;
}
