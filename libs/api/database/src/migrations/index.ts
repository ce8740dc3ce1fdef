import { Foundation1764259200000 } from './1764259200000-Foundation';
import { Identity1764288000000 } from './1764288000000-Identity';
import { Portfolio1764316800000 } from './1764316800000-Portfolio';
import { PortfolioCounts1764324000000 } from './1764324000000-PortfolioCounts';
import { Collaborators1764331200000 } from './1764331200000-Collaborators';
import { TrainingSandbox1764345600000 } from './1764345600000-TrainingSandbox';
import { Messaging1764432000000 } from './1764432000000-Messaging';
import { Complaints1764432060000 } from './1764432060000-Complaints';
import { HelpVotes1764432120000 } from './1764432120000-HelpVotes';
import { Regularisation1765065600000 } from './1765065600000-Regularisation';

/** Every migration, oldest first. A new migration is added here and nowhere else. */
export const migrations = [Foundation1764259200000, Identity1764288000000, Portfolio1764316800000, PortfolioCounts1764324000000, Collaborators1764331200000, TrainingSandbox1764345600000, Messaging1764432000000, Complaints1764432060000, HelpVotes1764432120000, Regularisation1765065600000];
