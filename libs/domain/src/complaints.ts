// Réclamations and the médiateur du CPSTI: an entry point of its own, not in the barrel. The
// portal's shell imports `@portail/domain`, and the bundler keeps whatever that barrel reaches in
// the initial download; these rules are only needed by the complaints pages and the API.
export * from './lib/mediation';
export * from './contracts/complaints';
