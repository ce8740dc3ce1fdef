import { same, trainerOnly, type Row } from '../matrix-row';

//                                               anon  ti   gest cons decl paie mess hors autre admin cons. form.
/** « Questions-Réponses », votes, and the trainer console's counts. */
export const HELP_ROWS: Record<string, Row> = {
  // Public, like the FAQ it reproduces.
  'get /api/help/questions': { call: () => ({ path: '/api/help/questions' }), expected: same(200) },
  // Anyone signed in, whatever their space or role: the back-office staff too.
  'get /api/help/votes': { call: () => ({ path: '/api/help/votes' }), expected: [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200] },
  // Each cell is a world of its own: every caller's first vote on the question.
  'post /api/help/questions/{questionId}/vote': {
    call: () => ({ path: '/api/help/questions/code-de-securite-perdu/vote', body: { useful: true } }),
    expected: [401, 201, 201, 201, 201, 201, 201, 201, 201, 201, 201, 201],
  },
  'get /api/sandbox/help-votes': { call: () => ({ path: '/api/sandbox/help-votes' }), expected: trainerOnly(200) },
};
