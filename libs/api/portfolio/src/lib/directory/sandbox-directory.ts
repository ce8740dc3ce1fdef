import type { DirectoryEntry } from './directory-entry';

/**
 * The hand-written contributors of the sandbox directory: the ones a trainer and the browser
 * journeys attach by hand. Their answers and identifiers are public on purpose (training data);
 * the trainer's welcome e-mail lists them.
 */
export const SANDBOX_DIRECTORY: readonly DirectoryEntry[] = [
  {
    kind: 'entreprise',
    siren: '912345675',
    nir: null,
    tiNumber: '90000000001',
    civility: 'Mme',
    firstName: 'Sophie',
    lastName: 'Martin',
    tradeName: 'Boulangerie Martin',
    email: 'sophie.martin@boulangerie-martin.fr',
    addressLine: '12 rue des Lilas',
    postalCode: '69003',
    city: 'Lyon',
    secretQuestions: [
      { question: 'Quelle est la ville de naissance de votre mère ?', answer: 'Saint-Étienne' },
      { question: 'Quel était le nom de votre premier animal de compagnie ?', answer: 'Noisette' },
    ],
    referenceIncomeCents: 3_240_000,
    sirets: ['91234567500017'],
  },
  {
    kind: 'gerant-sans-siret',
    siren: null,
    nir: '178036912390104',
    tiNumber: '90000000002',
    civility: 'M',
    firstName: 'Luc',
    lastName: 'Rousseau',
    tradeName: null,
    email: 'luc.rousseau@exemple-gerant.fr',
    addressLine: '4 place Bellecour',
    postalCode: '69002',
    city: 'Lyon',
    secretQuestions: [
      { question: 'Quel est le prénom de votre parrain ?', answer: 'Étienne' },
      { question: 'Quel est le nom de votre école primaire ?', answer: 'Jean Moulin' },
    ],
    referenceIncomeCents: 5_810_000,
    sirets: [],
  },
  {
    kind: 'entreprise',
    siren: '934567124',
    nir: null,
    tiNumber: '90000000003',
    civility: 'Mme',
    firstName: 'Claire',
    lastName: 'Girard',
    tradeName: 'Coiffure Claire',
    email: 'claire.girard@coiffure-claire.fr',
    addressLine: '27 avenue Jean Jaurès',
    postalCode: '31000',
    city: 'Toulouse',
    secretQuestions: [
      { question: 'Quelle est la ville de naissance de votre mère ?', answer: 'Albi' },
      { question: 'Quel est le prénom de votre parrain ?', answer: 'René' },
    ],
    referenceIncomeCents: 2_150_000,
    sirets: ['93456712400011'],
  },
  {
    kind: 'entreprise',
    siren: '956781231',
    nir: null,
    tiNumber: '90000000004',
    civility: 'M',
    firstName: 'Karim',
    lastName: 'Benali',
    tradeName: 'Taxi Benali',
    email: 'karim.benali@taxi-benali.fr',
    addressLine: '3 rue Pasteur',
    postalCode: '13005',
    city: 'Marseille',
    secretQuestions: [
      { question: 'Quel était le nom de votre premier animal de compagnie ?', answer: 'Filou' },
      { question: 'Quel est le nom de votre école primaire ?', answer: 'Les Calanques' },
    ],
    referenceIncomeCents: 2_890_000,
    sirets: ['95678123100017'],
  },
  {
    kind: 'gerant-sans-siret',
    siren: null,
    nir: '282043317290251',
    tiNumber: '90000000005',
    civility: 'Mme',
    firstName: 'Anne',
    lastName: 'Lemoine',
    tradeName: null,
    email: 'anne.lemoine@exemple-gerant.fr',
    addressLine: '9 cours de l’Intendance',
    postalCode: '33000',
    city: 'Bordeaux',
    secretQuestions: [
      { question: 'Quelle est la ville de naissance de votre mère ?', answer: 'Arcachon' },
      { question: 'Quel est le prénom de votre parrain ?', answer: 'Yves' },
    ],
    referenceIncomeCents: 7_400_000,
    sirets: [],
  },
  {
    // Paul Durand, the persona who is both TI and employer: his own space shows this record.
    kind: 'entreprise',
    siren: '802954784',
    nir: '185057505612388',
    tiNumber: '90000000006',
    civility: 'M',
    firstName: 'Paul',
    lastName: 'Durand',
    tradeName: 'Durand Plomberie',
    email: 'paul.durand@exemple.fr',
    addressLine: '18 rue du Faubourg Saint-Antoine',
    postalCode: '75011',
    city: 'Paris',
    secretQuestions: [
      { question: 'Quel est le nom de votre école primaire ?', answer: 'Voltaire' },
      { question: 'Quel était le nom de votre premier animal de compagnie ?', answer: 'Pilou' },
    ],
    referenceIncomeCents: 4_560_000,
    sirets: ['80295478400012'],
  },
];

/**
 * How many generated contributors complete the sandbox directory (the firms' existing clients come
 * from them). Scenarios and trainees each reserve their own range of indices, so that no two of
 * them ever share a client (SANDBOX_RANGES in libs/api/sandbox): 0–999 the small firms of the
 * scenarios, 1000–5999 the 5,000 clients of « Cabinet établi », 6000–6299 five per trainee for up
 * to 60 trainees. Every index below this number exists in every sandbox's directory.
 */
export const GENERATED_SANDBOX_CONTRIBUTORS = 6_300;
