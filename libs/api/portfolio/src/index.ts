export { PortfolioModule } from './lib/portfolio.module';
export { PortfolioScope, type PortfolioContext, subPortfolioFilter } from './lib/portfolio-scope';
// Where the accounts library first looked for them; they live in api-core with the access policies.
export { ADMINISTRATORS_ONLY, type RequiredRight } from '@portail/api-core';
export { matchingConditions, PortfolioList, type PortfolioListQuery } from './lib/portfolio-list';
export { PortfolioPageQueryDto } from './lib/portfolio.dto';
export { MyContributor, type MyContributorContext } from './lib/my-contributor';
export { clientIdPipe } from './lib/portfolio.controller';
export { DirectoryWriter } from './lib/directory/directory-writer';
export { DirectorySeed } from './lib/directory/directory-seed';
export { type DirectoryEntry, contributorName, nameKey } from './lib/directory/directory-entry';
export { generatedEntry, SECRET_QUESTION_POOL } from './lib/directory/generated-directory';
export { GENERATED_SANDBOX_CONTRIBUTORS, SANDBOX_DIRECTORY } from './lib/directory/sandbox-directory';
export { newSecurityCode, PROOF_LIMITS } from './lib/attachments';
