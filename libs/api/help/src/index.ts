export { HelpCentreModule } from './lib/help.module';
