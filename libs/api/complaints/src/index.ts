export { ComplaintsModule } from './lib/complaints.module';
