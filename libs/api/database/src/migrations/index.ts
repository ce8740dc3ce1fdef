import { Foundation1764259200000 } from './1764259200000-Foundation';

/** Every migration, oldest first. A new migration is added here and nowhere else. */
export const migrations = [Foundation1764259200000];
