import { Module } from '@nestjs/common';
import { JobsModule } from './jobs.module';
import { JobsPageController } from './jobs.page.controller';
import { JobsPageService } from './jobs.page.service';

/** The jobs page for administrators. Apart from JobsModule because pages need the web layer, which the command line does not load. */
@Module({
  imports: [JobsModule],
  controllers: [JobsPageController],
  providers: [JobsPageService],
})
export class JobPagesModule {}
