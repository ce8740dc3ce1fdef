import { Foundation1764259200000 } from './1764259200000-Foundation';
import { Identity1764288000000 } from './1764288000000-Identity';

/** Every migration, oldest first. A new migration is added here and nowhere else. */
export const migrations = [Foundation1764259200000, Identity1764288000000];
