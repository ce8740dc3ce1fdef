// Filled in by #7: the médiateur's admissibility rules and the mediation's steps.
export {};
