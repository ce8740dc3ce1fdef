import { type ComplaintsTest, aMediation, linkByText, setUpComplaintsTest, textOf, wordsOf } from '../testing/complaints-testing';

describe('MediationHomePage', () => {
  let test: ComplaintsTest;
  let page: HTMLElement;

  beforeEach(async () => {
    test = await setUpComplaintsTest();
    page = await test.navigate('/mediation');
  });

  afterEach(() => test.http.verify());

  it('reproduces the FAQ’s answers word for word (its typos corrected)', async () => {
    (await test.nextRequest('/api/mediations')).flush([]);
    await test.settle();

    expect(textOf(page.querySelector('h1'))).toBe('Je saisis le médiateur');
    const paragraphs = Array.from(page.querySelectorAll('p'), textOf);
    expect(paragraphs).toEqual(
      expect.arrayContaining([
        'En cas de désaccord avec votre Urssaf, Cpam ou Carsat sur le traitement de votre dossier suite à une réclamation, vous pouvez solliciter l\'intervention d\'un tiers pour une résolution amiable de votre différend.',
        'Vous pouvez saisir le médiateur',
        'Si ces conditions sont respectées, votre demande sera considérée comme recevable à la procédure de médiation.',
        'Si, dans le cadre d\'une procédure administrative, vous êtes contraint par un délai de recours limité, ce délai est suspendu, au maximum trois mois, pendant la phase de médiation.',
        'Une demande de médiation peut être faite par le travailleur indépendant dans les domaines suivants gérés par le régime général :',
        'Un accusé de réception vous sera alors adressé, indiquant si votre demande est recevable à la médiation ou si elle a été réorientée vers un autre interlocuteur.',
        'Une recommandation est formulée par le médiateur et vous est transmise ainsi qu’à l’organisme en charge de votre dossier.',
        'Vous pouvez, à tout moment, décider d’arrêter la médiation en cours.',
        'Les règles de fonctionnement de la médiation sont réunies dans la charte de la médiation du travailleur indépendant.',
      ]),
    );
    const bullets = Array.from(page.querySelectorAll('.page__body > ul li'), textOf);
    expect(bullets).toEqual([
      'si vous avez adressé une réclamation à un organisme du régime général et si la réponse apportée n’a pas été satisfaisante ou aucune réponse n’a été réceptionnée dans un délai de 30 jours',
      'si vous n’avez pas introduit un recours contentieux ou si vous ne faites pas l’objet d’une procédure de contrôle d’assiette ou de travail dissimulé de la part de l’URSSAF.',
      'l’affiliation',
      'le recouvrement des cotisations et contributions sociales',
      'le service des prestations d’assurance maladie et de retraite',
      'la qualité de service',
    ]);
    expect(Array.from(page.querySelectorAll('h2'), textOf)).toEqual([
      'Mes demandes de médiation',
      'Dans quelle situation puis-je faire une demande de médiation ?',
      'Quels sont les domaines dans lesquels je peux faire une demande de médiation ?',
      'Quelles sont les différentes étapes d\'une médiation ?',
    ]);
    expect(textOf(page.querySelector('.empty-state'))).toBe('Vous n’avez fait aucune demande de médiation.');
    expect(linkByText(page, 'Saisir le médiateur').getAttribute('href')).toBe('/mediation/saisir');
  });

  it('lists the space’s requests with their status', async () => {
    (await test.nextRequest('/api/mediations')).flush([aMediation({ status: 'analyse' })]);
    await test.settle();
    const item = page.querySelector('.request');
    expect(wordsOf(item?.querySelector('.request__heading'))).toBe('MED-2027-000007 En cours d’analyse');
    expect(textOf(item?.querySelector('.muted'))).toBe(
      'Déposée le 2 avril 2027 à 10:00 · Réclamation REC-2027-000042 (« Échéance de mars ») · Domaine : le recouvrement des cotisations et contributions sociales',
    );
    expect(linkByText(page, 'MED-2027-000007').getAttribute('href')).toBe('/mediation/mediation-1');
  });
});
