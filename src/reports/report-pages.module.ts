import { Module } from '@nestjs/common';
import { PlanningModule } from '../plans/planning.module';
import { UpdateWorkbooksPageController } from './excel/update-workbooks.page.controller';
import { PaperPrintingPageController } from './paper-printing.page.controller';
import { PapersPageController } from './papers.page.controller';
import { ReportsModule } from './reports.module';

/**
 * The papers and update-workbook pages. Apart from ReportsModule because pages need the web
 * layer (sessions, CSRF), which the command line's paper and workbook commands do not load.
 */
@Module({
  imports: [ReportsModule, PlanningModule],
  controllers: [PapersPageController, PaperPrintingPageController, UpdateWorkbooksPageController],
})
export class ReportPagesModule {}
