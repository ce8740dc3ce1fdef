import type { DirectoryEntry, SecretQuestion } from './directory-entry';
import { headOfficeSiret, nirWithKey, sirenFrom } from './identifiers';

const LAST_NAMES = [
  'Martin', 'Bernard', 'Thomas', 'Petit', 'Robert', 'Richard', 'Durand', 'Dubois', 'Moreau', 'Laurent',
  'Simon', 'Michel', 'Lefèvre', 'Leroy', 'Roux', 'David', 'Bertrand', 'Morel', 'Fournier', 'Girard',
  'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Rousseau', 'Vincent', 'Muller', 'Lefebvre', 'Faure', 'André',
  'Mercier', 'Blanc', 'Guérin', 'Boyer', 'Garnier', 'Chevalier', 'François', 'Legrand', 'Gauthier', 'Garcia',
  'Perrin', 'Robin', 'Clément', 'Morin', 'Nicolas', 'Henry', 'Roussel', 'Mathieu', 'Gautier', 'Masson',
  'Marchand', 'Duval', 'Denis', 'Dumont', 'Marie', 'Lemaire', 'Noël', 'Meyer', 'Dufour', 'Meunier',
  'Brun', 'Blanchard', 'Giraud', 'Joly', 'Rivière', 'Lucas', 'Brunet', 'Gaillard', 'Barbier', 'Arnaud',
  'Martinez', 'Gérard', 'Roche', 'Renard', 'Schmitt', 'Roy', 'Leroux', 'Colin', 'Vidal', 'Caron',
];
const FIRST_NAMES: [string, 'M' | 'Mme'][] = [
  ['Jean', 'M'], ['Marie', 'Mme'], ['Pierre', 'M'], ['Nathalie', 'Mme'], ['Philippe', 'M'], ['Isabelle', 'Mme'],
  ['Michel', 'M'], ['Sylvie', 'Mme'], ['Alain', 'M'], ['Catherine', 'Mme'], ['Patrick', 'M'], ['Françoise', 'Mme'],
  ['Nicolas', 'M'], ['Sandrine', 'Mme'], ['Christophe', 'M'], ['Valérie', 'Mme'], ['Stéphane', 'M'], ['Céline', 'Mme'],
  ['Laurent', 'M'], ['Aurélie', 'Mme'], ['Julien', 'M'], ['Émilie', 'Mme'], ['Sébastien', 'M'], ['Hélène', 'Mme'],
  ['Thierry', 'M'], ['Camille', 'Mme'], ['Frédéric', 'M'], ['Élodie', 'Mme'], ['Olivier', 'M'], ['Chloé', 'Mme'],
];
const TRADES = [
  'Boulangerie', 'Plomberie', 'Menuiserie', 'Électricité', 'Coiffure', 'Taxi', 'Maçonnerie', 'Boucherie',
  'Fleuriste', 'Peinture', 'Garage', 'Pâtisserie', 'Épicerie', 'Couverture', 'Serrurerie', 'Charcuterie',
];
const PLACES: [string, string, string][] = [
  ['75011', 'Paris', '75'], ['69003', 'Lyon', '69'], ['13005', 'Marseille', '13'], ['31000', 'Toulouse', '31'],
  ['33000', 'Bordeaux', '33'], ['59000', 'Lille', '59'], ['44000', 'Nantes', '44'], ['67000', 'Strasbourg', '67'],
  ['35000', 'Rennes', '35'], ['34000', 'Montpellier', '34'], ['21000', 'Dijon', '21'], ['37000', 'Tours', '37'],
  ['63000', 'Clermont-Ferrand', '63'], ['87000', 'Limoges', '87'], ['20000', 'Ajaccio', '2A'], ['29200', 'Brest', '29'],
];
const STREETS = ['rue de la République', 'avenue Jean Jaurès', 'rue Victor Hugo', 'place de la Mairie', 'rue Pasteur', 'boulevard Gambetta', 'rue du Moulin', 'chemin des Vignes'];

/**
 * Secret questions and a small pool of answers. Generated entries draw their answers from it so
 * that bulk generation hashes each distinct answer once (see DirectoryWriter); the hand-written
 * sandbox entries have answers of their own.
 */
export const SECRET_QUESTION_POOL: { question: string; answers: string[] }[] = [
  { question: 'Quelle est la ville de naissance de votre mère ?', answers: ['Lyon', 'Saint-Étienne', 'Nîmes'] },
  { question: 'Quel était le nom de votre premier animal de compagnie ?', answers: ['Rex', 'Minou', 'Caramel'] },
  { question: 'Quel est le prénom de votre parrain ?', answers: ['Gérard', 'Hervé', 'Loïc'] },
  { question: 'Quel est le nom de votre école primaire ?', answers: ['Jules Ferry', 'Les Tilleuls', 'Pasteur'] },
];

// Generated identifiers never meet the hand-written ones: SIREN bodies from 10000000 to 89999999
// (hand-written ones start with 9), n° TI from 10000000000 (hand-written ones start with 9), NIR
// birth order from 001 (hand-written ones use 9xx).
const SIREN_SPAN = 80_000_000;
// Coprime with SIREN_SPAN (2^9 × 5^7): index → SIREN body is one-to-one, and looks random.
const SIREN_STRIDE = 48_271;

/** The directory entry number `index` (0-based): the same index always gives the same contributor. */
export function generatedEntry(index: number): DirectoryEntry {
  const [firstName, civility] = FIRST_NAMES[(index * 7) % FIRST_NAMES.length];
  const lastName = LAST_NAMES[(index * 13 + Math.floor(index / LAST_NAMES.length)) % LAST_NAMES.length];
  const [postalCode, city, department] = PLACES[(index * 5) % PLACES.length];
  const gerant = index % 10 === 9;
  const birthYear = 50 + (index % 50);
  const birthMonth = String(1 + (index % 12)).padStart(2, '0');
  const nirBody = `${civility === 'M' ? 1 : 2}${birthYear}${birthMonth}${department}${String(100 + (index % 800)).padStart(3, '0')}${String(1 + Math.floor(index / 800) % 899).padStart(3, '0')}`;
  const siren = gerant ? null : sirenFrom(String(10_000_000 + ((index * SIREN_STRIDE + 1_234_567) % SIREN_SPAN)));
  const questions = pickQuestions(index);
  const trade = TRADES[index % TRADES.length];
  return {
    kind: gerant ? 'gerant-sans-siret' : 'entreprise',
    siren,
    // Gérants are found by NIR; a NIR per index would need a unique birth order per commune, so
    // the other contributors have none in the generated directory.
    nir: gerant ? nirWithKey(nirBody) : null,
    tiNumber: String(10_000_000_000 + index),
    civility,
    firstName,
    lastName,
    tradeName: gerant ? null : `${trade} ${lastName}`,
    email: `${asciiLower(firstName)}.${asciiLower(lastName)}.${index}@exemple-ti.fr`,
    addressLine: `${1 + (index % 120)} ${STREETS[index % STREETS.length]}`,
    postalCode,
    city,
    secretQuestions: questions,
    referenceIncomeCents: 1_200_000 + ((index * 7_919) % 60_000) * 100,
    sirets: siren ? [headOfficeSiret(siren)] : [],
  };
}

function pickQuestions(index: number): [SecretQuestion, SecretQuestion] {
  const first = SECRET_QUESTION_POOL[index % SECRET_QUESTION_POOL.length];
  const second = SECRET_QUESTION_POOL[(index + 1) % SECRET_QUESTION_POOL.length];
  return [
    { question: first.question, answer: first.answers[index % first.answers.length] },
    { question: second.question, answer: second.answers[(index >> 2) % second.answers.length] },
  ];
}

function asciiLower(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z]/g, '');
}
