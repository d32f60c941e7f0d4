import { Module } from '@nestjs/common';
import { NationalOutcomesModule } from '../benchmarking/national-outcomes.module';
import { ChartsModule } from '../charts/charts.module';
import { IndicatorsModule } from '../indicators/indicators.module';
import { JobsModule } from '../jobs/jobs.module';
import { PlansModule } from '../plans/plans.module';
import { RagModule } from '../rag/rag.module';
import { SignOffModule } from '../signoff/sign-off.module';
import { InspectoratePlanService } from './docx/inspectorate-plan.service';
import { UpdateWorkbooksController } from './excel/update-workbooks.controller';
import { UpdateWorkbooksPageController } from './excel/update-workbooks.page.controller';
import { UpdateWorkbooksPageService } from './excel/update-workbooks.page.service';
import { UpdateWorkbooksService } from './excel/update-workbooks.service';
import { UploadsRepository } from './excel/uploads.repository';
import { WorkbooksService } from './excel/workbooks.service';
import { PaperJobs } from './paper-jobs';
import { PapersController } from './papers.controller';
import { PaperPrintingPageController } from './paper-printing.page.controller';
import { PaperPrintingPageService } from './paper-printing.page.service';
import { PapersPageController } from './papers.page.controller';
import { PapersPageService } from './papers.page.service';
import { PapersRepository } from './papers.repository';
import { PapersService } from './papers.service';
import { PdfRenderer } from './pdf/pdf-renderer';
import { ReportBuilder } from './report-builder';
import { ReportsRepository } from './reports.repository';

@Module({
  imports: [SignOffModule, RagModule, PlansModule, IndicatorsModule, NationalOutcomesModule, ChartsModule, JobsModule],
  controllers: [
    PapersController,
    UpdateWorkbooksController,
    PapersPageController,
    PaperPrintingPageController,
    UpdateWorkbooksPageController,
  ],
  providers: [
    PapersRepository,
    ReportsRepository,
    UploadsRepository,
    PdfRenderer,
    ReportBuilder,
    PapersService,
    PaperJobs,
    WorkbooksService,
    UpdateWorkbooksService,
    InspectoratePlanService,
    PapersPageService,
    PaperPrintingPageService,
    UpdateWorkbooksPageService,
  ],
  exports: [
    PapersService,
    PaperJobs,
    WorkbooksService,
    UpdateWorkbooksService,
    InspectoratePlanService,
    PdfRenderer,
    ReportBuilder,
  ],
})
export class ReportsModule {}
