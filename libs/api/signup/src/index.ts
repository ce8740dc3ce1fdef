export { SignupModule } from './lib/signup.module';
