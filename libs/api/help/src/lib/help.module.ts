import { Module } from '@nestjs/common';

/** Filled in by #7. */
@Module({})
export class HelpCentreModule {}
