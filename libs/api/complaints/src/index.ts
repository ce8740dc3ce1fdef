export { ComplaintsModule } from './lib/complaints.module';
export { nextReference } from './lib/references';
