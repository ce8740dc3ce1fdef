import type {
  AttachmentStatus,
  BackofficeRole,
  FirmRight,
  PersonaKind,
  ScenarioKey,
  SpaceKind,
  SpaceRole,
  SpaceStatus,
} from '@portail/domain';
import type { PasswordHasher } from '@portail/api-identity';
import type { EntityManager } from 'typeorm';
import type { IndexRange } from './sandbox-ranges';

/**
 * What a scenario puts in the sandbox, as data: the people, their spaces, the portfolios' clients.
 * One writer (ScenarioWriter) turns any plan into a few set-based statements, and the persona
 * cards and the trainer's welcome e-mail are read from the same plan, so that they never disagree
 * with what was seeded.
 */
export interface ScenarioPlan {
  key: ScenarioKey;
  people: PlannedPerson[];
  spaces: PlannedSpace[];
  /** Directory clients shown as « client » cards (with their secret answers), in this order. */
  clientCards: PlannedClientCard[];
  /** False in « Démarrage »: the trainees sign up themselves with their card. */
  traineeAccounts: boolean;
  /** What sets are not enough for (« Cas d'erreurs »: expired links, a lost letter…), run last. */
  stage?: (transaction: EntityManager, seeded: SeededIds, now: Date, prepared: Record<string, string>) => Promise<void>;
  /** Prepared before the transaction (a bcrypt of a security code): handed to `stage`. */
  prepare?: (hasher: PasswordHasher) => Promise<Record<string, string>>;
}

export interface PlannedPerson {
  email: string;
  /** Null: no password yet (an invited collaborator, a signup whose address is not validated). */
  password: string | null;
  /** None for a trainee (« Stagiaire 01 »). */
  civility?: 'M' | 'Mme';
  firstName: string;
  lastName: string;
  /** The NIR without its key (13 characters): a TI's login identifier. */
  nir?: string;
  backofficeRole?: BackofficeRole;
  /** Must be changed at the first login (migrated account, or the signup's step 10). */
  provisional?: boolean;
  migratedFromSecu?: boolean;
  /** False: the address was never validated (signup stopped at step 7, or invited). Default true. */
  emailVerified?: boolean;
  /** Created that many hours ago (staged expiries). Default 0. */
  createdHoursAgo?: number;
  /** Shown on the trainer's console; without it the person has no card. */
  card?: {
    kind: PersonaKind;
    label: string;
    /** n° TI of the person's own directory record (their secret answers). */ tiNumber?: string;
  };
}

export interface PlannedSpace {
  kind: SpaceKind;
  name: string;
  siret?: string;
  status: SpaceStatus;
  members: PlannedMember[];
  /** Tiers spaces: the primary administrator's portfolio (created even when empty). */
  clients?: PlannedClients[];
}

export interface PlannedMember {
  email: string;
  role: SpaceRole;
  primary?: boolean;
  status?: 'invite' | 'actif' | 'desactive';
  rights?: FirmRight[];
  /** A collaborator's sub-portfolio: the first clients of the portfolio by name. */
  subPortfolio?: { clients: number; status?: AttachmentStatus };
}

/** Generated entries (by index range) or hand-written ones (by n° TI), with their state. */
export type PlannedClients =
  | {
      range: IndexRange;
      /** One status, or 'mix': 80 % rattachés, 17 % en attente, 3 % bloqués, spread over the alphabet. */
      status: AttachmentStatus | 'mix';
      failedTries?: number;
      /** Added one every that many minutes back from now (the « date d'ajout » sort); default 0: all now. */
      everyMinutes?: number;
    }
  | { tiNumbers: string[]; status: AttachmentStatus; failedTries?: number };

export type PlannedClientCard = { index: number; label: string } | { tiNumber: string; label: string };

/** The ids the writer chose, for `stage`. */
export interface SeededIds {
  personByEmail: Map<string, string>;
  spaceBySiret: Map<string, string>;
  /** The primary administrator's portfolio, by the firm's SIRET. */
  portfolioBySiret: Map<string, string>;
}

/** Every password of a plan, for the memoised hashes. */
export function passwordsOf(plan: ScenarioPlan): string[] {
  return plan.people.flatMap((person) => (person.password ? [person.password] : []));
}
