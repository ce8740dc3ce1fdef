import type { TestApp } from '../create-test-app';
import type { World } from '../authorization-world';
import type { Row, Statuses } from '../matrix-row';

/** The Conseiller / médiateur's side: 401 anonymous, the same 404 as an unknown address for every other caller. */
const conseillerOnly = (conseiller: number): Statuses => [401, 404, 404, 404, 404, 404, 404, 404, 404, 404, conseiller, 404];

type Prepared = World & { complaintId: string; mediationId: string };

/** An answered réclamation of the world's firm, filed by its administrator (straight in the database). */
async function firmComplaint(test: TestApp, world: World): Promise<{ complaintId: string }> {
  const [{ id }]: { id: string }[] = await test.dataSource.query(
    `INSERT INTO complaint (reference, space_id, filed_by_person_id, topic, subject, body, received_at, answer, answered_at)
     VALUES ($1, $2, $3, 'cotisations', 'Échéance de mars', 'Prélevée deux fois.', now(), 'Remboursée.', now()) RETURNING id`,
    [`REC-MATRICE-${world.tag}`, world.firmSpaceId, world.adminId],
  );
  return { complaintId: id };
}

/** A mediation « reçue » of the world's firm on that réclamation, with its first step. */
async function firmMediation(test: TestApp, world: World): Promise<{ complaintId: string; mediationId: string }> {
  const { complaintId } = await firmComplaint(test, world);
  const [{ id }]: { id: string }[] = await test.dataSource.query(
    `INSERT INTO mediation (reference, space_id, complaint_id, filed_by_person_id, domain, answer_unsatisfactory, body, status, filed_at, updated_at)
     VALUES ($1, $2, $3, $4, 'recouvrement', true, 'Réponse contestée.', 'recue', now(), now()) RETURNING id`,
    [`MED-MATRICE-${world.tag}`, world.firmSpaceId, complaintId, world.adminId],
  );
  await test.dataSource.query(`INSERT INTO mediation_step (mediation_id, status, at) VALUES ($1, 'recue', now())`, [id]);
  return { complaintId, mediationId: id };
}

const complaintOf = (world: World) => (world as Prepared).complaintId;
const mediationOf = (world: World) => (world as Prepared).mediationId;

//                                               anon  ti   gest cons decl paie mess hors autre admin cons. form.
/**
 * Réclamations and médiateur du CPSTI, the requester side and the Conseiller / médiateur side. The
 * requester side is the current space's exchange with the organisms: the TI in their own space, or
 * a member of the firm holding « messagerie » (hors: every right); the firm's réclamation or
 * mediation is unknown (404) to the TI and to another firm; no space at all (Conseiller,
 * Formateur): 403.
 */
export const COMPLAINTS_ROWS: Record<string, Row> = {
  'get /api/complaints': { call: () => ({ path: '/api/complaints' }), expected: [401, 200, 403, 403, 403, 403, 200, 200, 200, 200, 403, 403] },
  'post /api/complaints': {
    call: () => ({ path: '/api/complaints', body: { topic: 'sante', subject: 'Indemnités', body: 'Non versées.' } }),
    expected: [401, 201, 403, 403, 403, 403, 201, 201, 201, 201, 403, 403],
  },
  'get /api/complaints/{complaintId}': {
    prepare: firmComplaint,
    call: (world) => ({ path: `/api/complaints/${complaintOf(world)}` }),
    expected: [401, 404, 403, 403, 403, 403, 200, 200, 404, 200, 403, 403],
  },
  'get /api/backoffice/complaints': { call: () => ({ path: '/api/backoffice/complaints' }), expected: conseillerOnly(200) },
  'post /api/backoffice/complaints/{complaintId}/answer': {
    prepare: async (test, world) => {
      const { complaintId } = await firmComplaint(test, world);
      await test.dataSource.query(`UPDATE complaint SET answer = NULL, answered_at = NULL WHERE id = $1`, [complaintId]);
      return { complaintId };
    },
    call: (world) => ({ path: `/api/backoffice/complaints/${complaintOf(world)}/answer`, body: { body: 'Le prélèvement en double vous a été remboursé.' } }),
    expected: conseillerOnly(200),
  },

  'get /api/mediations': { call: () => ({ path: '/api/mediations' }), expected: [401, 200, 403, 403, 403, 403, 200, 200, 200, 200, 403, 403] },
  // The firm's answered réclamation, its answer contested: admissible for the firm, another space's for the TI and the other firm.
  'post /api/mediations': {
    prepare: firmComplaint,
    call: (world) => ({
      path: '/api/mediations',
      body: { complaintId: complaintOf(world), domain: 'recouvrement', answerUnsatisfactory: true, litigation: false, control: false, body: 'Réponse contestée.' },
    }),
    expected: [401, 404, 403, 403, 403, 403, 201, 201, 404, 201, 403, 403],
  },
  'get /api/mediations/{mediationId}': {
    prepare: firmMediation,
    call: (world) => ({ path: `/api/mediations/${mediationOf(world)}` }),
    expected: [401, 404, 403, 403, 403, 403, 200, 200, 404, 200, 403, 403],
  },
  'post /api/mediations/{mediationId}/stop': {
    prepare: firmMediation,
    call: (world) => ({ path: `/api/mediations/${mediationOf(world)}/stop` }),
    expected: [401, 404, 403, 403, 403, 403, 200, 200, 404, 200, 403, 403],
  },
  'get /api/backoffice/mediations': { call: () => ({ path: '/api/backoffice/mediations' }), expected: conseillerOnly(200) },
  'get /api/backoffice/mediations/{mediationId}': {
    prepare: firmMediation,
    call: (world) => ({ path: `/api/backoffice/mediations/${mediationOf(world)}` }),
    expected: conseillerOnly(200),
  },
  'post /api/backoffice/mediations/{mediationId}/transition': {
    prepare: firmMediation,
    call: (world) => ({ path: `/api/backoffice/mediations/${mediationOf(world)}/transition`, body: { to: 'recevable' } }),
    expected: conseillerOnly(200),
  },
};
