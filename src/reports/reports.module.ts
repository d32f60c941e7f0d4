import { Module } from '@nestjs/common';
import { NationalOutcomesModule } from '../benchmarking/national-outcomes.module';
import { IndicatorsModule } from '../indicators/indicators.module';
import { JobsModule } from '../jobs/jobs.module';
import { PlanningModule } from '../plans/planning.module';
import { RagModule } from '../rag/rag.module';
import { ChartRenderer } from './charts/chart-renderer';
import { InspectoratePlanService } from './docx/inspectorate-plan.service';
import { UpdateWorkbooksController } from './excel/update-workbooks.controller';
import { UpdateWorkbooksService } from './excel/update-workbooks.service';
import { WorkbooksService } from './excel/workbooks.service';
import { PaperJobs } from './paper-jobs';
import { PapersController } from './papers.controller';
import { PapersService } from './papers.service';
import { PdfRenderer } from './pdf/pdf-renderer';
import { ReportBuilder } from './report-builder';

@Module({
  imports: [RagModule, PlanningModule, IndicatorsModule, NationalOutcomesModule, JobsModule],
  controllers: [PapersController, UpdateWorkbooksController],
  providers: [
    ChartRenderer,
    PdfRenderer,
    ReportBuilder,
    PapersService,
    PaperJobs,
    WorkbooksService,
    UpdateWorkbooksService,
    InspectoratePlanService,
  ],
  exports: [
    PapersService,
    PaperJobs,
    WorkbooksService,
    UpdateWorkbooksService,
    InspectoratePlanService,
    PdfRenderer,
    ReportBuilder,
    ChartRenderer,
  ],
})
export class ReportsModule {}
