import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'isPublic';
export const ALLOWS_PROVISIONAL_PASSWORD = 'allowsProvisionalPassword';
export const BACKOFFICE_ROLE = 'backofficeRole';

/** Every route needs a session unless it says otherwise here (the global SessionGuard reads it). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The few routes a person with a provisional password may use: session, password change, logout. */
export const AllowsProvisionalPassword = () => SetMetadata(ALLOWS_PROVISIONAL_PASSWORD, true);

/** Back-office routes: only for people holding that role (the Conseiller Urssaf, the Formateur). */
export const BackofficeOnly = (role: 'conseiller' | 'formateur') => SetMetadata(BACKOFFICE_ROLE, role);
